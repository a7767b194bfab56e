/**
 * Splits an mbox (RFC 4155: each message starts with a "From " line; here
 * only one after an empty line or at the start counts, so an unescaped body
 * line "From here on …" does not split a message) into messages while it streams in. Each message is kept
 * up to `maxBytes`; the rest of an oversized message is counted, not kept,
 * so memory stays bounded whatever the mailbox holds.
 */
interface MboxMessage {
  readonly bytes: Buffer;
  /** The message's full size when it was larger than what was kept. */
  readonly truncatedFrom?: number;
}

const FROM_LINE = Buffer.from('\nFrom ');

export async function* splitMbox(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<MboxMessage> {
  let kept: Buffer[] = [];
  let keptBytes = 0;
  let totalBytes = 0;
  let started = false;
  // The last few bytes of the previous chunk, so a separator split across chunks is still found.
  let carry = Buffer.alloc(0);

  const keep = (part: Buffer): void => {
    totalBytes += part.length;
    if (keptBytes >= maxBytes) return;
    const room = maxBytes - keptBytes;
    const piece = part.length > room ? part.subarray(0, room) : part;
    kept.push(Buffer.from(piece));
    keptBytes += piece.length;
  };
  const finish = (): MboxMessage | undefined => {
    if (!started) return undefined;
    const bytes = Buffer.concat(kept);
    const message: MboxMessage = totalBytes > keptBytes ? { bytes, truncatedFrom: totalBytes } : { bytes };
    kept = [];
    keptBytes = 0;
    totalBytes = 0;
    return message;
  };

  for await (const chunk of chunks) {
    let data = Buffer.concat([carry, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    if (!started) {
      // Leading blank lines before the first "From " line are allowed.
      const firstText = data.toString('latin1', 0, Math.min(data.length, 64)).replace(/^[\r\n]+/, '');
      if (firstText.length < 5 && data.length < 64) {
        carry = data;
        continue;
      }
      started = true;
      const skip = data.length - Buffer.from(data.toString('latin1').replace(/^[\r\n]+/, ''), 'latin1').length;
      data = data.subarray(skip);
      // The envelope line of the first message is not part of the message.
      if (data.subarray(0, 5).toString('latin1') === 'From ') {
        const eol = data.indexOf(10);
        if (eol < 0) {
          carry = data;
          started = false;
          continue;
        }
        data = data.subarray(eol + 1);
      }
    }
    let from = 0;
    for (let at = data.indexOf(FROM_LINE, from); at >= 0; at = data.indexOf(FROM_LINE, at + 1)) {
      // A separator follows an empty line; a body line that happens to start with "From " does not.
      const afterEmptyLine = at === 0 ? from === 0 && !started : data[at - 1] === 10 || (data[at - 1] === 13 && at >= 2 && data[at - 2] === 10);
      if (!afterEmptyLine) continue;
      const eol = data.indexOf(10, at + 1);
      if (eol < 0) break; // the envelope line continues in the next chunk
      keep(data.subarray(from, at + 1));
      const message = finish();
      if (message !== undefined) yield message;
      started = true;
      from = eol + 1;
    }
    // Hold back what could be the start of a separator.
    // (with the two bytes before it, which say whether it follows an empty line).
    const holdFrom = Math.max(from, data.length - FROM_LINE.length - 1024);
    const lastNewline = data.lastIndexOf(10, data.length - 1);
    const hold = lastNewline >= holdFrom ? Math.max(from, lastNewline - 2) : data.length;
    keep(data.subarray(from, hold));
    carry = Buffer.from(data.subarray(hold));
  }
  if (carry.length > 0) {
    if (!started && carry.toString('latin1').trim() !== '') {
      started = true;
      const text = carry.toString('latin1').replace(/^[\r\n]+/, '');
      const body = text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1) : text;
      carry = Buffer.from(body, 'latin1');
    }
    keep(carry);
  }
  const last = finish();
  if (last !== undefined && last.bytes.length > 0) yield last;
}
