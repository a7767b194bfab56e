/**
 * Turns any delivery text — a bare SMTP reply, a multi-line reply pasted as
 * one line, a Track Delivery message, an Exim main-log line, a bounce's
 * Diagnostic-Code — into its parts: reply code, enhanced status code, the
 * reply text with continuation prefixes folded away, where in the dialogue it
 * failed and which remote host said it. Pure and total: never throws.
 */
import type { ProviderId, Stage } from '../kb/types';
import { PhraseIndex } from '../kb/phrase-index';
import { parseEximLogLine, type EximLogLine } from './exim-log';

export interface ParsedReply {
  /** The input as received (after the caller's length cap). */
  readonly raw: string;
  /** Basic reply code (RFC 5321 §4.2), when the text has one. */
  readonly code?: number;
  /** Enhanced status code "x.y.z" (RFC 3463), when present. */
  readonly enhanced?: string;
  /** The text with reply prefixes folded away, white space collapsed, original case. */
  readonly text: string;
  /** `text` in lower case: what the knowledge base matches. */
  readonly folded: string;
  readonly stage?: Stage;
  readonly remoteHost?: string;
  readonly remoteIp?: string;
  readonly provider?: ProviderId;
  /** Set when the input was an Exim main-log line. */
  readonly log?: EximLogLine;
}

// Control characters other than tab/newline become spaces; a lone surrogate or
// replacement character is kept (it is text the person may want to see).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /\s+/g;

/**
 * A reply prefix: the basic code, then "-" (continuation), " ", or "." (a
 * receiver that writes "550.5.7.26"), then optionally the enhanced code.
 * It must stand where a reply starts: at the beginning, after a colon, quote,
 * bracket or space — never inside a word or an IP address.
 */
const REPLY_AT = /([2-5][0-5]\d)\]?(?:([-. ])(?:([245])\.(\d{1,3})\.(\d{1,3})(?![.\d]))?|(?=$))/y;

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
 * Where a basic code may start: three digits 2xx–5xx at the start of the text
 * or after a character that can precede a reply. The native search skips the
 * rest of the line; `REPLY_AT` then checks the candidate.
 */
const CODE_CANDIDATE = /(?:^|[ :'"([])[2-5][0-5]\d/g;

/**
 * The first reply prefix: a code 2xx–5xx at a word start (not "port 465"),
 * optionally followed by an enhanced code of the same class.
 */
function findReplyStart(text: string): ReplyStart | undefined {
  CODE_CANDIDATE.lastIndex = 0;
  for (let candidate = CODE_CANDIDATE.exec(text); candidate !== null; candidate = CODE_CANDIDATE.exec(text)) {
    const i = candidate.index + candidate[0].length - 3;
    let start = i;
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before === 91) start = i - 1; // "[550]"
      else if (before === 32 && i >= 5 && text.slice(i - 5, i).toLowerCase() === 'port ') continue;
      if (start > 0 && before === 91 && !isReplyBoundary(text.charCodeAt(start - 1))) continue;
    }
    REPLY_AT.lastIndex = i;
    const m = REPLY_AT.exec(text);
    if (m === null) continue;
    const enhancedClass = m[3];
    // "203.0.113.5" is an address, not code 203 + enhanced: the classes must agree.
    if (m[2] === '.' && enhancedClass === undefined) continue;
    if (enhancedClass !== undefined && enhancedClass !== m[1]![0]) continue;
    const found: ReplyStart = { start, end: i + m[0].length, code: m[1]! };
    return enhancedClass === undefined ? found : { ...found, enhanced: `${enhancedClass}.${m[4]!}.${m[5]!}` };
  }
  return undefined;
}
const ENHANCED_ANYWHERE = /(^|[\s:'"(#[<])([245])\.(\d{1,3})\.(\d{1,3})(?![.\d])/;

const STAGES: ReadonlyArray<readonly [RegExp, Stage]> = [
  [/after (?:pipelined )?rcpt to\b|\brejected rcpt\b/, 'rcpt-to'],
  [/after end of data|after sending data block|after (?:pipelined )?data\b(?!.*block)/, 'end-of-data'],
  [/after (?:pipelined )?mail from\b|\bsender verify fail/, 'mail-from'],
  [/after (?:ehlo|helo|starttls)\b|\brejected (?:ehlo|helo)\b/, 'helo'],
  [/after initial connection|\bconnection (?:refused|timed out)\b|after connect/, 'connect'],
  [/\br=(?:check_mail_permissions|enforce_mail_permissions)\b/, 'local'],
];

/**
 * Markers of the receiving (or filtering) provider, checked on the host
 * first, then the text. A marker must stand as a whole word (letters and
 * digits around it end the match), so "olive.com" is not Microsoft.
 */
const PROVIDER_MARKERS: ReadonlyArray<readonly [string, ProviderId]> = [
  ['gsmtp', 'google'],
  ['google.com', 'google'],
  ['googlemail.com', 'google'],
  ['gmail', 'google'],
  ['google', 'google'],
  ['outlook.com', 'microsoft'],
  ['protection.outlook', 'microsoft'],
  ['hotmail', 'microsoft'],
  ['live.com', 'microsoft'],
  ['msn.com', 'microsoft'],
  ['exchangelabs', 'microsoft'],
  ['office365', 'microsoft'],
  ['office 365', 'microsoft'],
  ['yahoo', 'yahoo'],
  ['yahoodns', 'yahoo'],
  ['aol.com', 'yahoo'],
  ['icloud.com', 'apple'],
  ['apple.com', 'apple'],
  ['me.com', 'apple'],
  ['kpnmail', 'kpn'],
  ['kpn.com', 'kpn'],
  ['planet.nl', 'kpn'],
  ['xs4all', 'kpn'],
  ['telfort', 'kpn'],
  ['hetnet.nl', 'kpn'],
  ['ziggo', 'ziggo'],
  ['upcmail', 'ziggo'],
  ['chello', 'ziggo'],
  ['strato', 'strato'],
  ['rzone.de', 'strato'],
  ['antispamcloud', 'spamexperts'],
  ['spamexperts', 'spamexperts'],
  ['mimecast', 'mimecast'],
  ['pphosted', 'proofpoint'],
  ['proofpoint', 'proofpoint'],
  ['_dc-mx.', 'cloudflare'],
  ['cloudflare', 'cloudflare'],
];

const PROVIDER_INDEX = new PhraseIndex(PROVIDER_MARKERS.map(([marker]) => marker));

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** The provider whose marker occurs first as a whole word, if any. */
function providerIn(text: string): ProviderId | undefined {
  let best: { at: number; provider: ProviderId } | undefined;
  for (const hit of PROVIDER_INDEX.search(text)) {
    const [marker, provider] = PROVIDER_MARKERS[hit]!;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      const before = at === 0 ? 32 : text.charCodeAt(at - 1);
      const after = at + marker.length >= text.length ? 32 : text.charCodeAt(at + marker.length);
      // "yahoo" also names yahoodns and yahoo.co.jp: only its start must be a word start.
      const endOk = marker === 'yahoo' || marker.endsWith('.') || !isWordChar(after);
      if (!isWordChar(before) && endOk) {
        if (best === undefined || at < best.at) best = { at, provider };
        break;
      }
    }
  }
  return best?.provider;
}

const BOUNCE_HOST = /\bhost ([a-z0-9][a-z0-9.-]*\.[a-z]{2,}) \[([0-9a-f:.]+)\]/i;

/** Anything other than printable text and single spaces: control characters, other white space, bidi controls. */
// eslint-disable-next-line no-control-regex
const UNTIDY_CHAR = /[\u0000-\u001f\u007f-\u00a0\u1680-\uffff]/;

/**
 * Decides whether the slow clean-up is needed: most lines are printable
 * ASCII, single-spaced and trimmed. Native searches (`includes`, one
 * character class) read a line several times faster than a loop over its
 * character codes.
 */
function isTidy(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return false;
  return !text.includes('  ') && !UNTIDY_CHAR.test(text);
}

export function normaliseText(input: string): string {
  if (isTidy(input)) return input;
  return input.replace(CONTROL, ' ').replace(SPACES, ' ').trim();
}

const CONTINUATIONS = new Map<string, RegExp>();

function continuationPattern(code: string): RegExp {
  let pattern = CONTINUATIONS.get(code);
  if (pattern === undefined) {
    // The same code followed by "-", "." or " " (and optionally an enhanced code) at a word start.
    pattern = new RegExp(`(^|\\s)${code}[-. ](?:[245]\\.\\d{1,3}\\.\\d{1,3}(?![.\\d]) ?)?`, 'g');
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
  const { code, enhanced } = first;
  const before = text.slice(0, first.start);
  let after = text.slice(first.end);
  // Continuations, and "550-550 relay …" where the prefix is repeated right after itself.
  let joined: string;
  if (after.includes(code)) {
    after = after.replace(continuationPattern(code), '$1');
    joined = `${before}${after}`.replace(SPACES, ' ').trim();
  } else {
    // The input was normalised already; only the seam can hold a doubled or trailing space.
    joined = before.endsWith(' ') && after.startsWith(' ') ? `${before}${after.slice(1)}` : `${before}${after}`;
    if (joined.endsWith(' ') || joined.startsWith(' ')) joined = joined.trim();
  }
  const result: CodeFind = { code: Number(code), text: joined };
  if (enhanced !== undefined) result.enhanced = enhanced;
  return result;
}

/** One alternation per table, so a line is scanned once; the capture group tells which row matched. */
function combine<T>(rows: ReadonlyArray<readonly [RegExp, T]>): { pattern: RegExp; values: readonly T[] } {
  return { pattern: new RegExp(rows.map(([p]) => `(${p.source})`).join('|')), values: rows.map(([, v]) => v) };
}

function firstRow<T>(table: { pattern: RegExp; values: readonly T[] }, text: string): T | undefined {
  const m = table.pattern.exec(text);
  if (m === null) return undefined;
  // Rows are wrapped in one group each; inner groups are non-capturing, so group i+1 is row i.
  for (let i = 0; i < table.values.length; i += 1) if (m[i + 1] !== undefined) return table.values[i];
  return undefined;
}

const STAGE_TABLE = combine(STAGES);
/** Every stage pattern contains one of these; most lines contain none, and indexOf is far cheaper than the regex. */
const STAGE_HINTS = ['after ', 'rejected', 'connection', 'r=', 'sender verify'];

function detectStage(folded: string): Stage | undefined {
  if (!STAGE_HINTS.some((hint) => folded.includes(hint))) return undefined;
  return firstRow(STAGE_TABLE, folded);
}

export function detectProvider(host: string | undefined, folded: string): ProviderId | undefined {
  if (host !== undefined) {
    const fromHost = providerIn(host.toLowerCase());
    if (fromHost !== undefined) return fromHost;
  }
  return providerIn(folded);
}

/**
 * The parsed reply. Stage and provider are worked out on first use: the
 * matcher needs them only for the few rules that name a stage or provider,
 * and most lines are classified without either.
 */
class Reply implements ParsedReply {
  readonly code?: number;
  readonly enhanced?: string;
  readonly remoteHost?: string;
  readonly remoteIp?: string;
  readonly log?: EximLogLine;
  private stageCache: Stage | null | undefined;
  private providerCache: ProviderId | null | undefined;

  constructor(
    readonly raw: string,
    readonly text: string,
    readonly folded: string,
    found: CodeFind,
    log: EximLogLine | undefined,
    remoteHost: string | undefined,
    remoteIp: string | undefined,
  ) {
    if (found.code !== undefined) this.code = found.code;
    if (found.enhanced !== undefined) this.enhanced = found.enhanced;
    if (remoteHost !== undefined) this.remoteHost = remoteHost;
    if (remoteIp !== undefined) this.remoteIp = remoteIp;
    if (log !== undefined) this.log = log;
  }

  get stage(): Stage | undefined {
    if (this.stageCache === undefined) this.stageCache = detectStage(this.folded) ?? null;
    return this.stageCache ?? undefined;
  }

  get provider(): ProviderId | undefined {
    if (this.providerCache === undefined) this.providerCache = detectProvider(this.remoteHost, this.folded) ?? null;
    return this.providerCache ?? undefined;
  }

  /** Plain data, with the lazily found fields, for JSON and for comparisons. */
  toJSON(): ParsedReply {
    const { stage, provider } = this;
    return {
      raw: this.raw,
      text: this.text,
      folded: this.folded,
      ...(this.code === undefined ? {} : { code: this.code }),
      ...(this.enhanced === undefined ? {} : { enhanced: this.enhanced }),
      ...(stage === undefined ? {} : { stage }),
      ...(this.remoteHost === undefined ? {} : { remoteHost: this.remoteHost }),
      ...(this.remoteIp === undefined ? {} : { remoteIp: this.remoteIp }),
      ...(provider === undefined ? {} : { provider }),
      ...(this.log === undefined ? {} : { log: this.log }),
    };
  }
}

export function parseReply(input: string): ParsedReply {
  const clean = normaliseText(input);
  // A line that does not start like a log line fails the first pattern at once.
  const log = parseEximLogLine(clean);
  // For a log line the codes live in the message part; the fields stay in the matched text.
  const region = log?.message ?? (log === undefined ? clean : '');
  const found = foldReplyPrefixes(region);
  let text: string;
  if (log === undefined) text = found.text;
  else if (log.message === undefined) text = log.body;
  else text = `${log.body.slice(0, log.body.length - log.message.length)}${found.text}`.trim();
  const bounceHost = log === undefined && clean.includes('host ') ? BOUNCE_HOST.exec(clean) : null;
  return new Reply(input, text, text.toLowerCase(), found, log, log?.host ?? bounceHost?.[1], log?.hostIp ?? bounceHost?.[2]);
}
