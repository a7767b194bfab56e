/**
 * Reason phrases of commercial and groupware mail servers (Exchange, Domino,
 * Oracle Messaging Server, IMail, hMailServer, IceWarp, SmarterMail): the
 * fixed texts of their non-delivery reports and refusals, each entry naming
 * its source.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

const EXCHANGE_2007 = 'Microsoft Exchange Server 2007/2010, DSN text of 5.1.1 (RESOLVER.ADR.RecipNotFound)';
const EXCHANGE_2003 = 'Microsoft Exchange 2000/2003, KB 284204 "Delivery status notifications in Exchange Server" (#5.4.0) and KB 258678';
const EXCHANGE_SMTPSEND = 'Microsoft Exchange Server 2007 and later, SMTPSEND.DNS.MxLoopback (as tabled in Sisimai lib/Sisimai/Lhost/Exchange2007.pm, BSD-2)';
const NOTES = 'Lotus Notes / HCL Domino router failure reasons (Sisimai lib/Sisimai/Lhost/Notes.pm, BSD-2; Domino router "No route found to domain")';
const MESSAGING_SERVER = 'Oracle Communications (Sun Java System) Messaging Server DSN reason "Illegal host/domain name found"';
const IMAIL = 'Ipswitch IMail Server delivery failure notice (as read by Sisimai lib/Sisimai/Lhost/IMailServer.pm, BSD-2)';
const HMAIL = 'hMailServer source (hmailserver/hmailserver: Server/SMTP/SMTPConnection.cpp, RecipientParser.cpp)';
const HMAIL_SPAM = 'hMailServer source (hmailserver/hmailserver: Server/Common/AntiSpam/SpamTest*.cpp, DMARC/SpamTestDMARC.cpp)';
const ICEWARP = 'IceWarp, "Interpretation of 5xx Errors in IceWarp SMTP" (docs.icewarp.com): 501 5.7.1 "Message is too long", exceeded message size limit';
const SMARTERMAIL = 'SmarterMail delivery failure notices ("Could not deliver message to the following recipient(s)"), as quoted in kb.indsoft.net "Common email delivery errors"';

export const COMMERCIAL_MTA_PHRASES: readonly TierEntry[] = [
  // Exchange: the NDR's user text for 5.1.1 and Exchange 5.5/2000's "recipient name is not recognized": no such mailbox.
  says('recipient-unknown', { phrases: ["the e-mail address you entered couldn't be found", 'the e-mail address you entered couldn’t be found', "the email address you entered couldn't be found", 'the email address you entered couldn’t be found'] }, EXCHANGE_2007),
  says('recipient-unknown', { phrases: ['the recipient name is not recognized'] }, EXCHANGE_2003),
  // Exchange 2000/2003 #5.4.0: no mail server for the recipient's domain was found in DNS.
  says('unrouteable-address', { phrases: ['could not be found in domain name service (dns)'] }, EXCHANGE_2003),
  // Exchange's send connector found that the recipient domain's MX leads back to the Exchange server itself.
  says('mx-points-back-here', { phrases: ['smtpsend.dns.mxloopback'] }, EXCHANGE_SMTPSEND),
  // Exchange Online's notice for people when a transport or policy rule stopped the message.
  says('receiver-policy', { phrases: ["wasn't delivered because of security policies", 'was not delivered because of security policies'] }, 'Microsoft Exchange Online non-delivery report ("Your message wasn\'t delivered because of security policies")'),
  // L-Soft LISTSERV: a subscriber its owner "served off" (SERVE command) may not post.
  says('group-post-refused', { phrases: ['from a user that had been served out'] }, 'L-Soft LISTSERV ("… from a user that had been served out", a sender barred with SERVE … OFF)'),

  // Lotus Notes: the message passed too many routers; Domino: no route to the recipient's domain.
  says('mail-loop', { phrases: ['message has exceeded maximum hop count'] }, NOTES),
  says('unrouteable-address', { phrases: ['no route found to domain'], pattern: /\bno route found to domain \S+ from server\b/ }, NOTES),
  // Messaging Server: the domain part of the address does not resolve.
  says('recipient-domain-not-found', { phrases: ['illegal host/domain name found'] }, MESSAGING_SERVER),
  // IMail: "Invalid final delivery userid: <address>" (no such user); "spam message discarded" (its spam filter).
  says('recipient-unknown', { phrases: ['invalid final delivery userid'] }, IMAIL),
  says('remote-spam-content', { phrases: ['spam message discarded'] }, IMAIL),

  // hMailServer: RCPT refused by the IP range's relay settings, login demanded, or the recipient switched off or unknown.
  says('relay-denied', { phrases: ['delivery is not allowed to this address'] }, HMAIL),
  says('smtp-auth-required', { phrases: ['smtp authentication is required'] }, HMAIL),
  says('smtp-login-failed', { phrases: ['login credentials no longer valid'] }, HMAIL),
  says('recipient-disabled', { phrases: ['account is not active', 'alias is not active', 'domain has been disabled'], codes: [550] }, HMAIL),
  says('group-post-refused', { phrases: ['distribution list is not active'], codes: [550] }, HMAIL),
  says('recipient-unknown', { phrases: ['recipient not in route list'] }, HMAIL),
  // hMailServer: aliases forwarding to each other more than 25 times.
  says('mail-loop', { phrases: ['configuration error. too many recursive forwards'] }, HMAIL),
  // hMailServer: the message could not be stored on the receiving side.
  says('receiver-system-error', { phrases: ['your message was received but it could not be saved', 'rejected - no data saved'] }, HMAIL),
  // hMailServer's spam tests, each naming the check that failed.
  says('sender-authentication-failed', { phrases: ['blocked by spf', 'rejected by dkim'] }, HMAIL_SPAM),
  says('dmarc-reject', { phrases: ['rejected by dmarc'] }, HMAIL_SPAM),
  says('helo-refused', { phrases: ['the host name specified in helo does not match ip address'] }, HMAIL_SPAM),
  says('sender-address-rejected', { phrases: ['sender domain does not have any mx records'] }, HMAIL_SPAM),
  says('remote-spam-content', { phrases: ['tagged as spam by spamassassin'] }, HMAIL_SPAM),

  // IceWarp: the message is over the size limit of the server, domain or user.
  says('message-too-large', { phrases: ['message is too long'] }, ICEWARP),

  // SmarterMail: the recipient domain's storage is used up; no MX for the domain; the receiving server never answered.
  says('recipient-mailbox-full', { phrases: ['the domain size limit has been exceeded'] }, SMARTERMAIL),
  says('unrouteable-address', { phrases: ['no mx records were found for the'] }, SMARTERMAIL),
  says('remote-server-unreachable', { phrases: ['failed to connect to the recipients mail server', 'attempts to connect to recipients mail server'], unless: ['no mx records were found'] }, SMARTERMAIL),
];
