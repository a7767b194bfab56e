/**
 * WHM API 1 functions the emulator answers, for root and resellers
 * (shared/reference/cpanel-api.md §2). ACL names for resellers follow
 * `Whostmgr/ACLS/Data.pm`; which ACL each function needs is inferred
 * (UNCONFIRMED, §7), as are the refusal texts marked "emulator wording".
 */
import { randomBytes } from 'node:crypto';
import { EmulatorState, accountIp } from './emulator-state';
import type { ScenarioAccount, WhmUser } from './scenario-schema';
import { recordsFor, searchRecords } from './track-delivery-store';
import { unknownWhmAppText, whmFail, whmOk } from './responses';

interface WhmContext {
  readonly state: EmulatorState;
  readonly whmUser: WhmUser;
  readonly args: Record<string, string>;
}

/** A listaccts / accountsummary row (§2.2 field set; limits as the strings cPanel stores). */
function acctRow(state: EmulatorState, a: ScenarioAccount): Record<string, unknown> {
  const text = (v: number | 'unlimited') => (v === 'unlimited' ? 'unlimited' : String(v));
  return {
    backup: 0,
    disklimit: 'unlimited',
    diskused: `${Math.max(1, Math.round(a.mailboxes.reduce((s, m) => s + m.diskUsedMb, 0)))}M`,
    domain: a.domains.main,
    email: a.contactEmail ?? '*unknown*',
    inodeslimit: 'unlimited',
    inodesused: 1024,
    ip: accountIp(state, a),
    ipv6: [],
    is_locked: 0,
    mailbox_format: 'maildir',
    max_defer_fail_percentage: text(a.limits.maxDeferFailPercentage),
    max_email_per_hour: text(a.limits.maxEmailPerHour),
    max_emailacct_quota: 'unlimited',
    maxpop: 'unlimited',
    min_defer_fail_to_trigger_protection: String(a.limits.minDeferFailToTriggerProtection),
    outgoing_mail_hold: a.outgoing.hold ? 1 : 0,
    outgoing_mail_suspended: a.outgoing.suspended ? 1 : 0,
    owner: a.owner,
    partition: 'home',
    plan: a.plan,
    shell: '/bin/bash',
    startdate: '20 Sep 13 12:26',
    suspended: a.suspended ? 1 : 0,
    suspendreason: a.suspended ? 'Suspended by the emulator scenario' : 'not suspended',
    suspendtime: a.suspended ? 1600000000 : null,
    temporary: 0,
    theme: 'jupiter',
    uid: 1000 + state.accountPosition(a),
    unix_startdate: 1600000000,
    user: a.user,
  };
}

function visible(ctx: WhmContext): ScenarioAccount[] {
  return ctx.state.scenario.accounts.filter((a) => ctx.state.canAccess(ctx.whmUser, a));
}

function denied(func: string, acl: string): Record<string, unknown> {
  // Emulator wording (UNCONFIRMED).
  return whmFail(func, `Permission denied: this function needs the “${acl}” privilege.`);
}

function noAccess(func: string, user: string): Record<string, unknown> {
  // Emulator wording (UNCONFIRMED).
  return whmFail(func, `You do not have access to an account named “${user}”.`);
}

/** ACL names (`Whostmgr/ACLS/Data.pm`) that myprivs lists; root gets them all. */
const ALL_ACLS = ['acct-summary', 'cpanel-api', 'create-user-session', 'list-accts', 'mailcheck', 'track-email', 'suspend-acct'];

type WhmHandler = (ctx: WhmContext) => Record<string, unknown>;

const HANDLERS: Record<string, WhmHandler> = {
  listaccts: (ctx) => {
    if (!ctx.state.hasAcl(ctx.whmUser, 'list-accts')) return denied('listaccts', 'list-accts');
    const { search, searchtype = 'user', searchmethod = 'regex' } = ctx.args;
    let rows = visible(ctx);
    if (search !== undefined && search !== '') {
      const field = (a: ScenarioAccount): string[] =>
        searchtype === 'domain' ? [a.domains.main, ...a.domains.addon, ...a.domains.parked] : searchtype === 'owner' ? [a.owner] : searchtype === 'ip' ? [accountIp(ctx.state, a)] : searchtype === 'package' ? [a.plan] : [a.user];
      let test: (v: string) => boolean;
      if (searchmethod === 'exact') test = (v) => v === search;
      else {
        let re: RegExp;
        try {
          re = new RegExp(search, 'i');
        } catch {
          return whmFail('listaccts', `Invalid regular expression: ${search}`);
        }
        test = (v) => re.test(v);
      }
      rows = rows.filter((a) => field(a).some(test));
    }
    return whmOk('listaccts', { acct: rows.map((a) => acctRow(ctx.state, a)) });
  },
  accountsummary: (ctx) => {
    if (!ctx.state.hasAcl(ctx.whmUser, 'acct-summary')) return denied('accountsummary', 'acct-summary');
    const a = ctx.args.user !== undefined ? ctx.state.account(ctx.args.user) : ctx.args.domain !== undefined ? ctx.state.accountByDomain(ctx.args.domain) : undefined;
    if (a === undefined || !ctx.state.canAccess(ctx.whmUser, a)) return noAccess('accountsummary', ctx.args.user ?? ctx.args.domain ?? '');
    return whmOk('accountsummary', { acct: [acctRow(ctx.state, a)] });
  },
  /** §2.5: `data.privileges` is a list with one hash of ACL → 0/1. */
  myprivs: (ctx) => {
    const all = ctx.whmUser.privileges === 'all';
    const granted = all ? ALL_ACLS : (ctx.whmUser.privileges as string[]);
    const privileges: Record<string, number> = { all: all ? 1 : 0 };
    for (const acl of new Set([...ALL_ACLS, ...granted])) privileges[acl] = all || granted.includes(acl) ? 1 : 0;
    return whmOk('myprivs', { privileges: [privileges] });
  },
  /** `gethostname`: `data.hostname` (api.docs.cpanel.net/openapi/whm/operation/gethostname); which ACL a reseller needs is UNCONFIRMED, so any WHM user gets it. */
  gethostname: (ctx) => whmOk('gethostname', { hostname: ctx.state.scenario.server.hostname }),
  /**
   * `create_user_session` (§2.4): `user`, `service`, optional `app`, `locale`,
   * `preferred_domain`; `data.url` activates the session when a browser opens
   * it. Only `cpaneld` is emulated: a URL into the sandbox's cPanel frame for
   * that user (or, without one, cPanel's login form on the emulator's address).
   */
  create_user_session: (ctx) => {
    if (!ctx.state.hasAcl(ctx.whmUser, 'create-user-session')) return denied('create_user_session', 'create-user-session');
    const { user = '', service = '', locale = 'en' } = ctx.args;
    const a = ctx.state.account(user);
    if (a === undefined || !ctx.state.canAccess(ctx.whmUser, a)) return noAccess('create_user_session', user);
    // Emulator wording (UNCONFIRMED).
    if (service !== 'cpaneld') return whmFail('create_user_session', `The emulator only creates “cpaneld” sessions, not “${service}”.`);
    const token = `/cpsess${String(randomBytes(5).readUIntBE(0, 5) % 10_000_000_000).padStart(10, '0')}`;
    const session = `${a.user}:${randomBytes(12).toString('hex')}:CREATE_USER_SESSION`;
    const query = new URLSearchParams({ session });
    const url = ctx.state.cpanelFrame === undefined ? `${ctx.state.httpUrl}${token}/login/?${query.toString()}` : `${ctx.state.cpanelFrame(a.user)}?${query.toString()}`;
    return whmOk('create_user_session', { cp_security_token: token, expires: ctx.state.nowSeconds() + 15 * 60, session, url, locale, service });
  },
  /** `emailtrack_search` (§2.7, §8): `data.records`, `metadata.overflowed`; `user=` limits to one account. */
  emailtrack_search: (ctx) => {
    if (!ctx.state.hasAcl(ctx.whmUser, 'track-email')) return denied('emailtrack_search', 'track-email');
    let accounts = visible(ctx);
    if (ctx.args.user !== undefined) {
      const a = ctx.state.account(ctx.args.user);
      if (a === undefined || !ctx.state.canAccess(ctx.whmUser, a)) return noAccess('emailtrack_search', ctx.args.user);
      accounts = [a];
    }
    const { records, overflowed } = searchRecords(recordsFor(ctx.state, accounts), ctx.args);
    return whmOk('emailtrack_search', { records }, { overflowed: overflowed ? 1 : 0 });
  },
};

/**
 * Account-level outgoing mail hold and suspension (§2.7, param `user`). The
 * ACL a reseller needs is UNCONFIRMED; the emulator asks for none beyond
 * owning the account, and answers with no data.
 */
function outgoingSwitch(func: string, field: 'hold' | 'suspended', value: boolean): WhmHandler {
  return (ctx) => {
    const user = ctx.args.user ?? '';
    const a = ctx.state.account(user);
    if (a === undefined || !ctx.state.canAccess(ctx.whmUser, a)) return noAccess(func, user);
    a.outgoing[field] = value;
    return whmOk(func, null);
  };
}

HANDLERS.hold_outgoing_email = outgoingSwitch('hold_outgoing_email', 'hold', true);
HANDLERS.release_outgoing_email = outgoingSwitch('release_outgoing_email', 'hold', false);
HANDLERS.suspend_outgoing_email = outgoingSwitch('suspend_outgoing_email', 'suspended', true);
HANDLERS.unsuspend_outgoing_email = outgoingSwitch('unsuspend_outgoing_email', 'suspended', false);

export function runWhm(ctx: WhmContext, func: string): Record<string, unknown> {
  const handler = HANDLERS[func];
  if (handler === undefined) return whmFail(func, unknownWhmAppText(func));
  return handler(ctx);
}
