/**
 * A message whose empty lines were lost on the way to the reader: a paste
 * site, a forum or a list archive that drops blank lines (and often the
 * indentation of folded lines) turns a bounce into one run of lines, so its
 * header block never ends and every MIME part's headers run into the part's
 * text. RFC 5322 and RFC 2045 end a header block with an empty line; this
 * puts those lines back where the structure shows they stood, so the parser
 * sees the message that was sent. A message with any empty line at all is
 * left exactly as it is.
 */
import { FIELD_NAME_SOURCE } from './fields';

/** A header field: its name, its colon, then the value. */
const FIELD = new RegExp(`^${FIELD_NAME_SOURCE}:`);
/** A field with nothing after its colon: its value may stand on the next line. */
const FIELD_WITHOUT_VALUE = new RegExp(`^${FIELD_NAME_SOURCE}:\\s*$`);
/** A MIME parameter written on its own line ("boundary=…", "charset=…"): the rest of a folded Content-Type. */
const PARAMETER = /^[A-Za-z][A-Za-z0-9-]*\*?=/;
const BOUNDARY_PARAMETER = /\bboundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i;
/** An mbox separator line ("From MAILER-DAEMON Sat Apr 9 12:38:08 2011") or a stray boundary left above the message. */
const PREAMBLE = /^(?:From \S+ |--\S+$)/;
/** How far the check for an empty line looks: a message with none there has lost them. */
const LOOK = 65_536;
/** How many lines ahead a line without a field name may be followed by a field and count as a folded line. */
const FOLD_LOOKAHEAD = 2;

/** Whether the first bytes hold an empty line (only spaces, tabs or a CR on it): most messages have one early. */
function hasEmptyLine(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, LOOK);
  // The common case in one native search: an empty line right where most header blocks end.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  if (head.includes('\n\n') || head.includes('\n\r\n')) return true;
  let lineStart = -1;
  for (let i = 0; i < end; i += 1) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      if (lineStart >= 0) return true;
      lineStart = i;
    } else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) lineStart = -1;
  }
  return false;
}

/** The message's bytes with its empty lines put back (see `restoreBlankLines`); undefined when nothing was lost. */
export function restoreBlankLinesIn(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length > MAX_REPAIRED || hasEmptyLine(bytes)) return undefined;
  // Latin-1 keeps every byte as one character, so the bytes come back unchanged where no line was added.
  const restored = restoreBlankLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  return restored === undefined ? undefined : Buffer.from(restored, 'latin1');
}
/** A message without empty lines is repaired up to this size; beyond it, as it is (a broken paste is never large). */
const MAX_REPAIRED = 2_000_000;

const stripCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Whether a line is one of the declared MIME boundaries (opening or closing). */
function isBoundary(line: string, boundaries: ReadonlySet<string>): boolean {
  return line.startsWith('--') && boundaries.size > 0 && boundaries.has(line.slice(2).replace(/--\s*$/, '').trim());
}

/** Takes note of a boundary a Content-Type line (or its folded rest) declares. */
function noteBoundary(line: string, boundaries: Set<string>): void {
  const m = BOUNDARY_PARAMETER.exec(line);
  if (m !== null) boundaries.add(m[1] ?? m[2]!);
}

/**
 * The text with the empty line put back after each header block: the
 * message's own, and each MIME part's (part headers are Content-* fields;
 * the first other field starts the part's content, such as a returned
 * message's headers or a delivery report's fields). Undefined when the text
 * has an empty line, or no header block to repair.
 */
export function restoreBlankLines(text: string): string | undefined {
  if (/\n[ \t]*\r?\n/.test(text.slice(0, LOOK)) || !text.includes(':')) return undefined;
  const lines = text.split('\n');
  const out: string[] = [];
  const boundaries = new Set<string>();
  // 'message': the message's own header block; 'part': a MIME part's headers; 'body': anything else.
  let mode: 'message' | 'part' | 'body' = 'message';
  let sawField = false;
  // The line before was a field written without a value.
  let valueDue = false;
  let changed = false;
  const endHeaders = (): void => {
    out.push('');
    changed = true;
    mode = 'body';
  };
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!;
    const line = stripCr(raw);
    const valueBelow = valueDue && line.trim() !== '';
    valueDue = false;
    if (isBoundary(line, boundaries)) {
      if (mode !== 'body' && sawField) endHeaders();
      out.push(raw);
      mode = line.trimEnd().endsWith('--') ? 'body' : 'part';
      sawField = false;
      continue;
    }
    if (mode === 'body') {
      out.push(raw);
      continue;
    }
    if (!sawField && mode === 'message' && PREAMBLE.test(line)) {
      // An mbox separator stays (the parser knows it); a boundary left over from the message pasted before goes.
      if (line.startsWith('--')) changed = true;
      else out.push(raw);
      continue;
    }
    // A field written with its value on the next line ("To:" alone, as a mail program lays out a forwarded header):
    // that line is the value, even when it looks like a field itself ("Subject:" then "Fwd: …").
    if (FIELD.test(line) && !valueBelow) {
      // A part's headers are its Content-* fields; any other field is the part's content.
      if (mode === 'part' && sawField && !/^content-/i.test(line)) {
        endHeaders();
        out.push(raw);
        continue;
      }
      noteBoundary(line, boundaries);
      sawField = true;
      valueDue = FIELD_WITHOUT_VALUE.test(line);
      out.push(raw);
      continue;
    }
    if (sawField && (valueBelow || /^[ \t]/.test(line) || PARAMETER.test(line.trimStart()) || foldedLine(lines, i, mode, boundaries))) {
      // A folded line, whose leading white space may have been lost with the empty lines.
      noteBoundary(line, boundaries);
      out.push(/^[ \t]/.test(line) ? raw : ` ${raw}`);
      changed = true;
      continue;
    }
    if (!sawField) return undefined;
    endHeaders();
    out.push(raw);
  }
  return changed ? out.join('\n') : undefined;
}

/**
 * Whether a line without a field name inside the message's own header block is the rest of the field above it: a
 * field with a value follows within a couple of lines ("Received: by … id x;" then "Sun, 8 Jan 2012 13:25:04 -0800"
 * then another field). Inside a part's headers only a parameter line counts (handled by the caller).
 */
function foldedLine(lines: readonly string[], i: number, mode: 'message' | 'part', boundaries: ReadonlySet<string>): boolean {
  if (mode !== 'message') return false;
  for (let k = i + 1; k <= i + FOLD_LOOKAHEAD && k < lines.length; k += 1) {
    const next = stripCr(lines[k]!);
    // A part's boundary ends the header block: the line before it is the message's first text.
    if (isBoundary(next, boundaries)) return false;
    // A word and a colon alone ("failed:", where a report wrapped "The following address(es) failed:") confirms
    // nothing: only a field with a value does.
    if (FIELD.test(next) && !FIELD_WITHOUT_VALUE.test(next)) return true;
  }
  return false;
}
