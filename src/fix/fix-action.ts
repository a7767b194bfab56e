/**
 * What a fix is, as data: the cPanel call that makes the change, the value
 * before and after in words, and the call that takes it back. Built by
 * plan-fix.ts from a finding and the account's snapshot; carried out at the
 * edge (src/audit/apply-fix.ts), which is the only place that calls cPanel.
 */
import type { DiagnosisId } from '../kb/catalogue';
import type { Actor, Localized } from '../kb/types';
import type { Severity, Subject } from '../diagnose/model';

/** One cPanel call exactly as it is sent: UAPI as the account, or WHM API 1 as root or a reseller. */
export interface FixCall {
  readonly api: 'uapi' | 'whm';
  /** UAPI module; null for WHM API 1. */
  readonly module: string | null;
  readonly func: string;
  readonly args: Readonly<Record<string, string>>;
}

/**
 * A change to one TXT record of a zone through `DNS::mass_edit_zone`, which
 * needs the zone's current serial and the record's line: both are read
 * (`DNS::parse_zone`) when the change is made, so a zone edited in between is
 * refused by cPanel rather than overwritten.
 */
export interface ZoneTxtChange {
  readonly zone: string;
  /** The record's full name (`_dmarc.example.com`). */
  readonly name: string;
  /** The record that must be there now (null: none of this kind yet). */
  readonly from: string | null;
  /** The record afterwards (null: removed). */
  readonly to: string | null;
  /** Which records count as "this kind" at the name: SPF or DMARC. */
  readonly family: 'spf' | 'dmarc';
}

export type FixStep = { readonly kind: 'call'; readonly call: FixCall } | { readonly kind: 'zone-txt'; readonly change: ZoneTxtChange };

export type FixKind =
  | 'routing'
  | 'release-outgoing'
  | 'allow-outgoing'
  | 'allow-incoming'
  | 'allow-login'
  | 'release-outgoing-account'
  | 'allow-outgoing-account'
  | 'spf'
  | 'dkim'
  | 'dmarc'
  | 'quota';

export interface FixAction {
  readonly kind: FixKind;
  readonly findingId: DiagnosisId;
  readonly subject: Subject;
  /** The finding's severity before the fix: afterwards it is gone, or only advice about the past is left. */
  readonly severity: Severity;
  /** What the fix does, in one line. */
  readonly title: Localized<string>;
  readonly before: Localized<string>;
  readonly after: Localized<string>;
  readonly apply: FixStep;
  /** How to take it back; null when cPanel offers no way (then `undoNote` says why). */
  readonly undo: FixStep | null;
  readonly undoNote: Localized<string> | null;
  /** Only WHM API 1 can make this change (an account-level hold or suspension). */
  readonly needsWhm: boolean;
}

export type FixPlan =
  | { readonly kind: 'action'; readonly action: FixAction }
  /** A problem Mail Doctor cannot fix from here: who has to act, and why. */
  | { readonly kind: 'none'; readonly findingId: DiagnosisId; readonly subject: Subject; readonly actor: Actor | null; readonly reason: Localized<string> }
  /** No problem of that id (and subject) in this audit; `subjects` lists the ones there are when the subject was wrong or missing. */
  | { readonly kind: 'not-found'; readonly findingId: string; readonly subjects: readonly string[]; readonly reason: Localized<string> };
