/**
 * The one in-memory state every transport of the emulator serves: the
 * validated scenario, the faults (from the scenario plus those set at run
 * time), and the clock that turns relative delivery times into real ones.
 */
import type { Fault, FaultInput, RecordedReply, Scenario, ScenarioAccount, WhmUser } from './scenario-schema';
import { faultSchema, recordedReplySchema } from './scenario-schema';

export class EmulatorState {
  readonly scenario: Scenario;
  private faults: Fault[];
  private replies: RecordedReply[];
  private readonly clock: () => number;
  /**
   * Lookups built on first use. The scenario is validated once and never
   * changed afterwards, so these stay valid for the state's lifetime; they
   * replace linear scans over every account on each call (hundreds of
   * accounts × thousands of Track Delivery records made those quadratic).
   */
  private usersIndex: Map<string, ScenarioAccount> | undefined;
  private domainsIndex: Map<string, ScenarioAccount> | undefined;
  private positionsIndex: Map<ScenarioAccount, number> | undefined;
  /**
   * Where `create_user_session` sends a browser for a cPanel user: the
   * sandbox's pages set it to their emulated cPanel frame once they listen.
   * Unset, the URL is cPanel's own login form on the emulator's address.
   */
  cpanelFrame: ((user: string) => string) | undefined;
  /** The emulator's own HTTP address once it listens (`http://127.0.0.1:PORT`). */
  httpUrl = '';
  /** SOA serial per zone, bumped by every zone edit (`DNS::mass_edit_zone`, SPF and DKIM installs). */
  private readonly zoneSerials = new Map<string, number>();
  private readonly dnsListeners: (() => void)[] = [];

  constructor(scenario: Scenario, clock: () => number = () => Date.now()) {
    this.scenario = scenario;
    this.faults = [...scenario.faults];
    this.replies = [...scenario.replies];
    this.clock = clock;
  }

  /** Now, unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  account(user: string): ScenarioAccount | undefined {
    if (this.usersIndex === undefined) {
      const index = new Map<string, ScenarioAccount>();
      // First account wins, as with a scan in scenario order.
      for (const a of this.scenario.accounts) if (!index.has(a.user)) index.set(a.user, a);
      this.usersIndex = index;
    }
    return this.usersIndex.get(user);
  }

  accountByDomain(domain: string): ScenarioAccount | undefined {
    if (this.domainsIndex === undefined) {
      const index = new Map<string, ScenarioAccount>();
      for (const a of this.scenario.accounts) for (const d of mailDomains(a)) if (!index.has(d)) index.set(d, a);
      this.domainsIndex = index;
    }
    return this.domainsIndex.get(domain.toLowerCase());
  }

  /** The account's position in the scenario (-1 when it is not one of its accounts). */
  accountPosition(account: ScenarioAccount): number {
    if (this.positionsIndex === undefined) {
      const index = new Map<ScenarioAccount, number>();
      this.scenario.accounts.forEach((a, i) => {
        if (!index.has(a)) index.set(a, i);
      });
      this.positionsIndex = index;
    }
    return this.positionsIndex.get(account) ?? -1;
  }

  whmUser(user: string): WhmUser | undefined {
    return this.scenario.whm.users.find((u) => u.user === user);
  }

  /** Root sees every account; a reseller the accounts it owns and its own. */
  canAccess(whmUser: WhmUser, account: ScenarioAccount): boolean {
    return whmUser.user === 'root' || account.owner === whmUser.user || account.user === whmUser.user;
  }

  hasAcl(whmUser: WhmUser, acl: string): boolean {
    return whmUser.privileges === 'all' || whmUser.privileges.includes('all') || whmUser.privileges.includes(acl);
  }

  /** The zone's SOA serial (cPanel's YYYYMMDDnn form); every zone starts at the same one. */
  zoneSerial(zone: string): number {
    return this.zoneSerials.get(zone.toLowerCase()) ?? 2024010100;
  }

  /**
   * Replaces the DNS records (a fix changed a zone): the zone's serial goes up
   * and the DNS servers serving this state are told, so the next audit sees it.
   * A new data object, so the per-object lookups of dns-view.ts start afresh.
   */
  replaceDnsRecords(zone: string, records: Scenario['dns']['records']): void {
    this.scenario.dns = { ...this.scenario.dns, records };
    this.zoneSerials.set(zone.toLowerCase(), this.zoneSerial(zone) + 1);
    for (const listener of this.dnsListeners) listener();
  }

  /** Called after every DNS change (the sandbox hands the new data to its DNS servers). */
  onDnsChange(listener: () => void): void {
    this.dnsListeners.push(listener);
  }

  setFault(input: FaultInput): void {
    const fault = faultSchema.parse(input);
    this.faults = this.faults.filter((f) => !(f.function === fault.function && f.account === fault.account));
    this.faults.push(fault);
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Serves `reply.body` verbatim for that call from now on (replacing an earlier one for the same call and account). */
  setReply(input: RecordedReply): void {
    const reply = recordedReplySchema.parse(input);
    this.replies = this.replies.filter((r) => !(r.api === reply.api && r.function === reply.function && r.account === reply.account));
    this.replies.push(reply);
  }

  clearReplies(): void {
    this.replies = [];
  }

  /** The recorded reply for a call, if any: one for this account wins over one for every account. */
  replyFor(api: RecordedReply['api'], functionKey: string, account: string | undefined): RecordedReply | undefined {
    const matching = this.replies.filter((r) => r.api === api && r.function === functionKey && (r.account === undefined || r.account === account));
    return matching.find((r) => r.account !== undefined) ?? matching[0];
  }

  /** The fault for a call: one for this account wins over one for every account. */
  faultFor(functionKey: string, account: string | undefined): Fault | undefined {
    const matching = this.faults.filter((f) => f.function === functionKey && (f.account === undefined || f.account === account));
    return matching.find((f) => f.account !== undefined) ?? matching[0];
  }
}

/** Main, addon, parked and sub domains: the domains cPanel lists under Email Routing. */
export function mailDomains(account: ScenarioAccount): string[] {
  return [account.domains.main, ...account.domains.addon, ...account.domains.parked, ...account.domains.sub];
}

/** The IP an account's mail leaves from: its dedicated IP or the server's first. */
export function accountIp(state: EmulatorState, account: ScenarioAccount): string {
  return account.ip ?? state.scenario.server.ips[0] ?? '';
}
