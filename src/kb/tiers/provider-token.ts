/** How an entry of the provider-code tier is written, for every provider's table. */
import { escapeLiteral } from '../../text/regex-source';
import type { DiagnosisId, RuleMatch } from '../types';
import { reasonConditions } from './conditions';
import type { TierEntry } from './tier-entry';

/** A token or phrase from a provider reference. */
export function providerToken(id: DiagnosisId, phrases: readonly string[], source: string, more: Omit<RuleMatch, 'phrases'> = {}): TierEntry {
  // Priority 1: a provider's own reference outranks a phrase table built from observed bounces (Sisimai's, same tier).
  return { id, tier: 'provider-code', match: { phrases, priority: 1, ...more, ...reasonConditions(id, more.unless, more.notEnhanced) }, source };
}

/**
 * A provider's own name for an event that it files under a status code of the other direction (Microsoft's
 * "5.2.252 SendAsDenied", a sender refused under a mailbox code): the name, one token no other text holds, says
 * whose address it is, so RFC 3463's direction does not hold it back.
 */
export function providerEventName(id: DiagnosisId, phrases: readonly string[], source: string): TierEntry {
  return { id, tier: 'provider-code', match: { phrases, priority: 1, ...reasonConditions(id, [], [], false) }, source };
}

/**
 * A pattern for codes that stand as words of their own ("554 DT:SPM 163 …",
 * "AUP#CXBL"): never inside an address or a longer word. The codes are
 * written lower-case, as the matcher sees the text.
 */
export function standaloneCodes(codes: readonly string[]): RegExp {
  return standalone(codes.map(escapeLiteral).join('|'));
}

/** The same for codes written as a pattern (`elnk\\d*_(?:102|111)`): the pattern as a word of its own. */
export function standalone(source: string): RegExp {
  return new RegExp(`(?:^|[\\s(\\[])(?:${source})(?=[\\s,.;:)\\]]|$)`);
}
