/**
 * Writes the default classifier's phrase tables for phrase-tables.ts to
 * read: run by the build (`node dist/prebuilt/write-phrase-tables.js`).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { createClassifier } from '../kb/matcher';
import { RULES } from '../kb/rules';
import { TIERS } from '../kb/tiers';
import { buildPhraseTables, type PhraseTables } from '../text/phrase-index';
import { encodePhraseTables, phraseTablesKey } from '../text/phrase-tables-file';
import { PHRASE_TABLES_FILE } from './phrase-tables';

/** Builds the tables and writes them to `file`, through a temporary file so that a reader never sees half of them. */
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

if (require.main === module) writePhraseTables();
