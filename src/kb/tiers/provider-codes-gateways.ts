/**
 * The provider-code tier for Mail filtering gateways and security services: codes and fixed
 * phrases from their published references, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const GATEWAY_CODE_PHRASES: readonly TierEntry[] = [];
