/**
 * What Sisimai learnt after v5.1.0, read as Mail Doctor reads the older
 * facts: an example for every entry, and near-misses where an ordered pair's
 * words stand for something else.
 */
import { SISIMAI_NEWER_PHRASES } from '../../src/kb/tiers/reason-phrases';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 Mail from 192.0.2.1 refused, see http://www.orbs.org/verify.cgi?192.0.2.1', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Sisimai Blocked ordered triple "mail from " … " refused, see " … "orbs"' },
  { text: '554 Your access IP 192.0.2.1 has been rejected', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Sisimai Blocked ordered pair "your access ip" … " has been rejected"' },
  { text: '552 5.3.4 Your message exceeded the maximum incoming message size', id: 'message-too-large', tier: 'reason-phrase', note: 'Sisimai EmailTooLarge phrase' },
  { text: '550 This account is protected by a sender list', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Sisimai Filtered phrase "account is protected by"' },
  { text: '550 Recipient id refuse to receive mail', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Sisimai Filtered phrase "recipient id refuse to receive mail"' },
  { text: "552 5.2.2 The user's space has been used up", id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull phrase (shorter than v5.1.0\'s)' },
  { text: '452 4.2.2 Mailbox would exceed maximum allowed storage', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull phrase (without v5.1.0\'s "recipient rejected:")' },
  { text: '552 5.2.2 This account is above its storage quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "account is " … " quota"' },
  { text: '452 4.2.2 Disk usage over the user quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "disk" … "quota"' },
  { text: '452 4.2.2 Not enough free space in the mailbox', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "enough " … " space"' },
  { text: '552 5.2.2 Mailbox has exceeded the size limit', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered triple "mailbox " … "exceeded" … " limit"' },
  { text: '552 5.2.2 Mailbox of jane@example.org is completely full', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "mailbox " … "full"' },
  { text: '552 5.2.2 Mailbox size quota reached', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "mailbox " … "quota"' },
  { text: '552 5.2.2 Maildir has reached its quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "maildir " … "quota"' },
  { text: '552 5.2.2 Recipient is over the storage quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "over " … "quota"' },
  { text: '552 5.2.2 Storage quota for jane@example.org exceeded', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Sisimai MailboxFull ordered pair "quota " … "exceeded"' },
  { text: '554 5.6.0 Message contains multiple From headers', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: 'Sisimai NotCompliantRFC ordered pair " multiple " … " header"' },
  { text: '421 4.7.0 Connection rate limit reached for 192.0.2.1', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Sisimai RateLimited ordered pair "connection " … "limit"' },
  { text: '421 4.7.0 192.0.2.1 temporarily rate limited', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Sisimai RateLimited ordered pair "temporarily" … "rate limited"' },
  { text: '421 Throttled - see https://postmaster.comcast.net/smtp-error-codes.php', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Sisimai RateLimited ordered pair "throttled " … "postmaster.comcast.net"' },
  { text: '421 4.7.0 Too many concurrent SMTP sessions from 192.0.2.1', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Sisimai RateLimited ordered pair "too many " … "session"' },
  { text: '450 4.7.1 Client host rejected: cannot resolve your address.', id: 'server-ptr-missing', tier: 'reason-phrase', note: 'Sisimai RequirePTR phrase' },
  { text: '554 5.7.1 Message refused: mail score (12.5) over the limit', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Sisimai SpamDetected ordered pair "mail score (" … " over "' },
  { text: '451 4.3.0 Unable to connect to the clamd daemon', id: 'receiver-system-error', tier: 'reason-phrase', note: 'Sisimai SystemError ordered pair "unable to connect " … "daemon"' },
  { text: '550 5.1.1 Die Nachricht wurde nicht zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Sisimai UserUnknown phrase in German' },
  { text: '550 5.7.1 Message blocked for failing both SPF and DKIM autentication checks', id: 'sender-authentication-failed', tier: 'reason-phrase', note: "Sisimai's Apple row, as Apple spells it" },
  { text: '554 5.7.1 Sending IP 192.0.2.1 found on one or more DNSBLs', id: 'server-blocklisted', tier: 'reason-phrase', note: "Sisimai's Cloudflare row" },
  { text: '550 5.4.312 DNS query failed', id: 'remote-server-unreachable', tier: 'provider-code', note: "Sisimai's Microsoft row, 5.4.312" },
  { text: '450 4.4.312 DNS query failed', id: 'remote-server-unreachable', tier: 'provider-code', note: "Sisimai's Microsoft row, 4.4.312" },
  { text: '554 5.7.9 Message not allowed - Headers are not RFC compliant', id: 'message-not-rfc-compliant', tier: 'reason-phrase', note: "Sisimai's Yahoo row" },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 Daily sending quota exceeded for this account', id: 'sending-quota-exceeded', tier: 'rule', note: "the sender's own quota is no full mailbox, though \"quota \" … \"exceeded\" is in it" },
  { text: '554 5.7.1 Relay quota exceeded for user jane', id: 'sending-quota-exceeded', tier: 'rule', note: "a relay quota is the sending side's, not the mailbox's" },
  { text: '550 5.1.351 Message rejected', id: 'recipient-address-rejected', tier: 'status-code', note: "Microsoft's rows need their words, not only their code" },
  { text: '550 DNS query failed', id: 'unknown', tier: 'unknown', note: "Microsoft's row needs its code" },
];

describeTierTable("Sisimai's facts after v5.1.0", SISIMAI_NEWER_PHRASES, EXAMPLES, NEAR_MISSES);
