/**
 * The provider-code tier for mail filtering gateways and security services
 * (src/kb/tiers/provider-codes-gateways.ts): every entry recognised in the
 * provider's documented form, and similar texts that must not get its id.
 */
import { GATEWAY_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-gateways';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // Mimecast, "Mimecast SMTP Error Codes"
  { text: '451 Account inbounds disabled - https://community.mimecast.com/docs/DOC-1369#451', id: 'recipient-disabled', tier: 'provider-code', note: "Mimecast 451: the recipient organisation's inbound mail is disabled in its account" },
  { text: '550 Submitter failed to authenticate', id: 'smtp-login-failed', tier: 'provider-code', note: 'Mimecast: authentication on port 587 failed' },
  { text: '553 This route requires high-strength ciphers', id: 'tls-required', tier: 'provider-code', note: 'Mimecast 553: a Secure Receipt policy demands strong TLS ciphers' },
  // Proofpoint Essentials, "User email address is marked as invalid"
  { text: '550 5.7.1 <jan@example.org>: Recipient address rejected: User email address is marked as invalid', id: 'recipient-unknown', tier: 'provider-code', note: 'Proofpoint Essentials: the recipient is on the SMTP Discovery invalid list' },
  // Cisco Secure Email (AsyncOS) defaults
  { text: '550 #5.7.1 SPF unauthorized mail is prohibited.', id: 'sender-authentication-failed', tier: 'provider-code', note: 'Cisco AsyncOS: default reject text of SPF verification' },
  { text: '550 #5.7.1 DMARC unauthenticated mail is prohibited.', id: 'dmarc-reject', tier: 'provider-code', note: 'Cisco AsyncOS: default reject text of a DMARC profile (p=reject)' },
  // Trend Micro Email Reputation Services
  { text: '550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation', id: 'server-blocklisted', tier: 'provider-code', note: 'Trend Micro ERS FAQ: the sending IP is on RBL+' },
  // MailChannels Outbound Filtering
  { text: '550 5.7.1 [ESA] Sender blocked.', id: 'outgoing-account-locked', tier: 'provider-code', note: 'MailChannels [ESA]: the sending account is blocked for abuse' },
  { text: 'SMTP error from remote mail server after end of data: 550 5.7.1 [ESR] Sender blocked', id: 'outgoing-account-locked', tier: 'provider-code', note: 'MailChannels [ESR]: the abuse team blocked the sender by hand' },
  { text: '550 5.7.1 [RBL] Sender blocked 192.0.2.1', id: 'server-blocklisted', tier: 'provider-code', note: 'MailChannels [RBL]: the sending IP or domain is on a global blocklist' },
  { text: '550 5.7.1 [BFD] Sender prohibited by SPF', id: 'sender-authentication-failed', tier: 'provider-code', note: "MailChannels [BFD]: the sender domain's SPF does not allow the relay" },
  // MailChannels Inbound Filtering
  { text: '450 [S09] Try Again Later', id: 'greylisted', tier: 'provider-code', note: 'MailChannels inbound [S09]: greylisting' },
  { text: '550 [S10] Blocked', id: 'server-blocklisted', tier: 'provider-code', note: 'MailChannels inbound [S10]: the connecting IP is blocked' },
  { text: '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed', id: 'message-content-rejected', tier: 'provider-code', note: 'MailChannels inbound [IB_FEB]: a forbidden attachment type' },
  { text: "550 5.7.1 Email has been rejected due to the domain's SPF policy", id: 'sender-authentication-failed', tier: 'provider-code', note: "MailChannels inbound: the sender domain's SPF policy says reject" },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 <jan@example.org>: Sender address rejected: User email address is marked as invalid', id: 'sender-address-rejected', tier: 'rule', note: "Proofpoint's invalid-list reply about the sender is not an unknown recipient" },
  { text: '550 5.7.1 <jan[esa]@example.org>: Recipient address rejected', id: 'receiver-policy', tier: 'status-code', note: "MailChannels' [ESA] tag inside an address is no tag" },
  { text: '550 5.7.1 [SS] Message matches a known spam signature', id: 'receiver-policy', tier: 'status-code', note: "MailChannels [SS] is left out: an outgoing filter's spam verdict has no diagnosis of its own" },
  { text: '451 #4.4.3 Temporary error occurred during SPF verification.', id: 'unknown', tier: 'unknown', note: "Cisco's SPF deferral is a lookup failure, not a failed check" },
  { text: '550 Account outbounds disabled', id: 'unknown', tier: 'unknown', note: "Mimecast's outbound switch-off concerns the recipient's own account and is left out" },
  { text: '452 4.5.3 Recipient policy mismatch', id: 'unknown', tier: 'unknown', note: 'MailChannels defers recipients with another policy; nothing is wrong and it is left out' },
  { text: '550 5.7.1 SPF check failed', id: 'sender-authentication-failed', tier: 'rule', note: 'another SPF wording stays with its rule' },
];

describeTierTable('the provider-code tier for mail filtering gateways', GATEWAY_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
