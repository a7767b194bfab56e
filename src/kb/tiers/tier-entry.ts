/**
 * The broader levels of knowledge behind the specific rules. A tier entry
 * says only which diagnosis a text gets; the words (title, explanation, fix,
 * who acts) are those of the id's rule, so each diagnosis is explained in
 * one place however it was recognised.
 */
import type { DiagnosisId, Rule, RuleMatch } from '../types';

/** The words a person reads for a diagnosis: normally the id's rule's, once for each id. */
export type SpokenWords = Pick<Rule, 'title' | 'explanation' | 'fix' | 'actor'> & Partial<Pick<Rule, 'links' | 'crossCheck'>>;

/**
 * Most specific first. `rule`: written for one provider's or server's text;
 * `provider-code`: a code or phrase from a provider's published reference;
 * `reason-phrase`: a phrase that names a bounce reason, whoever says it;
 * `status-code`: the enhanced status code (or reply code) alone.
 */
export type Tier = 'rule' | 'provider-code' | 'reason-phrase' | 'status-code' | 'unknown';

/** Higher is more specific. A match's score starts at its tier's weight, so a more specific tier always wins. */
export const TIER_WEIGHT: Readonly<Record<Tier, number>> = {
  rule: 30_000,
  'provider-code': 20_000,
  'reason-phrase': 10_000,
  'status-code': 0,
  unknown: -1,
};

/** A phrase-level entry of the provider-code or reason-phrase tier. */
export interface TierEntry {
  readonly id: DiagnosisId;
  readonly tier: 'provider-code' | 'reason-phrase';
  readonly match: RuleMatch;
  /** Where the fact comes from (a provider's reference page, Sisimai's phrase list …). */
  readonly source: string;
  /**
   * Words for a text that is the same failure seen from another side, said to the person who acts there (the
   * sending program's own error, not a mail server's): they replace the id's rule's words for this entry's matches.
   */
  readonly words?: SpokenWords;
}

/** A code-level entry: a provider's own enhanced status code, which names a cause without any phrase. */
export interface ProviderCodeEntry {
  readonly id: DiagnosisId;
  /** Exact enhanced status code, e.g. "5.7.708". */
  readonly enhanced: string;
  readonly source: string;
}
