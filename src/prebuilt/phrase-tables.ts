/**
 * The knowledge base's phrase tables, kept in a file beside the compiled
 * code. The build writes it (`npm run build` runs this file); the entry
 * points (the CLI, the cPanel and WHM pages) hand it to the knowledge base,
 * which reads it instead of building the automaton, which a cPanel page
 * view, being a fresh process each time, would otherwise do on every view.
 * A missing, foreign or damaged file only costs the build time:
 * phrase-tables-file.ts accepts tables only for the very phrases at hand.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPhraseTables, type PhraseTables } from '../text/phrase-index';
import { decodePhraseTables, encodePhraseTables, phraseTablesKey } from '../text/phrase-tables-file';
import { usePhraseTables } from '../kb/classify';
import { createClassifier, type PhraseTablesSource } from '../kb/matcher';
import { RULES } from '../kb/rules';
import { TIERS } from '../kb/tiers';

const PHRASE_TABLES_FILE = path.join(__dirname, 'phrase-tables.bin');

/** Far above the knowledge base's tables (under a megabyte): a file this large is not ours. */
const MAX_BYTES = 32 * 1024 * 1024;

/** Tables from `file` when they fit the phrases; else undefined, and the classifier builds them. */
export function phraseTablesFrom(file: string = PHRASE_TABLES_FILE): PhraseTablesSource {
  return (phrases) => {
    try {
      if (statSync(file).size > MAX_BYTES) return undefined;
      return decodePhraseTables(readFileSync(file), phrases);
    } catch {
      return undefined;
    }
  };
}

/** Builds the default classifier's tables and writes them to `file` (through a temporary file, so a reader never sees half). */
export function writePhraseTables(file: string = PHRASE_TABLES_FILE): PhraseTables {
  let written: PhraseTables | undefined;
  createClassifier(RULES, TIERS, (phrases) => {
    written = buildPhraseTables(phrases);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, encodePhraseTables(written, phraseTablesKey(phrases)), { mode: 0o644 });
    renameSync(temporary, file);
    return written;
  });
  if (written === undefined) throw new Error('the classifier asked for no phrase tables');
  return written;
}

/** For an entry point: the default classifier will read the build's tables. */
export function usePrebuiltPhraseTables(): void {
  usePhraseTables(phraseTablesFrom());
}

if (require.main === module) writePhraseTables();
