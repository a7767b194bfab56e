/**
 * Reason phrases of commercial and groupware mail servers
 * (src/kb/tiers/mta-phrases-commercial.ts): each text in the form its
 * software writes it gets its diagnosis, and similar texts do not.
 */
import { COMMERCIAL_MTA_PHRASES } from '../../src/kb/tiers/mta-phrases-commercial';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: "Your message wasn't delivered because of security policies. Exchange will not try again.", id: 'receiver-policy', tier: 'reason-phrase', note: "Exchange Online: a transport or policy rule stopped it" },
  { text: 'Mail has been received for delivery to the LEDEN list from a user that had been served out', id: 'group-post-refused', tier: 'reason-phrase', note: 'LISTSERV: a sender barred from the list' },
  // Microsoft Exchange Server
  { text: "Delivery has failed to these recipients or groups:\nuser@example.org\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.", id: 'recipient-unknown', tier: 'reason-phrase', note: 'Exchange 2007/2010 NDR user text for 5.1.1' },
  { text: 'The email address you entered couldn’t be found. Please check the recipient’s email address and try to resend the message.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Exchange NDR user text for 5.1.1, typographic apostrophes' },
  { text: 'user@example.org on 12/7/99 3:06 PM\n    The recipient name is not recognized.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Exchange 5.5/2000 NDR (KB 258678)' },
  { text: 'user@example.org on 7/11/2001 9:20 AM\n    The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. If that fails, contact your administrator.\n    <mail.example.net #5.4.0>', id: 'unrouteable-address', tier: 'reason-phrase', note: 'Exchange 2000/2003 NDR #5.4.0 (KB 284204)' },
  { text: '#550 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error ##', id: 'mx-points-back-here', tier: 'reason-phrase', note: 'Exchange send connector: the MX of the domain leads back to itself' },
  // Lotus Notes, Domino, Messaging Server, IMail
  { text: '------- Failure Reasons --------\nMessage has exceeded maximum hop count\nuser@example.org', id: 'mail-loop', tier: 'reason-phrase', note: 'Lotus Notes failure reason (Sisimai Lhost/Notes)' },
  { text: 'No route found to domain example.org from server MAIL01/ACME. Check Server, Connection and Domain documents in Domino Directory.', id: 'unrouteable-address', tier: 'reason-phrase', note: 'Domino router: no route to the domain' },
  { text: 'Recipient address: user@example.org\nReason: Illegal host/domain name found', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'Oracle (Sun) Messaging Server delivery notification' },
  { text: 'Invalid final delivery userid: user@example.org', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Ipswitch IMail (Sisimai Lhost/IMailServer)' },
  { text: 'spam message discarded: user@example.org', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Ipswitch IMail (Sisimai Lhost/IMailServer)' },
  // hMailServer
  { text: 'RCPT TO:<user@example.org>: 550 Delivery is not allowed to this address.', id: 'relay-denied', tier: 'reason-phrase', note: 'hMailServer SMTPConnection.cpp, IP range relay settings' },
  { text: '530 SMTP authentication is required.', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'hMailServer SMTPConnection.cpp' },
  { text: '550 Login credentials no longer valid. Please re-authenticate.', id: 'smtp-login-failed', tier: 'reason-phrase', note: 'hMailServer SMTPConnection.cpp' },
  { text: '550 Account is not active.', id: 'recipient-disabled', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp' },
  { text: '550 Alias is not active.', id: 'recipient-disabled', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp' },
  { text: '550 Domain has been disabled.', id: 'recipient-disabled', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp' },
  { text: '550 Distribution list is not active.', id: 'group-post-refused', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp' },
  { text: '550 Recipient not in route list.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp' },
  { text: '550 Mail server configuration error. Too many recursive forwards.', id: 'mail-loop', tier: 'reason-phrase', note: 'hMailServer RecipientParser.cpp, aliases forwarding in a circle' },
  { text: '554 Your message was received but it could not be saved. Please retry later.', id: 'receiver-system-error', tier: 'reason-phrase', note: 'hMailServer SMTPConnection.cpp' },
  { text: '451 Rejected - No data saved.', id: 'receiver-system-error', tier: 'reason-phrase', note: 'hMailServer SMTPConnection.cpp' },
  { text: '550 Blocked by SPF. (example.org: 192.0.2.10 is not a designated sender)', id: 'sender-authentication-failed', tier: 'reason-phrase', note: 'hMailServer SpamTestSPF.cpp' },
  { text: '554 Rejected by DKIM.', id: 'sender-authentication-failed', tier: 'reason-phrase', note: 'hMailServer SpamTestDKIM.cpp' },
  { text: '554 Rejected by DMARC. (example.org)', id: 'dmarc-reject', tier: 'reason-phrase', note: 'hMailServer SpamTestDMARC.cpp' },
  { text: '550 The host name specified in HELO does not match IP address.', id: 'helo-refused', tier: 'reason-phrase', note: 'hMailServer SpamTestHeloHost.cpp' },
  { text: '550 Sender domain does not have any MX records.', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'hMailServer SpamTestMXRecords.cpp' },
  { text: '554 Tagged as Spam by SpamAssassin', id: 'remote-spam-content', tier: 'reason-phrase', note: 'hMailServer SpamTestSpamAssassin.cpp' },
  // IceWarp, SmarterMail
  { text: '501 5.7.1 Message is too long', id: 'message-too-large', tier: 'reason-phrase', note: 'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP' },
  { text: 'Could not deliver message to the following recipient(s):\nFailed Recipient: user@example.org\nReason: The domain size limit has been exceeded', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'SmarterMail: the recipient domain is out of storage' },
  { text: "Failed Recipient: user@example.org\nReason: Failed to connect to the recipients mail server. No MX records were found for the 'example.org' domain.", id: 'unrouteable-address', tier: 'reason-phrase', note: 'SmarterMail: no MX for the domain' },
  { text: 'Failed Recipient: user@example.org\nReason: Failed four attempts to connect to recipients mail server.', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'SmarterMail: the receiving server could not be reached' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '250 Dinner had been served out on the terrace', id: 'unknown', tier: 'unknown', note: 'words of a served meal, no list and no refusal' },
  { text: '535 Account is not active.', id: 'smtp-login-failed', tier: 'status-code', note: 'an inactive account at login (535) is the sender\'s own login, not a switched-off recipient' },
  { text: 'The recipient name is ambiguous. MSEXCH:IMS:EXAMPLE:SITE:SERVER1 0 (000C0595) Ambiguous Recipient', id: 'recipient-address-rejected', tier: 'reason-phrase', note: 'Exchange: an address that matches several recipients is no unknown one (RFC 3463 X.1.4, read by the reason words)' },
  { text: 'Delivery has failed to these recipients or groups: user@example.org', id: 'unknown', tier: 'unknown', note: "Exchange's NDR heading names no reason" },
  { text: 'No route found to this recipient.', id: 'unknown', tier: 'unknown', note: 'without "to domain … from server" it is not the Domino router text' },
  { text: '550 Not authorized sender.', id: 'unknown', tier: 'unknown', note: "hMailServer's list-membership refusal is worded too generally to be told apart" },
  { text: '550 5.7.1 Message content is too long to read, rejected by policy', id: 'receiver-policy', tier: 'reason-phrase', note: '"content is too long" is not "message is too long": the policy named decides' },
];

describeTierTable('reason phrases of commercial and groupware mail servers', COMMERCIAL_MTA_PHRASES, EXAMPLES, NEAR_MISSES);
