/**
 * Decides whether one input line is text Mail Doctor can explain, and turns
 * its bytes into that text. Everything here is attacker-controlled: a bounce
 * can hold any bytes, so nothing is assumed about encoding or length.
 */
import { firstMatchOnly } from '../text/regex-source';
import type { ReaderFailure, ReaderNote } from '../text/reader-notes';

/** No SMTP reply or log line needs more; longer input is analysed up to here. */
export const MAX_ANALYSED_CHARS = 16 * 1024;

export type InputText =
  | { readonly ok: true; readonly text: string; readonly notes: readonly ReaderNote[] }
  | { readonly ok: false; readonly text: string; readonly error: ReaderFailure };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false });

const UNPRINTABLE = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;
/** The same characters, for a yes/no test that stops at the first one. */
const HAS_UNPRINTABLE = firstMatchOnly(UNPRINTABLE);
const BLANK = /^\s*$/;

export function decodeInput(bytes: Uint8Array, truncatedFrom?: number): InputText {
  const notes: ReaderNote[] = [];
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    // Old mail servers write Latin-1; show what can be read and say so.
    text = LENIENT_UTF8.decode(bytes);
    notes.push({ code: 'not-utf8' });
  }
  return checkText(text, notes, truncatedFrom);
}

export function checkText(input: string, notes: ReaderNote[] = [], truncatedFrom?: number): InputText {
  let text = input;
  if (text.length > MAX_ANALYSED_CHARS) {
    truncatedFrom ??= text.length;
    text = text.slice(0, MAX_ANALYSED_CHARS);
  }
  if (truncatedFrom !== undefined) {
    notes.push({ code: 'long-input', size: truncatedFrom, limit: MAX_ANALYSED_CHARS });
  }
  if (BLANK.test(text)) return { ok: false, text: '', error: { code: 'empty-line' } };
  // Most lines have no unprintable character at all: one test, and counting only when there is one.
  if (HAS_UNPRINTABLE.test(text)) {
    const unprintable = text.match(UNPRINTABLE)?.length ?? 0;
    if (text.includes('\u0000') || unprintable > text.length * 0.1) {
      return { ok: false, text, error: { code: 'binary' } };
    }
  }
  return { ok: true, text, notes };
}
