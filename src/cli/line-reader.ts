/**
 * Splits a byte stream into lines without ever holding more than one capped
 * line in memory: a 1 GB line costs `maxBytes`, not 1 GB. Works on bytes, so
 * invalid UTF-8 is seen (and reported) per line instead of silently merged.
 */
import type { Readable } from 'node:stream';

export interface RawLine {
  /** 1-based line number. */
  readonly number: number;
  readonly bytes: Buffer;
  /** Length of the whole line in bytes, when it was longer than the cap. */
  readonly truncatedFrom?: number;
}

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
    // Most lines lie within one chunk: then the bytes are a view of it, not a copy.
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
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

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const batch: RawLine[] = [];
    let start = 0;
    for (let nl = buffer.indexOf(0x0a); nl >= 0; nl = buffer.indexOf(0x0a, start)) {
      keep(buffer.subarray(start, nl));
      batch.push(finish());
      start = nl + 1;
    }
    // The rest of the chunk waits for its newline; copied, so the chunk itself can be freed.
    if (start < buffer.length) keep(Buffer.from(buffer.subarray(start)));
    if (batch.length > 0) yield batch;
  }
  if (total > 0) yield [finish()];
}

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<RawLine> {
  for await (const batch of readLineBatches(input, maxBytes)) yield* batch;
}
