/**
 * Fixed texts that mail servers write into their own bounces, each from the
 * software that writes it: the words name the reason, whichever server
 * passes them on. Part of the reason-phrase tier.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

export const MTA_PHRASES: readonly TierEntry[] = [
  // cPanel's Exim ACLs: a recipient that fails verification ("The recipient cannot be verified. Please check all
  // recipients of this message to verify they are valid."), and the rate limit on a host that sent too much or
  // failed too often ("451-The server has reached its limit for processing requests from your host").
  says('recipient-unknown', { phrases: ['the recipient cannot be verified'] }, "cPanel's Exim configuration, recipient verification ACL"),
  says('sender-rate-limited', { phrases: ['reached its limit for processing requests from your host'] }, "cPanel's Exim configuration, ratelimit ACL (its database in /var/spool/exim/db/ratelimit)"),
  // Exim that fails inside (a panic while it writes its logs) ends the session with "421 Unexpected failure, please
  // try later" (log.c): the receiving server's own fault.
  says('receiver-system-error', { phrases: ['unexpected failure, please try later'] }, 'Exim, src/log.c (die() after a panic: "Unexpected failure, please try later")'),
  // Exim's own notice for a message over its message_size_limit (moan.c, ERRMESS_TOOBIG: "A message that you sent was
  // longer than the maximum size allowed on this system").
  says('message-too-large', { phrases: ['a message that you sent was longer than the maximum size allowed'] }, 'Exim, src/moan.c (ERRMESS_TOOBIG)'),
  // The greylisting ACL that greylistd gives Exim defers a first attempt with "<ip> is not yet authorized to deliver
  // mail from <sender> to <recipient>. Please try later.", which mail-checking programs read as greylisting too.
  says('greylisted', { phrases: ['is not yet authorized to deliver mail from'] }, "greylistd's Exim ACL (its defer message), as mail-checking clients treat it"),
  // iRedMail's policy server iRedAPD defers a first attempt for greylisting with "Intentional policy rejection, please
  // try again later" (its default GREYLISTING_MESSAGE).
  says('greylisted', { phrases: ['intentional policy rejection, please try again later'] }, 'iRedAPD, libs/default_settings.py (GREYLISTING_MESSAGE) and iRedMail\'s "Errors you may see" page'),
  // Debian's Exim configuration refuses a line longer than RFC 5322's 998 characters (acl_check_data).
  says('message-not-rfc-compliant', { phrases: ['maximum allowed line length is 998 octets'] }, "Debian exim4-config, acl_check_data (\"maximum allowed line length is 998 octets, got $max_received_linelength\")"),
  // Delay warnings: the message is still queued and the server keeps trying (Postfix's delay notice, Exim's warning
  // message, Exchange's and Gmail's "delayed" notices), not a final failure.
  says(
    'retry-time-not-reached',
    {
      phrases: [
        'this is a warning only',
        'has not yet been delivered to one or more of its recipients',
        'delivery is delayed to these recipients',
        'delivery to the following recipient has been delayed',
        'message will be retried for',
        'will be retried until',
      ],
    },
    'Postfix bounce(8) delay template; Exim warning message (exim(8) "delay_warning"); Microsoft Exchange delay DSN; Gmail delay notice',
  ),
  // dma.c: "Could not deliver for the last %d seconds. Giving up." once the queue time is over.
  says('delivery-expired', { phrases: ['could not deliver for the last'] }, 'DragonFly Mail Agent (dma), dma.c'),
  // Ipswitch IMail: "Delivery failed 20 attempts: <address>", after its last retry.
  says('delivery-expired', { phrases: ['delivery failed'], pattern: /\bdelivery failed \d+ attempts?\b/ }, 'Ipswitch IMail Server delivery failure notice'),
  // OpenSMTPD mta.c: no MX of the domain could be reached.
  says('remote-server-unreachable', { phrases: ['network error on destination mxs'] }, 'OpenSMTPD, mta.c ("Network error on destination MXs")'),
  says('remote-server-unreachable', { phrases: ['host not reachable'] }, 'Zoho Mail delivery status notice ("Host not reachable")'),
  // Gmail's DNS error for a name that exists but has neither MX nor address records (a NOERROR answer without data).
  says('no-mail-exchanger', { phrases: ['dns server returned answer with no data'] }, 'Gmail delivery status notification ("DNS Error: DNS server returned answer with no data")'),
  // Postfix's own restriction texts (postconf(5)): reject_non_fqdn_recipient, reject_unauth_pipelining.
  says('recipient-address-rejected', { phrases: ['recipient address rejected: need fully-qualified address'] }, 'Postfix, reject_non_fqdn_recipient'),
  says('smtp-protocol-error', { phrases: ['improper use of smtp command pipelining'] }, 'Postfix, reject_unauth_pipelining'),
  // Postfix smtpd.c and Exim smtp_in.c: a command arrived before the greeting or the previous reply.
  says('smtp-protocol-error', { phrases: ['smtp protocol synchronization'] }, 'Postfix smtpd.c ("Error: SMTP protocol synchronization"); Exim smtp_in.c ("SMTP protocol synchronization error")'),
  // Exim's smtp transport when the receiver drops the connection instead of answering.
  says('remote-server-unreachable', { phrases: ['remote host closed connection in response to'] }, 'Exim smtp transport ("Remote host closed connection in response to end of data")'),
  // Lotus Notes and Domino: the recipient is not in the server's directory.
  // Its German text ("Benutzer … nicht im Domino-Verzeichnis aufgeführt"), matched before the umlaut that a wrong
  // charset often mangles.
  says(
    'recipient-unknown',
    { phrases: ['not listed in domino directory', 'not listed in public name & address book', 'nicht im domino-verzeichnis'] },
    'HCL (Lotus) Domino non-delivery report, in English and German',
  ),
  // "User mailbox exceeds allowed size" (IMail), "the mailbox has exceeded its size limit": the mailbox, then the limit it passed.
  says(
    'recipient-mailbox-full',
    { phrases: ['exceeds', 'exceeded'], pattern: /\b(?:mailbox|mail box|inbox|mail folder)\b[^.;:]{0,30}\bexceed(?:s|ed)\b[^.;:]{0,30}\b(?:size|quota|storage|space)\b/ },
    'Ipswitch IMail ("User mailbox exceeds allowed size") and the common English form of a full mailbox',
  ),
];
