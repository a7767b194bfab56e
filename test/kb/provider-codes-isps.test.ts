/**
 * The provider-code tier for mailbox providers and ISPs not covered elsewhere:
 * each entry's documented reply is recognised, and look-alikes are not.
 */
import { ISP_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-isps';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: "5.1.1 szn; User hasn't got the service mapped", id: 'recipient-unknown', tier: 'provider-code', note: 'Seznam.cz "Uživatel neexistuje": the reason line of its bounce for an address without a mailbox' },
  { text: "550 szn; User hasn't got the service mapped", id: 'recipient-unknown', tier: 'provider-code', note: 'Seznam.cz: the same reply without the enhanced code' },
  { text: '551 5.7.1 Not authorised to send from this header address', id: 'sender-address-rejected', tier: 'provider-code', note: 'Fastmail "Why messages bounce back": the From header is not one of the account\'s addresses' },
  { text: '554 5.2.0 Spam content found', id: 'remote-spam-content', tier: 'provider-code', note: 'Virgin Media staff announcement: "550 - 554 5.2.0 Spam content found"' },
  { text: '550 5.2.0 Spam content found', id: 'remote-spam-content', tier: 'provider-code', note: 'Virgin Media staff announcement: the 550 form' },
  { text: '554 nschwcmgw08p BigPond Outbound [OB105. Connection refused. 192.0.2.10 is listed on the Exploits Block List (XBL). Please visit Spamhaus for more information.', id: 'server-blocklisted', tier: 'provider-code', note: 'Telstra CrowdSupport "Why is my email being blacklisted?": BigPond refuses an IP on the Spamhaus XBL' },
  { text: '554 BigPond Outbound [OB105. Connection refused.', id: 'server-blocklisted', tier: 'provider-code', note: 'Telstra CrowdSupport: the BigPond code when the listing text is cut off' },
  // With Spamhaus's lookup link in the reply, the block-list rule names the list itself.
  { text: '554 nschwcmgw08p BigPond Outbound [OB105. Connection refused. 192.0.2.10 is listed on the Exploits Block List (XBL). Please visit http://www.spamhaus.org/query/bl?ip=192.0.2.10 for more information.', id: 'server-blocklisted', tier: 'rule', note: 'Telstra CrowdSupport: the same reply with the Spamhaus link, decided by the block-list rule' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: "553 5.1.8 <jan@example.org>: User hasn't got the service mapped", id: 'sender-address-rejected', tier: 'status-code', note: 'about the sender (5.1.8), so the Seznam recipient wording does not make it an unknown recipient' },
  { text: '451 4.3.0 Service mapping failed, try again later', id: 'receiver-system-error', tier: 'status-code', note: 'another server\'s wording with "service mapping", not Seznam\'s reply' },
  { text: '550 5.7.1 Not authorised to send to this list', id: 'group-post-refused', tier: 'reason-phrase', note: 'a list refusing a poster, not Fastmail\'s From-header check: the reason words read the members-only list' },
  { text: '550 Message contained spam content (antispamcloud.spam.lnkphs01)', id: 'spamexperts-spam-content', tier: 'rule', note: "SpamExperts' own wording keeps its own diagnosis" },
  { text: '550 5.1.1 <ob105@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'the BigPond code inside an address is no BigPond refusal' },
  { text: '421 4.4.5 Connection refused. Server is busy', id: 'remote-server-unreachable', tier: 'rule', note: 'a refused connection without a block list named' },
];

describeTierTable('the ISP provider-code tier', ISP_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
