/**
 * Reason phrases in more of Europe's languages and in more of the wordings
 * its providers and localised mail servers use, beside those of
 * multilingual-phrases.ts and multilingual-phrases-more.ts; each entry names
 * where its words come from.
 *
 * Most European providers reply in English; what arrives in the sender's
 * language is a provider's own bilingual reply (WEB.DE, WP.pl), a localised
 * Exchange or Outlook report, or a provider's localised bounce table. Only
 * wording found in such a source is listed; reasons and languages for which
 * none was found are left out rather than translated.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const WEBDE = 'WEB.DE replies as listed by sitepackage.de, "Typische Fehlermeldungen bei Unzustellbarkeit", and WEB.DE newsroom, "Die fünf häufigsten Fehlermeldungen beim Mailversand" (newsroom.web.de, 2015-03-28)';
const BOUNCEFETCH = 'bouncefetch (2called-chaos/bouncefetch), config/rules.rb: German bounce texts of its quota_exceeded and recipient_unknown rules';
const BYTECAMP = 'bytecamp.net FAQ, "Fehlermeldungen bei Zustellproblemen" (bytecamp.net/de/faq/email/zustellen.html): "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)"';
const GODADDY_DE = 'GoDaddy Hilfe (de-ch), "Reparieren Sie abgelehnte E-Mails mit einem Bounce-Fehler" (help 40685), bounce table';
const PHP_BOUNCE = 'PHP-Bounce-Handler (cfortune/PHP-Bounce-Handler), bounce_responses.php: the localised provider replies of $bouncelist (.DE, .IT, .PL, ES)';
const MS_LEARN_MEPF = 'Microsoft Learn, "554 5.2.2 mailbox full when sending emails to a mail-enabled public folder" (exchange/troubleshoot/email-delivery/ndr/cannot-send-mail-mepf), it-it and sv-se, quoting the localised NDR';
const MS_OUTLOOK_IT = 'Microsoft Support (it-it), "La posta inviata in Outlook.com restituisce un messaggio di mancato recapito": the common delivery errors by name';
const ONET = 'Onet Poczta, "Co zrobić w przypadku odesłanych lub odrzuconych e-maili?" (pomoc.poczta.onet.pl/baza-wiedzy)';
const GODADDY_PL = 'GoDaddy Pomoc (pl-pl), "Napraw odrzucone wiadomości e-mail z błędem odsyłania" (help 40685), bounce table';
const ALEXBORRAS = 'El Blog de Alex Borrás, "Errores y Warnings habituales en retorno de email" (alexborras.com), the phrases of returned mail it lists';
const GODADDY_SV = 'GoDaddy Hjälp (sv-se), "Vad är en e-postavvisning?" (help 3568) and "Åtgärda avvisat e-postmeddelande med ett avvisningsfel" (help 40685), bounce tables';

/** Words that make the sender, not the recipient, the subject in Polish and Swedish ("nadawca", "avsändare"). */
const PL_SENDER = ['nadawc'];
const SV_SENDER = ['avsändar'];

export const EUROPE_LANGUAGE_PHRASES: readonly TierEntry[] = [
  // de: WEB.DE's German half of "User has too many messages on the server" / "User has exhausted allowed storage space"
  reasonPhrase('recipient-mailbox-full', { phrases: ['benutzer hat zuviele mails auf dem server', 'benutzer hat zu viele mails auf dem server', 'benutzer hat das speichervolumen ueberschritten', 'benutzer hat das speichervolumen überschritten'] }, WEBDE),
  // de: WEB.DE's German half of "User unknown"
  reasonPhrase('recipient-unknown', { phrases: ['benutzer nicht bekannt'] }, WEBDE),
  // de: "the capacity of the recipient's mailbox is used up"
  reasonPhrase('recipient-mailbox-full', { phrases: ['kapazität des empfänger e-mail postfaches erschöpft', 'kapazitaet des empfaenger e-mail postfaches erschoepft'] }, BOUNCEFETCH),
  // de: Exchange's "The e-mail address you entered couldn't be found", "The recipient's e-mail address was not found in the
  // recipient's e-mail system", and "nobody known at this address"
  reasonPhrase('recipient-unknown', {
    phrases: ['eingegebene e-mail-adresse konnte nicht gefunden werden', 'die e-mail-adresse des empfängers wurde im e-mail-system des empfängers', 'die e-mail-adresse des empfaengers wurde im e-mail-system des empfaengers', 'niemand unter dieser adresse bekannt'],
  }, BOUNCEFETCH),
  // de: "only emails from certain email addresses are accepted": the recipient's own sender list
  reasonPhrase('recipient-filtered', { phrases: ['nur emails von bestimmten email-adressen akzeptiert'] }, BOUNCEFETCH),
  // de: "the account's storage space exceeded"
  reasonPhrase('recipient-mailbox-full', { phrases: ['speicherplatz des kontos ueberschritten', 'speicherplatz des kontos überschritten'] }, BYTECAMP),
  // de: "storage limit of the account", "account does not exist"
  reasonPhrase('recipient-mailbox-full', { phrases: ['speicherplatzbegrenzung des kontos'] }, GODADDY_DE),
  reasonPhrase('recipient-unknown', { phrases: ['konto ist nicht vorhanden'] }, GODADDY_DE),

  // it: Exchange's "The recipient's mailbox is full and can't accept messages now"
  reasonPhrase('recipient-mailbox-full', { phrases: ['cassetta postale del destinatario è piena', 'cassetta postale del destinatario e piena'] }, MS_LEARN_MEPF),
  // it: Outlook.com's "Mailbox full or quota exceeded" and "Mailbox not found"
  reasonPhrase('recipient-mailbox-full', { phrases: ['cassetta postale piena'] }, MS_OUTLOOK_IT),
  reasonPhrase('recipient-unknown', { phrases: ['cassetta postale non trovata'] }, MS_OUTLOOK_IT),
  // it: "recipient unknown" (abbreviated) and "wrong recipient"; "this address is blocked for non-use"
  reasonPhrase('recipient-unknown', { phrases: ['destin. sconosciuto', 'destinatario errato'] }, PHP_BOUNCE),
  reasonPhrase('recipient-disabled', { phrases: ['bloccato per inutilizzo'] }, PHP_BOUNCE),

  // pl: "no such account"; "the given account is administratively blocked or inactive" (WP.pl / o2.pl);
  // "the message was rejected by the anti-spam system"
  reasonPhrase('recipient-unknown', { phrases: ['nie ma takiego konta'], unless: PL_SENDER }, PHP_BOUNCE),
  reasonPhrase('recipient-disabled', { phrases: ['konto jest zablokowane administracyjnie lub nieaktywne'], unless: PL_SENDER }, PHP_BOUNCE),
  reasonPhrase('remote-spam-content', { phrases: ['odrzucona przez system antyspamowy'] }, PHP_BOUNCE),
  // pl: "the target account does not exist", "message marked as spam"
  reasonPhrase('recipient-unknown', { phrases: ['docelowe konto nie istnieje'], unless: PL_SENDER }, ONET),
  reasonPhrase('remote-spam-content', { phrases: ['wiadomość oznaczona jako spam', 'wiadomosc oznaczona jako spam'] }, ONET),
  // pl: "storage limit on the account", "account does not exist", "account disabled"
  reasonPhrase('recipient-mailbox-full', { phrases: ['limit miejsca na koncie'] }, GODADDY_PL),
  reasonPhrase('recipient-unknown', { phrases: ['konto nie istnieje'], unless: PL_SENDER }, GODADDY_PL),
  reasonPhrase('recipient-disabled', { phrases: ['konto wyłączone', 'konto wylaczone'], unless: PL_SENDER }, GODADDY_PL),

  // es: "this mailbox has expired for lack of use", "the user is in state: inactive"
  reasonPhrase('recipient-disabled', { phrases: ['ha expirado por falta de uso', 'esta en estado: inactivo', 'está en estado: inactivo'] }, PHP_BOUNCE),
  // es: "non-existent user"
  reasonPhrase('recipient-unknown', { phrases: ['usuario inexistente'] }, ALEXBORRAS),

  // sv: Exchange's "The recipient's mailbox is full and can't accept messages now"
  reasonPhrase('recipient-mailbox-full', { phrases: ['mottagarens postlåda är full'] }, MS_LEARN_MEPF),
  // sv: "the account's storage space is used up", "storage limit"; "the account does not exist", "recipient not found";
  // "the account is inactive", "the account has been deactivated"
  reasonPhrase('recipient-mailbox-full', { phrases: ['kontots lagringsutrymme är slut', 'gräns för lagringsutrymme'] }, GODADDY_SV),
  reasonPhrase('recipient-unknown', { phrases: ['kontot finns inte', 'mottagaren hittades inte'], unless: SV_SENDER }, GODADDY_SV),
  reasonPhrase('recipient-disabled', { phrases: ['kontot är inaktivt', 'kontot har inaktiverats'], unless: SV_SENDER }, GODADDY_SV),
];
