/**
 * Reason phrases in more of Europe's languages (German, Italian, Polish,
 * Spanish, Swedish): each entry's documented wording is recognised, and
 * look-alikes about the sender or without the reason are not.
 */
import { EUROPE_LANGUAGE_PHRASES } from '../../src/kb/tiers/multilingual-phrases-europe';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // de: WEB.DE
  { text: '550 Benutzer hat zuviele Mails auf dem Server', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'WEB.DE: "550 Benutzer hat zuviele Mails auf dem Server." (sitepackage.de list, PHP-Bounce-Handler .DE)' },
  { text: '550 Benutzer hat das Speichervolumen ueberschritten.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'WEB.DE: "550 Benutzer hat das Speichervolumen ueberschritten."' },
  { text: '550 Benutzer nicht bekannt', id: 'recipient-unknown', tier: 'reason-phrase', note: 'WEB.DE: the German half of "550 Benutzer nicht bekannt/User unknown"' },
  { text: '550 Benutzer nicht bekannt/User unknown', id: 'recipient-unknown', tier: 'rule', note: 'WEB.DE: with the English half the recipient-unknown rule decides' },
  // de: bouncefetch
  { text: '550 Ihre Nachricht konnte nicht zugestellt werden, da die Kapazität des Empfänger E-Mail Postfaches erschöpft ist.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'bouncefetch quota_exceeded: "da die kapazität des empfänger e-mail postfaches erschöpft ist."' },
  { text: '550 5.1.1 Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'bouncefetch recipient_unknown: Exchange\'s German "die eingegebene e-mail-adresse konnte nicht gefunden werden"' },
  { text: 'Die E-Mail-Adresse des Empfängers wurde im E-Mail-System des Empfängers nicht gefunden.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'bouncefetch recipient_unknown: Exchange\'s German "the recipient\'s e-mail address was not found in the recipient\'s e-mail system"' },
  { text: '550 Niemand unter dieser Adresse bekannt', id: 'recipient-unknown', tier: 'reason-phrase', note: 'bouncefetch recipient_unknown: "niemand unter dieser adresse bekannt"' },
  { text: '550 Es werden nur Emails von bestimmten Email-Adressen akzeptiert', id: 'recipient-filtered', tier: 'reason-phrase', note: 'bouncefetch: "nur emails von bestimmten email-adressen akzeptiert", the recipient\'s own sender list' },
  // de: bytecamp, GoDaddy
  { text: '422 Speicherplatz des Kontos ueberschritten', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'bytecamp.net FAQ: "(Speicherplatz des Kontos ueberschritten)" without its English half' },
  { text: '552 Speicherplatzbegrenzung des Kontos', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'GoDaddy Hilfe de, help 40685: "Speicherplatzbegrenzung des Kontos"' },
  { text: '550 Konto ist nicht vorhanden', id: 'recipient-unknown', tier: 'reason-phrase', note: 'GoDaddy Hilfe de, help 40685: "Konto ist nicht vorhanden"' },
  // it
  { text: '554 5.2.2 La cassetta postale del destinatario è piena e non può accettare messaggi.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Microsoft Learn it-it, cannot-send-mail-mepf: the Italian NDR for 554 5.2.2' },
  { text: '550 Cassetta postale piena', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Microsoft Support it-it (Outlook.com): "Cassetta postale piena o quota superata"' },
  { text: '550 Cassetta postale non trovata', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Microsoft Support it-it (Outlook.com): "Cassetta postale non trovata"' },
  { text: '550 <jan@example.org>: destin. Sconosciuto', id: 'recipient-unknown', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .IT: "destin. Sconosciuto" (user unknown)' },
  { text: '550 Destinatario errato', id: 'recipient-unknown', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .IT: "Destinatario errato"' },
  { text: "550 Questo indirizzo e' bloccato per inutilizzo", id: 'recipient-disabled', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .IT: "Questo indirizzo e\' bloccato per inutilizzo" (blocked for non-use), more than a bare "bloccato"' },
  // pl
  { text: '550 Nie ma takiego konta', id: 'recipient-unknown', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .PL: "Nie ma takiego konta"' },
  { text: '550 "jan@example.org": Podane konto jest zablokowane administracyjnie lub nieaktywne', id: 'recipient-disabled', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .PL: WP.pl\'s "Podane konto jest zablokowane administracyjnie lub nieaktywne"' },
  { text: '554 Wiadomosc zostala odrzucona przez system antyspamowy', id: 'remote-spam-content', tier: 'reason-phrase', note: 'PHP-Bounce-Handler .PL: "Wiadomosc zostala odrzucona przez system antyspamowy"' },
  { text: '550 Docelowe konto nie istnieje', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Onet Poczta help: "Docelowe konto nie istnieje"' },
  { text: '554 Wiadomość oznaczona jako spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Onet Poczta help: "Wiadomość oznaczona jako spam"' },
  { text: '552 Limit miejsca na koncie', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'GoDaddy Pomoc pl, help 40685: "Limit miejsca na koncie"' },
  { text: '550 Konto nie istnieje', id: 'recipient-unknown', tier: 'reason-phrase', note: 'GoDaddy Pomoc pl, help 40685: "Konto nie istnieje"' },
  { text: '550 Konto wyłączone', id: 'recipient-disabled', tier: 'reason-phrase', note: 'GoDaddy Pomoc pl, help 40685: "Konto wyłączone"' },
  // es
  { text: '550 Esta casilla ha expirado por falta de uso', id: 'recipient-disabled', tier: 'reason-phrase', note: 'PHP-Bounce-Handler ES: "Esta casilla ha expirado por falta de uso"' },
  { text: '550 El usuario esta en estado: inactivo', id: 'recipient-disabled', tier: 'reason-phrase', note: 'PHP-Bounce-Handler: "El usuario esta en estado: inactivo"' },
  { text: '550 Usuario inexistente', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Alex Borrás, returned-mail phrases: "Usuario inexistente"' },
  // sv
  { text: '554 5.2.2 Mottagarens postlåda är full och kan inte ta emot meddelanden nu.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Microsoft Learn sv-se, cannot-send-mail-mepf: the Swedish NDR for 554 5.2.2' },
  { text: '552 Kontots lagringsutrymme är slut', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'GoDaddy Hjälp sv, help 3568: "Kontots lagringsutrymme är slut"' },
  { text: '550 Mottagaren hittades inte.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'GoDaddy Hjälp sv, help 3568: "550 Mottagaren hittades inte."' },
  { text: '550 Kontot har inaktiverats', id: 'recipient-disabled', tier: 'reason-phrase', note: 'GoDaddy Hjälp sv, help 40685: "Kontot har inaktiverats"' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Konto nie istnieje (nadawca: jan@example.org)', id: 'unknown', tier: 'unknown', note: 'the sender (nadawca) is the one whose account does not exist' },
  { text: '550 Kontot finns inte: avsändaren jan@example.org', id: 'unknown', tier: 'unknown', note: 'the sender (avsändaren) is the one whose account does not exist' },
  { text: 'SMTP error from remote mail server after MAIL FROM:<jan@example.org>: 550 Konto nie istnieje', id: 'unknown', tier: 'unknown', note: 'refused after MAIL FROM: the account is the sender\'s' },
  { text: '550 5.1.8 Nie ma takiego konta', id: 'sender-address-rejected', tier: 'status-code', note: 'X.1.8 is about the sender: the phrase does not overrule the direction' },
  { text: '550 Speicherplatz des Kontos', id: 'unknown', tier: 'unknown', note: 'the storage space is named, not that it is exceeded' },
  { text: '550 Questo indirizzo è bloccato', id: 'receiver-policy', tier: 'reason-phrase', note: 'a bare "blocked" without "per inutilizzo" names no reason: the weakest policy words decide' },
];

describeTierTable('the reason phrases in more of Europe\'s languages', EUROPE_LANGUAGE_PHRASES, EXAMPLES, NEAR_MISSES);
