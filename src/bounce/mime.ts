/**
 * The MIME layer of the bounce reader: postal-mime takes the message apart
 * (multiparts, quoted-printable, base64, RFC 2047 words, charsets); this file
 * only sorts its parts into what a bounce reader needs — the readable text,
 * the machine-readable reports, the returned message's header block — and
 * holds the limits that keep hostile input bounded.
 */
import PostalMime from 'postal-mime';
import { plainParts, type ParsedMail, type PartlyParsedMail } from './plain-parts';
import { restoreBlankLinesIn } from './lost-blank-lines';

/** Bytes of one message that are read; the rest of a larger message is ignored (a bounce's report is at its start). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
/** Characters of readable text kept: far more than any bounce explanation needs. */
const MAX_TEXT_CHARS = 256 * 1024;
/** A returned message's header block is cut here. */
const MAX_HEADER_BLOCK = 64 * 1024;

const LIMITS = {
  forceRfc822Attachments: true,
  // Attachments as text: only report parts and header blocks are read, and text skips postal-mime's Blob-to-ArrayBuffer copies.
  attachmentEncoding: 'utf8',
  maxNestingDepth: 40,
  maxPartCount: 2000,
  maxHeadersSize: 2 * 1024 * 1024,
  maxRfc822NestingDepth: 0,
} as const;

export interface MimeMessage {
  /** Top-level header fields, lower-case names, unfolded values, in order. */
  readonly headers: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly subject: string;
  readonly from: string;
  readonly to: readonly string[];
  /** The top-level Content-Type value, lower case (without parameters' case changes). */
  readonly contentType: string;
  /** The readable text: plain parts, or the HTML parts as text where no plain text says anything. */
  readonly text: string;
  /** Bodies of message/delivery-status (and message/global-delivery-status) parts. */
  readonly deliveryStatus: readonly string[];
  /** Bodies of message/feedback-report parts (RFC 5965). */
  readonly feedbackReports: readonly string[];
  /** Bodies of message/disposition-notification parts (RFC 8098; a Sieve "reject" is one, RFC 5429). */
  readonly dispositionNotifications: readonly string[];
  /** The header block of the returned message (message/rfc822 or text/rfc822-headers), if any. */
  readonly returnedHeaders?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: false });
const LATIN1 = new TextDecoder('latin1');

function bytesToText(content: ArrayBuffer | Uint8Array | string, max: number): string {
  if (typeof content === 'string') return content.slice(0, max);
  const view = content instanceof Uint8Array ? content : new Uint8Array(content);
  return UTF8.decode(view.subarray(0, max));
}

/** The header block of a message: everything before the first empty line. */
export function headerBlock(text: string): string {
  const cut = text.slice(0, MAX_HEADER_BLOCK);
  const m = /\r?\n\r?\n/.exec(cut);
  return m === null ? cut : cut.slice(0, m.index);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML to plain lines: enough for the words of an NDR, not a renderer. */
function htmlToText(html: string): string {
  return html
    .slice(0, MAX_TEXT_CHARS)
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|p|div|tr|li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Math.min(parseInt(name.slice(2), 16), 0x10ffff));
      if (name.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(name.slice(1), 10), 0x10ffff));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n\n');
}

function addressList(list: readonly PostalMime.Address[] | undefined): string[] {
  const out: string[] = [];
  for (const a of list ?? []) {
    if (a.address !== undefined) out.push(a.address);
    else for (const m of a.group ?? []) out.push(m.address);
  }
  return out;
}

/**
 * Words beyond a greeting: a plain part of fewer than 40 characters besides
 * white space is a stub ("see the HTML part"). Found by a match that stops at
 * the 40th, instead of stripping the white space from the whole text.
 */
const MEANINGFUL_TEXT = /(?:\S\s*){40}/;

export class MimeError extends Error {}

/** Offset of the body: after the first empty line. */
function bodyOffset(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, MAX_HEADER_BLOCK * 4);
  for (let i = 0; i + 1 < limit; i += 1) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** The first delimiter line the body really uses ("--something"), for a multipart whose declared boundary is not in it. */
const DELIMITER_LINE = /^--([^\s-][^\s]{0,69}|-[^\s]{1,69})[ \t]*\r?$/m;

/**
 * A multipart message whose parts could not be found (the declared
 * boundary never occurs, or the boundary parameter was lost to bad folding):
 * reparse the body with the delimiter it actually uses, or, when it uses
 * none, read the body as one plain text.
 */
async function reparseBrokenMultipart(input: Uint8Array, email: ParsedMail): Promise<ParsedMail> {
  const at = bodyOffset(input);
  if (at < 0) return email;
  const body = input.subarray(at);
  const head = LATIN1.decode(body.subarray(0, 64 * 1024));
  const delimiter = DELIMITER_LINE.exec(head);
  if (delimiter !== null) {
    const prefix = new TextEncoder().encode(`Content-Type: multipart/mixed; boundary="${delimiter[1]!.replace(/[\\"]/g, '')}"\r\n\r\n`);
    const rebuilt = new Uint8Array(prefix.length + body.length);
    rebuilt.set(prefix);
    rebuilt.set(body, prefix.length);
    const parts = await PostalMime.parse(rebuilt, LIMITS);
    if ((parts.text ?? '').trim() !== '' || parts.attachments.length > 0) return { ...email, text: parts.text ?? '', attachments: parts.attachments, ...(parts.html === undefined ? {} : { html: parts.html }) };
  }
  return { ...email, text: UTF8.decode(body.subarray(0, MAX_TEXT_CHARS)) };
}

/** Text of a message that is valid UTF-8 (US-ASCII included) throughout, else undefined. */
function utf8Text(bytes: Uint8Array): string | undefined {
  const text = UTF8.decode(bytes);
  return text.includes('\uFFFD') ? undefined : text;
}

/**
 * The message without the blank lines before its first header field: a
 * message pasted or saved by hand often starts with some, and an empty line
 * would end the header block before it began.
 */
function withoutLeadingBlankLines(bytes: Uint8Array): Uint8Array {
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b === 0x0a) lineStart = i + 1;
    else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return lineStart === 0 ? bytes : bytes.subarray(lineStart);
  }
  return bytes;
}

/**
 * A message cut at its boundaries whose one text part needs decoding: that
 * part alone goes through postal-mime (a few kilobytes instead of the whole
 * message with its returned original), and its text, HTML and any
 * attachments take the part's place.
 */
async function withTextPart(mail: PartlyParsedMail): Promise<ParsedMail> {
  if (mail.textPart === undefined) return mail;
  const part = await PostalMime.parse(mail.textPart.wrapped, LIMITS);
  const { at } = mail.textPart;
  return {
    headers: mail.headers,
    ...(mail.subject === undefined ? {} : { subject: mail.subject }),
    ...(mail.from === undefined ? {} : { from: mail.from }),
    ...(mail.to === undefined ? {} : { to: mail.to }),
    ...(part.text === undefined ? {} : { text: part.text }),
    ...(part.html === undefined ? {} : { html: part.html }),
    attachments: [...mail.attachments.slice(0, at), ...part.attachments, ...mail.attachments.slice(at)],
  };
}

/** `plainPath: false` always uses postal-mime (the tests compare the two paths). */
export async function parseMime(bytes: Uint8Array, options: { readonly plainPath?: boolean } = {}): Promise<MimeMessage> {
  const given = withoutLeadingBlankLines(bytes.length > MAX_MESSAGE_BYTES ? bytes.subarray(0, MAX_MESSAGE_BYTES) : bytes);
  // A paste that lost its empty lines gets them back where its header blocks end.
  const input = restoreBlankLinesIn(given) ?? given;
  let email: ParsedMail;
  try {
    const text = options.plainPath === false ? undefined : utf8Text(input);
    const cheap = text === undefined ? undefined : plainParts(text, { oneTextPart: true });
    email = cheap === undefined ? await PostalMime.parse(input, LIMITS) : await withTextPart(cheap);
    const declared = email.headers.find((h) => h.key === 'content-type')?.value.toLowerCase() ?? '';
    if (declared.startsWith('multipart/') && (email.text ?? '').trim() === '' && email.html === undefined && email.attachments.length === 0) email = await reparseBrokenMultipart(input, email);
  } catch (error) {
    throw new MimeError(`the message could not be parsed as MIME: ${error instanceof Error ? error.message : String(error)}`);
  }
  const deliveryStatus: string[] = [];
  const feedbackReports: string[] = [];
  const dispositionNotifications: string[] = [];
  const extraText: string[] = [];
  let returnedHeaders: string | undefined;
  for (const part of email.attachments) {
    const type = part.mimeType;
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status' || type === 'text/delivery-status') {
      deliveryStatus.push(bytesToText(part.content, MAX_TEXT_CHARS));
    } else if (type === 'message/feedback-report') {
      feedbackReports.push(bytesToText(part.content, MAX_TEXT_CHARS));
    } else if (type === 'message/disposition-notification' || type === 'message/global-disposition-notification') {
      dispositionNotifications.push(bytesToText(part.content, MAX_TEXT_CHARS));
    } else if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type === 'message/global' || type === 'message/global-headers' || type === 'message/rfc822-headers') {
      returnedHeaders ??= headerBlock(bytesToText(part.content, MAX_HEADER_BLOCK));
    } else if (/^text\/plain\b/.test(type) && extraText.length < 8) {
      // Also a "text/plain" whose parameters lost their ";" to bad folding.
      extraText.push(bytesToText(part.content, MAX_TEXT_CHARS));
    }
  }
  let text = email.text ?? '';
  if (email.html !== undefined && (!text.includes('@') || !MEANINGFUL_TEXT.test(text))) text = `${text}\n${htmlToText(email.html)}`;
  if (extraText.length > 0) text = `${text}\n${extraText.join('\n')}`;
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value.toLowerCase() ?? '';
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    subject: email.subject ?? '',
    // A From without a domain ("mailer-daemon") is kept as written.
    from: addressList(email.from === undefined ? undefined : [email.from]).find((a) => a !== '') ?? (email.headers.find((h) => h.key === 'from')?.value.trim() ?? ''),
    to: addressList(email.to),
    contentType,
    text: text.slice(0, MAX_TEXT_CHARS),
    deliveryStatus,
    feedbackReports,
    dispositionNotifications,
    ...(returnedHeaders === undefined ? {} : { returnedHeaders }),
  };
}

/**
 * A text without header fields, read as the body of a message: what a person
 * copies out of a bounce in a mail program is its body alone. UTF-8 when it is
 * valid UTF-8, else Latin-1 (every byte a character), never more than the
 * readable-text limit.
 */
export function bodyOnlyMessage(bytes: Uint8Array): MimeMessage {
  const cut = withoutLeadingBlankLines(bytes.subarray(0, MAX_TEXT_CHARS * 4));
  const text = (utf8Text(cut) ?? LATIN1.decode(cut)).slice(0, MAX_TEXT_CHARS);
  return { headers: [], subject: '', from: '', to: [], contentType: '', text, deliveryStatus: [], feedbackReports: [], dispositionNotifications: [] };
}

export const decodeWords: (text: string) => string = PostalMime.decodeWords;
