/**
 * Splits a byte stream into lines without ever holding more than one capped
 * line in memory: a 1 GB line costs `maxBytes`, not 1 GB. Invalid UTF-8 is
 * seen (and reported) per line instead of silently merged.
 */
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';

/**
 * One line. Most lines arrive as `text`: their chunk was valid UTF-8, so it
 * was decoded in one go. A line that is not valid UTF-8, was cut at the cap,
 * or straddles two chunks keeps its `bytes` for the caller to decode and
 * report on.
 */
export type RawLine =
  | { readonly number: number; readonly text: string }
  | {
      readonly number: number;
      readonly bytes: Buffer;
      /** Length of the whole line in bytes, when it was longer than the cap. */
      readonly truncatedFrom?: number;
    };

/** The line as text, invalid bytes replaced (for readers that do not report them). */
export function lineText(line: RawLine): string {
  return 'text' in line ? line.text : line.bytes.toString('utf8');
}

const BOM = 0xfeff;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The lines of each chunk as one array: one await per chunk instead of one
 * per line, which matters when a log has millions of short lines.
 */
export async function* readLineBatches(input: Readable, maxBytes: number): AsyncGenerator<RawLine[]> {
  let parts: Buffer[] = [];
  let kept = 0;
  let total = 0;
  let number = 0;

  const finish = (): RawLine => {
    number += 1;
    // A line within one chunk is a view of it, not a copy.
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    const line: RawLine = total > maxBytes ? { number, bytes, truncatedFrom: total } : { number, bytes };
    parts = [];
    kept = 0;
    total = 0;
    return line;
  };

  const keep = (chunk: Buffer): void => {
    total += chunk.length;
    const room = maxBytes - kept;
    if (room <= 0 || chunk.length === 0) return;
    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
    parts.push(piece);
    kept += piece.length;
  };

  /**
   * The whole lines from `from` to the newline at `lastNewline`, decoded at
   * once when that stretch is valid UTF-8: one native check and one decode
   * per chunk instead of a buffer view and a decode per line.
   */
  const wholeLines = (buffer: Buffer, from: number, lastNewline: number, batch: RawLine[]): void => {
    const stretch = buffer.subarray(from, lastNewline);
    if (isUtf8(stretch)) {
      for (let text of stretch.toString('utf8').split('\n')) {
        // A UTF-16 unit takes at most 3 bytes: only a long line needs its bytes counted, and one over the cap is cut as bytes.
        if (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes) {
          keep(Buffer.from(text, 'utf8'));
          batch.push(finish());
          continue;
        }
        number += 1;
        if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
        // A byte-order mark is dropped as a per-line decode would.
        if (text.charCodeAt(0) === BOM) text = text.slice(1);
        batch.push({ number, text });
      }
      return;
    }
    let start = from;
    for (let nl = buffer.indexOf(LF, start); nl >= 0 && nl <= lastNewline; nl = buffer.indexOf(LF, start)) {
      keep(buffer.subarray(start, nl));
      batch.push(finish());
      start = nl + 1;
    }
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const batch: RawLine[] = [];
    const firstNewline = buffer.indexOf(LF);
    if (firstNewline < 0) {
      // Part of a line that goes on in the next chunk; copied, so the chunk itself can be freed.
      keep(Buffer.from(buffer));
      continue;
    }
    // The first line may have begun in an earlier chunk: it is joined as bytes.
    keep(buffer.subarray(0, firstNewline));
    batch.push(finish());
    const lastNewline = buffer.lastIndexOf(LF);
    if (lastNewline > firstNewline) wholeLines(buffer, firstNewline + 1, lastNewline, batch);
    if (lastNewline + 1 < buffer.length) keep(Buffer.from(buffer.subarray(lastNewline + 1)));
    yield batch;
  }
  if (total > 0) yield [finish()];
}

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<RawLine> {
  for await (const batch of readLineBatches(input, maxBytes)) yield* batch;
}
