/**
 * Reason words, the weakest entries of the reason-phrase tier: a subject and
 * a state in one clause name the reason in the many small variations servers
 * write; look-alikes without the subject, about the sender, or with the word
 * only in a link do not; and every fixed phrase still ranks above them.
 */
import { REASON_WORDS } from '../../src/kb/tiers/reason-words';
import { describeTierTable, type TierCase } from './tier-table';

const WORDS = 'subject and state in one clause';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 Recipient address not recognised', id: 'recipient-unknown', tier: 'reason-phrase', note: `${WORDS}: an address not recognised` },
  { text: '550 5.1.1 Non-existent mailbox', id: 'recipient-unknown', tier: 'reason-phrase', note: `${WORDS}: the state before its subject` },
  { text: '550 Unknown domain', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: `${WORDS}: a domain that does not exist` },
  { text: '550 Host name could not be resolved', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: `${WORDS}: a host name that does not resolve` },
  { text: '451 Network unreachable', id: 'remote-server-unreachable', tier: 'reason-phrase', note: `${WORDS}: no route to the receiver` },
  { text: '451 Unable to connect to the mail server', id: 'remote-server-unreachable', tier: 'reason-phrase', note: `${WORDS}: no connection` },
  { text: '451 4.3.0 Internal server error', id: 'receiver-system-error', tier: 'reason-phrase', note: `${WORDS}: the receiver failed inside` },
  { text: '421 Mail server too busy', id: 'receiver-system-error', tier: 'reason-phrase', note: `${WORDS}: a busy server` },
  { text: '530 TLS required', id: 'tls-required', tier: 'reason-phrase', note: `${WORDS}: encryption demanded` },
  { text: '530 5.7.0 Must issue STARTTLS first', id: 'tls-required', tier: 'reason-phrase', note: `${WORDS}: STARTTLS demanded` },
  { text: '530 You must authenticate', id: 'smtp-auth-required', tier: 'reason-phrase', note: `${WORDS}: a login demanded` },
  { text: '550 No PTR record', id: 'server-ptr-missing', tier: 'reason-phrase', note: `${WORDS}: no reverse DNS` },
  { text: '501 HELO requires valid domain', id: 'helo-refused', tier: 'reason-phrase', note: `${WORDS}: the HELO name refused` },
  { text: '550 Attachment not allowed', id: 'message-content-rejected', tier: 'reason-phrase', note: `${WORDS}: an attachment refused` },
  { text: '554 Forbidden file types', id: 'message-content-rejected', tier: 'reason-phrase', note: `${WORDS}: a file type refused` },
  { text: '554 5.4.6 Loop detected', id: 'mail-loop', tier: 'reason-phrase', note: `${WORDS}: a routing loop` },
  { text: '550 Blocked by recipient', id: 'recipient-filtered', tier: 'reason-phrase', note: `${WORDS}: the recipient's own block` },
  { text: "550 Rejected by recipient's filter rules", id: 'recipient-filtered', tier: 'reason-phrase', note: `${WORDS}: the recipient's own filter` },
  { text: '550 Sender not allowed', id: 'sender-address-rejected', tier: 'reason-phrase', note: `${WORDS}: the sender refused` },
  { text: '550 5.7.1 Sender address is blacklisted', id: 'sender-address-rejected', tier: 'reason-phrase', note: `${WORDS}: the sender address on the receiver's list` },
  { text: '550 Daily sending limit reached', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: `${WORDS}: the account's sending quota` },
  { text: '552 Inbox full', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: `${WORDS}: an inbox that is full` },
  { text: "452 4.2.2 The recipient's folder is out of space", id: 'recipient-mailbox-full', tier: 'reason-phrase', note: `${WORDS}: a folder out of space` },
  { text: '550 User has exceeded their storage quota', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: `${WORDS}: the recipient's storage used up` },
  { text: '452 4.2.2 The mailbox has reached its storage limit', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: `${WORDS}: a mailbox at its storage limit` },
  { text: '550 Sender address is on a blocklist', id: 'sender-address-rejected', tier: 'reason-phrase', note: `${WORDS}: the sender address listed` },
  { text: '550 Account closed', id: 'recipient-disabled', tier: 'reason-phrase', note: `${WORDS}: a closed account` },
  { text: '550 The e-mail address is no longer active', id: 'recipient-disabled', tier: 'reason-phrase', note: `${WORDS}: an address no longer active` },
  { text: '550 5.2.1 Deactivated mailbox', id: 'recipient-disabled', tier: 'reason-phrase', note: `${WORDS}: the state before its subject` },
  { text: '552 Your email is too large for this server', id: 'message-too-large', tier: 'reason-phrase', note: `${WORDS}: an e-mail too large` },
  { text: '552 Attachments too big', id: 'message-too-large', tier: 'reason-phrase', note: `${WORDS}: attachments too big` },
  { text: '554 Your IP address 192.0.2.1 is blacklisted', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the sending IP on a block list` },
  { text: '554 Connecting host listed on a blocklist', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the host on a block list` },
  { text: '550 Access denied for your IP', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the sending IP refused, no list named` },
  { text: '554 Your server is banned', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the sending server refused` },
  { text: '550 Mail from this network is not accepted', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the sending network refused` },
  { text: '550 IP address rejected', id: 'server-blocklisted', tier: 'reason-phrase', note: `${WORDS}: the IP, not a sender address, is refused` },
  { text: '550 Your IP is not allowed to relay', id: 'relay-denied', tier: 'reason-phrase', note: `${WORDS}: relaying refused, another wording` },
  { text: '550 5.7.1 Message rejected due to DMARC', id: 'dmarc-reject', tier: 'reason-phrase', note: `${WORDS}: DMARC named as the reason` },
  { text: '550 Email failed DMARC', id: 'dmarc-reject', tier: 'reason-phrase', note: `${WORDS}: the message failed DMARC` },
  { text: '550 Rejecting spoofed message', id: 'sender-authentication-failed', tier: 'reason-phrase', note: `${WORDS}: a spoofed sender` },
  { text: '550 5.7.1 Relaying not permitted', id: 'relay-denied', tier: 'reason-phrase', note: `${WORDS}: relaying refused` },
  { text: '553 Unauthorized relay attempt', id: 'relay-denied', tier: 'reason-phrase', note: `${WORDS}: an unauthorised relay` },
  { text: '550 Message refused: policy violation', id: 'receiver-policy', tier: 'reason-phrase', note: `${WORDS}: a policy violation` },
  { text: '550 Blocked due to our security policies', id: 'receiver-policy', tier: 'reason-phrase', note: `${WORDS}: the receiver's policies` },
  { text: '550 Your message was identified as junk', id: 'remote-spam-content', tier: 'reason-phrase', note: `${WORDS}: the filter's verdict` },
  { text: '554 Message appears to be spam', id: 'remote-spam-content', tier: 'reason-phrase', note: `${WORDS}: the filter's verdict, another wording` },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Unknown error', id: 'unknown', tier: 'unknown', note: 'an error unknown, no recipient' },
  { text: '550 From address invalid', id: 'unknown', tier: 'unknown', note: "the sender's From address, not the recipient" },
  { text: '550 Sender account disabled', id: 'unknown', tier: 'unknown', note: "the sender's account, not the recipient's" },
  { text: '550 Sender address unknown', id: 'unknown', tier: 'unknown', note: "the sender's address, not the recipient" },
  { text: '550 HELO hostname not found', id: 'unknown', tier: 'unknown', note: "the client's own HELO name, not the recipient's domain" },
  { text: '451 Temporary failure in name resolution', id: 'unknown', tier: 'unknown', note: 'a DNS failure, not the receiving system failing' },
  { text: '451 Could not connect to database', id: 'unknown', tier: 'unknown', note: "the receiver's own database, not the receiving server" },
  { text: '554 Loopback address not allowed', id: 'unknown', tier: 'unknown', note: 'a loopback address, no mail loop' },
  { text: '250 Message accepted, attachment scanned', id: 'unknown', tier: 'unknown', note: 'an attachment named, not refused' },
  { text: '451 Mail server temporarily full, try later', id: 'unknown', tier: 'unknown', note: 'the mail system, not the mailbox, is full (no mailbox word)' },
  { text: '550 Your account is disabled, contact your administrator', id: 'unknown', tier: 'unknown', note: "the sender's own account, not the recipient's" },
  { text: '421 Connection closed by remote host', id: 'unknown', tier: 'unknown', note: 'a closed connection, no closed account' },
  { text: '554 Message header too large', id: 'unknown', tier: 'unknown', note: 'a header limit, not the message size' },
  { text: '550 Rejected by recipient server', id: 'unknown', tier: 'unknown', note: "the receiving server, not the recipient's own filter" },
  { text: '552 Recipient daily limit exceeded', id: 'unknown', tier: 'unknown', note: "the recipient's intake, not the sender's quota" },
  { text: "550 You are on the recipient's personal blacklist", id: 'unknown', tier: 'unknown', note: "the recipient's own list, not a block list of the server" },
  { text: '550 See http://example.com/spam-policy for details', id: 'unknown', tier: 'unknown', note: '"spam" only in a link is no verdict' },
  { text: '550 Not spoofed', id: 'unknown', tier: 'unknown', note: 'the opposite verdict' },
  { text: '550 Please read our privacy policy', id: 'unknown', tier: 'unknown', note: 'a policy named, no refusal for it' },
  { text: '250 Relay OK', id: 'unknown', tier: 'unknown', note: 'relaying allowed' },
  { text: '554 Transaction failed: user is inactive for sending', id: 'unknown', tier: 'unknown', note: "about the sender's sending, not a closed recipient" },
  { text: '550 User has exceeded their sending quota for today', id: 'unknown', tier: 'unknown', note: "a quota of sending, the sender's, not the recipient's storage" },
  { text: '550 Your account has exceeded its storage quota, please upgrade to send', id: 'unknown', tier: 'unknown', note: "the sender's own account and sending, not the recipient's mailbox" },
  { text: '550 The recipient server rejected your message', id: 'unknown', tier: 'unknown', note: "the receiving server refusing, not the sending server refused" },
  { text: '550 IP 192.0.2.1 is not authorized to send mail for example.com', id: 'unknown', tier: 'unknown', note: "a domain's sender authorisation (SPF wording), not the IP refused as such" },
  { text: '530 Your IP is not allowed without authentication', id: 'unknown', tier: 'unknown', note: 'a login demanded, not the IP refused' },
  { text: '554 5.7.1 <mx.example.net[192.0.2.1]>: Client host rejected: #216 XYZ000', id: 'receiver-policy', tier: 'status-code', note: "Postfix's \"Client host rejected:\" frames a reason; a provider's code alone is no refusal of the IP as such" },
  { text: '550 Sender address rejected: your IP is not allowed for this sender', id: 'sender-address-rejected', tier: 'rule', note: 'the sender address is what is refused' },
  { text: '421 Your IP has been temporarily blocked due to too many connections', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'a rate limit, not a block of the IP as such' },
  // A fixed phrase always ranks above the words.
  { text: '552 5.2.2 Mailbox full: relay quota exceeded', id: 'sending-quota-exceeded', tier: 'rule', note: "the full-mailbox rule's veto holds for the words too; the relay quota decides" },
  { text: '550 5.7.1 Your IP is blacklisted, see https://www.spamhaus.org/query/ip/192.0.2.1', id: 'server-blocklisted', tier: 'rule', note: 'the named block list decides through its rule' },
  { text: '550 Mailbox closed: sender address rejected', id: 'sender-address-rejected', tier: 'rule', note: 'a refused sender address is not a closed recipient' },
];

describeTierTable('reason words', REASON_WORDS, EXAMPLES, NEAR_MISSES);
