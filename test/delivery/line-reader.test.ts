import { Readable } from 'node:stream';
import { lineInput } from '../../src/cli/explain-command';
import { readLineBatches, type RawLine } from '../../src/delivery/line-reader';
import { decodeInput, type InputText } from '../../src/kb/input-text';

interface Seen {
  number: number;
  input: InputText;
}

/** What each line must become: the input split at every newline, each line decoded on its own. */
function expected(input: Buffer, maxBytes: number): Seen[] {
  const result: Seen[] = [];
  let start = 0;
  let number = 0;
  while (start < input.length) {
    const nl = input.indexOf(0x0a, start);
    const end = nl < 0 ? input.length : nl;
    const whole = input.subarray(start, end);
    let bytes = whole.length > maxBytes ? whole.subarray(0, maxBytes) : whole;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    number += 1;
    result.push({ number, input: decodeInput(bytes, whole.length > maxBytes ? whole.length : undefined) });
    start = end + 1;
  }
  return result;
}

/** Feeds `input` in chunks of the given sizes, as a file or pipe would. */
async function read(input: Buffer, chunkSizes: readonly number[], maxBytes: number): Promise<Seen[]> {
  const chunks: Buffer[] = [];
  for (let at = 0, k = 0; at < input.length; k += 1) {
    const size = chunkSizes[k % chunkSizes.length]!;
    chunks.push(input.subarray(at, at + size));
    at += size;
  }
  const lines: RawLine[] = [];
  for await (const batch of readLineBatches(Readable.from(chunks), maxBytes)) lines.push(...batch);
  return lines.map((raw) => ({ number: raw.number, input: lineInput(raw) }));
}

describe('readLineBatches', () => {
  const samples: Array<[string, Buffer]> = [
    ['plain lines', Buffer.from('550 5.1.1 user unknown\n451 try later\nCompleted\n')],
    ['CRLF and empty lines', Buffer.from('first\r\n\r\nthird\r\n\nlast without newline')],
    ['a byte-order mark at the start and mid-stream', Buffer.from('\ufefffirst\n\ufeffsecond\nthird\n')],
    ['invalid UTF-8 between valid lines', Buffer.concat([Buffer.from('ok one\n'), Buffer.from([0x35, 0x35, 0x30, 0x20, 0xe9, 0xff, 0x0a]), Buffer.from('ok two\n')])],
    ['multi-byte characters', Buffer.from('bericht geweigerd — spam ✉\nZürich ok\n€\n')],
    ['binary data', Buffer.from([0x00, 0x01, 0x02, 0x0a, 0x41, 0x0a])],
    ['a line over the cap', Buffer.from(`short\n${'x'.repeat(300)}\n${'é'.repeat(200)}\nafter\n`)],
  ];

  for (const [name, input] of samples) {
    it(`when the input has ${name}, then every chunking gives each line as decoding it alone would`, async () => {
      const want = expected(input, 256);
      for (const sizes of [[input.length], [1], [2, 3], [7], [64, 5], [13, 1, 100]]) {
        expect(await read(input, sizes, 256)).toEqual(want);
      }
    });
  }

  it('when a log of many lines is read in large chunks, then most lines come decoded as text', async () => {
    const input = Buffer.from(Array.from({ length: 2000 }, (_, i) => `2026-11-26 10:00:00 line ${i} 550 5.1.1 user unknown`).join('\n'));
    const lines: RawLine[] = [];
    for await (const batch of readLineBatches(Readable.from([input.subarray(0, 40_000), input.subarray(40_000)]), 64 * 1024)) lines.push(...batch);
    expect(lines).toHaveLength(2000);
    expect(lines.filter((l) => 'text' in l).length).toBeGreaterThan(1990);
    expect(lines.map((l) => l.number)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
  });
});
