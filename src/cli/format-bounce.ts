/** Terminal output of `bounce`: per message its kind, then per failed recipient what happened and what to do. */
import { lineForTerminal } from './terminal-text';
import type { Lang } from '../kb/types';
import type { BounceErrorRecord, BounceRecord } from '../report/bounce-record';
import { stageWords } from '../report/stage-words';
import { kindNoteOf, type KindNote } from '../bounce/message-kind';

const L = {
  message: { nl: 'Bericht', en: 'Message' },
  kinds: {
    bounce: { nl: 'Onbestelbaar-melding (bounce)', en: 'Delivery failure report (bounce)' },
    delayed: { nl: 'Melding van vertraging: de server probeert het nog', en: 'Delay notice: the server is still trying' },
    'auto-reply': { nl: 'Automatisch antwoord (bijv. afwezigheidsbericht), geen bounce', en: 'Automatic reply (e.g. out of office), not a bounce' },
    'feedback-report': { nl: 'Klachtrapport (ARF): een ontvanger markeerde een bericht als spam, geen bounce', en: 'Complaint report (ARF): a recipient marked a message as spam, not a bounce' },
    'unsubscribe-request': { nl: 'Afmeldverzoek: het mailprogramma van een ontvanger vraagt om van een mailinglijst gehaald te worden, geen bounce', en: "Unsubscribe request: a recipient's mail program asks to be taken off a mailing list, not a bounce" },
    'auth-failure-report': { nl: 'Rapport over mislukte authenticatie (RFC 6591): een bericht doorstond de SPF-, DKIM- of DMARC-controle niet, geen bounce', en: 'Authentication failure report (RFC 6591): a message failed the SPF, DKIM or DMARC check, not a bounce' },
    delivered: { nl: 'Bevestiging van aflevering: het bericht is aangekomen', en: 'Delivery confirmation: the message arrived' },
    'not-a-bounce': { nl: 'Geen bounce: dit bericht meldt geen mislukte aflevering', en: 'Not a bounce: this message reports no failed delivery' },
  } satisfies Record<KindNote | 'bounce' | 'delayed', { nl: string; en: string }>,
  about: { nl: 'Betreft', en: 'About' },
  original: { nl: 'Oorspronkelijk bericht', en: 'Original message' },
  to: { nl: 'aan', en: 'to' },
  from: { nl: 'van', en: 'from' },
  reportedBy: { nl: 'Gemeld door', en: 'Reported by' },
  status: { nl: 'Status', en: 'Status' },
  where: { nl: 'Waar', en: 'Where' },
  server: { nl: 'Server', en: 'Server' },
  said: { nl: 'Woorden van de server', en: "The server's words" },
  why: { nl: 'Waarom', en: 'Why' },
  todo: { nl: 'Wat te doen', en: 'What to do' },
  who: { nl: 'Wie moet iets doen', en: 'Who acts' },
  temporary: { nl: 'tijdelijk', en: 'temporary' },
  permanent: { nl: 'blijvend', en: 'permanent' },
  byCode: { nl: 'reden afgeleid uit alleen de statuscode', en: 'reason read from the status code alone' },
  note: { nl: 'Let op', en: 'Note' },
  error: { nl: 'Fout', en: 'Error' },
  more: { nl: 'Meer info', en: 'More' },
  reference: { nl: 'kenmerk', en: 'ref.' },
} as const;

/** One line of the message's text, shortened: control sequences and bidi overrides never reach the terminal (terminal-text.ts). */
function safe(text: string, max = 300): string {
  const oneLine = lineForTerminal(text).replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function where(message: number | undefined): string {
  return message === undefined ? '' : ` #${message + 1}`;
}

/** The heading of one message (printed before its first record). */
export function formatMessageHead(first: BounceRecord, lang: Lang, count: number): string {
  const failure = first.kind === 'bounce' || first.kind === 'delayed' ? first.kind : undefined;
  const lines = [`== ${safe(first.file, 200)}${where(first.message)}`, `${L.kinds[failure ?? kindNoteOf(first.kind, first.feedbackType)][lang]}${failure === undefined ? '' : ` — ${count}`}`];
  if (first.index === null && first.recipient !== null) lines.push(`${L.about[lang]}: ${safe(first.recipient)}`);
  const original = [first.originalSubject === null ? '' : `"${safe(first.originalSubject, 120)}"`, first.originalFrom === null ? '' : `${L.from[lang]} ${safe(first.originalFrom)}`, first.originalTo === null ? '' : `${L.to[lang]} ${safe(first.originalTo)}`].filter((p) => p !== '');
  if (original.length > 0) lines.push(`${L.original[lang]}: ${original.join(' ')}`);
  if (first.reportingMta !== null) lines.push(`${L.reportedBy[lang]}: ${safe(first.reportingMta)}`);
  for (const note of first.notes) lines.push(`${L.note[lang]}: ${safe(note)}`);
  return lines.join('\n');
}

export function formatRecipient(r: BounceRecord, lang: Lang): string {
  const lines = [`[${(r.index ?? 0) + 1}] ${safe(r.recipient ?? '')}`];
  const status = [r.action, r.status, r.replyCode === null ? null : String(r.replyCode)].filter((x) => x !== null).join(' · ');
  if (status !== '') lines.push(`  ${L.status[lang]}: ${safe(status)}`);
  const stage = stageWords(r.stage, lang);
  if (stage !== undefined) lines.push(`  ${L.where[lang]}: ${stage}`);
  if (r.remoteMta !== null) lines.push(`  ${L.server[lang]}: ${safe(r.remoteMta)}`);
  if (r.diagnosticCode !== null) lines.push(`  ${L.said[lang]}: ${safe(r.diagnosticCode)}`);
  if (r.title !== null) lines.push(`  ${r.title}`);
  // Words first, as `explain` writes them; the id only as a reference to quote to support.
  const facts = [
    r.recognisedBy,
    r.reasonSource === 'status-code' ? L.byCode[lang] : null,
    r.temporary === true ? L.temporary[lang] : L.permanent[lang],
    r.id === null || r.id === 'unknown' ? null : `${L.reference[lang]} ${r.id}`,
  ].filter((x): x is string => x !== null && x !== '');
  lines.push(`  (${facts.join(' · ')})`);
  if (r.explanation !== null) lines.push(`  ${L.why[lang]}: ${r.explanation}`);
  if (r.fixSteps.length > 0) lines.push(`  ${L.todo[lang]}:`, ...r.fixSteps.map((s, i) => `    ${i + 1}. ${s}`));
  if (r.who !== null) lines.push(`  ${L.who[lang]}: ${r.who}`);
  for (const link of r.links) lines.push(`  ${L.more[lang]}: ${link}`);
  return lines.join('\n');
}

export function formatBounceError(r: BounceErrorRecord, lang: Lang): string {
  return `== ${safe(r.file, 200)}${where(r.message)}\n${L.error[lang]}: ${safe(r.error)}`;
}
