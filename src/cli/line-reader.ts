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

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let total = 0;
  let number = 0;

  const finish = (): RawLine => {
    number += 1;
    let bytes = Buffer.concat(parts, kept);
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
    if (room <= 0) return;
    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
    parts.push(piece);
    kept += piece.length;
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buffer.indexOf(0x0a); nl >= 0; nl = buffer.indexOf(0x0a)) {
      keep(buffer.subarray(0, nl));
      yield finish();
      buffer = buffer.subarray(nl + 1);
    }
    if (buffer.length > 0) keep(Buffer.from(buffer));
  }
  if (total > 0) yield finish();
}
