/**
 * The reason of one bounced recipient, from the knowledge base's diagnosis
 * and what only the whole report knows. Report facts refine the catalogue's
 * reason, each with its source named:
 * - "user unknown" not refused at RCPT TO (after DATA, with an X.2.x mailbox
 *   status, or with neither command nor status) is a filter's refusal
 *   (reason `filtered`);
 * - a network failure in a failure report with a temporary status, or with
 *   no server reply at all, means the retries ran out (reason `expired`);
 * - a DNS failure with a temporary status is a failed lookup (reason
 *   `networkerror`), not a domain that does not exist;
 * - an error of a local delivery program (diagnostic type X-Unix, a
 *   "|program" recipient) is the mailer's (reason `mailererror`) unless the
 *   words say something more exact (a full mailbox, a virus …).
 * When the knowledge base does not recognise the text at all, the
 * LAST-RESORT fallback reads the status code (status-reason.ts); without one,
 * words nobody can place are `onhold`, no words at all `undefined`.
 */
import type { Classification } from '../kb/matcher';
import type { Stage } from '../kb/types';
import { isValidReason, type SisimaiReason } from './reasons';
import { reasonFromStatus } from './status-reason';

export type ReasonSource = 'knowledge-base' | 'knowledge-base+report' | 'status-code' | 'message-kind' | 'none';

interface ReportReason {
  readonly reason: SisimaiReason;
  readonly source: ReasonSource;
}

const AFTER_DATA: ReadonlySet<Stage> = new Set(['data', 'end-of-data']);
/** RFC 3463 X.1.4 and X.2.x other than full/too big: the mailbox exists but did not take the message. */
const MAILBOX_REFUSED_STATUS = /^[45]\.(?:1\.4|2\.[014])$/;

/**
 * "User unknown" that is not about a missing mailbox: the words say "unknown"
 * but the report shows the address was not refused as such — the refusal
 * came after DATA, or the status code is a mailbox-status one (X.2.0/X.2.1/
 * X.2.4, X.1.4: the mailbox exists but refused), or there is neither a
 * command nor a status at all. A refusal at RCPT TO (or MAIL FROM) keeps
 * "user unknown" (the same split Sisimai's reason tables make between
 * userunknown and filtered).
 */
function refusedAfterAcceptance(facts: { readonly status?: string; readonly stage?: Stage }): boolean {
  if (facts.stage !== undefined && AFTER_DATA.has(facts.stage)) return true;
  if (facts.stage === 'rcpt-to' || facts.stage === 'mail-from') return false;
  // Neither a command nor a status: nothing shows the address itself was refused.
  if (facts.status === undefined) return facts.stage === undefined;
  return MAILBOX_REFUSED_STATUS.test(facts.status);
}

interface ReportFacts {
  readonly status?: string;
  readonly action?: string;
  readonly stage?: Stage;
  readonly replyCode?: number;
  /** Whether the report holds the remote server's words for this recipient. */
  readonly words?: boolean;
  /** A local delivery program gave the error (diagnostic type X-Unix, a "|program" recipient). */
  readonly localProgram?: boolean;
}

/** Reasons too general to stand against the report's fact that a local program failed. */
const GENERAL_REASONS: ReadonlySet<SisimaiReason> = new Set(['systemerror', 'userunknown', 'expired', 'networkerror', 'undefined', 'onhold']);

export function reportReason(c: Classification, facts: ReportFacts): ReportReason {
  const found = reasonOf(c, facts);
  // The local mailer (procmail, a pipe) failed: its words are its own, not a receiving server's verdict.
  if (facts.localProgram === true && GENERAL_REASONS.has(found.reason)) return { reason: 'mailererror', source: c.id === 'unknown' ? 'status-code' : 'knowledge-base+report' };
  return found;
}

function reasonOf(c: Classification, facts: ReportFacts): ReportReason {
  const temporaryStatus = facts.status?.startsWith('4.') === true || (facts.status === undefined && facts.replyCode !== undefined && facts.replyCode >= 400 && facts.replyCode < 500);
  const gaveUpOrWaiting = facts.action === 'delayed' || temporaryStatus;
  if (c.id !== 'unknown') {
    const reason: SisimaiReason = isValidReason(c.reason) ? c.reason : 'undefined';
    if (reason === 'userunknown' && refusedAfterAcceptance(facts)) return { reason: 'filtered', source: 'knowledge-base+report' };
    // No server ever answered (no reply code): a failure report about it comes after the retries ran out.
    if (reason === 'networkerror' && (gaveUpOrWaiting || (facts.replyCode === undefined && facts.status === undefined))) return { reason: 'expired', source: 'knowledge-base+report' };
    // A DNS failure with a temporary status is a lookup that failed, not a domain that does not exist.
    if (reason === 'hostunknown' && temporaryStatus) return { reason: 'networkerror', source: 'knowledge-base+report' };
    return { reason, source: 'knowledge-base' };
  }
  if (gaveUpOrWaiting && !(facts.status !== undefined && facts.status.startsWith('4.') && !facts.status.startsWith('4.4.') && facts.action !== 'delayed')) {
    return { reason: 'expired', source: 'status-code' };
  }
  const fallback = reasonFromStatus(facts.status, facts.action);
  if (fallback !== undefined) return { reason: fallback, source: 'status-code' };
  // The server said something nobody here can place: the failure is real but its reason undecided ("onhold" in the shared vocabulary); with no words at all it is unknown.
  return facts.words === true ? { reason: 'onhold', source: 'none' } : { reason: 'undefined', source: 'none' };
}
