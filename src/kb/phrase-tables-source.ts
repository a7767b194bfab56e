/**
 * Where the default classifier may find ready-made phrase tables. Its own
 * small module so that an entry point can hand them over without loading
 * the knowledge base: a command that never classifies (`--version`, `help`)
 * stays as quick to start as before.
 */
import type { PhraseTablesSource } from './matcher';

let source: PhraseTablesSource | undefined;

/** Set by an entry point before the first classification. */
export function usePhraseTables(given: PhraseTablesSource): void {
  source = given;
}

export function phraseTablesSource(): PhraseTablesSource | undefined {
  return source;
}
