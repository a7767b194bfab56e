/**
 * The shape of the knowledge base. Rules are data: a rule says which delivery
 * texts it recognises and what Mail Doctor tells the person about them, in
 * Dutch and English. The matcher (matcher.ts) and the renderer (render.ts) are
 * the only code that interprets these fields.
 */
import type { DiagnosisId } from './catalogue';
import type { ProfileLinkKey } from '../config/provider-profile';

export { LANGS, type Lang, type Localized } from '../text/lang';
export type { ProviderId, Stage } from '../smtp/reply-markers';
import type { Localized } from '../text/lang';
import type { ProviderId, Stage } from '../smtp/reply-markers';

/** Who has to do something about it. */
export type Actor = 'account-owner' | 'hosting-provider' | 'other-side';

/**
 * What a rule recognises. Matching runs on the folded reply text (see
 * src/smtp/reply.ts): lower-cased, white space collapsed to single spaces,
 * SMTP continuation prefixes ("550-5.7.26 ") removed.
 */
export interface RuleMatch {
  /**
   * Literal phrases, lower case, single-spaced. The rule is a candidate when
   * any one of them occurs in the folded text. Keep them as specific as the
   * fact allows: the longest matching phrase counts towards specificity.
   */
  readonly phrases: readonly string[];
  /**
   * Optional extra condition, tested only when a phrase matched: must match
   * the folded (lower-case) text. Named groups become captures that the texts
   * can use as {name}; only names listed in CAPTURE_NAMES (render.ts) are allowed.
   */
  readonly pattern?: RegExp;
  /** Phrases that veto the rule when present. */
  readonly unless?: readonly string[];
  /**
   * Basic reply codes the rule accepts (550, 451, …). A text whose parsed
   * code is not listed does not match; a text without a code matches unless
   * `requireCode` is set.
   */
  readonly codes?: readonly number[];
  /**
   * Enhanced status codes (RFC 3463) the rule accepts: exact "5.7.26" or a
   * prefix ending in a dot such as "5.7." or "4.". Same leniency as `codes`.
   */
  readonly enhanced?: readonly string[];
  /** Enhanced codes that veto the rule, in the same exact-or-prefix form (no bonus when absent). */
  readonly notEnhanced?: readonly string[];
  /** Require that a reply code (or enhanced code) is present and listed. */
  readonly requireCode?: boolean;
  /** Dialogue stages the rule accepts; a text without a known stage matches. */
  readonly stages?: readonly Stage[];
  /** Providers the rule is about; a text whose provider is unknown matches. */
  readonly providers?: readonly ProviderId[];
  /**
   * Coarse tie-breaker added to specificity (×100). Use only when the
   * phrase lengths alone would let a generic rule win over a specific one.
   */
  readonly priority?: number;
}

/** A real delivery text the rule must recognise. */
interface RuleExample {
  readonly text: string;
  /** Where the text comes from: the seed, a provider's error reference, Exim's source … */
  readonly source: string;
}

/** A text that looks similar but must NOT get this rule's id. */
interface NearMiss {
  readonly text: string;
  /** Why it is different. */
  readonly why: string;
  /** The id it should get instead ('unknown' when no rule fits). */
  readonly expected: DiagnosisId;
}

export interface Rule {
  readonly id: DiagnosisId;
  readonly match: RuleMatch;
  /**
   * Whether the failure is temporary (the server retries). 'by-code' reads the
   * reply/enhanced code (4xx temporary, 5xx permanent; permanent when absent).
   */
  readonly temporary: boolean | 'by-code';
  /** Phrases that make this particular text temporary (e.g. "will be reattempted later"). */
  readonly temporaryWhen?: readonly string[];
  readonly actor: Actor;
  /** Short headline, no placeholders needed. */
  readonly title: Localized<string>;
  /** Why it happened, in plain words. May use {placeholders}. */
  readonly explanation: Localized<string>;
  /** What to do, as ordered steps. May use {placeholders}. */
  readonly fix: Localized<readonly string[]>;
  /**
   * For text+state rules: what the account audit cross-checks to pick the fix
   * (shown by `explain` so the person knows what the audit would look at).
   */
  readonly crossCheck?: Localized<string>;
  /** Keys of help links in the provider profile to show with the fix. */
  readonly links?: readonly ProfileLinkKey[];
  readonly examples: readonly RuleExample[];
  readonly nearMisses: readonly NearMiss[];
}

export type { DiagnosisId, ProfileLinkKey };
