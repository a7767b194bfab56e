/**
 * The reason phrases of business mail servers and gateways (iRedMail's
 * iRedAPD, Proxmox Mail Gateway, Apache James): each entry's fixed text is
 * recognised, and look-alikes are not.
 */
import { BUSINESS_SERVER_PHRASES } from '../../src/kb/tiers/mta-phrases-business-servers';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // iRedAPD, as Postfix words a policy service's REJECT at RCPT TO
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Sender is not same as SMTP authenticate username', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'iRedAPD reject_sender_login_mismatch: MAIL FROM is not the logged-in account' },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Policy rejection due to null sender', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'iRedAPD reject_null_sender: a logged-in account sent with an empty sender' },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Message size exceed (maybe caused by big attachment file)', id: 'message-too-large', tier: 'reason-phrase', note: "iRedAPD reject_message_size_exceeded: over the account's size limit" },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1', id: 'ip-reputation-throttled', tier: 'reason-phrase', note: 'iRedAPD senderscore plugin: low Sender Score of the sending IP' },
  // Proxmox Mail Gateway
  { text: '450 4.7.1 <jan@example.org>: Recipient address rejected: Service is unavailable (try later)', id: 'greylisted', tier: 'reason-phrase', note: "Proxmox Mail Gateway pmgpolicy: greylisting's defer_if_permit" },
  // Apache James
  { text: '451 4.3.0 Temporary rejected: Please try again later', id: 'greylisted', tier: 'reason-phrase', note: 'Apache James AbstractGreylistHandler: a new triplet is deferred' },
  { text: '451 4.3.0 Temporary rejected: Reconnect to fast. Please try again later', id: 'greylisted', tier: 'reason-phrase', note: 'Apache James AbstractGreylistHandler: retried before the block time' },
  { text: '530 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted.  Contact the postmaster for details.', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Apache James DNSRBLHandler: the connecting IP is on a DNS blocklist' },
  { text: '501 5.5.4 Provided EHLO/HELO mail.example.com can not resolved.', id: 'helo-refused', tier: 'reason-phrase', note: 'Apache James ResolvableEhloHeloHandler: the HELO name does not resolve' },
  { text: '501 5.1.7 sender jan@example.com contains a domain with no valid MX records', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Apache James ValidSenderDomainHandler: the sender's domain has no MX" },
  { text: 'MAIL FROM:<jan@example.com>: 501 sender jan@example.com contains a domain with no valid MX records', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Apache James ValidSenderDomainHandler: the same without an enhanced code' },
  { text: '452 4.5.3 Requested action not taken: max recipients reached', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Apache James MaxRcptHandler: too many recipients in one transaction' },
  { text: '503 5.7.1 Incorrect Authentication for Specified Email Address', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Apache James sender identity check: MAIL FROM is not the logged-in user' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Sender is not same as recipient', id: 'unknown', tier: 'unknown', note: "no iRedAPD's SMTP authenticate username" },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Policy rejection', id: 'receiver-policy', tier: 'reason-phrase', note: "iRedAPD's plain policy rejection names no null sender: the receiver's policy" },
  { text: '550 Message size exceeded', id: 'message-too-large', tier: 'reason-phrase', note: "without iRedAPD's attachment wording no entry of this table reads it (the general size words do)" },
  { text: '550 5.7.1 Server IP address has changed, please reconnect', id: 'receiver-policy', tier: 'status-code', note: "the server IP address without iRedAPD's bad reputation" },
  { text: '451 4.7.1 Service is unavailable', id: 'receiver-policy', tier: 'status-code', note: "without Proxmox's \"(try later)\" it is no greylisting" },
  { text: '451 4.3.0 Temporary rejected: system busy', id: 'receiver-system-error', tier: 'reason-phrase', note: "a busy system, not James's greylisting" },
  { text: '550 5.7.1 Rejected: unauthenticated relaying not allowed', id: 'relay-denied', tier: 'reason-phrase', note: "relaying refused, not James's blocklist text" },
  { text: '501 5.5.4 Provided address can not be resolved', id: 'smtp-protocol-error', tier: 'status-code', note: 'no EHLO/HELO named' },
  { text: '550 Message body contains a domain with no valid web site', id: 'unknown', tier: 'unknown', note: "a domain in the body without James's valid MX records wording" },
  { text: '452 4.3.1 Requested action not taken: insufficient system storage', id: 'receiver-system-error', tier: 'reason-phrase', note: 'the same "requested action not taken" prefix, but the storage of the receiver' },
  { text: '535 5.7.8 Incorrect authentication data', id: 'smtp-login-failed', tier: 'rule', note: "a failed login, not James's wrong sender address after login" },
];

describeTierTable('the reason phrases of business mail servers and gateways', BUSINESS_SERVER_PHRASES, EXAMPLES, NEAR_MISSES);
