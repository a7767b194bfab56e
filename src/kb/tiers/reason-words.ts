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
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const SOURCE = "RFC 3463's subjects (mailbox, message, address, security) and the catalogue's vocabulary: a subject word and a state word in one clause";

function words(id: DiagnosisId, match: RuleMatch): TierEntry {
  return reasonPhrase(id, { ...match, priority: -1 }, SOURCE);
}

/** A few words, no sentence break, between a subject and its state (a dot inside an IP address or a name is no break). */
const GAP = String.raw`(?:(?:[^.;:!?\n]|\.(?=\S)){0,30}?\s)?`;

/** Subjects whose state a bounce reports about the recipient's mailbox. */
const MAILBOX = String.raw`(?:mail ?box|inbox|(?:mail ?)?folder|postbox|mail ?storage)`;
const FULL_STATES = ['full', 'over quota', 'over its quota', 'out of space', 'out of storage', 'out of disk space'];

/** Subjects of a closed account: the recipient's account, mailbox or address. */
const ACCOUNT = String.raw`(?:account|mail ?box|user|address|recipient)`;
const CLOSED_STATES = ['closed', 'disabled', 'deactivated', 'inactive', 'terminated', 'expired', 'frozen', 'discontinued', 'cancelled', 'canceled', 'suspended', 'no longer active', 'not active'];

/** What a size limit is about: the message or its parts. */
const MESSAGE = String.raw`(?:message|mail|e-?mail|body|attachments?|data|size)`;
const TOO_LARGE_STATES = ['too big', 'too large', 'oversized', 'oversize'];

/** What a block list lists: the sending IP address, host or server. */
const LISTED_SUBJECT = String.raw`(?:ip|ip address|host|client|server|mail ?server|relay|connection|network|netblock)`;
const LISTED_STATES = ['blacklisted', 'blocklisted', 'black listed', 'block listed', 'blacklist', 'blocklist', 'black list', 'block list'];

const alternatives = (list: readonly string[]): string => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

export const REASON_WORDS: readonly TierEntry[] = [
  // The recipient's mailbox, inbox or folder is full or over its quota (RFC 3463 X.2.2).
  words('recipient-mailbox-full', {
    phrases: FULL_STATES,
    pattern: new RegExp(String.raw`\b${MAILBOX}\b${GAP}(?:is\s+|was\s+|currently\s+|now\s+)*(?:${alternatives(FULL_STATES)})\b`),
  }),

  // The recipient's account or mailbox was closed, switched off or suspended (X.2.1). Never the sender's own
  // account ("your account has been suspended" is about the sender's login or sending).
  words('recipient-disabled', {
    phrases: CLOSED_STATES,
    pattern: new RegExp(
      String.raw`\b${ACCOUNT}\b${GAP}(?:is\s+|has\s+been\s+|was\s+|currently\s+|temporarily\s+|permanently\s+)*(?:${alternatives(CLOSED_STATES)})\b|\b(?:${alternatives(CLOSED_STATES)})\s+(?:e-?mail\s+|mail\s+|user\s+|recipient\s+)?${ACCOUNT}\b`,
    ),
    unless: ['your account', 'your mailbox', 'your email account', 'your e-mail account', 'your user', 'sending account', 'authentication', 'login', 'sasl', 'smtp auth', 'outgoing', 'outbound', 'password', 'for sending'],
    // The replies that refuse a recipient or a message; a login's 535 ("Account is not active") is the sender's own.
    codes: [450, 451, 452, 550, 551, 552, 553, 554],
  }),

  // The message (or an attachment) is larger than the receiver takes (X.2.3, X.3.4).
  words('message-too-large', {
    phrases: TOO_LARGE_STATES,
    pattern: new RegExp(String.raw`\b${MESSAGE}\b${GAP}(?:is\s+|was\s+|are\s+)*(?:${alternatives(TOO_LARGE_STATES)})\b|\b(?:oversized?)\s+(?:message|mail|e-?mail|attachment)`),
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
    phrases: ['relay'],
    pattern:
      /\brelay(?:ing)?(?:\s+access)?(?:\s+(?:is|was|has\s+been))?\s+(?:denied|prohibited|refused|forbidden|disallowed|rejected|not\s+(?:permitted|allowed|authori[sz]ed))\b|\b(?:unauthori[sz]ed|illegal|no)\s+relay(?:ing)?\b|\b(?:do|does|will|can)\s?not\s+relay\b|\bcan't\s+relay\b|\bnot\s+a\s+relay\b/,
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
    phrases: ['spam', 'junk', 'bulk mail', 'unsolicited'],
    pattern:
      /\b(?:identified|classified|detected|marked|flagged|considered|recogni[sz]ed|judged|rated|scored|tagged|categori[sz]ed|rejected|blocked|refused|quarantined)\s+as\s+(?:(?:likely|possible|probable|potential|suspected)\s+)?(?:spam|junk|bulk\s+mail|unsolicited)\b|\b(?:looks|appears|seems)\s+(?:like|to\s+be)\s+(?:spam|junk)\b|(?:^|[\s(])(?:spam|junk)\s+(?:score|content|detected|suspected)\b|\b(?:likely|possible|probable|suspected)\s+(?:spam|junk)\b/,
  }),
];
