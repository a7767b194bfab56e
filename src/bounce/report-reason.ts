/**
 * The reason of one bounced recipient, from the knowledge base's diagnosis
 * and what only the whole report knows. Two report facts refine the
 * catalogue's reason, each with its source named:
 * - "user unknown" said after DATA is a filter's refusal: the recipient was
 *   accepted at RCPT TO, so the address exists (reason `filtered`);
 * - a network failure (or an unrecognised text) with a temporary status in a
 *   failure report means the retries ran out (reason `expired`).
 * When the knowledge base does not recognise the text at all, the
 * LAST-RESORT fallback reads the status code (status-reason.ts).
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

export function reportReason(c: Classification, facts: { readonly status?: string; readonly action?: string; readonly stage?: Stage; readonly replyCode?: number }): ReportReason {
  const temporaryStatus = facts.status?.startsWith('4.') === true || (facts.status === undefined && facts.replyCode !== undefined && facts.replyCode >= 400 && facts.replyCode < 500);
  const gaveUpOrWaiting = facts.action === 'delayed' || temporaryStatus;
  if (c.id !== 'unknown') {
    const reason: SisimaiReason = isValidReason(c.reason) ? c.reason : 'undefined';
    if (reason === 'userunknown' && facts.stage !== undefined && AFTER_DATA.has(facts.stage)) return { reason: 'filtered', source: 'knowledge-base+report' };
    if (reason === 'networkerror' && gaveUpOrWaiting) return { reason: 'expired', source: 'knowledge-base+report' };
    return { reason, source: 'knowledge-base' };
  }
  if (gaveUpOrWaiting && !(facts.status !== undefined && facts.status.startsWith('4.') && !facts.status.startsWith('4.4.') && facts.action !== 'delayed')) {
    return { reason: 'expired', source: 'status-code' };
  }
  const fallback = reasonFromStatus(facts.status, facts.action);
  return fallback === undefined ? { reason: 'undefined', source: 'none' } : { reason: fallback, source: 'status-code' };
}
