/**
 * Reason words: the weakest entries of the reason-phrase tier. Servers write
 * the same reasons in endless small variations ("Inbox full", "Account
 * closed", "Relaying not permitted", "Your IP is blacklisted"), so beside the
 * fixed phrases the tier knows the words themselves: a subject (whose
 * mailbox, which message, what is listed) and a state (full, closed, too
 * large, listed) in one clause, no sentence break between them. The
 * vocabulary is that of RFC 3463's subjects (addressing, mailbox, mail
 * system, network, protocol, content, security) and of the catalogue's
 * explanations, not of any collection of bounces.
 *
 * Each entry is found by its state words and confirmed by its pattern, and
 * ranks below every fixed phrase (priority -1): a phrase someone wrote down
 * for a reason always says more than two words that fit it.
 */
import type { DiagnosisId, RuleMatch } from '../types';
import { reasonConditions } from './conditions';
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const SOURCE = "RFC 3463's subjects (mailbox, message, address, security) and the catalogue's vocabulary: a subject word and a state word in one clause";

/**
 * An entry of this weakest kind (priority -1, under every fixed phrase of the tier); also for reason-words-languages.ts.
 * A priority of its own is not accepted: it would be overwritten, and an entry that must outrank others is a fixed
 * fact of its own (`reasonPhrase`, as below).
 */
export function words(id: DiagnosisId, match: Omit<RuleMatch, 'priority'>): TierEntry {
  return reasonPhrase(id, { ...match, priority: -1 }, SOURCE);
}

/** A few words, no sentence break, between a subject and its state (a dot inside an IP address or a name is no break). */
export const GAP = String.raw`(?:(?:[^.;:!?\n]|\.(?=\S)){0,30}?\s)?`;

/** Subjects whose state a bounce reports about the recipient's mailbox. */
// Domino calls a user's mailbox their "mail file".
const MAILBOX = String.raw`(?:mail ?box|inbox|(?:mail ?)?folder|postbox|mail ?storage|mail ?file)`;
const FULL_STATES = ['full', 'over quota', 'over its quota', 'out of space', 'out of storage', 'out of disk space'];

/** Subjects of a closed account: the recipient's account, mailbox or address. */
const ACCOUNT = String.raw`(?:account|mail ?box|user|address|recipient)`;
const CLOSED_STATES = ['closed', 'disabled', 'deactivated', 'inactive', 'terminated', 'expired', 'frozen', 'discontinued', 'cancelled', 'canceled', 'suspended', 'no longer active', 'not active', 'no longer in use', 'no longer valid'];

/** What a size limit is about: the message or its parts. */
const MESSAGE = String.raw`(?:message|mail|e-?mail|body|attachments?|data|size)`;
const TOO_LARGE_STATES = ['too big', 'too large', 'oversized', 'oversize'];
/** A size limit said as a limit passed ("exceeds the maximum size", "over the size limit"). */
const SIZE_EXCEEDED = String.raw`(?:exceeds?|exceeded|is\s+over|over)\s+(?:the\s+|our\s+|its\s+)?(?:maximum|max\.?|allowed|permitted|configured)?\s*(?:allowed\s+|permitted\s+)?(?:message\s+)?size(?:\s+limit)?`;

/** What a block list lists: the sending IP address, host or server. */
const LISTED_SUBJECT = String.raw`(?:ip|ip address|host|client|server|mail ?server|relay|connection|network|netblock)`;
const LISTED_STATES = ['blacklisted', 'blocklisted', 'black listed', 'block listed', 'blacklist', 'blocklist', 'black list', 'block list'];

/** The sending side, refused as such: its IP address or network, or a host or server said to be the sender's. */
const SENDING_SIDE = String.raw`(?:ip|ip\s+address|ips|network|netblock|(?:your|sending|client|connecting|sender)\s+(?:ip(?:\s+address)?|host|server|mail\s?server|network))`;
const REFUSED_STATES = ['blocked', 'banned', 'denied', 'refused', 'rejected', 'filtered', 'forbidden', 'not allowed', 'not permitted', 'not accepted', 'not authorized', 'not authorised', 'not welcome'];
/** The same refusal said before its subject ("access denied for your IP", "no access for this ip"). */
const REFUSED_BEFORE = ['access denied', 'no access', 'access forbidden', 'not accepted', 'not allowed', 'blocked', 'banned'];

/**
 * Words that make the recipient the subject of a refusal, for entries about the sender's side. Not the bare word:
 * Postfix hands a policy service's refusal of the sender ("Daily sending limit reached", "Your sending domain is
 * blacklisted") over in its "Recipient address rejected:" wrapper, which names no subject.
 */
const ABOUT_THE_RECIPIENT: readonly string[] = [
  "recipient's", 'recipient domain', 'recipient mailbox', 'recipient rate', 'recipient is', 'recipient has', 'recipient does', 'recipient was',
  'recipient server', 'recipient daily', 'recipient limit', 'recipient quota', 'recipient storage', 'recipient inbox', 'recipient account',
  'for the recipient', 'for this recipient', 'to the recipient', 'to this recipient', 'per recipient', 'recipients per',
];

/** Words as one alternation of a pattern, a space standing for any white space. */
export const alternatives = (list: readonly string[]): string => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Subjects of an unknown recipient: the recipient's address, mailbox or user (X.1.1); "receiver" as non-native writers name the recipient. */
const RECIPIENT = String.raw`(?:user|recipient|receiver|mail ?box|(?:e-?mail\s+)?address|account|addressee|local\s+user|destination\s+(?:mailbox|address))`;
const UNKNOWN_STATES = ['unknown', 'not found', 'could not be found', "couldn't be found", 'cannot be found', "can't be found", 'does not exist', "doesn't exist", 'invalid', 'not valid', 'nonexistent', 'non-existent', 'not recognised', 'not recognized', 'incorrect'];
/** The same states said before their subject ("unknown user", "invalid mailbox"). */
const UNKNOWN_BEFORE = ['unknown', 'invalid', 'nonexistent', 'non-existent', 'non existent', 'no such'];

/** Subjects of a domain that does not exist (X.1.2): the recipient's domain or host name. */
const DOMAIN = String.raw`(?:domain(?:\s+name)?|host\s?name|host|recipient\s+domain|destination\s+domain|mail\s+domain)`;
const NO_DOMAIN_STATES = ['not found', 'could not be found', "couldn't be found", 'cannot be found', "can't be found", 'unknown', 'does not exist', "doesn't exist", 'invalid', 'nonexistent', 'non-existent', 'could not be resolved', 'cannot be resolved', "can't be resolved", 'not resolvable', 'unresolvable'];
const NO_DOMAIN_BEFORE = ['unknown', 'invalid', 'nonexistent', 'non-existent', 'no such', 'unresolvable'];

/**
 * Every phrase made of one choice from each list, in order: the exact
 * wordings an entry's pattern confirms, so that the scan only proposes the
 * entry where those words stand, not for every text with an "error" or a
 * "relay=" in it.
 */
function combos(...parts: ReadonlyArray<readonly string[]>): string[] {
  let out = [''];
  for (const choices of parts) out = out.flatMap((head) => choices.map((c) => `${head}${c}`));
  return [...new Set(out.map((p) => p.trim()))];
}

/** Subject and state, in either order, as one pattern. */
function eitherOrder(subject: string, states: readonly string[], before: readonly string[]): RegExp {
  return new RegExp(
    String.raw`\b${subject}\b${GAP}(?:is\s+|was\s+|currently\s+)*(?:${alternatives(states)})(?![\w-])|\b(?:${alternatives(before)})\s+(?:e-?mail\s+|local\s+|recipient\s+|destination\s+)?${subject}\b`,
  );
}

/** Exchange Online's sentences for a delivery its sender may not make: to a group, or to a recipient's accept list. */
const RESTRICTED_DELIVERY = ["don't have permission to send to", 'do not have permission to send to', 'delivery to this address is restricted'];

export const REASON_WORDS: readonly TierEntry[] = [
  // No such recipient: the address, mailbox or user does not exist there (X.1.1). Never about a domain (the next
  // entry) or the sender (the conditions every recipient id carries).
  words('recipient-unknown', {
    phrases: [...new Set([...UNKNOWN_STATES, ...UNKNOWN_BEFORE])],
    pattern: eitherOrder(RECIPIENT, UNKNOWN_STATES, UNKNOWN_BEFORE),
    unless: ['domain', 'host', 'unknown error', 'reason unknown', 'invalid command', 'invalid syntax', 'address syntax', 'sender', 'from address', 'from header', 'mail from'],
  }),

  // The recipient's domain or host name does not exist (X.1.2). Not the sending client's own name (a HELO or
  // reverse DNS check) and not the sender's domain.
  words('recipient-domain-not-found', {
    phrases: [...new Set([...NO_DOMAIN_STATES, ...NO_DOMAIN_BEFORE])],
    pattern: eitherOrder(DOMAIN, NO_DOMAIN_STATES, NO_DOMAIN_BEFORE),
    // The return (path's) domain is the sender's, as in "the return email domain is invalid".
    unless: ['helo', 'ehlo', 'client host', 'reverse', 'ptr', 'your host', 'your domain', 'from domain', 'mail from', 'return email domain', 'return domain', 'return path', 'return-path'],
  }),

  // The recipient's domain has no mail exchanger to deliver to (X.1.2 / X.4.4): "No MX for recipient domain", "no MX
  // or A for domain". Not the sender's own domain (a MAIL FROM check) and not a HELO name.
  words('no-mail-exchanger', {
    phrases: [...combos(['no mx '], ['for ', 'record for ', 'records for ', 'record found for ', 'records found for ', 'found for ', 'record ', 'records ']), 'no mx or a'],
    pattern:
      /\bno\s+mx\s+(?:or\s+a{1,4}\s+)?(?:records?\s+)?(?:found\s+)?(?:for|on|at)\s+(?:the\s+)?(?:recipient'?s?\s+|destination\s+)?(?:domain|host|\S+\.[a-z]{2,})\b|\bno\s+mx\s+records?\s+(?:found|exists?)\b/,
    unless: ['helo', 'ehlo', 'from address', 'sender', 'mail from', 'your domain', 'from domain'],
  }),

  // RFC 5321's 550 "mailbox unavailable" in other words ("Mailbox not available"): the address cannot take mail, as
  // the rule reads the standard text. Only a permanent refusal: a 450 "mailbox unavailable" is the mailbox busy.
  words('recipient-unknown', {
    phrases: combos(['mailbox ', 'mailbox is '], ['not available', 'unavailable']),
    pattern: /\b(?:requested\s+)?mail ?box\s+(?:is\s+)?(?:not\s+available|unavailable)\b/,
    codes: [550, 551, 553, 554],
    unless: ['temporarily', 'try again', 'later', 'access denied'],
  }),

  // The receiving server could not be reached (X.4.x): no route, no connection.
  words('remote-server-unreachable', {
    phrases: ['unreachable', ...combos(['could not', 'cannot', 'can not', "can't", 'unable to', 'failed to'], [' connect'])],
    pattern: /\b(?:network|host|server|destination|mail\s?server)\s+(?:is\s+)?unreachable\b|\b(?:could|can)\s?not\s+connect\b|\bcan't\s+connect\b|\bunable\s+to\s+connect\b|\bfailed\s+to\s+connect\b/,
    unless: ['database', 'ldap', 'mysql', 'backend', 'directory', 'antivirus', 'spamd', 'clamd', 'using tls', 'using ssl', 'over tls', 'over ssl', 'via tls'],
  }),

  // The receiving system failed inside (X.3.x): an internal error, a busy server. A bare "temporary failure" is
  // left alone: it is as often a DNS lookup or greylisting as the system itself.
  words('receiver-system-error', {
    phrases: [
      ...combos(['internal', 'system', 'local', 'processing', 'database', 'backend', 'storage', 'downstream', 'upstream'], [' ', ' server '], ['error', 'failure']),
      'resources temporarily unavailable',
      'busy',
      'out of memory',
      ...combos(['insufficient '], ['', 'system '], ['resources', 'storage']),
      ...combos(['temporary '], ['server', 'system'], [' error', ' failure']),
      ...combos(['system storage', 'server storage', 'system disk', 'disk'], [' full', ' is full']),
    ],
    pattern:
      /\b(?:internal|system|local|processing|database|backend|storage|downstream|upstream)\s+(?:server\s+)?(?:error|failure)\b|\bresources\s+(?:are\s+)?temporarily\s+unavailable\b|\binternal\s+server\s+error\b|\btemporary\s+(?:server|system)\s+(?:error|failure)\b|\b(?:system|server|mail\s?server|host)\s+(?:is\s+)?(?:too\s+)?busy\b|\bout\s+of\s+memory\b|\binsufficient\s+(?:system\s+)?(?:resources|storage)\b|\b(?:(?:system|server)\s+(?:storage|disk)|disk)\s+(?:is\s+)?full\b/,
    unless: ['name resolution', 'dns', 'lookup', 'authentication', 'login'],
  }),

  // The receiver takes mail only over an encrypted connection (X.7.10, X.7.11). "Encryption needed", the registry's
  // own description of X.7.10, is the status-code tier's.
  words('tls-required', {
    phrases: [
      // "requiered": a misspelling one large provider's server writes (QQ Mail: "A secure connection is requiered").
      ...combos(['tls', 'starttls', 'ssl', 'encryption', 'encrypted connection', 'secure connection'], [' ', ' is '], ['required', 'requiered', 'mandatory']),
      ...combos(['must issue', 'must use'], [' a', ''], [' starttls', ' tls', ' ssl', ' encryption']),
      ...combos(['requires', 'require'], [' tls', ' starttls', ' encryption']),
    ],
    pattern:
      /\b(?:tls|starttls|ssl|encryption|encrypted\s+connection|secure\s+connection)\s+(?:is\s+)?(?:required|requiered|mandatory)\b|\bmust\s+(?:issue\s+(?:a\s+)?starttls|use\s+(?:tls|starttls|ssl|encryption))\b|\brequires?\s+(?:tls|starttls|encryption)\b/,
  }),

  // The receiving server wants a login first (X.7.0 / RFC 4954's 530).
  words('smtp-auth-required', {
    phrases: [
      ...combos(['authentication', 'auth', 'login', 'smtp auth'], [' ', ' is '], ['required']),
      ...combos(['must '], ['authenticate', 'log in', 'login', 'be authenticated']),
      'authenticate first',
      // Postfix smtpd (smtpd_check.c, reject_sender_login_mismatch): "Sender address rejected: not logged in".
      'not logged in',
    ],
    pattern: /\b(?:authentication|auth|login|smtp\s+auth)\s+(?:is\s+)?required\b|\bmust\s+(?:authenticate|log\s?in|be\s+authenticated)\b|\bauthenticate\s+first\b|\bnot\s+logged\s+in\b/,
    unless: ['tls', 'starttls', 'encryption'],
  }),

  // The receiver requires reverse DNS for the sending IP and found none (X.7.25).
  words('server-ptr-missing', {
    phrases: ['ptr record', 'ptr lookup', 'no ptr', 'missing ptr', 'a ptr', 'valid ptr', 'ptr failed', 'ptr missing', 'ptr not found', 'ptr required', 'reverse dns', 'rdns', 'reverse lookup'],
    pattern:
      /\b(?:no|missing|without)\s+(?:a\s+|valid\s+)?(?:dns\s+)?(?:ptr|reverse\s+dns|rdns|reverse\s+lookup)\b|\b(?:ptr|rdns|reverse\s+dns)\s+(?:record\s+)?(?:lookup\s+)?(?:failed|missing|not\s+found|required)\b/,
  }),

  // The client's HELO/EHLO name was refused (RFC 5321 section 4.1.1.1: a fully qualified name or an address literal),
  // also because it does not resolve in DNS.
  words('helo-refused', {
    phrases: ['helo', 'ehlo'],
    pattern:
      /\b(?:helo|ehlo)\b(?:\/(?:helo|ehlo))?(?:\s+(?:name|command|hostname|host\s+name|argument|greeting|domain))?(?:\s+\[[^\]\s]{1,253}\])?\s+(?:is\s+|was\s+)?(?:rejected|refused|invalid|not\s+valid|malformed|bad|denied|forged|(?:does\s+not|doesn't|did\s+not|could\s+not|cannot)\s+(?:be\s+)?resolved?|unresolvable|not\s+resolvable|not\s+(?:a\s+)?fqdn|not\s+fully\s+qualified|requires?\s+(?:a\s+)?(?:valid|fully)|(?:must|should)\s+be\s+(?:a\s+)?(?:valid\s+)?(?:fqdn|fully[\s-]qualified))\b|\b(?:invalid|bad|illegal|forged|bogus)\s+(?:helo|ehlo)\b/,
  }),

  // An attachment, file type or MIME type the receiver does not take (X.6.x, X.7.1 on content).
  words('message-content-rejected', {
    phrases: ['attachment', 'file type', 'mime type', 'extension'],
    pattern:
      /\b(?:attachments?\b(?:\s+type)?|(?:file|mime)\s+types?(?:\s+["']?[a-z0-9.+-]+\/[a-z0-9.+-]+["']?)?)\s+(?:is\s+|are\s+)?(?:not\s+allowed|forbidden|prohibited|blocked|rejected|refused|banned|not\s+permitted|disallowed|blacklisted|blocklisted)\b|\b(?:forbidden|prohibited|blocked|banned|dangerous|disallowed|illegal|executable|blacklisted|blocklisted)\s+(?:file\s+|mime\s+)?(?:attachments?|(?:file|mime)\s+types?|extensions?)\b|\b(?:bad|unsafe|unacceptable)\s+(?:file\s+(?:extensions?|types?)|attachments?)\b/,
  }),

  // The recipient's own filter or block list refused the sender, "rejected by this user" (not the receiving server's
  // policy: "the recipient server" or "the recipient's domain" is the receiving side as a whole).
  words('recipient-filtered', {
    phrases: [
      ...combos(['blocked', 'rejected', 'refused', 'filtered'], [' by '], ['recipient', 'the recipient', 'this recipient', 'this user', 'the user', 'the addressee']),
      ...combos(["recipient's ", 'recipient '], ['filter', 'rules', 'block list', 'blocklist']),
      ...combos(['recipient '], ['', 'has '], ['blocked you', 'blocked your', 'blocked the sender']),
    ],
    pattern:
      /\b(?:blocked|rejected|refused|filtered)\s+by\s+(?:the\s+|this\s+)?(?:recipient|user|addressee)(?:'s)?(?!\s*(?:server|domain|mx|host|system|mail\s?server|organi[sz]ation|isp|provider|database|directory|account|policy|rules?\s+of))\b|\brecipient(?:'s)?\s+(?:filter|rules|block\s?list)\b|\brecipient\s+(?:has\s+)?blocked\s+(?:you|your|the\s+sender)\b/,
  }),

  // The receiver refuses the envelope sender (X.7.1 on the sender, X.1.8): the sender address is blocked there. A
  // listing is proposed by its first words and confirmed by the pattern (every wording as a phrase of its own would
  // take thousands of automaton states).
  words('sender-address-rejected', {
    phrases: [
      ...combos(['sender', 'sender address', 'sender email address', 'from address'], [' ', ' is '], ['blocked', 'not allowed', 'refused', 'denied', 'banned', 'not permitted', 'blacklisted', 'blocklisted']),
      ...combos(['sender', 'sender address', 'sender email address', 'from address'], [' is on ', ' is listed ', ' listed ']),
      ...combos(['sender has been ', 'sender was '], ['blocked', 'refused', 'denied', 'banned', 'blacklisted', 'blocklisted']),
    ],
    pattern:
      /\b(?:(?:envelope\s+)?sender|sender\s+address|sender\s+email\s+address|from\s+address)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:blocked|not\s+allowed|refused|denied|banned|not\s+permitted|blacklisted|blocklisted)\b|\b(?:sender|sender\s+address|sender\s+email\s+address|from\s+address)\s+(?:is\s+)?(?:listed\s+)?(?:on|in)\s+(?:a|the|our)\s+(?:blocklist|blacklist|block\s+list|black\s+list)\b/,
  }),

  // The receiver takes mail from this server only so fast (X.7.0, 421/450 with a rate): "Rate limit exceeded", "Too
  // many messages, slow down". Not the recipient's own intake, and not the sender's provider's daily quota.
  words('sender-rate-limited', {
    phrases: [
      ...combos(['rate limit ', 'rate-limit ', 'rate limits '], ['exceeded', 'reached', 'hit']),
      'rate limited',
      'rate-limited',
      'ratelimited',
      'too many messages',
      'slow down',
      'sending too fast',
      ...combos(['sending too many '], ['emails', 'messages', 'mails', 'e-mails']),
      'message rate exceeded',
      ...combos(['too many '], ['emails', 'mails', 'e-mails'], [' from your', ' in a short time', ' too fast']),
    ],
    // A refused login or account is the sender's own provider limiting the account (a sending quota), not a receiver.
    // Postfix's "Recipient address rejected:" is only the wrapper a policy service's refusal comes in: the recipient
    // vetoes as the subject of the limit ("recipient rate", "for this recipient"), not as that wrapper.
    unless: [
      'recipient rate', 'for this recipient', 'for the recipient', 'to this recipient', 'to the recipient', 'per recipient', 'recipient is', "recipient's",
      'mailbox', 'receiving', 'daily', 'quota', 'per day', 'sending limit', 'reputation', 'complaints', 'too many messages in folder', 'sasl', 'login', 'authenticat', 'your account',
    ],
  }),

  // The sender's domain refused as such, on the receiver's list or a public one ("Your domain is blacklisted").
  // Authentication results (SPF, DKIM, DMARC) have their own readings.
  words('sender-address-rejected', {
    phrases: combos(['your domain', 'sender domain', "sender's domain", 'from domain', 'sending domain'], [' ', ' is ', ' has been ']),
    pattern:
      /\b(?:your|sender|sender's|from|sending)\s+domain\s+(?:(?:is\s+|has\s+been\s+)?(?:blacklisted|blocklisted|blocked|banned)|is\s+(?:listed\s+)?(?:on|in)\s+a\s+(?:blacklist|blocklist|block\s+list|black\s+list))\b/,
    unless: ['spf', 'dkim', 'dmarc', ...ABOUT_THE_RECIPIENT],
  }),

  // A link or a domain named in the message body is on a block list (a URI list such as Spamhaus DBL or SURBL).
  words('url-blocklisted', {
    phrases: [
      ...combos(['url', 'uri', 'link', 'website', 'web site'], [' in '], ['message', 'the message', 'body', 'the body', 'email', 'the email']),
      ...combos(['blacklisted ', 'blocklisted ', 'blocked ', 'listed '], ['url', 'uri', 'link', 'domain in', 'website']),
      ...combos(['link to a '], ['blacklisted', 'blocklisted', 'blocked', 'listed']),
      ...combos(['url', 'uri', 'link'], [' that is ', ' which is ']),
      ...combos(['prohibited ', 'forbidden ', 'banned '], ['domain in', 'url in', 'uri in', 'link in', 'website in']),
    ],
    pattern:
      /\b(?:url|uri|link)s?\s+(?:that|which)\s+(?:is|are)\s+(?:blacklisted|blocklisted|blocked|banned)\b|\b(?:url|uri|link|website|web\s+site)s?\s+in\s+(?:the\s+|your\s+)?(?:message|body|e-?mail|content)\b[^.;\n]{0,20}?\b(?:is\s+|are\s+)?(?:blacklisted|blocklisted|blocked|listed|banned)\b|\b(?:contains?|with|has)\s+(?:a\s+|an\s+)?(?:link\s+to\s+a\s+)?(?:blacklisted|blocklisted|blocked|listed|banned)\s+(?:url|uri|link|domain|website|site)s?\b|\b(?:prohibited|forbidden|banned|blocked|blacklisted|blocklisted|listed)\s+(?:domain|url|uri|link|website)s?\s+in\s+(?:the\s+|your\s+)?(?:body|message|e-?mail|content|text)\b/,
    unless: ['not listed', 'not blacklisted', 'not blocklisted', 'not blocked', 'not banned'],
  }),

  // The message breaks the Internet Message Format it must follow (RFC 5322, earlier RFC 2822 and 822).
  words('message-not-rfc-compliant', {
    // Proposed by the newer numbers only: "rfc822;" stands in every delivery report's address fields.
    phrases: ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822'],
    pattern: /\b(?:not|non)[\s-]+compliant\b[^.;\n]{0,20}\brfc\s*(?:5322|2822)\b|\brfc\s*(?:5322|2822)\b[^.;\n]{0,20}\b(?:violation|non[\s-]?compliant|not\s+compliant)\b|\b(?:does\s+not|doesn't|did\s+not|fails?\s+to)\s+comply\s+with\s+rfc\s*(?:5322|2822)\b|\b(?:violates?|violation\s+of|breaks?)\s+rfc\s*(?:5322|2822)\b|\bnot\s+rfc\s*(?:5322|2822)\s+compliant\b|\brfc\s*(?:5322|2822)\s+requirements?\b/,
  }),

  // The message said not to conform to the standards ("Message does not conform to standards", MDaemon; "… to RFC
  // 5322"): its format, not its content.
  words('message-not-rfc-compliant', {
    phrases: ['not conform to', "n't conform to"],
    pattern: /\b(?:message|mail|e-?mail|header|headers|content)\b[^.;\n]{0,20}?\b(?:does\s+not|doesn't|did\s+not|do\s+not)\s+conform\s+to\s+(?:the\s+|internet\s+|smtp\s+|mail\s+)?(?:standards?|rfcs?(?:\s*\d{3,4})?)\b/,
  }),

  // The encrypted connection to the receiver could not be set up: a failed handshake or a certificate it would not
  // accept (the receiver's own certificate expired or not yet valid).
  words('tls-handshake-failed', {
    phrases: [
      ...combos(['ssl ', 'tls '], ['handshake ', 'negotiation ', 'session '], ['failed', 'failure', 'error']),
      ...combos(['certificate '], ['has expired', 'expired', 'is not yet valid', 'not yet valid', 'is not valid']),
      'self-signed certificate',
      'self signed certificate',
      'invalid peer certificate',
      'invalid certificate',
      'untrusted certificate',
    ],
    unless: ['client certificate'],
  }),

  // The sender's own account was stopped by its provider for what it sent (spam, abuse, activity that looks like a
  // stolen password): never a recipient's account.
  words('outgoing-account-locked', {
    phrases: combos(['your ', 'sending ', 'sender '], ['account', 'email account', 'e-mail account', 'mail account', 'mailbox']),
    pattern:
      /\b(?:your|sending|sender)\s+(?:e-?mail\s+|mail\s+)?(?:account|mailbox)\b[^.;:!?\n]{0,20}?\b(?:has\s+been\s+|was\s+|is\s+|been\s+)?(?:temporarily\s+|permanently\s+)?(?:suspended|blocked|locked|disabled|deactivated|frozen)\b[^.;!?\n]{0,30}?\b(?:for|due\s+to|because\s+of)\s+(?:sending\s+)?(?:spam|spamming|abuse|suspicious|unusual|bulk|unsolicited)/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // The sender's own provider's quota, said the other way round ("You have reached your daily sending limit").
  words('sending-quota-exceeded', {
    phrases: combos(['reached ', 'exceeded ', 'hit '], ['your ', 'the ', 'its '], ['daily', 'hourly'], [' sending', ' send', ''], [' limit', ' quota']),
    unless: [...ABOUT_THE_RECIPIENT, 'receiv', 'size'],
  }),
  // The same limit named as the account's number of messages ("You (jan) have reached your message limit", as a
  // hosting panel's Exim says it), without a period.
  words('sending-quota-exceeded', {
    phrases: combos(['reached ', 'exceeded ', 'hit ', 'over '], ['your '], ['message', 'messages', 'email', 'e-mail', 'mail', 'sending'], [' limit', ' quota']),
    unless: [...ABOUT_THE_RECIPIENT, 'receiv', 'size'],
  }),

  // Too much mail for one recipient in a short time: the recipient's intake, not this server's rate.
  words('recipient-rate-limited', {
    phrases: [
      ...combos(['too many '], ['emails', 'messages', 'mails'], [' for ', ' to '], ['this recipient', 'the recipient', 'this mailbox', 'this user', 'recipient']),
      ...combos(['recipient '], ['rate limit ', 'rate-limit '], ['exceeded', 'reached']),
    ],
  }),

  // The sending IP's reputation named as the reason ("Your IP has a poor reputation").
  words('ip-reputation-throttled', {
    phrases: combos(['poor ', 'bad ', 'low ', 'negative '], ['reputation']),
    // Also the subject after the words: "Poor Reputation Sender" (a reputation list's verdict on the sender, such as
    // Cloudmark Sender Intelligence behind Mimecast's csi.mimecast.org), "the sending MTA's poor reputation".
    pattern: /\b(?:ip|ip\s+address|server|your\s+host|sending\s+host|network|mta)\b(?:[^.;:!?\n]|\.(?=\S)){0,40}?\b(?:poor|bad|low|negative)\s+reputation\b|\b(?:poor|bad|low|negative)\s+reputation\s+(?:of|for)\s+(?:your|the\s+sending|this)\s+(?:ip|server|host|network)\b|\b(?:poor|bad|low|negative)\s+reputation\s+sender\b/,
    unless: ['domain', 'url', 'link', 'sender address'],
  }),

  // SPF or DKIM named as failed for the message (RFC 7208, RFC 6376): the sending domain's authentication did not hold.
  // Proposed by the words around the name: cPanel's Exim names its router and transport "dkim_lookuphost" and
  // "dkim_remote_smtp" on every delivery line.
  words('sender-authentication-failed', {
    phrases: [
      ...combos(['spf ', 'dkim '], ['signature', 'check', 'record', 'validation', 'verification', 'authentication', 'test', 'fail', 'is invalid', 'invalid', 'not valid', 'did not pass']),
      ...combos(['failed ', 'failed the ', 'invalid ', 'bad ', 'broken '], ['spf', 'dkim']),
      // RFC 7372's X.7.20 and X.7.21 in other words: "No valid DKIM signature found".
      ...combos(['no valid ', 'no passing ', 'no acceptable '], ['dkim signature']),
    ],
    pattern:
      /\b(?:spf|dkim)(?:\s+(?:signature|check|record|validation|verification|authentication|test))?\s+(?:is\s+|was\s+|has\s+)?(?:failed|invalid|not\s+valid|fail(?:ure)?|did\s+not\s+pass|does\s+not\s+pass)\b|\bfailed\s+(?:the\s+)?(?:spf|dkim)(?:\s+(?:check|validation|verification|test))?\b|\b(?:invalid|bad|broken)\s+(?:spf|dkim)(?:\s+(?:signature|record))?\b|\bno\s+(?:valid|passing|acceptable)\s+dkim\s+signature\b/,
    unless: ['dmarc', 'spf=pass', 'dkim=pass', 'not fail'],
  }),

  // "SPF error" as the reason: RFC 7208's error results (temperror, permerror) are about evaluating the domain's
  // record, not a sender the record refuses ("SPF Error: senders are required to provide correct SPF records").
  words('spf-invalid', {
    phrases: ['spf error'],
    unless: ['not allowed', 'not permitted', 'not authorized', 'not authorised', 'fail', 'no spf error'],
  }),

  // The retries said to have run out in other words ("multiple delivery attempts failed"): RFC 3463 X.4.7, the
  // delivery time expired.
  words('delivery-expired', {
    phrases: ['delivery attempts failed', 'delivery attempts have failed', 'delivery attempts has failed'],
    pattern: /\b(?:multiple|repeated|all|several|many|\d+)\s+delivery\s+attempts\s+(?:have\s+|has\s+)?failed\b/,
  }),

  // A block list named by its DNS zone after "blocked by" ("Email blocked by bl.example.net", "rejected by
  // dnsbl.example.org"): DNS block lists are published under zones named bl., rbl. or dnsbl. (RFC 5782's examples).
  words('server-blocklisted', {
    phrases: combos(['blocked by ', 'rejected by ', 'refused by ', 'listed by ', 'listed in ', 'listed on '], ['bl.', 'rbl.', 'dnsbl.']),
    pattern: /\b(?:blocked|rejected|refused|listed)\s+(?:by|in|on)\s+(?:the\s+)?(?:bl|rbl|dnsbl)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'not listed'],
  }),

  // An SPF check's result given by its RFC 7208 name (section 2.6) as the reason: "fail" or "softfail" is a sender not
  // authorised by its domain's record; "none" or "permerror" is a domain with no usable record at all.
  words('sender-authentication-failed', {
    phrases: ['spf check result', 'spf result', 'spf='],
    pattern: /\bspf(?:\s+check)?(?:\s+result(?:\s+is)?\s*[:=]?\s*|=)(?:fail|softfail)\b/,
    unless: ['dmarc'],
  }),
  words('spf-invalid', {
    phrases: ['spf check result', 'spf result', 'spf='],
    pattern: /\bspf(?:\s+check)?(?:\s+result(?:\s+is)?\s*[:=]?\s*|=)(?:none|permerror)\b/,
    unless: ['dmarc'],
  }),

  // A group or mailing list that takes posts only from its members.
  words('group-post-refused', {
    phrases: combos(['not allowed to ', 'not permitted to ', 'no permission to ', 'not authorized to ', 'not authorised to '], ['post ', 'send '], ['to this group', 'to the group', 'to this list', 'to this mailing list', 'to the list']),
  }),

  // A sending provider's daily or hourly quota for the account is used up.
  words('sending-quota-exceeded', {
    phrases: combos(['daily', 'hourly', 'sending', 'send', 'outgoing', 'daily sending', 'hourly sending'], [' '], ['limit', 'quota'], [' '], ['exceeded', 'reached', 'has been exceeded', 'has been reached', 'exhausted']),
    unless: [...ABOUT_THE_RECIPIENT, 'receiv', 'size'],
  }),

  // The receiver's scanner found a virus or other malware in the message (X.7.1 with a verdict on the content).
  // Not a listing that calls the sending computer infected (a botnet list's words).
  words('virus-detected', {
    phrases: [
      'appears infected',
      'appears to be infected',
      'infected with',
      // A scanner's verdict line, "Infected: Win.Test.EICAR_HDB-1" (ClamAV's signature name after it).
      'infected:',
      ...combos(['infected '], ['attachment', 'attachments', 'file', 'message', 'email', 'e-mail', 'content']),
      ...combos(['malware ', 'trojan ', 'ransomware '], ['found', 'detected', 'identified']),
      ...combos(['contains '], ['a trojan', 'ransomware', 'an infected']),
      ...combos(['message is ', 'attachment is ', 'file is '], ['infected']),
    ],
    unless: ['not infected', 'no virus', 'clean', 'your computer', 'botnet', 'listed', 'your ip', 'your server', 'your host'],
  }),

  // The message came round in a loop (X.4.6).
  words('mail-loop', {
    phrases: ['loop'],
    pattern: /\b(?:mail|routing|delivery|forwarding|message)?\s*loops?\s+(?:detected|found)\b|\bloops?\s+back\b/,
    unless: ['loopback'],
  }),

  // The recipient's mailbox, inbox or folder is full or over its quota (RFC 3463 X.2.2).
  words('recipient-mailbox-full', {
    phrases: FULL_STATES,
    pattern: new RegExp(String.raw`\b${MAILBOX}\b${GAP}(?:is\s+|was\s+|currently\s+|now\s+)*(?:${alternatives(FULL_STATES)})\b`),
  }),
  // The same said of the recipient's storage: a user or mailbox that has used up its storage, disk or mailbox quota
  // (X.2.2). A quota of sending or of messages per day is the sender's, and never counts.
  words('recipient-mailbox-full', {
    phrases: combos(['exceeded ', 'used up ', 'reached ', 'over ', 'above '], ['its ', 'their ', 'his ', 'her ', 'the ', 'your '], ['storage', 'disk', 'mailbox', 'mail storage', 'disk space', 'storage space']),
    pattern: /\b(?:user|recipient|mail ?box|account|inbox|addressee)\b(?:[^.;:!?\n]{0,30}?\s)?(?:has\s+|have\s+|is\s+)?(?:exceeded|used\s+up|reached|over|above)\s+(?:its|their|his|her|the|your)\s+(?:storage|disk|mailbox|mail\s+storage|disk\s+space|storage\s+space)(?:\s+(?:quota|limit|allocation|space))?\b/,
    // Nor the sender's own account or mailbox ("your mailbox has exceeded its storage quota": it cannot send).
    unless: ['sender', 'sending', 'outgoing', 'per day', 'per hour', 'your account', 'your mailbox', 'your email account', 'your e-mail account', 'to send'],
  }),

  // The recipient's account or mailbox was closed, switched off or suspended (X.2.1). Never the sender's own
  // account ("your account has been suspended" is about the sender's login or sending).
  words('recipient-disabled', {
    phrases: CLOSED_STATES,
    pattern: new RegExp(
      String.raw`\b${ACCOUNT}\b${GAP}(?:is\s+|has\s+been\s+|was\s+|currently\s+|temporarily\s+|permanently\s+)*(?:${alternatives(CLOSED_STATES)})\b|\b(?:${alternatives(CLOSED_STATES)})\s+(?:e-?mail\s+|mail\s+|user\s+|recipient\s+)?${ACCOUNT}\b`,
    ),
    unless: ['sender', 'your account', 'your mailbox', 'your email account', 'your e-mail account', 'your user', 'sending account', 'authentication', 'login', 'sasl', 'smtp auth', 'outgoing', 'outbound', 'password', 'for sending', 'message sending', 'sending for', 'sending from'],
    // The replies that refuse a recipient or a message; a login's 535 ("Account is not active") is the sender's own.
    codes: [450, 451, 452, 550, 551, 552, 553, 554],
  }),

  // The message (or an attachment) is larger than the receiver takes (X.2.3, X.3.4).
  words('message-too-large', {
    phrases: [
      ...TOO_LARGE_STATES,
      ...combos(['exceeds ', 'exceeded ', 'over '], ['the ', 'our ', ''], ['maximum size', 'max size', 'maximum message size', 'allowed size', 'permitted size', 'size limit', 'maximum allowed size']),
    ],
    pattern: new RegExp(
      String.raw`\b${MESSAGE}\b${GAP}(?:is\s+|was\s+|are\s+)*(?:${alternatives(TOO_LARGE_STATES)})\b|\b(?:oversized?)\s+(?:message|mail|e-?mail|attachment)|\b(?:message|mail|e-?mail|attachments?|data)\b${GAP}${SIZE_EXCEEDED}\b`,
    ),
    unless: ['line too long', 'header too large', 'header too long', 'headers too large', 'too large a number'],
  }),

  // The sending IP address, host or server is on a block list (X.7.1 with a listing).
  words('server-blocklisted', {
    phrases: LISTED_STATES,
    pattern: new RegExp(
      String.raw`\b${LISTED_SUBJECT}\b${GAP}(?:is\s+|was\s+|has\s+been\s+|listed\s+|currently\s+)*(?:on\s+|in\s+)?(?:a\s+|an\s+|our\s+|the\s+)?(?:${alternatives(LISTED_STATES)})(?:ed)?\b|\b(?:blacklisted|blocklisted)\s+(?:sending\s+|sender\s+|client\s+)?(?:ip|host|server)\b`,
    ),
    // A list of the recipient's own, or one about the sender's address or domain, is not the server's listing.
    unless: ["recipient's", 'personal', 'address book', 'blocked senders', 'sender address', 'sender domain', 'domain is blacklisted', 'url', 'uri'],
  }),

  // The sending IP address or server refused as such, no list named (Sisimai's "blocked": "banned sending ip", "bad
  // sender ip address", "server access forbidden by your ip"): the receiver will not take mail from that address.
  // Only subjects that are the sender's side: an IP or network (a receiver never refuses its own), or a host or
  // server that is "yours", "sending", "client" or "connecting" — "the recipient server rejected …" is the receiver.
  // A bare "connection refused" is the network's word for a closed port, and stays unreachable; Postfix's "Client
  // host rejected:" only frames the reason that follows it (a reverse-DNS check, an access list, a provider's code).
  // Proposed by the sending side's own words (the states "rejected", "denied" … stand in most refusals of any kind).
  words('server-blocklisted', {
    phrases: [
      ...combos(['your ', 'sending ', 'client ', 'connecting ', 'sender '], ['ip', 'host', 'server', 'mail server', 'mailserver', 'network']),
      'ip address',
      'network',
      'netblock',
      ...combos(['ip ', 'ips '], REFUSED_STATES),
      ...combos(REFUSED_BEFORE, [' for ', ' from ', ' to '], ['your', 'this', 'the ', 'that', 'ip', 'network', 'netblock', 'sending', 'client']),
    ],
    pattern: new RegExp(
      String.raw`\b${SENDING_SIDE}\b${GAP}(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+|been\s+|currently\s+|temporarily\s+|permanently\s+)*(?:${alternatives(REFUSED_STATES)})\b|\b(?:${alternatives(REFUSED_BEFORE)})\s+(?:for|from|to)\s+(?:your\s+|this\s+|the\s+|that\s+)?(?:ip(?:\s+address)?|network|netblock|(?:sending\s+|client\s+)?(?:host|server))\b`,
    ),
    unless: [
      'client host rejected',
      'recipient',
      'sender address',
      'from address',
      'relay',
      'spf',
      'on behalf',
      'designated',
      'permitted sender',
      'not authorized to send',
      'not authorised to send',
      'authenticat',
      'too many',
      'rate',
      'reputation',
      'ptr',
      'reverse',
      'rdns',
      'helo',
      'ehlo',
      'tls',
    ],
  }),

  // DMARC named as the reason (X.7.1 with the sender's domain policy): the receiver applied the domain's policy.
  words('dmarc-reject', {
    phrases: ['dmarc'],
    pattern: /\bdmarc\b(?:[^.;:!?\n]{0,30}?)\b(?:fail(?:s|ed|ure)?|reject(?:s|ed|ion)?|violat(?:es|ed|ion)|policy|verification|validation|check)\b|\b(?:due\s+to|fail(?:s|ed|ing)?|violat(?:es|ed|ing)|(?:did|does)\s+not\s+pass|rejected\s+by)\s+(?:the\s+)?(?:sender'?s?\s+|domain'?s?\s+)?dmarc\b/,
  }),

  // A message refused as spoofed: its sender domain's authentication (SPF, DKIM, DMARC) did not hold up.
  words('sender-authentication-failed', {
    phrases: ['spoof'],
    pattern: /\bspoof(?:ed|ing|s)?\b/,
    unless: ['not spoofed', 'anti-spoofing is disabled'],
  }),

  // The receiving server does not relay for the sender (X.7.1 relaying denied).
  words('relay-denied', {
    // Proposed by the subject and a space ("relay ", not a log's "relay="); the pattern says the state.
    phrases: ['relay ', 'relaying ', 'unauthorized relay', 'unauthorised relay', 'illegal relay', 'no relay', 'not relay', "can't relay", 'not a relay', 'to relay', 'allowed relay'],
    pattern:
      /\brelay(?:ing)?(?:\s+access)?(?:\s+(?:is|was|has\s+been))?\s+(?:denied|prohibited|refused|forbidden|disallowed|rejected|not\s+(?:permitted|allowed|authori[sz]ed))\b|\b(?:unauthori[sz]ed|illegal|no)\s+relay(?:ing)?\b|\b(?:do|does|will|can)\s?not\s+relay\b|\bcan't\s+relay\b|\bnot\s+a\s+relay\b|\bnot\s+(?:allowed|permitted|authori[sz]ed)\s+(?:to\s+)?relay\b/,
  }),

  // A refusal for the receiver's policy, said in so many words (X.7.1, X.7.0).
  words('receiver-policy', {
    phrases: ['policy', 'policies'],
    pattern:
      /\bpolicy\s+(?:violation|rejection|restrictions?|reasons?)\b|\b(?:violates?|violation\s+of|against|per|by|due\s+to|for)\s+(?:(?:our|the|local|site|company|security|server|internal)\s+){0,2}polic(?:y|ies)\b/,
  }),

  // The receiver's filter judged the message spam or junk (X.7.1 with a spam verdict). Only the verdict's words
  // count: "spam" inside an address or a link ("…/spam-policy") is not a verdict.
  words('remote-spam-content', {
    phrases: ['spam', 'junk', 'bulk mail', 'unsolicited', 'bulk email', 'bulk e-mail', 'unwanted mail', 'unwanted email', 'phishing', 'as bulk'],
    pattern:
      /\b(?:identified|classified|detected|marked|flagged|considered|recogni[sz]ed|judged|rated|scored|tagged|categori[sz]ed|rejected|blocked|refused|quarantined)\s+as\s+(?:(?:likely|possible|probable|potential|suspected)\s+)?(?:spam|junk|bulk(?:\s+(?:e-?)?mail)?|unsolicited)\b|\b(?:rejected|refused|blocked|denied|bounced|stopped)\s+(?:due\s+to|because\s+of|for\s+being)\s+(?:(?:likely|possible|probable|suspected)\s+)?(?:spam|junk|bulk\s+(?:e-?)?mail)\b|\b(?:rejected|refused|blocked)\s*[:,-]\s*(?:spam|junk|bulk\s+(?:e-?)?mail)\b|\b(?:rejected|refused|blocked|denied)\s+(?:a\s+)?(?:spam|junk)[\s-](?:message|mail|e-?mail)\b|\b(?:looks|appears|seems)\s+(?:like|to\s+be)\s+(?:spam|junk)\b|(?:^|[\s(])(?:spam|junk)\s+(?:score|content|detected|suspected)\b|\b(?:likely|possible|probable|suspected)\s+(?:spam|junk)\b|\b(?:bulk|unsolicited|unwanted)\s+(?:e-?mail|mail|messages?)\s+(?:is\s+|are\s+)?(?:rejected|refused|blocked|not\s+accepted|not\s+allowed)\b|\b(?:rejected|blocked|refused|denied|stopped|caught|held)\s*,?\s+(?:automatically\s+)?by\s+(?:the\s+|our\s+|an\s+)?(?:[a-z][\w.+-]*\s+){0,2}?(?:spam\s?assassin|spam\s?filter|anti-?spam\+?(?:\s+(?:filter|system|engine))?|rspamd|spamd)(?![\w-])|\b(?:denied|rejected|refused|blocked)\s+(?:for|as)\s+spam\b|\bphishing\s+(?:detected|suspected|attempt|message|content)\b|\b(?:identified|classified|detected|flagged|marked)\s+as\s+(?:a\s+)?phishing\b|\bsuspected\s+phishing\b/,
    // The opposite verdicts.
    unless: ['no phishing', 'not phishing', 'no spam', 'not spam', 'not rejected', 'not classified', 'not marked', 'not flagged', 'not considered'],
  }),

  // A size limit said as "… size exceeded" (RFC 3463 X.2.3, X.3.4): only the message's size, not a mailbox's or a
  // domain's storage (that is a full mailbox) and not a header's.
  words('message-too-large', {
    phrases: ['message size exceeded', 'message size limit exceeded', 'message size has been exceeded'],
    unless: ['mailbox', 'quota', 'storage', 'header', 'domain size'],
  }),

  // Lines longer than the Internet Message Format allows (RFC 5322 section 2.1.1: 998 characters; RFC 5321 section
  // 4.5.3.1.6 and its "500 Line too long" reply in 4.5.3.1.10). A command line that is too long is a client fault.
  words('message-not-rfc-compliant', {
    phrases: ['line too long', 'line is too long', 'lines too long', 'line length', 'line exceeds'],
    pattern: /\blines?\s+(?:is\s+|are\s+)?too\s+long\b|\bline\s+length\b(?:[^.\n]|\.(?=\S)){0,40}?\bexceed(?:s|ed)\b|\bline\s+exceeds\s+(?:the\s+)?(?:maximum|limit|\d+)/,
    unless: ['command line', 'command too long'],
  }),

  // A header field RFC 5322 section 3.6 requires exactly once (From, Date) is missing, doubled or unreadable, or one
  // that receivers demand beside them (To, Subject, and Message-ID, which RFC 5322 says every message should have) is
  // missing: "Messages without To: fields are not accepted", "Missing required header field: From". Also a field that
  // section 3.6's table allows at most once given twice ("duplicate To header"), a field called invalid or bad before
  // its name, and a Date field (section 3.6.1: when the message was written) far in the past or the future.
  words('message-not-rfc-compliant', {
    phrases: [
      ...combos(['duplicate ', 'duplicated ', 'invalid ', 'malformed ', 'bad '], ['from ', 'date ', 'to ', 'subject ', 'message-id ', 'cc ', 'reply-to ', 'sender ']),
      ...combos(['date header ', 'date field '], ['far in', 'in the', 'is in the', 'is far', 'too far', 'is too far']),
      ...combos(['header ', 'field '], ['is missing', 'missing', 'is invalid', 'invalid', 'is malformed']),
      ...combos(['missing ', 'no ', 'not exactly one ', 'more than one ', 'multiple '], ['from ', 'date ']),
      // A name in quotes ("'From' header is missing", "missing 'From' header").
      "from' header",
      'from" header',
      // The other fields by their names before "header", "field" or a colon; "without" and "required header" as words.
      ...combos(['to', 'subject', 'message-id'], [' header', ': header', ' field', ': field']),
      'without',
      'required header',
    ],
    // Proposed by the state's words; the pattern names the field.
    pattern:
      /\b["']?(?:from|date|to|subject|message-id)["']?:?\s+(?:header|field|header\s+field)\s+(?:is\s+)?(?:missing|invalid|malformed)\b|\b(?:duplicated?|invalid|malformed|bad)\s+["']?(?:from|date|to|subject|message-?id|cc|reply-to|sender)["']?:?\s+(?:header|field)s?\b|\bdate:?\s+(?:header|field)\s+(?:is\s+)?(?:too\s+)?(?:far\s+)?in\s+the\s+(?:past|future)\b|\b(?:missing|no|not\s+exactly\s+one|more\s+than\s+one|multiple)\s+(?:the\s+|a\s+)?(?:valid\s+)?["']?(?:from|date|to|subject|message-?id)["']?:?\s+(?:header|field|line)s?\b|\bwithout\s+(?:an?\s+)?(?:valid\s+)?"?(?:from|date|to|subject|message-?id)"?:?\s+(?:header|field|line)s?\b|\bmissing\s+(?:the\s+)?required\s+header(?:\s+field)?s?\b/,
    unless: ['mail from', 'envelope', 'rcpt to'],
  }),

  // The sender's own provider found no server of the recipient's domain to talk to (X.4.1): none answered.
  words('remote-server-unreachable', {
    phrases: ['no smtp server', 'no mail servers', 'no servers'],
    pattern: /\bno\s+(?:smtp\s+servers?|mail\s+servers|servers)\s+(?:were\s+|was\s+|are\s+|is\s+|could\s+be\s+)?(?:available|reachable|reached)\b/,
  }),
  // "connect to mx.example.net[192.0.2.1]:25 failed", "connection to the recipient's server failed".
  words('remote-server-unreachable', {
    phrases: ['connect to', 'connection to'],
    pattern: /\bconnect(?:ion)?\s+to\b(?:[^.;\n]|\.(?=\S)){0,80}?\b(?:failed|failure)\b/,
    unless: ['database', 'ldap', 'mysql', 'backend', 'directory', 'antivirus', 'spamd', 'clamd', 'redis', 'login', 'authentication', 'using tls', 'using ssl', 'over tls', 'over ssl', 'via tls'],
  }),

  // The sender address must be the logged-in account's own (X.7.1 / X.1.8 at a submission server): the address does
  // not belong to the login. QQ Mail's "mail from address must be same as authorization user", NetEase's "Mail from
  // must equal authorized user", and a forged sender, in a server's words.
  words('sender-address-rejected', {
    phrases: ['must be same as', 'must be the same as', 'must equal', 'must match', 'does not match', "doesn't match", 'forged sender', 'sender address is forged', 'forged from address', 'conform with authentication', 'as a sender', 'as sender domain'],
    // Also the login and the sender named and said not to match ("Username a@x and sender b@y doesn't match"), a sender
    // that "doesn't conform with authentication" (Aliyun), a domain one may not use "as a sender domain" (SmarterMail).
    pattern:
      /\b(?:must\s+be\s+(?:the\s+)?same\s+as|must\s+(?:equal|match)|does\s+not\s+match|doesn't\s+match)\s+(?:the\s+|your\s+)?(?:authori[sz]ation|authori[sz]ed|authenticated|login|logged[\s-]in|smtp\s+login)(?:\s+user)?\b|\bforged\s+(?:sender|from\s+address)\b|\bsender\s+address\s+is\s+forged\b|\b(?:user\s?name|login|account)\b(?:[^.;\n]|\.(?=\S)){0,80}?\band\s+sender\b(?:[^.;\n]|\.(?=\S)){0,80}?\b(?:doesn't|does\s+not|don't|do\s+not)\s+match\b|\b(?:doesn't|does\s+not)\s+conform\s+with\s+(?:the\s+)?authenticat|\bnot\s+allowed\s+to\s+use\s+(?:the\s+)?(?:domain|address)\b(?:[^.;\n]|\.(?=\S)){0,60}?\bas\s+(?:a\s+)?sender(?:\s+domain)?\b/,
  }),

  // The provider's limit for outgoing mail reached ("Reached address outgoing limits", "outgoing limit exceeded",
  // "Exceed sending limit (daily)").
  words('sending-quota-exceeded', {
    phrases: ['outgoing limit', 'outbound limit', 'sending limit', 'sending quota', 'send limit', 'messaging limit'],
    pattern:
      /\b(?:reached|exceed(?:s|ed)?|over)\s+(?:the\s+|your\s+|its\s+|their\s+|address\s+|account\s+)?(?:daily\s+|hourly\s+|\d+-hour\s+)?(?:outgoing|outbound|sending|send|messaging)\s+(?:limits?|quota)\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'receiv', 'size'],
  }),

  // How fast the sender hands mail over, said as a count per second or minute ("too many emails per second", Exchange's
  // "Message submission rate for this client has exceeded the configured limit").
  words('sender-rate-limited', {
    phrases: ['per second', 'per minute', 'submission rate'],
    // Also a limit stated as its number ("max 2 requests per minute").
    pattern: /\btoo\s+many\s+(?:e-?mails|messages|mails)\s+per\s+(?:second|minute)\b|\b(?:max(?:imum)?\.?|limit(?:ed)?\s+(?:to|of)|at\s+most)\s+\d+\s+(?:requests|messages|e-?mails|mails|connections)\s+per\s+(?:second|minute)\b|\bsubmission\s+rate\b[^.;\n]{0,40}?\bexceed/,
  }),

  // A count per hour or day passed ("Number messages per hour exceeded"): a quota of the sending side.
  words('sending-quota-exceeded', {
    phrases: ['per hour', 'per day'],
    // Also the limit stated as its number ("max 2 requests per hour").
    pattern: /\b(?:messages|e-?mails|mails|recipients)\s+per\s+(?:hour|day)\s+(?:limit\s+)?(?:exceeded|reached)\b|\b(?:max(?:imum)?\.?|limit(?:ed)?\s+(?:to|of)|at\s+most)\s+\d+\s+(?:requests|messages|e-?mails|mails|recipients)\s+per\s+(?:hour|day)\b/,
    unless: ['recipient has', 'mailbox'],
  }),

  // A size said in bytes ("Stream is more than 10485760 bytes long"): the message is larger than taken.
  words('message-too-large', {
    phrases: ['more than'],
    pattern: /\b(?:message|stream|mail|e-?mail|data|body)\b[^.;\n]{0,20}?\bmore\s+than\s+\d+\s*(?:bytes|kb|mb|kib|mib)\b/,
    unless: ['mailbox', 'quota', 'recipients'],
  }),

  // The receiving system did not answer at all ("Despite repeated attempts to contact the recipient's email system it
  // didn't respond", as Microsoft's reports word X.4.1 and X.4.7).
  words('remote-server-unreachable', {
    phrases: ["didn't respond", 'did not respond', 'does not respond', "doesn't respond", 'not responding'],
    pattern: /\b(?:system|server|host|mx)\b[^.;\n]{0,40}?\b(?:didn't|did\s+not|does\s+not|doesn't)\s+respond\b|\b(?:system|server|host|mx)\s+(?:is\s+)?not\s+responding\b/,
  }),

  // A MIME structure the receiver cannot read ("Malformed MIME field", "Invalid MIME Content"): the message breaks
  // the format (RFC 2045 and RFC 5322).
  words('message-not-rfc-compliant', {
    phrases: combos(['malformed ', 'invalid ', 'broken '], ['mime']),
  }),

  // No usable mail exchanger for the recipient's domain ("no valid MX hosts found", "the recipient domain has no MX
  // record"): nothing to deliver to.
  words('no-mail-exchanger', {
    phrases: ['mx hosts', 'mx host', 'mx servers', 'mail exchanger', 'mx record', 'a valid mx'],
    pattern:
      /\bno\s+(?:valid\s+|usable\s+)?(?:mx\s+hosts?|mx\s+servers|mail\s+exchangers?)\s+(?:found|available|for)\b|\bno\s+(?:valid\s+|usable\s+)?mx\s+records?\s+(?:found|available|for|exists?)\b|\bdomain\b(?:\s+[\w.-]+)?\s+(?:has\s+no\s+|does\s+not\s+have\s+(?:neither\s+)?(?:an?\s+|any\s+)?|doesn't\s+have\s+(?:neither\s+)?(?:an?\s+|any\s+)?)(?:valid\s+|usable\s+)?mx\s+(?:records?|or\s+an?\s+record)\b/,
    unless: ['sender', 'mail from', 'helo', 'your domain'],
  }),

  // The address matches more than one mailbox (RFC 3463 X.1.4, "destination mailbox address ambiguous"): Domino's
  // "Recipient user name … not unique. Several matches found".
  words('recipient-address-rejected', {
    phrases: ['not unique', 'ambiguous', 'several matches', 'multiple matches'],
    pattern: /\b(?:recipient|user\s?name|user|address|mail ?box|addressee)\b[^.;\n]{0,60}?\b(?:not\s+unique|ambiguous)\b|\b(?:several|multiple)\s+matches\s+found\b/,
    unless: ['sender', 'message-id'],
  }),

  // Spam said plainly of the message ("because it is spam", "This message is spam"): proposed only by those words, so
  // the wide spam pattern above stays as fast as it was.
  words('remote-spam-content', {
    phrases: combos(['is ', 'was '], ['', 'a ', 'likely ', 'probably '], ['spam']),
    pattern: /\b(?:it|this|message|mail|e-?mail|content)\s+(?:is|was)\s+(?:likely\s+|probably\s+)?(?:a\s+)?spam(?![\w-])/,
    unless: ['no spam', 'not spam'],
  }),

  // The receiver's rules on what a message may contain ("contains prohibited content", "content restrictions").
  words('message-content-rejected', {
    phrases: ['prohibited content', 'forbidden content', 'banned content', 'disallowed content', 'content restriction'],
    pattern: /\b(?:prohibited|forbidden|banned|disallowed)\s+content\b|\bcontent\s+restrictions?\b/,
    // A refusal's reply codes: a 250 naming its content rules refuses nothing.
    codes: [421, 450, 451, 452, 550, 551, 552, 553, 554],
  }),

  // A limit on what the sender may send ("A limit on the number of allowed outgoing messages was exceeded").
  words('sending-quota-exceeded', {
    phrases: ['outgoing messages', 'outbound messages'],
    pattern: /\b(?:number|limit)\b[^.;\n]{0,40}?\b(?:outgoing|outbound)\s+messages\b[^.;\n]{0,30}?\b(?:exceeded|reached)\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'receiv', 'size'],
  }),

  // RFC 5321's 451 "Requested action aborted: local error in processing", also without "local": the receiving
  // system failed while handling the message.
  words('receiver-system-error', {
    phrases: ['error in processing'],
  }),

  // The recipient's storage said without a possessive ("recipient has exceeded storage limit").
  words('recipient-mailbox-full', {
    phrases: combos(['exceeded ', 'reached '], ['storage limit', 'storage quota', 'disk quota', 'disk limit', 'mailbox limit', 'mailbox quota']),
    pattern: /\b(?:user|recipient|mail ?box|account|inbox|addressee)\b(?:[^.;:!?\n]{0,30}?\s)?(?:has\s+|have\s+|is\s+)?(?:exceeded|reached)\s+(?:storage|disk|mailbox)\s+(?:limit|quota)\b/,
    unless: ['sender', 'sending', 'outgoing', 'per day', 'per hour', 'your account', 'your mailbox', 'your email account', 'your e-mail account', 'to send'],
  }),

  // The receiver does not trust the certificate it was shown (its own or the sender's server's); Postfix's
  // "Server certificate not verified" when its TLS policy demands a verified one.
  words('tls-handshake-failed', {
    phrases: ['certificate not trusted', 'certificate is not trusted', 'certificate untrusted', 'certificate not verified', 'certificate could not be verified'],
  }),

  // The sender, said to be unauthenticated (no passing SPF or DKIM): "the sender is not authenticated".
  words('sender-authentication-failed', {
    phrases: ['sender is not authenticated', 'sender is unauthenticated', 'unauthenticated sender', 'sender was not authenticated', 'unauthenticated mail', 'unauthenticated email'],
    unless: ['smtp auth', 'log in', 'login', 'relay'],
  }),

  // amavisd-new's verdict on a banned part (a file name or type its policy bans): "Rejected … - BANNED: …".
  words('message-content-rejected', {
    phrases: ['banned:'],
    pattern: /\bbanned:\s/,
  }),

  // Exchange Online's own report sentence for an unknown recipient: "<name> wasn't found at <domain>".
  words('recipient-unknown', {
    phrases: ["wasn't found at", 'was not found at'],
    unless: ['server', 'host', 'domain name'],
  }),

  // A group or list that takes mail only from its members or allowed senders ("The group X only accepts messages
  // from people in its organization or on its allowed senders list").
  words('exchange-distribution-list-auth', {
    phrases: ['only accepts messages from'],
    pattern: /\b(?:group|list|distribution\s+list)\b[^.;\n]{0,80}?\bonly\s+accepts\s+messages\s+from\b/,
  }),

  // An administrator's transport or mail flow rule at the receiver stopped the message (Exchange's report sentence:
  // "the email admin for the organization … created an email rule restriction").
  words('receiver-policy', {
    phrases: ['mail flow rule', 'transport rule', 'rule restriction'],
    pattern: /\b(?:mail\s+flow|transport)\s+rule\b(?:[^.;\n]|\.(?=\S)){0,60}?\b(?:blocked|rejected|refused|stopped|prevented)\b|\bcreated\s+an?\s+(?:e-?mail\s+|mail\s+|transport\s+)?rule\s+restriction\b/,
  }),

  // The recipient's own reject list ("… (by user's reject list)").
  words('recipient-filtered', {
    phrases: ["user's reject list", 'user reject list', "recipient's reject list", "user's block list", "user's blocklist", 'user denylist', 'user deny list', "user's denylist", 'user blocklist', 'user block list'],
  }),

  // Too much mail said of what the sender sent ("Since you sent too many e-mails, you are not allowed").
  words('sender-rate-limited', {
    phrases: combos(['sent too many ', 'sending too many '], ['e-mails', 'emails', 'mails', 'messages']),
    // A count per day, or a refused login, is the sender's own provider limiting the account, not a receiver's rate
    // (as for the rate words above).
    unless: [...ABOUT_THE_RECIPIENT, 'mailbox', 'daily', 'per day', 'today', 'quota', 'sasl', 'login', 'authenticat', 'your account'],
  }),

  // A size limit said as "exceeds the limit size of email".
  words('message-too-large', {
    phrases: ['limit size of', 'maximum size of'],
    pattern: /\bexceeds?\s+the\s+(?:limit|maximum)\s+size\s+of\s+(?:an?\s+|the\s+)?(?:e-?mails?|messages?|mails?)\b/,
    unless: ['mailbox', 'quota'],
  }),

  // An address that takes no mail at all ("an address which does not accept incoming emails").
  words('recipient-disabled', {
    phrases: ['does not accept incoming', 'does not accept e-mail', 'does not accept email', 'does not accept mail', 'does not accept messages'],
    pattern: /\b(?:address|mail ?box|account|user|recipient)\b[^.;\n]{0,30}?\bdoes\s+not\s+accept\s+(?:incoming\s+)?(?:e-?mails?|mail|messages)\b/,
    unless: ['domain', 'null mx', 'nullmx', 'sender', 'from address'],
    // An X.1.1 code says the address does not exist; these words alone say it is switched off.
    notEnhanced: ['5.1.1', '4.1.1'],
  }),

  // The receiver demands a login ("451 5.7.3 Require basic authentication").
  words('smtp-auth-required', {
    phrases: ['require basic authentication', 'requires authentication', 'require authentication', 'requires smtp authentication'],
    unless: ['tls', 'starttls', 'encryption'],
  }),

  // A mailbox's own limit passed, said right after it ("Mailbox limit exceeded"): fixed words, so the many "rate
  // limit exceeded" texts do not wake the wider mailbox pattern above.
  words('recipient-mailbox-full', {
    phrases: combos(['mailbox ', 'mail box ', 'inbox ', 'mailbox size ', 'mailbox storage '], ['limit exceeded', 'quota exceeded']),
    unless: ['sender', 'sending', 'outgoing', 'your mailbox', 'rate limit'],
  }),

  // The sending IP or server "is listed on" a list the text names by a name this table need not know ("Your mail
  // server is listed on SORBS"): a listing of the server. Not an allow-list. Without the verb only right after an IP
  // address, as terse replies put it ("IP listed on RBL", "IP 192.0.2.1 listed in"): after a host or server the bare
  // participle is as often a configuration's list.
  words('server-blocklisted', {
    phrases: combos(['listed '], ['on', 'in', 'at', 'by']),
    pattern: new RegExp(
      String.raw`\b${LISTED_SUBJECT}\b${GAP}(?:is|was)\s+(?:currently\s+)?listed\s+(?:on|in|at|by)\b|\bip(?:\s+address)?(?:\s+\[?[0-9a-f.:]+\]?)?\s+listed\s+(?:on|in|at|by)\b`,
    ),
    unless: ["recipient's", 'personal', 'address book', 'sender address', 'sender domain', 'url', 'uri', 'whitelist', 'allowlist', 'white list', 'allow list', 'dnswl', 'not listed'],
  }),

  // SPF named as the policy a message was refused under ("Message rejected due to SPF policy").
  words('sender-authentication-failed', {
    phrases: ['spf policy', 'because of spf'],
    pattern: /\b(?:rejected|refused|blocked|denied)\b[^.;\n]{0,30}?\b(?:due\s+to|because\s+of|per)\s+(?:the\s+)?spf(?:\s+policy)?\b/,
    unless: ['dmarc', 'spf=pass', 'not fail'],
  }),

  // Block lists named by their own short names ("IP 192.0.2.1 is on Spamhaus PBL", "blocked by SpamCop"): lists of
  // sending IP addresses (Spamhaus's PBL, SBL, XBL, CSS and ZEN; SORBS; SpamCop; UCEPROTECT; PSBL; Mailspike).
  // Spamhaus's DBL lists domains, not servers, and is left out.
  words('server-blocklisted', {
    phrases: ['spamhaus pbl', 'spamhaus sbl', 'spamhaus xbl', 'spamhaus css', 'spamhaus zen', 'sorbs', 'spamcop', 'uceprotect', 'psbl', 'mailspike'],
    pattern: /\b(?:on|in|by|at|using|from)\s+(?:the\s+)?(?:spamhaus\s+(?:pbl|sbl|xbl|css|zen)|sorbs|spamcop|uceprotect|psbl|mailspike)\b/,
    unless: ['whitelist', 'allowlist', 'not listed', 'open resolver', 'dbl'],
  }),

  // A block list named by its kind rather than its name: an RBL or DNSBL (RFC 5782, DNS-based lists of IP addresses)
  // that lists the sending server or refused it ("IP address listed on RBL", "rejected by DNSBL").
  words('server-blocklisted', {
    // Few, short phrases (the pattern says the rest): "dnsbl" stands in every DNSBL wording, "on rbl" in "on rbls".
    // Or a DNSBL followed by its DNS zone, in any language around it ("en la DNSBL bl.example.org").
    phrases: ['dnsbl', ...combos(['on ', 'in ', 'by ', 'an ', 'the ', 'using '], ['rbl']), ...combos(['rbl '], ['listed', 'listing', 'hit', 'match', 'reject', 'block'])],
    pattern:
      /\b(?:listed|blocked|rejected|refused|denied)\s+(?:on|in|by|using|due\s+to)\s+(?:an?\s+|the\s+|our\s+|one\s+or\s+more\s+)?(?:rbls?|dnsbls?)\b|\b(?:rbl|dnsbl)\s+(?:listed|listing|hit|match|reject(?:ed|ion)?|block(?:ed)?)\b|\b(?:rbl|dnsbl)\s+(?:[a-z0-9-]+\.)+[a-z]{2,}\b/,
    unless: ['whitelist', 'allowlist', 'not listed', 'open resolver', 'dbl', 'uribl', 'surbl', 'rhsbl', 'sender domain', 'url', 'uri', 'link'],
  }),

  // A spam filter's score said to be too high ("Message scored too high on spam scale", "spam score too high"), or
  // given as a refusal ("550 This message scored 11.4 points": SpamAssassin's points, refused at DATA).
  words('remote-spam-content', {
    phrases: ['scored too high', 'score too high', 'score is too high', 'message scored'],
    pattern: /\bscored?\s+(?:is\s+)?too\s+high\b[^.;\n]{0,30}?\b(?:spam|junk)\b|\b(?:spam|junk)\s+score\s+(?:is\s+)?too\s+high\b|\b(?:this\s+|your\s+)?message\s+scored\s+\d+(?:\.\d+)?\s+points?\b/,
    unless: ['reputation'],
  }),

  // A login demanded in a server's own words ("503 5.5.4 Error: send AUTH command first").
  words('smtp-auth-required', {
    phrases: ['send auth command first', 'auth command first', 'authentication first'],
    unless: ['tls', 'starttls'],
  }),

  // The receiving side dropped the session after it had begun ("Connected to 192.0.2.1 but connection died", "Remote
  // end closed connection while we were processing mail") or never answered in time ("Connection timeout").
  words('remote-server-unreachable', {
    phrases: ['connection died', 'connection was dropped', 'connection dropped', 'remote end closed connection', 'closed connection while', 'connection timeout', 'connection time-out'],
    unless: ['database', 'ldap', 'redis', 'smtp auth', 'login'],
  }),

  // A group that takes no posts by e-mail ("The group X does not allow posting through email").
  words('group-post-refused', {
    phrases: ['does not allow posting', 'not allow posting'],
  }),

  // The connecting host's name and address do not match (tcp wrappers' and MTAs' "Possibly forged hostname"): a
  // reverse DNS that does not lead back.
  words('server-ptr-missing', {
    phrases: ['possibly forged hostname', 'possibly forged host name'],
  }),

  // A reputation limit said with the IP's reputation named ("IP reputation ratelimit in place").
  words('ip-reputation-throttled', {
    phrases: ['ip reputation'],
    pattern: /\bip\s+reputation\b[^.;\n]{0,20}?\b(?:rate\s?limit|limit|deferred|throttl\w*|block\w*|reject\w*|too\s+low)\b/,
    unless: ['good ip reputation', 'ip reputation ok'],
  }),

  // An address written wrongly (Exchange: "The format of the email address isn't correct").
  words('recipient-address-rejected', {
    phrases: ['format of the email address', 'format of the e-mail address', 'format of the address'],
    pattern: /\bformat\s+of\s+the\s+(?:e-?mail\s+)?address\s+(?:isn['’]t|is\s+not|was\s+not)\s+(?:correct|valid)\b/,
    unless: ['sender', 'from address'],
  }),

  // The sender's server could not look up the recipient's mail exchangers ("unable to get mx info").
  words('no-mail-exchanger', {
    phrases: ['get mx info', 'get mx record', 'get mx records', 'get mx host'],
    pattern: /\b(?:unable|failed|could\s+not|cannot|can't)\s+(?:to\s+)?get\s+mx\s+(?:info|records?|hosts?)\b/,
  }),

  // An account that may not receive mail ("This account is not authorized to receive email").
  words('recipient-disabled', {
    phrases: ['not authorized to receive', 'not authorised to receive', 'not allowed to receive', 'not permitted to receive'],
    pattern: /\b(?:account|mail ?box|user|address|recipient)\b[^.;\n]{0,20}?\bnot\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+receive\b/,
    unless: ['from external', 'external senders', 'from outside', 'sender', 'your account'],
  }),

  // Exchange Online's report sentences for a recipient or group that takes mail only from some senders ("you don't
  // have permission to send to it", "delivery to this address is restricted", "you weren't recognized as a valid
  // sender", as Microsoft's NDR reference words the 5.7.1 and 5.7.13x restrictions). A group named is the group's
  // sender restriction; otherwise the recipient's own list of accepted senders ("add you to the accept list for the
  // recipient", 5.7.129).
  words('exchange-distribution-list-auth', {
    phrases: [...RESTRICTED_DELIVERY, "weren't recognized as a valid sender", 'were not recognized as a valid sender'],
    pattern: /\b(?:group|distribution\s+list|mailing\s+list)s?\b|\b(?:weren't|were\s+not)\s+recognized\s+as\s+a\s+valid\s+sender\b/,
  }),
  words('recipient-filtered', {
    phrases: RESTRICTED_DELIVERY,
    unless: ['group', 'distribution list', 'mailing list'],
  }),
  // The same refusal said of sending to an address ("You are not allowed to send mail to <a@example.org>"): the
  // receiver lets only some senders reach that recipient. Not a list or group (its posting rules), not a relay.
  words('recipient-filtered', {
    phrases: combos(['not allowed to send ', 'not permitted to send '], ['mail to', 'email to', 'e-mail to', 'messages to']),
    pattern: /\bnot\s+(?:allowed|permitted)\s+to\s+send\s+(?:e-?mail|mail|messages)\s+to\s+(?:<?[^\s<>@]+@|this\s+(?:recipient|user|address))/,
    unless: ['group', 'list', 'relay', 'external', 'outside'],
  }),

  // The sender address refused in servers' fixed words: an unauthorised envelope sender, one without a domain ("501
  // <pbarsalou>: sender address must contain a domain"), a domain whose mail the receiver takes none of ("the
  // recipient's email system doesn't accept messages from your domain").
  words('sender-address-rejected', {
    phrases: [
      'unauthorised envelope sender',
      'unauthorized envelope sender',
      'unauthorised sender',
      'unauthorized sender',
      'sender address must contain a domain',
      // SOGo's summary of a refused MAIL FROM; a domain refused in the From header ("is not allowed in header From").
      'originator not accepted',
      'originator rejected',
      'not allowed in header from',
      'sender address must be fully qualified',
      'sender must contain a domain',
      ...combos(["doesn't accept ", 'does not accept '], ['messages', 'email'], [' from your domain']),
    ],
  }),

  // A sending domain or address the sender's own provider has not verified ("The example.org domain is not verified",
  // "Unconfigured sending domain", a domain "not associated with your account", no sending domain given at all): the
  // sender must add and prove the domain before it may send from it.
  words('sender-address-rejected', {
    phrases: [
      'domain is not verified', 'domain not verified', 'domain has not been verified', 'unconfigured sending domain', 'sending domain not configured',
      'no sending domain',
    ],
    unless: [...ABOUT_THE_RECIPIENT],
  }),
  // The sender's address itself refused as invalid ("501 Invalid MAIL FROM address provided", "553 sender address is
  // invalid"): the reverse-path of RFC 5321, not a recipient.
  words('sender-address-rejected', {
    phrases: ['invalid', 'malformed', 'illegal', 'not valid'],
    pattern:
      /\b(?:mail\s+from|envelope\s+sender|sender|return[\s-]path|reverse[\s-]path)(?:\s+(?:e-?mail\s+)?address)?\s+(?:is\s+|was\s+)?(?:invalid|not\s+valid|malformed|illegal)\b|\b(?:invalid|malformed|illegal)\s+(?:mail\s+from|envelope\s+sender|sender|from|return[\s-]path|reverse[\s-]path)\s+(?:e-?mail\s+)?address\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // A sending domain not set up on the sender's own account ("The domain example.org is not associated with your
  // account"); the domain, sender or From address must stand before the words, so a login or an IP is not read so.
  words('sender-address-rejected', {
    phrases: combos(['not associated with '], ['your account', 'this account']),
    pattern: /\b(?:domain|sender|from\s+address)\b(?:[^.;\n]|\.(?=\S)){0,60}?\bnot\s+associated\s+with\s+(?:your|this)\s+account\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // RFC 4954's reply to a login the server could not check just now ("454 4.7.0 Temporary authentication failure") and
  // Exim's "435 Unable to authenticate at present": the server's own login service failed, not the password.
  words('receiver-system-error', {
    phrases: ['temporary authentication failure', 'unable to authenticate at present'],
  }),

  // A login refused in other words than "authentication failed": credentials "rejected", a password too weak, a
  // provider that wants its web sign-in first ("Please log in via your web browser", RFC 4954's 534 in Gmail's words).
  words('smtp-login-failed', {
    // Short phrases propose the entry, the pattern confirms the wording.
    phrases: [...combos(['authentication ', 'login ', 'credentials '], ['rejected', 'refused', 'denied']), 'password is too', 'password too', 'web browser', 'your browser'],
    pattern:
      /\b(?:authentication|login|credentials)\s+(?:is\s+|was\s+)?(?:rejected|refused|denied)\b|\bpassword\s+(?:is\s+)?too\s+(?:simple|weak|short)\b|\b(?:log\s?in|sign\s+in)\s+(?:via|through|with|using)\s+(?:your|a|the)\s+(?:web\s+)?browser\b/,
    unless: ['temporary', 'relay', ...ABOUT_THE_RECIPIENT, 'user database', 'rate limit', 'too many'],
  }),

  // Sending in clear text refused: "Email sending without SSL/TLS encryption is not allowed".
  words('tls-required', {
    phrases: combos(['without '], ['ssl', 'tls', 'ssl/tls', 'starttls', 'encryption']),
    pattern: /\bwithout\s+(?:ssl|tls|ssl\/tls|starttls|encryption)(?:\s+encryption)?\b[^.;\n]{0,20}?\bnot\s+(?:allowed|permitted|accepted|possible)\b/,
  }),

  // A login demanded together with the greeting: "503 Error: need EHLO and AUTH first".
  words('smtp-auth-required', {
    phrases: ['and auth first', 'auth first'],
    pattern: /\b(?:need|send|issue|use)\s+(?:ehlo\s+and\s+|helo\s+and\s+)?auth(?:entication)?(?:\s+command)?\s+first\b/,
    unless: ['tls', 'starttls'],
  }),

  // The sender's own account stopped by its provider, said to the sender ("Your account has been suspended. Please
  // contact us to reactivate", "Your SMTP account is not yet activated", "message sending for this account is disabled").
  words('outgoing-suspended', {
    phrases: [
      ...combos(['your '], ['', 'smtp ', 'email ', 'mail ', 'sending '], ['account ']),
      'sending for this account',
      'sending is disabled',
      'sending has been disabled',
      'sending has been suspended',
      'suspended for this account',
      'paused for this account',
      'disabled for this account',
    ],
    pattern:
      /\byour\s+(?:smtp\s+|e-?mail\s+|mail\s+|sending\s+)?account\s+(?:has\s+been|is|was)\s+(?:(?:temporarily|permanently)\s+)?(?:suspended|disabled|deactivated|blocked|locked|not\s+(?:yet\s+)?activated)\b|\b(?:message\s+|mail\s+|e-?mail\s+)?sending\s+(?:for\s+this\s+account\s+)?(?:is|has\s+been)\s+(?:disabled|suspended|paused|blocked)\b|\bsending\s+(?:is\s+)?(?:suspended|paused|disabled)\s+for\s+(?:this|your)\s+account\b/,
    // Stopped for what it sent is the outgoing spam filter's lock (outgoing-account-locked), not a plain suspension.
    unless: [...ABOUT_THE_RECIPIENT, 'mailbox is', 'receiving', 'spam', 'abuse', 'suspicious', 'unusual'],
  }),

  // The message format in fixed words: line feeds without carriage returns (RFC 5322 section 2.2, RFC 5321 section
  // 2.3.8: "bare line feed characters"), the standard named as what the message must follow ("Please ensure the message
  // is RFC 5322 compliant"), a header line the receiver could not parse (Exim's "header syntax", its verify =
  // header_syntax check; "Message-Id header line format error").
  words('message-not-rfc-compliant', {
    phrases: [
      ...combos(['bare ', 'naked ', 'lone '], ['line feed', 'linefeed', 'carriage return']),
      'naked lf',
      'lone lf',
      '5322 compliant',
      '2822 compliant',
      '5322 compliance',
      '2822 compliance',
      'header line format error',
      'header format error',
      'header syntax',
    ],
    unless: ['header syntax ok', 'no header syntax'],
  }),

  // A server that wants the sending IP to have reverse DNS, said as a demand ("Sender IP must resolve").
  words('server-ptr-missing', {
    phrases: ['must resolve'],
    pattern: /\b(?:ip|ip\s+address|host|client)\s+must\s+resolve\b/,
  }),

  // A HELO name without a domain: Exim's "invalid NON-FQDN HELO", "non-FQDN EHLO".
  words('helo-refused', {
    phrases: ['non-fqdn', 'non fqdn'],
    pattern: /\bnon[\s-]fqdn\s+(?:helo|ehlo)\b/,
  }),

  // Postfix writes its verdict on the recipient as "Recipient address rejected: <state>": a state of a closed account
  // there ("Recipient address rejected: Inactive") has the recipient as its subject.
  words('recipient-disabled', {
    phrases: combos(['rejected: '], ['inactive', 'suspended', 'disabled', 'deactivated', 'closed', 'expired', 'frozen', 'terminated']),
    pattern: new RegExp(String.raw`\brecipient\s+address\s+rejected:\s*(?:${alternatives(CLOSED_STATES)})\b`),
  }),

  // An address not in the receiver's list of recipients ("Not in recipient list", "not found in the user table").
  words('recipient-unknown', {
    phrases: ['recipient list', 'recipients list', 'recipient table', 'recipient database', 'recipient directory', 'user list', 'user table'],
    pattern: /\bnot\s+(?:in|found\s+in|listed\s+in|on|present\s+in)\s+(?:the\s+|our\s+)?(?:valid\s+)?(?:recipients?|users?)\s+(?:list|table|database|directory)\b/,
    unless: ['sender'],
  }),

  // A message refused by the receiver's content filter ("Message rejected due to content filtering"), which judges a
  // message as spam or not, as Sisimai's "content filter rejection" does.
  words('remote-spam-content', {
    phrases: ['content filter'],
    pattern: /\b(?:rejected|refused|blocked|denied|stopped)\s+(?:due\s+to|by|because\s+of)\s+(?:the\s+|our\s+)?content\s+filter(?:ing|s)?\b/,
  }),

  // A receiver's check of the recipient address (a callout to the next server) failed ("Recipient verification
  // failed"), or the address could not be parsed ("Recipient syntax error").
  words('recipient-address-rejected', {
    phrases: ['recipient verification failed', 'recipient verify failed', 'recipient failed verification', 'recipient syntax error', 'recipient address syntax error'],
  }),

  // A scanner's verdict said with "malware" ("malware was detected in one or more attachments").
  words('virus-detected', {
    phrases: ['malware was', 'malware has', 'contains malware', 'malware found', 'contain a virus'],
    // Also a suspicion said as such ("Your message was blocked because it may contain a virus or other harmful content").
    pattern: /\bmalware\s+(?:was\s+|has\s+been\s+)?(?:detected|found)\b|\bcontains?\s+malware\b|\b(?:may|might|could|appears\s+to|seems\s+to)\s+contain\s+a\s+virus\b/,
    unless: ['no malware', 'not malware'],
  }),

  // The logged-in account may not send as, or on behalf of, the address in From ("not authorized to send on behalf
  // of", "You are not authorized to send mail as <a@example.org>", "You do not have the permission to send the message
  // on behalf of the specified user"), or the sender address lacks its domain (Sendmail: "Domain name required for
  // sender address"). The words name the sender's identity themselves, so a status of the other direction (Sendmail
  // files a 553 under 5.1.3) does not hold them back; "send as many", "as often" … is a limit, not an identity.
  {
    id: 'sender-address-rejected',
    tier: 'reason-phrase',
    match: {
      phrases: ['on behalf of', ...combos(['to send '], ['as', 'mail as', 'email as', 'e-mail as', 'message as', 'messages as']), 'domain name required for sender'],
      pattern:
        /\b(?:not\s+(?:authori[sz]ed|allowed|permitted)|(?:do\s+not|don't)\s+have\s+(?:the\s+)?permissions?)\s+to\s+send\s+(?:the\s+message\s+|mail\s+|e-?mail\s+|messages?\s+)?(?:on\s+behalf\s+of|as(?!\s+(?:many|much|often|fast|quickly|soon|frequently|large|big)\b))\b|\b(?:can't|cannot|can\s+not)\s+send\s+(?:a\s+|the\s+)?(?:message|mail|e-?mail)\s+on\s+behalf\s+of\b|\bdomain\s+name\s+required\s+for\s+sender\b/,
      priority: -1,
      ...reasonConditions('sender-address-rejected', [], [], false),
    },
    source: SOURCE,
  },

  // A block list called a "blackhole" or a "DNS blacklist" ("refused by blackhole site", "found in a DNS blacklist").
  words('server-blocklisted', {
    phrases: ['blackhole', 'black hole', 'dns blacklist', 'dns blocklist'],
    pattern:
      /\b(?:refused|rejected|blocked|listed|found)\s+(?:by|in|on|at)\s+(?:an?\s+|the\s+)?(?:black\s?hole|dns[\s-]?(?:based\s+)?(?:black|block)list)\b/,
    unless: ['whitelist', 'allowlist', 'not listed', 'open resolver', 'url', 'uri'],
  }),

  // A sending IP written as such and said to be on a list ("104.248.224.170 is blacklisted", "[192.0.2.1]:10503 is
  // blacklisted").
  words('server-blocklisted', {
    phrases: combos([' is ', '] is '], ['blacklisted', 'blocklisted']),
    pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\]?(?::\d+)?\s+is\s+(?:currently\s+)?(?:blacklisted|blocklisted)\b/,
    unless: ['url', 'uri', 'whitelist', 'not blacklisted'],
  }),

  // A count or limit the sender's provider allows, reached ("You have reached the maximum number of messages", "The
  // limits for your account are exceeded").
  words('sending-quota-exceeded', {
    phrases: ['reached the maximum number', 'limits for your account', 'limit for your account'],
    pattern:
      /\breached\s+the\s+maximum\s+number\s+of\s+(?:messages|e-?mails|mails|recipients|sends)\b|\blimits?\s+for\s+your\s+account\s+(?:are|is|has\s+been|have\s+been)\s+(?:exceeded|reached)\b/,
    unless: ['recipient has', 'mailbox'],
  }),

  // Requests refused as too many in a time ("450 Too many requests. Try again later"): the sending side's rate.
  words('sender-rate-limited', {
    phrases: ['too many requests', 'too many recipient attempts'],
    unless: ['recipient has', 'recipient mailbox', 'mailbox', 'login', 'authentication'],
  }),

  // Postfix's NO_DATA look-up result for the recipient's mail host: the name exists, the address record does not.
  words('no-mail-exchanger', {
    phrases: ['host found but no data record'],
    unless: ['sender', 'helo', 'client host'],
  }),

  // A message that needs SMTPUTF8 (RFC 6531: addresses in UTF-8) for a server that does not offer it (Postfix's
  // "SMTPUTF8 is required, but was not offered by host").
  words('message-content-rejected', {
    phrases: ['smtputf8 is required'],
  }),

  // Postgrey named as the reason for the delay.
  words('greylisted', {
    phrases: ['delayed by postgrey'],
  }),

  // Haraka's outbound queue gave up on every mail exchanger of the domain ("Too many failures (Tried all MXs)").
  words('remote-server-unreachable', {
    phrases: ['tried all mxs', 'tried all mx'],
  }),

  // A recipient on a sending service's suppression list (an address that bounced or complained before).
  words('recipient-address-rejected', {
    phrases: ['suppression list'],
    pattern: /\b(?:in|on)\s+(?:the\s+|a\s+|our\s+|your\s+)?(?:account's\s+)?suppression\s+list\b/,
  }),

  // A header line with characters it may not hold ("Subject contains invalid characters"): the content check.
  words('message-content-rejected', {
    phrases: combos(['invalid', 'illegal', 'forbidden', 'non-ascii', '8-bit', '8bit'], [' characters']),
    pattern: /\b(?:subject|header|from|to|sender\s+name|display\s+name)\b(?:\s+(?:line|field|header))?\s+(?:contains?|has)\s+(?:invalid|illegal|forbidden|non-ascii|8-?bit)\s+(?:characters|chars)\b/,
  }),

  // A connection that failed on its encryption ("Failed to connect to the upstream using TLS"): the handshake, not
  // the route.
  words('tls-handshake-failed', {
    phrases: ['using tls', 'using ssl', 'over tls', 'over ssl', 'via tls'],
    pattern: /\b(?:connect|connection|connecting)\b(?:[^.\n]|\.(?=\S)){0,60}\b(?:using|over|via)\s+(?:tls|ssl|starttls)\b[^\n]{0,40}\b(?:fail\w*|error|refused|reset|timed?\s*out)\b|\b(?:fail\w*|error|unable|could\s*not|cannot)\b(?:[^.\n]|\.(?=\S)){0,40}\b(?:connect|connection|connecting)\b(?:[^.\n]|\.(?=\S)){0,60}\b(?:using|over|via)\s+(?:tls|ssl|starttls)\b/,
    unless: ['succeeded', 'established'],
  }),

  // Old protocol versions the receiver no longer speaks ("TLS 1.0 and 1.1 are not supported. Please upgrade your
  // client to support TLS 1.2"; RFC 8996 deprecates TLS 1.0 and 1.1): the sending side's TLS is too old.
  words('tls-handshake-failed', {
    phrases: ['tls 1.', 'tlsv1.', 'tls version', 'ssl version', 'protocol version'],
    pattern:
      /\btls\s*v?1\.[01]\b(?:\s*(?:and|or|&|,)\s*(?:tls\s*)?v?1\.[01])?\s+(?:is|are)\s+(?:not\s+supported|no\s+longer\s+supported|not\s+allowed|disabled|deprecated)\b|\b(?:tls|ssl)\s+(?:protocol\s+)?version\b[^.\n]{0,20}\b(?:not\s+supported|unsupported|too\s+old|too\s+low|mismatch)\b|\bunsupported\s+(?:tls|ssl)\s+(?:protocol\s+)?version\b/,
  }),

  // The sending side's own policy demands encryption the receiver does not offer ("STARTTLS not supported and the
  // user requires enforcement": MTA-STS, DANE or an admin's TLS rule, RFC 8461): TLS required, not made.
  words('tls-required', {
    phrases: ['enforcement', 'enforced tls', 'tls is enforced'],
    pattern: /\bstarttls\s+(?:is\s+)?not\s+(?:supported|offered|available|advertised)\b(?:[^.\n]|\.(?=\S)){0,60}\b(?:requires?|required|enforce\w*)\b|\b(?:enforced\s+tls|tls\s+enforcement|tls\s+is\s+enforced)\b[^.\n]{0,60}\b(?:fail\w*|not\s+(?:supported|offered|available)|could\s+not|unable)\b/,
  }),

  // A reply the sending server could not read ("Malformed answer from server", "malformed response"): the two sides
  // did not speak SMTP to each other (RFC 5321 section 4.2).
  words('smtp-protocol-error', {
    phrases: ['answer from', 'response from', 'reply from', 'greeting from', 'unexpected greeting', 'unexpected banner'],
    pattern: /\b(?:malformed|invalid|unexpected)\s+(?:answer|response|reply|greeting)\s+from\s+(?:the\s+)?(?:remote\s+)?(?:smtp\s+|mail\s+)?(?:server|host|peer|mx)\b|\bunexpected\s+(?:greeting|banner)\b/,
  }),

  // A relay or sending quota of the sender's provider that this message would pass ("Message would take you over
  // your relay quota").
  words('sending-quota-exceeded', {
    phrases: ['relay quota', 'sending quota', 'send quota', 'outbound quota'],
    pattern: /\b(?:over|exceed\w*|above|reached|hit|past)\s+(?:your|the|its|their)\s+(?:daily\s+|hourly\s+|monthly\s+)?(?:relay|sending|send|outbound)\s+quota\b|\b(?:relay|sending|send|outbound)\s+quota\s+(?:of\s+\d+\s+)?(?:is\s+|has\s+been\s+)?(?:exceeded|reached|used\s+up)\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'mailbox'],
  }),

  // A local delivery program that failed, in Postfix's pipe(8) and local(8) words ("Command died with status 1",
  // "Command died with signal 11",
  // "pipe_command: execvp …", "Command time limit exceeded") and Sendmail's ("unknown mailer error 1", a program's exit
  // status Sendmail has no name for): the program behind the address, not a server.
  words('pipe-forwarder-failed', {
    phrases: ['command died', 'pipe_command', 'command time limit', 'command output:', 'unknown mailer error'],
    pattern: /\bcommand\s+died\s+with\s+(?:status|signal)\b|\bpipe_command\b|\bcommand\s+time\s+limit\s+exceeded\b|\b(?:temporary|permanent)\s+failure\.\s+command\s+output:|\bunknown\s+mailer\s+error\s+\d+/,
  }),

  // Exim's pipe transport tells the sender only "local delivery failed" (transports/pipe.c, its user_message when the
  // program fails); the program's own words go to the log or follow under "The following text was generated".
  words('pipe-forwarder-failed', {
    phrases: ['local delivery failed'],
  }),

  // A server's usage line for a command it could not parse (Postfix: "501 5.5.4 Syntax: MAIL FROM:<address>",
  // "Syntax: RCPT TO:<address>", "Syntax: EHLO hostname"): the client sent the command wrong (RFC 5321 section 4.2).
  words('smtp-protocol-error', {
    phrases: ['syntax:'],
    pattern: /\bsyntax:\s*(?:mail\s+from|rcpt\s+to|ehlo|helo)\b/,
  }),

  // A MIME multipart boundary the receiver refuses (RFC 2046 section 5.1.1: at most 70 characters, and it must be
  // found): the message's structure breaks the format.
  words('message-not-rfc-compliant', {
    phrases: ['boundary'],
    pattern: /\b(?:mime\s+|multipart\s+)?boundary\s+(?:length\s+)?(?:exceed\w*|(?:is\s+)?too\s+long|(?:is\s+)?invalid|(?:is\s+)?missing|not\s+found)\b|\b(?:invalid|missing|malformed|bad)\s+(?:mime\s+|multipart\s+)?boundary\b/,
  }),

  // The receiver demands that the sender authenticate its mail with SPF or DKIM ("Please ensure the email service you
  // are sending from either has SPF or DKIM"): authentication of the sender, not a login.
  words('sender-authentication-failed', {
    phrases: ['spf or', 'spf and', 'spf,', 'dkim or', 'spf/dkim'],
    pattern: /\b(?:ensure|requires?|required|must|needs?|should|missing|without|lacks?|no)\b(?:[^.\n]|\.(?=\S)){0,60}\b(?:spf|dkim)\s*(?:,\s*|\s+or\s+|\s+and\s+|\s*\/\s*)(?:either\s+)?(?:dkim|spf)\b/,
    unless: ['smtp auth', 'login', 'password'],
  }),

  // RFC 5321's names for the envelope addresses: the forward-path is the recipient's, the reverse-path the sender's
  // ("domain of forward path is not allowed").
  words('recipient-address-rejected', {
    phrases: ['forward path', 'forward-path'],
    pattern: /\bforward[-\s]path\b(?:[^.\n]|\.(?=\S)){0,40}\b(?:not\s+allowed|rejected|refused|denied|invalid|not\s+permitted|not\s+accepted)\b/,
  }),
  // The return path is the reverse-path as it is written into the delivered message (RFC 5321 section 4.4).
  words('sender-address-rejected', {
    phrases: ['reverse path', 'reverse-path', 'return path', 'return-path'],
    pattern: /\b(?:reverse|return)[-\s]path\b(?:[^.\n]|\.(?=\S)){0,40}\b(?:not\s+allowed|rejected|refused|denied|invalid|not\s+permitted|not\s+accepted)\b|\b(?:invalid|bad|illegal|forbidden)\s+(?:reverse|return)[-\s]path\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // A sender address the logged-in user may not use (Postfix's reject_sender_login_mismatch: "Sender address
  // rejected: not owned by user …").
  words('sender-address-rejected', {
    phrases: ['not owned by user', 'not owned by the user', 'not owned by you'],
  }),

  // Postfix's reject_unverified_recipient when its probe did not confirm the address ("Recipient address rejected:
  // unverified address: …"): refused as not verified; the probe's own words, when quoted, say more.
  words('recipient-address-rejected', {
    phrases: ['unverified address'],
    pattern: /\brecipient\s+address\s+rejected:\s+unverified\s+address\b/,
  }),

  // The sender address the login may not use, in other words ("Sender address is not valid for your login").
  words('sender-address-rejected', {
    phrases: ['for your ', 'for this '],
    pattern: /\b(?:sender|from)\s+(?:address\s+)?(?:is\s+)?not\s+(?:valid|allowed|permitted|authori[sz]ed)\s+for\s+(?:your|this)\s+(?:login|account|user)\b/,
  }),

  // Headers RFC 5322 section 3.6 requires, not found ("Required headers not found (see RFC2822 section 3.6)").
  words('message-not-rfc-compliant', {
    phrases: ['required headers', 'required header fields'],
    pattern: /\brequired\s+header(?:\s+field)?s?\s+(?:not\s+found|missing|absent)\b/,
  }),

  // A domain of the sender that must resolve in DNS ("451 From:domain must resolve", Postfix's
  // reject_unknown_sender_domain in other words).
  words('sender-address-rejected', {
    phrases: ['domain must resolve'],
    pattern: /\b(?:from|sender|mail\s+from|envelope\s+from)\s*:?\s*domain\s+must\s+resolve\b/,
  }),

  // Greylisting named by what it does ("First-time sender tempfailed as anti-spam measure").
  words('greylisted', {
    phrases: ['first-time sender', 'first time sender', 'tempfailed'],
    pattern: /\bfirst[-\s]time\s+sender\b[^.\n]{0,40}\b(?:tempfail\w*|deferred|delayed|try\s+again)\b|\btempfailed\s+as\s+(?:an?\s+)?anti-?spam\b/,
  }),

  // A list or group that takes posts from its members only ("Non-members are not allowed to post", "Only members can
  // post to this list"; ezmlm's and Mailman's "only subscribers may post").
  words('group-post-refused', {
    phrases: ['non-members', 'non members', 'only members', 'only subscribers', 'non-subscribers'],
    pattern: /\bnon[-\s]?(?:members?|subscribers?)\b[^.\n]{0,20}\b(?:are\s+|is\s+)?not\s+(?:allowed|permitted)\s+to\s+post\b|\bonly\s+(?:list\s+|group\s+)?(?:members|subscribers)\s+(?:can|may|are\s+allowed\s+to)\s+(?:post|send)\b/,
  }),

  // Connections opened too often ("Too frequent connects from 192.0.2.1, please try again later"): this server's rate.
  words('sender-rate-limited', {
    phrases: ['too frequent'],
    pattern: /\btoo\s+frequent(?:ly)?\s+(?:connects|connections|connecting|sending|messages|mails)\b/,
  }),

  // The receiving side could not write the message where it delivers it: Sendmail's local mailer "Can't create
  // output", "can't create user output file"; qmail's queue trouble ("qq trouble in home directory",
  // "qq temporary problem").
  words('receiver-system-error', {
    phrases: ['create output', 'create user output', 'qq trouble', 'qq temporary', 'qq read', 'qq write'],
    pattern: /\b(?:can'?t|cannot|could\s*not|unable\s+to)\s+create\s+(?:user\s+)?output\b|\bqq\s+(?:trouble|temporary\s+problem|read\s+error|write\s+error)\b/,
  }),

  // A filter rule of the receiving system that the message matched ("the message matches the filter rule").
  words('receiver-policy', {
    phrases: ['filter rule'],
    pattern: /\bmatch(?:es|ed)?\s+(?:up\s+to\s+)?(?:the\s+|a\s+)?(?:system\s+)?filter\s+rule\b/,
  }),

  // Eight-bit data sent where only 7-bit is allowed ("improper use of 8-bit data in message body"): without the
  // receiver's 8BITMIME extension (RFC 6152) a message body must be 7-bit.
  words('message-not-rfc-compliant', {
    phrases: ['8-bit data', '8bit data'],
    pattern: /\b(?:improper|illegal|invalid|unexpected|unauthori[sz]ed)\s+(?:use\s+of\s+)?8-?bit\s+data\b|\b8-?bit\s+data\s+(?:is\s+)?(?:not\s+allowed|not\s+accepted|not\s+permitted|refused)\b/,
  }),

  // A sender who is no member of the list or group written to ("Your email address is not subscribed to that group").
  words('group-post-refused', {
    phrases: ['not subscribed to', 'not a member of', 'not a subscriber'],
    pattern: /\bnot\s+(?:subscribed|a\s+(?:subscriber|member))\s+(?:to|of|in)\s+(?:that|this|the|our)\s+(?:group|list|mailing\s+list)\b/,
  }),

  // A filter's verdict in its own words ("SpamAssassin considers this message SPAM", "Bogofilter considers this
  // message SPAM", "we consider it SPAM").
  words('remote-spam-content', {
    phrases: ['considers this', 'considers the', 'consider it spam', 'consider this'],
    pattern: /\bconsiders?\s+(?:this|the|your)\s+(?:message|mail|e-?mail)\s+(?:as\s+|to\s+be\s+)?(?:spam|junk|bulk)\b|\bconsider\s+it\s+(?:as\s+)?spam\b/,
    unless: ['not spam', 'no spam'],
  }),

  // A recipient the receiver cannot resolve to a mailbox ("unresolvable address: <a@example.org>; nosuchuser").
  words('recipient-unknown', {
    phrases: ['nosuchuser', 'unresolvable address'],
    pattern: /\bnosuchuser\b|\bunresolvable\s+(?:recipient\s+)?address\b/,
    unless: ['sender', 'mail from', 'from address'],
  }),

  // A message refused for what it is made of by a content policy: an HTML part where only plain text is taken
  // ("The message contains HTML subpart … TEXT/PLAIN is accepted"), a "Content-Policy reject".
  words('message-content-rejected', {
    phrases: ['content-policy reject', 'content policy reject', 'html subpart', 'html part', 'html mail'],
    pattern: /\bcontent[-\s]policy\s+reject\b|\b(?:contains?|with)\s+(?:an?\s+)?html\s+(?:sub)?parts?\b|\bhtml\s+(?:sub)?parts?\s+(?:is\s+|are\s+)?(?:not\s+accepted|not\s+allowed|rejected|refused)\b|\bhtml\s+(?:mail|e-?mail|messages?)\s+(?:is\s+|are\s+)?(?:not\s+accepted|not\s+allowed|rejected|refused)\b/,
    // A filter's spam verdict under the policy's heading is the verdict, not the content's form.
    unless: ['considers this', 'considers the'],
  }),

  // Header fields or MIME labels the receiver could not parse ("Message headers fail syntax check", "Wrong MIME labeling
  // on 8-bit character texts"): the message breaks the format (RFC 5322, RFC 2045).
  words('message-not-rfc-compliant', {
    phrases: ['syntax check', 'mime label'],
    pattern: /\bheaders?\s+(?:fail(?:s|ed)?|failing)\s+(?:the\s+)?syntax\s+check\b|\b(?:wrong|missing|bad|improper|incorrect|invalid)\s+mime\s+label/,
  }),

  // A message going round between servers ("it was looping through the network"): a routing loop.
  words('mail-loop', {
    phrases: ['looping'],
    pattern: /\b(?:was|is|were|are|kept|keeps)\s+looping\b|\blooping\s+(?:message|mail)\b/,
  }),

  // The receiving system overloaded ("congestion in the message transfer service", "server congestion"): the
  // receiver's own state, for now.
  words('receiver-system-error', {
    phrases: ['congestion'],
    pattern: /\bcongestion\s+(?:in|on|at)\b|\b(?:server|system|network|queue|transfer)\s+congestion\b|\bdue\s+to\s+congestion\b/,
  }),

  // No way to hand the message on towards the recipient (Exchange's and MS Mail's "No transport provider was
  // available for delivery to this recipient"): the address has no route.
  words('unrouteable-address', {
    phrases: ['no transport provider'],
  }),

  // The sending account stopped ("535 5.7.0 sender is frozen", "account frozen"): its provider holds its mail.
  words('outgoing-account-locked', {
    phrases: ['frozen'],
    pattern: /\b(?:sender|account|user|mailbox|e-?mail\s+account)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:temporarily\s+)?frozen\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // A sender address the server does not serve, refused for sending through it ("not local sender over smtp").
  words('sender-address-rejected', {
    phrases: ['not local sender', 'not a local sender'],
  }),

  // The receiving server hung up instead of answering (Exim: "Remote host … closed connection in response to end of
  // data", "… closed connection after RCPT TO"): the connection broke, no verdict was given.
  words('remote-server-unreachable', {
    phrases: ['closed connection in response to', 'closed connection after'],
    pattern: /\bclosed\s+connection\s+(?:in\s+response\s+to|after)\s+(?:initial\s+connection|end\s+of\s+data|data|rcpt|mail|ehlo|helo|starttls|auth)\b/,
    unless: ['spam', 'blocked', 'policy'],
  }),

  // Sendmail's and others' delay warnings ("Warning: message still undelivered after 4 hours", "could not send
  // message for past 4 hours"): still queued, the server keeps trying (RFC 3464's Action: delayed).
  words('retry-time-not-reached', {
    phrases: ['still undelivered after', 'could not send message for past'],
    pattern: /\bmessage\s+(?:is\s+)?still\s+undelivered\s+after\b|\bcould\s+not\s+send\s+message\s+for\s+past\b/,
    unless: ['gave up', 'giving up', 'will not be retried'],
  }),

  // Amavis's and other filters' verdict in their own words ("was considered unsolicited bulk e-mail (UBE)"): the
  // message was taken for spam.
  words('remote-spam-content', {
    phrases: ['unsolicited bulk', '(ube)'],
    pattern: /\b(?:considered|classified|identified|detected|judged)\s+(?:as\s+)?(?:an?\s+)?unsolicited\s+bulk\s+(?:e-?mail|mail|message)|\(ube\)/,
    unless: ['not considered', 'not unsolicited'],
  }),

  // Postfix local(8) could not write the recipient's mailbox file for a fault of its own ("cannot update mailbox …
  // unable to create lock file"): the receiving system, not the mailbox's size, which other words name.
  words('receiver-system-error', {
    phrases: ['lock file', 'cannot update mailbox'],
    pattern: /\b(?:unable\s+to|cannot|can'?t|could\s+not)\s+(?:create|open|get|obtain)\s+(?:the\s+)?lock\s*file\b|\bcannot\s+update\s+mailbox\b/,
    unless: ['quota', 'full', 'no space', 'file too large'],
  }),

  // A delay notice in other words ("Delivery to the following recipients has been delayed"): the message is still
  // queued and being tried (RFC 3464's Action: delayed).
  words('retry-time-not-reached', {
    phrases: ['been delayed', 'is delayed', 'was delayed'],
    pattern: /\bdelivery\b(?:[^.;\n]|\.(?=\S)){0,50}?\b(?:has\s+been|is|was)\s+delayed\b/,
    unless: ['gave up', 'giving up', 'will not be retried', 'failed permanently', 'not delayed', 'nothing was delayed'],
  }),

  // Delivery given up after trying for long enough, said in words ("could not be delivered within 2 days", "failed
  // after several attempts"; "nach mehreren Versuchen", "après plusieurs tentatives", "tras varios intentos", "na
  // meerdere pogingen"): the queue's time ran out (RFC 3463 X.4.7).
  words('delivery-expired', {
    phrases: ['delivered within', 'failed after', 'after several', 'after multiple', 'after repeated', 'nach mehreren', 'après plusieurs', 'apres plusieurs', 'tras varios', 'después de varios', 'despues de varios', 'na meerdere', 'dopo diversi', 'dopo vari', 'após várias', 'apos varias'],
    pattern:
      /\b(?:could\s+not|couldn't|cannot|can't|was\s+not|wasn't)\s+(?:be\s+)?delivered\s+within\s+(?:\d+|the\s+allowed)\b|\b(?:failed|undeliverable|gave\s+up|giving\s+up)\b(?:[^.\n]|\.(?=\S)){0,40}?\bafter\s+(?:retries|(?:multiple|several|repeated|many|\d+)\s+(?:delivery\s+)?(?:attempts|retries|tries))\b|(?:nach\s+mehreren\s+(?:zustell)?versuchen|apr[eè]s\s+plusieurs\s+tentatives|(?:tras|despu[eé]s\s+de)\s+varios\s+intentos|na\s+meerdere\s+(?:bezorg)?pogingen|dopo\s+(?:diversi|vari)\s+tentativi|ap[oó]s\s+v[aá]rias\s+tentativas)/,
    unless: ['will be retried', 'will retry', 'will try again', 'login', 'password', 'authentication'],
  }),

  // Exchange Online's own sentences for the people reading its non-delivery reports: the other side refused it without
  // a reason the report names ("… because the recipient's email provider rejected it", "due to a permission or
  // security issue"), or its server could not be reached ("the destination server wasn't responding").
  // RFC 3463's own name for the X.7 subject, "security or policy", in a refusal ("Security or policy settings at
  // example.org have rejected your message").
  words('receiver-policy', {
    phrases: ['security or policy'],
    pattern: /\bsecurity\s+or\s+policy\b(?:[^.;\n]|\.(?=\S)){0,60}?\b(?:rejected|refused|blocked|denied)\b/,
  }),
  words('receiver-policy', {
    phrases: ["email provider rejected it", 'permission or security issue'],
    pattern: /\brecipient'?s\s+email\s+provider\s+rejected\s+it\b|\bdue\s+to\s+a\s+permission\s+or\s+security\s+issue\b/,
  }),
  words('remote-server-unreachable', {
    phrases: ["server wasn't responding", 'server was not responding', "server isn't responding", 'server is not responding'],
    pattern: /\b(?:destination|recipient'?s?|receiving|remote)\s+(?:email\s+|mail\s+)?server\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+responding\b/,
  }),

  // A recipient the receiver does not have in its own list of users ("your recipient address is not in my local
  // list", "user not in our directory"): no such recipient there.
  words('recipient-unknown', {
    phrases: ['not in my local', 'not in our local', 'not in my list', 'not in our list', 'not in our directory', 'not in the directory', 'not in our user', 'not in the user'],
    pattern: /\b(?:recipient|address|user|mailbox|account)\b(?:[^.;\n]){0,20}?\b(?:is\s+)?not\s+(?:in|on)\s+(?:my|our|the)\s+(?:local\s+)?(?:list|recipient\s+list|user\s+list|users?\s+table|directory|user\s+directory|database)\b/,
    unless: ['rcpthosts', 'relay', 'sender', 'allowed domains', 'whitelist', 'allow list'],
  }),

  // The client's name in its greeting, refused in other words: an address literal "[192.0.2.1] is not a fully
  // qualified domain name", "use your real hostname when saying HELO" (RFC 5321 section 4.1.1.1).
  words('helo-refused', {
    phrases: ['saying helo', 'saying ehlo', 'not a fully', 'not a fqdn'],
    pattern: /\bwhen\s+saying\s+(?:helo|ehlo)\b|\]\s+is\s+not\s+a\s+(?:fully\s+qualified\s+domain\s+name|fqdn)\b/,
    unless: ['sender', 'recipient', 'mail from', 'rcpt to'],
  }),

  // The sender's own account named as the one that sent too much ("This mail account has sent too many messages in a
  // short amount of time"): its provider's quota, not a receiver's rate for the sending server.
  words('sending-quota-exceeded', {
    phrases: combos(['account ', 'mailbox ', 'user '], ['has sent too many', 'sent too many', 'has sent more']),
    pattern: /\b(?:account|mailbox|user)\s+(?:has\s+)?sent\s+(?:too\s+many|more\s+(?:e-?mails|messages|mails)\s+than)\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'receiv'],
  }),

  // A sender check that could not be finished ("Could not complete sender verification", Exim's callout in other
  // words): the receiver could not verify the envelope sender.
  words('sender-verify-failed', {
    phrases: ['sender verification'],
    pattern: /\b(?:could\s+not|couldn't|unable\s+to|cannot|can't|failed\s+to)\s+(?:complete|perform|finish)\s+(?:the\s+)?sender\s+verification\b/,
  }),

  // The sender or From address said to be wrong ("Incorrect sender header (Check your FROM)"), as "invalid sender" is.
  words('sender-address-rejected', {
    phrases: ['incorrect sender', 'incorrect from', 'wrong sender', 'wrong from'],
    pattern: /\b(?:incorrect|wrong)\s+(?:sender|from)(?:\s+(?:address|header|domain))?\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // An address the server could not parse (Exim's "malformed address: ]]> may not follow <a@example.org>" and the
  // other errors of its address parser, parse.c: "'>' missing at end of address", "domain missing in source-routed
  // address"): the command's syntax, before any question of who the address is.
  words('smtp-protocol-error', {
    phrases: [
      'malformed address',
      "'>' missing at end of address",
      'domain missing in source-routed address',
      'angle-brackets nested too deep',
      'colon expected after route list',
      'address is ridiculously long',
    ],
  }),

  // A command the server could not parse, said in RFC 5321's words alone ("501 Syntax error", "Syntax error in
  // command"; sections 4.2.2 and 4.2.3): the command's syntax. A syntax error said to be in an address, a header or the
  // message names what was wrong instead, and 501's full standard text ("Syntax error in parameters or arguments")
  // mostly refuses an address given as the parameter, which it does not name.
  words('smtp-protocol-error', {
    phrases: ['syntax error'],
    pattern: /\bsyntax\s+error(?:\s*$|\s*[.,;)]|\s+in\s+(?:the\s+)?command\b)/,
    unless: ['address', 'recipient', 'mailbox', 'header', 'message', 'content', 'body'],
  }),

  // The sending side told it is banned ("You are banned, contact your local admin"): the receiver refuses this server.
  words('server-blocklisted', {
    phrases: ['you are banned', 'you have been banned', 'you are blacklisted', 'you have been blacklisted'],
    unless: ['posting', 'to post', 'list', 'group', 'forum'],
  }),

  // Mail from the sender's domain refused as such ("Mail originating from that domain is not welcome here").
  words('sender-address-rejected', {
    phrases: ['from that domain', 'from this domain', 'from your domain'],
    pattern: /\b(?:mail|messages?|e-?mails?)\s+(?:originating\s+)?from\s+(?:that|this|your)\s+domain\s+(?:is|are)\s+(?:not\s+(?:welcome|accepted|allowed|permitted)|refused|rejected|blocked)\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // Relaying tried and refused, in a filter's words ("relay attempt blocked for: …", ASSP): the same as relaying denied.
  words('relay-denied', {
    phrases: ['relay attempt', 'relaying attempt'],
    pattern: /\brelay(?:ing)?\s+attempts?\s+(?:was\s+|were\s+)?(?:blocked|denied|refused|rejected)\b/,
  }),

  // Too many connections at once from the sending side ("Concurrent connections limit exceeded", Exchange Online's
  // 432 4.3.2): a rate of this server, said in connections.
  words('sender-rate-limited', {
    phrases: ['concurrent connections', 'simultaneous connections', 'parallel connections'],
    pattern: /\b(?:concurrent|simultaneous|parallel)\s+connections?\b[^.;\n]{0,30}?\b(?:limit|exceeded|reached)\b|\btoo\s+many\s+(?:concurrent|simultaneous|parallel)\s+connections?\b/,
    // Exchange Online's "concurrent connections per resource forest" is a limit inside the receiving service.
    unless: [...ABOUT_THE_RECIPIENT, 'resource forest'],
  }),

  // The rate of connections named as what was too high ("Connection rate limit exceeded", "Connection frequency
  // limited", a terse "Connection Rate"): the receiver counts this server's connections over time.
  words('sender-rate-limited', {
    phrases: ['connection rate', 'connections rate', 'connection frequency'],
    unless: [...ABOUT_THE_RECIPIENT, 'resource forest'],
  }),

  // The sending side said to be throttled ("IPs were throttled by recipient server", "your connection is being
  // throttled"): the receiver slows this server's mail down, a rate it puts on the sender. With the IP's reputation
  // named, the reputation entry says more. A "sender" throttled is left open: as often the account's own provider
  // holding back what it sends as a receiver's rate.
  words('sender-rate-limited', {
    phrases: ['throttled by', 'were throttled', 'was throttled', 'are throttled', 'is throttled', 'being throttled', 'been throttled'],
    pattern:
      /\b(?:ips?|ip\s+address(?:es)?|connections?|sessions?|messages?|mails?|e-?mails?|you|server|traffic)\s+(?:(?:are|were|is|was|being|been|has|have|temporarily)\s+){1,3}throttled\b|\bthrottled\s+by\s+(?:the\s+)?(?:recipient|receiving|remote|destination)(?:'s)?\s+(?:mail\s+)?(?:server|system|domain|host|provider|mx)\b/,
    unless: ['reputation', 'mailbox', 'inbox'],
  }),

  // A sender check that failed, in a milter's words ("sender check failed: <a@example.org>", smf-sav's sender
  // address verification).
  words('sender-verify-failed', {
    phrases: ['sender check failed', 'sender check failure'],
  }),

  // The sending IP taken for an end user's connection ("no longer accepts connections from dynamically assigned IP
  // addresses", "dynamic IP", "dial-up"): refused as such, like an address on a list of such ranges (the facts'
  // "blocked" reason holds the same refusals).
  words('server-blocklisted', {
    phrases: ['dynamically assigned', 'dynamic ip', 'dynamic address', 'dial-up ip', 'dialup ip', 'residential ip'],
    pattern: /\b(?:dynamically\s+assigned|dynamic|dial-?up|residential)\s+(?:ip|ips|ip\s+address(?:es)?|address(?:es)?|address\s+space|ranges?|pool)\b/,
    unless: [...ABOUT_THE_RECIPIENT, 'not a dynamic', 'no dynamic'],
  }),

  // A syntax error found in the message itself ("A syntax error was detected in the content of the message", Exchange's
  // Internet Mail Connector; "Syntax error in message header"), not in an SMTP command: how the message is built.
  // Exchange's French text of the same report ("Une erreur de syntaxe a été détectée dans le contenu du message").
  words('message-content-rejected', {
    phrases: ['dans le contenu du message'],
    pattern: /\berreur\s+de\s+syntaxe\b.{0,40}?\bdans\s+le\s+contenu\s+du\s+message\b/,
  }),
  words('message-content-rejected', {
    phrases: ['syntax error'],
    pattern: /\bsyntax\s+errors?\s+(?:was\s+|were\s+)?(?:detected\s+|found\s+)?in\s+(?:the\s+)?(?:content\s+of\s+the\s+message|message(?:\s+(?:header|headers|body|content))?|(?:header|headers|body)\s+of\s+the\s+message)\b/,
  }),

  // A spam filter's score named as over its limit ("spamdefang score exceeds maximum", "SpamAssassin score too high").
  // Not a reputation score of the sender ("Sender Score", a reputation list's number).
  words('remote-spam-content', {
    phrases: combos(['score '], ['exceeds', 'exceeded', 'too high', 'is too high', 'above', 'over']),
    pattern: /\b(?:spam\w*|rspamd|spamd|amavis\w*|content\s+filter)\s+score\s+(?:exceeds|exceeded|(?:is\s+)?too\s+high|above|over)\b/,
    unless: ['sender score', 'reputation'],
  }),

  // "x is not a valid user": the recipient's user, said with its article. Not the sender, not a login's user name.
  words('recipient-unknown', {
    // ("not a valid recipient" is among the phrase facts already.)
    phrases: ['not a valid user', 'not a valid local user', 'not a valid account'],
    codes: [450, 550, 551, 553, 554],
    unless: ['sender', 'mail from', 'from address', 'login', 'password', 'authenticat'],
  }),

  // Sending said to be suspended ("This domain is temporarily suspended from sending out mail"): the account's own
  // provider has switched its outgoing mail off.
  words('outgoing-suspended', {
    phrases: ['suspended from sending'],
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // The sending account called compromised ("Your mail account (a@example.org) was compromised. Please change your
  // password"): its provider stopped what it sends until the password is changed.
  words('outgoing-account-locked', {
    phrases: ['compromised'],
    pattern:
      /\b(?:account|mailbox|password|credentials|login)\b(?:[^.;\n]|\.(?=\S)){0,40}?\b(?:is|was|were|has\s+been|have\s+been|appears\s+to\s+be|may\s+be|may\s+have\s+been|seems\s+to\s+be)\s+compromised\b|\bcompromised\s+(?:e-?mail\s+|mail\s+|user\s+)?(?:account|mailbox|credentials|password)\b/,
    unless: [...ABOUT_THE_RECIPIENT],
  }),

  // The sender's address refused outright ("We do not accept mail from this address"): the receiver's own list.
  words('sender-address-rejected', {
    phrases: combos(['accept '], ['mail ', 'email ', 'e-mail ', 'messages '], ['from this address', 'from your address', 'from this email address', 'from your email address']),
    pattern: /\b(?:do|does|will|can)\s*(?:not|n't)\s+accept\s+(?:e-?mail|mail|messages)\s+from\s+(?:this|your)\s+(?:e-?mail\s+)?address\b/,
  }),

  // A relay refusal in a smarthost's or submission server's words ("may not use this server as a smarthost",
  // "message submission is for authorised users only"): the server relays only for its own users.
  words('relay-denied', {
    phrases: ['as a smarthost', 'as a smart host', 'authorised users only', 'authorized users only'],
    pattern:
      /\bnot\s+(?:allowed\s+to\s+|permitted\s+to\s+)?use\s+this\s+(?:server|host|system)\s+as\s+a\s+smart\s?host\b|\b(?:submission|relaying|relay)\s+is\s+(?:only\s+)?for\s+authori[sz]ed\s+users\b/,
  }),

  // The sender's domain said to have no MX ("refused mailfrom because return MX does not exist"), as the rule's "sender
  // domain has no …" says it: the receiver will not take mail whose sender cannot be answered.
  words('sender-address-rejected', {
    phrases: ['return mx', 'sender mx', "sender's mx"],
    pattern: /\b(?:return|sender(?:'s)?)\s+(?:domain\s+)?mx\s+(?:records?\s+)?(?:does\s+not|doesn't|do\s+not|don't)\s+exist\b/,
  }),

  // The sender said to be unknown ("550 <a@example.org>, Sender unknown"), as the rule's "invalid sender" says it.
  words('sender-address-rejected', {
    phrases: ['sender unknown'],
  }),

  // The sender's address does not belong to the login it was sent with ("Originator address does not match
  // authentication credentials", Postfix's "not owned by user"): the server lets a user send only as themselves.
  words('sender-address-rejected', {
    phrases: ['does not match authentication', "doesn't match authentication", 'does not match the authenticated', 'does not match authenticated'],
    pattern:
      /\b(?:originator|sender|from|envelope)\b[^.;\n]{0,30}?\b(?:does\s+not|doesn't)\s+match\s+(?:the\s+)?(?:authentication|authenticated)\b/,
  }),

  // RFC 5321's 500 "Syntax error, command unrecognized" in other words ("Unrecognized command", "command not
  // recognised"): the servers do not understand each other.
  words('smtp-protocol-error', {
    phrases: ['unrecognized command', 'unrecognised command', 'command unrecognized', 'command unrecognised', 'command not recognized', 'command not recognised'],
    unless: ['authentication type', 'auth type'],
  }),

  // The sending host could not use the source address its connection needs (EADDRNOTAVAIL, "Cannot assign requested
  // address": often an IPv6 destination on a host without working IPv6).
  words('remote-server-unreachable', {
    phrases: ['cannot assign requested address'],
  }),

  // Exim's sender callout could not even start a conversation with the sender's server ("Callback setup failed
  // while verifying <a@example.org>", its verify.c).
  words('sender-verify-failed', {
    phrases: ['callback setup failed while verifying'],
  }),

  // The HELO/EHLO name said not to match what DNS says ("Your HELO/EHLO hostname … is not matching your DNS
  // configuration"): the receiver refuses the name the server introduced itself with.
  words('helo-refused', {
    phrases: ['helo', 'ehlo'],
    pattern:
      /\b(?:helo|ehlo)(?:\/(?:helo|ehlo))?\s+(?:host\s?name|name|domain)\b(?:[^.;\n]|\.(?=\S)){0,80}?\b(?:is\s+not\s+matching|does\s+not\s+match|doesn't\s+match|not\s+matching|mismatch(?:es)?)\b/,
  }),

  // Too many failed logins from the sending IP ("IP is Hangup, too much auth error"): the login is what failed.
  words('smtp-login-failed', {
    phrases: ['auth error', 'auth errors', 'auth failures', 'authentication errors', 'authentication failures'],
    pattern: /\btoo\s+(?:much|many)\s+(?:auth|authentication|login)\s+(?:errors?|failures?)\b/,
  }),

  // The message's size named as a violation of the receiver's rules ("Message Size Violation").
  words('message-too-large', {
    phrases: ['size violation'],
    pattern: /\b(?:message\s+)?size\s+violation\b/,
    unless: ['mailbox', 'quota', 'header'],
  }),

  // policyd-weight's refusal names the lists that scored after its fixed sentence ("… or to get removed from DNSBLs;
  // in zen.spamhaus.org"); other endings name the HELO or the client instead.
  words('server-blocklisted', {
    phrases: ['removed from dnsbls; in '],
  }),
];

/**
 * The receiving host's own spool could not be written ("spool file write error while delivering: No space left on
 * device", Exim): the server's disk, not a mailbox's quota. A fixed fact that outranks the facts' reading of "no space
 * left on device" as a full mailbox.
 */
export const SPOOL_WRITE_FAILED: TierEntry = reasonPhrase(
  'receiver-system-error',
  { phrases: ['spool file write error', 'spool write error', 'error writing spool file'], priority: 1 },
  'Exim, its spool file code ("spool file write error"); ENOSPC, "No space left on device", a full disk',
);

/**
 * A Message-ID header missing or unusable ("Messages missing a valid messageId header are not accepted"): RFC 5322
 * section 3.6.4 says every message should have one, and receivers refuse mail without it. A fixed fact that outranks
 * the generic "… are not accepted" around it.
 */
export const MESSAGE_ID_MISSING: TierEntry = reasonPhrase(
  'message-not-rfc-compliant',
  {
    phrases: ['messageid header', 'message-id header', 'message id header', 'messageid field', 'message-id field'],
    pattern: /\b(?:missing|without|no|lacks?|lacking|invalid|malformed|bad)\s+(?:an?\s+|the\s+)?(?:valid\s+|proper\s+)?message[-\s]?id\s+(?:header|field)\b|\bmessage[-\s]?id\s+(?:header|field)\s+(?:is\s+)?(?:missing|invalid|malformed|required)\b/,
    priority: 1,
  },
  'RFC 5322 section 3.6.4: the Message-ID field every message should carry',
);

/**
 * The URI block lists (URIBL, SURBL) list domains found in message bodies, never a sending IP: a text naming one
 * says a link in the message is listed. A fixed fact that outranks the generic words around it ("Message refused").
 * Not where a spam filter's score is the verdict and a URIBL test only one of the tests it lists
 * ("SpamAssassin score 21.7 (…,URIBL_BLACK)").
 */
export const URI_LIST_NAMES: TierEntry = reasonPhrase(
  'url-blocklisted',
  {
    phrases: ['uribl', 'surbl'],
    priority: 1,
    unless: ['helo', 'mail from', 'from domain', 'your domain', 'envelope', 'sender domain', 'spamassassin score', 'spam score'],
  },
  'URIBL (uribl.com) and SURBL (surbl.org): block lists of domains that appear in message bodies',
);

/**
 * The receiver says the sender's own domain does not exist ("553 sorry, your domain does not exist"): it could not
 * verify the sender. A fixed fact about whose domain it is, so it outranks the facts' "domain does not exist", which
 * reads as the recipient's.
 */
export const SENDER_DOMAIN_MISSING: TierEntry = reasonPhrase(
  'sender-verify-failed',
  {
    phrases: [
      ...combos(['your domain ', "sender's domain ", 'sender domain '], ['does not exist', 'does not exists', "doesn't exist"]),
      // The return path's domain is the sender's (RFC 5321 section 4.4): "the return email domain is invalid".
      ...combos(['return email domain ', 'return e-mail domain ', 'return domain ', 'return-path domain ', 'return path domain '], ['is invalid', 'does not exist', "doesn't exist", 'not found', 'is not found']),
    ],
    unless: [...ABOUT_THE_RECIPIENT, 'rcpt'],
  },
  "RFC 5321's reverse-path: a receiver that checks the sender's domain and finds none (Postfix's reject_unknown_sender_domain)",
);

/**
 * A notice that delivery is still being tried for a stated time ("Gmail will retry for 47 more hours"): the message
 * is queued, not lost. Below every other reason word (priority -2): a notice that also names why the delivery failed
 * is about that reason.
 */
export const STILL_RETRYING: TierEntry = reasonPhrase(
  'retry-time-not-reached',
  {
    phrases: ['will retry for', 'will keep trying for', 'will continue trying for', 'will try again for'],
    pattern: /\bwill\s+(?:retry|keep\s+trying|continue\s+trying|try\s+again)\s+for\s+(?:another\s+)?\d+\s+(?:more\s+)?(?:minutes?|hours?|days?)\b/,
    priority: -2,
  },
  'a retry notice as mail systems write it, with the time left (RFC 3464 Action: delayed)',
);
