/**
 * The one in-memory state every transport of the emulator serves: the
 * validated scenario, the faults (from the scenario plus those set at run
 * time), and the clock that turns relative delivery times into real ones.
 */
import type { Fault, FaultInput, Scenario, ScenarioAccount, WhmUser } from './scenario-schema';
import { faultSchema } from './scenario-schema';

export class EmulatorState {
  readonly scenario: Scenario;
  private faults: Fault[];
  private readonly clock: () => number;

  constructor(scenario: Scenario, clock: () => number = () => Date.now()) {
    this.scenario = scenario;
    this.faults = [...scenario.faults];
    this.clock = clock;
  }

  /** Now, unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  account(user: string): ScenarioAccount | undefined {
    return this.scenario.accounts.find((a) => a.user === user);
  }

  accountByDomain(domain: string): ScenarioAccount | undefined {
    const d = domain.toLowerCase();
    return this.scenario.accounts.find((a) => mailDomains(a).includes(d));
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

  setFault(input: FaultInput): void {
    const fault = faultSchema.parse(input);
    this.faults = this.faults.filter((f) => !(f.function === fault.function && f.account === fault.account));
    this.faults.push(fault);
  }

  clearFaults(): void {
    this.faults = [];
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
