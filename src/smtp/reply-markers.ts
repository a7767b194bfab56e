/**
 * Where in the SMTP dialogue a delivery failed, and which provider answered,
 * read from the words of a (lower-cased) delivery text.
 *
 * Both are searched for by literal markers. The classifier scans every text
 * for its rule phrases anyway; when it adds `REPLY_MARKERS` to that scan and
 * hands over which of them occur, a text without any marker is settled
 * without another pass over it.
 */
import { PhraseIndex } from '../text/phrase-index';
import { numberedAlternation } from '../text/regex-source';

/**
 * Where in the SMTP dialogue (or outside it) the failure happened, as Exim
 * words it ("after RCPT TO", "after end of data", …). `routing` is a failure
 * before any connection (router, DNS); `local` is the own server's policy
 * (cPanel's mail_permissions, ACLs); `client` is a message a mail program shows.
 */
export type Stage =
  | 'connect'
  | 'helo'
  | 'mail-from'
  | 'rcpt-to'
  | 'data'
  | 'end-of-data'
  | 'routing'
  | 'local'
  | 'client';

/** Receiving (or filtering) providers the texts can be tied to. */
export type ProviderId =
  | 'google'
  | 'microsoft'
  | 'yahoo'
  | 'apple'
  | 'kpn'
  | 'ziggo'
  | 'strato'
  | 'spamexperts'
  | 'mimecast'
  | 'proofpoint'
  | 'cloudflare';

interface StageRow {
  readonly stage: Stage;
  readonly pattern: RegExp;
  /** Every text the pattern matches contains one of these (its literal spellings without the word-boundary checks). */
  readonly literals: readonly string[];
}

/** In order: when two rows match at the same place, the first wins. */
const STAGES: readonly StageRow[] = [
  {
    stage: 'rcpt-to',
    // Exim's "after RCPT TO", Postfix's "(in reply to RCPT TO command)".
    pattern: /after (?:pipelined )?rcpt to\b|\brejected rcpt\b|\bin reply to rcpt to command\b/,
    literals: ['after rcpt to', 'after pipelined rcpt to', 'rejected rcpt', 'in reply to rcpt to command'],
  },
  {
    stage: 'end-of-data',
    pattern: /after end of data|after sending data block|after (?:pipelined )?data\b(?!.*block)|\bin reply to (?:end of )?data command\b/,
    literals: ['after end of data', 'after sending data block', 'after data', 'after pipelined data', 'in reply to end of data command', 'in reply to data command'],
  },
  {
    stage: 'mail-from',
    pattern: /after (?:pipelined )?mail from\b|\bsender verify fail|\bin reply to mail from command\b/,
    literals: ['after mail from', 'after pipelined mail from', 'sender verify fail', 'in reply to mail from command'],
  },
  {
    stage: 'helo',
    pattern: /after (?:ehlo|helo|starttls)\b|\brejected (?:ehlo|helo)\b|\bin reply to (?:ehlo|helo|starttls) command\b/,
    literals: ['after ehlo', 'after helo', 'after starttls', 'rejected ehlo', 'rejected helo', 'in reply to ehlo command', 'in reply to helo command', 'in reply to starttls command'],
  },
  {
    stage: 'connect',
    pattern: /after initial connection|\bconnection (?:refused|timed out)\b|after connect/,
    literals: ['after initial connection', 'connection refused', 'connection timed out', 'after connect'],
  },
  {
    stage: 'local',
    pattern: /\br=(?:check_mail_permissions|enforce_mail_permissions)\b/,
    literals: ['r=check_mail_permissions', 'r=enforce_mail_permissions'],
  },
];

/** One alternation, so a line is scanned once; row i is capture group i + 1 (inner groups do not capture). */
const STAGE_PATTERN = numberedAlternation(STAGES.map((row) => row.pattern));

const STAGE_LITERALS: readonly string[] = STAGES.flatMap((row) => row.literals);

/**
 * Markers of the receiving (or filtering) provider, checked on the host
 * first, then the text. A marker must stand as a whole word (letters and
 * digits around it end the match), so "olive.com" is not Microsoft.
 */
const PROVIDER_MARKERS: ReadonlyArray<readonly [string, ProviderId]> = [
  ['gsmtp', 'google'],
  ['google.com', 'google'],
  ['googlemail.com', 'google'],
  ['gmail', 'google'],
  ['google', 'google'],
  ['outlook.com', 'microsoft'],
  ['protection.outlook', 'microsoft'],
  ['hotmail', 'microsoft'],
  ['live.com', 'microsoft'],
  ['msn.com', 'microsoft'],
  ['exchangelabs', 'microsoft'],
  ['office365', 'microsoft'],
  ['office 365', 'microsoft'],
  ['yahoo', 'yahoo'],
  ['yahoodns', 'yahoo'],
  ['aol.com', 'yahoo'],
  ['icloud.com', 'apple'],
  ['apple.com', 'apple'],
  ['me.com', 'apple'],
  ['kpnmail', 'kpn'],
  ['kpn.com', 'kpn'],
  ['planet.nl', 'kpn'],
  ['xs4all', 'kpn'],
  ['telfort', 'kpn'],
  ['hetnet.nl', 'kpn'],
  ['ziggo', 'ziggo'],
  ['upcmail', 'ziggo'],
  ['chello', 'ziggo'],
  ['strato', 'strato'],
  ['rzone.de', 'strato'],
  ['antispamcloud', 'spamexperts'],
  ['spamexperts', 'spamexperts'],
  ['mimecast', 'mimecast'],
  ['pphosted', 'proofpoint'],
  ['proofpoint', 'proofpoint'],
  ['_dc-mx.', 'cloudflare'],
  ['cloudflare', 'cloudflare'],
];

/** The stage literals, then the provider markers: indexes into this list are what a shared scan hands over. */
export const REPLY_MARKERS: readonly string[] = [...STAGE_LITERALS, ...PROVIDER_MARKERS.map(([marker]) => marker)];

const FIRST_PROVIDER_MARKER = STAGE_LITERALS.length;

/**
 * A phrase about an Exim log line's own fields ("r=check_mail_permissions",
 * "t=address_pipe"): the only kind looked for in those fields, which are the
 * log's bookkeeping rather than words a server wrote.
 */
export function isFieldPhrase(phrase: string): boolean {
  return phrase.length > 2 && phrase.charCodeAt(1) === 61 && phrase.charCodeAt(0) >= 97 && phrase.charCodeAt(0) <= 122; // "x="
}

/** For a text whose markers nobody has looked for yet (a host name, or a reply read without the classifier). */
const MARKER_INDEX = new PhraseIndex(REPLY_MARKERS, undefined, isFieldPhrase);

/** Which of `REPLY_MARKERS` occur in a text (indexes, any order). */
export type FoundMarkers = readonly number[];

export function findMarkers(text: string): FoundMarkers {
  return MARKER_INDEX.search(text);
}

/** The markers of a reply's folded text: in its words (from `wordsFrom`), field markers also in a log line's fields. */
export function findReplyMarkers(folded: string, wordsFrom: number): FoundMarkers {
  return MARKER_INDEX.search(folded, wordsFrom);
}

export function detectStage(folded: string, found: FoundMarkers): Stage | undefined {
  // Without any literal spelling of a stage, no stage pattern can match: the common case costs nothing.
  if (!found.some((marker) => marker < FIRST_PROVIDER_MARKER)) return undefined;
  const m = STAGE_PATTERN.exec(folded);
  if (m === null) return undefined;
  for (let i = 0; i < STAGES.length; i += 1) if (m[i + 1] !== undefined) return STAGES[i]!.stage;
  return undefined;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/** The provider whose marker occurs first as a whole word, if any. */
function providerIn(text: string, found: FoundMarkers): ProviderId | undefined {
  let best: { at: number; provider: ProviderId } | undefined;
  for (const hit of found) {
    if (hit < FIRST_PROVIDER_MARKER) continue;
    const [marker, provider] = PROVIDER_MARKERS[hit - FIRST_PROVIDER_MARKER]!;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      const before = at === 0 ? 32 : text.charCodeAt(at - 1);
      const after = at + marker.length >= text.length ? 32 : text.charCodeAt(at + marker.length);
      // "yahoo" also names yahoodns and yahoo.co.jp: only its start must be a word start.
      const endOk = marker === 'yahoo' || marker.endsWith('.') || !isWordChar(after);
      if (!isWordChar(before) && endOk) {
        if (best === undefined || at < best.at) best = { at, provider };
        break;
      }
    }
  }
  return best?.provider;
}

/** `found` are the markers of `folded`; the host, a short string, is scanned here. */
export function detectProvider(host: string | undefined, folded: string, found: FoundMarkers): ProviderId | undefined {
  if (host !== undefined) {
    const lower = host.toLowerCase();
    const fromHost = providerIn(lower, findMarkers(lower));
    if (fromHost !== undefined) return fromHost;
  }
  return providerIn(folded, found);
}
