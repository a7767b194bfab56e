/**
 * Bounces written for people rather than machines (Exim, qmail, Courier,
 * Exchange, Notes, Gmail, Yahoo, mail.ru …): where the readable report ends
 * and the returned message begins, which addresses it names as failed, and
 * the lines it says about each of them. The patterns are about how bounce
 * texts are laid out, not about any one MTA's wording.
 */
import { escapeLiteral } from '../text/regex-source';
import { ADDRESS_SOURCE, isRoleAddress, isSystemAddress, normaliseAddress } from './addresses';

/** Lines that introduce the returned message (or its headers) in the many wordings MTAs use. */
const RETURNED_MESSAGE_MARKERS = [
  /^-+ ?This is a copy of the message/im,
  /^-+ ?Below this line is a copy of the message/im,
  /^-+ ?(?:Original|Returned|Undelivered|Forwarded) message/im,
  /^-+ ?The (?:header|headers|body|text) of the original message/im,
  /^-+ ?Original message (?:follows|headers)/im,
  /^Original message headers:/im,
  /^-+ ?Message header follows/im,
  /^-+ ?(?:Returned|Unsent|Original) (?:mail|message) ?-*$/im,
  /^-+ ?Start of (?:returned|original) message/im,
  /^-+ ?(?:The )?original message (?:was|is) (?:included|attached)/im,
  /^Content-Type: message\/rfc822/im,
  /^-+ ?Returned Message ?-+/im,
  /^(?:-+ ?)?(?:The )?(?:original )?message headers? follows?\.?/im,
];

/** All markers in one scan (global, so the search can start after the first character). */
const ANY_RETURNED_MESSAGE_MARKER = new RegExp(RETURNED_MESSAGE_MARKERS.map((m) => `(?:${m.source})`).join('|'), 'gim');

/**
 * The start of an RFC 5322 header block pasted into the body: a Received/Return-Path line, then more header lines
 * (a folded line, or another field within a few lines: a copy that lost the folded lines' indentation).
 */
const PASTED_HEADERS = /^(?:Return-Path|Received|DKIM-Signature|X-Received|Delivered-To)[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n|(?:[^\n]*\n){0,3}?[A-Za-z][A-Za-z0-9-]{0,60}[ \t]*:[^\n]*\n)/im;

/**
 * A bounce that a person forwarded: a mail program's "Forwarded message" line, then the forwarded message's header
 * lines with a From of the mail system (Gmail writes "---------- Forwarded message ---------" and "From: Mail Delivery
 * Subsystem <mailer-daemon@…>"). What comes after those lines is the bounce; the line is no start of a returned
 * message here, and the forwarded header's To is the person the bounce went to, not a failed address.
 */
const FORWARDED_BOUNCE =
  /^-+ ?(?:Forwarded message|Original Message) ?-*[ \t]*\r?\n(?:[ \t]*\r?\n)?(?:(?:Date|Subject|To|Cc|Sent)[ \t]*:[^\n]*\n)*From[ \t]*:[^\n]*\b(?:mailer-daemon|postmaster|mail delivery)[^\n]*\n(?:(?:Date|Subject|To|Cc|Sent|Reply-To)[ \t]*:[^\n]*\n)*/im;

/** The forward lines' words as mail programs capitalise them, found by plain searches before any pattern runs. */
const FORWARDED_WORDS = ['Forwarded message', 'Forwarded Message', 'Original Message', 'Original message', 'ORIGINAL MESSAGE', 'FORWARDED MESSAGE'];

/** The readable report: the text before the returned message. */
export function readablePart(whole: string): { readonly report: string; readonly returned?: string } {
  // Most texts hold no forwarded bounce: a plain search for the line rules them out before the whole pattern runs.
  const forwarded = FORWARDED_WORDS.some((w) => whole.includes(w)) ? FORWARDED_BOUNCE.exec(whole) : null;
  const text = forwarded === null ? whole : whole.slice(forwarded.index + forwarded[0].length);
  let cut = text.length;
  ANY_RETURNED_MESSAGE_MARKER.lastIndex = 1;
  const marker = ANY_RETURNED_MESSAGE_MARKER.exec(text);
  if (marker !== null) cut = marker.index;
  const pasted = PASTED_HEADERS.exec(text);
  if (pasted !== null && pasted.index > 0 && pasted.index < cut) cut = pasted.index;
  if (cut === text.length) return { report: text };
  const rest = text.slice(cut);
  const headersAt = /^(?:[A-Za-z][A-Za-z0-9-]{0,60}[ \t]*:)/m.exec(rest);
  return { report: text.slice(0, cut), ...(headersAt === null ? {} : { returned: rest.slice(headersAt.index) }) };
}

/**
 * An address standing at the start of a line (Exim, qmail, Postfix, Courier,
 * Notes, Exchange 2003 …), after a list mark ("*", "-", "> "), or after a
 * failure's reply code (Sendmail's "550 <a@b>... User unknown"). A 2xx reply
 * ("250 <a@b>, Sender ok" in a session transcript) accepted the address.
 */
const LINE_START_ADDRESS = new RegExp(String.raw`^[ \t]*(?:[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?)?(?:[*•>\-][ \t]*)?["'(]?<?(?:mailto:)?(${ADDRESS_SOURCE})(?:\*\*)?>?["')]?(?=[\s:;,<>([\]]|\.(?:\s|$|\.)|$)`);

/**
 * The line-start addresses of a report, in order. Only the lines that hold an
 * "@" are tried: most lines of a report hold none, and trying the pattern at
 * every line start of a long report was a tenth of the reader's time.
 */
function lineStartAddresses(report: string): Array<{ readonly address: string; readonly index: number }> {
  const out: Array<{ address: string; index: number }> = [];
  for (let at = report.indexOf('@'); at >= 0; ) {
    const start = report.lastIndexOf('\n', at) + 1;
    const newline = report.indexOf('\n', at);
    const end = newline < 0 ? report.length : newline;
    const m = LINE_START_ADDRESS.exec(report.slice(start, end));
    if (m !== null) out.push({ address: m[1]!, index: start + m.index });
    at = newline < 0 ? -1 : report.indexOf('@', newline);
  }
  return out;
}
/** An address after words that name it as the one that failed. */
const NAMED_ADDRESS = new RegExp(
  String.raw`(?:rcpt to:?|recipient(?: address)?:|recipients?:|original-recipient:|final-recipient:|to:|address:|user:|mailbox:|addressee:|destinataire\s?:|empfänger:|for)\s*(?:rfc822;\s*)?<?(${ADDRESS_SOURCE})>?`,
  'gi',
);
const ANY_ADDRESS = new RegExp(`<?(${ADDRESS_SOURCE})>?`, 'g');

interface AddressFind {
  readonly address: string;
  /** Offset of its first strong mention in the report. */
  readonly at: number;
}

/**
 * Addresses the report names as failed, in order of their first mention;
 * `exclude` holds the sender's and the system's addresses. `ownAddresses`
 * (the bounce's own To, part of `exclude`) are taken after all when one of
 * them is the only address standing at a line start: mail sent to oneself
 * bounces back to the failed address.
 */
export function failedAddresses(report: string, exclude: ReadonlySet<string>, ownAddresses: ReadonlySet<string> = new Set()): AddressFind[] {
  const atLineStarts = lineStartAddresses(report);
  const lineStarts = (): Iterable<{ readonly address: string; readonly index: number }> => atLineStarts;
  const matches = (pattern: RegExp) => (): Iterable<{ readonly address: string; readonly index: number }> =>
    [...report.matchAll(pattern)].map((m) => ({ address: m[1]!, index: m.index }));
  const notOwn = ownAddresses.size === 0 ? undefined : new Set([...exclude].filter((a) => !ownAddresses.has(a)));
  // Tried in order until one finds an address: the strongest mentions first, the bounce's own To and the role
  // addresses (root@, abuse@ …) only when nothing else is named.
  const passes: ReadonlyArray<{ readonly from: () => Iterable<{ readonly address: string; readonly index: number }>; readonly skipped: ReadonlySet<string>; readonly roles: boolean }> = [
    { from: lineStarts, skipped: exclude, roles: false },
    ...(notOwn === undefined ? [] : [{ from: lineStarts, skipped: notOwn, roles: false }]),
    { from: lineStarts, skipped: exclude, roles: true },
    { from: matches(NAMED_ADDRESS), skipped: exclude, roles: false },
    { from: matches(ANY_ADDRESS), skipped: exclude, roles: false },
    { from: matches(NAMED_ADDRESS), skipped: exclude, roles: true },
    { from: matches(ANY_ADDRESS), skipped: exclude, roles: true },
  ];
  for (const { from, skipped, roles } of passes) {
    const found = new Map<string, AddressFind>();
    for (const { address: raw, index } of from()) {
      const address = normaliseAddress(raw);
      const key = address.toLowerCase();
      if (skipped.has(key) || isSystemAddress(address) || (!roles && isRoleAddress(address)) || found.has(key)) continue;
      // "<id@host>" after Message-ID is an identifier, not a mailbox.
      const lineStart = report.lastIndexOf('\n', index) + 1;
      if (/^\s*(?:message-id|in-reply-to|references|from|sender|reply-to|return-path|x-[a-z-]+)\s*:/i.test(report.slice(lineStart, lineStart + 80))) continue;
      found.set(key, { address, at: index });
    }
    if (found.size > 0) return [...found.values()].sort((a, b) => a.at - b.at);
  }
  return [];
}

const GENERATED_FROM = /\(generated from /i;

/**
 * Exim lists the address that failed with, under it, the address it was made
 * from ("  b@example.net\n    (generated from a@example.org)": an alias or a
 * forwarder), while its delivery-status part gives that first address as the
 * Final-Recipient. The addresses made from `parent`, in the report's order.
 */
export function generatedFrom(report: string, parent: string): AddressFind[] {
  // Most reports have no such line: one cheap search spares building the pattern.
  if (!GENERATED_FROM.test(report)) return [];
  const pattern = new RegExp(String.raw`^[ \t]*<?(${ADDRESS_SOURCE})>?[ \t]*\r?\n[ \t]*\(generated from <?${escapeLiteral(parent)}>?\)`, 'gim');
  return [...report.matchAll(pattern)].map((m) => ({ address: normaliseAddress(m[1]!), at: m.index }));
}

/** Lines of an SMTP session transcript (Sendmail: "While talking to HOST:", ">>> RCPT To:<a>", "<<< 550 …"). */
const TRANSCRIPT_LINE = /^[ \t]*(?:>>>|<<<|while talking to )/i;

/**
 * Where a recipient's lines start: Sendmail prints the session transcript
 * that led to a recipient's result line just before it, so those lines are
 * the recipient's too (its stage and the server's own reply).
 */
function transcriptBefore(report: string, lineStart: number): number {
  let start = lineStart;
  for (let taken = 0; taken < 12 && start > 0; taken += 1) {
    const previous = report.lastIndexOf('\n', start - 2) + 1;
    const line = report.slice(previous, start);
    if (!TRANSCRIPT_LINE.test(line)) break;
    start = previous;
    // The session's first line: an earlier session is about other recipients.
    if (/^[ \t]*while talking to /i.test(line)) break;
  }
  return start;
}

/** Characters of a recipient's own lines kept for the diagnosis. */
const MAX_BLOCK = 1500;

/**
 * The lines a report says about one recipient: from its mention to the
 * next recipient's, stopping at an empty line once something beyond the
 * address has been said.
 */
export function recipientBlock(report: string, at: number, nextAt: number | undefined): string {
  const own = report.lastIndexOf('\n', at) + 1;
  const start = transcriptBefore(report, own);
  const end = Math.min(nextAt === undefined ? report.length : report.lastIndexOf('\n', nextAt) + 1 || nextAt, start + MAX_BLOCK * 2);
  const lines = report.slice(start, Math.max(end, start)).split(/\r?\n/);
  const kept: string[] = [];
  // Paragraphs after the first one that says something: the reason often follows the address's sentence.
  let breaksAfterSaying = 0;
  let said = false;
  let blank = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || /^(?:-{3,}|={3,}|\*{3,}|_{3,})/.test(trimmed)) {
      if (said && !blank) breaksAfterSaying += 1;
      blank = true;
      if (breaksAfterSaying >= 2) break;
      continue;
    }
    blank = false;
    // Sendmail's transcript starts each SMTP session with "While talking to HOST:": what follows is about the next recipients.
    if (kept.length > 0 && /^while talking to /i.test(trimmed)) break;
    kept.push(trimmed);
    if (kept.length > 1 || trimmed.replace(ANY_ADDRESS, '').replace(/[\s<>:;,.()"]/g, '').length > 3) said = true;
  }
  // A line that only repeats the address adds nothing to the server's words.
  if (kept.length > 1 && kept[0]!.replace(ANY_ADDRESS, '').replace(/[\s<>:;,.()"*-]/g, '').length <= 3) kept.shift();
  return kept.join('\n').slice(0, MAX_BLOCK);
}
