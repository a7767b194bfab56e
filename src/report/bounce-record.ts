/**
 * The JSON shape of `mail-doctor bounce --json` (and what the page shows):
 * one record per bounced recipient, or one record for a message that is not
 * a failure report, or one error record for a file that could not be read.
 */
import { noteWords } from '../text/reader-notes';
import type { ProviderProfile } from '../config/provider-profile';
import type { BounceReport, BouncedRecipient } from '../bounce/read-bounce';
import { explain } from '../kb/explain';
import { toExplainRecord } from './explain-record';
import type { Lang } from '../kb/types';

export interface BounceRecord {
  readonly file: string;
  /** Position of the message in an mbox (0-based); absent for a single message. */
  readonly message?: number;
  /** The recipient's 0-based position in the message; null for a message that is not a failure report. */
  readonly index: number | null;
  readonly kind: string;
  /** A feedback report's Feedback-Type (`abuse`, `opt-out` for an unsubscribe request …); null otherwise. */
  readonly feedbackType: string | null;
  readonly recipient: string | null;
  readonly action: string | null;
  readonly status: string | null;
  readonly replyCode: number | null;
  readonly remoteMta: string | null;
  readonly reportingMta: string | null;
  readonly diagnosticCode: string | null;
  readonly arrivalDate: string | null;
  readonly originalMessageId: string | null;
  readonly originalFrom: string | null;
  readonly originalTo: string | null;
  readonly originalSubject: string | null;
  readonly id: string | null;
  readonly reason: string | null;
  /** Where the reason comes from; 'status-code' marks the last-resort reading of the status code alone. */
  readonly reasonSource: string | null;
  readonly temporary: boolean | null;
  readonly stage: string | null;
  readonly provider: string | null;
  /** Who acts, as a value (`account-owner`, …); `who` says it in words. */
  readonly actor: string | null;
  readonly who: string | null;
  /** Which level of knowledge decided (rule, provider-code, reason-phrase, status-code, unknown), and the same in words. */
  readonly tier: string | null;
  readonly recognisedBy: string | null;
  readonly title: string | null;
  readonly explanation: string | null;
  readonly fix: string | null;
  readonly fixSteps: readonly string[];
  readonly crossCheck: string | null;
  readonly links: readonly string[];
  readonly matchedBy: { readonly phrase: string; readonly score: number } | null;
  readonly notes: readonly string[];
}

export interface BounceErrorRecord {
  readonly file: string;
  readonly message?: number;
  readonly error: string;
}

/** Keeps the remote server's words readable on one line and bounded. */
const MAX_DIAGNOSTIC = 2000;

function messageFields(file: string, message: number | undefined, report: BounceReport) {
  return {
    file,
    ...(message === undefined ? {} : { message }),
    reportingMta: report.reportingMta ?? null,
    arrivalDate: report.arrivalDate ?? null,
    originalMessageId: report.original.messageId ?? null,
    originalFrom: report.original.from ?? null,
    originalTo: report.original.to ?? null,
    originalSubject: report.original.subject ?? null,
  };
}

function recipientRecord(file: string, message: number | undefined, report: BounceReport, r: BouncedRecipient, lang: Lang, profile: ProviderProfile): BounceRecord {
  const c = r.classification;
  // The explanation's fields exactly as `explain --json` gives them.
  const x = toExplainRecord(0, '', c, explain(c, lang, profile), []);
  const m = messageFields(file, message, report);
  return {
    file: m.file,
    ...(message === undefined ? {} : { message }),
    index: r.index,
    kind: report.kind,
    feedbackType: null,
    recipient: r.recipient,
    action: r.action ?? null,
    status: r.status ?? null,
    replyCode: r.replyCode ?? null,
    remoteMta: r.remoteMta ?? null,
    reportingMta: m.reportingMta,
    diagnosticCode: r.diagnosticCode === undefined ? null : r.diagnosticCode.replace(/\s+/g, ' ').trim().slice(0, MAX_DIAGNOSTIC),
    arrivalDate: m.arrivalDate,
    originalMessageId: m.originalMessageId,
    originalFrom: m.originalFrom,
    originalTo: m.originalTo,
    originalSubject: m.originalSubject,
    id: c.id,
    reason: r.reason,
    reasonSource: r.reasonSource,
    temporary: r.temporary,
    stage: r.stage ?? x.stage,
    provider: x.provider,
    actor: x.actor,
    who: x.who,
    tier: x.tier,
    recognisedBy: x.recognisedBy,
    title: x.title,
    explanation: x.explanation,
    fix: x.fix,
    fixSteps: x.fixSteps,
    crossCheck: x.crossCheck,
    links: x.links,
    matchedBy: x.matchedBy,
    notes: report.notes.map((note) => noteWords(note, lang)),
  };
}

/** The records of one message, in the order of its recipients. */
/**
 * The reason name a message that is no failure report carries, in Sisimai's
 * vocabulary like every other reason (`vacation`, `feedback`, `delivered`):
 * what the message is, not a diagnosis (its id stays null).
 */
const KIND_REASON: Readonly<Partial<Record<BounceReport['kind'], string>>> = { 'auto-reply': 'vacation', 'feedback-report': 'feedback', delivered: 'delivered' };

export function toBounceRecords(file: string, message: number | undefined, report: BounceReport, lang: Lang, profile: ProviderProfile): BounceRecord[] {
  if (report.recipients.length > 0) return report.recipients.map((r) => recipientRecord(file, message, report, r, lang, profile));
  const m = messageFields(file, message, report);
  return [
    {
      file: m.file,
      ...(message === undefined ? {} : { message }),
      index: null,
      kind: report.kind,
      feedbackType: report.feedbackType ?? null,
      recipient: report.about ?? null,
      action: null,
      status: null,
      replyCode: null,
      remoteMta: null,
      reportingMta: m.reportingMta,
      diagnosticCode: null,
      arrivalDate: m.arrivalDate,
      originalMessageId: m.originalMessageId,
      originalFrom: m.originalFrom,
      originalTo: m.originalTo,
      originalSubject: m.originalSubject,
      id: null,
      reason: KIND_REASON[report.kind] ?? null,
      reasonSource: KIND_REASON[report.kind] === undefined ? null : 'message-kind',
      temporary: null,
      stage: null,
      provider: null,
      actor: null,
      who: null,
      tier: null,
      recognisedBy: null,
      title: null,
      explanation: null,
      fix: null,
      fixSteps: [],
      crossCheck: null,
      links: [],
      matchedBy: null,
      notes: report.notes.map((note) => noteWords(note, lang)),
    },
  ];
}
