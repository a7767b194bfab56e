/**
 * Turns any delivery text — a bare SMTP reply, a multi-line reply pasted as
 * one line, a Track Delivery message, an Exim main-log line, a bounce's
 * Diagnostic-Code — into its parts: reply code, enhanced status code, the
 * reply text with continuation prefixes folded away, where in the dialogue it
 * failed and which remote host said it. Pure and total: never throws.
 */
import type { ProviderId, Stage } from '../kb/types';
import { looksLikeEximLogLine, parseEximLogLine, type EximLogLine } from './exim-log';

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
const REPLY_START = /(^|[\s:'"([])\[?([2-5]\d\d)\]?(?:([-. ])(?:([245])\.(\d{1,3})\.(\d{1,3})(?![.\d]))?|(?=$))/g;
const ENHANCED_ANYWHERE = /(^|[\s:'"(#[<])([245])\.(\d{1,3})\.(\d{1,3})(?![.\d])/;

const STAGES: ReadonlyArray<readonly [RegExp, Stage]> = [
  [/after (?:pipelined )?rcpt to\b|\brejected rcpt\b/, 'rcpt-to'],
  [/after end of data|after sending data block|after (?:pipelined )?data\b(?!.*block)/, 'end-of-data'],
  [/after (?:pipelined )?mail from\b|\bsender verify fail/, 'mail-from'],
  [/after (?:ehlo|helo|starttls)\b|\brejected (?:ehlo|helo)\b/, 'helo'],
  [/after initial connection|\bconnection (?:refused|timed out)\b|after connect/, 'connect'],
  [/\br=(?:check_mail_permissions|enforce_mail_permissions)\b/, 'local'],
];

/** Markers of the receiving (or filtering) provider, checked on the host first, then the text. */
const PROVIDERS: ReadonlyArray<readonly [RegExp, ProviderId]> = [
  [/gsmtp\b|\bgoogle\.com\b|\bgooglemail\.com\b|\bgmail\b|\bgoogle\b/, 'google'],
  [/\boutlook\.com\b|protection\.outlook|\bhotmail\b|\blive\.com\b|\bmsn\.com\b|\bexchangelabs\b|\boffice ?365\b/, 'microsoft'],
  [/\byahoo|\byahoodns\b|\baol\.com\b/, 'yahoo'],
  [/\bicloud\.com\b|\bapple\.com\b|\bme\.com\b/, 'apple'],
  [/\bkpnmail\b|\bkpn\.com\b|\bplanet\.nl\b|\bxs4all\b|\btelfort\b|\bhetnet\.nl\b/, 'kpn'],
  [/\bziggo\b|\bupcmail\b|\bchello\b/, 'ziggo'],
  [/\bstrato\b|\brzone\.de\b/, 'strato'],
  [/\bantispamcloud\b|\bspamexperts\b/, 'spamexperts'],
  [/\bmimecast\b/, 'mimecast'],
  [/\bpphosted\b|\bproofpoint\b/, 'proofpoint'],
  [/_dc-mx\.|\bcloudflare\b/, 'cloudflare'],
];

const BOUNCE_HOST = /\bhost ([a-z0-9][a-z0-9.-]*\.[a-z]{2,}) \[([0-9a-f:.]+)\]/i;

export function normaliseText(input: string): string {
  return input.replace(CONTROL, ' ').replace(SPACES, ' ').trim();
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
  REPLY_START.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  for (let m = REPLY_START.exec(text); m !== null; m = REPLY_START.exec(text)) {
    const codeClass = m[2]![0];
    const enhancedClass = m[4];
    const separator = m[3];
    // "203.0.113.5" is an address, not code 203 + enhanced: the classes must agree.
    if (separator === '.' && enhancedClass === undefined) continue;
    if (enhancedClass !== undefined && enhancedClass !== codeClass) continue;
    first = m;
    break;
  }
  if (first === null) {
    const enhanced = ENHANCED_ANYWHERE.exec(text);
    if (enhanced === null) return { text };
    const code = `${enhanced[2]!}.${enhanced[3]!}.${enhanced[4]!}`;
    // A leading "5.1.0 Address rejected" is a prefix; "(#5.4.4)" in the middle stays in the text.
    if (enhanced.index === 0) return { enhanced: code, text: text.slice(enhanced[0].length).trim() };
    return { enhanced: code, text };
  }
  const code = first[2]!;
  const enhanced = first[4] === undefined ? undefined : `${first[4]}.${first[5]!}.${first[6]!}`;
  const start = first.index + first[1]!.length;
  const before = text.slice(0, start);
  let after = text.slice(first.index + first[0].length);
  // Continuations: the same code followed by "-" or " " (and optionally an enhanced code) at a word start.
  const continuation = new RegExp(`(^|\\s)${code}[-. ](?:[245]\\.\\d{1,3}\\.\\d{1,3}(?![.\\d]) ?)?`, 'g');
  after = after.replace(continuation, '$1');
  // "550-550 relay …": the prefix repeated right after itself.
  const folded = `${before}${after}`.replace(SPACES, ' ').trim();
  return { code: Number(code), ...(enhanced === undefined ? {} : { enhanced }), text: folded };
}

function detectStage(folded: string): Stage | undefined {
  for (const [pattern, stage] of STAGES) if (pattern.test(folded)) return stage;
  return undefined;
}

export function detectProvider(host: string | undefined, folded: string): ProviderId | undefined {
  if (host !== undefined) {
    const lowered = host.toLowerCase();
    for (const [pattern, provider] of PROVIDERS) if (pattern.test(lowered)) return provider;
  }
  for (const [pattern, provider] of PROVIDERS) if (pattern.test(folded)) return provider;
  return undefined;
}

export function parseReply(input: string): ParsedReply {
  const raw = input;
  const clean = normaliseText(input);
  const log = looksLikeEximLogLine(clean) ? parseEximLogLine(clean) : undefined;
  // For a log line the codes live in the message part; the fields stay in the matched text.
  const region = log?.message ?? (log === undefined ? clean : '');
  const found = foldReplyPrefixes(region);
  let text: string;
  if (log === undefined) text = found.text;
  else if (log.message === undefined) text = log.body;
  else text = `${log.body.slice(0, log.body.length - log.message.length)}${found.text}`.trim();
  const folded = text.toLowerCase();

  const bounceHost = log === undefined ? BOUNCE_HOST.exec(clean) : null;
  const remoteHost = log?.host ?? bounceHost?.[1];
  const remoteIp = log?.hostIp ?? bounceHost?.[2];
  const stage = detectStage(folded);
  const provider = detectProvider(remoteHost, folded);
  return {
    raw,
    text,
    folded,
    ...(found.code === undefined ? {} : { code: found.code }),
    ...(found.enhanced === undefined ? {} : { enhanced: found.enhanced }),
    ...(stage === undefined ? {} : { stage }),
    ...(remoteHost === undefined ? {} : { remoteHost }),
    ...(remoteIp === undefined ? {} : { remoteIp }),
    ...(provider === undefined ? {} : { provider }),
    ...(log === undefined ? {} : { log }),
  };
}
