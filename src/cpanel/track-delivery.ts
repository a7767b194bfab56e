/**
 * Track Delivery. There is no UAPI module for it (shared/reference/
 * cpanel-api.md §3.1): as the cPanel user it is API 2 `EmailTrack::search`
 * (records in `cpanelresult.data`, `metadata.overflowed`); as root or a
 * reseller it is WHM API 1 `emailtrack_search` with `user=` (records in
 * `data.records`, §8). Record fields are the SQL aliases of
 * `Cpanel/DeliveryReporter.pm`. An absent type flag counts as 0 (§8), so the
 * flags are always sent explicitly.
 */
import { z } from 'zod';
import type { CallArgs, CpanelGateway } from './gateway';
import type { DataGap } from '../diagnose/observations';
import type { CallDescription } from './errors';
import { looseBool, looseNumber, looseOptionalNumber, looseOptionalString } from './loose';
import { describeGatewayCall, parseData } from './call-data';
import { readRows } from './rows';

const DELIVERY_TYPES = ['success', 'filtered', 'archive', 'failure', 'rejected', 'defer', 'inprogress'] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];

export interface DeliveryRecord {
  readonly type: DeliveryType;
  readonly user: string | null;
  readonly domain: string | null;
  readonly sender: string | null;
  readonly email: string | null;
  readonly recipient: string | null;
  readonly deliveredTo: string | null;
  readonly deliveryUser: string | null;
  readonly deliveryDomain: string | null;
  readonly message: string;
  readonly router: string | null;
  readonly transport: string | null;
  readonly host: string | null;
  readonly ip: string | null;
  readonly senderHost: string | null;
  readonly senderIp: string | null;
  readonly senderAuth: string | null;
  readonly msgid: string | null;
  readonly size: number | null;
  readonly spamScore: number | null;
  /** Arrival, unix seconds. */
  readonly sentAt: number;
  /** Delivery / defer / failure time, unix seconds. */
  readonly actionAt: number | null;
  readonly remote: boolean | null;
}

export interface DeliverySearch {
  readonly records: readonly DeliveryRecord[];
  /** cPanel hit `max_results_by_type` for at least one type: the list is incomplete. */
  readonly overflowed: boolean;
  /** Records left out because they could not be read (an unknown type, no arrival time). */
  readonly gaps: readonly DataGap[];
}

interface DeliveryQuery {
  /** Window start / end, unix seconds. */
  readonly since: number;
  readonly until?: number;
  /** Which record classes to fetch; all four when omitted. */
  readonly types?: Partial<Record<'success' | 'defer' | 'failure' | 'inprogress', boolean>>;
  /** Per-type cap (cPanel default 250, max 5000). */
  readonly maxResultsByType?: number;
  /**
   * Records read at most, whatever the server sends: a server that ignores
   * `max_results_by_type` cannot fill memory. Default: the per-type cap times
   * the types asked for. More records than this count as "overflowed".
   */
  readonly maxRecords?: number;
  readonly deliveryType?: 'all' | 'remote' | 'local';
  /**
   * Narrow the search to records whose field matches, e.g. one recipient.
   * Sent as API 2 `api2_filter*` / WHM `api.filter.*` (§3.1; DeliveryReporter
   * turns `eq` into an exact match, `contains` / `begins` into LIKE).
   */
  readonly match?: DeliveryMatch;
}

interface DeliveryMatch {
  readonly column: 'recipient' | 'sender' | 'email' | 'domain' | 'user' | 'msgid' | 'host' | 'ip' | 'message' | 'deliveredto';
  readonly type: 'eq' | 'contains' | 'begins';
  readonly term: string;
}

// "unknown" is what cPanel writes for inprogress rows' recipient/host/… (§3.1).
const text = looseOptionalString.optional().transform((v) => (v === undefined || v === null || v === '' || v === 'unknown' ? null : v));

const recordSchema = z
  .object({
    type: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(DELIVERY_TYPES)),
    user: text,
    domain: text,
    sender: text,
    email: text,
    recipient: text,
    deliveredto: text,
    deliveryuser: text,
    deliverydomain: text,
    message: looseOptionalString.optional().transform((v) => v ?? ''),
    router: text,
    transport: text,
    host: text,
    ip: text,
    senderhost: text,
    senderip: text,
    senderauth: text,
    msgid: text,
    size: looseOptionalNumber.optional(),
    spamscore: looseOptionalNumber.optional(),
    sendunixtime: looseNumber,
    actionunixtime: looseOptionalNumber.optional(),
    transport_is_remote: z.union([z.null(), looseBool]).optional(),
  })
  .loose();

function toRecord(r: z.output<typeof recordSchema>): DeliveryRecord {
  return {
    type: r.type,
    user: r.user,
    domain: r.domain,
    sender: r.sender,
    email: r.email,
    recipient: r.recipient,
    deliveredTo: r.deliveredto,
    deliveryUser: r.deliveryuser,
    deliveryDomain: r.deliverydomain,
    message: r.message,
    router: r.router,
    transport: r.transport,
    host: r.host,
    ip: r.ip,
    senderHost: r.senderhost,
    senderIp: r.senderip,
    senderAuth: r.senderauth,
    msgid: r.msgid,
    size: r.size ?? null,
    spamScore: r.spamscore ?? null,
    sentAt: r.sendunixtime,
    actionAt: r.actionunixtime ?? null,
    remote: r.transport_is_remote ?? null,
  };
}

function searchArgs(query: DeliveryQuery): Record<string, string | number | undefined> {
  const t = query.types ?? { success: true, defer: true, failure: true, inprogress: true };
  return {
    startdate: Math.floor(query.since),
    enddate: query.until !== undefined ? Math.floor(query.until) : undefined,
    success: t.success ? 1 : 0,
    defer: t.defer ? 1 : 0,
    failure: t.failure ? 1 : 0,
    inprogress: t.inprogress ? 1 : 0,
    max_results_by_type: query.maxResultsByType,
    deliverytype: query.deliveryType,
  };
}

function overflowed(metadata: Readonly<Record<string, unknown>>): boolean {
  const parsed = looseBool.safeParse(metadata.overflowed);
  return parsed.success ? parsed.data : false;
}

function api2Filter(match: DeliveryMatch | undefined): Record<string, string> {
  if (match === undefined) return {};
  return { api2_filter: '1', api2_filter_column_0: match.column, api2_filter_type_0: match.type, api2_filter_term_0: match.term };
}

function whmFilter(match: DeliveryMatch | undefined): Record<string, string> {
  if (match === undefined) return {};
  return { 'api.filter.enable': '1', 'api.filter.a.field': match.column, 'api.filter.a.type': match.type, 'api.filter.a.arg0': match.term };
}

/** cPanel's default per-type cap when none is sent (§3.1). */
const CPANEL_DEFAULT_PER_TYPE = 250;

function recordLimit(query: DeliveryQuery): number {
  if (query.maxRecords !== undefined) return query.maxRecords;
  const t = query.types ?? { success: true, defer: true, failure: true, inprogress: true };
  const types = [t.success, t.defer, t.failure, t.inprogress].filter((x) => x === true).length;
  return (query.maxResultsByType ?? CPANEL_DEFAULT_PER_TYPE) * Math.max(types, 1);
}

/** The raw list cut to the limit before it is read: reading is where a huge list would cost memory. */
function capList(list: unknown, limit: number): { list: unknown; cut: boolean } {
  if (!Array.isArray(list) || list.length <= limit) return { list, cut: false };
  return { list: list.slice(0, limit), cut: true };
}

/**
 * Record by record: one record that cannot be read (a type this version does
 * not know, no arrival time) is left out and noted, the others count.
 */
function readRecords(data: unknown, call: CallDescription, metadata: Readonly<Record<string, unknown>>, limit: number): DeliverySearch {
  const { list, cut } = capList(data, limit);
  const { value, gaps } = readRows(list, call, (row) => {
    row.subject = typeof row.raw.msgid === 'string' ? row.raw.msgid : null;
    const parsed = recordSchema.safeParse(row.raw);
    if (parsed.success) return toRecord(parsed.data);
    if (!recordSchema.shape.type.safeParse(row.raw.type).success) row.noteUnknown('type');
    else row.noteMissing(...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '(row)'))));
    return undefined;
  });
  return { records: value, overflowed: cut || overflowed(metadata), gaps };
}

/** As the cPanel user (LiveAPI, cPanel token, `cpapi2`, or a WHM gateway bound to the account). */
export async function searchDeliveriesAsUser(gateway: CpanelGateway, query: DeliveryQuery): Promise<DeliverySearch> {
  const result = await gateway.api2('EmailTrack', 'search', { ...searchArgs(query), ...api2Filter(query.match) } as CallArgs);
  return readRecords(result.data, describeGatewayCall(gateway, 'api2', 'search', 'EmailTrack'), result.metadata, recordLimit(query));
}

/** As root / reseller through WHM API 1 `emailtrack_search`, limited to one account with `user=`. */
export async function searchDeliveriesAsRoot(gateway: CpanelGateway, account: string, query: DeliveryQuery): Promise<DeliverySearch> {
  const result = await gateway.whm('emailtrack_search', { ...searchArgs(query), ...whmFilter(query.match), user: account } as CallArgs);
  const call = describeGatewayCall(gateway, 'whm', 'emailtrack_search', undefined, account);
  const data = parseData(z.object({ records: z.unknown() }).loose(), result, call);
  return readRecords(data.records, call, result.metadata, recordLimit(query));
}
