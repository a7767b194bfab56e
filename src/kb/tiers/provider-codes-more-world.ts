/**
 * The provider-code tier for sending services not covered elsewhere (Mailjet, Elastic Email): the names they give
 * a failed delivery in their event notifications, from their published references, each entry naming its source.
 *
 * A service's event carries the receiving server's reply beside its own verdict; where that reply or the verdict's
 * own words already name the cause ("user unknown", "quota exceeded", "GreyListed"), the rules decide, and the
 * values for the service's own faults or bookkeeping (Mailjet's "system issue", "protocol issue", "connection
 * issue", "duplicate in campaign"; Elastic Email's "Suppressed", "Ignore", "ManualCancel") are left out.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const MAILJET = 'Mailjet, "Event API: real-time notifications", section "Possible values for errors" (dev.mailjet.com/email/guides/webhooks; mailjet/api-documentation guides/_event-api.md); documentation.mailjet.com/hc/en-us/articles/360043578154-Event-Tracking-API';
const ELASTIC_EMAIL = 'Elastic Email Help Center, "What are the bounce error categories and filters" (help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters); "Email delivery error categories" (elasticemail.com/email-delivery-error-categories); the "category" parameter of its web notifications, "Notification Settings" (help.elasticemail.com/en/articles/4804685-notification-settings, elasticemail.com/support/settings/notifications); the MessageCategory of its REST API v4 events (RecipientEvent, official SDK, docs.rs/crate/ElasticEmail)';

const token = providerToken;

/** Where a field's value ends: a quote, a separator, the end of the text, or the next "field:" / "field=" (not more words of a longer value). */
const VALUE_END = `(?=["',;&}\\]]|\\s*$|\\s+[\\w-]+["']?\\s*[:=])`;

/**
 * Mailjet's bounce and blocked events name the cause in two fields, "error_related_to" (recipient, domain, spam,
 * system, mailjet) and "error"; the first is Mailjet's own, so it is the token (an entry is only tried where its
 * token stands), and the value of "error" says which.
 */
function mailjetError(values: readonly string[]): RegExp {
  return new RegExp(`\\berror\\b["']?\\s*[:=]\\s*["']?(?:${values.join('|')})${VALUE_END}`);
}

/** Elastic Email's category of a failed delivery: "category=NoMailbox" in its web notification, "MessageCategory": "NoMailbox" in its API. */
function elasticCategory(values: readonly string[]): RegExp {
  return new RegExp(`\\b(?:message)?category\\b["']?\\s*[:=]\\s*["']?(?:${values.join('|')})${VALUE_END}`);
}

export const MORE_WORLD_CODE_PHRASES: readonly TierEntry[] = [
  // Mailjet "mailbox inactive" (related to the recipient): the account has been inactive for too long; the address
  // is there but takes no mail, the recipient's mailbox switched off.
  token('recipient-disabled', ['error_related_to'], MAILJET, { pattern: mailjetError(['mailbox inactive']) }),
  // Mailjet "invalid domain": a typo in the domain part of the address, or a domain that has expired.
  token('recipient-domain-not-found', ['error_related_to'], MAILJET, { pattern: mailjetError(['invalid domain']) }),
  // Mailjet "no mail host": "nobody answers when we knock at the door", no mail server of the domain answers.
  token('remote-server-unreachable', ['error_related_to'], MAILJET, { pattern: mailjetError(['no mail host']) }),
  // Mailjet "relay/access denied" (the destination server refuses to talk to Mailjet) and "policy issue" (a
  // receiver's policy, which Mailjet tries to avoid by throttling): the receiving side's own rules refused it.
  token('receiver-policy', ['error_related_to'], MAILJET, { pattern: mailjetError(['relay/access denied', 'policy issue']) }),
  // Mailjet "content blocked" (related to spam): something in the message triggered the receiver's spam filter.
  // Its "sender blocked" is left out: the table does not say whether the sending IP or the sender's domain is blocked.
  token('remote-spam-content', ['error_related_to'], MAILJET, { pattern: mailjetError(['content blocked']) }),
  // Mailjet "preblocked": Mailjet did not send to an address that recently (or repeatedly) bounced, to protect the
  // sender's reputation; as with Postmark's inactive recipients, the address itself is what to check.
  token('recipient-address-rejected', ['error_related_to'], MAILJET, { pattern: mailjetError(['preblocked']) }),

  // Elastic Email NoMailbox: the address does not appear to exist (Elastic Email then marks the contact invalid).
  token('recipient-unknown', ['nomailbox'], ELASTIC_EMAIL, { pattern: elasticCategory(['nomailbox']) }),
  // Elastic Email AccountProblem: something is wrong with the recipient's mailbox, full or no longer used; the
  // address cannot receive, without one named cause.
  token('recipient-address-rejected', ['accountproblem'], ELASTIC_EMAIL, { pattern: elasticCategory(['accountproblem']) }),
  // Elastic Email DNSProblem: the domain part of the address does not exist or could not be resolved.
  token('recipient-domain-not-found', ['dnsproblem'], ELASTIC_EMAIL, { pattern: elasticCategory(['dnsproblem']) }),
  // Elastic Email Spam: the receiver's anti-spam filter (or a profile labelled spam) rejected the message.
  token('remote-spam-content', ['spam'], ELASTIC_EMAIL, { pattern: elasticCategory(['spam']) }),
  // Elastic Email BlackListed: the sending IP address is on a blacklist the receiver checks.
  token('server-blocklisted', ['blacklisted'], ELASTIC_EMAIL, { pattern: elasticCategory(['blacklisted']) }),
  // Elastic Email Throttled: the receiver did not take the message within the delivery window, usually because
  // the sending side went over its rate limits.
  token('sender-rate-limited', ['throttled'], ELASTIC_EMAIL, { pattern: elasticCategory(['throttled']) }),
  // Elastic Email SPFProblem: the message failed the sender domain's SPF check.
  token('spf-invalid', ['spfproblem'], ELASTIC_EMAIL, { pattern: elasticCategory(['spfproblem']) }),
  // Elastic Email Timeout: the connection between Elastic Email's servers and the receiving server timed out.
  token('remote-server-unreachable', ['timeout'], ELASTIC_EMAIL, { pattern: elasticCategory(['timeout']) }),
];
