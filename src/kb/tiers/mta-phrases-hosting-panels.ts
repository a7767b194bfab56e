/**
 * Reason phrases of hosting control panels' mail set-ups (DirectAdmin,
 * Plesk, ISPConfig, Virtualmin, mailcow, Mailu, Zimbra …): the fixed texts
 * their configuration or code writes into a refusal or bounce, each entry
 * naming the file or manual it comes from.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

const DA_EXIM_PL = 'DirectAdmin exim.pl (VERSION=21), as shipped in portsbuild/portsbuild, configure/exim/exim.pl';
const DA_STRINGS = 'DirectAdmin exim.strings.conf used by its exim.conf, portsbuild/portsbuild, configure/exim/exim.strings.conf and configure/exim/exim.conf';
const DA_BLOCKCRACKING = 'DirectAdmin BlockCracking ACL, portsbuild/portsbuild, configure/exim/bc/auth.conf';
const HESTIA_EXIM = 'Hestia Control Panel, hestiacp/hestiacp, install/deb/exim/exim4.conf.template';
const ZIMBRA_LMTP = 'Zimbra, Zimbra/zm-mailbox, store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java';

export const HOSTING_PANEL_PHRASES: readonly TierEntry[] = [
  // DirectAdmin counts every message a hosting user (or one e-mail account) sends per day; past the daily limit its
  // exim.pl stops the delivery: the sender's own provider quota is used up, not a refusal by the receiver.
  says(
    'sending-quota-exceeded',
    { phrases: ['have reached your daily email limit of', "has reached it's daily email limit of"], pattern: /\byou \([^)]*\) have reached your daily email limit of\b|\byour e-mail \([^)]*\) has reached it's daily email limit of\b/ },
    `${DA_EXIM_PL} (check_limits: "You (<user>) have reached your daily email limit of <n> emails", "Your E-Mail (<address>) has reached it's daily email limit of <n> emails")`,
  ),
  // The same DirectAdmin limit checked when the account logs in over SMTP.
  says('sending-quota-exceeded', { phrases: ['the email send limit for'], pattern: /\bthe email send limit for \S+ has been reached\b/ }, `${DA_EXIM_PL} (smtpauth: "The email send limit for <user> has been reached")`),
  // DirectAdmin's exim.conf drops the recipient of an authenticated sender or a website script that is already over
  // the daily send limit (AUTH_TOO_MANY, USER_TOO_MANY).
  says('sending-quota-exceeded', { phrases: ['has sent too many emails'], pattern: /\buser account \(?\S+?\)? has sent too many emails\b/ }, `${DA_STRINGS} (AUTH_TOO_MANY, USER_TOO_MANY)`),
  // Hestia limits how many messages a website (PHP mail) or a mailbox may send per hour with Exim's ratelimit.
  says('sending-quota-exceeded', { phrases: ['is sending too many emails - rate overlimit'] }, `${HESTIA_EXIM} (acl_not_smtp and acl_check_rcpt ratelimit)`),
  // Plesk's outgoing mail control: the mailbox, domain or subscription has sent its hourly number of messages.
  says(
    'sending-quota-exceeded',
    { phrases: ['the limit on the number of allowed outgoing messages was exceeded'] },
    'Plesk support article "How outgoing messages limit works" (https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works)',
  ),

  // The administrator put the hosting user on DirectAdmin's BLACKLIST_USERNAMES: nothing it sends leaves the server.
  says(
    'outgoing-suspended',
    { phrases: ['is not allowed to send emails. script delivery blocked', 'is not allowed to send emails. e-mail delivery blocked'] },
    `${DA_STRINGS} (USER_ON_BLACKLIST_SCRIPT, USER_ON_BLACKLIST_SMTP)`,
  ),
  // DirectAdmin's BlockCracking locks an authenticated account that sent to many invalid recipients (a sign of a
  // stolen password) until the administrator unlocks it.
  says('outgoing-account-locked', { phrases: ['blocked for sending to too many invalid recipients'], pattern: /\baccount \S+ (?:currently|has been) blocked for sending to too many invalid recipients\b/ }, DA_BLOCKCRACKING),

  // DirectAdmin's receiving ACLs: a bounce (empty sender) to several recipients, or a client that already had more than
  // three recipients fail, is refused by the receiver's own rule.
  says('receiver-policy', { phrases: ['legitimate bounces are never sent to more than one recipient'] }, `${DA_STRINGS} (MULTIPLE_BOUNCE_RECIPIENTS)`),
  says('receiver-policy', { phrases: ['rejected - too many failed recipients'] }, `${DA_STRINGS} (TOO_MANY_FAILED_RECIPIENTS)`),
  // The receiver's administrator listed the sending host or IP in DirectAdmin's bad_sender_hosts files, or (Hestia) in
  // its spam-blocks list: the receiver's own list, not a public DNS blocklist.
  says('receiver-policy', { phrases: ['host blocked due to spam', 'ip blocked due to spam'], pattern: /\b(?:host|ip) blocked due to spam\b/ }, `${DA_STRINGS} (BLOCKED_DUE_TO_SPAM_HOST, BLOCKED_DUE_TO_SPAM_IP)`),
  says('receiver-policy', { phrases: ['your host in blacklist on this server'] }, `${HESTIA_EXIM} (acl_check_spammers)`),
  // The sender address or its domain is on the receiver's DirectAdmin blacklist_senders / blacklist_domains.
  says('sender-address-rejected', { phrases: ['email blocked due to spam', 'domain blocked due to spam'], pattern: /\b(?:email|domain) blocked due to spam\b/, unless: ['content', 'score'] }, `${DA_STRINGS} (BLOCKED_DUE_TO_SPAM_SENDER, BLOCKED_DUE_TO_SPAM_DOMAIN)`),

  // The sending server greeted with an IP address, a name without dots, or the receiver's own address.
  says('helo-refused', { phrases: ['helo is an ip address', 'helo should be a fqdn or address literal'] }, `${DA_STRINGS} (HELO_IS_IP, HELO_SHOULD_BE_FQDN)`),
  says('helo-refused', { phrases: ['helo name contains an ip address', 'is _my_ address'], pattern: /\bhelo name contains an ip address\b|\S+ is _my_ address\b/ }, `${HESTIA_EXIM} (acl_check_mail)`),
  // The client sent MAIL FROM without greeting first: a fault in the sending program.
  says('smtp-protocol-error', { phrases: ['helo required before mail'] }, `${HESTIA_EXIM} (acl_check_mail)`),
  // Hestia refuses a message from one of its own domains that did not log in: the own server wants SMTP authentication.
  says('smtp-auth-required', { phrases: ['smtp auth required'], pattern: /\bsmtp auth required\b/ }, `${HESTIA_EXIM} (acl_check_rcpt)`),

  // Attachments of a file type the receiver does not accept.
  says('message-content-rejected', { phrases: ['contains an attachment of a type which we do not accept'] }, `${DA_STRINGS} (CLAM_BAD_ATTACHMENT)`),
  says('message-content-rejected', { phrases: ['blacklisted file extension detected'] }, `${HESTIA_EXIM} (acl_check_mime)`),

  // Zimbra's mailbox server (LMTP) refuses mail that its own MTA hands over wrongly: the mailbox lives on another
  // store, the hand-over lacks TLS, or the store failed for now. A fault inside the receiving system.
  // Zimbra answers the misplaced mailbox with 450: another server's permanent "mailbox is not on this server" may mean
  // no such user, which the status code then says.
  says('receiver-system-error', { phrases: ['mailbox is not on this server'], codes: [450] }, `${ZIMBRA_LMTP} (MAILBOX_NOT_ON_THIS_SERVER)`),
  says(
    'receiver-system-error',
    { phrases: ['server accepts messages only on tls connection', 'temporary message delivery failure try again'] },
    `${ZIMBRA_LMTP} (TLS_REQUIRED, TEMPORARY_FAILURE)`,
  ),
];
