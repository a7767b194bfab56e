/**
 * The default classifier over the whole knowledge base, built once on first
 * use; with the phrase tables the build kept when the process's entry point
 * handed them over (src/prebuilt: reading a file is no business of the core).
 */
import { createClassifier, type Classification, type Classifier, type PhraseTablesSource } from './matcher';
import { RULES } from './rules';
import { TIERS } from './tiers';
import { parseReply } from '../smtp/reply';

let shared: Classifier | undefined;
let tablesSource: PhraseTablesSource | undefined;

/** Where the default classifier may find ready-made phrase tables; only before its first use. */
export function usePhraseTables(source: PhraseTablesSource): void {
  if (shared === undefined) tablesSource = source;
}

export function defaultClassifier(): Classifier {
  shared ??= createClassifier(RULES, TIERS, tablesSource);
  return shared;
}

/** Parses and classifies one delivery text. */
export function classify(text: string): Classification {
  return defaultClassifier().classify(parseReply(text));
}

export type { Classification };
