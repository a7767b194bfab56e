/**
 * Reason words in Dutch, German, French, Spanish, Italian and Portuguese: a
 * subject and its state in one clause, in the word orders fixed phrases
 * cannot hold; not for the sender's own account, not across a sentence.
 */
import { LANGUAGE_REASON_WORDS } from '../../src/kb/tiers/reason-words-languages';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 Het account van de ontvanger is gedeactiveerd', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Dutch: the recipient’s account was deactivated' },
  { text: '550 Het domein van de ontvanger bestaat niet', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: "Dutch: the recipient's domain does not exist" },
  { text: 'Ihre Nachricht wurde nicht zugestellt, weil die Domäne nicht gefunden wurde.', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: "German: the domain was not found (Exchange's localised words)" },
  { text: 'El mensaje no se entregó porque no se encontró el dominio.', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'Spanish: the domain was not found, the state first' },
  { text: '550 Het e-mailadres is verwijderd', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Dutch: the address was removed' },
  { text: '550 Das Konto des Empfängers wurde deaktiviert', id: 'recipient-disabled', tier: 'reason-phrase', note: 'German: the account was deactivated' },
  { text: '550 Das Konto des Empfaengers wurde geloescht', id: 'recipient-disabled', tier: 'reason-phrase', note: 'German without umlauts: the account was deleted' },
  { text: '550 Le compte du destinataire est désactivé', id: 'recipient-disabled', tier: 'reason-phrase', note: 'French: the account is deactivated' },
  { text: '550 La cuenta del destinatario está suspendida', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Spanish: the account is suspended' },
  { text: "550 L'account del destinatario è disattivato", id: 'recipient-disabled', tier: 'reason-phrase', note: 'Italian: the account is deactivated' },
  { text: '550 A conta do destinatário foi desativada', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Portuguese: the account was deactivated' },
  { text: '552 Bijlage te groot', id: 'message-too-large', tier: 'reason-phrase', note: 'Dutch: the attachment is too large' },
  { text: '552 Die Nachricht ist zu gross', id: 'message-too-large', tier: 'reason-phrase', note: 'German (ss for ß): the message is too large' },
  { text: '552 Le message est trop gros', id: 'message-too-large', tier: 'reason-phrase', note: 'French: the message is too big' },
  { text: '552 El mensaje es demasiado grande', id: 'message-too-large', tier: 'reason-phrase', note: 'Spanish: the message is too large' },
  { text: '552 Il messaggio è troppo grande', id: 'message-too-large', tier: 'reason-phrase', note: 'Italian: the message is too large' },
  { text: '552 A mensagem é muito grande', id: 'message-too-large', tier: 'reason-phrase', note: 'Portuguese: the message is too large' },
  { text: '554 Uw server staat op een blokkeerlijst', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Dutch: the server is on a block list' },
  { text: '554 Ihre IP-Adresse steht auf der Sperrliste', id: 'server-blocklisted', tier: 'reason-phrase', note: 'German: the IP is on the block list' },
  { text: '554 Adresse IP sur liste noire', id: 'server-blocklisted', tier: 'reason-phrase', note: 'French: the IP on a black list' },
  { text: '554 Su servidor está en una lista negra', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Spanish: the server on a black list' },
  { text: '554 Indirizzo IP in lista nera', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Italian: the IP on a black list' },
  { text: '550 Relay niet toegestaan', id: 'relay-denied', tier: 'reason-phrase', note: 'Dutch: relaying not allowed' },
  { text: '550 Relaying ist nicht erlaubt', id: 'relay-denied', tier: 'reason-phrase', note: 'German: relaying not allowed' },
  { text: '550 Relais non autorisé', id: 'relay-denied', tier: 'reason-phrase', note: 'French: relaying not allowed' },
  { text: '550 Relay no permitido', id: 'relay-denied', tier: 'reason-phrase', note: 'Spanish: relaying not allowed' },
  { text: 'Ihre Nachricht an anna@example.se konnte nicht zugestellt werden. -- anna wurde nicht in example.se gefunden.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'German: the recipient was not found at the domain (Exchange’s wording)' },
  { text: '550 Het e-mailadres van de ontvanger bestaat niet', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Dutch: the recipient’s address does not exist' },
  { text: '550 La dirección del destinatario no existe', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Spanish: the recipient’s address does not exist' },
  { text: 'Uw bericht aan jan@example.nl kan niet worden bezorgd. jan is niet gevonden op example.nl.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Dutch: not found at the domain (Exchange’s wording)' },
  { text: 'juan.perez no se encuentra en el Directorio de Domino', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Spanish: not in the Domino directory (Domino’s wording)' },
  { text: "L'adresse de messagerie que vous avez entrée est introuvable.", id: 'recipient-unknown', tier: 'reason-phrase', note: 'French: the address typed was not found (Exchange’s wording)' },
  { text: 'O endereço de email que você inseriu não foi encontrado.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Portuguese: the address typed was not found' },
  { text: 'Sie haben keine Berechtigung, an diesen Empfänger zu senden.', id: 'exchange-distribution-list-auth', tier: 'reason-phrase', note: 'German: no permission to send to this recipient' },
  { text: 'Die Übermittlung an diese Adresse ist eingeschränkt.', id: 'exchange-distribution-list-auth', tier: 'reason-phrase', note: 'German: delivery to this address is restricted' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Ihr Konto wurde gesperrt', id: 'unknown', tier: 'unknown', note: "German: the sender's own account" },
  { text: '550 Votre compte est suspendu', id: 'unknown', tier: 'unknown', note: "French: the sender's own account" },
  { text: '550 Het bericht is afgewezen. De bijlage is gecontroleerd', id: 'unknown', tier: 'unknown', note: 'Dutch: an attachment named, nothing too large' },
  { text: '550 De afzender staat op een zwarte lijst', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Dutch: the sender, not the server, is listed (the sender phrase reads it, not the listed-server words)' },
  { text: '550 Account bekijken. Wachtwoord verwijderd', id: 'unknown', tier: 'unknown', note: 'Dutch: a state in another sentence, about a password' },
  { text: '550 Der Server mail.example.de wurde nicht gefunden', id: 'unknown', tier: 'unknown', note: 'German: a server not found, not a recipient' },
  { text: '550 Het adres van de afzender bestaat niet', id: 'unknown', tier: 'unknown', note: 'Dutch: the sender’s address, not the recipient’s' },
  { text: '550 Le domaine du destinataire est introuvable', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'French: a domain, not a mailbox (the domain words decide)' },
  { text: '550 Le serveur est introuvable sur le réseau', id: 'unknown', tier: 'unknown', note: 'French: a server not found, not a recipient' },
  { text: "L'adresse de l'expéditeur est introuvable", id: 'unknown', tier: 'unknown', note: 'French: the sender’s address' },
  { text: 'Sie haben keine Berechtigung für diesen Ordner', id: 'unknown', tier: 'unknown', note: 'German: no permission on a folder, nothing about sending' },
];

describeTierTable('reason words in other languages', LANGUAGE_REASON_WORDS, EXAMPLES, NEAR_MISSES);
