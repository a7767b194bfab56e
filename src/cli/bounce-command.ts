/**
 * `mail-doctor bounce [FILE…] [--json] [--lang nl|en] [--mbox]`: each FILE
 * (or standard input) is one whole e-mail message, or with --mbox a mailbox
 * of many. Every message is read by the bounce reader; a file that cannot be
 * read gets an error record and the others still run.
 */
import { jsonForTerminal } from './terminal-text';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { writeOut } from './write-out';
import type { ProviderProfile } from '../config/provider-profile';
import { splitMbox } from '../bounce/mbox';
import { MAX_MESSAGE_BYTES } from '../bounce/mime';
import { BounceError, readBounce } from '../bounce/read-bounce';
import type { Lang } from '../kb/types';
import { toBounceRecords, type BounceErrorRecord, type BounceRecord } from '../report/bounce-record';
import { failureWords, type ReaderFailure } from '../text/reader-notes';
import { formatBounceError, formatMessageHead, formatRecipient } from './format-bounce';

interface BounceOptions {
  readonly json: boolean;
  readonly lang: Lang;
  readonly profile: ProviderProfile;
  readonly mbox: boolean;
}

interface Input {
  readonly bytes: Buffer;
  readonly truncatedFrom?: number;
}

/**
 * Reads at most MAX_MESSAGE_BYTES of a file: a 50 MB message costs no more
 * memory than an 8 MB one. Read synchronously: the command reads one file
 * after another anyway, and four thread-pool round trips per file (open,
 * stat, read, close) cost more CPU than reading a whole bounce.
 */
function readFileBounded(path: string): Input {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, MAX_MESSAGE_BYTES));
    let read = 0;
    while (read < buffer.length) {
      const bytesRead = readSync(fd, buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const bytes = buffer.subarray(0, read);
    return size > MAX_MESSAGE_BYTES ? { bytes, truncatedFrom: size } : { bytes };
  } finally {
    closeSync(fd);
  }
}

/** Standard input as one message, kept up to the same limit (the rest is read and dropped). */
async function readStreamBounded(stream: Readable): Promise<Input> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (kept < MAX_MESSAGE_BYTES) {
      const piece = buf.subarray(0, MAX_MESSAGE_BYTES - kept);
      chunks.push(piece);
      kept += piece.length;
    }
  }
  const bytes = Buffer.concat(chunks);
  return total > kept ? { bytes, truncatedFrom: total } : { bytes };
}

function failureOf(error: unknown): ReaderFailure {
  if (error instanceof BounceError) return error.failure;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'no-such-file' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permission-denied' };
  if (code === 'EISDIR') return { code: 'is-folder' };
  return { code: 'unreadable' };
}

type Output = BounceRecord | BounceErrorRecord;

async function bounceRecords(file: string, message: number | undefined, input: Input, options: Pick<BounceOptions, 'lang' | 'profile'>): Promise<Output[]> {
  try {
    const report = await readBounce(input.bytes);
    const withNote =
      input.truncatedFrom === undefined
        ? report
        : { ...report, notes: [...report.notes, { code: 'large-message' as const, size: input.truncatedFrom, read: input.bytes.length }] };
    return toBounceRecords(file, message, withNote, options.lang, options.profile);
  } catch (error) {
    return [{ file, ...(message === undefined ? {} : { message }), error: failureWords(failureOf(error), options.lang) }];
  }
}

async function print(out: Writable, records: readonly Output[], options: BounceOptions, first: boolean): Promise<void> {
  if (options.json) {
    for (const r of records) await writeOut(out, `${jsonForTerminal(r)}\n`);
    return;
  }
  const head = records[0]!;
  const parts: string[] = [];
  if ('error' in head) parts.push(formatBounceError(head, options.lang));
  else {
    const recipients = records.filter((r): r is BounceRecord => !('error' in r) && r.index !== null);
    parts.push(formatMessageHead(head, options.lang, recipients.length));
    for (const r of recipients) parts.push(formatRecipient(r, options.lang));
  }
  await writeOut(out, `${first ? '' : '\n'}${parts.join('\n')}\n`);
}

export async function runBounce(files: readonly string[], stdin: Readable, stdout: Writable, options: BounceOptions): Promise<void> {
  const names = files.length === 0 ? ['-'] : files;
  let first = true;
  for (const name of names) {
    const label = name === '-' ? '(stdin)' : name;
    if (options.mbox) {
      let n = 0;
      try {
        const source = name === '-' ? stdin : createReadStream(name);
        for await (const m of splitMbox(source as AsyncIterable<Buffer>, MAX_MESSAGE_BYTES)) {
          await print(stdout, await bounceRecords(label, n, m, options), options, first);
          first = false;
          n += 1;
        }
        if (n === 0) {
          await print(stdout, [{ file: label, error: failureWords({ code: 'empty-mbox' }, options.lang) }], options, first);
          first = false;
        }
      } catch (error) {
        await print(stdout, [{ file: label, ...(n === 0 ? {} : { message: n }), error: failureWords(failureOf(error), options.lang) }], options, first);
        first = false;
      }
      continue;
    }
    let records: Output[];
    try {
      const input = name === '-' ? await readStreamBounded(stdin) : readFileBounded(name);
      records = await bounceRecords(label, undefined, input, options);
    } catch (error) {
      records = [{ file: label, error: failureWords(failureOf(error), options.lang) }];
    }
    await print(stdout, records, options, first);
    first = false;
  }
}
