/**
 * The sender-requirements card as data: per mail domain, one row per
 * requirement the big mailbox providers publish (config/sender-requirements.ts),
 * each met, not met, or not checkable from here, with the evidence in words.
 * A row that an audit finding already explains names that finding instead of
 * raising a second problem ("one root cause said once").
 */
import type { MailboxProvider, RequirementId } from '../../config/sender-requirements';
import type { DiagnosisId } from '../../kb/catalogue';
import type { Localized } from '../../kb/types';
import type { RecordToPublish } from '../model';

export type RequirementStatus = 'met' | 'not-met' | 'cannot-check';

/** A refusal by a mailbox provider whose code names this requirement. */
export interface RequirementRejection {
  readonly provider: MailboxProvider;
  /** The code as the provider wrote it: "5.7.26", "5.7.515", "TSS04". */
  readonly code: string;
  /** Unix seconds of the latest such refusal. */
  readonly lastSeen: number;
  readonly count: number;
  /** "Gmail said 5.7.26 on 3 December; your DMARC record is missing." */
  readonly text: Localized<string>;
}

export interface RequirementRow {
  readonly id: RequirementId;
  readonly status: RequirementStatus;
  readonly providers: readonly MailboxProvider[];
  /** The providers' pages that state the requirement. */
  readonly sources: readonly string[];
  readonly title: Localized<string>;
  /** What was seen, in words: why it is met, not met or not checkable. */
  readonly evidence: readonly Localized<string>[];
  /** The audit finding whose fix this row's fix is (the card refers to it instead of repeating it). */
  readonly finding?: DiagnosisId;
  /** What to do when no finding carries the fix (e.g. where to look for what cannot be checked here). */
  readonly advice?: Localized<string>;
  /** The exact record to publish, when the fix is a record. */
  readonly record?: RecordToPublish;
  readonly links: readonly string[];
  readonly rejections: readonly RequirementRejection[];
}

export interface DomainRequirements {
  readonly domain: string;
  readonly rows: readonly RequirementRow[];
}

/** What the connection probe saw on a server's port 25, when it ran. */
export interface Port25Observation {
  readonly host: string;
  readonly address: string;
  /** 25, unless the probe was told another port for incoming SMTP. */
  readonly port: number;
  /** The host name in the 220 greeting; undefined when the greeting named none or none came. */
  readonly greetingName: string | undefined;
  /** 'not-offered' also when STARTTLS was refused or its handshake failed: either way no TLS. */
  readonly starttls: 'offered' | 'not-offered' | 'unknown';
}
