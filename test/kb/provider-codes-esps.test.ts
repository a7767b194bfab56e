/**
 * The provider-code tier for e-mail sending services and relays: each
 * entry's documented reply is recognised, and look-alikes are not.
 */
import { ESP_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-esps';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '554 Message rejected: Mail FROM domain is not verified', id: 'sender-address-rejected', tier: 'provider-code', note: 'Amazon SES email sending errors: the custom MAIL FROM domain has no readable MX record' },
  { text: '403 You are not authorized to send from that email address', id: 'sender-address-rejected', tier: 'provider-code', note: 'SendGrid SMTP errors: the From address is not a verified Sender Identity' },
  { text: '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements', id: 'sender-address-rejected', tier: 'provider-code', note: 'SendGrid (Twilio error 60222): the same refusal in its longer wording' },
  { text: '550 5.7.1 Unconfigured Sending Domain <demo.example.com>', id: 'sender-address-rejected', tier: 'provider-code', note: 'SparkPost SMTP error messages: the From domain is not a configured sending domain' },
  { text: 'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: jan@example.org. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.', id: 'recipient-address-rejected', tier: 'provider-code', note: 'Postmark 406 inactive recipient: the address is on the server\'s suppression list' },
  { text: '550 From header sender domain not verified', id: 'sender-address-rejected', tier: 'provider-code', note: 'SMTP2GO common sending errors: the From domain or single sender is not verified' },
  { text: "550 that SMTP username's account is not allowed to send", id: 'outgoing-account-locked', tier: 'provider-code', note: 'SMTP2GO: the account is closed or the SMTP user is blocked' },
  { text: '550 that IP address is not allowed to send', id: 'outgoing-account-locked', tier: 'provider-code', note: 'SMTP2GO: the authenticated IP address is blocked' },
  { text: '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"NoEmail"}}', id: 'recipient-unknown', tier: 'provider-code', note: 'Amazon SES bounce notification: the address does not exist' },
  { text: 'bounceType: Permanent, bounceSubType: OnAccountSuppressionList', id: 'recipient-address-rejected', tier: 'provider-code', note: "Amazon SES: the address is on the account's suppression list" },
  { text: '"bounceSubType":"Suppressed"', id: 'recipient-address-rejected', tier: 'provider-code', note: "Amazon SES: on SES's global suppression list" },
  { text: '{"bounceType":"Transient","bounceSubType":"MailboxFull"}', id: 'recipient-mailbox-full', tier: 'provider-code', note: "Amazon SES: the recipient's mailbox is full" },
  { text: 'Bounce sub type: MessageTooLarge', id: 'message-too-large', tier: 'provider-code', note: 'Amazon SES: the message was too large for the receiver' },
  { text: '"bounceSubType":"AttachmentRejected"', id: 'message-content-rejected', tier: 'provider-code', note: 'Amazon SES: an attachment the receiver refused' },
  { text: '{"Type":"BadEmailAddress","TypeCode":100000}', id: 'recipient-address-rejected', tier: 'provider-code', note: 'Postmark bounce type: a malformed or invalid address' },
  { text: '{"Type":"AddressChange"}', id: 'recipient-moved', tier: 'provider-code', note: 'Postmark bounce type: the recipient moved' },
  { text: 'Bounce type: DMARCPolicy', id: 'dmarc-reject', tier: 'provider-code', note: "Postmark bounce type: refused on the sender domain's DMARC policy" },
  { text: '{"Type":"VirusNotification"}', id: 'virus-detected', tier: 'provider-code', note: 'Postmark bounce type: a virus was reported' },
  { text: '{"Type":"SpamNotification"}', id: 'remote-spam-content', tier: 'provider-code', note: 'Postmark bounce type: the receiving server took it for spam' },
  { text: '[{"email":"jan@example.org","status":"rejected","reject_reason":"invalid-sender"}]', id: 'sender-address-rejected', tier: 'provider-code', note: 'Mandrill: a From address the account may not send as' },
  { text: '[{"email":"jan@example","status":"invalid","reject_reason":"invalid"}]', id: 'recipient-address-rejected', tier: 'provider-code', note: 'Mandrill: a malformed recipient address' },
  { text: '"reject_reason": "test-mode-limit"', id: 'sending-quota-exceeded', tier: 'provider-code', note: "Mandrill: the test key's sending limit" },
  { text: '[status] => rejected\n[reject_reason] => invalid-sender', id: 'sender-address-rejected', tier: 'provider-code', note: "Mandrill's answer as PHP's print_r writes it" },
  { text: ':reject_reason => "test-mode-limit"', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'the same as a Ruby hash writes it' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '454 Throttling failure: Maximum sending rate exceeded', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: "Amazon SES's per-second send rate: the relay's limit on the account, a sending quota, decided by the reason phrases" },
  { text: '454 Throttling failure: Daily message quota exceeded', id: 'sending-quota-exceeded', tier: 'rule', note: "Amazon SES's daily quota, not its per-second rate, stays a used-up sending quota" },
  { text: '421 Too many concurrent SMTP connections', id: 'sender-rate-limited', tier: 'rule', note: "Amazon SES's connection limit is already decided by the connection rule" },
  { text: '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: jan@example.com', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'the unverified SES identity is already recognised by the reason-phrase tier' },
  { text: '550 5.1.8 Sender address rejected: Domain not found', id: 'sender-verify-failed', tier: 'rule', note: "a receiver's check of the sender domain, not a relay's list of verified senders" },
  { text: '550 5.7.1 Sender domain is not verified', id: 'sender-address-rejected', tier: 'reason-phrase', note: "no relay's documented wording: the general words for an unverified sending domain decide, not a provider's code" },
  { text: '550 5.2.1 The email account that you tried to reach is inactive', id: 'recipient-disabled', tier: 'rule', note: 'a switched-off mailbox at the receiver, not a relay\'s inactive (suppressed) recipient' },
  { text: '550 Relay access denied - please authenticate', id: 'relay-denied', tier: 'rule', note: 'SMTP2GO\'s refusal of an unauthenticated client keeps the relay rule\'s diagnosis' },
  { text: '550 this account is not allowed to send mail to that recipient', id: 'unknown', tier: 'unknown', note: 'another wording of "not allowed to send" is not SMTP2GO\'s blocked user' },
  { text: '250 Message suppressed duplicates removed', id: 'unknown', tier: 'unknown', note: '"suppressed" outside an SES bounce sub-type' },
  { text: '"bounceSubType":"General"', id: 'unknown', tier: 'unknown', note: "SES's general sub-type names no cause" },
  { text: '"reject_reason": null', id: 'unknown', tier: 'unknown', note: 'a Mandrill message that was not rejected' },
];

describeTierTable('the sending services provider-code tier', ESP_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
