/** Conditions that tier entries carry by the diagnosis they lead to. */
import type { DiagnosisId, RuleMatch } from '../types';

/**
 * Diagnoses about the recipient cannot come from a refusal of the sender
 * ("after MAIL FROM: 550 5.1.7 No such domain" is about the sender's domain,
 * and so is "550 Mail rejected: sender address does not exist").
 */
const RECIPIENT_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['recipient-unknown', 'recipient-domain-not-found', 'recipient-mailbox-full', 'recipient-disabled', 'recipient-moved', 'recipient-filtered']);
const NOT_SENDER_STAGE: RuleMatch['stages'] = ['connect', 'helo', 'rcpt-to', 'data', 'end-of-data', 'routing', 'local', 'client'];

/** Words that make the sender, not the recipient, the subject of a refusal ("sender address does not exist"). */
const ABOUT_THE_SENDER: readonly string[] = [
  'sender address', 'sender rejected', 'unknown sender', 'sender domain', "sender's domain", 'domain of sender',
  'afzenderadres', 'absenderadresse', "adresse de l'expéditeur", 'dirección del remitente', 'indirizzo del mittente', 'endereço do remetente',
];

/** The conditions every entry for `id` carries, with the entry's own veto phrases (`unless`) added. */
export function reasonConditions(id: DiagnosisId, unless: readonly string[] = []): Pick<RuleMatch, 'stages' | 'unless'> {
  const veto = RECIPIENT_IDS.has(id) ? [...unless, ...ABOUT_THE_SENDER] : unless;
  return { ...(RECIPIENT_IDS.has(id) ? { stages: NOT_SENDER_STAGE } : {}), ...(veto.length > 0 ? { unless: veto } : {}) };
}
