/**
 * The provider-code tier for Mailbox providers and ISPs of the Americas, Asia and Oceania: codes and fixed
 * phrases from their published references, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const AMERICAS_ASIA_CODE_PHRASES: readonly TierEntry[] = [];
