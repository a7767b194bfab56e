/**
 * Reason phrases of open-source mail servers and filters (Exim, Postfix,
 * Sendmail, qmail, Cyrus, OpenSMTPD, Haraka, Dovecot …): the fixed texts
 * their code writes into a refusal or bounce, each entry naming the source
 * file or manual it comes from.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

const EXIM_SMTP_IN = 'Exim, src/smtp_in.c';
const QMAIL_REMOTE = 'qmail, qmail-remote.c';
const QMAIL_SMTPD = 'qmail, qmail-smtpd.c';
const OPENSMTPD_MTA = 'OpenSMTPD, smtpd/mta.c';

export const OPEN_SOURCE_MTA_PHRASES: readonly TierEntry[] = [
  // Exim answers a failed ACL that set no message of its own with "Administrative prohibition", whichever check
  // failed: a policy of the receiver, not a verdict on the sender (the pattern lets it outrank that older reading).
  says('receiver-policy', { phrases: ['administrative prohibition'], pattern: /\badministrative prohibition\b/, stages: ['connect', 'helo', 'rcpt-to', 'data', 'end-of-data'] }, `${EXIM_SMTP_IN} (default text of a failed ACL)`),
  // Exim drops a client that broke the conversation: too many bad commands, or commands sent before the greeting.
  says('smtp-protocol-error', { phrases: ['too many syntax or protocol errors', 'smtp synchronization error', 'smtp protocol synchronization error'] }, EXIM_SMTP_IN),
  // Exim's smtp transport when the receiving server did not answer a command in time.
  says('remote-server-unreachable', { phrases: ['smtp timeout after'], pattern: /\bsmtp timeout after (?:pipelined )?[a-z]/ }, 'Exim, src/transports/smtp.c ("SMTP timeout after <command>")'),
  // ezmlm-reject, the mailing-list manager's filter: a message (or a part of it) of a MIME type the list does not take
  // (it files it under 5.2.3, a size code, but the words are about the type).
  says('message-content-rejected', { phrases: ["don't accept messages of mime content-type", 'a message part has an unacceptable mime content-type'] }, 'ezmlm, errtxt.h (ERR_BAD_TYPE, ERR_BAD_PART), as ezmlm-reject gives them'),
  // Debian's Exim set up for local mail only ("configtype=local") fails every address outside its own domains with
  // this text: the server sent through does not pass mail on to other domains.
  says('relay-denied', { phrases: ['mailing to remote domains not supported'] }, "Debian exim4-config, router 200_exim4-config_primary (the nonlocal router's :fail: text)"),

  // amavisd-new's other verdicts beside INFECTED (the virus rule's): BANNED names a part whose file name or type the
  // receiver's policy bans; BAD-HEADER a header that breaks the standard (8-bit bytes, a malformed field).
  says('message-content-rejected', { phrases: ['- banned:'], pattern: /\breject, id=\S+ - banned:/ }, 'amavisd-new, README.customize ("Reject, id=... - BANNED: <part>")'),
  // amavisd-new's BAD_HEADER category: a header that breaks RFC 5322 (8-bit characters, a field twice that may occur
  // once, an overlong line), refused as such ("554 5.6.0 Reject, id=… - BAD_HEADER: …").
  says('message-not-rfc-compliant', { phrases: ['- bad_header:', '- bad-header:'], pattern: /\breject, id=\S+ - bad[_-]header:/ }, 'amavisd-new, README.customize and amavisd.conf (content category CC_BADH, "BAD_HEADER")'),
  // The notice amavisd-new sends the sender of a message with a banned part (its template's subject "BANNED contents
  // from you (%F)", the part's name or type in the brackets).
  says('message-content-rejected', { phrases: ['banned contents from you'] }, 'amavisd-new, amavisd.conf notification templates ("BANNED contents from you (%F)")'),
  says('message-not-rfc-compliant', { phrases: ['- bad-header'], pattern: /\breject, id=\S+ - bad-header\b/ }, 'amavisd-new, README.customize ("Reject, id=... - BAD-HEADER")'),

  // Postfix local(8)/virtual(8): the mailbox file reached mailbox_size_limit.
  says('recipient-mailbox-full', { phrases: ['error writing message: file too large'] }, 'Postfix local(8) and virtual(8) delivery error at mailbox_size_limit'),
  // Postfix with DANE (RFC 7672) defers when the destination's TLSA records cannot be looked up: the secure channel its
  // policy requires cannot be set up, as with Exchange Online's 5.7.323 (tlsa-invalid).
  says('tls-required', { phrases: ['tlsa lookup error'] }, 'Postfix, src/smtp/smtp_tls_policy.c ("TLSA lookup error for <host>:<port>")'),
  // Postfix smtpd(8) hangs up after smtpd_hard_error_limit errors in one session.
  says('smtp-protocol-error', { phrases: ['error: too many errors'], pattern: /\berror: too many errors\b/ }, 'Postfix, src/smtpd/smtpd.c ("421 <host> Error: too many errors")'),
  // The message passed the receiver's data size limit (read before as a full mailbox).
  says('message-too-large', { phrases: ['error: too much mail data'], pattern: /\berror: too much mail data\b/ }, 'Python smtpd and aiosmtpd, SMTP channel ("552 Error: Too much mail data" over data_size_limit)'),

  // Sendmail gives up once the queue return time has passed: "Cannot send message for 5 days".
  says('delivery-expired', { phrases: ['cannot send message for'], pattern: /\bcannot send message for \d+ (?:second|minute|hour|day|week)s?\b/ }, 'Sendmail, deliver.c (queue return timeout)'),
  // Sendmail finds itself as the best MX of a domain it does not treat as local, or greeted by its own name.
  says('mx-points-back-here', { phrases: ['points back to', 'config error: mail loops back to me'], pattern: /\bmx list for \S+ points back to\b|config error: mail loops back to me/ }, 'Sendmail, domain.c ("MX list for %s points back to %s") and usersmtp.c ("config error: mail loops back to me (MX problem?)")'),

  // qmail-smtpd: the recipient domain is not in rcpthosts, so the server will not relay for it.
  says('relay-denied', { phrases: ["sorry, that domain isn't in my list of allowed rcpthosts"], pattern: /that domain isn't in my list of allowed rcpthosts/ }, `${QMAIL_SMTPD} (err_nogateway)`),
  // qmail-smtpd: the envelope sender is listed in control/badmailfrom, or (a common patch) its domain does not exist.
  says('sender-address-rejected', { phrases: ['your envelope sender is in my badmailfrom list', 'your envelope sender domain must exist'] }, `${QMAIL_SMTPD} (err_bmf, err_hmf)`),
  // qmail-smtpd refuses a bare LF in the message with a link to the page that explains it.
  says('message-not-rfc-compliant', { phrases: ['docs/smtplf.html'] }, `${QMAIL_SMTPD} (straynewline)`),
  // qmail-remote: the DNS lookup of the destination failed for now (Z = temporary), not a domain that does not exist.
  says('remote-server-unreachable', { phrases: ["sorry, i couldn't find any host by that name", 'cname lookup failed temporarily'] }, `${QMAIL_REMOTE} (temp_dns, temp_dnscanon)`),
  // qmail-remote: the receiving server refused the HELO name.
  says('helo-refused', { phrases: ['but my name was rejected'], pattern: /\bconnected to \S+ but my name was rejected\b/ }, QMAIL_REMOTE),
  // qmail-remote: this host is the best MX of the domain but does not list it in control/locals.
  says('mx-points-back-here', { phrases: ["although i'm listed as a best-preference mx or a for that host"] }, `${QMAIL_REMOTE} (perm_ambigmx)`),
  // qmail-local: the recipient's maildir could not be entered, a fault of the receiving system.
  says('receiver-system-error', { phrases: ['unable to chdir to maildir'] }, 'qmail, qmail-local.c'),

  // Cyrus lmtpd: the message holds line ends without CR; the mailbox store is damaged.
  says('message-not-rfc-compliant', { phrases: ['message contains bare newlines'] }, 'Cyrus IMAP, lmtpd (IMAP_MESSAGE_CONTAINSNL)'),
  says('receiver-system-error', { phrases: ['mailbox has an invalid format'] }, 'Cyrus IMAP, lmtpd (IMAP_MAILBOX_BADFORMAT)'),

  // OpenSMTPD mta.c: the MX lookup failed for now, or found no MX (and no address) for the domain.
  says('remote-server-unreachable', { phrases: ['temporary failure in mx lookup'] }, OPENSMTPD_MTA),
  says('unrouteable-address', { phrases: ['no mx found for domain'] }, OPENSMTPD_MTA),

  // Haraka answers a recipient that no plugin accepted (not a local domain, no relaying) with this text.
  says('relay-denied', { phrases: ['i cannot deliver mail for'] }, 'Haraka, connection.js (default RCPT reply)'),

  // Dovecot LDA/LMTP sends its rejection (a Sieve "reject") with these words; a full mailbox names its quota.
  says(
    'recipient-filtered',
    { phrases: ['was automatically rejected', 'automatically rejected by dovecot mail delivery agent'], pattern: /\byour message to <?[^\s<>]+>? was automatically rejected\b|automatically rejected by dovecot mail delivery agent/, unless: ['quota', 'mailbox is full', 'mailbox full'] },
    'Dovecot, rejection_reason default ("Your message to <%t> was automatically rejected:%n%r") and deliver mail-send.c',
  ),
];
