/**
 * The provider-code tier for Mailjet's and Elastic Email's event notifications: each entry's documented value is
 * recognised, and look-alikes are not.
 */
import { MORE_WORLD_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-more-world';
import { describeTierTable, type TierCase } from './tier-table';

/** A Mailjet bounce event as its Event API sends it, with the documented pair of error fields. */
function mailjetBounce(relatedTo: string, error: string, event = 'bounce'): string {
  return `{"event": "${event}", "time": 1430812195, "MessageID": 13792286917004336, "email": "jan@example.org", "mj_campaign_id": 0, "mj_contact_id": 0, "customcampaign": "", "CustomID": "", "Payload": "", "blocked": false, "hard_bounce": true, "error_related_to": "${relatedTo}", "error": "${error}"}`;
}

/** Elastic Email's web notification of a failed delivery, with its category. */
function elasticNotification(category: string): string {
  return `https://example.org/hook?transaction=7fd9c4a2&to=jan@example.org&from=news@example.org&channel=newsletter&status=Error&category=${category}&messageid=A1B2C3`;
}

const EXAMPLES: readonly TierCase[] = [
  { text: mailjetBounce('recipient', 'mailbox inactive'), id: 'recipient-disabled', tier: 'provider-code', note: 'Mailjet error "mailbox inactive": the account has been inactive too long' },
  { text: mailjetBounce('domain', 'invalid domain'), id: 'recipient-domain-not-found', tier: 'provider-code', note: 'Mailjet error "invalid domain": a typo in, or an expired, domain' },
  { text: mailjetBounce('domain', 'no mail host'), id: 'remote-server-unreachable', tier: 'provider-code', note: 'Mailjet error "no mail host": nobody answers at the domain' },
  { text: mailjetBounce('domain', 'relay/access denied'), id: 'receiver-policy', tier: 'provider-code', note: 'Mailjet error "relay/access denied": the destination server refuses to talk to Mailjet' },
  { text: mailjetBounce('spam', 'policy issue'), id: 'receiver-policy', tier: 'provider-code', note: 'Mailjet error "policy issue": a receiving-side policy' },
  { text: 'error_related_to: spam, error: policy issue', id: 'receiver-policy', tier: 'provider-code', note: 'Mailjet error fields as a log line shows them' },
  { text: mailjetBounce('spam', 'content blocked'), id: 'remote-spam-content', tier: 'provider-code', note: 'Mailjet error "content blocked": the receiver\'s spam filter refused the content' },
  { text: mailjetBounce('mailjet', 'preblocked', 'blocked'), id: 'recipient-address-rejected', tier: 'provider-code', note: 'Mailjet error "preblocked": not sent to an address that bounced before' },

  { text: elasticNotification('NoMailbox'), id: 'recipient-unknown', tier: 'provider-code', note: 'Elastic Email NoMailbox: the address does not exist' },
  { text: '{"MessageCategory": "NoMailbox", "Status": "Bounced"}', id: 'recipient-unknown', tier: 'provider-code', note: 'Elastic Email NoMailbox as its REST API names the category' },
  { text: elasticNotification('AccountProblem'), id: 'recipient-address-rejected', tier: 'provider-code', note: "Elastic Email AccountProblem: the recipient's mailbox is full or no longer used" },
  { text: elasticNotification('DNSProblem'), id: 'recipient-domain-not-found', tier: 'provider-code', note: 'Elastic Email DNSProblem: the domain does not exist or does not resolve' },
  { text: elasticNotification('Spam'), id: 'remote-spam-content', tier: 'provider-code', note: "Elastic Email Spam: caught by the recipient's anti-spam filter" },
  { text: '{"MessageCategory": "BlackListed"}', id: 'server-blocklisted', tier: 'provider-code', note: "Elastic Email BlackListed: the sending IP is on a blacklist" },
  { text: elasticNotification('Throttled'), id: 'sender-rate-limited', tier: 'provider-code', note: 'Elastic Email Throttled: not accepted in time, over the rate limits' },
  { text: elasticNotification('SPFProblem'), id: 'spf-invalid', tier: 'provider-code', note: 'Elastic Email SPFProblem: the message failed SPF' },
  { text: elasticNotification('Timeout'), id: 'remote-server-unreachable', tier: 'provider-code', note: 'Elastic Email Timeout: the connection to the receiving server timed out' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: mailjetBounce('recipient', 'user unknown'), id: 'recipient-unknown', tier: 'rule', note: 'Mailjet "user unknown": the rule for an unknown address already reads it' },
  { text: mailjetBounce('domain', 'greylisted'), id: 'greylisted', tier: 'rule', note: 'Mailjet "greylisted": the greylisting rule reads it' },
  { text: mailjetBounce('system', 'system issue'), id: 'unknown', tier: 'unknown', note: "Mailjet's own system fault names no cause on the receiving side" },
  { text: mailjetBounce('mailjet', 'duplicate in campaign', 'blocked'), id: 'unknown', tier: 'unknown', note: 'Mailjet deduplication is no delivery failure' },
  { text: mailjetBounce('spam', 'sender blocked'), id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Mailjet "sender blocked" is left out of this table; only the reason words read it' },
  { text: '{"event": "bounce", "error": "content blocked"}', id: 'unknown', tier: 'unknown', note: 'an "error" field without Mailjet\'s error_related_to is not Mailjet\'s table' },
  { text: '{"error_related_to": "spam", "error": "content blocked by policy"}', id: 'receiver-policy', tier: 'reason-phrase', note: "a longer value than Mailjet's is not its documented value" },
  { text: elasticNotification('GreyListed'), id: 'greylisted', tier: 'rule', note: 'Elastic Email GreyListed: the greylisting rule reads it' },
  { text: '{"MessageCategory": "Unknown"}', id: 'unknown', tier: 'unknown', note: "Elastic Email's Unknown category names no cause" },
  { text: '{"BounceCategory": "Spam"}', id: 'unknown', tier: 'unknown', note: "another service's field that merely ends in category" },
  { text: '{"category": "Spam complaints", "count": 3}', id: 'unknown', tier: 'unknown', note: 'a category named with more words is not Elastic Email\'s "Spam"' },
  { text: 'category=DNSProblemX', id: 'unknown', tier: 'unknown', note: 'a longer token is no Elastic Email category' },
  { text: '550 5.1.1 <nomailbox@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'the token inside an address, without the category field, is no Elastic Email verdict' },
  { text: '421 4.4.2 example.org connection timeout', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "a server's own timeout, without Elastic Email's category field, is the reason words'" },
];

describeTierTable('the provider-code tier for Mailjet and Elastic Email', MORE_WORLD_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
