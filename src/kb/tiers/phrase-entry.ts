/** How an entry of the reason-phrase tier is written for a server's or a language's own words. */
import type { DiagnosisId, RuleMatch } from '../types';
import { reasonConditions } from './conditions';
import type { TierEntry } from './tier-entry';

/** Words that name a reason (`match.phrases` lower-case and single-spaced), with the conditions of the id. */
export function reasonPhrase(id: DiagnosisId, match: RuleMatch, source: string): TierEntry {
  return { id, tier: 'reason-phrase', match: { ...match, ...reasonConditions(id, match.unless, match.notEnhanced) }, source };
}
