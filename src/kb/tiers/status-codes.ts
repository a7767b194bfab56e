/**
 * The status-code tier: when no phrase is known, the enhanced status code
 * (RFC 3463, with the additions of RFC 4954, 7372 and 7505; the large
 * providers' own readings of a code, such as Google's 5.7.27 and 5.7.29, are
 * in the provider-code tier and come first), the standard description of
 * one quoted without it, or, failing those, a reply code (RFC 5321, RFC
 * 7504) still names a diagnosis. Exact codes first, then
 * the code's class and subject ("5.2.x" is about the mailbox).
 */
import type { DiagnosisId, Stage } from '../types';
import { enhancedCodesIn, type ParsedReply } from '../../smtp/reply';

/** Detail codes, written without their class: "1.1" stands for 4.1.1 and 5.1.1. */
const DETAIL: Readonly<Record<string, DiagnosisId>> = {
  '1.0': 'recipient-unknown', // other address status; in practice "address rejected"
  '1.1': 'recipient-unknown', // bad destination mailbox address
  '1.2': 'recipient-domain-not-found', // bad destination system address
  '1.3': 'recipient-address-rejected', // bad destination mailbox address syntax
  '1.6': 'recipient-moved', // destination mailbox has moved
  '1.7': 'sender-address-rejected', // bad sender's mailbox address syntax
  '1.8': 'sender-address-rejected', // bad sender's system address
  '1.10': 'recipient-null-mx', // RFC 7505: recipient address has null MX
  '2.1': 'recipient-disabled', // mailbox disabled, not accepting messages
  '2.2': 'recipient-mailbox-full', // mailbox full
  '2.3': 'message-too-large', // message length exceeds administrative limit
  '3.0': 'receiver-system-error',
  '3.1': 'receiver-system-error', // mail system full
  '3.2': 'receiver-system-error', // system not accepting network messages
  '3.4': 'message-too-large', // message too big for system
  '3.5': 'receiver-system-error', // system incorrectly configured
  '4.0': 'remote-server-unreachable',
  '4.1': 'remote-server-unreachable', // no answer from host
  '4.2': 'remote-server-unreachable', // bad connection
  '4.3': 'receiver-system-error', // directory server failure
  '4.4': 'unrouteable-address', // unable to route
  '4.5': 'receiver-system-error', // mail system congestion
  '4.6': 'mail-loop', // routing loop detected
  '4.7': 'delivery-expired', // delivery time expired
  '5.1': 'smtp-protocol-error', // invalid command
  '5.2': 'smtp-protocol-error', // syntax error
  '5.4': 'smtp-protocol-error', // invalid command arguments
  '5.5': 'smtp-protocol-error', // wrong protocol version
  '7.0': 'receiver-policy', // other security or policy status
  '7.1': 'receiver-policy', // delivery not authorized, message refused
  '7.2': 'receiver-policy', // mailing list expansion prohibited
  // X.7.4 "security features not supported" and X.7.5 "cryptographic failure": in SMTP, the transport's encryption.
  // Postfix gives 4.7.4 to "TLS is required, but was not offered by host" and 4.7.5 to a certificate or handshake
  // that failed ("Server certificate not verified").
  '7.4': 'tls-required',
  '7.5': 'tls-handshake-failed',
  '7.8': 'smtp-login-failed', // RFC 4954: authentication credentials invalid
  '7.9': 'smtp-login-failed', // RFC 4954: authentication mechanism is too weak
  '7.10': 'tls-required', // RFC 5248: encryption needed
  '7.11': 'tls-required', // encryption required for requested authentication mechanism
  '7.13': 'recipient-disabled', // user account disabled
  '7.23': 'sender-authentication-failed', // RFC 7372: SPF validation failed
  '7.24': 'sender-authentication-failed', // SPF validation error
  '7.25': 'server-ptr-missing', // reverse DNS validation failed
  '7.20': 'sender-authentication-failed', // RFC 7372: no passing DKIM signature found
  '7.21': 'sender-authentication-failed', // RFC 7372: no acceptable DKIM signature found
  '7.22': 'sender-authentication-failed', // RFC 7372: no valid author-matched DKIM signature found
  '7.26': 'sender-authentication-failed', // multiple authentication checks failed
};

/**
 * Full codes whose use in practice differs by class. A mailbox that is
 * disabled (x.2.1) is a lasting state; a temporary 4.2.1 is how large
 * providers say the recipient receives mail too fast (Google, "SMTP errors
 * and codes", support.google.com/a/answer/3726730: "450 4.2.1 The user you
 * are trying to contact is receiving mail too quickly").
 */
const EXACT: Readonly<Record<string, DiagnosisId>> = {
  '4.2.1': 'recipient-rate-limited',
};

/** The class-and-subject fallback: "x.6.*" is about the content, "x.7.*" security or policy. */
const SUBJECT: Readonly<Record<string, DiagnosisId>> = {
  '1': 'recipient-address-rejected',
  '3': 'receiver-system-error',
  '4': 'remote-server-unreachable',
  '6': 'message-content-rejected',
  '7': 'receiver-policy',
};

/** Reply codes that say enough alone (used only when there is no enhanced code). */
const REPLY: Readonly<Record<number, DiagnosisId>> = {
  521: 'recipient-null-mx', // RFC 7504: host does not accept mail
  556: 'recipient-null-mx', // RFC 7504: domain does not accept mail
  551: 'recipient-moved', // RFC 5321: user not local
  // RFC 5321 section 4.2.3: the command or its order was refused. 501 is left out: in practice it mostly refuses an address.
  500: 'smtp-protocol-error', // syntax error, command unrecognized
  502: 'smtp-protocol-error', // command not implemented
  503: 'smtp-protocol-error', // bad sequence of commands
  504: 'smtp-protocol-error', // command parameter not implemented
};

/**
 * Reply codes that say more than a general enhanced code beside them: RFC
 * 4954 gives 535 to a refused login only, whatever 5.7.x a server adds
 * ("535 5.7.3 Authentication unsuccessful").
 */
const REPLY_OVER_GENERAL: Readonly<Record<number, DiagnosisId>> = {
  535: 'smtp-login-failed',
};

/** Details that only say "security or policy" (X.7.0 other, X.7.1 not authorized): a specific reply code says more. */
const GENERAL_DETAILS: ReadonlySet<string> = new Set(['7.0', '7.1']);

/**
 * The standard descriptions of the detail codes (RFC 3463 section 3, and the
 * IANA registry's summaries for codes added later: RFC 4954, 5248, 7372,
 * 7505), lower-case. Servers and bounce writers quote them without the code
 * ("550 Bad destination mailbox address", Postfix's "(bad destination
 * mailbox address)"): the words then stand for the code. Descriptions of
 * "other or undefined" status say nothing; X.1.5 and X.6.4 are no failures;
 * X.7.3–X.7.7 (security conversion, cryptography) have no diagnosis that fits
 * as words alone: only Postfix's use of the codes X.7.4 and X.7.5 for TLS
 * gives those two codes one.
 */
const DESCRIPTION: ReadonlyArray<readonly [string, string]> = [
  ['1.1', 'bad destination mailbox address'],
  ['1.2', 'bad destination system address'],
  ['1.3', 'bad destination mailbox address syntax'],
  ['1.4', 'destination mailbox address ambiguous'],
  ['1.6', 'destination mailbox has moved, no forwarding address'],
  ['1.7', "bad sender's mailbox address syntax"],
  ['1.8', "bad sender's system address"],
  ['1.10', 'recipient address has null mx'],
  ['2.1', 'mailbox disabled, not accepting messages'],
  ['2.2', 'mailbox full'],
  ['2.3', 'message length exceeds administrative limit'],
  ['3.1', 'mail system full'],
  ['3.2', 'system not accepting network messages'],
  ['3.3', 'system not capable of selected features'],
  ['3.4', 'message too big for system'],
  ['3.5', 'system incorrectly configured'],
  ['4.1', 'no answer from host'],
  ['4.3', 'directory server failure'],
  ['4.4', 'unable to route'],
  ['4.5', 'mail system congestion'],
  ['4.6', 'routing loop detected'],
  ['4.7', 'delivery time expired'],
  ['6.1', 'media not supported'],
  ['6.2', 'conversion required and prohibited'],
  ['6.3', 'conversion required but not supported'],
  ['7.2', 'mailing list expansion prohibited'],
  ['7.8', 'authentication credentials invalid'],
  ['7.9', 'authentication mechanism is too weak'],
  ['7.10', 'encryption needed'],
  ['7.11', 'encryption required for requested authentication mechanism'],
  ['7.13', 'user account disabled'],
  ['7.20', 'no passing dkim signature found'],
  ['7.21', 'no acceptable dkim signature found'],
  ['7.22', 'no valid author-matched dkim signature found'],
  ['7.23', 'spf validation failed'],
  ['7.24', 'spf validation error'],
  ['7.25', 'reverse dns validation failed'],
  ['7.26', 'multiple authentication checks failed'],
];

/** The detail a standard description in the text stands for: the longest found ("… address syntax" over "… address"). */
function describedDetail(folded: string): { detail: string; words: string } | undefined {
  const head = folded.slice(0, 2000);
  let found: { detail: string; words: string } | undefined;
  for (const [detail, words] of DESCRIPTION) {
    if ((found === undefined || words.length > found.words.length) && head.includes(words)) found = { detail, words };
  }
  return found;
}

/** The diagnosis of a detail code: its own, else its subject's. */
function byDetail(detail: string): DiagnosisId | undefined {
  return DETAIL[detail] ?? SUBJECT[detail.slice(0, detail.indexOf('.'))];
}

export interface StatusCodeMatch {
  readonly id: DiagnosisId;
  /** The code the id was read from. */
  readonly key: string;
}

/**
 * X.0.0 says nothing beyond the class (RFC 3463 "other undefined status"): a
 * more exact code of the same class that the server quotes in its words
 * ("Depot returns error: <552 5.2.2 Over quota>") says more. Only the first
 * 2,000 characters are looked at.
 */
function quotedStatus(folded: string, outer: string): string | undefined {
  return enhancedCodesIn(folded.slice(0, 2000)).find((code) => code[0] === outer[0] && !code.endsWith('.0.0'));
}

/**
 * qmail writes a reply's enhanced code at its end, in brackets with a hash ("553 sorry, … (#5.7.1)"), and other
 * servers copied the form: when the reply's prefix has none, that one of the same class is the reply's.
 */
const QMAIL_STATUS = /\(#([245])\.(\d{1,3})\.(\d{1,3})\)/;

function trailingStatus(folded: string, code: number): string | undefined {
  const m = QMAIL_STATUS.exec(folded);
  return m === null || m[1] !== String(code)[0] ? undefined : `${m[1]}.${m[2]!}.${m[3]!}`;
}

/** What a code says about an address, or a policy refusal: after MAIL FROM, whose address it is has been settled. */
const ABOUT_AN_ADDRESS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['receiver-policy', 'recipient-address-rejected', 'recipient-unknown', 'recipient-disabled']);

/**
 * The status-code tier. `stage`, when known: a refusal in reply to MAIL FROM is a refusal of the reverse-path, the
 * sender's address (RFC 5321 section 3.3), whatever address or policy detail its code gives.
 */
export function statusCodeDiagnosis(reply: Pick<ParsedReply, 'code' | 'enhanced'> & { readonly folded?: string }, stage?: Stage): StatusCodeMatch | undefined {
  const found = fromCodes(reply);
  if (found !== undefined && stage === 'mail-from' && ABOUT_AN_ADDRESS.has(found.id)) return { id: 'sender-address-rejected', key: found.key };
  return found;
}

function fromCodes(reply: Pick<ParsedReply, 'code' | 'enhanced'> & { readonly folded?: string }): StatusCodeMatch | undefined {
  const { code } = reply;
  let { enhanced } = reply;
  if (enhanced === undefined && code !== undefined && reply.folded !== undefined) enhanced = trailingStatus(reply.folded, code);
  if (enhanced !== undefined && enhanced.endsWith('.0.0') && reply.folded !== undefined) enhanced = quotedStatus(reply.folded, enhanced) ?? enhanced;
  // Class 2 is success: a delivered message has nothing to diagnose.
  if (enhanced !== undefined && enhanced[0] !== '2') {
    const dot = enhanced.indexOf('.');
    const detail = enhanced.slice(dot + 1);
    const exact = EXACT[enhanced] ?? DETAIL[detail];
    const byReply = code === undefined ? undefined : REPLY_OVER_GENERAL[code];
    if (byReply !== undefined && (exact === undefined || GENERAL_DETAILS.has(detail))) return { id: byReply, key: String(code) };
    const id = exact ?? byDetail(detail);
    if (id !== undefined) return { id, key: enhanced };
  }
  // Without a code, a standard description stands for one; it says more than a bare reply code.
  if (enhanced === undefined && reply.folded !== undefined) {
    const described = describedDetail(reply.folded);
    const id = described === undefined ? undefined : byDetail(described.detail);
    if (described !== undefined && id !== undefined) return { id, key: described.words };
  }
  // A reply code says less than any enhanced code beside it ("500 5.0.0 Depot returns error: <552 5.2.2 …>" is no protocol error).
  if (code !== undefined && enhanced === undefined) {
    const byReply = REPLY[code] ?? REPLY_OVER_GENERAL[code];
    if (byReply !== undefined) return { id: byReply, key: String(code) };
  }
  return undefined;
}
