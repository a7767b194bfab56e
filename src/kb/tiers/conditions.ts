/** Conditions that tier entries carry by the diagnosis they lead to. */
import { RULES } from '../rules';
import type { DiagnosisId, RuleMatch } from '../types';

/**
 * The veto phrases of each id's rule: what makes the rule's own phrases mean
 * something else ("relay quota exceeded" is no full mailbox, "DKIM
 * authentication failure" no refused login) does the same to a broader
 * tier's phrases for that id.
 */
let ruleVetoes: ReadonlyMap<DiagnosisId, readonly string[]> | undefined;

/** Read on first use: the rules themselves import this module (SENDER_STATUS), so they are not loaded yet when it is. */
function vetoesOfRule(id: DiagnosisId): readonly string[] {
  ruleVetoes ??= new Map(RULES.filter((rule) => rule.match.unless !== undefined).map((rule) => [rule.id, rule.match.unless!]));
  return ruleVetoes.get(id) ?? [];
}

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
  // The sender's domain or address in other word orders ("el dominio del remitente", "die Domain des Absenders", "het afzenderdomein").
  'remitente', 'expéditeur', 'expediteur', 'absender', 'afzender', 'mittente', 'remetente',
];

/**
 * RFC 3463 says whose address a status is about: X.1.7 and X.1.8 the
 * sender's, X.1.1–X.1.6 and X.1.10 the recipient's, X.2.x the recipient's
 * mailbox. A phrase does not overrule that direction.
 */
export const SENDER_STATUS: readonly string[] = ['4.1.7', '4.1.8', '5.1.7', '5.1.8'];

/** RFC 5321 section 4.2.1: every reply whose first digit is 4 (and second 0-5) is a transient failure. */
export const TRANSIENT_REPLY_CODES: readonly number[] = Array.from({ length: 60 }, (_, i) => 400 + i);
const RECIPIENT_STATUS: readonly string[] = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.10'].flatMap((d) => [`4.${d}`, `5.${d}`]).concat(['4.2.', '5.2.']);
const SENDER_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['sender-address-rejected', 'sender-verify-failed']);

/**
 * The conditions every entry for `id` carries: its rule's veto phrases and the entry's own (`unless`), and the
 * direction of recipient and sender ids. `statusDirection` false is for a provider's own name of an event that the
 * provider files under a code of the other direction (Microsoft's "5.2.252 SendAsDenied": a sender refused under
 * a mailbox code): the name says whose address it is.
 */
export function reasonConditions(id: DiagnosisId, unless: readonly string[] = [], notEnhanced: readonly string[] = [], statusDirection = true): Pick<RuleMatch, 'stages' | 'unless' | 'notEnhanced'> {
  const recipient = RECIPIENT_IDS.has(id);
  const own = [...new Set([...unless, ...vetoesOfRule(id)])];
  const veto = recipient ? [...own, ...ABOUT_THE_SENDER] : own;
  // An entry's own codes it never reads, beside the ones the direction of its id rules out.
  const direction = !statusDirection ? [] : recipient ? SENDER_STATUS : SENDER_IDS.has(id) ? RECIPIENT_STATUS : [];
  const wrongWay = [...notEnhanced, ...direction];
  return {
    ...(recipient ? { stages: NOT_SENDER_STAGE } : {}),
    ...(veto.length > 0 ? { unless: veto } : {}),
    ...(wrongWay.length > 0 ? { notEnhanced: wrongWay } : {}),
  };
}
