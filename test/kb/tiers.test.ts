/**
 * The tiers of recognition: examples and near-misses for each, and the proof
 * that a more specific tier always wins over a broader one.
 */
import { classify, defaultClassifier } from '../../src/kb/classify';
import { createClassifier, type Tier } from '../../src/kb/matcher';
import { RULES } from '../../src/kb/rules';
import { TIERS } from '../../src/kb/tiers';
import { FRENCH_PTT, PROVIDER_CODE_PHRASES } from '../../src/kb/tiers/provider-codes';
import { TIER_WEIGHT, type TierEntry } from '../../src/kb/tiers/tier-entry';
import type { RuleMatch } from '../../src/kb/types';
import { parseReply } from '../../src/smtp/reply';
import { buildPhraseTables, type PhraseTables } from '../../src/text/phrase-index';

interface Case {
  readonly text: string;
  readonly id: string;
  readonly tier: Tier;
  /** Where the text comes from, or why it is a near-miss. */
  readonly note: string;
}

const EXAMPLES: readonly Case[] = [
  // provider-code
  { text: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653', id: 'microsoft-blocklist', tier: 'provider-code', note: 'Microsoft Exchange Online NDR reference, 5.7.708' },
  { text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', id: 'recipient-unknown', tier: 'provider-code', note: "Microsoft's directory-based edge blocking under its 5.4.1: the address is not in the tenant's directory" },
  { text: '550 5.7.515 Access denied', id: 'sender-authentication-failed', tier: 'provider-code', note: "Microsoft's own status code 5.7.515 alone (sending domain below the required authentication level)" },
  { text: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.', id: 'ip-reputation-throttled', tier: 'rule', note: 'Microsoft NDR reference, 4.7.650 (a specific rule knows it)' },
  { text: '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', id: 'ip-reputation-throttled', tier: 'rule', note: 'Yahoo SMTP error codes, TSS04' },
  { text: '553 5.7.2 [TSS09] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Yahoo SMTP error codes, TSS09' },
  { text: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes [PH01]', id: 'receiver-policy', tier: 'rule', note: 'Yahoo SMTP error codes, PH01' },
  { text: '554- (RTR:BL) https://postmaster.aol.com/error-codes#554rtrbl', id: 'server-blocklisted', tier: 'provider-code', note: 'AOL postmaster error codes, RTR:BL' },
  { text: '421 4.7.1 : (CON:B1) https://postmaster.aol.com/error-codes#421conb1', id: 'server-blocklisted', tier: 'provider-code', note: 'AOL postmaster error codes, CON:B1' },
  { text: '550 5.4.5 Daily user sending quota exceeded. https://support.google.com/mail/?p=SendingQuotaExceeded - gsmtp', id: 'sending-quota-exceeded', tier: 'rule', note: 'Google SMTP errors and codes, 5.4.5' },
  { text: '452 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. - gsmtp', id: 'recipient-rate-limited', tier: 'rule', note: 'Google SMTP errors and codes, 4.2.1' },
  { text: '550 Rejected by header based Anti-Spoofing policy: user@example.com - https://community.mimecast.com/docs/DOC-1369#550', id: 'receiver-policy', tier: 'provider-code', note: 'Mimecast SMTP error codes' },
  { text: '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550', id: 'recipient-filtered', tier: 'provider-code', note: 'Mimecast SMTP error codes' },
  { text: '421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]', id: 'sender-rate-limited', tier: 'provider-code', note: 'Orange code 104 (too many connections), as tabled in Sisimai Rhost/FrancePTT' },
  { text: '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]', id: 'server-blocklisted', tier: 'provider-code', note: 'Orange code 999 (blocked), as tabled in Sisimai Rhost/FrancePTT' },
  { text: '550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]', id: 'recipient-disabled', tier: 'provider-code', note: 'La Poste code 420 (archived recipient), as tabled in Sisimai Rhost/FrancePTT' },
  { text: '554 5.2.122 The recipient has exceeded their limit', id: 'recipient-rate-limited', tier: 'provider-code', note: "Microsoft NDR reference 5.2.122: the recipient's per-hour receive limit" },
  { text: '550 5.1.90 Sending limit reached', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'Microsoft NDR reference 5.1.90: daily recipient limit of the sender' },
  { text: '421 4.7.0 Messages from 192.0.2.10 temporarily deferred due to user complaints - 4.16.55.1', id: 'ip-reputation-throttled', tier: 'provider-code', note: "Yahoo's older wording of the complaint deferral (help.yahoo.com SLN3434)" },
  { text: '554 imta14.emeryville.ca.mail.comcast.net comcast 192.0.2.2 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010', id: 'server-blocklisted', tier: 'provider-code', note: 'Comcast mail delivery error codes, BL000010 (listed on Cloudmark CSI)' },
  { text: '554 cxmx blocked. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL', id: 'server-blocklisted', tier: 'provider-code', note: 'Cox error codes, CXBL (sending IP blocked by Cox)' },
  { text: '554 192.0.2.7 cxmx rejected. IP found on block list. AUP#IPBL0010', id: 'server-blocklisted', tier: 'provider-code', note: 'Cox error codes, IPBL with the flags of the lists' },
  { text: '421 cxmx 192.0.2.7 DNS check failure - try again later. AUP#CXDNS', id: 'server-ptr-missing', tier: 'provider-code', note: 'Cox error codes, CXDNS (reverse DNS of the sending IP fails)' },
  { text: '550 <bounce@example.org> message rejected. Refer to Error Codes section for more information. AUP#CXSNDR', id: 'sender-address-rejected', tier: 'provider-code', note: "Cox error codes, CXSNDR (a problem with the sender's domain)" },
  { text: '421 resimta-ch2-04v.sys.comcast.net comcast 192.0.2.2 Too many sessions opened', id: 'sender-rate-limited', tier: 'provider-code', note: 'Comcast non-specific error codes: too many sessions opened' },
  { text: '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Mimecast SMTP error codes, 451' },
  { text: '553 5.1.2 The recipient address <jan@@example.org> is not a valid RFC 5321 address. - gsmtp', id: 'recipient-address-rejected', tier: 'provider-code', note: 'Google SMTP errors and codes, 553 5.1.2' },
  { text: '554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc', id: 'remote-spam-content', tier: 'provider-code', note: 'Yandex, "Report on non-delivery to Yandex": suspicion of spam' },
  { text: '552 5.2.2 Mailbox size limit exceeded', id: 'recipient-mailbox-full', tier: 'provider-code', note: 'Yandex, "Report on non-delivery to Yandex": mailbox full' },
  { text: "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors. - gsmtp", id: 'recipient-domain-not-found', tier: 'rule', note: 'Google SMTP errors and codes, 553 5.1.2 (a specific rule knows it)' },
  { text: '421 4.7.0 TLS required for RCPT domain, closing connection. - gsmtp', id: 'tls-required', tier: 'rule', note: 'Google SMTP errors and codes, 421 4.7.0 (a specific rule knows it)' },
  { text: '550 5.7.134 Sender was not authenticated for mailbox', id: 'receiver-policy', tier: 'provider-code', note: 'Microsoft NDR reference 5.7.134: the mailbox takes mail only from its own organisation' },
  { text: "550 SC-001 (BAY0-MC1-F21) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider.", id: 'microsoft-blocklist', tier: 'provider-code', note: 'Outlook.com postmaster, SC-001 (IP or content reputation)' },
  { text: "550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.1 weren't sent.", id: 'microsoft-blocklist', tier: 'provider-code', note: 'Outlook.com postmaster, DY-001 (dynamic IP)' },
  { text: "421 RP-001 (BAY004-MC1F44) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again.", id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Outlook.com postmaster, RP-001 (rate limit of the sending IP)' },
  { text: '421 resimta-po-04v.sys.comcast.net 192.0.2.1 rate limited, see http://postmaster.comcast.net/smtp-error-codes.php#RL000001', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Comcast mail delivery error codes, RL (rate limit)' },
  { text: '550-Requested action not taken: mailbox unavailable 550 invalid DNS PTR resource record', id: 'server-ptr-missing', tier: 'provider-code', note: 'IONOS bounce messages: the sending IP has no valid PTR (the mailbox words are generic)' },
  // reason-phrase: Sisimai's facts and the other languages
  { text: '550 <x@example.org> is currently suspended', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Sisimai Suspend phrase " is currently suspended"' },
  { text: '554 5.7.1 Nachricht abgelehnt: Postfach voll', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'German: mailbox full' },
  { text: '550 Benutzer unbekannt', id: 'recipient-unknown', tier: 'reason-phrase', note: 'German: user unknown' },
  { text: '552 Boîte aux lettres pleine', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'French: mailbox full' },
  { text: '550 Destinataire inconnu', id: 'recipient-unknown', tier: 'reason-phrase', note: 'French: recipient unknown' },
  { text: '550 Buzón lleno', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Spanish: mailbox full' },
  { text: '550 El dominio no existe', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'Spanish: the longer phrase names the domain' },
  { text: '550 Utente sconosciuto', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Italian: user unknown' },
  { text: '550 Destinatario inesistente', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Italian: recipient does not exist' },
  { text: '554 Messaggio classificato come spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Italian: classified as spam' },
  { text: '554 Mensaje clasificado como spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Spanish: classified as spam' },
  { text: '554 Message refusé pour cause de spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'French: refused because of spam (not the generic "message refusé")' },
  { text: '554 Nachricht enthält einen Virus', id: 'virus-detected', tier: 'reason-phrase', note: 'German: contains a virus' },
  { text: '421 Te veel verbindingen vanaf uw server', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Dutch: too many connections' },
  { text: '421 Demasiadas conexiones, inténtelo más tarde', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Spanish: too many connections' },
  { text: '550 Domäne unbekannt', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'German: domain unknown' },
  { text: '550 Afzenderadres geweigerd', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Dutch: sender address refused' },
  { text: '550 Afzender staat op een zwarte lijst', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Dutch: the sender on a block list, not a listed IP' },
  { text: '421 Server is tijdelijk niet bereikbaar', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Dutch: the server cannot be reached' },
  { text: '550 U heeft uw dagelijkse verzendlimiet bereikt', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'Dutch: the daily sending limit' },
  { text: '550 SPF-Prüfung fehlgeschlagen', id: 'sender-authentication-failed', tier: 'reason-phrase', note: 'German: SPF check failed' },
  { text: '530 U moet eerst inloggen', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'Dutch: log in first' },
  { text: '550 Bericht geweigerd wegens virus', id: 'virus-detected', tier: 'reason-phrase', note: 'Dutch: refused because of a virus (more than the bare "refused")' },
  { text: '550 Remitente rechazado', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Spanish: sender refused' },
  { text: '550 Empfänger abgelehnt', id: 'recipient-address-rejected', tier: 'reason-phrase', note: 'German: recipient refused, no reason given' },
  { text: '530 Authentifizierung erforderlich', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'German: a login demanded' },
  { text: '530 Autenticazione richiesta', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'Italian: a login demanded' },
  { text: '550 Uw bericht is geweigerd omdat het op spam lijkt', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Dutch: looks like spam' },
  { text: '552 Caixa postal cheia', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Portuguese: mailbox full' },
  { text: '550 Bericht geweigerd: als spam aangemerkt', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Dutch: marked as spam' },
  { text: '550 Mailbox bestaat niet', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Dutch: mailbox does not exist' },
  { text: '554 Messaggio rifiutato: virus rilevato', id: 'virus-detected', tier: 'reason-phrase', note: 'Italian: virus found' },
  { text: '530 5.7.0 Authentication required', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'Sisimai SecurityError phrase "authentication required", mapped phrase by phrase' },
  { text: '550 Postfach voll - Speicherplatz ueberschritten', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'German without umlauts (ue for ü)' },
  { text: '552 Boite pleine', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'French without accents' },
  { text: '554 Message looping, 17 hops', id: 'mail-loop', tier: 'reason-phrase', note: "Sisimai NetworkError's loop phrases are a mail loop, not an unreachable server" },
  { text: '451 Could not connect and send the mail to mx.example.org', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Sisimai NetworkError's connection phrases stay an unreachable server" },
  { text: '552 5.7.1 virus Eicar-Test-Signature detected by the scanner', id: 'virus-detected', tier: 'reason-phrase', note: '"virus detected" with the virus\'s name in between' },
  { text: '552 Das Postfach des Empfaengers ist voll', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'German: the mailbox is full, with words in between' },
  { text: '552 El buzón del destinatario está lleno', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Spanish: the mailbox is full, with words in between' },
  { text: '552 La casella del destinatario è piena', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Italian: the mailbox is full, with words in between' },
  { text: 'Die Nachricht konnte nicht zugestellt werden, da das Postfach des Empfängers voll ist.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'German subordinate clause: the verb comes last' },
  { text: '552 La casilla de correo está llena', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Spanish (Latin America): casilla, feminine' },
  { text: '550 Der Empfänger wurde nicht gefunden', id: 'recipient-unknown', tier: 'reason-phrase', note: 'German: recipient not found' },
  { text: '550 Adresse email introuvable', id: 'recipient-unknown', tier: 'reason-phrase', note: 'French: e-mail address not found' },
  { text: '550 Destinatário não encontrado', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Portuguese: recipient not found' },
  { text: '554 Nachricht als Spam abgelehnt', id: 'remote-spam-content', tier: 'reason-phrase', note: 'German: refused as spam' },
  { text: '554 Mensaje rechazado por spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Spanish: refused for spam' },
  { text: 'Uw bericht kon niet worden afgeleverd omdat de mailbox van de ontvanger vol is.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Dutch subordinate clause: the verb comes last' },
  { text: 'Het bericht is niet afgeleverd: de ontvanger bestaat niet.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Dutch: the recipient does not exist' },
  { text: 'Uw bericht is geweigerd omdat het als spam is herkend.', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Dutch: recognised as spam, verb last' },
  { text: 'Die Adresse des Empfängers ist ungültig.', id: 'recipient-unknown', tier: 'reason-phrase', note: "German: the recipient's address is invalid" },
  { text: '550 Mailbox ist gesperrt', id: 'recipient-disabled', tier: 'reason-phrase', note: 'German: the mailbox is locked' },
  { text: '552 Postvak vol', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Dutch: mailbox full, without a verb' },
  { text: '550 Dit e-mailadres is niet meer in gebruik', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Dutch: the address is no longer in use' },
  { text: '550 Account opgeheven', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Dutch: the account was closed' },
  { text: '550 Utilisateur inexistant', id: 'recipient-unknown', tier: 'reason-phrase', note: 'French: no such user' },
  { text: '550 Domaine inexistant', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'French: no such domain' },
  { text: 'Le message est trop volumineux.', id: 'message-too-large', tier: 'reason-phrase', note: 'French: the message is too large' },
  { text: '550 Пользователь не найден', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Russian: user not found' },
  { text: '552 Skrzynka odbiorcy jest pełna', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Polish: the mailbox is full' },
  { text: '550 宛先不明のため配送できませんでした', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Japanese: address unknown' },
  { text: 'lost connection with mx.example.org[192.0.2.1] while performing the HELO handshake', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Postfix's words for a session that broke off" },
  // status-code
  { text: '550 5.2.2 sorry', id: 'recipient-mailbox-full', tier: 'status-code', note: 'RFC 3463 5.2.2: mailbox full' },
  { text: '550 5.1.1 <x@example.org>: no', id: 'recipient-unknown', tier: 'status-code', note: 'RFC 3463 5.1.1: bad destination mailbox address' },
  { text: '554 5.7.1 sorry', id: 'receiver-policy', tier: 'status-code', note: 'RFC 3463 5.7.1: delivery not authorized' },
  { text: '550 5.7.25 [192.0.2.1] no', id: 'server-ptr-missing', tier: 'status-code', note: 'RFC 7372 5.7.25: reverse DNS validation failed' },
  { text: '556 5.1.10 example.org', id: 'recipient-null-mx', tier: 'status-code', note: 'RFC 7505 5.1.10: recipient address has null MX' },
  { text: '550 Bad destination mailbox address', id: 'recipient-unknown', tier: 'status-code', note: "RFC 3463's description of X.1.1 without the code stands for it" },
  { text: '550 <jan@example.org>: bad destination mailbox address syntax', id: 'recipient-address-rejected', tier: 'status-code', note: "the longest standard description decides (X.1.3's, not X.1.1's inside it)" },
  { text: '451 No answer from host', id: 'remote-server-unreachable', tier: 'status-code', note: "RFC 3463's description of X.4.1" },
  { text: '550 Destination mailbox has moved, no forwarding address', id: 'recipient-moved', tier: 'status-code', note: "RFC 3463's description of X.1.6" },
  { text: '554 Encryption needed', id: 'tls-required', tier: 'status-code', note: "the IANA registry's summary of X.7.10 (RFC 5248)" },
  { text: '554 5.4.6 26 (25 max)', id: 'mail-loop', tier: 'status-code', note: 'RFC 3463 5.4.6: routing loop detected' },
  { text: '535 5.7.8 Error: sorry', id: 'smtp-login-failed', tier: 'status-code', note: 'RFC 4954 5.7.8: authentication credentials invalid' },
  { text: '421 4.7.0 Mail sent from your IP address has been temporarily rate limited', id: 'sender-rate-limited', tier: 'reason-phrase', note: "Sisimai Speeding's phrase, written with capitals in the facts: the phrase-by-phrase map is read as the scan sees text" },
  { text: '554 5.7.1 Your message was rejected because of an invalid DKIM signature', id: 'sender-authentication-failed', tier: 'rule', note: 'a DKIM signature that does not verify' },
  { text: '550 5.7.1 Domain example.org has no valid SPF record', id: 'spf-invalid', tier: 'rule', note: "the sender domain's SPF record is missing or broken" },
  { text: 'Delivery to the following recipient has been delayed: a@example.org Message will be retried for 2 more day(s)', id: 'retry-time-not-reached', tier: 'reason-phrase', note: "Gmail's delay notice: still being retried" },
  { text: 'Delivery is delayed to these recipients or groups: a@example.org. This message hasn\'t been delivered yet. Delivery will continue to be attempted.', id: 'retry-time-not-reached', tier: 'reason-phrase', note: "Exchange's delay notice" },
  { text: 'SMTP error from remote mail server after end of data: 550 maximum allowed line length is 998 octets, got 1235', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: "Debian's Exim: a line over RFC 5322's limit" },
  { text: '550-"The recipient cannot be verified.  Please check all recipients of this 550 message to verify they are valid." (in reply to RCPT TO command)', id: 'recipient-unknown', tier: 'reason-phrase', note: "cPanel's Exim: the recipient failed verification" },
  { text: '451-The server has reached its limit for processing requests from your host. 451 Please try again later.', id: 'sender-rate-limited', tier: 'reason-phrase', note: "cPanel's Exim ratelimit ACL: the connecting host sent or failed too much" },
  { text: 'SMTP error from remote mail server after MAIL FROM:<a@example.org>: 421 Unexpected failure, please try later', id: 'receiver-system-error', tier: 'reason-phrase', note: "Exim's own failure on the receiving side (log.c)" },
  { text: 'A message that you sent was longer than the maximum size allowed on this\nsystem. It was not delivered to any recipients.', id: 'message-too-large', tier: 'reason-phrase', note: "Exim's notice for a message over its size limit (moan.c)" },
  { text: 'SMTP error from remote mail server after RCPT TO:<b@example.net>: 451-192.0.2.8 is not yet authorized to deliver mail from 451 <a@example.org> to <b@example.net>. Please try later.', id: 'greylisted', tier: 'reason-phrase', note: "greylistd's Exim ACL: a first attempt deferred" },
  { text: '451 4.7.1 <b@example.net>: Recipient address rejected: Intentional policy rejection, please try again later', id: 'greylisted', tier: 'reason-phrase', note: "iRedAPD's greylisting: a first attempt deferred" },
  { text: '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', id: 'recipient-domain-not-found', tier: 'provider-code', note: "Microsoft's row in Sisimai's table: the recipient's domain does not exist in DNS" },
  { text: '421 HL:ICC 163 mx3,QsCowAA3xmd7Rg9j2nlCBA--.17145S2 1661945467,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1', id: 'sender-rate-limited', tier: 'provider-code', note: 'NetEase HL:ICC: too many connections from the sending IP' },
  { text: '550 MI:SPF 163 mx7,SMTP: the sending IP is not permitted by the SPF record of the sender domain', id: 'spf-invalid', tier: 'provider-code', note: "NetEase MI:SPF: the sending IP is not in the sender domain's SPF" },
  { text: '554 DT:SPM 163 smtp10,DsCowAD3cdEbRg9jpQ4BBA--.22305S2 1661945373', id: 'remote-spam-content', tier: 'provider-code', note: 'NetEase DT:SPM: the content looks like spam' },
  { text: '450 DT:RBL 163 mx2, the sending IP is on one or more block lists', id: 'server-blocklisted', tier: 'provider-code', note: 'NetEase DT:RBL: the sending IP is on a block list' },
  { text: '550 5.7.60 SMTP; Client does not have permissions to send as this sender', id: 'sender-address-rejected', tier: 'provider-code', note: 'Microsoft 5.7.60: no Send As permission for the From address' },
  { text: '550 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception', id: 'outgoing-account-locked', tier: 'provider-code', note: "Exchange's outbound spam filter blocked the sending mailbox" },
  { text: '432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded', id: 'sender-rate-limited', tier: 'provider-code', note: "Exchange's limit on a sender's messages submitted at once" },
  { text: '421 4.7.0 [TSS11] Excessive unknown recipients - possible Open Relay', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Yahoo [TSS11]: the sending server is deferred, not the recipient unknown' },
  { text: '554- (RTR:DU) The IP address you are using to connect to AOL is a dynamic (residential) IP address.', id: 'server-blocklisted', tier: 'provider-code', note: 'AOL RTR:DU: a dynamic (residential) sending address' },
  { text: '552-5.7.0 This message was blocked because it contains an attachment. Our system detected an illegal attachment on your message. Please visit https://support.google.com/mail/?p=BlockedMessage to review our attachment guidelines.', id: 'message-content-rejected', tier: 'provider-code', note: "Google, 552 5.7.0: a file type Gmail refuses, outranking Sisimai's policy row" },
  { text: '535 5.7.1 sorry', id: 'smtp-login-failed', tier: 'status-code', note: 'RFC 4954 reply 535 is a refused login, whatever general 5.7.x comes with it' },
  { text: '535 no', id: 'smtp-login-failed', tier: 'status-code', note: 'RFC 4954 reply 535 alone' },
  { text: 'SMTP error from remote mail server after end of data: Remote host closed connection in response to end of data', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Exim: the receiver dropped the connection instead of answering' },
  { text: '504 5.5.2 <jan>: Recipient address rejected: need fully-qualified address', id: 'recipient-address-rejected', tier: 'reason-phrase', note: 'Postfix reject_non_fqdn_recipient: the address has no domain' },
  { text: '503 5.5.0 Error: improper use of SMTP command pipelining', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Postfix reject_unauth_pipelining' },
  { text: '554 5.5.0 Error: SMTP protocol synchronization', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Postfix: a command sent before the greeting' },
  { text: '451 4.7.1 [SPFBL] listed. See http://spfbl.net/en/feedback', id: 'server-blocklisted', tier: 'provider-code', note: 'SPFBL names itself when it lists the sending server' },
  { text: 'DNS Error: DNS server returned answer with no data for voorbeeld.nl', id: 'no-mail-exchanger', tier: 'reason-phrase', note: "Gmail: the name exists but has no MX or address records" },
  { text: '554 5.7.1 Rejected by content filter: SpamAssassin score 14.2 (HTML_MESSAGE,URIBL_BLACK)', id: 'remote-spam-content', tier: 'reason-phrase', note: "SpamAssassin's score decides; a URIBL test is one of those it lists" },
  { text: '550 5.7.20 sorry', id: 'sender-authentication-failed', tier: 'status-code', note: 'RFC 7372 5.7.20: no passing DKIM signature found' },
  { text: 'There was an error delivering your mail to <a@example.net>. Could not deliver for the last 432000 seconds. Giving up.', id: 'delivery-expired', tier: 'reason-phrase', note: 'DragonFly Mail Agent: queue time over' },
  { text: 'Delivery failed 20 attempts: a@example.com', id: 'delivery-expired', tier: 'reason-phrase', note: 'IMail: the last retry failed' },
  { text: 'a@example.jp: Network error on destination MXs', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'OpenSMTPD: no MX could be reached' },
  { text: '550 someone@nowhere.example: unrouteable mail domain "nowhere.example"', id: 'unrouteable-address', tier: 'reason-phrase', note: "Exim's route.c default when no router takes the address: the same failure as its Unrouteable address" },
  { text: 'User some.name (a@example.jp) not listed in Domino Directory', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Domino: the recipient is not in the directory' },
  { text: 'Benutzer jan (jan@voorbeeld.de) nicht im Domino-Verzeichnis aufgeführt', id: 'recipient-unknown', tier: 'reason-phrase', note: "Domino's German report: the recipient is not in the directory" },
  { text: '451 4.3.0 spool file write error while delivering: No space left on device', id: 'receiver-system-error', tier: 'reason-phrase', note: "the server's own spool disk is full, not a mailbox" },
  { text: 'User mailbox exceeds allowed size: a@example.co.jp', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'IMail: the mailbox exceeds its size' },
  { text: '552 The mailbox has exceeded its storage quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'a mailbox, then the quota it passed' },
  { text: '553 mx.example.org does not exist', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'Sisimai HostUnknown ordered pair "553 " … " does not exist": the code is a condition on the reply code' },
  { text: '556 example.org', id: 'recipient-null-mx', tier: 'status-code', note: 'RFC 7504 556: domain does not accept mail' },
  { text: '450 4.2.1 Try again later', id: 'recipient-rate-limited', tier: 'status-code', note: 'a temporary 4.2.1 is a receiving-rate limit (Google SMTP errors and codes)' },
  { text: '550 5.2.1 sorry', id: 'recipient-disabled', tier: 'status-code', note: 'RFC 3463 5.2.1: mailbox disabled' },
  { text: '503 sorry', id: 'smtp-protocol-error', tier: 'status-code', note: 'RFC 5321 503: bad sequence of commands' },
  { text: '555 5.5.4 sorry', id: 'smtp-protocol-error', tier: 'status-code', note: 'RFC 3463 X.5.4: invalid command arguments' },
];

const NEAR_MISSES: readonly Case[] = [
  { text: '550 URIBL_BLACK: a link in your message is listed at multi.uribl.com', id: 'url-blocklisted', tier: 'reason-phrase', note: 'without a spam score, the URI list decides' },
  { text: '250 OK, no unexpected failure this time', id: 'unknown', tier: 'unknown', note: "Exim's words only as its refusal, not one word of them in an acceptance" },
  { text: '451 4.7.1 Intentional policy rejection of your sender domain', id: 'receiver-policy', tier: 'reason-phrase', note: "iRedAPD's greylisting sentence only whole, with its \"please try again later\"" },
  { text: '550 Your message was blocked by the spam filter', id: 'remote-spam-content', tier: 'reason-phrase', note: 'the facts\' "was blocked by " (a block list) is a spam verdict when a spam filter is what blocked it' },
  { text: '550 Message was blocked by Spamhaus', id: 'server-blocklisted', tier: 'reason-phrase', note: 'the facts\' "was blocked by " keeps its block-list reading otherwise' },
  { text: '550 Deze functie is niet meer in gebruik', id: 'unknown', tier: 'unknown', note: 'Dutch: a feature no longer in use, not an address' },
  { text: '550 5.7.1 Too many invalid recipients', id: 'server-blocklisted', tier: 'reason-phrase', note: "too many invalid recipients is a verdict on the sender (Sisimai's Cox row: blocked), not an unknown recipient" },
  { text: '553-Message filtered. Please see the FAQs section on spam 553-at http://www.messagelabs.com/support/ for more 553 information. (#5.7.1)', id: 'remote-spam-content', tier: 'reason-phrase', note: "a content filter's \"message filtered\" that points at spam is no recipient's sender list" },
  { text: '421 mx.example.org: Service temporarily unavailable, not accepting connections', id: 'unknown', tier: 'unknown', note: "Apple's row \"not accepting connections\" (blocked) says nothing about a block on another server" },
  { text: '554 Recipient rejected: your IP 192.0.2.1 is on our blocklist', id: 'server-blocklisted', tier: 'reason-phrase', note: "Cox's row \"recipient rejected\" (user unknown) does not decide for other servers: the listed IP does" },
  { text: '550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.13&c=poli', id: 'receiver-policy', tier: 'provider-code', note: "GMX's policy block quotes the generic mailbox-unavailable text: the mailbox is not the problem" },
  { text: '####### THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. ####### Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.', id: 'retry-time-not-reached', tier: 'reason-phrase', note: 'a delay warning is no expired delivery, though Sisimai files some of its words under expired' },
  { text: '550 5.7.1 Relay quota exceeded for user@example.org', id: 'sending-quota-exceeded', tier: 'rule', note: "a relay's quota is the sender's, never a full mailbox (the rule's veto holds for the tiers too)" },
  { text: '550 El dominio del remitente no existe', id: 'unknown', tier: 'unknown', note: "Spanish: the sender's domain, not the recipient" },
  { text: '550 5.1.1 This address does not accept mail', id: 'recipient-unknown', tier: 'status-code', note: 'one address that takes no mail is no domain without mail (null MX)' },
  { text: '550 5.7.26 Authentication failure: SPF fail, DKIM none for example.org', id: 'sender-authentication-failed', tier: 'reason-phrase', note: "the receiver's SPF/DKIM check is no refused login (the rule's veto holds for the tiers too); the reason words read the failed SPF" },
  { text: '454 4.7.0 Temporary authentication failure', id: 'receiver-system-error', tier: 'reason-phrase', note: "a temporary fault of the server's login service says nothing about the password" },
  { text: '554 5.7.1 Service unavailable; Sender address [s@example.org] blocked using dbl.abusix.zone', id: 'receiver-policy', tier: 'status-code', note: "a domain list's verdict on the sender address is not the server's IP on a block list" },
  { text: '554 5.7.1 Your IP address 192.0.2.1 has been marked as spam source', id: 'receiver-policy', tier: 'status-code', note: '"spam source" is a verdict on the sending IP, not on the message' },
  { text: '550 hl:icc@example.org rejected', id: 'unknown', tier: 'unknown', note: 'a NetEase code inside an address is no code' },
  { text: '550 5.2.2 Submission quota exceeded. Please try again later.', id: 'sending-quota-exceeded', tier: 'rule', note: "Microsoft's 5.2.2 submission quota is the sender's limit, not the recipient's full mailbox" },
  { text: '552 5.3.4 Message size exceeds fixed limit', id: 'message-too-large', tier: 'rule', note: 'a message that exceeds a size is too large, not a full mailbox' },
  { text: 'Delivery failed: the recipient did not answer', id: 'unknown', tier: 'unknown', note: '"delivery failed" without the count of attempts is not IMail\'s final notice' },
  { text: '550 mx.example.org does not exist', id: 'unknown', tier: 'unknown', note: 'the HostUnknown pair holds only with reply code 553' },
  { text: '550 Message rejected: IPBL policy for example lists 0101', id: 'unknown', tier: 'unknown', note: 'Cox: "IPBL" without "AUP#" and the flags is not a Cox code' },
  { text: '550 5.1.1 Address rejected jan@example.org', id: 'recipient-unknown', tier: 'status-code', note: 'RFC 3463 X.1.1 is the recipient\'s address: the sender phrase "address rejected" does not overrule it' },
  { text: '550 5.1.8 <info@example.nl>: user unknown', id: 'sender-address-rejected', tier: 'status-code', note: "RFC 3463 X.1.8 is the sender's address: no unknown recipient" },
  { text: '550 Het afzenderadres bestaat niet', id: 'unknown', tier: 'unknown', note: 'Dutch: the sender address does not exist is no unknown recipient' },
  { text: '550 5.7.1 Sender domain is listed in dbl.spamhaus.org', id: 'receiver-policy', tier: 'status-code', note: "a domain on Spamhaus's domain list (DBL) is no listing of the server's IP" },
  { text: '550 5.7.1 Message rejected: see the description at https://example.net/desc-001 (policy)', id: 'receiver-policy', tier: 'status-code', note: 'an Outlook.com-like code inside a word is no Outlook.com code' },
  { text: '550 Mailbox unavailable. See http://www.example.org/spam-policy.html', id: 'recipient-unknown', tier: 'reason-phrase', note: '"spam" only inside a URL is not a spam verdict; the words say RFC 5321\'s "mailbox unavailable"' },
  { text: '550 5.7.1 Rejected: see https://www.example.net/antispam/faq.html', id: 'receiver-policy', tier: 'status-code', note: 'a policy refusal whose link mentions spam: the code decides, not the link' },
  { text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/203.0.113.53', id: 'blocklist-query-refused', tier: 'rule', note: 'an open-resolver refusal is the receiver\'s problem, not a listing' },
  { text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org=127.255.255.254', id: 'blocklist-query-refused', tier: 'rule', note: 'Spamhaus 127.255.255.x answers are errors, not listings' },
  { text: 'SMTP error from remote mail server after MAIL FROM:<a@example.org>: 550 5.1.7 No such domain example.org', id: 'sender-address-rejected', tier: 'status-code', note: 'after MAIL FROM a "no such domain" is the sender\'s domain, not the recipient\'s' },
  { text: '250 2.1.5 Ok', id: 'unknown', tier: 'unknown', note: 'a success code is not a failure' },
  { text: '550 5.2.2 Bad destination mailbox address', id: 'recipient-mailbox-full', tier: 'status-code', note: 'a code in the reply says more than a standard description beside it' },
  { text: '550 Destination mailbox address ambiguous, user unknown', id: 'recipient-unknown', tier: 'rule', note: 'any phrase outranks a standard description, which only stands for a code' },
  { text: '554 Security features not supported', id: 'unknown', tier: 'unknown', note: "X.7.4's description has no diagnosis that fits" },
  { text: 'SMTP error from remote mail server after RCPT TO:<jan@voorbeeld.nl>: 451 Temporary local problem - please try later', id: 'unknown', tier: 'unknown', note: 'a deferral that does not name its cause' },
  { text: '550 El usuario no existe', id: 'recipient-unknown', tier: 'reason-phrase', note: 'a user that does not exist is not a missing domain' },
  { text: '421 mx.example.org Service not available, closing transmission channel', id: 'unknown', tier: 'unknown', note: "RFC 5321's standard wording of 421 names no cause" },
  { text: '421 4.3.2 Service not available', id: 'receiver-system-error', tier: 'provider-code', note: "a provider table's row applies with the code it names (Sisimai Rhost/Microsoft: 4.3.2)" },
  { text: '421 Service not available', id: 'unknown', tier: 'unknown', note: "without the row's code, a provider table's generic phrase says nothing" },
  { text: '421 4.3.2 System not accepting network messages', id: 'receiver-system-error', tier: 'status-code', note: "RFC 3463's own words for X.3.2 in a provider row: the code's standard meaning, not the provider's reading (no null MX)" },
  { text: '421 4.4.2 Connection dropped due to timeout', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'a dropped connection is a broken session (X.4.2), not a block list' },
  { text: '550 Product SC-001 is out of stock', id: 'unknown', tier: 'unknown', note: "an Outlook.com code name without Hotmail's words or a bracketed server id is no Outlook.com code" },
  { text: '550 SC-002 Mail rejected by Windows Live Hotmail for policy reasons', id: 'microsoft-blocklist', tier: 'provider-code', note: "Outlook.com's older code before the words that name Hotmail" },
  { text: '501 5.5.4 Invalid domain name', id: 'helo-refused', tier: 'provider-code', note: "Exchange's reply to an EHLO/HELO with an invalid name (filed under blocked in the provider facts) is a refused HELO name" },
  { text: '553 5.1.7 The sender address <a@@example.org> is not a valid RFC 5321 address. - gsmtp', id: 'sender-address-rejected', tier: 'provider-code', note: "Google's wording for a bad sender address is not about the recipient" },
  { text: '550 5.7.1 Our virus scanner detected a problem', id: 'receiver-policy', tier: 'status-code', note: 'a virus scanner that detected something unnamed is no virus verdict' },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Access denied', id: 'recipient-unknown', tier: 'reason-phrase', note: "Postfix's access-table refusal is not Microsoft's directory block (its reading comes from the general phrase table)" },
  { text: "550 5.7.520 Access denied", id: 'receiver-policy', tier: 'status-code', note: "Microsoft's 5.7.520 comes with different texts: the code alone gives only the broad id" },
  { text: '421 Der Server ist voll ausgelastet', id: 'unknown', tier: 'unknown', note: 'German: a busy server is full, not a mailbox' },
  { text: '550 Questa richiesta è piena di errori', id: 'unknown', tier: 'unknown', note: 'Italian: "è piena" about something else than a mailbox' },
  { text: '451 the session timed out while we waited', id: 'unknown', tier: 'unknown', note: '"timed out while" without Postfix\'s "conversation with <host>" is no broken session' },
  { text: '550 recipient rejected', id: 'recipient-address-rejected', tier: 'rule', note: "a bare refusal of the recipient: Cox's row (user unknown) does not decide outside Cox's replies" },
  { text: '250 2.0.0 Authentication successful', id: 'unknown', tier: 'unknown', note: 'a successful login is no authentication failure' },
  { text: '454 4.7.0 TLS not available due to local problem', id: 'tls-handshake-failed', tier: 'rule', note: "the receiver's own TLS trouble is a failed TLS session, not a demand for TLS" },
  { text: '550 5.2.0 Mail rejete. Mail rejected. OUK_513', id: 'unknown', tier: 'unknown', note: 'an Orange number the code table leaves open (513) names no reason' },
  { text: '550 Offre ofr-2 non acceptee', id: 'unknown', tier: 'unknown', note: '"ofr" without an Orange code number after it is no Orange code' },
];

describe('the tiers of recognition', () => {
  it.each(EXAMPLES.map((c) => [c.note, c]))('recognises %s', (_note, c) => {
    const result = classify((c as Case).text);
    expect({ text: (c as Case).text, id: result.id, tier: result.tier }).toEqual({ text: (c as Case).text, id: (c as Case).id, tier: (c as Case).tier });
  });

  it.each(NEAR_MISSES.map((c) => [c.note, c]))('does not fall for a near-miss: %s', (_note, c) => {
    const result = classify((c as Case).text);
    expect({ text: (c as Case).text, id: result.id, tier: result.tier }).toEqual({ text: (c as Case).text, id: (c as Case).id, tier: (c as Case).tier });
  });

  it('when a reply carries an enhanced code, then its bare reply code does not decide (500 with 5.0.0 is no protocol error)', () => {
    expect(classify('500 5.0.0 Depot returns error: <sorry>').id).not.toBe('smtp-protocol-error');
    // X.0.0 says nothing beyond the class: a code of the same class quoted in the words says more.
    expect(classify('500 5.0.0 Depot returns error: <552 5.2.2 sorry>').id).toBe('recipient-mailbox-full');
    expect(classify('550 5.0.0 sorry, see 4.2.2 in our notes').id).not.toBe('recipient-mailbox-full');
    expect(classify('500 Depot returns error: <sorry>').id).toBe('smtp-protocol-error');
  });

  it("when a provider's table files common words under its own reading, then elsewhere the words keep their common meaning", () => {
    // GoDaddy's "message is looping" (system error), Tencent's "suspected spam" (rejected).
    expect(classify('554 Message is looping').id).toBe('mail-loop');
    expect(classify('550 Refused: suspected spam').id).toBe('remote-spam-content');
  });

  it("when no code says whether a failure is temporary, then a sending service's own word for it does", () => {
    expect(classify('{"bounceType":"Transient","bounceSubType":"MailboxFull"}')).toMatchObject({ id: 'recipient-mailbox-full', temporary: true });
    expect(classify('{"bounceType":"Permanent","bounceSubType":"NoEmail"}')).toMatchObject({ id: 'recipient-unknown', temporary: false });
  });

  it('when only X.7.4 or X.7.5 is given, then the transport encryption is named (as Postfix uses them for TLS)', () => {
    expect(classify('Action: failed Status: 4.7.5 Diagnostic-Code: X-Postfix; handshake trouble')).toMatchObject({ id: 'tls-handshake-failed', tier: 'status-code' });
    expect(classify('450 4.7.4 not offered')).toMatchObject({ id: 'tls-required', tier: 'status-code' });
  });

  it("when a reply writes its enhanced code at the end as qmail does, then the status-code tier reads it (of the reply's class only)", () => {
    expect(classify('553 sorry, this is not for you (#5.7.1)')).toMatchObject({ id: 'receiver-policy', tier: 'status-code' });
    expect(classify('452 sorry, no room here (#4.2.2)')).toMatchObject({ id: 'recipient-mailbox-full', tier: 'status-code' });
    // A code of another class than the reply's is not the reply's.
    expect(classify('550 sorry, whatever (#4.1.1)').id).toBe('unknown');
  });

  it("when an Exim log line's own fields name a provider or a reason, then only the server's words decide", () => {
    const head = (address: string, host: string): string => `2026-11-26 10:00:00 1abcDE-000001-AB ** ${address} R=dnslookup T=remote_smtp H=${host} [203.0.113.5]: `;
    // A Yahoo reply stays Yahoo's although the recipient's address is at Gmail.
    const yahoo = '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.';
    expect(classify(head('jan@gmail.com', 'mx.example.nl') + yahoo).id).toBe(classify(yahoo).id);
    // A Gmail reply is Gmail's although the recipient's address is at Outlook.
    const gmail = '550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks.';
    expect(classify(head('jan@outlook.com', 'mx.example.nl') + gmail).id).toBe('gmail-unauthenticated');
    // A field phrase is still read where it stands: the transport of a forwarder's pipe.
    expect(classify('2026-11-26 10:00:00 1abcDE-000001-AB ** |/home/u/script.php <info@example.nl> R=virtual_aliases T=virtual_address_pipe: Child process of virtual_address_pipe transport returned 1').id).toBe('pipe-forwarder-failed');
  });

  it('when the knowledge base grows, then its phrase automaton still numbers its states in 16 bits', () => {
    // Past 65,536 states every table entry doubles to 32 bits and the hot rows no longer stay in the processor's
    // cache: classification got about a tenth slower the one time it happened. A table that needs more states
    // should propose its entries by fewer, shorter phrases and confirm them with its pattern.
    let tables: PhraseTables | undefined;
    createClassifier(RULES, TIERS, (phrases) => (tables = buildPhraseTables(phrases)));
    expect(tables?.ascii.tables.dense).toBeInstanceOf(Uint16Array);
    expect(tables?.other.tables.dense).toBeInstanceOf(Uint16Array);
  });

  it('when the examples are counted, then every tier has some', () => {
    expect(new Set(EXAMPLES.map((c) => c.tier))).toEqual(new Set(['rule', 'provider-code', 'reason-phrase', 'status-code']));
  });
});

/** The highest score a match can reach: weight, priority, longest phrase, pattern and every condition's bonus. */
function maxScore(weight: number, m: RuleMatch): number {
  const conditions = [m.codes, m.enhanced, m.stages, m.providers].filter((c) => c !== undefined).length;
  return weight + 100 * (m.priority ?? 0) + Math.max(...m.phrases.map((p) => p.length)) + (m.pattern === undefined ? 0 : 4) + 8 * conditions;
}

/** The lowest score a match can have: weight, priority and its shortest phrase, no bonus. */
function minScore(weight: number, m: RuleMatch): number {
  return weight + 100 * (m.priority ?? 0) + Math.min(...m.phrases.map((p) => p.length));
}

describe('a more specific tier always wins', () => {
  const rules = RULES.map((r) => r.match);
  const ofTier = (tier: TierEntry['tier']): RuleMatch[] => TIERS.entries.filter((e) => e.tier === tier).map((e) => e.match);

  it('when scores are bounded, then the weakest match of a tier beats the strongest of the tier below', () => {
    const lowestRule = Math.min(...rules.map((m) => minScore(TIER_WEIGHT.rule, m)));
    const highestProvider = Math.max(...ofTier('provider-code').map((m) => maxScore(TIER_WEIGHT['provider-code'], m)));
    const lowestProvider = Math.min(...ofTier('provider-code').map((m) => minScore(TIER_WEIGHT['provider-code'], m)), TIER_WEIGHT['provider-code']);
    const highestPhrase = Math.max(...ofTier('reason-phrase').map((m) => maxScore(TIER_WEIGHT['reason-phrase'], m)));
    expect(lowestRule).toBeGreaterThan(highestProvider);
    expect(lowestProvider).toBeGreaterThan(highestPhrase);
    expect(TIER_WEIGHT['reason-phrase']).toBeGreaterThan(TIER_WEIGHT['status-code']);
  });

  it('when a broader phrase is added to every rule example, then the rule still decides', () => {
    const classifier = defaultClassifier();
    let checked = 0;
    for (const rule of RULES) {
      for (const example of rule.examples) {
        const plain = classify(example.text);
        if (plain.id !== rule.id) continue;
        // German "user unknown" and Yahoo's TSS09 code: a reason phrase and a provider code no rule uses.
        for (const extra of [' (benutzer unbekannt)', ' [TSS09]']) {
          const mixed = classifier.classify(parseReply(example.text + extra));
          expect({ text: example.text + extra, id: mixed.id, tier: mixed.tier }).toEqual({ text: example.text + extra, id: rule.id, tier: 'rule' });
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('when a reason phrase is added to every provider-code phrase, then the provider code decides', () => {
    let checked = 0;
    for (const entry of PROVIDER_CODE_PHRASES) {
      // An entry with a pattern needs more than its phrase (the numbered codes are checked below).
      if (entry.match.pattern !== undefined) continue;
      // With the entry's own codes when it names them: a phrase can lead to different ids by code.
      const enhanced = entry.match.enhanced?.find((e) => !e.endsWith('.'));
      const code = entry.match.codes?.[0] ?? (enhanced === undefined ? undefined : enhanced.startsWith('4') ? 451 : 550);
      const prefix = [code, enhanced].filter((x) => x !== undefined).join(' ');
      const text = `${prefix === '' ? '' : `${prefix} `}${entry.match.phrases[0]!} (benutzer unbekannt)`;
      const result = classify(text);
      if (result.tier === 'rule') continue; // a rule knows this phrase too: more specific still
      expect({ text, tier: result.tier, id: result.id }).toEqual({ text, tier: 'provider-code', id: entry.id });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it("when an Orange or La Poste code number is added to a reason phrase, then the code's number decides", () => {
    for (const [id, numbers] of FRENCH_PTT) {
      for (const n of numbers) {
        for (const code of [`OFR_${n}`, `OFR004_${n}`, `LPN105-${n}`]) {
          const text = `550 Service refuse. ${code} [${n}] (benutzer unbekannt)`;
          const result = classify(text);
          expect({ text, tier: result.tier, id: result.id }).toEqual({ text, tier: 'provider-code', id });
        }
      }
    }
  });

  it('when a text has a status code and a reason phrase, then the phrase decides', () => {
    const result = classify('550 5.2.2 Benutzer unbekannt');
    expect([result.id, result.tier]).toEqual(['recipient-unknown', 'reason-phrase']);
  });
});
