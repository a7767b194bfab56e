/**
 * The provider-code tier for regional ISPs and hosting providers: each
 * entry's documented reply is recognised, and look-alikes are not.
 */
import { REGIONAL_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-regional';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '421 Reject due to policy violations', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'IONOS "SMTP Error Messages of the IONOS Mail Servers": the sending IP is blocked after mail to too many addresses that do not exist' },
  { text: '450 Reject due to policy violations.', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'IONOS: the 450 form, also given for a HELO name that keeps changing' },
  { text: '421 Rate limit reached. Please try again later', id: 'sender-rate-limited', tier: 'provider-code', note: 'IONOS: too many messages in too short a time from the sending server' },
  { text: 'Message could not be sent. Error message from mail transport server:450 -\n450-Requested mail action not taken: mailbox unavailable\n450 Mail send limit exceeded.', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'IONOS "What are the mass mailing limits?": the error shown when a mailbox goes over its hourly limit' },
  { text: '450 Mail send limit exceeded.', id: 'sending-quota-exceeded', tier: 'provider-code', note: "IONOS: the same limit's last reply line alone" },
  { text: 'Sender address is not allowed', id: 'sender-address-rejected', tier: 'provider-code', note: "IONOS: since 29 January 2024 its outgoing server refuses a sender address outside the mailbox's domain" },
  { text: '550 Message rejected due to sender IP reputation ([192.0.2.10])', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'BT Business "error code 550": mail rejected as spam by the BT network for the IP\'s reputation' },
  { text: 'Server Response: 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]', id: 'sender-address-rejected', tier: 'provider-code', note: 'BT "Error 550": sending from a From address BT does not know (misspelt or created less than a day ago)' },
  { text: 'Server Response: 550 unknown local user', id: 'recipient-unknown', tier: 'provider-code', note: 'BT "Error 550": no such btinternet.com or btopenworld.com address' },
  { text: 'host mx.btinternet.com[192.0.2.1] said: 550 unknown local user (in reply to RCPT TO command)', id: 'recipient-unknown', tier: 'provider-code', note: 'BT: the same reply in a Postfix bounce' },
  { text: '<anna.a@abc.xyz>: host mxbw-abc-xyz.abc-ab12.abc.ch[192.0.2.1] said: 550 5.1.1\nanna.a@abc.xyz recipient rejected, account administratively disabled (in reply to RCPT TO command)', id: 'recipient-disabled', tier: 'provider-code', note: 'Infomaniak "Resolve an email issue": its worked example, a mailbox suspended by the recipient\'s provider' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 Message rejected due to policy violations', id: 'receiver-policy', tier: 'reason-phrase', note: 'another server\'s generic "rejected due to policy violations", not IONOS\'s "Reject due to policy violations"' },
  { text: '550 Reject due to policy restrictions', id: 'receiver-policy', tier: 'provider-code', note: "GMX's and WEB.DE's policy block keeps its own diagnosis" },
  { text: '550 5.1.1 <piet@example.org>: Recipient address is not allowed', id: 'recipient-unknown', tier: 'status-code', note: "about the recipient's address, not IONOS's sender check" },
  { text: '550 Relay not permitted: recipient not authorised', id: 'relay-denied', tier: 'rule', note: 'a refused relay without BT\'s "no authorised destination groups"' },
  { text: '553 5.1.8 <jan@example.org>: unknown local user', id: 'sender-address-rejected', tier: 'status-code', note: 'about the sender (5.1.8), so BT\'s recipient wording does not make it an unknown recipient' },
  { text: '553 5.7.1 <jan@example.org>: Sender address rejected: account administratively disabled', id: 'sender-address-rejected', tier: 'rule', note: "the sender's account is switched off, not the recipient's mailbox" },
];

describeTierTable('the regional provider-code tier', REGIONAL_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
