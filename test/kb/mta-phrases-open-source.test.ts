/**
 * The reason phrases of open-source mail software (Exim, Postfix, Sendmail,
 * qmail, Cyrus, OpenSMTPD, Haraka, Dovecot): each entry's fixed text is
 * recognised, and look-alikes are not.
 */
import { OPEN_SOURCE_MTA_PHRASES } from '../../src/kb/tiers/mta-phrases-open-source';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '554 SMTP protocol synchronization error (next input sent too soon: pipelining was not advertised): rejected "MAIL FROM:<jan@example.org>" H=mail.example.org [192.0.2.9]', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Exim smtp_in.c: a client that did not wait for the reply' },
  { text: '554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=setup.exe', id: 'message-content-rejected', tier: 'reason-phrase', note: "amavisd-new: a banned part (file name or type)" },
  { text: "554 5.6.0 Reject, id=04211-02 - BAD_HEADER: Non-encoded 8-bit data (char E9 hex) in message header 'Subject'", id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: "amavisd-new: a header that breaks RFC 5322" },
  { text: 'Subject: BANNED contents from you (.exe,setup.exe)', id: 'message-content-rejected', tier: 'reason-phrase', note: "amavisd-new's notice to the sender of a banned part" },
  { text: '554 5.6.0 Reject, id=12345-01 - BAD-HEADER', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: 'amavisd-new: a header that breaks the standard' },
  // Exim
  { text: '550 Administrative prohibition', id: 'receiver-policy', tier: 'reason-phrase', note: 'Exim smtp_in.c: default text of a failed ACL without a message' },
  { text: 'SMTP error from remote mail server after RCPT TO:<jan@example.org>: 550 Administrative prohibition', id: 'receiver-policy', tier: 'reason-phrase', note: 'Exim: the same default text after RCPT TO' },
  { text: '421 Too many syntax or protocol errors', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Exim smtp_in.c: the client sent too many bad commands' },
  { text: '554 SMTP synchronization error', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Exim smtp_in.c: input sent before the greeting' },
  { text: 'SMTP timeout after end of data (1234 bytes written)', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Exim transports/smtp.c: no answer in time after the data' },
  { text: '  piet@example.net\n    Mailing to remote domains not supported', id: 'relay-denied', tier: 'reason-phrase', note: "Debian's Exim for local mail only: no mail to other domains" },
  { text: 'to=<ann@example.net>, relay=none, dsn=4.7.5, status=deferred (TLSA lookup error for mx.example.net:25)', id: 'tls-required', tier: 'reason-phrase', note: 'Postfix with DANE: the TLSA records could not be looked up' },
  { text: "ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)", id: 'message-content-rejected', tier: 'reason-phrase', note: "ezmlm-reject: a MIME type the list does not take, under a size code" },
  { text: 'ezmlm-reject: fatal: Sorry, a message part has an unacceptable MIME Content-Type: application/zip (#5.2.3)', id: 'message-content-rejected', tier: 'reason-phrase', note: 'ezmlm-reject: a part of a type the list does not take' },
  { text: 'SMTP timeout after pipelined RCPT TO:<jan@example.org>', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Exim transports/smtp.c: pipelined command timed out' },
  // Postfix and the Python SMTP servers
  { text: 'cannot update mailbox /var/mail/jan for user jan. error writing message: File too large', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Postfix local(8) at mailbox_size_limit' },
  { text: '421 4.7.0 mx.example.org Error: too many errors', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Postfix smtpd.c: smtpd_hard_error_limit reached' },
  { text: 'host mx.example.org[192.0.2.3] said: 552 Error: too much mail data (in reply to end of DATA command)', id: 'message-too-large', tier: 'reason-phrase', note: 'Python smtpd/aiosmtpd: over data_size_limit (no full mailbox)' },
  // Sendmail
  { text: 'Cannot send message for 5 days', id: 'delivery-expired', tier: 'reason-phrase', note: 'Sendmail deliver.c: queue return timeout' },
  { text: '554 5.3.5 MX list for example.org. points back to mx.example.org', id: 'mx-points-back-here', tier: 'reason-phrase', note: 'Sendmail domain.c: the best MX is this host' },
  { text: '553 5.3.5 mx.example.org. config error: mail loops back to me (MX problem?)', id: 'mx-points-back-here', tier: 'reason-phrase', note: 'Sendmail usersmtp.c: greeted by its own name' },
  // qmail
  { text: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", id: 'relay-denied', tier: 'reason-phrase', note: 'qmail-smtpd err_nogateway: no relaying for that domain (not a block list)' },
  { text: '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'qmail-smtpd err_bmf' },
  { text: '553 sorry, your envelope sender domain must exist (#5.7.1)', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'qmail-smtpd err_hmf' },
  { text: '451 See http://pobox.com/~djb/docs/smtplf.html.', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: 'qmail-smtpd straynewline: bare LF' },
  { text: "Sorry, I couldn't find any host by that name. (#4.1.2)", id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'qmail-remote temp_dns: a temporary DNS failure, no missing domain' },
  { text: 'CNAME lookup failed temporarily. (#4.4.3)', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'qmail-remote temp_dnscanon' },
  { text: 'Connected to 192.0.2.3 but my name was rejected.', id: 'helo-refused', tier: 'reason-phrase', note: 'qmail-remote: HELO refused' },
  { text: "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)", id: 'mx-points-back-here', tier: 'reason-phrase', note: 'qmail-remote perm_ambigmx' },
  { text: 'Unable to chdir to maildir. (#4.2.1)', id: 'receiver-system-error', tier: 'reason-phrase', note: 'qmail-local: maildir missing (no rate limit despite 4.2.1)' },
  // Cyrus
  { text: '554 5.6.0 Message contains bare newlines', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: 'Cyrus lmtpd IMAP_MESSAGE_CONTAINSNL' },
  { text: '451 4.2.0 Mailbox has an invalid format', id: 'receiver-system-error', tier: 'reason-phrase', note: 'Cyrus lmtpd IMAP_MAILBOX_BADFORMAT' },
  // OpenSMTPD
  { text: 'Temporary failure in MX lookup', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'OpenSMTPD mta.c DNS_RETRY' },
  { text: 'No MX found for domain', id: 'unrouteable-address', tier: 'reason-phrase', note: 'OpenSMTPD mta.c DNS_ENOTFOUND' },
  // Haraka
  { text: '550 I cannot deliver mail for <jan@example.org>', id: 'relay-denied', tier: 'reason-phrase', note: 'Haraka connection.js: no plugin accepted the recipient' },
  // Dovecot
  { text: 'Your message to <jan@example.org> was automatically rejected: I do not accept messages from this address', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Dovecot rejection_reason with a Sieve reject reason' },
  { text: 'Your message was automatically rejected by Dovecot Mail Delivery Agent.', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Dovecot deliver mail-send.c' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Bad header in your request', id: 'unknown', tier: 'unknown', note: "no amavisd-new reject line with its BAD_HEADER category" },
  { text: '550 Message banned: your server is not welcome', id: 'server-blocklisted', tier: 'reason-phrase', note: 'the word "banned" outside amavisd-new\'s reject line: not the banned-file reading; the reason words read the refused server' },
  { text: '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550', id: 'receiver-policy', tier: 'provider-code', note: "Mimecast's own code stays a provider code" },
  { text: 'SMTP error from remote mail server after MAIL FROM:<x@example.org>: 550 Administrative prohibition', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'after MAIL FROM the default ACL text is about the sender' },
  { text: "Sorry, I couldn't find any host named example.org. (#5.1.2)", id: 'recipient-domain-not-found', tier: 'rule', note: 'qmail-remote perm_dns: the domain does not exist (not the temporary failure)' },
  { text: 'The PTR record of 192.0.2.1 points back to mail.example.org', id: 'unknown', tier: 'unknown', note: '"points back to" without Sendmail\'s MX list' },
  { text: "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts (#5.7.1)", id: 'smtp-auth-required', tier: 'reason-phrase', note: 'the SMTP-AUTH variant of qmail asks for a login' },
  { text: 'Your message to <jan@example.org> was automatically rejected: Quota exceeded (mailbox for user is full)', id: 'recipient-mailbox-full', tier: 'rule', note: 'a Dovecot rejection for quota is a full mailbox' },
  { text: '451 Cannot send message for now, queue busy', id: 'unknown', tier: 'unknown', note: 'no queue return time after "cannot send message for"' },
  { text: '421 Timeout after 30 seconds', id: 'unknown', tier: 'unknown', note: 'a timeout without Exim\'s "SMTP timeout after <command>"' },
];

describeTierTable('the reason phrases of open-source mail software', OPEN_SOURCE_MTA_PHRASES, EXAMPLES, NEAR_MISSES);
