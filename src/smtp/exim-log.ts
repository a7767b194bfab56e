/**
 * Parses one line of Exim's main log (exim_mainlog). Format: Exim spec
 * ch. "Log files" (§ "Format of main log lines" and "Log line flags") and the
 * real cPanel lines quoted in cPanel's TailWatch/Eximstats.pm.
 *
 *   2024-05-01 10:00:00 [1234] 1RuV0Z-0005NR-BN ** u@x.nl R=dnslookup T=remote_smtp H=mx.x.nl [192.0.2.1]: SMTP error …
 *   2024-05-01 10:00:00 H=(helo) [192.0.2.9] F=<a@b> rejected RCPT <c@d>: Sender verify failed
 *
 * Never throws: anything that is not a log line gives `undefined`.
 */
import { withoutCaptures } from '../text/regex-source';

/** The log line flags (Exim spec, "Log line flags"). */
type EximFlag = '<=' | '=>' | '->' | '*>' | '**' | '==';

export type EximEvent =
  | 'arrival'
  | 'delivered'
  | 'additional-address'
  | 'suppressed'
  | 'failed'
  | 'deferred'
  | 'rejected'
  | 'other';

export interface EximLogLine {
  /** As written: "YYYY-MM-DD HH:MM:SS" with optional ".mmm" and zone. */
  readonly time: string;
  readonly pid?: number;
  /** 16-character (6-6-2, before Exim 4.97) or 23-character (6-11-4) id. */
  readonly messageId?: string;
  readonly flag?: EximFlag;
  readonly event: EximEvent;
  /** The address after the flag, or the RCPT address of a rejection. */
  readonly address?: string;
  readonly router?: string;
  readonly transport?: string;
  readonly host?: string;
  readonly hostIp?: string;
  readonly helo?: string;
  /** F=<…> on rejections and deliveries. */
  readonly sender?: string;
  /** The text after the fields: the delivery result or rejection reason. */
  readonly message?: string;
  /** Everything after the time/pid/id prefix, for matching. */
  readonly body: string;
}

// Time, optional zone and pid, then optionally the message id and a flag, in
// one pattern that stops where they end; the rest of the line is sliced off by
// length. Exim ≥ 4.97 ids are 6-11-4 base-62, older ones 6-6-2 (Exim spec,
// "Message identification"); a flag only follows an id.
// Groups: 1 time, 2 zone, 3 pid, 4 message id, 5 flag.
const HEAD =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?)(?: ([+-]\d{4}))?(?: \[(\d{1,10})\])? (?:([0-9A-Za-z]{6}-[0-9A-Za-z]{11}-[0-9A-Za-z]{4}|[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}) (?:(<=|=>|->|\*>|\*\*|==) )?)?/;
/**
 * The same pattern without groups, sticky: `test` leaves where it ended in
 * `lastIndex`, and no match array or group strings are made. The flag, if
 * any, is the two characters before the final space.
 */
const HEAD_END = withoutCaptures(HEAD, 'y');
const WHITE_SPACE = /\s/;
// Field values are read with sticky patterns at the position indexOf finds: one
// cheap search per field instead of a pattern scanning the whole line.
const HOST_AT = /H=([^\s[(]+)?(?: ?\(([^)]*)\))?(?: ?\[([0-9A-Fa-f:.]+)\])?/y;
const VALUE_AT = /[A-Z]=("(?:[^"\\]|\\.)*"|<[^>]*>|[^\s:]+)/y;

/**
 * Where a field ("R=", "T=" …) starts: at the start of the text or after a
 * space, or -1. Searching for the name itself finds its capital letter
 * quickly; a search for " R=" stops at every space of the line.
 */
function fieldAt(rest: string, name: string): number {
  for (let at = rest.indexOf(name); at >= 0; at = rest.indexOf(name, at + 1)) {
    if (at === 0 || rest.charCodeAt(at - 1) === 32) return at;
  }
  return -1;
}

function fieldValue(rest: string, name: string): string | undefined {
  const at = fieldAt(rest, name);
  if (at < 0) return undefined;
  VALUE_AT.lastIndex = at;
  return VALUE_AT.exec(rest)?.[1];
}

function hostField(rest: string): RegExpExecArray | null {
  const at = fieldAt(rest, 'H=');
  if (at < 0) return null;
  HOST_AT.lastIndex = at;
  return HOST_AT.exec(rest);
}
const REJECTED_RCPT = / (?:temporarily )?rejected RCPT <?([^\s>:]*)>?: (.*)$/;

const EVENTS: Record<EximFlag, EximEvent> = {
  '<=': 'arrival',
  '=>': 'delivered',
  '->': 'additional-address',
  '*>': 'suppressed',
  '**': 'failed',
  '==': 'deferred',
};

function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith('<') && value.endsWith('>'))) {
    return value.slice(1, -1);
  }
  return value;
}

/** Quick test used before the full parse: does the text start like a main-log line? */
export function looksLikeEximLogLine(text: string): boolean {
  // The id and flag are optional: the pattern holds exactly when the time prefix does.
  return HEAD.test(text);
}

/**
 * The address after a flag: up to the first space, without the colon that
 * may end it ("u@x.nl: message"); a quoted local part may hold spaces.
 */
function flaggedAddress(afterFlag: string): string | undefined {
  if (afterFlag.startsWith('"')) return /^("[^"]*"@\S+?|[^\s]+?)(?::? |:$|$)/.exec(afterFlag)?.[1];
  const end = afterFlag.search(WHITE_SPACE);
  // Only a space or the end of the line ends an address; a tab there means this is no address.
  if (end === 0 || (end > 0 && afterFlag.charCodeAt(end) !== 32)) return undefined;
  const word = end < 0 ? afterFlag : afterFlag.slice(0, end);
  if (word.length > 1 && word.endsWith(':')) return word.slice(0, -1);
  return word === '' ? undefined : word;
}

/**
 * What classifying a line needs: the body, the message and the event. The
 * remaining fields (address, router, transport, host, sender) cost several
 * searches of the line, so a reply reads them only when it is asked for them.
 */
export interface EximLogHead {
  readonly event: EximEvent;
  readonly message?: string;
  readonly body: string;
}

interface HeadParts extends EximLogHead {
  readonly flag?: EximFlag;
  /** The text after the flag (flagged lines only). */
  readonly afterFlag?: string;
  /** The RCPT address of a rejection. */
  readonly rejectedAddress?: string;
}

/** The flag that ends a head match at `end`, if any: without one the head ends in an id, a digit or "]" and a space. */
function flagBefore(line: string, end: number): EximFlag | undefined {
  const last = line.charCodeAt(end - 2);
  // Every flag ends in "=", ">" or "*"; none of them ends an id, a time or a pid.
  return last === 61 || last === 62 || last === 42 ? (line.slice(end - 3, end - 1) as EximFlag) : undefined;
}

function readHead(line: string): HeadParts | undefined {
  HEAD_END.lastIndex = 0;
  if (!HEAD_END.test(line)) return undefined;
  const end = HEAD_END.lastIndex;
  return headParts(line, end, flagBefore(line, end));
}

/** The event, message and body of a line whose head (time … flag) ends at `end`. */
function headParts(line: string, end: number, flag: EximFlag | undefined): HeadParts {
  // The body starts after the id (the flag belongs to it).
  const body = line.slice(flag === undefined ? end : end - 3);
  if (flag !== undefined) {
    const afterFlag = line.slice(end);
    const colon = afterFlag.indexOf(': ');
    const message = colon >= 0 && (flag === '**' || flag === '==' || flag === '*>') ? afterFlag.slice(colon + 2) : undefined;
    return message === undefined ? { flag, afterFlag, event: EVENTS[flag], body } : { flag, afterFlag, event: EVENTS[flag], message, body };
  }
  const rejected = REJECTED_RCPT.exec(body);
  if (rejected !== null) return { event: 'rejected', rejectedAddress: rejected[1]!, message: rejected[2]!, body };
  // "sender verify fail for <x>: …", "rejected EHLO …", "Completed", and other unflagged lines.
  const event: EximEvent = / rejected | sender verify fail/i.test(` ${body}`) ? 'rejected' : 'other';
  const colon = body.indexOf(': ');
  return colon >= 0 ? { event, message: body.slice(colon + 2), body } : { event, body };
}

/** The H= field of a log line's body: host name, HELO name in (…), IP address in […]; empty parts are absent. */
export function readEximHost(body: string): Pick<EximLogLine, 'host' | 'helo' | 'hostIp'> {
  const m = hostField(body);
  if (m === null) return {};
  const [, host, helo, hostIp] = m;
  const found: Mutable<Pick<EximLogLine, 'host' | 'helo' | 'hostIp'>> = {};
  if (host !== undefined && host !== '') found.host = host;
  if (helo !== undefined && helo !== '') found.helo = helo;
  if (hostIp !== undefined && hostIp !== '') found.hostIp = hostIp;
  return found;
}

/** The event, message and body of a main-log line, or `undefined` when the text is not one. */
export function readEximLogHead(line: string): EximLogHead | undefined {
  const parts = readHead(line);
  if (parts === undefined) return undefined;
  // Only these three: the pattern match and the slices for the other fields need not be kept.
  const { event, message, body } = parts;
  return message === undefined ? { event, body } : { event, message, body };
}

export function parseEximLogLine(line: string): EximLogLine | undefined {
  // The full parse wants the time, zone, pid and id too: the pattern with its groups.
  const head = HEAD.exec(line);
  if (head === null) return undefined;
  const parts = headParts(line, head[0].length, head[5] as EximFlag | undefined);
  const { flag, afterFlag, event, message, body } = parts;
  const time = head[2] === undefined ? head[1]! : `${head[1]!} ${head[2]}`;
  const pid = head[3] === undefined ? undefined : Number(head[3]);
  const messageId = head[4];

  let address = parts.rejectedAddress;
  if (flag !== undefined && afterFlag !== undefined) {
    // The address ends at the first space or at the ": " that starts the message.
    address = flaggedAddress(afterFlag);
    if (flag === '=>' || flag === '->') {
      // A local delivery names the local part or file first and the final address in <…>
      // ("=> info <info@example.com> R=virtual_user", "=> /dev/null (orig@x) <orig@x>").
      const final = /^\S+(?: \([^)]*\))? <([^>\s]+@[^>\s]+)>/.exec(afterFlag);
      if (final !== null) address = final[1];
    }
  }

  const host = readEximHost(body);
  const router = present(unquote(fieldValue(body, 'R=')));
  const transport = present(unquote(fieldValue(body, 'T=')));
  const sender = present(unquote(fieldValue(body, 'F=')));
  // Built field by field with plain assignments: absent values stay absent (no undefined keys).
  const result: Mutable<EximLogLine> = { time, event, body };
  if (pid !== undefined) result.pid = pid;
  if (messageId !== undefined) result.messageId = messageId;
  if (flag !== undefined) result.flag = flag;
  if (address !== undefined && address !== '') result.address = address;
  if (message !== undefined) result.message = message;
  if (router !== undefined) result.router = router;
  if (transport !== undefined) result.transport = transport;
  if (sender !== undefined) result.sender = sender;
  if (host.host !== undefined) result.host = host.host;
  if (host.helo !== undefined) result.helo = host.helo;
  if (host.hostIp !== undefined) result.hostIp = host.hostIp;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Empty field values count as absent. */
function present(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
