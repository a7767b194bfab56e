/** The JSON shape `mail-doctor explain --json` prints: one object per input line. */
import type { Explanation } from '../kb/explain';
import type { Classification } from '../kb/matcher';
import { readReplyDetails } from '../smtp/reply';

export interface ExplainRecord {
  readonly line: number;
  readonly input: string;
  readonly id: string;
  readonly reason: string;
  readonly kind: string;
  readonly temporary: boolean;
  readonly code: number | null;
  readonly enhanced: string | null;
  readonly stage: string | null;
  readonly remoteHost: string | null;
  readonly provider: string | null;
  /** Who acts, as a value (`account-owner`, …); `who` says it in words. */
  readonly actor: string | null;
  readonly who: string | null;
  readonly title: string;
  readonly explanation: string;
  /** The steps as one text; `fixSteps` keeps them apart. */
  readonly fix: string;
  readonly fixSteps: readonly string[];
  readonly crossCheck: string | null;
  readonly links: readonly string[];
  readonly captures: Readonly<Record<string, string>>;
  /** Which rule and phrase decided it (null for unknown). */
  readonly matchedBy: { readonly phrase: string; readonly score: number } | null;
  /** Which level of knowledge decided: rule, provider-code, reason-phrase, status-code or unknown. */
  readonly tier: string;
  /** The same in words. */
  readonly recognisedBy: string;
  readonly notes: readonly string[];
}

export interface ExplainErrorRecord {
  readonly line: number;
  readonly input: string;
  readonly error: string;
}

export function toExplainRecord(
  line: number,
  input: string,
  c: Classification,
  e: Explanation,
  notes: readonly string[],
): ExplainRecord {
  const details = readReplyDetails(c.reply, false);
  return {
    line,
    input,
    id: c.id,
    reason: c.reason,
    kind: c.kind,
    temporary: c.temporary,
    code: c.reply.code ?? null,
    enhanced: c.reply.enhanced ?? null,
    stage: details.stage ?? null,
    remoteHost: details.remoteHost ?? null,
    provider: details.provider ?? null,
    actor: c.actor ?? null,
    who: e.actor ?? null,
    title: e.title,
    explanation: e.explanation,
    fix: e.fix.map((step, i) => `${i + 1}. ${step}`).join(' '),
    fixSteps: e.fix,
    crossCheck: e.crossCheck ?? null,
    links: e.links.map((l) => l.url),
    captures: c.captures,
    matchedBy: c.match === undefined ? null : { phrase: c.match.phrase, score: c.match.score },
    tier: c.tier,
    recognisedBy: e.recognisedBy,
    notes,
  };
}
