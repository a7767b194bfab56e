/** The default classifier over the whole knowledge base, built once on first use. */
import { createClassifier, type Classification, type Classifier } from './matcher';
import { RULES } from './rules';
import { TIERS } from './tiers';
import { parseReply } from '../smtp/reply';

let shared: Classifier | undefined;

export function defaultClassifier(): Classifier {
  shared ??= createClassifier(RULES, TIERS);
  return shared;
}

/** Parses and classifies one delivery text. */
export function classify(text: string): Classification {
  return defaultClassifier().classify(parseReply(text));
}

export type { Classification };
