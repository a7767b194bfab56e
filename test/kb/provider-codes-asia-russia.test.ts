/**
 * The provider-code tier for mailbox providers of Japan, Korea, China and
 * Russia: each entry's documented reply is recognised, and look-alikes are not.
 */
import { ASIA_RUSSIA_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-asia-russia';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 Mail is rejected by recipients', id: 'recipient-filtered', tier: 'provider-code', note: "QQ Mail bounce codes: the recipient's own block list or filter refused the message" },
  { text: '550 Suspected spam sender.', id: 'domain-reputation-low', tier: 'provider-code', note: 'QQ Mail bounce codes: the sending domain or its operator is suspected of sending spam' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Requested action not taken: mailbox unavailable', id: 'recipient-unknown', tier: 'rule', note: 'the usual "mailbox unavailable" of an unknown address, without QQ\'s "or access denied"' },
  { text: '550 Mailbox unavailable or access denied', id: 'recipient-disabled', tier: 'reason-phrase', note: "generic words shared by other servers: QQ's intake-limit meaning is not taken from them" },
  { text: '550 Mailbox unavailable or access denied: sender address rejected', id: 'sender-address-rejected', tier: 'rule', note: 'the sender address named as the refused one keeps the sender rule' },
  { text: '550 Mail is rejected by recipients: sender address rejected', id: 'sender-address-rejected', tier: 'rule', note: 'a refusal of the sender address is not the recipient\'s own filter' },
  { text: '550 Suspected spam message, please try again later', id: 'remote-spam-content', tier: 'reason-phrase', note: 'spam suspected of a message (a spam verdict), not QQ\'s verdict on the sending domain' },
  { text: '550 Mail content denied', id: 'remote-spam-content', tier: 'reason-phrase', note: 'QQ\'s content refusal stays a spam-content diagnosis' },
  { text: '550 Sender frequency limited', id: 'sender-rate-limited', tier: 'rule', note: 'QQ\'s sender frequency limit stays with the rate-limit rule' },
];

describeTierTable('the provider codes of Japan, Korea, China and Russia', ASIA_RUSSIA_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
