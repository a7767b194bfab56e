/**
 * A rule's conditions in one fixed shape. Rules are written as object
 * literals with only the fields they need, so no two share a layout; the
 * matcher reads these conditions for every candidate of every line, and
 * reading one layout is much cheaper for the engine than reading dozens.
 */
import type { ParsedReply } from '../smtp/reply';
import { groupNames } from '../text/regex-source';
import { diagnosis, type DiagnosisEntry } from './catalogue';
import { TIER_WEIGHT, type Tier } from './tiers/tier-entry';
import type { ProviderId, Rule, RuleMatch, Stage } from './types';

/** An enhanced code condition: exact ("5.7.26"), or a prefix ending in a dot ("5.7."). */
function listedPrefix(listed: readonly string[], value: string): boolean {
  for (const entry of listed) {
    if (entry.endsWith('.') ? value.startsWith(entry) : value === entry) return true;
  }
  return false;
}

/**
 * Whether a pattern matches every text: "^(?:…)?" with the optional group
 * spanning the whole source. Such a pattern only reads captures, so it need
 * not run while rules are ranked, only for the rule that wins.
 */
export function matchesEveryText(pattern: RegExp): boolean {
  const source = pattern.source;
  if (pattern.global || pattern.sticky || !source.startsWith('^(?:') || !source.endsWith(')?')) return false;
  // Find where the group opened at index 1 closes: escapes and character classes hold no group syntax.
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i === source.length - 2;
    }
  }
  return false;
}

/** The reply's stage and provider: worked out by the matcher only when a rule asks, at most once per text. */
export interface ReplyFacts {
  stage(): Stage | undefined;
  provider(): ProviderId | undefined;
}

export class CompiledRule {
  readonly requireCode: boolean;
  readonly codes: readonly number[] | null;
  readonly enhanced: readonly string[] | null;
  readonly notEnhanced: readonly string[] | null;
  readonly stages: readonly Stage[] | null;
  readonly providers: readonly ProviderId[] | null;
  /** Veto phrases: the matcher finds them in its phrase scan, so they are not tested here. */
  readonly unless: readonly string[];
  readonly pattern: RegExp | null;
  /** The pattern only reads captures (see `matchesEveryText`): it counts as matched without running. */
  readonly patternMatchesAll: boolean;
  /** The pattern's named groups, read once here instead of walking each match's groups object. */
  readonly captureNames: readonly string[];
  /** The tier's weight plus priority × 100: the coarse part of the score. */
  readonly base: number;
  /** The rule's catalogue entry, looked up once. */
  readonly entry: DiagnosisEntry;
  /** The highest score this rule can reach: its longest phrase, every condition's bonus and the pattern's. */
  readonly ceiling: number;

  constructor(
    /** The rule whose words explain a match: the matched rule itself, or the id's rule for a tier entry. */
    readonly rule: Rule,
    /** Position of the rule's diagnosis in the catalogue: breaks ties. */
    readonly order: number,
    /** What to recognise: the rule's own match, or a tier entry's. */
    readonly match: RuleMatch = rule.match,
    readonly tier: Exclude<Tier, 'status-code' | 'unknown'> = 'rule',
  ) {
    const m = match;
    this.requireCode = m.requireCode === true;
    this.codes = m.codes ?? null;
    this.enhanced = m.enhanced ?? null;
    this.notEnhanced = m.notEnhanced ?? null;
    this.stages = m.stages ?? null;
    this.providers = m.providers ?? null;
    this.unless = m.unless ?? [];
    this.pattern = m.pattern ?? null;
    this.patternMatchesAll = this.pattern !== null && matchesEveryText(this.pattern);
    this.captureNames = this.pattern === null ? [] : groupNames(this.pattern);
    this.base = TIER_WEIGHT[tier] + 100 * (m.priority ?? 0);
    this.entry = diagnosis(rule.id);
    const conditions = [this.codes, this.enhanced, this.stages, this.providers].filter((c) => c !== null).length;
    this.ceiling = this.base + Math.max(0, ...m.phrases.map((p) => p.length)) + 8 * conditions + (this.pattern === null ? 0 : 4);
  }

  /**
   * The bonus the code, stage and provider conditions earn, or -1 when one of
   * them vetoes the rule. `unless` phrases are the matcher's to check.
   */
  conditionBonus(reply: ParsedReply, facts: ReplyFacts): number {
    let bonus = 0;
    const { code, enhanced } = reply;
    if (this.requireCode && code === undefined && enhanced === undefined) return -1;
    if (this.codes !== null) {
      if (code !== undefined) {
        if (!this.codes.includes(code)) return -1;
        bonus += 8;
      } else if (this.requireCode && this.enhanced === null) return -1;
    }
    if (this.enhanced !== null) {
      if (enhanced !== undefined) {
        if (!listedPrefix(this.enhanced, enhanced)) return -1;
        bonus += 8;
      } else if (this.requireCode && this.codes === null) return -1;
    }
    if (this.notEnhanced !== null && enhanced !== undefined && listedPrefix(this.notEnhanced, enhanced)) return -1;
    if (this.stages !== null) {
      const stage = facts.stage();
      if (stage !== undefined) {
        if (!this.stages.includes(stage)) return -1;
        bonus += 8;
      }
    }
    if (this.providers !== null) {
      const provider = facts.provider();
      if (provider !== undefined) {
        if (!this.providers.includes(provider)) return -1;
        bonus += 8;
      }
    }
    return bonus;
  }
}
