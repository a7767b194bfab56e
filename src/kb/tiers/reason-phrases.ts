/**
 * The reason-phrase tier: phrases that name a bounce reason whoever says
 * them. Sisimai's phrase facts (sisimai-facts.ts, BSD-2) are mapped from
 * Sisimai's reason names onto catalogue ids; the multilingual phrases add the
 * languages bounces arrive in. Sisimai's per-provider tables become
 * provider-code entries here too, since they are keyed the same way.
 */
import { escapeLiteral } from '../../text/regex-source';
import type { DiagnosisId } from '../types';
import { reasonConditions } from './conditions';
import { reasonPhrase } from './phrase-entry';
import { MULTILINGUAL_PHRASES } from './multilingual-phrases';
import { MTA_PHRASES } from './mta-phrases';
import { COMMERCIAL_MTA_PHRASES } from './mta-phrases-commercial';
import { OPEN_SOURCE_MTA_PHRASES } from './mta-phrases-open-source';
import { MORE_SERVER_PHRASES } from './mta-phrases-more-servers';
import { HOSTING_PANEL_PHRASES } from './mta-phrases-hosting-panels';
import { BUSINESS_SERVER_PHRASES } from './mta-phrases-business-servers';
import { MESSAGE_ID_MISSING, REASON_WORDS, SENDER_DOMAIN_MISSING, SPOOL_WRITE_FAILED, STILL_RETRYING, URI_LIST_NAMES } from './reason-words';
import { LANGUAGE_REASON_WORDS } from './reason-words-languages';
import { FURTHER_LANGUAGE_REASON_WORDS } from './reason-words-further-languages';
import { MORE_LANGUAGE_REASON_WORDS } from './reason-words-more-languages';
import { MORE_LANGUAGE_PHRASES } from './multilingual-phrases-more';
import { EUROPE_LANGUAGE_PHRASES } from './multilingual-phrases-europe';
import { SISIMAI_REASONS, SISIMAI_RHOSTS, type SisimaiReasonFacts, type SisimaiRhostRow } from './sisimai-facts';
import { SISIMAI_NEWER_REASONS, SISIMAI_NEWER_RHOSTS } from './sisimai-facts-newer';
import { CLIENT_LIBRARY_PHRASES } from './client-library-phrases';
import type { TierEntry } from './tier-entry';

/**
 * Sisimai's reasons in catalogue ids. Reasons left out have no diagnosis that
 * fits all their phrases (securityerror mixes the sender's login with the
 * receiver's checks: PHRASE_ID maps it phrase by phrase; onhold and vacation
 * are not failures a sender can act on; syntaxerror has no phrases, its
 * replies are RFC 5321's standard texts, known by the smtp-protocol-error
 * rule and the status-code tier).
 */
const REASON_ID: Readonly<Record<string, DiagnosisId>> = {
  authfailure: 'sender-authentication-failed',
  badreputation: 'ip-reputation-throttled',
  blocked: 'server-blocklisted',
  contenterror: 'message-content-rejected',
  exceedlimit: 'message-too-large',
  emailtoolarge: 'message-too-large',
  mesgtoobig: 'message-too-large',
  expired: 'delivery-expired',
  filtered: 'recipient-filtered',
  hasmoved: 'recipient-moved',
  hostunknown: 'recipient-domain-not-found',
  mailboxfull: 'recipient-mailbox-full',
  networkerror: 'remote-server-unreachable',
  norelaying: 'relay-denied',
  notaccept: 'recipient-null-mx',
  notcompliantrfc: 'message-not-rfc-compliant',
  policyviolation: 'receiver-policy',
  rejected: 'sender-address-rejected',
  requireptr: 'server-ptr-missing',
  spamdetected: 'remote-spam-content',
  spandetected: 'remote-spam-content',
  speeding: 'recipient-rate-limited',
  toomanyconn: 'sender-rate-limited',
  suspend: 'recipient-disabled',
  systemerror: 'receiver-system-error',
  systemfull: 'receiver-system-error',
  userunknown: 'recipient-unknown',
  virusdetected: 'virus-detected',
};

/**
 * Reasons whose phrases name different causes, mapped phrase by phrase (a
 * phrase not listed is not used; keys are written as the scan sees text,
 * lower-case). Sisimai's securityerror holds the sending side's missing or
 * failed login next to TLS demands and attachment bans.
 */
const PHRASE_ID: Readonly<Record<string, Readonly<Record<string, DiagnosisId>>>> = {
  securityerror: {
    'authentication credentials invalid': 'smtp-login-failed',
    'authentication failure': 'smtp-login-failed',
    'authentication required': 'smtp-auth-required',
    'authentication turned on in your email client': 'smtp-auth-required',
    'unauthenticated senders not allowed': 'smtp-auth-required',
    'you are not authorized to send mail, authentication is required': 'smtp-auth-required',
    "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts": 'smtp-auth-required',
    'authentication failed; server ': 'smtp-login-failed',
    'authentification requise': 'smtp-auth-required',
    'authentification invalide': 'smtp-login-failed',
    'starttls is required to send mail': 'tls-required',
    'tls required but not supported': 'tls-required',
    'executable files are not allowed in compressed files': 'executable-in-archive',
  },
  // Sisimai's toomanyconn holds limits on the sending server's connections, messages and recipients next to the
  // own provider's sending quotas and the own server's hourly limit.
  toomanyconn: {
    'all available ips are at maximum connection limit': 'sender-rate-limited',
    'connection rate limit exceeded': 'sender-rate-limited',
    'exceeds per-domain connection limit for': 'sender-rate-limited',
    'has exceeded the max emails per hour ': 'max-emails-per-hour',
    'throttling failure: daily message quota exceeded': 'sending-quota-exceeded',
    'throttling failure: maximum sending rate exceeded': 'sending-quota-exceeded',
    'too many connections': 'sender-rate-limited',
    'too many connections from your host.': 'sender-rate-limited',
    'too many concurrent smtp connections': 'sender-rate-limited',
    'too many errors from your ip': 'sender-rate-limited',
    'too many recipients': 'sender-rate-limited',
    'too many smtp sessions for this host': 'sender-rate-limited',
    'trop de connexions, ': 'sender-rate-limited',
    'we have already made numerous attempts to deliver this message': 'delivery-expired',
    // Provider rows (Sisimai's Rhost tables) under the same reason.
    'the recipient has exceeded their limit for': 'recipient-rate-limited',
    'account service is temporarily unavailable': 'receiver-system-error',
  },
  // Sisimai's speeding: the recipient receiving too fast, or the sending IP sending too fast.
  speeding: {
    'receiving mail at a rate that prevents additional messages from being delivered': 'recipient-rate-limited',
    'mail sent from your ip address has been temporarily rate limited': 'sender-rate-limited',
    'please try again slower': 'sender-rate-limited',
    // Provider rows (Sisimai's Rhost tables) under the same reason, where they are not the recipient's limit (the
    // reason's own reading): Google's and Microsoft's sending quotas are the sender's own provider's limits.
    'peak smtp relay limit exceeded for customer': 'sending-quota-exceeded',
    'daily sending quota exceeded': 'sending-quota-exceeded',
    'daily user sending limit exceeded': 'sending-quota-exceeded',
    'daily smtp relay limit exceeded for': 'sending-quota-exceeded',
    'daily smtp relay sending limit exceeded for': 'sending-quota-exceeded',
    "your message can't be sent because you've reached your daily limit for message recipients": 'sending-quota-exceeded',
    'submission quota exceeded': 'sending-quota-exceeded',
    'access denied, tenant has exceeded threshold': 'sending-quota-exceeded',
    'this mail has been rate limited': 'sender-rate-limited',
    'has exceeded permitted limits within': 'sender-rate-limited',
    'access denied, traffic not accepted from this ip': 'microsoft-blocklist',
  },
  // Sisimai's ratelimited (its newer name for speeding and toomanyconn): the ordered pairs it added are all about the
  // sending server's connections, sessions and rate, keyed by their first part.
  ratelimited: {
    'connection ': 'sender-rate-limited',
    temporarily: 'sender-rate-limited',
    'throttled ': 'sender-rate-limited',
    'too many ': 'sender-rate-limited',
  },
  // Sisimai's networkerror holds connection and DNS failures next to mail loops (RFC 3463 X.4.6, "routing loop detected").
  networkerror: {
    'could not connect and send the mail to': 'remote-server-unreachable',
    'dns records for the destination computer could not be found': 'remote-server-unreachable',
    'host is unreachable': 'remote-server-unreachable',
    'host name lookup failure': 'remote-server-unreachable',
    'host not found, try again': 'remote-server-unreachable',
    'malformed name server reply': 'remote-server-unreachable',
    'malformed or unexpected name server reply': 'remote-server-unreachable',
    'no route to host': 'remote-server-unreachable',
    'unable to resolve route ': 'remote-server-unreachable',
    // Exim's own default when no router accepts an address (route.c): the same routing failure as its "Unrouteable
    // address", not a network that could not be reached.
    'unrouteable mail domain': 'unrouteable-address',
    'hop count exceeded - possible mail loop': 'mail-loop',
    'mail forwarding loop for ': 'mail-loop',
    'maximum forwarding loop count exceeded': 'mail-loop',
    'message looping': 'mail-loop',
    'message probably in a routing loop': 'mail-loop',
    'too many hops': 'mail-loop',
    // Microsoft's row for a domain that does not exist in DNS (5.4.4): the domain, not the network.
    'smtpsend.dns.nonexistentdomain; nonexistent domain': 'recipient-domain-not-found',
  },
};

const SISIMAI = 'Sisimai phrase facts (lib/Sisimai/Reason), BSD-2';
const SISIMAI_RHOST = 'Sisimai provider tables (lib/Sisimai/Rhost), BSD-2';
const SISIMAI_NEWER = 'Sisimai phrase facts after v5.1.0 (go-sisimai reason/), BSD-2';
const SISIMAI_NEWER_RHOST = 'Sisimai provider tables after v5.1.0 (go-sisimai rhost/), BSD-2';

/** The matcher sees lower-case, single-spaced text; a phrase must be written the same way. */
function folded(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Phrases of the facts that are not used, each with why: they say that a
 * delivery failed, not why, and a diagnosis from them would be a guess.
 */
const NOT_A_REASON: ReadonlyMap<string, string> = new Map([
  ['temporary local problem', "Exim's catch-all deferral text: the receiver deferred, for a cause it does not name"],
  ['service not available, closing transmission channel', 'the standard wording of reply 421 in RFC 5321 (section 4.2.2): the receiver closed the session, for a cause it does not name'],
  ['connection dropped', "RFC 3463's X.4.2 'bad connection' in other words: the session broke off, whatever the cause (filed under blocked in the facts)"],
  ['giving up on', "qmail-remote's closing words after a permanent refusal (\"… does not like recipient. Remote host said: 550 … Giving up on 192.0.2.1.\"): the refusal before them is the reason, not an expiry"],
]);

/** A part of an ordered pair that is only a reply code, as Sisimai writes "553 " before the words. */
const REPLY_CODE_PART = /^[245]\d\d $/;

/** Phrases too short, or listed in NOT_A_REASON, do not name a reason by themselves. */
function usable(phrase: string): boolean {
  return phrase.trim().length >= 4 && !NOT_A_REASON.has(phrase);
}

/**
 * Phrases of the facts that keep their reason unless the text names something else as the actor: "was blocked by "
 * (blocked: a block list) is a spam verdict when what blocked it is a spam filter ("blocked by the spam filter").
 */
const PHRASE_UNLESS: Readonly<Record<string, readonly string[]>> = {
  'was blocked by ': ['spam filter', 'spamfilter', 'antispam', 'anti-spam', 'anti spam', 'spamassassin', 'content filter'],
};

function sisimaiReasonEntries(reasons: Readonly<Record<string, SisimaiReasonFacts>>, source: string): TierEntry[] {
  const entries: TierEntry[] = [];
  for (const [reason, facts] of Object.entries(reasons)) {
    const byPhrase = PHRASE_ID[reason];
    if (byPhrase !== undefined) {
      entries.push(...phraseByPhraseEntries(reason, facts.phrases, facts.pairs, byPhrase, source));
      continue;
    }
    const id = REASON_ID[reason];
    if (id === undefined) continue;
    const unless = facts.isnot.map(folded);
    const phrases = [...new Set(facts.phrases.map(folded).filter(usable))];
    const plain = phrases.filter((p) => PHRASE_UNLESS[p] === undefined);
    if (plain.length > 0) entries.push(reasonPhrase(id, { phrases: plain, unless }, `${source}: ${reason}`));
    for (const p of phrases.filter((q) => PHRASE_UNLESS[q] !== undefined)) {
      entries.push(reasonPhrase(id, { phrases: [p], unless: [...unless, ...PHRASE_UNLESS[p]!] }, `${source}: ${reason}`));
    }
    for (const parts of facts.pairs) {
      const entry = pairEntry(id, parts, unless, `${source}: ${reason}`);
      if (entry !== undefined) entries.push(entry);
    }
  }
  return entries;
}

/**
 * An ordered pair (or triple) of phrases: the longest part is the phrase the
 * scan finds, the pattern checks that all occur in order. A part that is a
 * bare reply code ("553 ") is the reply's code, which the reply parser has
 * already taken out of the words: it becomes a condition on the code.
 */
function pairEntry(id: DiagnosisId, parts: readonly string[], unless: readonly string[], source: string): TierEntry | undefined {
  const codes = parts.filter((part) => REPLY_CODE_PART.test(part)).map((part) => Number(part.trim()));
  const folds = parts.filter((part) => !REPLY_CODE_PART.test(part)).map(folded);
  if (folds.length === 0) return undefined;
  const phrase = folds.reduce((a, b) => (b.trim().length > a.trim().length ? b : a));
  if (!usable(phrase)) return undefined;
  return reasonPhrase(
    id,
    {
      phrases: [phrase],
      ...(folds.length > 1 ? { pattern: new RegExp(folds.map(escapeLiteral).join('.*')) } : {}),
      ...(codes.length > 0 ? { codes, requireCode: true } : {}),
      unless,
    },
    `${source} (ordered pair)`,
  );
}

/** Entries of a reason mapped phrase by phrase; an ordered pair (or triple) is known by its first part. */
function phraseByPhraseEntries(reason: string, phrases: readonly string[], pairs: ReadonlyArray<readonly [string, ...string[]]>, byPhrase: Readonly<Record<string, DiagnosisId>>, source: string): TierEntry[] {
  const entries: TierEntry[] = [];
  for (const phrase of phrases) {
    const id = byPhrase[folded(phrase)];
    if (id !== undefined) entries.push(reasonPhrase(id, { phrases: [folded(phrase)] }, `${source}: ${reason}`));
  }
  for (const parts of pairs) {
    const id = byPhrase[folded(parts[0])];
    const entry = id === undefined ? undefined : pairEntry(id, parts, [], `${source}: ${reason}`);
    if (entry !== undefined) entries.push(entry);
  }
  return entries;
}

/**
 * Provider rows without a code whose words, outside that provider's replies,
 * name no cause or another one: "not accepting connections" (Apple: blocked)
 * is any busy or closed server; "recipient temporarily unavailable" (Mimecast:
 * blocked) and "recipient rejected" (Cox: user unknown) say nothing of why;
 * "requested action aborted: try again later" is RFC 5321's own 451 text;
 * "suspected spam" (Tencent: rejected) is anyone else's spam verdict;
 * "message is looping" (GoDaddy: system error) and "mail loop detected"
 * (Mimecast: network error) are a mail loop; "sender address blocked"
 * (Mimecast: blocked, its listing of the address) is a refused sender
 * address, not a listed server.
 */
const PROVIDER_ONLY: ReadonlySet<string> = new Set([
  'suspected spam',
  'message is looping',
  'mail loop detected',
  'sender address blocked',
  'not accepting connections',
  'recipient temporarily unavailable',
  'recipient rejected',
  'requested action aborted: try again later',
  '< details of rbl >',
]);

/**
 * Provider rows whose words are RFC 3463's own text for their status code
 * (X.3.2 "system not accepting network messages"): any server writes them,
 * so the code's standard meaning (the status-code tier) says more than the
 * provider's reading of it.
 */
const STANDARD_CODE_WORDS: ReadonlySet<string> = new Set(['system not accepting network messages']);

/**
 * Provider rows filed under a broader reason than their words: Sisimai's
 * "blocked" holds Exchange's refusals of the client's HELO/EHLO name ("501
 * 5.5.4 Invalid domain name", "access denied, bad helo") next to block lists.
 */
const ROW_ID: Readonly<Record<string, DiagnosisId>> = {
  'invalid domain name': 'helo-refused',
  'access denied, bad helo': 'helo-refused',
};

function sisimaiRhostEntries(rhosts: Readonly<Record<string, readonly SisimaiRhostRow[]>>, source: string): TierEntry[] {
  const entries: TierEntry[] = [];
  for (const [provider, rows] of Object.entries(rhosts)) {
    for (const [reason, code, status, phrase] of rows) {
      const p = folded(phrase);
      const id = ROW_ID[p] ?? PHRASE_ID[reason]?.[p] ?? REASON_ID[reason];
      if (id === undefined || !usable(p) || STANDARD_CODE_WORDS.has(p)) continue;
      const coded = code !== 0 || status !== '';
      if (!coded && PROVIDER_ONLY.has(p)) continue;
      entries.push({
        id,
        // Sisimai reads these rows only for mail from that provider; here the row's own codes stand in for that check,
        // so a row that names a code needs it present ("service not available" alone is no Microsoft reply), and a
        // row without one says no more than a reason phrase ("recipient rejected" is not Cox's alone).
        tier: coded ? 'provider-code' : 'reason-phrase',
        match: { phrases: [p], ...reasonConditions(id), ...(code !== 0 ? { codes: [code] } : {}), ...(status !== '' ? { enhanced: [status] } : {}), ...(coded ? { requireCode: true } : {}) },
        source: `${source}: ${provider}, ${reason}`,
      });
    }
  }
  return entries;
}

/**
 * Postfix's own words when a session breaks off (smtp(8) client: "lost
 * connection with %s while %s", "conversation with %s timed out while %s"):
 * the receiving server went away mid-conversation.
 */
const SESSION_BROKE_OFF: TierEntry = reasonPhrase(
  'remote-server-unreachable',
  { phrases: ['lost connection with', 'timed out while'], pattern: /\b(?:lost connection with|conversation with) \S+ (?:timed out )?while\b/ },
  'Postfix smtp(8) client messages (src/smtp/smtp_chat.c)',
);

/** What Sisimai learnt after v5.1.0 (sisimai-facts-newer.ts), read the same way. */
const NEWER_REASON_ENTRIES = sisimaiReasonEntries(SISIMAI_NEWER_REASONS, SISIMAI_NEWER);
const NEWER_RHOST_ENTRIES = sisimaiRhostEntries(SISIMAI_NEWER_RHOSTS, SISIMAI_NEWER_RHOST);
/** The same entries in one list, for their tests. */
export const SISIMAI_NEWER_PHRASES: readonly TierEntry[] = [...NEWER_REASON_ENTRIES, ...NEWER_RHOST_ENTRIES];

export const REASON_PHRASES: readonly TierEntry[] = [
  ...sisimaiReasonEntries(SISIMAI_REASONS, SISIMAI),
  ...NEWER_REASON_ENTRIES,
  ...MULTILINGUAL_PHRASES,
  ...MORE_LANGUAGE_PHRASES,
  ...EUROPE_LANGUAGE_PHRASES,
  ...MTA_PHRASES,
  ...OPEN_SOURCE_MTA_PHRASES,
  ...COMMERCIAL_MTA_PHRASES,
  ...MORE_SERVER_PHRASES,
  ...HOSTING_PANEL_PHRASES,
  ...BUSINESS_SERVER_PHRASES,
  ...CLIENT_LIBRARY_PHRASES,
  ...REASON_WORDS,
  URI_LIST_NAMES,
  MESSAGE_ID_MISSING,
  SENDER_DOMAIN_MISSING,
  SPOOL_WRITE_FAILED,
  STILL_RETRYING,
  ...LANGUAGE_REASON_WORDS,
  ...MORE_LANGUAGE_REASON_WORDS,
  ...FURTHER_LANGUAGE_REASON_WORDS,
  SESSION_BROKE_OFF,
];
export const SISIMAI_PROVIDER_PHRASES: readonly TierEntry[] = [...sisimaiRhostEntries(SISIMAI_RHOSTS, SISIMAI_RHOST), ...NEWER_RHOST_ENTRIES];
