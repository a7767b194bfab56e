/**
 * Picks the rule that explains a parsed delivery text. Deterministic: of the
 * rules whose conditions all hold, the most specific wins (see `specificity`),
 * ties go to catalogue order. Every result says which rule and which phrase
 * produced it, so a wrong answer can be traced to its rule.
 */
import { DIAGNOSES, diagnosis, type DiagnosisId, type DiagnosisKind, type Reason } from './catalogue';
import { CompiledRule, type ReplyFacts } from './compiled-rule';
import type { StatusCodeMatch } from './tiers/status-codes';
import { TIER_WEIGHT, type ProviderCodeEntry, type SpokenWords, type Tier, type TierEntry } from './tiers/tier-entry';
import { PhraseIndex, type PhraseTables } from '../text/phrase-index';
import type { Actor, ProviderId, Rule, Stage } from './types';
import { replyProvider, replyStage, type ParsedReply } from '../smtp/reply';
import { detectProvider, isFieldPhrase, REPLY_MARKERS, type FoundMarkers } from '../smtp/reply-markers';
import { isTemporaryCode } from '../smtp/reply-codes';

interface RuleMatchInfo {
  /** The rule that explains the result (for a tier entry or code table: the id's rule). */
  readonly rule: Rule;
  /** The longest phrase of the rule found in the text; for a code table, the code. */
  readonly phrase: string;
  readonly score: number;
}

export interface Classification {
  readonly id: DiagnosisId;
  /** Which level of knowledge decided (see `Tier`). */
  readonly tier: Tier;
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
const NO_MARKERS: readonly number[] = Object.freeze([]);
/** Marks a stage or provider not yet worked out for the current text. */
const NOT_READ = Symbol('not read');

/**
 * Sending services' own word for a temporary failure, where no code says it: Amazon SES's bounceType "Transient",
 * Mailgun's severity "temporary", a "soft bounce".
 */
const SOFT_BOUNCE = /\bbounce\s?type\b["']?\s*[:=]\s*["']?transient\b|\bseverity\b["']?\s*[:=]\s*["']?temporary\b|\bsoft[-_ ]?bounce\b/;

function isTemporary(rule: Rule | undefined, reply: ParsedReply): boolean {
  if (rule?.temporaryWhen?.some((phrase) => reply.folded.includes(phrase))) return true;
  if (rule !== undefined && rule.temporary !== 'by-code') return rule.temporary;
  if (reply.code !== undefined) return isTemporaryCode(reply.code);
  if (reply.enhanced !== undefined) return reply.enhanced.startsWith('4.');
  // An Exim "==" line is a deferral; "**" and rejections are final.
  if (reply.logEvent === 'deferred') return true;
  return SOFT_BOUNCE.test(reply.folded);
}

/**
 * What a machine-readable report (an RFC 3464 delivery-status group) says
 * beside the text: used only where the text itself does not say it, since the
 * text is the remote server's own words.
 */
interface ReplyContext {
  readonly stage?: Stage;
  readonly remoteHost?: string;
}

export interface Classifier {
  classify(reply: ParsedReply, context?: ReplyContext): Classification;
  readonly rules: readonly Rule[];
}

/** The broader tiers a classifier knows besides its rules (see tiers/). */
export interface TierKnowledge {
  readonly entries: readonly TierEntry[];
  readonly providerCodes: readonly ProviderCodeEntry[];
  /** The status-code tier: an id for a reply's codes, or undefined. */
  readonly statusCode: (reply: ParsedReply, stage?: Stage) => StatusCodeMatch | undefined;
}

const NO_TIERS: TierKnowledge = { entries: [], providerCodes: [], statusCode: () => undefined };

/**
 * Ready-made tables of the phrase automaton for exactly these phrases, when
 * some were kept (see kb/phrase-tables-cache.ts); undefined to build them.
 */
export type PhraseTablesSource = (phrases: readonly string[]) => PhraseTables | undefined;

export function createClassifier(rules: readonly Rule[], tiers: TierKnowledge = NO_TIERS, tablesFor?: PhraseTablesSource): Classifier {
  const ruleOf = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));
  const wordsOf = (id: DiagnosisId): Rule => {
    const rule = ruleOf.get(id);
    if (rule === undefined) throw new Error(`tier entry for ${id}, which has no rule to explain it`);
    return rule;
  };
  const orderOf = (id: DiagnosisId): number => CATALOGUE_ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
  const compiled = [
    ...rules.map((rule) => new CompiledRule(rule, orderOf(rule.id))),
    ...tiers.entries.map((entry) => new CompiledRule(entry.words === undefined ? wordsOf(entry.id) : spokenBy(wordsOf(entry.id), entry.words), orderOf(entry.id), entry.match, entry.tier)),
  ];
  const ruleCount = rules.length;
  const codeEntries = new Map<string, Rule>(tiers.providerCodes.map((entry) => [entry.enhanced, wordsOf(entry.id)]));
  const statusCode = (reply: ParsedReply, stage: Stage | undefined): { rule: Rule; key: string } | undefined => {
    const found = tiers.statusCode(reply, stage);
    return found === undefined ? undefined : { rule: wordsOf(found.id), key: found.key };
  };
  // Phrase number → owning rule and the phrase itself, as flat arrays.
  const phrases: string[] = [];
  const ownerOf: number[] = [];
  compiled.forEach((rule, ruleIndex) => {
    for (const phrase of rule.match.phrases) {
      phrases.push(phrase);
      ownerOf.push(ruleIndex);
    }
  });
  // Veto phrases are found by the same scan instead of one `includes` each per candidate: each distinct phrase once.
  const firstVeto = phrases.length;
  const vetoNumber = new Map<string, number>();
  const vetoesOf = compiled.map((rule) =>
    Int32Array.from(rule.unless, (phrase) => {
      let n = vetoNumber.get(phrase);
      if (n === undefined) {
        n = vetoNumber.size;
        vetoNumber.set(phrase, n);
      }
      return n;
    }),
  );
  // The reply's stage and provider markers ride along too: one pass over each text.
  const firstMarker = firstVeto + vetoNumber.size;
  const searched = [...phrases, ...vetoNumber.keys(), ...REPLY_MARKERS];
  // Phrases about a log line's own fields ("t=address_pipe", "r=check_mail_permissions") are the only ones looked for
  // before a reply's `wordsFrom`.
  const index = new PhraseIndex(searched, tablesFor?.(searched), isFieldPhrase);

  // Per rule: the longest phrase found in the current text; per veto phrase: whether it occurs. Both
  // carry the search number they belong to (reused arrays instead of a Map per line: this runs on every log line).
  const longestPhrase: string[] = new Array<string>(compiled.length).fill('');
  const seenIn = new Uint32Array(compiled.length);
  const vetoIn = new Uint32Array(vetoNumber.size);
  // The current text's candidate rules, in the order their first phrase was found (reused: one per rule at most).
  const candidates = new Int32Array(compiled.length);
  let search = 0;

  // The current text's stage and provider, each worked out at most once and only when a candidate asks
  // (one reused object instead of closures per line: this runs on every log line). Nothing of it outlives the call.
  let factsReply: ParsedReply | undefined;
  let factsFound: FoundMarkers = NO_MARKERS;
  let factsStage: Stage | undefined | typeof NOT_READ = NOT_READ;
  let factsProvider: ProviderId | undefined | typeof NOT_READ = NOT_READ;
  let factsContext: ReplyContext | undefined;
  // The report's host, when the text names none (classify-report.ts).
  const contextProvider = (): ProviderId | undefined =>
    factsContext?.remoteHost === undefined ? undefined : detectProvider(factsContext.remoteHost, '', NO_MARKERS);
  const facts: ReplyFacts = {
    stage: () => (factsStage === NOT_READ ? (factsStage = replyStage(factsReply!, factsFound) ?? factsContext?.stage) : factsStage),
    provider: () => (factsProvider === NOT_READ ? (factsProvider = replyProvider(factsReply!, factsFound) ?? contextProvider()) : factsProvider),
  };

  function vetoed(ruleIndex: number): boolean {
    const vetoes = vetoesOf[ruleIndex]!;
    for (let v = 0; v < vetoes.length; v += 1) if (vetoIn[vetoes[v]!] === search) return true;
    return false;
  }

  function classify(reply: ParsedReply, context?: ReplyContext): Classification {
    search = search === 0xffffffff ? 1 : search + 1;
    if (search === 1) {
      seenIn.fill(0);
      vetoIn.fill(0);
    }
    // Most texts hold no marker: an array is made only for those that do.
    let markers: number[] | undefined;
    let candidateCount = 0;
    const hits = index.search(reply.folded, reply.wordsFrom);
    for (let h = 0; h < hits.length; h += 1) {
      const hit = hits[h]!;
      if (hit >= firstVeto) {
        if (hit >= firstMarker) (markers ??= []).push(hit - firstMarker);
        else vetoIn[hit - firstVeto] = search;
        continue;
      }
      const owner = ownerOf[hit]!;
      const phrase = phrases[hit]!;
      if (seenIn[owner] !== search) {
        seenIn[owner] = search;
        longestPhrase[owner] = phrase;
        candidates[candidateCount++] = owner;
      } else if (phrase.length > longestPhrase[owner]!.length) {
        longestPhrase[owner] = phrase;
      }
    }
    factsReply = reply;
    factsFound = markers ?? NO_MARKERS;
    factsContext = context;
    factsStage = NOT_READ;
    factsProvider = NOT_READ;
    let best: CompiledRule | undefined;
    let bestPhrase = '';
    let bestScore = -1;
    // The winner's pattern match: captures are read only for the rule that wins.
    let bestMatch: RegExpExecArray | null = null;
    // Rules first, tier entries after: once a rule has matched, no tier entry can reach its score (see
    // `ceiling`), so their conditions (a stage to work out, for one) are never read.
    for (let pass = 0; pass < 2; pass += 1)
    for (let c = 0; c < candidateCount; c += 1) {
      const ruleIndex = candidates[c]!;
      if (ruleIndex < ruleCount !== (pass === 0)) continue;
      const rule = compiled[ruleIndex]!;
      if (best !== undefined && rule.ceiling < bestScore) continue;
      const bonus = rule.conditionBonus(reply, facts);
      if (bonus < 0 || vetoed(ruleIndex)) continue;
      const phrase = longestPhrase[ruleIndex]!;
      let score = rule.base + phrase.length + bonus;
      let match: RegExpExecArray | null = null;
      if (rule.patternMatchesAll) score += 4;
      else if (rule.pattern !== null) {
        // A pattern adds 4 at most: a rule that could not win even then need not run it.
        if (best !== undefined && (score + 4 < bestScore || (score + 4 === bestScore && rule.order >= best.order))) continue;
        match = rule.pattern.exec(reply.folded);
        if (match === null) continue;
        score += 4;
      }
      if (best === undefined || score > bestScore || (score === bestScore && rule.order < best.order)) {
        best = rule;
        bestPhrase = phrase;
        bestScore = score;
        bestMatch = match;
      }
    }
    // A provider's own status code is more specific than any phrase of a broader tier.
    if (reply.enhanced !== undefined && (best === undefined || best.tier === 'reason-phrase')) {
      const byCode = codeEntries.get(reply.enhanced);
      if (byCode !== undefined) return fromTable(byCode, 'provider-code', reply.enhanced, TIER_WEIGHT['provider-code'], reply);
    }
    if (best === undefined) {
      const byStatus = statusCode(reply, facts.stage());
      if (byStatus !== undefined) return fromTable(byStatus.rule, 'status-code', byStatus.key, TIER_WEIGHT['status-code'], reply);
      return { id: 'unknown', tier: 'unknown', reason: UNKNOWN.reason, kind: UNKNOWN.kind, temporary: isTemporary(undefined, reply), reply, captures: NO_CAPTURES };
    }
    const winner = best.rule;
    const entry = best.entry;
    // A pattern that matches every text ran for none of the candidates: it runs once, for the winner.
    if (best.patternMatchesAll && best.captureNames.length > 0) bestMatch = best.pattern!.exec(reply.folded);
    return {
      id: winner.id,
      tier: best.tier,
      reason: entry.reason,
      kind: entry.kind,
      temporary: isTemporary(winner, reply),
      actor: winner.actor,
      reply,
      match: { rule: winner, phrase: bestPhrase, score: bestScore },
      captures: bestMatch === null || best.captureNames.length === 0 ? NO_CAPTURES : originalCaseCaptures(best.captureNames, bestMatch, reply),
    };
  }

  return { classify, rules };
}

/** The id's rule with another side's words: its links and audit check belong to its own words and go with them. */
function spokenBy(rule: Rule, words: SpokenWords): Rule {
  const { crossCheck: _crossCheck, links: _links, ...rest } = rule;
  return { ...rest, ...words };
}

/** A result decided by a code table: the id's rule gives the words, the code is what matched. */
function fromTable(rule: Rule, tier: Tier, key: string, score: number, reply: ParsedReply): Classification {
  const entry = diagnosis(rule.id);
  return {
    id: rule.id,
    tier,
    reason: entry.reason,
    kind: entry.kind,
    temporary: isTemporary(rule, reply),
    actor: rule.actor,
    reply,
    match: { rule, phrase: key, score },
    captures: NO_CAPTURES,
  };
}

/**
 * Patterns run on the lower-cased text; the person should see values as they
 * were written (a domain's case does not matter, but an address's local part
 * or a URL might), so captures are re-read from the original-case text.
 */
function originalCaseCaptures(names: readonly string[], m: RegExpExecArray, reply: ParsedReply): Record<string, string> {
  const captures: Record<string, string> = {};
  const groups = m.groups ?? {};
  // Lower-casing keeps the length of nearly every text; where it does not, offsets differ and the folded value is shown.
  const sameOffsets = reply.text.length === reply.folded.length;
  for (const name of names) {
    const value = groups[name];
    if (value === undefined) continue;
    const at = sameOffsets ? reply.folded.indexOf(value, m.index) : -1;
    captures[name] = at >= 0 ? reply.text.slice(at, at + value.length) : value;
  }
  return captures;
}

export type { Tier };
