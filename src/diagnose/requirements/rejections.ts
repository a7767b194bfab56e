/**
 * Refusals by Gmail, Outlook.com and Yahoo whose codes name a sender
 * requirement, read from the account's delivery records. Meanings from the
 * providers' references:
 * - Google, "SMTP errors and codes" (support.google.com/a/answer/3726730):
 *   4.7.26/5.7.26 unauthenticated (SPF or DKIM), or refused by the From
 *   domain's DMARC policy; 4.7.27/5.7.27 SPF; 4.7.30/5.7.30 DKIM;
 *   4.7.32/5.7.32 From not aligned with SPF or DKIM; 4.7.25/5.7.25 no PTR or
 *   the PTR does not point back; 4.7.29/5.7.29 not sent over TLS;
 *   4.7.28/5.7.28 an unusual rate of (unsolicited) mail.
 * - Microsoft, Outlook.com high-volume sender requirements: 550 5.7.515
 *   "sending domain does not meet the required authentication level"
 *   (SPF, DKIM and DMARC).
 * - Yahoo, "SMTP error codes" (senders.yahooinc.com/smtp-error-codes): TSS04
 *   and TSS09, deferred for volume or user complaints.
 * Pure.
 */
import type { MailboxProvider, RequirementId } from '../../config/sender-requirements';
import { readReplyDetails } from '../../smtp/reply';
import type { DeliveryEvent } from '../model';

export interface RejectionHit {
  readonly provider: MailboxProvider;
  readonly code: string;
  /** The rows this refusal names, most likely first. */
  readonly rows: readonly RequirementId[];
}

const GOOGLE_CODES: Readonly<Record<string, readonly RequirementId[]>> = {
  '27': ['spf'],
  '30': ['dkim'],
  '32': ['alignment'],
  '25': ['ptr'],
  '29': ['tls'],
  '28': ['bulk'],
};

function googleRows(enhanced: string, folded: string): readonly RequirementId[] | undefined {
  const m = /^[45]\.7\.(\d+)$/.exec(enhanced);
  if (m === null) return undefined;
  if (m[1] === '26') {
    // Refused by the From domain's own DMARC policy: the mail passed neither SPF nor DKIM aligned.
    if (folded.includes('dmarc policy')) return ['alignment', 'spf', 'dkim'];
    if (folded.includes('spf') && !folded.includes('dkim')) return ['spf'];
    // "Unauthenticated": SPF or DKIM for every sender, DMARC too for bulk senders.
    return ['spf', 'dkim', 'dmarc', 'alignment'];
  }
  return GOOGLE_CODES[m[1]!];
}

function providerOf(event: DeliveryEvent, detected: string | undefined): MailboxProvider | undefined {
  if (detected === 'google') return 'gmail';
  if (detected === 'microsoft') return 'outlook';
  if (detected === 'yahoo') return 'yahoo';
  const host = `${event.remoteHost ?? ''} ${event.recipient ?? ''}`.toLowerCase();
  if (/google|gmail/.test(host)) return 'gmail';
  if (/outlook|hotmail|live\.com|msn\.com/.test(host)) return 'outlook';
  if (/yahoo|aol\.com/.test(host)) return 'yahoo';
  return undefined;
}

/** What one delivery record's refusal names, or undefined when it names no requirement. */
export function requirementRejection(event: DeliveryEvent): RejectionHit | undefined {
  const c = event.classification;
  if (c === null || event.direction === 'incoming' || event.outcome === 'delivered') return undefined;
  const reply = c.reply;
  const provider = providerOf(event, readReplyDetails(reply).provider);
  if (provider === undefined) return undefined;
  const enhanced = reply.enhanced ?? '';
  if (provider === 'gmail') {
    const rows = googleRows(enhanced, reply.folded);
    return rows === undefined ? undefined : { provider, code: enhanced, rows };
  }
  if (provider === 'outlook') return enhanced === '5.7.515' ? { provider, code: enhanced, rows: ['dmarc', 'spf', 'dkim', 'alignment'] } : undefined;
  const token = /\b(tss04|tss09)\b/.exec(reply.folded);
  return token === null ? undefined : { provider, code: token[1]!.toUpperCase(), rows: ['bulk'] };
}
