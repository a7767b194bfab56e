/**
 * The provider-code tier for the big mailbox providers' own bounce texts in
 * the languages their customers read them in (Microsoft 365 / Outlook.com
 * and Gmail in Dutch, German, French, Spanish, Portuguese, Italian): fixed
 * sentences from the providers' localised help pages, each entry naming its
 * source.
 *
 * Only sentences a provider's own localised page gives as the wording of a
 * bounce or of its SMTP reply are listed, and only where the classifier did
 * not already give the id of the English original (several localised
 * "mailbox full" and "does not exist" wordings were recognised already).
 * Where a page had no such sentence for a language, that language is left
 * out rather than translated.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const GOOGLE_STORAGE_NL = 'Google Workspace Beheerdershulp (hl=nl), "Opslaglimieten" (support.google.com/a/answer/1186436?hl=nl): the 452-4.2.2 rejection a sender gets for a recipient without storage';
const GMAIL_BOUNCED_DE = 'Gmail-Hilfe (hl=de), "Unzustellbare oder abgelehnte E-Mails" (support.google.com/mail/bin/answer.py?hl=de&answer=82454), "Häufige Meldungen zur Unzustellbarkeit"';
const GMAIL_BOUNCED_IT = 'Guida di Gmail (hl=it), "Correggere gli errori per cui le email vengono restituite al mittente o rifiutate" (support.google.com/mail/bin/answer.py?hl=it&answer=82454), "Interpretare le risposte comuni"';
const GMAIL_LIMITS_DE = 'Gmail-Hilfe (hl=de), "Sende- und Empfangsbeschränkungen" (support.google.com/mail/answer/22839?hl=de), "Ein Kontakt empfängt zu viele Nachrichten"';
const GMAIL_LIMITS_FR = 'Aide Gmail (hl=fr), "Limites d\'envoi et de réception des messages" (support.google.com/mail/bin/answer.py?hl=fr&answer=22839), "Un contact reçoit un trop grand nombre de messages"';
const GMAIL_SMTP_DE = 'Google Workspace-Admin-Hilfe (hl=de), "Fehler und Codes bei Gmail-SMTP" (support.google.com/a/answer/3726730?hl=de), 450 4.2.1';
const GMAIL_SMTP_PT = 'Ajuda do Google Workspace (hl=pt-br), "Erros e códigos SMTP do Gmail" (knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br), 450 4.2.1 and 452 4.2.2';

const token = providerToken;

export const LOCALISED_NDR_PHRASES: readonly TierEntry[] = [
  // nl, Gmail / Google Workspace: "the email account that you tried to reach is over quota", the recipient's storage is
  // used up, so the message waits or bounces until they free space.
  token('recipient-mailbox-full', ['limiet van het e-mailaccount dat u probeerde te bereiken, is overschreden', 'limiet van het e-mailaccount dat u probeerde te bereiken is overschreden'], GOOGLE_STORAGE_NL),

  // de, Gmail: "the email account you want to contact does not exist", Google's German for its 5.1.1 unknown-account reply.
  token('recipient-unknown', ['das e-mail-konto, das sie kontaktieren möchten, ist nicht vorhanden', 'das e-mail-konto, das sie kontaktieren moechten, ist nicht vorhanden', 'das e-mail-konto, das sie kontaktieren mochten, ist nicht vorhanden'], GMAIL_BOUNCED_DE),
  // de, Gmail: "the message was flagged as spam", the receiving side's spam verdict on the message itself.
  token('remote-spam-content', ['die nachricht wurde als spam markiert'], GMAIL_BOUNCED_DE),
  // de, Gmail / Google Workspace: "the user you want to contact receives e-mail at a speed that prevents additional
  // messages from being delivered" and "receives e-mail too fast": the recipient is throttled, delivery is retried.
  token('recipient-rate-limited', ['empfängt e-mails in einer geschwindigkeit, die verhindert', 'empfaengt e-mails in einer geschwindigkeit, die verhindert'], GMAIL_LIMITS_DE),
  token('recipient-rate-limited', ['den sie kontaktieren möchten, erhält zu schnell e-mails', 'den sie kontaktieren moechten, erhaelt zu schnell e-mails'], GMAIL_SMTP_DE),

  // it, Gmail: "message flagged as spam".
  token('remote-spam-content', ['messaggio contrassegnato come spam'], GMAIL_BOUNCED_IT),
  // it, Gmail: "the recipient's server did not accept our requests (to connect)": Gmail could not reach the receiving server.
  token('remote-server-unreachable', ['il server del destinatario non ha accettato le nostre richieste'], GMAIL_BOUNCED_IT),

  // fr, Gmail: "the user you are trying to contact receives e-mail at a rate that prevents any further message from
  // being delivered".
  token('recipient-rate-limited', ['reçoit des e-mails à un rythme qui empêche', 'recoit des e-mails a un rythme qui empeche'], GMAIL_LIMITS_FR),

  // pt, Gmail / Google Workspace: "is receiving e-mail at a rate that prevents delivery of other messages" and "is
  // receiving e-mail too fast".
  token('recipient-rate-limited', ['está recebendo e-mails a uma taxa que impede a entrega', 'esta recebendo e-mails a uma taxa que impede a entrega', 'está recebendo e-mails muito rápido', 'esta recebendo e-mails muito rapido'], GMAIL_SMTP_PT),
  // pt, Gmail / Google Workspace: "the recipient's inbox is out of storage space".
  token('recipient-mailbox-full', ['caixa de entrada do destinatário está sem espaço de armazenamento', 'caixa de entrada do destinatario esta sem espaco de armazenamento'], GMAIL_SMTP_PT),
];
