/**
 * The reason phrases of hosting panels' mail set-ups (DirectAdmin, Hestia,
 * Plesk, Zimbra): each entry's fixed text is recognised, and look-alikes are
 * not.
 */
import { HOSTING_PANEL_PHRASES } from '../../src/kb/tiers/mta-phrases-hosting-panels';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // DirectAdmin sending limits
  { text: 'jan@example.org\n    You (fred) have reached your daily email limit of 200 emails', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'DirectAdmin exim.pl check_limits: the hosting user is over its daily limit' },
  { text: "Your E-Mail (bob@example.com) has reached it's daily email limit of 100 emails", id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'DirectAdmin exim.pl check_limits: one e-mail account is over its daily limit' },
  { text: 'The email send limit for bob@example.com has been reached', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'DirectAdmin exim.pl smtpauth: the limit checked at login' },
  { text: '550 User account bob@example.com has sent too many emails', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'DirectAdmin AUTH_TOO_MANY after RCPT TO' },
  { text: 'User account (fred) has sent too many emails. Script delivery blocked.', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'DirectAdmin USER_TOO_MANY for a website script' },
  // Hestia and Plesk sending limits
  { text: '550 Email account bob@example.com is sending too many emails - rate overlimit = 51.0 / 1h', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'Hestia ratelimit of an SMTP-authenticated mailbox' },
  { text: 'Website of user fred is sending too many emails - rate overlimit = 201.0 / 1h', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'Hestia ratelimit of PHP mail' },
  { text: '5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'Plesk outgoing mail control (no policy refusal by a receiver despite 5.7.0)' },
  // DirectAdmin blocks of the sender
  { text: 'User account (fred) is not allowed to send emails. Script delivery blocked via BLACKLIST_USERNAMES.', id: 'outgoing-suspended', tier: 'reason-phrase', note: 'DirectAdmin USER_ON_BLACKLIST_SCRIPT' },
  { text: '550 User account (fred) is not allowed to send emails. E-Mail delivery blocked.', id: 'outgoing-suspended', tier: 'reason-phrase', note: 'DirectAdmin USER_ON_BLACKLIST_SMTP' },
  { text: '550 Account bob@example.com has been blocked for sending to too many invalid recipients', id: 'outgoing-account-locked', tier: 'reason-phrase', note: 'DirectAdmin BlockCracking locks the account' },
  { text: '550 Account bob@example.com currently blocked for sending to too many invalid recipients', id: 'outgoing-account-locked', tier: 'reason-phrase', note: 'DirectAdmin BlockCracking: the lock is still on (no blocklisted IP)' },
  // Receiving ACLs
  { text: '550 Legitimate bounces are never sent to more than one recipient.', id: 'receiver-policy', tier: 'reason-phrase', note: 'DirectAdmin MULTIPLE_BOUNCE_RECIPIENTS' },
  { text: '550 REJECTED - Too many failed recipients - count = 4', id: 'receiver-policy', tier: 'reason-phrase', note: 'DirectAdmin TOO_MANY_FAILED_RECIPIENTS' },
  { text: '554 denied. 5.7.1 Host Blocked due to SPAM', id: 'receiver-policy', tier: 'reason-phrase', note: "DirectAdmin BLOCKED_DUE_TO_SPAM_HOST: the receiver's own host list" },
  { text: '554 denied. 5.7.1 IP Blocked due to SPAM', id: 'receiver-policy', tier: 'reason-phrase', note: "DirectAdmin BLOCKED_DUE_TO_SPAM_IP: the receiver's own IP list" },
  { text: '550 Your host in blacklist on this server.', id: 'receiver-policy', tier: 'reason-phrase', note: "Hestia acl_check_spammers: the receiver's spam-blocks list" },
  { text: '554 denied. 5.7.1 Email Blocked due to SPAM', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'DirectAdmin BLOCKED_DUE_TO_SPAM_SENDER: the sender address is on the blacklist' },
  { text: '554 denied. 5.7.1 Domain Blocked due to SPAM', id: 'sender-address-rejected', tier: 'reason-phrase', note: "DirectAdmin BLOCKED_DUE_TO_SPAM_DOMAIN: the sender's domain is on the blacklist" },
  // HELO and the dialogue
  { text: '550 HELO is an IP address (See RFC2821 4.1.3)', id: 'helo-refused', tier: 'reason-phrase', note: 'DirectAdmin HELO_IS_IP' },
  { text: '550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)', id: 'helo-refused', tier: 'reason-phrase', note: 'DirectAdmin HELO_SHOULD_BE_FQDN' },
  { text: '550 Helo name contains an IP address (HELO was 192-0-2-1.example.net) and not is valid', id: 'helo-refused', tier: 'reason-phrase', note: 'Hestia acl_check_mail: a dynamic-looking HELO name' },
  { text: '550 192.0.2.1 is _my_ address', id: 'helo-refused', tier: 'reason-phrase', note: "Hestia acl_check_mail: HELO with the receiver's own address" },
  { text: '550 HELO required before MAIL', id: 'smtp-protocol-error', tier: 'reason-phrase', note: 'Hestia acl_check_mail: MAIL FROM without a greeting' },
  { text: '550 smtp auth required', id: 'smtp-auth-required', tier: 'reason-phrase', note: 'Hestia acl_check_rcpt: a local sender domain without login' },
  // Attachments
  { text: '550 This message contains an attachment of a type which we do not accept (attachment_not_allow:.exe)', id: 'message-content-rejected', tier: 'reason-phrase', note: 'DirectAdmin CLAM_BAD_ATTACHMENT' },
  { text: '550 Blacklisted file extension detected', id: 'message-content-rejected', tier: 'reason-phrase', note: 'Hestia acl_check_mime' },
  // Zimbra's mailbox server
  { text: 'host 127.0.0.1[127.0.0.1] said: 450 4.2.0 Mailbox is not on this server (in reply to RCPT TO command)', id: 'receiver-system-error', tier: 'reason-phrase', note: 'Zimbra LMTP MAILBOX_NOT_ON_THIS_SERVER' },
  { text: '451 4.2.2 Server accepts messages only on TLS connection', id: 'receiver-system-error', tier: 'reason-phrase', note: 'Zimbra LMTP TLS_REQUIRED (no full mailbox despite 4.2.2)' },
  { text: '451 4.0.0 Temporary message delivery failure try again', id: 'receiver-system-error', tier: 'reason-phrase', note: 'Zimbra LMTP TEMPORARY_FAILURE' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: 'Domain example.com has exceeded the max emails per hour (120/100 (120%)) allowed. Message discarded.', id: 'max-emails-per-hour', tier: 'rule', note: "cPanel's hourly limit keeps its own diagnosis" },
  { text: 'You have reached your daily email limit of 5 emails.', id: 'unknown', tier: 'unknown', note: "an application's limit text without DirectAdmin's \"You (<user>)\"" },
  { text: 'Your limit has been reached', id: 'unknown', tier: 'unknown', note: '"has been reached" without "the email send limit for <user>"' },
  { text: 'The user account has sent too many emails today', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'no DirectAdmin "User account <name> has sent too many emails": the reason words read the account\'s quota' },
  { text: '550 5.7.1 Your email blocked due to spam content', id: 'remote-spam-content', tier: 'rule', note: 'a content verdict is no blacklisted sender' },
  { text: '550 Message rejected: content blocked due to spam score', id: 'remote-spam-content', tier: 'reason-phrase', note: 'a spam score is no blacklisted sender domain: it is the filter\'s verdict on the content' },
  { text: '421 4.7.0 Too many invalid recipients', id: 'server-blocklisted', tier: 'reason-phrase', note: "without BlockCracking's locked account the older reading stays" },
  { text: '550 Rejected because 192.0.2.1 is in a black list at zen.spamhaus.org', id: 'server-blocklisted', tier: 'rule', note: "Hestia's DNSBL refusal names a public blocklist" },
  { text: '550 The domain example.com is currently suspended. Try later.', id: 'recipient-disabled', tier: 'reason-phrase', note: "DirectAdmin DOMAIN_SUSPENDED is already a switched-off recipient" },
  { text: '550 5.1.1 <jan@example.org>: Mailbox is not on this server', id: 'recipient-unknown', tier: 'status-code', note: "a permanent refusal in Zimbra's words is no misplaced mailbox: the code says no such user" },
  { text: '452 4.2.2 Over quota', id: 'recipient-mailbox-full', tier: 'rule', note: "Zimbra's own over-quota reply is a full mailbox" },
  { text: '450 4.2.1 Mailbox disabled, not accepting messages', id: 'recipient-disabled', tier: 'rule', note: "Zimbra's disabled mailbox is a switched-off recipient" },
  { text: '550 Bad HELO - Host impersonating hostname [mail.example.com]', id: 'helo-refused', tier: 'rule', note: "DirectAdmin's other HELO texts are already the rule's" },
];

describeTierTable('the reason phrases of hosting panels\' mail set-ups', HOSTING_PANEL_PHRASES, EXAMPLES, NEAR_MISSES);
