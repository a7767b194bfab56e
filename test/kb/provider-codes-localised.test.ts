/**
 * The provider-code tier for the big providers' localised bounce texts: each
 * entry's documented sentence is recognised, and look-alikes are not.
 */
import { LOCALISED_NDR_PHRASES } from '../../src/kb/tiers/provider-codes-localised';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '452 4.2.2 De limiet van het e-mailaccount dat u probeerde te bereiken, is overschreden', id: 'recipient-mailbox-full', tier: 'provider-code', note: 'Google Workspace "Opslaglimieten" (nl): the 452-4.2.2 rejection for a recipient without storage' },
  { text: 'De limiet van het e-mailaccount dat u probeerde te bereiken, is overschreden', id: 'recipient-mailbox-full', tier: 'provider-code', note: 'Google Workspace (nl): the same sentence without its code, as a bounce body quotes it' },
  { text: 'Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden', id: 'recipient-unknown', tier: 'provider-code', note: 'Gmail-Hilfe (de) answer 82454: the German form of "The email account that you tried to reach does not exist"' },
  { text: 'Das E-Mail-Konto, das Sie kontaktieren moechten, ist nicht vorhanden', id: 'recipient-unknown', tier: 'provider-code', note: 'Gmail-Hilfe (de): the same sentence with the umlaut written as oe' },
  { text: 'Die Nachricht wurde als Spam markiert', id: 'remote-spam-content', tier: 'provider-code', note: 'Gmail-Hilfe (de) answer 82454: "Message flagged as spam"' },
  { text: 'Der Nutzer, den Sie kontaktieren möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten übermittelt werden.', id: 'recipient-rate-limited', tier: 'provider-code', note: 'Gmail-Hilfe (de) answer 22839: a contact receiving too many messages' },
  { text: 'Der Nutzer, den Sie kontaktieren möchten, erhält zu schnell E-Mails. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal.', id: 'recipient-rate-limited', tier: 'provider-code', note: 'Google Workspace "Fehler und Codes bei Gmail-SMTP" (de): the first 450 4.2.1 text, without its code' },
  { text: 'Messaggio contrassegnato come spam', id: 'remote-spam-content', tier: 'provider-code', note: 'Guida di Gmail (it) answer 82454: "Message flagged as spam"' },
  { text: 'Il server del destinatario non ha accettato le nostre richieste', id: 'remote-server-unreachable', tier: 'provider-code', note: 'Guida di Gmail (it) answer 82454: Gmail could not connect to the recipient\'s server' },
  { text: "L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message.", id: 'recipient-rate-limited', tier: 'provider-code', note: 'Aide Gmail (fr) answer 22839: a contact receiving too many messages' },
  { text: "L'utilisateur que vous tentez de contacter recoit des e-mails a un rythme qui empeche la distribution de tout nouveau message.", id: 'recipient-rate-limited', tier: 'provider-code', note: 'Aide Gmail (fr): the same sentence with its accents dropped' },
  { text: 'O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede a entrega de outras mensagens.', id: 'recipient-rate-limited', tier: 'provider-code', note: 'Google Workspace "Erros e códigos SMTP do Gmail" (pt-br): the second 450 4.2.1 text, without its code' },
  { text: 'O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde.', id: 'recipient-rate-limited', tier: 'provider-code', note: 'Google Workspace (pt-br): the first 450 4.2.1 text, without its code' },
  { text: 'A caixa de entrada do destinatário está sem espaço de armazenamento.', id: 'recipient-mailbox-full', tier: 'provider-code', note: 'Google Workspace (pt-br): the 452 4.2.2 text, without its code' },
  // With its status code in front, the code alone would already name the diagnosis; the phrase is the more specific match.
  { text: '450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten zugestellt werden.', id: 'recipient-rate-limited', tier: 'provider-code', note: 'Google Workspace (de): the second 450 4.2.1 text with its code' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: 'Die Nachricht wurde vorübergehend abgelehnt', id: 'unknown', tier: 'unknown', note: 'Gmail\'s "Message temporarily rejected" names no reason, and neither does its English original' },
  { text: 'Messaggio rifiutato temporaneamente', id: 'receiver-policy', tier: 'reason-phrase', note: 'the Italian "temporarily rejected" keeps the general refusal it had' },
  { text: 'U heeft een limiet bereikt voor het verzenden van e-mails.', id: 'unknown', tier: 'unknown', note: 'the sender\'s own Gmail sending limit is not the recipient\'s storage limit' },
  { text: "L'account email che hai cercato di raggiungere non esiste", id: 'recipient-unknown', tier: 'reason-phrase', note: 'the Italian "does not exist" was already recognised, so it has no entry here' },
  { text: 'Das Postfach des Empfängers ist voll und kann nachrichten jetzt nicht annehmen.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Microsoft Learn (de-de) MEPF page: the German Exchange mailbox-full NDR was already recognised' },
  { text: '550 5.1.8 Die Nachricht wurde als Spam markiert: sender address rejected', id: 'sender-address-rejected', tier: 'rule', note: 'a refused sender address decides over the spam wording' },
  { text: '550 5.1.1 Recipient address rejected: User unknown. Il server del destinatario non ha accettato le nostre richieste', id: 'recipient-unknown', tier: 'rule', note: 'an unknown user is decided by its rule, not by the connection wording' },
  { text: 'Il server del destinatario ha rifiutato il messaggio', id: 'unknown', tier: 'unknown', note: 'a refusal by the recipient\'s server is not Gmail failing to connect to it' },
  { text: 'Der Nutzer empfängt E-Mails', id: 'unknown', tier: 'unknown', note: 'receiving mail is no throttling without the rest of the sentence' },
  { text: 'Der Nutzer, den Sie kontaktieren möchten, ist nicht vorhanden', id: 'unknown', tier: 'unknown', note: 'only the full Gmail sentence about the e-mail account is taken, not a shorter look-alike' },
];

describeTierTable('the localised bounce texts of the big providers', LOCALISED_NDR_PHRASES, EXAMPLES, NEAR_MISSES);
