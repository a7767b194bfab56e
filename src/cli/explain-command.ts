/**
 * `mail-doctor explain [TEXT…] [--json] [--lang nl|en] [--profile FILE]`:
 * each TEXT, or each line of standard input, is one message to explain.
 * Input problems are reported per line; the command itself only fails on
 * usage errors.
 */
import { jsonForTerminal } from './terminal-text';
import type { Readable, Writable } from 'node:stream';
import type { ProviderProfile } from '../config/provider-profile';
import { defaultClassifier } from '../kb/classify';
import { explain } from '../kb/explain';
import { checkText, decodeInput, MAX_ANALYSED_CHARS, type InputText } from '../kb/input-text';
import type { Lang } from '../kb/types';
import { toExplainRecord, type ExplainErrorRecord, type ExplainRecord } from '../report/explain-record';
import { parseReply } from '../smtp/reply';
import { failureWords, noteWords } from '../text/reader-notes';
import { formatError, formatRecord } from './format-explanation';
import { readLineBatches, type RawLine } from '../delivery/line-reader';

interface ExplainOptions {
  readonly json: boolean;
  readonly lang: Lang;
  readonly profile: ProviderProfile;
}

/** Bytes kept per stdin line: a little over the analysed length, so the truncation note is exact. */
const MAX_LINE_BYTES = MAX_ANALYSED_CHARS * 4;

export function explainOne(line: number, input: InputText, options: ExplainOptions): ExplainRecord | ExplainErrorRecord {
  if (!input.ok) return { line, input: input.text, error: failureWords(input.error, options.lang) };
  const classification = defaultClassifier().classify(parseReply(input.text));
  const explanation = explain(classification, options.lang, options.profile);
  return toExplainRecord(line, input.text, classification, explanation, input.notes.map((note) => noteWords(note, options.lang)));
}

/** A line from the reader as input: decoded already, or bytes still to decode and check. */
export function lineInput(raw: RawLine): InputText {
  return 'text' in raw ? checkText(raw.text) : decodeInput(raw.bytes, raw.truncatedFrom);
}

function write(out: Writable, record: ExplainRecord | ExplainErrorRecord, options: ExplainOptions, first: boolean): Promise<void> {
  let text: string;
  if (options.json) text = `${jsonForTerminal(record)}\n`;
  else text = `${first ? '' : '\n'}${'error' in record ? formatError(record, options.lang) : formatRecord(record, options.lang)}\n`;
  // Respect back-pressure so a huge input does not pile up output in memory.
  return new Promise((resolve) => {
    if (out.write(text)) resolve();
    else out.once('drain', resolve);
  });
}

export async function runExplain(
  texts: readonly string[],
  stdin: Readable,
  stdout: Writable,
  options: ExplainOptions,
): Promise<void> {
  let first = true;
  if (texts.length > 0) {
    for (const [i, text] of texts.entries()) {
      await write(stdout, explainOne(i + 1, checkText(text), options), options, first);
      first = false;
    }
    return;
  }
  for await (const batch of readLineBatches(stdin, MAX_LINE_BYTES)) {
    for (const raw of batch) {
      await write(stdout, explainOne(raw.number, lineInput(raw), options), options, first);
      first = false;
    }
  }
}
