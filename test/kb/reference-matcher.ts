/**
 * The knowledge base's matching rules, written the plain way: every rule is
 * tried on every text with `includes`, conditions are read straight from the
 * rule's fields, stage and provider from the full reply details. Slow and
 * obviously right; the fast matcher (automaton, compiled rules, lazy facts)
 * must agree with it on every text.
 */
import { DIAGNOSES, type DiagnosisId } from '../../src/kb/catalogue';
import type { Rule } from '../../src/kb/types';
import { readReplyDetails, type ParsedReply } from '../../src/smtp/reply';

export interface ReferenceResult {
  readonly id: DiagnosisId;
  readonly phrase: string | undefined;
  readonly score: number | undefined;
}

function enhancedListed(listed: readonly string[], value: string): boolean {
  return listed.some((entry) => (entry.endsWith('.') ? value.startsWith(entry) : value === entry));
}

/** The condition bonus, or undefined when a condition vetoes the rule. */
function conditions(rule: Rule, reply: ParsedReply): number | undefined {
  const m = rule.match;
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

export function referenceClassify(rules: readonly Rule[], reply: ParsedReply): ReferenceResult {
  const order = new Map(DIAGNOSES.map((d, i) => [d.id as string, i]));
  let best: { rule: Rule; phrase: string; score: number } | undefined;
  for (const rule of rules) {
    const found = rule.match.phrases.filter((p) => reply.folded.includes(p));
    if (found.length === 0) continue;
    if ((rule.match.unless ?? []).some((p) => reply.folded.includes(p))) continue;
    const bonus = conditions(rule, reply);
    if (bonus === undefined) continue;
    if (rule.match.pattern !== undefined && !new RegExp(rule.match.pattern.source, rule.match.pattern.flags).test(reply.folded)) continue;
    const phrase = found.reduce((a, b) => (b.length > a.length ? b : a));
    const score = 100 * (rule.match.priority ?? 0) + phrase.length + bonus + (rule.match.pattern === undefined ? 0 : 4);
    const better = best === undefined || score > best.score || (score === best.score && order.get(rule.id)! < order.get(best.rule.id)!);
    if (better) best = { rule, phrase, score };
  }
  return best === undefined ? { id: 'unknown', phrase: undefined, score: undefined } : { id: best.rule.id, phrase: best.phrase, score: best.score };
}
