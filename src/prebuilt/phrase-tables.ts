/**
 * The knowledge base's phrase tables, kept in a file beside the compiled
 * code: the build writes it (write-phrase-tables.ts), and the entry points
 * (the CLI, the cPanel and WHM pages) hand it to the knowledge base, which
 * reads it instead of building the automaton — a cPanel page view, being a
 * fresh process each time, would otherwise do that on every view. A
 * missing, foreign or damaged file only costs the build time:
 * phrase-tables-file.ts accepts tables only for the very phrases at hand.
 *
 * This module loads none of the knowledge base itself: handing the tables
 * over costs a command that never classifies nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PhraseTablesSource } from '../kb/matcher';
import { usePhraseTables } from '../kb/phrase-tables-source';
import { decodePhraseTables } from '../text/phrase-tables-file';

export const PHRASE_TABLES_FILE = path.join(__dirname, 'phrase-tables.bin');

/** Far above the knowledge base's tables (about a megabyte): a file this large is not ours. */
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

/** For an entry point: the default classifier will read the build's tables. */
export function usePrebuiltPhraseTables(): void {
  usePhraseTables(phraseTablesFrom());
}
