/**
 * Turns any delivery text — a bare SMTP reply, a multi-line reply pasted as
 * one line, a Track Delivery message, an Exim main-log line, a bounce's
 * Diagnostic-Code — into its parts: reply code, enhanced status code, the
 * reply text with continuation prefixes folded away, where in the dialogue it
 * failed and which remote host said it. Pure and total: never throws.
 */
import { normaliseText, unescapeLineBreaks, unescapeQmailLog } from '../text/normalise';
import { escapeLiteral } from '../text/regex-source';
import { parseEximLogLine, readEximHost, readEximLogHead, type EximEvent, type EximLogHead, type EximLogLine } from './exim-log';
import { detectProvider, detectStage, findReplyMarkers, type FoundMarkers, type ProviderId, type Stage } from './reply-markers';

/**
 * A parsed delivery text: a plain value. Every field is set when the reply
 * is made and nothing is worked out later, so a copy (`{...reply}`), JSON
 * and a comparison all see the whole reply. What takes more searching (the
 * dialogue stage, the provider, the remote host, the log line's fields) is
 * read by `readReplyDetails`, a pure function of the reply.
 */
export interface ParsedReply {
  /** The input as received (after the caller's length cap). */
  readonly raw: string;
  /** Basic reply code (RFC 5321 §4.2), when the text has one. */
  readonly code: number | undefined;
  /** Enhanced status code "x.y.z" (RFC 3463), when present. */
  readonly enhanced: string | undefined;
  /** The text with reply prefixes folded away, white space collapsed, original case. */
  readonly text: string;
  /** `text` in lower case: what the knowledge base matches. */
  readonly folded: string;
  /** Set when the input is an Exim main-log line: the line's event. */
  readonly logEvent: EximEvent | undefined;
  /**
   * Where the words of the reply start in `folded`: after a log line's own
   * fields (its addresses, R=, T=, H=), 0 for any other text. The fields are
   * the log's bookkeeping, not what a server said: a recipient called
   * "spam@…" or a host named "blocked.example" names no reason.
   */
  readonly wordsFrom: number;
}

/** What else a reply tells, read on demand (see `readReplyDetails`). */
export interface ReplyDetails {
  readonly stage?: Stage;
  readonly remoteHost?: string;
  readonly remoteIp?: string;
  readonly provider?: ProviderId;
  /** Set when the input was an Exim main-log line. */
  readonly log?: EximLogLine;
}

/** After a prefix is cut out of normalised text, only doubled spaces can remain. */
const DOUBLED_SPACE = / {2,}/g;

/**
 * A reply prefix: the basic code, then "-" (continuation), " ", or "." (a
 * receiver that writes "550.5.7.26"), then optionally the enhanced code.
 * It must stand where a reply starts: at the beginning, after a colon, quote,
 * bracket or space — never inside a word or an IP address. One native
 * search finds each candidate with all its parts; `findReplyStart` judges it.
 * The separator is "-", "." or a space, or " - " before an enhanced code
 * ("ERROR CODE :554 - 5.7.1", as some programs print a reply).
 * Groups: 1 the character before, 2 the code, 3 the separator, 4–6 the
 * enhanced code's class, subject and detail.
 */
/**
 * An RFC 3463 code: class, subject and detail, not run on into more numbers (an IP address); it may end with a full
 * stop ("421 4.5.1. Connection rate"). One shape for every pattern below; `ENHANCED_GROUPS` captures the three parts.
 */
const ENHANCED_SHAPE = String.raw`[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)`;
const ENHANCED_GROUPS = String.raw`([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)`;
const FULL_STOP = String.raw`(?:\.(?= |$))?`;

const REPLY_PREFIX = new RegExp(String.raw`(^|[ :'"([])\[?([2-5][0-5]\d)\]?(?:( - (?=${ENHANCED_SHAPE})|[-. ])(?:${ENHANCED_GROUPS}${FULL_STOP})?|$)`, 'g');

/** The words before a code a client expected (Swift Mailer's and Symfony Mailer's "Expected response code 250 but got …"). */
const EXPECTED_CODE = /\bexpected (?:response )?code ["']?$/i;

/** Characters after which a reply may start (the text is normalised: its only white space is " "). */
function isReplyBoundary(code: number): boolean {
  return code === 32 || code === 58 || code === 39 || code === 34 || code === 40 || code === 91; // space : ' " ( [
}

interface ReplyStart {
  /** Where the prefix starts (at "[" for "[550]"), and where it ends. */
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly enhanced?: string;
}

/**
 * The first reply prefix: a code 2xx–5xx at a word start (not "port 465"),
 * optionally followed by an enhanced code of the same class.
 */
function findReplyStart(text: string): ReplyStart | undefined {
  REPLY_PREFIX.lastIndex = 0;
  for (let m = REPLY_PREFIX.exec(text); m !== null; m = REPLY_PREFIX.exec(text)) {
    let at = m.index + m[1]!.length;
    if (text.charCodeAt(at) === 91) at += 1; // "[550]"
    const code = m[2]!;
    const enhancedClass = m[4];
    let start = at;
    let rejected = false;
    if (at > 0) {
      const before = text.charCodeAt(at - 1);
      if (before === 91) {
        start = at - 1;
        rejected = start > 0 && !isReplyBoundary(text.charCodeAt(start - 1));
      } else if (before === 32 && at >= 5 && text.slice(at - 5, at).toLowerCase() === 'port ') rejected = true;
      // A mail library's expectation ("Expected response code 250 but got code "550", with message …") is not the reply.
      else if (EXPECTED_CODE.test(text.slice(Math.max(0, at - 28), at))) rejected = true;
    }
    // "203.0.113.5" is an address, not code 203 + enhanced: the classes must agree.
    if ((m[3] === '.' && enhancedClass === undefined) || (enhancedClass !== undefined && enhancedClass !== code[0])) rejected = true;
    if (rejected) {
      // The next reply may start right after these three digits (the separator can be its boundary).
      REPLY_PREFIX.lastIndex = at + 3;
      continue;
    }
    const end = m.index + m[0].length;
    if (enhancedClass === undefined) return { start, end, code };
    return { start, end, code, enhanced: `${enhancedClass}.${m[5]!}.${m[6]!}` };
  }
  return undefined;
}
/** An RFC 3463 code standing alone, or as a Postfix or Sendmail log line's "dsn=" field. */
const ENHANCED_ANYWHERE = new RegExp(String.raw`(^|[\s:'"(#[<]|\bdsn=)${ENHANCED_GROUPS}`);
const ENHANCED_EVERYWHERE = new RegExp(ENHANCED_ANYWHERE.source, 'g');

/** Every RFC 3463 code written inside a text, in order: a quoted reply ("<552 5.2.2 Over quota>"), qmail's "(#5.1.1)". */
export function enhancedCodesIn(text: string): string[] {
  return [...text.matchAll(ENHANCED_EVERYWHERE)].map((m) => `${m[2]!}.${m[3]!}.${m[4]!}`);
}

const BOUNCE_HOST = /\bhost ([a-z0-9][a-z0-9.-]*\.[a-z]{2,}) \[([0-9a-f:.]+)\]/i;

const CONTINUATIONS = new Map<string, RegExp>();

function continuationPattern(code: string): RegExp {
  let pattern = CONTINUATIONS.get(code);
  if (pattern === undefined) {
    // The same code followed by "-", "." or " " (and optionally an enhanced code) at a word start; in a Sendmail
    // transcript each line of the reply also carries the "<<< " that marks what the server said.
    pattern = new RegExp(String.raw`(^|\s)(?:<<< ?)?${code}[-. ](?:${ENHANCED_SHAPE}${FULL_STOP} ?)?`, 'g');
    CONTINUATIONS.set(code, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

interface CodeFind {
  code?: number;
  enhanced?: string;
  text: string;
}

/** The enhanced code after the basic code written a second time right where the first prefix ends. */
function repeatedEnhanced(text: string, end: number, code: string): string | undefined {
  const m = REPEATED_PREFIX.exec(text.slice(end, end + 16));
  return m !== null && m[1] === code && m[2] === code[0] ? `${m[2]}.${m[3]!}.${m[4]!}` : undefined;
}
const REPEATED_PREFIX = new RegExp(String.raw`^ ?([2-5][0-5]\d)[ -]${ENHANCED_GROUPS}`);

/**
 * Finds the first reply prefix and removes it and every continuation prefix
 * of the same code ("550-5.7.26 … 550-5.7.26 …", "550-550 …").
 */
function foldReplyPrefixes(text: string): CodeFind {
  const first = findReplyStart(text);
  if (first === undefined) {
    const enhanced = ENHANCED_ANYWHERE.exec(text);
    if (enhanced === null) return { text };
    const code = `${enhanced[2]!}.${enhanced[3]!}.${enhanced[4]!}`;
    // A leading "5.1.0 Address rejected" is a prefix; "(#5.4.4)" in the middle stays in the text.
    if (enhanced.index === 0) return { enhanced: code, text: text.slice(enhanced[0].length).trim() };
    return { enhanced: code, text };
  }
  const { code } = first;
  // "550 550 5.1.1 …", "554 554-5.7.1 …": the code given twice, the enhanced code only after the second.
  const enhanced = first.enhanced ?? repeatedEnhanced(text, first.end, code);
  // A Sendmail transcript's "<<< " before the reply marks it as the server's, it is not the server's words.
  const before = text.endsWith('<<< ', first.start) ? text.slice(0, first.start - 4) : text.slice(0, first.start);
  let after = text.slice(first.end);
  // Continuations, and "550-550 relay …" where the prefix is repeated right after itself.
  let joined: string;
  if (after.includes(code)) {
    after = after.replace(continuationPattern(code), '$1');
    joined = `${before}${after}`.replace(DOUBLED_SPACE, ' ').trim();
  } else {
    // The input was normalised already; only the seam can hold a doubled or trailing space.
    joined = before.endsWith(' ') && after.startsWith(' ') ? `${before}${after.slice(1)}` : `${before}${after}`;
    if (joined.endsWith(' ') || joined.startsWith(' ')) joined = joined.trim();
  }
  const result: CodeFind = { code: Number(code), text: joined };
  if (enhanced !== undefined) result.enhanced = enhanced;
  return result;
}

/**
 * .NET's SmtpClient (System.Net.Mail) reports a refused command as its own words for the reply code, then "The server
 * response was: " and the server's own words ("Mailbox unavailable. The server response was: 5.7.1 Unable to relay").
 * Its words only say the code again (the descriptions of its SmtpStatusCode values), so they are read as that code and
 * the server's words are what the reply says: "Exceeded storage allocation" is .NET's name for any 552, not a full
 * mailbox. 450 and 550 share "Mailbox unavailable."; the server's enhanced code, when it gives one, tells which.
 */
const DOTNET_CODES: ReadonlyMap<string, number | undefined> = new Map([
  ['service not available, closing transmission channel.', 421],
  ['mailbox unavailable.', undefined],
  ['error in processing.', 451],
  ['insufficient system storage.', 452],
  ['syntax error, command unrecognized.', 500],
  ['syntax error in parameters or arguments.', 501],
  ['command not implemented.', 502],
  ['bad sequence of commands.', 503],
  ['command parameter not implemented.', 504],
  ['the smtp server requires a secure connection or the client was not authenticated.', 530],
  ['user not local; please try a different path.', 551],
  ['exceeded storage allocation.', 552],
  ['mailbox name not allowed.', 553],
  ['transaction failed.', 554],
]);
const DOTNET_RESPONSE = new RegExp(
  String.raw`(^|[\s:'"(])(${[...DOTNET_CODES.keys()].map(escapeLiteral).join('|')}) the server response was: ?`,
  'i',
);

/** The server's words of a .NET report, with the code its own words stand for; undefined for any other text. */
function dotNetReply(text: string): { text: string; code: number | undefined } | undefined {
  // One substring search rules out almost every text before the pattern runs.
  if (!text.includes('response was:')) return undefined;
  const m = DOTNET_RESPONSE.exec(text);
  if (m === null) return undefined;
  const start = m.index + m[1]!.length;
  return { text: `${text.slice(0, start)}${text.slice(m.index + m[0].length)}`.trim(), code: DOTNET_CODES.get(m[2]!.toLowerCase()) };
}

/** The reply code of a .NET report: its words' code, or for "Mailbox unavailable." the class the server's enhanced code gives. */
function dotNetCode(dotNet: { code: number | undefined }, enhanced: string | undefined): number | undefined {
  if (dotNet.code !== undefined) return enhanced === undefined || enhanced[0] === String(dotNet.code)[0] ? dotNet.code : undefined;
  if (enhanced?.[0] === '4') return 450;
  if (enhanced?.[0] === '5') return 550;
  return undefined;
}

/** Who answered: the log line's H= field or a bounce's "host … […]". */
type RemoteHost = Pick<EximLogLine, 'host' | 'hostIp'>;

/** The normalised input, with a log line's escaped line breaks undone, and the log line's head if it is one. */
function cleanInput(input: string): { clean: string; head: EximLogHead | undefined } {
  const normal = normaliseText(input);
  const exim = readEximLogHead(normal);
  // An Exim log line is never qmail's: only other text is looked at for qmail-send's underscores.
  const tidy = exim === undefined ? unescapeQmailLog(normal) : normal;
  const head = tidy === normal ? exim : readEximLogHead(tidy);
  const clean = unescapeLineBreaks(tidy, head !== undefined);
  if (clean === tidy) return { clean, head };
  const again = normaliseText(clean);
  return { clean: again, head: head === undefined ? undefined : readEximLogHead(again) };
}

/**
 * The remote host: a log line's H= field (read alone, not the whole line), or
 * a bounce's "host mx.example.net [192.0.2.1]".
 */
export function readRemoteHost(reply: ParsedReply): RemoteHost {
  const { clean, head } = cleanInput(reply.raw);
  if (head !== undefined) return readEximHost(head.body);
  const m = clean.includes('host ') ? BOUNCE_HOST.exec(clean) : null;
  return m === null ? {} : { host: m[1]!, hostIp: m[2]! };
}

/** The reply's stage, given which of `REPLY_MARKERS` its folded text holds. */
export function replyStage(reply: ParsedReply, found: FoundMarkers): Stage | undefined {
  return detectStage(reply.folded, found);
}

/** The reply's provider, given which of `REPLY_MARKERS` its folded text holds. */
export function replyProvider(reply: ParsedReply, found: FoundMarkers): ProviderId | undefined {
  return detectProvider(readRemoteHost(reply).host, reply.folded, found);
}

/**
 * Stage, provider and remote host of a reply, and with `withLog` the log
 * line's fields: a pure function, a fresh value each call. Without the log
 * fields it reads only the H= field of a log line, not the whole line.
 */
export function readReplyDetails(reply: ParsedReply, withLog = true): ReplyDetails {
  const { clean, head } = cleanInput(reply.raw);
  const log = head === undefined || !withLog ? undefined : parseEximLogLine(clean);
  let host: RemoteHost;
  if (log !== undefined) host = log;
  else if (head !== undefined) host = readEximHost(head.body);
  else {
    const m = clean.includes('host ') ? BOUNCE_HOST.exec(clean) : null;
    host = m === null ? {} : { host: m[1]!, hostIp: m[2]! };
  }
  // Markers are looked for where the classifier looks for them.
  const found = findReplyMarkers(reply.folded, reply.wordsFrom);
  const stage = detectStage(reply.folded, found);
  const provider = detectProvider(host.host, reply.folded, found);
  return {
    ...(stage === undefined ? {} : { stage }),
    ...(host.host === undefined ? {} : { remoteHost: host.host }),
    ...(host.hostIp === undefined ? {} : { remoteIp: host.hostIp }),
    ...(provider === undefined ? {} : { provider }),
    ...(log === undefined ? {} : { log }),
  };
}

export function parseReply(input: string): ParsedReply {
  const { clean, head } = cleanInput(input);
  // For a log line the codes live in the message part; the fields stay in the matched text.
  const dotNet = head === undefined ? dotNetReply(clean) : undefined;
  const region = head?.message ?? (head === undefined ? (dotNet?.text ?? clean) : '');
  const found = foldReplyPrefixes(region);
  if (dotNet !== undefined && found.code === undefined) {
    const code = dotNetCode(dotNet, found.enhanced);
    if (code !== undefined) found.code = code;
  }
  let text: string;
  let wordsFrom = 0;
  if (head === undefined) text = found.text;
  else if (head.message === undefined) text = head.body;
  else {
    const fields = head.body.slice(0, head.body.length - head.message.length);
    const joined = `${fields}${found.text}`;
    text = joined.trim();
    wordsFrom = Math.max(0, fields.length - (joined.length - joined.trimStart().length));
  }
  return { raw: input, code: found.code, enhanced: found.enhanced, text, folded: text.toLowerCase(), logEvent: head?.event, wordsFrom };
}
