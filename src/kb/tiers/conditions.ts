/** Conditions that tier entries carry by the diagnosis they lead to. */
import type { DiagnosisId, RuleMatch } from '../types';

/**
 * Diagnoses about the recipient cannot come from a refusal of the sender
 * ("after MAIL FROM: 550 5.1.7 No such domain" is about the sender's domain).
 */
const RECIPIENT_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['recipient-unknown', 'recipient-domain-not-found', 'recipient-mailbox-full', 'recipient-disabled', 'recipient-moved', 'recipient-filtered']);
const NOT_SENDER_STAGE: RuleMatch['stages'] = ['connect', 'helo', 'rcpt-to', 'data', 'end-of-data', 'routing', 'local', 'client'];

/** The conditions every entry for `id` carries. */
export function reasonConditions(id: DiagnosisId): Pick<RuleMatch, 'stages'> {
  return RECIPIENT_IDS.has(id) ? { stages: NOT_SENDER_STAGE } : {};
}
