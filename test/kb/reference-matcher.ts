/**
 * The knowledge base's matching rules, written the plain way: every rule is
 * tried on every text with `includes`, conditions are read straight from the
 * rule's fields, stage and provider from the full reply details, and the
 * tiers are tried one after the other instead of by score. Slow and
 * obviously right; the fast matcher (automaton, compiled rules, lazy facts)
 * must agree with it on every text.
 */
import { DIAGNOSES, type DiagnosisId } from '../../src/kb/catalogue';
import type { TierKnowledge } from '../../src/kb/matcher';
import { TIER_WEIGHT, type Tier } from '../../src/kb/tiers/tier-entry';
import type { Rule, RuleMatch } from '../../src/kb/types';
import { readReplyDetails, type ParsedReply } from '../../src/smtp/reply';
import { isFieldPhrase } from '../../src/smtp/reply-markers';

export interface ReferenceResult {
  readonly id: DiagnosisId;
  readonly phrase: string | undefined;
  readonly score: number | undefined;
  readonly tier?: Tier;
}

function enhancedListed(listed: readonly string[], value: string): boolean {
  return listed.some((entry) => (entry.endsWith('.') ? value.startsWith(entry) : value === entry));
}

/** The condition bonus, or undefined when a condition vetoes the rule. */
function conditions(m: RuleMatch, reply: ParsedReply): number | undefined {
  const { code, enhanced } = reply;
  const details = readReplyDetails(reply);
  const requireCode = m.requireCode === true;
  if (requireCode && code === undefined && enhanced === undefined) return undefined;
  let bonus = 0;
  if (m.codes !== undefined) {
    if (code !== undefined) {
      if (!m.codes.includes(code)) return undefined;
      bonus += 8;
    } else if (requireCode && m.enhanced === undefined) return undefined;
  }
  if (m.enhanced !== undefined) {
    if (enhanced !== undefined) {
      if (!enhancedListed(m.enhanced, enhanced)) return undefined;
      bonus += 8;
    } else if (requireCode && m.codes === undefined) return undefined;
  }
  if (m.notEnhanced !== undefined && enhanced !== undefined && enhancedListed(m.notEnhanced, enhanced)) return undefined;
  if (m.stages !== undefined && details.stage !== undefined) {
    if (!m.stages.includes(details.stage)) return undefined;
    bonus += 8;
  }
  if (m.providers !== undefined && details.provider !== undefined) {
    if (!m.providers.includes(details.provider)) return undefined;
    bonus += 8;
  }
  return bonus;
}

interface Candidate {
  readonly id: DiagnosisId;
  readonly match: RuleMatch;
}

/** A phrase in the reply's words; one about a log line's own fields ("t=address_pipe") also in those fields. */
function occurs(phrase: string, reply: ParsedReply): boolean {
  if (reply.folded.slice(reply.wordsFrom).includes(phrase)) return true;
  return isFieldPhrase(phrase) && reply.folded.slice(0, reply.wordsFrom).includes(phrase);
}

/** The best phrase match among `candidates` (one tier), scored as the matcher documents it. */
function bestOf(candidates: readonly Candidate[], reply: ParsedReply, weight: number): ReferenceResult | undefined {
  const order = new Map(DIAGNOSES.map((d, i) => [d.id as string, i]));
  let best: { id: DiagnosisId; phrase: string; score: number } | undefined;
  for (const { id, match } of candidates) {
    const found = match.phrases.filter((p) => occurs(p, reply));
    if (found.length === 0) continue;
    if ((match.unless ?? []).some((p) => occurs(p, reply))) continue;
    const bonus = conditions(match, reply);
    if (bonus === undefined) continue;
    if (match.pattern !== undefined && !new RegExp(match.pattern.source, match.pattern.flags).test(reply.folded)) continue;
    const phrase = found.reduce((a, b) => (b.length > a.length ? b : a));
    const score = weight + 100 * (match.priority ?? 0) + phrase.length + bonus + (match.pattern === undefined ? 0 : 4);
    const better = best === undefined || score > best.score || (score === best.score && order.get(id)! < order.get(best.id)!);
    if (better) best = { id, phrase, score };
  }
  return best;
}

/**
 * Tier by tier, most specific first: the rules; the provider-code phrases,
 * then a provider's own status code; the reason phrases; the status code.
 */
export function referenceClassify(rules: readonly Rule[], tiers: TierKnowledge, reply: ParsedReply): ReferenceResult {
  const byTier = (tier: Tier): Candidate[] => tiers.entries.filter((e) => e.tier === tier);
  const fromRules = bestOf(rules.map((r) => ({ id: r.id, match: r.match })), reply, TIER_WEIGHT.rule);
  if (fromRules !== undefined) return { ...fromRules, tier: 'rule' };
  const fromProvider = bestOf(byTier('provider-code'), reply, TIER_WEIGHT['provider-code']);
  if (fromProvider !== undefined) return { ...fromProvider, tier: 'provider-code' };
  const code = tiers.providerCodes.find((c) => c.enhanced === reply.enhanced);
  if (code !== undefined) return { id: code.id, phrase: code.enhanced, score: TIER_WEIGHT['provider-code'], tier: 'provider-code' };
  const fromPhrase = bestOf(byTier('reason-phrase'), reply, TIER_WEIGHT['reason-phrase']);
  if (fromPhrase !== undefined) return { ...fromPhrase, tier: 'reason-phrase' };
  const status = tiers.statusCode(reply, readReplyDetails(reply).stage);
  if (status !== undefined) return { id: status.id, phrase: status.key, score: TIER_WEIGHT['status-code'], tier: 'status-code' };
  return { id: 'unknown', phrase: undefined, score: undefined, tier: 'unknown' };
}
