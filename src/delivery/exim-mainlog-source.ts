/**
 * A second source of delivery records: Exim's main log read directly, for
 * root when Track Delivery is unavailable (tailwatchd off, eximstats database
 * broken) or does not reach back far enough. Streams the files line by line
 * (plain or gzip-rotated), so memory stays flat whatever their size; lines
 * that are garbled, cut or binary are counted and skipped, never fatal.
 *
 * The records have Track Delivery's shape (DeliveryRecord), so the rest of
 * the audit does not care where they came from.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { lineText, readLines } from './line-reader';
import type { DeliveryRecord, DeliveryType } from '../cpanel/track-delivery';
import { parseEximLogLine, type EximLogLine } from '../smtp/exim-log';

interface MainlogQuery {
  /** Unix seconds. */
  readonly since: number;
  readonly until: number;
  /** The account's domains: a record belongs to the account when its sender or recipient is at one of them. */
  readonly domains: readonly string[];
  /** Reads Exim's local-time stamps; default: this machine's zone. Tests pass UTC. */
  readonly parseTime?: (stamp: string) => number;
}

export interface MainlogStats {
  lines: number;
  skipped: number;
}

/** Arrivals remembered to find a failure's sender; older ones are dropped first. */
const MAX_REMEMBERED_ARRIVALS = 200_000;
/** Log lines longer than this are not Exim's: cut and skipped. */
const MAX_LINE_BYTES = 64 * 1024;

function localTime(stamp: string): number {
  // "2024-05-01 10:00:00[.123][ +0200]": Exim writes local time unless the zone is logged.
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.\d+)?(?: ([+-])(\d\d)(\d\d))?$/.exec(stamp);
  if (m === null) return Number.NaN;
  const [, y, mo, d, h, mi, s, sign, zh, zm] = m;
  if (sign !== undefined) {
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000;
    const offset = (Number(zh) * 3600 + Number(zm) * 60) * (sign === '+' ? 1 : -1);
    return utc - offset;
  }
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)).getTime() / 1000;
}

export function utcTime(stamp: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)/.exec(stamp);
  if (m === null) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) / 1000;
}

function domainOf(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const at = address.lastIndexOf('@');
  return at < 0 ? undefined : address.slice(at + 1).toLowerCase();
}

const TYPES: Partial<Record<EximLogLine['event'], DeliveryType>> = {
  delivered: 'success',
  'additional-address': 'success',
  failed: 'failure',
  deferred: 'defer',
  rejected: 'rejected',
};

interface Arrival {
  readonly sender: string;
  readonly time: number;
  readonly host: string | null;
  readonly ip: string | null;
}

/** Pure step: one parsed line (with the arrivals seen so far) → a record, or nothing. */
function recordFromLine(
  line: EximLogLine,
  time: number,
  arrivals: Map<string, Arrival>,
  domains: ReadonlySet<string>,
): DeliveryRecord | undefined {
  if (line.event === 'arrival') {
    if (line.messageId !== undefined && line.address !== undefined) {
      if (arrivals.size >= MAX_REMEMBERED_ARRIVALS) arrivals.delete(arrivals.keys().next().value as string);
      arrivals.set(line.messageId, { sender: line.address, time, host: line.host ?? null, ip: line.hostIp ?? null });
    }
    return undefined;
  }
  const type = TYPES[line.event];
  if (type === undefined) return undefined;
  const arrival = line.messageId === undefined ? undefined : arrivals.get(line.messageId);
  const sender = arrival?.sender ?? line.sender ?? null;
  const recipient = line.address ?? null;
  const senderDomain = domainOf(sender ?? undefined);
  const recipientDomain = domainOf(recipient ?? undefined);
  const ours = (senderDomain !== undefined && domains.has(senderDomain)) || (recipientDomain !== undefined && domains.has(recipientDomain));
  if (!ours) return undefined;
  const sentByAccount = senderDomain !== undefined && domains.has(senderDomain);
  return {
    type,
    user: sentByAccount ? null : '-remote-',
    domain: sentByAccount ? (senderDomain ?? null) : null,
    sender,
    email: sender,
    recipient,
    deliveredTo: null,
    deliveryUser: null,
    deliveryDomain: recipientDomain !== undefined && domains.has(recipientDomain) ? recipientDomain : null,
    message: line.message ?? (type === 'success' ? 'Accepted' : ''),
    router: line.router ?? null,
    transport: line.transport ?? null,
    host: line.host ?? null,
    ip: line.hostIp ?? null,
    senderHost: arrival?.host ?? null,
    senderIp: arrival?.ip ?? null,
    senderAuth: null,
    msgid: line.messageId ?? null,
    size: null,
    spamScore: null,
    sentAt: arrival?.time ?? time,
    actionAt: time,
    remote: line.transport === undefined ? null : /smtp/.test(line.transport),
  };
}

function open(path: string): Readable {
  const file = createReadStream(path);
  return path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
}

/**
 * Streams the records of the account from the given log files, oldest file
 * first (e.g. exim_mainlog-20241101.gz, then exim_mainlog).
 */
export async function* readMainlog(paths: readonly string[], query: MainlogQuery, stats: MainlogStats = { lines: 0, skipped: 0 }): AsyncGenerator<DeliveryRecord> {
  const domains = new Set(query.domains.map((d) => d.toLowerCase()));
  const parseTime = query.parseTime ?? localTime;
  const arrivals = new Map<string, Arrival>();
  for (const path of paths) {
    for await (const raw of readLines(open(path), MAX_LINE_BYTES)) {
      stats.lines += 1;
      if ('truncatedFrom' in raw) {
        stats.skipped += 1;
        continue;
      }
      const parsed = parseEximLogLine(lineText(raw));
      if (parsed === undefined) {
        stats.skipped += 1;
        continue;
      }
      const time = parseTime(parsed.time);
      if (Number.isNaN(time)) {
        stats.skipped += 1;
        continue;
      }
      if (time > query.until) continue;
      const record = recordFromLine(parsed, time, arrivals, domains);
      if (record !== undefined && time >= query.since) yield record;
    }
  }
}
