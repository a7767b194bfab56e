/**
 * Picks the rule that explains a parsed delivery text. Deterministic: of the
 * rules whose conditions all hold, the most specific wins (see `specificity`),
 * ties go to catalogue order. Every result says which rule and which phrase
 * produced it, so a wrong answer can be traced to its rule.
 */
import { DIAGNOSES, diagnosis, type DiagnosisId, type DiagnosisKind, type Reason } from './catalogue';
import { PhraseIndex } from './phrase-index';
import type { Actor, ProviderId, Rule, Stage } from './types';
import type { ParsedReply } from '../smtp/reply';
import { isTemporaryCode } from '../smtp/reply-codes';

export interface RuleMatchInfo {
  readonly rule: Rule;
  /** The longest phrase of the rule found in the text. */
  readonly phrase: string;
  readonly score: number;
}

export interface Classification {
  readonly id: DiagnosisId;
  readonly reason: Reason;
  readonly kind: DiagnosisKind;
  readonly temporary: boolean;
  /** Absent for `unknown`: nobody can be named from a text no rule knows. */
  readonly actor?: Actor;
  readonly reply: ParsedReply;
  readonly match?: RuleMatchInfo;
  /** Values the rule's pattern captured (domain, ip, …). */
  readonly captures: Readonly<Record<string, string>>;
}

const CATALOGUE_ORDER: ReadonlyMap<string, number> = new Map(DIAGNOSES.map((d, i) => [d.id, i]));
const UNKNOWN = diagnosis('unknown');
const NO_CAPTURES: Readonly<Record<string, string>> = Object.freeze({});

function listedPrefix(listed: readonly string[], value: string): boolean {
  return listed.some((entry) => (entry.endsWith('.') ? value.startsWith(entry) : value === entry));
}

/** Returns the bonus the optional conditions earn, or -1 when one of them vetoes the rule. */
function conditionBonus(rule: Rule, reply: ParsedReply): number {
  const m = rule.match;
  let bonus = 0;
  const hasAnyCode = reply.code !== undefined || reply.enhanced !== undefined;
  if (m.requireCode === true && !hasAnyCode) return -1;
  if (m.codes !== undefined) {
    if (reply.code !== undefined) {
      if (!m.codes.includes(reply.code)) return -1;
      bonus += 8;
    } else if (m.requireCode === true && m.enhanced === undefined) return -1;
  }
  if (m.enhanced !== undefined) {
    if (reply.enhanced !== undefined) {
      if (!listedPrefix(m.enhanced, reply.enhanced)) return -1;
      bonus += 8;
    } else if (m.requireCode === true && m.codes === undefined) return -1;
  }
  if (m.stages !== undefined && reply.stage !== undefined) {
    if (!m.stages.includes(reply.stage)) return -1;
    bonus += 8;
  }
  if (m.providers !== undefined && reply.provider !== undefined) {
    if (!m.providers.includes(reply.provider)) return -1;
    bonus += 8;
  }
  if (m.unless !== undefined && m.unless.some((phrase) => reply.folded.includes(phrase))) return -1;
  return bonus;
}

function isTemporary(rule: Rule | undefined, reply: ParsedReply): boolean {
  if (rule?.temporaryWhen?.some((phrase) => reply.folded.includes(phrase))) return true;
  if (rule !== undefined && rule.temporary !== 'by-code') return rule.temporary;
  if (reply.code !== undefined) return isTemporaryCode(reply.code);
  if (reply.enhanced !== undefined) return reply.enhanced.startsWith('4.');
  // An Exim "==" line is a deferral; "**" and rejections are final.
  if (reply.log?.event === 'deferred') return true;
  return false;
}

export interface Classifier {
  classify(reply: ParsedReply): Classification;
  readonly rules: readonly Rule[];
}

export function createClassifier(rules: readonly Rule[]): Classifier {
  const phrases: string[] = [];
  const owners: Array<{ rule: number; phrase: string }> = [];
  rules.forEach((rule, ruleIndex) => {
    for (const phrase of rule.match.phrases) {
      phrases.push(phrase);
      owners.push({ rule: ruleIndex, phrase });
    }
  });
  const index = new PhraseIndex(phrases);

  // Per rule: the longest phrase found in the current text, and the search number it belongs to
  // (reused arrays instead of a Map per line: classification runs on every log line).
  const longestPhrase: string[] = new Array<string>(rules.length).fill('');
  const seenIn = new Uint32Array(rules.length);
  let search = 0;

  function classify(reply: ParsedReply): Classification {
    search = search === 0xffffffff ? 1 : search + 1;
    if (search === 1) seenIn.fill(0);
    const candidates: number[] = [];
    for (const hit of index.search(reply.folded)) {
      const owner = owners[hit]!;
      if (seenIn[owner.rule] !== search) {
        seenIn[owner.rule] = search;
        longestPhrase[owner.rule] = owner.phrase;
        candidates.push(owner.rule);
      } else if (owner.phrase.length > longestPhrase[owner.rule]!.length) {
        longestPhrase[owner.rule] = owner.phrase;
      }
    }
    let best: Rule | undefined;
    let bestPhrase = '';
    let bestScore = -1;
    let bestOrder = Number.MAX_SAFE_INTEGER;
    // The winner's pattern match: captures are read only for the rule that wins.
    let bestMatch: RegExpExecArray | null = null;
    for (const ruleIndex of candidates) {
      const rule = rules[ruleIndex]!;
      const bonus = conditionBonus(rule, reply);
      if (bonus < 0) continue;
      let match: RegExpExecArray | null = null;
      let patternBonus = 0;
      if (rule.match.pattern !== undefined) {
        match = rule.match.pattern.exec(reply.folded);
        if (match === null) continue;
        patternBonus = 4;
      }
      const phrase = longestPhrase[ruleIndex]!;
      const score = 100 * (rule.match.priority ?? 0) + phrase.length + bonus + patternBonus;
      const order = CATALOGUE_ORDER.get(rule.id) ?? Number.MAX_SAFE_INTEGER;
      if (score > bestScore || (score === bestScore && order < bestOrder)) {
        best = rule;
        bestPhrase = phrase;
        bestScore = score;
        bestOrder = order;
        bestMatch = match;
      }
    }
    if (best === undefined) {
      return { id: 'unknown', reason: UNKNOWN.reason, kind: UNKNOWN.kind, temporary: isTemporary(undefined, reply), reply, captures: NO_CAPTURES };
    }
    const entry = diagnosis(best.id);
    return {
      id: best.id,
      reason: entry.reason,
      kind: entry.kind,
      temporary: isTemporary(best, reply),
      actor: best.actor,
      reply,
      match: { rule: best, phrase: bestPhrase, score: bestScore },
      captures: bestMatch?.groups === undefined ? NO_CAPTURES : originalCaseCaptures(bestMatch, reply),
    };
  }

  return { classify, rules };
}

/**
 * Patterns run on the lower-cased text; the person should see values as they
 * were written (a domain's case does not matter, but an address's local part
 * or a URL might), so captures are re-read from the original-case text.
 */
function originalCaseCaptures(m: RegExpExecArray, reply: ParsedReply): Record<string, string> {
  const captures: Record<string, string> = {};
  const groups = m.groups ?? {};
  // Lower-casing keeps the length of nearly every text; where it does not, offsets differ and the folded value is shown.
  const sameOffsets = reply.text.length === reply.folded.length;
  for (const name in groups) {
    const value = groups[name];
    if (value === undefined) continue;
    const at = sameOffsets ? reply.folded.indexOf(value, m.index) : -1;
    captures[name] = at >= 0 ? reply.text.slice(at, at + value.length) : value;
  }
  return captures;
}

export type { ProviderId, Stage };
