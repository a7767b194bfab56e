/**
 * Turns any delivery text — a bare SMTP reply, a multi-line reply pasted as
 * one line, a Track Delivery message, an Exim main-log line, a bounce's
 * Diagnostic-Code — into its parts: reply code, enhanced status code, the
 * reply text with continuation prefixes folded away, where in the dialogue it
 * failed and which remote host said it. Pure and total: never throws.
 */
import type { ProviderId, Stage } from '../kb/types';
import { parseEximLogLine, readEximHost, readEximLogHead, type EximEvent, type EximLogHead, type EximLogLine } from './exim-log';
import { detectProvider, detectStage, findMarkers, type FoundMarkers } from './reply-markers';

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
  /** The log line's event (as `log.event`), without parsing all its fields. */
  readonly logEvent?: EximEvent;
}

// Control characters other than tab/newline become spaces; a lone surrogate or
// replacement character is kept (it is text the person may want to see).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * White space that is not already a single space: a run, or one tab or
 * newline. Replacing only these leaves the ordinary spaces alone, which is
 * many times cheaper than rewriting every space of a long reply.
 */
const UNTIDY_SPACE = /\s{2,}|[^\S ]/g;
/** After a prefix is cut out of normalised text, only doubled spaces can remain. */
const DOUBLED_SPACE = / {2,}/g;

/**
 * A reply prefix: the basic code, then "-" (continuation), " ", or "." (a
 * receiver that writes "550.5.7.26"), then optionally the enhanced code.
 * It must stand where a reply starts: at the beginning, after a colon, quote,
 * bracket or space — never inside a word or an IP address. One native
 * search finds each candidate with all its parts; `findReplyStart` judges it.
 * Groups: 1 the character before, 2 the code, 3 the separator, 4–6 the
 * enhanced code's class, subject and detail.
 */
const REPLY_PREFIX = /(^|[ :'"([])\[?([2-5][0-5]\d)\]?(?:([-. ])(?:([245])\.(\d{1,3})\.(\d{1,3})(?![.\d]))?|$)/g;

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
const ENHANCED_ANYWHERE = /(^|[\s:'"(#[<])([245])\.(\d{1,3})\.(\d{1,3})(?![.\d])/;

const BOUNCE_HOST = /\bhost ([a-z0-9][a-z0-9.-]*\.[a-z]{2,}) \[([0-9a-f:.]+)\]/i;

/** Anything other than printable text and single spaces: control characters, other white space, bidi controls. */
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
  return input.replace(CONTROL, ' ').replace(UNTIDY_SPACE, ' ').trim();
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

/** Who answered: the log line's H= field or a bounce's "host … […]". */
type RemoteHost = Pick<EximLogLine, 'host' | 'hostIp'>;

/**
 * The parsed reply. Stage and provider are worked out on first use: the
 * matcher needs them only for the few rules that name a stage or provider,
 * and most lines are classified without either. Both start from which
 * markers the text holds; the classifier's own scan can supply those
 * (`noteMarkers`), otherwise the text is scanned for them here.
 *
 * The same goes for an Exim log line's fields and the remote host: reading
 * them takes several searches of the line, and classification needs only
 * the line's event and message, so they are parsed when first asked for.
 */
class Reply implements ParsedReply {
  readonly code?: number;
  readonly enhanced?: string;
  private stageCache: Stage | null | undefined;
  private providerCache: ProviderId | null | undefined;
  private markers: FoundMarkers | undefined;
  private logCache: EximLogLine | undefined;
  private hostCache: RemoteHost | undefined;

  constructor(
    readonly raw: string,
    /** The normalised input: what the log line and the host are read from. */
    private readonly clean: string,
    readonly text: string,
    readonly folded: string,
    found: CodeFind,
    /** Set when the input is an Exim main-log line. */
    private readonly logHead: EximLogHead | undefined,
  ) {
    if (found.code !== undefined) this.code = found.code;
    if (found.enhanced !== undefined) this.enhanced = found.enhanced;
  }

  get log(): EximLogLine | undefined {
    if (this.logHead === undefined) return undefined;
    this.logCache ??= parseEximLogLine(this.clean);
    return this.logCache;
  }

  get logEvent(): EximEvent | undefined {
    return this.logHead?.event;
  }

  /**
   * The remote host: a log line's H= field (read alone, not the whole line), or
   * a bounce's "host mx.example.net [192.0.2.1]".
   */
  private host(): RemoteHost {
    if (this.hostCache === undefined) {
      if (this.logHead !== undefined) this.hostCache = this.logCache ?? readEximHost(this.logHead.body);
      else {
        const m = this.clean.includes('host ') ? BOUNCE_HOST.exec(this.clean) : null;
        this.hostCache = m === null ? {} : { host: m[1]!, hostIp: m[2]! };
      }
    }
    return this.hostCache;
  }

  get remoteHost(): string | undefined {
    return this.host().host;
  }

  get remoteIp(): string | undefined {
    return this.host().hostIp;
  }

  /** Which of `REPLY_MARKERS` occur in `folded`, found by a scan of the same text. */
  noteMarkers(found: FoundMarkers): void {
    this.markers = found;
  }

  private foundMarkers(): FoundMarkers {
    this.markers ??= findMarkers(this.folded);
    return this.markers;
  }

  get stage(): Stage | undefined {
    if (this.stageCache === undefined) this.stageCache = detectStage(this.folded, this.foundMarkers()) ?? null;
    return this.stageCache ?? undefined;
  }

  get provider(): ProviderId | undefined {
    if (this.providerCache === undefined) this.providerCache = detectProvider(this.remoteHost, this.folded, this.foundMarkers()) ?? null;
    return this.providerCache ?? undefined;
  }

  /** Plain data, with the lazily found fields, for JSON and for comparisons. */
  toJSON(): ParsedReply {
    const { stage, provider, remoteHost, remoteIp, log } = this;
    return {
      raw: this.raw,
      text: this.text,
      folded: this.folded,
      ...(this.code === undefined ? {} : { code: this.code }),
      ...(this.enhanced === undefined ? {} : { enhanced: this.enhanced }),
      ...(stage === undefined ? {} : { stage }),
      ...(remoteHost === undefined ? {} : { remoteHost }),
      ...(remoteIp === undefined ? {} : { remoteIp }),
      ...(provider === undefined ? {} : { provider }),
      ...(log === undefined ? {} : { log }),
    };
  }
}

/**
 * Hands a reply the markers a scan of its `folded` text found (indexes into
 * `REPLY_MARKERS`), so it need not scan again. Replies not made by
 * `parseReply` keep whatever stage and provider they carry.
 */
export function noteMarkers(reply: ParsedReply, found: FoundMarkers): void {
  if (reply instanceof Reply) reply.noteMarkers(found);
}

export function parseReply(input: string): ParsedReply {
  const clean = normaliseText(input);
  // A line that does not start like a log line fails the first pattern at once.
  const head = readEximLogHead(clean);
  // For a log line the codes live in the message part; the fields stay in the matched text.
  const region = head?.message ?? (head === undefined ? clean : '');
  const found = foldReplyPrefixes(region);
  let text: string;
  if (head === undefined) text = found.text;
  else if (head.message === undefined) text = head.body;
  else text = `${head.body.slice(0, head.body.length - head.message.length)}${found.text}`.trim();
  return new Reply(input, clean, text, text.toLowerCase(), found, head);
}
