/**
 * The default classifier over the whole knowledge base, built once on first
 * use; with the phrase tables the build kept when the process's entry point
 * handed them over (kb/phrase-tables-source.ts; src/prebuilt reads the
 * file: reading a file is no business of the core).
 */
import { createClassifier, type Classification, type Classifier } from './matcher';
import { phraseTablesSource } from './phrase-tables-source';
import { RULES } from './rules';
import { TIERS } from './tiers';
import { parseReply } from '../smtp/reply';

let shared: Classifier | undefined;

export function defaultClassifier(): Classifier {
  shared ??= createClassifier(RULES, TIERS, phraseTablesSource());
  return shared;
}

/** Parses and classifies one delivery text. */
export function classify(text: string): Classification {
  return defaultClassifier().classify(parseReply(text));
}

export type { Classification };
