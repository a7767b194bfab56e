/**
 * The provider-code tier for mail filtering appliances and services
 * (src/kb/tiers/provider-codes-filters.ts): every entry recognised in the
 * provider's documented form, and similar texts that must not get its id.
 */
import { FILTER_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-filters';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // Sophos Email, "SMTP error codes"
  { text: '550 5.7.1 XGEMAIL_0001 Command rejected', id: 'sender-authentication-failed', tier: 'provider-code', note: 'Sophos XGEMAIL_0001: no valid DKIM signature' },
  { text: '550 5.7.1 XGEMAIL_0002 Command rejected', id: 'spf-invalid', tier: 'provider-code', note: 'Sophos XGEMAIL_0002: the message failed an SPF check' },
  { text: '550 5.7.1 XGEMAIL_0003 Command rejected', id: 'dmarc-reject', tier: 'provider-code', note: 'Sophos XGEMAIL_0003: the message failed a DMARC check' },
  { text: '550 5.7.1 XGEMAIL_0004 Command rejected', id: 'server-blocklisted', tier: 'provider-code', note: 'Sophos XGEMAIL_0004: the sender IP failed an RBL test' },
  { text: '550 5.7.4 XGEMAIL_0006 Command rejected: the configured TLS version is Preferred TLS 1.3 for the recipient and the sender TLS version is not available', id: 'tls-required', tier: 'provider-code', note: "Sophos XGEMAIL_0006: the TLS version does not meet the recipient's policy" },
  { text: '550 5.7.1 XGEMAIL_0009 Command rejected', id: 'recipient-filtered', tier: 'provider-code', note: "Sophos XGEMAIL_0009: the sender is on the recipient user's block list" },
  { text: '550 5.7.1 XGEMAIL_0010 Command rejected', id: 'relay-denied', tier: 'provider-code', note: 'Sophos XGEMAIL_0010: the recipient domain is not a Sophos Email protected domain' },
  { text: 'SMTP error from remote mail server after RCPT TO:<jan@example.org>: 550 5.7.1 XGEMAIL_0011 Command rejected', id: 'recipient-unknown', tier: 'provider-code', note: 'Sophos XGEMAIL_0011: the recipient does not exist in the protected domain' },
  { text: '552 5.3.4 XGEMAIL_0012 Command rejected', id: 'message-too-large', tier: 'provider-code', note: 'Sophos XGEMAIL_0012: the message exceeds the allowed size' },
  { text: '550 5.7.1 XGEMAIL_0014 Command rejected', id: 'recipient-rate-limited', tier: 'provider-code', note: "Sophos XGEMAIL_0014: the recipient's inbound rate limit for one sender" },
  { text: '452 4.7.1 XGEMAIL_0015 Command rejected', id: 'recipient-rate-limited', tier: 'provider-code', note: "Sophos XGEMAIL_0015: the recipient's inbound rate limit from all senders" },

  // Broadcom Email Security.cloud (MessageLabs) knowledge articles
  { text: '501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message.', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Broadcom 164955: the sending IP has a negative reputation with Symantec' },
  { text: '451 TLS/SSLv3 Connection required. (#4.7.1)', id: 'tls-required', tier: 'provider-code', note: 'Broadcom 162152: the recipient domain accepts mail only over TLS' },
  { text: '553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl', id: 'server-blocklisted', tier: 'provider-code', note: 'Broadcom 165165: the sending IP is on the Spamhaus PBL' },
  { text: '553 Sorry, your IP address (192.0.2.1) has been blocked', id: 'server-blocklisted', tier: 'provider-code', note: 'symanteccloud.com troubleshooting: the IP is on the Spamhaus PBL' },
  { text: '553-Sorry, your domain has been blacklisted. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)', id: 'sender-address-rejected', tier: 'provider-code', note: "Broadcom 173082: the sender's domain is on the company's block list" },
  { text: '553 Sorry, your domain has been blocked (#5.7.1)', id: 'sender-address-rejected', tier: 'provider-code', note: "symanteccloud.com troubleshooting: the sender is on the recipient's private block list" },
  { text: '553 Sorry, your email address has been blocked (#5.7.1)', id: 'sender-address-rejected', tier: 'provider-code', note: "symanteccloud.com troubleshooting: the sender address is on the recipient's private block list" },
  { text: '553-Sorry, your IP address has been blacklisted. Please visit www.symanteccloud.com/troubleshooting (#5.7.1)', id: 'receiver-policy', tier: 'provider-code', note: "Broadcom 173082: the sending IP is on the company's own block list" },
  { text: '553 Recipient mailbox is not allowed (#5.1.1)', id: 'recipient-unknown', tier: 'provider-code', note: "Broadcom 175710: an invalid address in the recipient's domain" },
  { text: '553 Stray linefeeds in message (#5.6.2)', id: 'message-not-rfc-compliant', tier: 'provider-code', note: 'symanteccloud.com troubleshooting: bare line feeds break RFC 5322' },
  { text: '550 Requested action aborted [4]', id: 'message-not-rfc-compliant', tier: 'provider-code', note: 'symanteccloud.com troubleshooting: the message did not comply with RFC 2822' },

  // Cloudmark Sender Intelligence
  { text: '554 5.3.2 system not accepting network messages cmsmtp 203.0.113.24 is listed on Cloudmark CSI-Global. Please visit the Cloudmark CSI remediation portal', id: 'server-blocklisted', tier: 'provider-code', note: 'Cloudmark CSI: the sending IP has a bad CSI reputation' },
  { text: '550 5.7.1 Rejected: see https://csi.cloudmark.com/reset-request/?ip=192.0.2.1 Poor Reputation Sender', id: 'server-blocklisted', tier: 'provider-code', note: 'Cloudmark CSI remediation portal named in the reply' },
  { text: '550 Listed in ivmSIP/24, see the lookup page', id: 'server-blocklisted', tier: 'provider-code', note: "invaluement's list of sending IP ranges" },
  { text: '554 5.7.1 Rejected: a domain in this message is listed in ivmURI', id: 'url-blocklisted', tier: 'provider-code', note: "invaluement's list of what messages name" },
  { text: '451 4.7.1 [SPFBL] listed. See http://spfbl.net/en/feedback', id: 'server-blocklisted', tier: 'provider-code', note: 'SPFBL holding back a server it lists' },
  { text: '550 5.7.1 [SPFBL] blocked.', id: 'server-blocklisted', tier: 'provider-code', note: 'SPFBL refusing a server it blocks' },

  // Vade postmaster for the OX platform, "Inbound SMTP error codes"
  { text: '550 5.7.1 Connection refused - [192.0.2.1] blocked by Vade Threat List OXSEU0001_101', id: 'server-blocklisted', tier: 'provider-code', note: 'Vade OX _101: the IP is on the Vade Threat Network list' },
  { text: '550 5.7.1 Connection refused - [192.0.2.1] blocked by Validity - https://senderscore.org/blocklist-lookup/ OXSUS0001_102', id: 'server-blocklisted', tier: 'provider-code', note: 'Vade OX _102: the IP is on a Validity block list' },
  { text: '550 5.7.1 Connection refused OXSUS0001_105', id: 'server-ptr-missing', tier: 'provider-code', note: 'Vade OX _105: no reverse DNS' },
  { text: '550 5.7.1 Connection refused OXSEU_108', id: 'server-ptr-missing', tier: 'provider-code', note: 'Vade OX _108: forward-confirmed reverse DNS fails' },
  { text: '421 4.2.1 Connection deferred OXSUS0001_110', id: 'sender-rate-limited', tier: 'provider-code', note: 'Vade OX _110: too many concurrent connections from the IP' },
  { text: '550 5.7.1 Connection refused - 192.0.2.1 - https://check.spamhaus.org/results?query=192.0.2.1 OXSEU0001_111', id: 'server-blocklisted', tier: 'provider-code', note: 'Vade OX _111: the IP is on a Spamhaus list' },
  { text: '421 4.2.1 Connection deferred OXSUS0001_130', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Vade OX _130: the IP is held back as a source of unacceptable mail' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 SPFBL 192.0.2.1 is not allowed to send mail from a@example.org. See http://spfbl.net/en/feedback', id: 'forwarder-breaks-spf', tier: 'rule', note: "SPFBL's SPF refusal is no listing: the SPF rule reads it" },
  { text: '550 5.1.1 <xgemail_0011@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'a Sophos code inside an address is no Sophos verdict' },
  { text: '550 5.7.1 XGEMAIL_00110 Command rejected', id: 'receiver-policy', tier: 'status-code', note: 'a longer number is no documented XGEMAIL code' },
  { text: '550 5.7.1 XGEMAIL_0005 Command rejected', id: 'receiver-policy', tier: 'status-code', note: 'Sophos XGEMAIL_0005 (sender domain on a DBL) is left out: no diagnosis is about a listed sender domain' },
  { text: '550 5.7.1 XGEMAIL_0013 Command rejected', id: 'receiver-policy', tier: 'status-code', note: 'Sophos XGEMAIL_0013 (too many recipients for a large message) is left out' },
  { text: '554 Connection rejected by policy', id: 'receiver-policy', tier: 'reason-phrase', note: 'without [7.7] the refusal names no reason beyond the receiver\'s policy' },
  { text: '550 Your IP address has been blocked', id: 'server-blocklisted', tier: 'reason-phrase', note: "another receiver's wording, not the Email Security.cloud PBL reply: the reason words read it, not this table" },
  { text: '550 Requested action aborted: local error in processing', id: 'receiver-system-error', tier: 'reason-phrase', note: "RFC 5321's own wording, not Email Security.cloud's [4]" },
  { text: '554 Message rejected: Cloudmark Authority classified it as spam', id: 'unknown', tier: 'unknown', note: 'Cloudmark named without the CSI reputation service is no IP listing' },
  { text: '421 Connection deferred OXSUS0001_102', id: 'unknown', tier: 'unknown', note: 'Vade OX _102 as a 421 was once a busy backend, not a block list' },
  { text: '550 5.7.1 Connection refused OXSUS0001_403', id: 'receiver-policy', tier: 'status-code', note: 'Vade OX _403 is left out: its page gives it two meanings' },
  { text: '421 4.2.1 Connection refused OXSUS0001_139', id: 'remote-server-unreachable', tier: 'rule', note: 'a 421 "Connection refused" stays with its rule' },
  { text: '550 5.1.1 <oxsus0001_101@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'a Vade code inside an address is no Vade verdict' },
];

describeTierTable('the mail filter provider-code tier', FILTER_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
