/**
 * Track Delivery records built from the scenario, with real times computed
 * from "ago" at each search so demo data stays recent (everything else about
 * a record is worked out once per emulator state). Record fields are the
 * SQL aliases of `Cpanel/DeliveryReporter.pm`; search semantics (type flags
 * absent = 0, `max_results_by_type` default 250 / 0 = unlimited up to 5000,
 * `metadata.overflowed`, default sort `sendunixtime` DESC, `deliverytype`)
 * from shared/reference/cpanel-api.md §3.1 and §8.
 */
import { createHash } from 'node:crypto';
import { EmulatorState, mailDomains } from './emulator-state';
import type { ScenarioAccount, ScenarioDelivery } from './scenario-schema';
import { durationSeconds } from '../../util/duration';

export type TrackRecord = Record<string, string | number | null>;

/** Exim ≥ 4.97 message id, 6-11-4 characters (§6.1), stable per record. */
function messageId(seed: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const bytes = createHash('sha256').update(seed).digest();
  const chars = Array.from(bytes.subarray(0, 21), (b) => alphabet[b % 62] as string).join('');
  return `${chars.slice(0, 6)}-${chars.slice(6, 17)}-${chars.slice(17, 21)}`;
}

function formatLocal(unix: number): string {
  return new Date(unix * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

const DEFAULT_MESSAGE: Record<string, string> = { success: 'Accepted', filtered: 'Filtered', archive: 'Archived', inprogress: 'In progress' };

/**
 * A record with everything that does not depend on the clock worked out:
 * the clock only moves `sendunixtime`, `actiontime` and `actionunixtime`.
 */
interface RecordTemplate {
  /** The record with placeholder times, keys already in reply order. */
  readonly base: TrackRecord;
  /** `sendunixtime` minus now. */
  readonly sentOffset: number;
  /** `actionunixtime` minus `sendunixtime`. */
  readonly actionAfter: number;
  readonly inprogress: boolean;
}

function buildTemplate(state: EmulatorState, account: ScenarioAccount, d: ScenarioDelivery, index: number, copy: number): RecordTemplate {
  const every = d.repeat ? (durationSeconds(d.repeat.every) ?? 0) : 0;
  const sentOffset = -(durationSeconds(d.ago) ?? 0) - copy * every;
  const actionAfter = durationSeconds(d.actionAfter) ?? 0;
  const recipientDomain = d.recipient.split('@')[1] ?? '';
  const senderDomain = d.sender.split('@')[1] ?? '';
  const receiving = state.accountByDomain(recipientDomain);
  const remote = receiving === undefined;
  const inprogress = d.type === 'inprogress';
  const rejected = d.type === 'rejected';
  const defaultRouter = rejected ? 'reject' : remote ? 'dkim_lookuphost' : 'virtual_user';
  const defaultTransport = rejected ? '**rejected**' : remote ? 'dkim_remote_smtp' : 'dovecot_virtual_delivery';
  // Who `sends.user` names (§6.3): the cPanel user for mail its mailboxes,
  // scripts (cpuser@hostname, auth localuser) or forwarders (auth "forwarder",
  // from `B=redirect_resolver`) put on the way; "-remote-" for mail that
  // arrived from elsewhere and for rejected connections.
  const localSender = mailDomains(account).includes(senderDomain) || senderDomain === state.scenario.server.hostname || d.senderAuth === 'localuser';
  const forwarded = !localSender && !rejected && remote;
  const user = rejected || (!localSender && !forwarded) ? '-remote-' : account.user;
  const defaultAuth = rejected ? 'unauthorized' : forwarded ? 'forwarder' : localSender ? (senderDomain === state.scenario.server.hostname ? 'localuser' : 'dovecot_login') : '-remote-';
  // A forwarded copy is booked on the forwarding domain (`D=` of the connection identification line, §6.3).
  const forwardingDomain = account.forwarders.find((f) => f.to.toLowerCase() === d.recipient)?.from.split('@')[1] ?? account.domains.main;
  const base: TrackRecord = {
    type: d.type,
    user,
    domain: forwarded ? forwardingDomain : senderDomain,
    sender: d.sender,
    email: d.sender,
    size: d.size ?? (rejected ? 0 : 2048),
    msgid: d.msgid ?? messageId(`${account.user}/${index}/${copy}`),
    senderhost: d.senderHost ?? (localSender ? 'localhost' : 'unknown'),
    senderip: d.senderIp ?? (localSender ? '127.0.0.1' : 'unknown'),
    senderauth: d.senderAuth ?? defaultAuth,
    spamscore: d.spamScore ?? 0,
    sendunixtime: 0,
    message: d.message ?? DEFAULT_MESSAGE[d.type] ?? '',
    recipient: inprogress ? 'unknown' : d.recipient,
    deliveredto: d.type === 'success' ? (d.deliveredTo ?? d.recipient) : null,
    deliveryuser: receiving?.user ?? null,
    deliverydomain: receiving ? recipientDomain : null,
    router: inprogress ? 'unknown' : (d.router ?? defaultRouter),
    transport: inprogress ? 'unknown' : (d.transport ?? defaultTransport),
    host: inprogress ? 'unknown' : (d.host ?? (rejected ? 'unknown' : null)),
    ip: inprogress ? 'unknown' : (d.ip ?? (rejected ? 'unknown' : null)),
    actiontime: null,
    actionunixtime: null,
    transport_is_remote: remote ? 1 : 0,
  };
  return { base, sentOffset, actionAfter, inprogress };
}

/** A fresh record at `now` (callers get their own objects, as before). */
function materialize(t: RecordTemplate, now: number): TrackRecord {
  const sent = now + t.sentOffset;
  return {
    ...t.base,
    sendunixtime: sent,
    actiontime: t.inprogress ? null : formatLocal(sent + t.actionAfter),
    actionunixtime: t.inprogress ? null : sent + t.actionAfter,
  };
}

interface TemplateStore {
  /** Every record of the scenario, in scenario order (account, delivery, copy). */
  readonly templates: readonly RecordTemplate[];
  /** For each user name, the positions (ascending) of the records that concern it. */
  readonly byUser: ReadonlyMap<string, readonly number[]>;
}

/**
 * Built once per state: the scenario never changes after validation, and
 * nothing in a template depends on the clock or on faults. Rebuilding every
 * record of every account (hashes, account-by-domain lookups) on each search
 * made a 500-account `--all` audit wait ~250 ms per call.
 */
const STORES = new WeakMap<EmulatorState, TemplateStore>();

function templateStore(state: EmulatorState): TemplateStore {
  const cached = STORES.get(state);
  if (cached !== undefined) return cached;
  const templates: RecordTemplate[] = [];
  const byUser = new Map<string, number[]>();
  const note = (user: string, position: number) => {
    const list = byUser.get(user);
    if (list === undefined) byUser.set(user, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  for (const account of state.scenario.accounts) {
    account.deliveries.forEach((d, index) => {
      const copies = d.repeat?.count ?? 1;
      for (let copy = 0; copy < copies; copy += 1) {
        const template = buildTemplate(state, account, d, index, copy);
        const position = templates.length;
        templates.push(template);
        // The same three users the filter in recordsFor always tested.
        note(account.user, position);
        note(String(template.base.deliveryuser), position);
        note(String(template.base.user), position);
      }
    });
  }
  const store: TemplateStore = { templates, byUser };
  STORES.set(state, store);
  return store;
}

/** Every record that concerns an account: mail it sent and mail it received. */
export function recordsFor(state: EmulatorState, accounts: readonly ScenarioAccount[]): TrackRecord[] {
  const now = state.nowSeconds();
  const { templates, byUser } = templateStore(state);
  const users = [...new Set(accounts.map((a) => a.user))];
  let positions: readonly number[];
  if (users.length === 1) positions = byUser.get(users[0] as string) ?? [];
  else {
    // Scenario order, each record once, as a scan over all records would give.
    const wanted = new Uint8Array(templates.length);
    for (const user of users) for (const p of byUser.get(user) ?? []) wanted[p] = 1;
    const out: number[] = [];
    for (let p = 0; p < wanted.length; p += 1) if (wanted[p] === 1) out.push(p);
    positions = out;
  }
  return positions.map((p) => materialize(templates[p] as RecordTemplate, now));
}

const GROUP: Record<string, 'success' | 'defer' | 'failure' | 'inprogress'> = {
  success: 'success',
  filtered: 'success',
  archive: 'success',
  defer: 'defer',
  failure: 'failure',
  rejected: 'failure',
  inprogress: 'inprogress',
};

interface FieldMatch {
  column: string;
  type: string;
  term: string;
}

/**
 * API 2 `api2_filter_column[_N]` / `api2_filter_type[_N]` / `api2_filter_term[_N]`
 * and WHM `api.filter.<letter>.field|type|arg0` (§3.1, §2.1): `eq` exact,
 * `contains` / `begins` as SQL LIKE (case-insensitive in SQLite).
 */
function fieldMatches(args: Record<string, string>): FieldMatch[] {
  const out: FieldMatch[] = [];
  if (args.api2_filter === '1') {
    for (let i = 0; ; i += 1) {
      const suffix = i === 0 && args.api2_filter_column !== undefined ? '' : `_${i}`;
      const column = args[`api2_filter_column${suffix}`];
      if (column === undefined) break;
      out.push({ column, type: args[`api2_filter_type${suffix}`] ?? 'contains', term: args[`api2_filter_term${suffix}`] ?? '' });
      if (suffix === '') break;
    }
  }
  if (args['api.filter.enable'] === '1') {
    for (const letter of 'abcdefghij') {
      const column = args[`api.filter.${letter}.field`];
      if (column === undefined) break;
      out.push({ column, type: args[`api.filter.${letter}.type`] ?? 'contains', term: args[`api.filter.${letter}.arg0`] ?? '' });
    }
  }
  return out;
}

function matchesField(record: TrackRecord, match: FieldMatch): boolean {
  const columns = match.column === '*' || match.column === 'all' ? Object.keys(record) : [match.column];
  const term = match.term.toLowerCase();
  return columns.some((column) => {
    const value = record[column];
    if (value === null || value === undefined) return false;
    const text = String(value).toLowerCase();
    if (match.type === 'eq' || match.type === '==') return text === term;
    if (match.type === 'begins') return text.startsWith(term);
    return text.includes(term);
  });
}

export function searchRecords(records: TrackRecord[], args: Record<string, string>): { records: TrackRecord[]; overflowed: boolean } {
  const matches = fieldMatches(args);
  const on = (flag: string) => args[flag] === '1';
  const start = Number(args.startdate ?? args.starttime ?? '0');
  const end = args.enddate ?? args.endtime;
  const endNum = end === undefined ? Number.POSITIVE_INFINITY : Number(end);
  const deliveryType = args.deliverytype ?? 'all';
  const requested = args.max_results_by_type === undefined ? 250 : Number(args.max_results_by_type);
  const cap = requested === 0 ? 5000 : Math.min(Math.max(requested, 1), 5000);

  const groups = new Map<string, TrackRecord[]>();
  for (const record of records) {
    const group = GROUP[String(record.type)];
    if (group === undefined || !on(group)) continue;
    const sent = Number(record.sendunixtime);
    if (sent < start || sent > endNum) continue;
    if (!matches.every((m) => matchesField(record, m))) continue;
    if (deliveryType !== 'all' && deliveryType !== '') {
      if (group === 'failure' || group === 'defer') continue;
      if (group === 'success' && (deliveryType === 'remote') !== (record.transport_is_remote === 1)) continue;
    }
    const list = groups.get(group) ?? [];
    list.push(record);
    groups.set(group, list);
  }
  let overflowed = false;
  const out: TrackRecord[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => Number(b.sendunixtime) - Number(a.sendunixtime));
    if (list.length > cap) overflowed = true;
    out.push(...list.slice(0, cap));
  }
  out.sort((a, b) => Number(b.sendunixtime) - Number(a.sendunixtime));
  return { records: out, overflowed };
}
