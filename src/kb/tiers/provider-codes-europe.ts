/**
 * The provider-code tier for European mailbox providers and ISPs: codes and fixed
 * phrases from their published references, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const EUROPE_CODE_PHRASES: readonly TierEntry[] = [];
