/** Terminal output of `explain`: readable without colours, wrapped by the terminal. */
import type { Lang } from '../kb/types';
import type { ExplainErrorRecord, ExplainRecord } from '../report/explain-record';
import { forTerminal, lineForTerminal } from './terminal-text';

const LABELS = {
  why: { nl: 'Waarom', en: 'Why' },
  todo: { nl: 'Wat te doen', en: 'What to do' },
  who: { nl: 'Wie moet iets doen', en: 'Who acts' },
  audit: { nl: 'Controle in de account-audit', en: 'What the account audit checks' },
  temporary: { nl: 'tijdelijk', en: 'temporary' },
  permanent: { nl: 'blijvend', en: 'permanent' },
  note: { nl: 'Let op', en: 'Note' },
  error: { nl: 'Fout', en: 'Error' },
  more: { nl: 'Meer info', en: 'More' },
  reference: { nl: 'kenmerk', en: 'ref.' },
} as const;

/** Shows at most this much of the input: the person pasted it, they need a reminder, not a copy. */
const ECHO = 160;


function echo(input: string): string {
  const oneLine = lineForTerminal(input).replace(/\s+/g, ' ').trim();
  return oneLine.length > ECHO ? `${oneLine.slice(0, ECHO - 1)}…` : oneLine;
}

export function formatRecord(r: ExplainRecord, lang: Lang): string {
  const codes = [r.code, r.enhanced].filter((x) => x !== null).join(' ');
  const lines = [
    `[${r.line}] ${echo(r.input)}`,
    `  ${r.title}`,
    // Words first; the id only as a reference to quote to support, and only when there is one. Without a
    // code nothing says whether an unknown text is temporary, so that is left out too.
    `  (${[r.recognisedBy, r.id === 'unknown' && codes === '' ? '' : r.temporary ? LABELS.temporary[lang] : LABELS.permanent[lang], codes, r.id === 'unknown' ? '' : `${LABELS.reference[lang]} ${r.id}`].filter((x) => x !== '').join(' · ')})`,
    `  ${LABELS.why[lang]}: ${r.explanation}`,
    `  ${LABELS.todo[lang]}:`,
    ...r.fixSteps.map((step, i) => `    ${i + 1}. ${step}`),
  ];
  if (r.who !== null) lines.push(`  ${LABELS.who[lang]}: ${r.who}`);
  if (r.crossCheck !== null) lines.push(`  ${LABELS.audit[lang]}: ${r.crossCheck}`);
  for (const link of r.links) lines.push(`  ${LABELS.more[lang]}: ${link}`);
  for (const note of r.notes) lines.push(`  ${LABELS.note[lang]}: ${note}`);
  // Explanations carry values read from the text (hosts, addresses): they pass the same gate.
  return forTerminal(lines.join('\n'));
}

export function formatError(r: ExplainErrorRecord, lang: Lang): string {
  const shown = r.input === '' ? '' : ` ${echo(r.input)}`;
  return forTerminal(`[${r.line}]${shown}\n  ${LABELS.error[lang]}: ${r.error}`);
}
