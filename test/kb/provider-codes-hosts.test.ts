/**
 * The provider-code tier for web hosting companies' own mail servers: each
 * entry's documented reply is recognised, and look-alikes are not.
 */
import { HOSTING_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-hosts';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 5.7.1 Reject for policy reason RULE1_1. See http://postmaster.gandi.net', id: 'virus-detected', tier: 'provider-code', note: 'Gandi postmaster: RULE1_1, a possible virus or malware' },
  { text: '550 5.7.1 Reject for policy reason. RULE1_1', id: 'virus-detected', tier: 'provider-code', note: 'Gandi postmaster: RULE1_1 as the page writes it, with a full stop' },
  { text: '550 5.7.1 Reject for policy reason RULE2_1. See http://postmaster.gandi.net', id: 'remote-spam-content', tier: 'provider-code', note: 'Gandi postmaster: RULE2_1, taken for phishing' },
  { text: '550 5.7.1 Reject for policy reason RULE2_2. See http://postmaster.gandi.net', id: 'remote-spam-content', tier: 'provider-code', note: 'Gandi postmaster: RULE2_2, taken for a scam' },
  { text: '550 5.7.1 Reject for policy reason RULE3_1. See http://postmaster.gandi.net', id: 'remote-spam-content', tier: 'provider-code', note: 'Gandi postmaster: RULE3_1, suspicious commercial mail' },
  { text: '550 5.7.1  Reject for policy reason RULE3_2. See http://postmaster.gandi.net', id: 'remote-spam-content', tier: 'provider-code', note: 'Gandi postmaster: RULE3_2, a high spam score' },
  { text: '554 5.7.1 <jan@example.org>: Recipient address rejected: Policy Rejection- Quota Exceeded.', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'DreamHost SMTP quota overview / MailRoute outbound quotas: the mailbox went over its sending quota' },
  { text: '450 Policy Rejection- Quota exceeded', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'DreamHost SMTP quota overview: the same reply as a deferral' },
  { text: '550 <piet@example.org> max messages per session', id: 'sender-rate-limited', tier: 'provider-code', note: 'Bluehost bounce table: more messages in one session than allowed' },
  { text: '452 <jan@example.org> requested action aborted: try again later - GL/GL', id: 'greylisted', tier: 'provider-code', note: 'Bluehost bounce table: GL/GL, greylisting' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 Reject for policy reason RULE4_1. See http://postmaster.gandi.net', id: 'receiver-policy', tier: 'reason-phrase', note: 'a Gandi rule number the page does not list: only the policy' },
  { text: '550 5.7.1 Reject for policy reason. See http://postmaster.gandi.net', id: 'receiver-policy', tier: 'reason-phrase', note: 'Gandi\'s sentence without a rule code names no verdict, only the policy' },
  { text: '550 5.7.1 Message matched rule3_2 of the local filter', id: 'receiver-policy', tier: 'status-code', note: 'a rule name of another filter, without Gandi\'s sentence' },
  { text: '550 5.1.1 <rule1_1@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'a Gandi code inside an address is no verdict' },
  { text: '552 5.2.2 <jan@example.org>: Recipient address rejected: Quota exceeded', id: 'recipient-mailbox-full', tier: 'rule', note: 'a full mailbox, without DreamHost\'s "Policy Rejection-"' },
  { text: '550 <jan@example.org> recipient rejected GL/BL', id: 'recipient-address-rejected', tier: 'rule', note: 'Bluehost GL/BL (blocked by the recipient) is left to the recipient-address rule' },
  { text: '452 4.3.1 requested action aborted: try again later', id: 'receiver-system-error', tier: 'status-code', note: 'RFC 5321\'s 452 text without Bluehost\'s GL/GL names no greylisting' },
];

describeTierTable('the web hosting provider-code tier', HOSTING_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
