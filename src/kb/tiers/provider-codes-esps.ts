/**
 * The provider-code tier for e-mail sending services and relays (Amazon SES,
 * SendGrid, Mailgun, Postmark, SparkPost, Mailjet, Brevo, SMTP2GO …): the
 * replies they give a customer's server or application when they refuse or
 * suppress a message, from their published references, each entry naming its
 * source.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const SES_ERRORS = 'Amazon SES Developer Guide, "Amazon SES email sending errors" (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html)';
const SENDGRID = 'Twilio SendGrid, "SMTP Errors and Troubleshooting" (twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting), and Twilio error 60222 "SendGrid The from address does not match a verified Sender Identity" (twilio.com/docs/api/errors/60222)';
const SPARKPOST = 'SparkPost Support, "Error messages when using SMTP" (support.sparkpost.com/docs/faq/error-messages-smtp) and "550 5.7.1 Unconfigured Sending Domain" (support.sparkpost.com/docs/user-guide/unconfigured-sending-domain)';
const POSTMARK = 'Postmark, API error code 406 "Inactive recipient" (postmarkapp.com/developer/api/overview#error-codes) and "SMTP API Error" (postmarkapp.com/developer/webhooks/smtp-api-error); message text as in Postmark\'s official Ruby client, Postmark::InactiveRecipientError (rubydoc.info/gems/postmark/Postmark/InactiveRecipientError)';
const SMTP2GO_ERRORS = 'SMTP2GO Support, "Common Sending Errors" (support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors)';
const SMTP2GO_BLOCKED = 'SMTP2GO Support, "550 that SMTP username\'s account is not allowed to send" (support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send)';

const SES_NOTIFICATIONS = 'Amazon SES Developer Guide, "Amazon SNS notification contents for Amazon SES", bounce types (docs.aws.amazon.com/ses/latest/dg/notification-contents.html#bounce-types)';
const POSTMARK_BOUNCES = 'Postmark, "Bounces API", bounce types (postmarkapp.com/developer/api/bounce-api#bounce-types)';
const MANDRILL_REJECTS = 'Mailchimp Transactional (Mandrill) API, messages/send "reject_reason" (mailchimp.com/developer/transactional/api/messages/send-new-message/)';

const token = providerToken;

/** A sending service's event field and one of its documented values ("bounceSubType": "MailboxFull"), as JSON, a form or a dashboard shows it. */
function eventValue(field: string, values: readonly string[]): RegExp {
  // "field": "value" (JSON), field=value (a log), [field] => value (PHP's print_r), :field => "value" (a Ruby hash).
  return new RegExp(`\\b${field}\\b["'\\]]?\\s*(?:=>|[:=])\\s*["']?(?:${values.join('|')})\\b`);
}
const SES_SUBTYPE = 'bounce\\s?sub\\s?type';
const POSTMARK_TYPE = '(?:bounce\\s?)?type';
const MANDRILL_REASON = 'reject_?reason';

export const ESP_CODE_PHRASES: readonly TierEntry[] = [
  // Amazon SES: "Mail FROM domain is not verified": SES could not read the MX record that a custom MAIL FROM domain
  // needs, so the envelope sender's domain is not usable for sending: a sender-address problem on the customer's side.
  token('sender-address-rejected', ['mail from domain is not verified'], SES_ERRORS),

  // SendGrid: the From address is not one of the account's verified Sender Identities (single sender or
  // authenticated domain), so SendGrid refuses to send the message until it is verified.
  token('sender-address-rejected', ['you are not authorized to send from that email address', 'does not match a verified sender identity'], SENDGRID),

  // SparkPost: "550 5.7.1 Unconfigured Sending Domain <domain>": the domain of the From address is not a sending
  // domain set up in the SparkPost account, so the sender address is refused.
  token('sender-address-rejected', ['unconfigured sending domain'], SPARKPOST),

  // Postmark: an "inactive recipient" is one Postmark suppresses after a hard bounce, a spam complaint or a manual
  // suppression; it refuses to send to the address at all. The usual cause is an address that bounced as not
  // existing, so the diagnosis is the refused recipient address (check it, or reactivate it in Postmark).
  token('recipient-address-rejected', ['found inactive addresses', 'inactive recipients are ones that have generated'], POSTMARK),

  // SMTP2GO: "550 From header sender domain not verified": the From address is on a domain (or is a single
  // sender) that has not been verified in the SMTP2GO account, so the relay will not send for it.
  token('sender-address-rejected', ['from header sender domain not verified'], SMTP2GO_ERRORS),

  // SMTP2GO: the account is closed, or the SMTP user, API key or authenticated IP is blocked (often by its review
  // team after suspicious sending such as a spam outbreak): the relay itself has locked this sender out.
  token('outgoing-account-locked', ["that smtp username's account is not allowed to send", 'that ip address is not allowed to send'], SMTP2GO_BLOCKED),

  // Amazon SES's bounce notifications name the kind of bounce in bounceSubType: NoEmail (the address does not
  // exist), Suppressed and OnAccountSuppressionList (SES refused to send to an address that bounced before, as Postmark
  // does above), MailboxFull, MessageTooLarge, ContentRejected and AttachmentRejected.
  token('recipient-unknown', ['noemail'], SES_NOTIFICATIONS, { pattern: eventValue(SES_SUBTYPE, ['noemail']) }),
  token('recipient-address-rejected', ['onaccountsuppressionlist', 'suppressed'], SES_NOTIFICATIONS, { pattern: eventValue(SES_SUBTYPE, ['suppressed', 'onaccountsuppressionlist']) }),
  token('recipient-mailbox-full', ['mailboxfull'], SES_NOTIFICATIONS, { pattern: eventValue(SES_SUBTYPE, ['mailboxfull']) }),
  token('message-too-large', ['messagetoolarge'], SES_NOTIFICATIONS, { pattern: eventValue(SES_SUBTYPE, ['messagetoolarge']) }),
  token('message-content-rejected', ['contentrejected', 'attachmentrejected'], SES_NOTIFICATIONS, { pattern: eventValue(SES_SUBTYPE, ['contentrejected', 'attachmentrejected']) }),

  // Postmark's bounce types: BadEmailAddress (a malformed or invalid address), AddressChange (the recipient moved),
  // DMARCPolicy, VirusNotification and SpamNotification (the receiving server took it for spam).
  token('recipient-address-rejected', ['bademailaddress'], POSTMARK_BOUNCES, { pattern: eventValue(POSTMARK_TYPE, ['bademailaddress']) }),
  token('recipient-moved', ['addresschange'], POSTMARK_BOUNCES, { pattern: eventValue(POSTMARK_TYPE, ['addresschange']) }),
  token('dmarc-reject', ['dmarcpolicy'], POSTMARK_BOUNCES, { pattern: eventValue(POSTMARK_TYPE, ['dmarcpolicy']) }),
  token('virus-detected', ['virusnotification'], POSTMARK_BOUNCES, { pattern: eventValue(POSTMARK_TYPE, ['virusnotification']) }),
  token('remote-spam-content', ['spamnotification'], POSTMARK_BOUNCES, { pattern: eventValue(POSTMARK_TYPE, ['spamnotification']) }),

  // Mandrill's reasons for not sending: invalid-sender and unsigned (a From address or domain the account may not send
  // as, not verified), invalid (a malformed recipient address), test-mode-limit (the test key's sending limit).
  token('sender-address-rejected', ['invalid-sender', 'unsigned'], MANDRILL_REJECTS, { pattern: eventValue(MANDRILL_REASON, ['invalid-sender', 'unsigned']) }),
  token('recipient-address-rejected', ['invalid'], MANDRILL_REJECTS, { pattern: eventValue(MANDRILL_REASON, ['invalid(?!-)']) }),
  token('sending-quota-exceeded', ['test-mode-limit'], MANDRILL_REJECTS, { pattern: eventValue(MANDRILL_REASON, ['test-mode-limit']) }),
];
