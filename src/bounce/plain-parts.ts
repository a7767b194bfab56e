/**
 * The cheap path of the MIME layer: most bounces are plain 7-bit text, or a
 * multipart/report whose parts need no decoding at all (RFC 3464 and RFC
 * 6522 reports are US-ASCII). For those, cutting the message at its
 * boundaries gives exactly what postal-mime would give, without its
 * per-part costs. Anything that needs decoding or interpretation — a
 * transfer encoding on a part it reads, a charset other than US-ASCII/UTF-8
 * (unless the part's text is all US-ASCII in an ASCII-compatible charset),
 * 8-bit header fields or encoded ones in a part, nested multiparts, HTML,
 * format=flowed, a boundary that is not found, a header line that is not a
 * field — returns undefined and the
 * message goes to postal-mime; only a report's one text part that needs
 * decoding can be left to postal-mime alone (`oneTextPart`).
 * `test/bounce/plain-parts.test.ts` holds the paths equal on every message
 * of the corpus they take.
 */
import PostalMime from 'postal-mime';

/** What the bounce reader takes from a parsed message (the shape of postal-mime's result it uses). */
export interface ParsedMail {
  readonly headers: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly subject?: string | undefined;
  readonly from?: PostalMime.Address | undefined;
  readonly to?: readonly PostalMime.Address[] | undefined;
  readonly text?: string | undefined;
  readonly html?: string | undefined;
  readonly attachments: ReadonlyArray<{ readonly mimeType: string; readonly content: ArrayBuffer | Uint8Array | string }>;
}

/** A field line as postal-mime accepts one: a name of visible ASCII without a colon or white space, then a colon. */
const FIELD_NAME = /^[!-9;-~]+:/;
const NON_ASCII_OR_NUL = /[^\x01-\x7f]/;
/** Part bodies read as they are: no transfer encoding to undo. */
const IDENTITY_ENCODING = /^(?:7bit|8bit|binary)?$/;
const PLAIN_CHARSET = /^(?:us-ascii|utf-8|utf8|ascii)?$/;
/**
 * Charsets that write US-ASCII as US-ASCII: a part in one of them whose text
 * is all US-ASCII (and, for ISO-2022-JP, has no escape sequence switching to
 * another set) decodes to the same text, so the declared name changes nothing.
 */
const ASCII_COMPATIBLE_CHARSET = /^(?:iso-8859-\d{1,2}|windows-125\d|cp125\d|iso-2022-jp|shift_jis|shift-jis|sjis|euc-jp|euc-kr|gb2312|gbk|big5|koi8-[ru])$/;
const ASCII_ONLY = /^[\x01-\x1a\x1c-\x7f]*$/;

/** Whether a part's body reads the same whatever its declared charset (one of the cheap ones, or an ASCII-compatible one on ASCII text). */
function readsAsDeclared(charset: string, body: string): boolean {
  return PLAIN_CHARSET.test(charset) || (ASCII_COMPATIBLE_CHARSET.test(charset) && ASCII_ONLY.test(body));
}
/** As many parts as the postal-mime limit in mime.ts allows. */
const MAX_PARTS = 2000;
const REPORT_TYPES = new Set([
  'message/delivery-status', 'message/global-delivery-status', 'text/delivery-status', 'message/feedback-report',
  'message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers', 'message/rfc822-headers',
]);

function splitHead(text: string): { head: string; body: string } | undefined {
  const m = /\r?\n\r?\n/.exec(text);
  if (m === null) return undefined;
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) };
}

/** Header fields as postal-mime gives them: name lower-cased, value unfolded and trimmed, an mbox "From " line kept as a field of its own. */
function fields(head: string): Array<{ key: string; value: string }> | undefined {
  const out: Array<{ key: string; value: string }> = [];
  const lines = head.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line === '') return undefined;
    if (line[0] === ' ' || line[0] === '\t') {
      const last = out[out.length - 1];
      if (last === undefined) return undefined;
      last.value += line;
      continue;
    }
    if (!FIELD_NAME.test(line) && !(i === 0 && line.startsWith('From '))) return undefined;
    const sep = line.indexOf(':');
    out.push(sep < 0 ? { key: line.toLowerCase(), value: '' } : { key: line.slice(0, sep).toLowerCase(), value: line.slice(sep + 1) });
  }
  for (const f of out) f.value = f.value.trim();
  return out;
}

function get(headers: ReadonlyArray<{ key: string; value: string }>, key: string): string {
  return headers.find((h) => h.key === key)?.value ?? '';
}

/** "text/plain; charset=us-ascii" → type and lower-case parameters; undefined for a value with quoting or comments this path does not read. */
function contentType(value: string): { type: string; params: Map<string, string> } | undefined {
  // A comment or an escape needs the real parser; parentheses inside a quoted boundary ("Boundary_(ID_…)", Sun's and Oracle's servers) are only text.
  if (/[()\\]/.test(value.replace(/"[^"\\]*"/g, '""'))) return undefined;
  const [type, ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      if (p.trim() !== '') return undefined;
      continue;
    }
    const name = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) {
      if (!v.endsWith('"') || v.length < 2) return undefined;
      v = v.slice(1, -1);
    }
    // RFC 2231 continuations and charsets in parameters need the real parser.
    if (name.includes('*') || params.has(name)) return undefined;
    params.set(name, v);
  }
  const t = (type ?? '').trim().toLowerCase();
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(t) ? { type: t, params } : undefined;
}

/** A text/plain part read as it is, or undefined when it needs decoding. */
function plainText(headers: ReadonlyArray<{ key: string; value: string }>, type: { params: Map<string, string> }, body: string): boolean {
  if (!IDENTITY_ENCODING.test(get(headers, 'content-transfer-encoding').toLowerCase())) return false;
  if (!readsAsDeclared((type.params.get('charset') ?? '').toLowerCase(), body)) return false;
  if ((type.params.get('format') ?? '').toLowerCase() === 'flowed') return false;
  return true;
}

/**
 * The parts between the delimiter lines (RFC 2046 §5.1.1): the line break
 * before a delimiter belongs to it. Found with indexOf, without splitting
 * the (possibly long) returned message into lines.
 */
function splitParts(body: string, boundary: string): string[] | undefined {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let search = 0;
  let contentStart = -1;
  let closed = false;
  for (;;) {
    let lineStart: number;
    if (search === 0 && body.startsWith(delimiter)) lineStart = 0;
    else {
      const i = body.indexOf(`\n${delimiter}`, search);
      if (i < 0) break;
      lineStart = i + 1;
    }
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? body.length : newline;
    search = lineEnd;
    const after = body.slice(lineStart + delimiter.length, lineEnd);
    // A line that only starts like the delimiter is content.
    if (after.trim() !== '' && !after.startsWith('--')) continue;
    if (contentStart >= 0) parts.push(body.slice(contentStart, Math.max(contentStart, lineStart - 1)).replace(/\r$/, ''));
    if (after.startsWith('--')) {
      closed = true;
      break;
    }
    contentStart = newline < 0 ? body.length : newline + 1;
    if (newline < 0) break;
  }
  // A message cut before its closing delimiter ends its last part at the end, as postal-mime reads it.
  if (!closed && contentStart >= 0) parts.push(body.slice(contentStart));
  return parts.length === 0 ? undefined : parts;
}

/**
 * A message cut at its boundaries whose one text part (a text/plain part to
 * decode, a text/html part, a multipart/alternative or multipart/related) still needs the MIME
 * parser: `textPart.wrapped` is that part alone in a multipart of its own,
 * `textPart.at` the number of attachments before it, so the parser's result
 * for that part can be put in its place (see mime.ts).
 */
export interface PartlyParsedMail extends ParsedMail {
  readonly textPart?: { readonly wrapped: string; readonly at: number };
}

/** Text parts that the MIME parser can read on their own, as the one text of a message (multipart/related: an HTML text with its images, as Google's reports have it). */
const OWN_TEXT_TYPES = new Set(['text/plain', 'text/html', 'multipart/alternative', 'multipart/related']);

/**
 * A message this path can take apart without decoding anything, or
 * undefined. With `oneTextPart`, a multipart report or mixed message whose
 * only text part needs decoding is taken too, that part left in `textPart`.
 */
export function plainParts(text: string, options: { readonly oneTextPart?: boolean } = {}): PartlyParsedMail | undefined {
  const top = splitHead(text);
  if (top === undefined || NON_ASCII_OR_NUL.test(top.head)) return undefined;
  const headers = fields(top.head);
  if (headers === undefined) return undefined;
  const declared = get(headers, 'content-type');
  const type = contentType(declared === '' ? 'text/plain' : declared);
  if (type === undefined) return undefined;
  let body = '';
  let textPart: { wrapped: string; at: number } | undefined;
  const attachments: Array<{ mimeType: string; content: string }> = [];
  if (type.type === 'text/plain') {
    if (!plainText(headers, type, top.body)) return undefined;
    body = top.body;
  } else if (type.type === 'multipart/report' || type.type === 'multipart/mixed') {
    const boundary = type.params.get('boundary');
    if (boundary === undefined || boundary === '') return undefined;
    const raw = splitParts(top.body, boundary);
    // postal-mime's part limit decides (and names the error) for a message of very many parts.
    if (raw === undefined || raw.length > MAX_PARTS) return undefined;
    let texts = 0;
    for (const r of raw) {
      const p = r.startsWith('\n') || r.startsWith('\r\n') ? { head: '', body: r.replace(/^\r?\n/, '') } : splitHead(r);
      if (p === undefined) return undefined;
      const ph = p.head === '' ? [] : fields(p.head);
      if (ph === undefined || NON_ASCII_OR_NUL.test(p.head) || p.head.includes('=?')) return undefined;
      const pt = contentType(get(ph, 'content-type') || 'text/plain');
      if (pt === undefined) return undefined;
      const disposition = get(ph, 'content-disposition').toLowerCase();
      const inline = !disposition.startsWith('attachment') && !disposition.includes('filename') && !pt.params.has('name');
      if (pt.type === 'text/plain' && plainText(ph, pt, p.body)) {
        // One inline text: more, or a named one, are joined or set aside by rules this path does not copy.
        if (texts > 0 || !inline) return undefined;
        texts += 1;
        body = p.body;
      } else if (OWN_TEXT_TYPES.has(pt.type) && options.oneTextPart === true) {
        if (texts > 0 || !inline) return undefined;
        if (/["\\\r\n]/.test(boundary)) return undefined;
        texts += 1;
        // Wrapped in a multipart of the same boundary, the part is read exactly as inside the whole message (the
        // line break before a delimiter belongs to the delimiter).
        textPart = { wrapped: `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\n${r}\r\n--${boundary}--\r\n`, at: attachments.length };
      } else if (pt.type === 'text/plain') {
        return undefined;
      } else if (REPORT_TYPES.has(pt.type)) {
        if (!IDENTITY_ENCODING.test(get(ph, 'content-transfer-encoding').toLowerCase())) return undefined;
        if (pt.type.startsWith('text/') && !readsAsDeclared((pt.params.get('charset') ?? '').toLowerCase(), p.body)) return undefined;
        attachments.push({ mimeType: pt.type, content: p.body });
      } else if (pt.type.startsWith('text/') || pt.type.startsWith('multipart/') || pt.type.startsWith('message/')) {
        return undefined;
      }
      // Other parts (images, application data) are never read by the bounce reader.
    }
  } else {
    return undefined;
  }
  const from = get(headers, 'from');
  const to = headers.filter((h) => h.key === 'to' && h.value !== '').flatMap((h) => PostalMime.addressParser(h.value));
  const subject = PostalMime.decodeWords(get(headers, 'subject'));
  const fromAddresses = from === '' ? [] : PostalMime.addressParser(from);
  return {
    headers,
    ...(subject === '' ? {} : { subject }),
    ...(fromAddresses.length === 0 ? {} : { from: fromAddresses[0] }),
    ...(to.length === 0 ? {} : { to }),
    // postal-mime gives text parts with LF line ends.
    ...(body === '' ? {} : { text: body.replace(/\r\n/g, '\n') }),
    attachments,
    ...(textPart === undefined ? {} : { textPart }),
  };
}
