/** Terminal output of `audit`: findings grouped by how urgent they are, each with its fix. */
import type { Finding } from '../diagnose/model';
import type { Lang } from '../kb/types';
import type { AuditReport } from '../report/audit-report';
import { countFindings } from '../report/audit-report';
import { forTerminal } from './terminal-text';
import { isOwnProblem } from '../diagnose/root-causes';
import type { RequirementStatus } from '../diagnose/requirements/model';
import { findingOfRow } from '../report/requirement-findings';

const WORDS = {
  account: { nl: 'Account', en: 'Account' },
  window: { nl: 'Periode', en: 'Window' },
  critical: { nl: 'Ernstige problemen', en: 'Critical problems' },
  warning: { nl: 'Waarschuwingen', en: 'Warnings' },
  info: { nl: 'Adviezen', en: 'Advice' },
  couldNotCheck: { nl: 'Kon niet worden gecontroleerd', en: 'Could not be checked' },
  ok: { nl: 'In orde', en: 'Checked and fine' },
  none: { nl: 'Geen problemen gevonden.', en: 'No problems found.' },
  todo: { nl: 'Wat te doen', en: 'What to do' },
  record: { nl: 'Te publiceren DNS-record', en: 'DNS record to publish' },
  evidence: { nl: 'Gezien', en: 'Seen' },
  times: { nl: 'keer', en: 'times' },
  others: { nl: 'Problemen van anderen (niets voor jou te doen)', en: "Other parties' problems (nothing for you to do)" },
  causes: { nl: 'Dit veroorzaakt', en: 'This causes' },
  requirements: { nl: 'Eisen van Gmail, Outlook en Yahoo', en: 'Gmail · Outlook · Yahoo requirements' },
  seeFinding: { nl: 'Oplossing: zie', en: 'Fix: see' },
  sources: { nl: 'Bron', en: 'Source' },
  incomplete: {
    nl: 'Let op: Bezorging volgen gaf niet alle berichten (limiet bereikt); oudere berichten in de periode zijn niet meegeteld.',
    en: 'Note: Track Delivery did not return every message (limit reached); older messages in the window were not counted.',
  },
} as const;


function evidenceLine(f: Finding, lang: Lang): string[] {
  return f.evidence.slice(0, 3).map((e) => {
    switch (e.kind) {
      case 'event':
        return `${new Date(e.time * 1000).toISOString().replace('T', ' ').slice(0, 16)} ${e.sender ?? '-'} → ${e.recipient ?? '-'}: ${e.message}`;
      case 'account':
        return `${e.source}: ${e.field} = ${e.value}`;
      case 'dns':
        return `DNS ${e.type} ${e.name}: ${e.outcome}${e.records.length > 0 ? ` (${e.records.join(', ')})` : ''}`;
      case 'blocklist':
        return `${e.zone} ${e.ip}: ${e.status}${e.meaning === null ? '' : ` — ${e.meaning}`}`;
      case 'note':
        return e.text[lang];
    }
  });
}

/** Evidence and fix of a finding, indented by `pad` (a part of a root cause is indented once more). */
function detailLines(f: Finding, lang: Lang, pad: string): string[] {
  const lines: string[] = [];
  const evidence = evidenceLine(f, lang);
  if (evidence.length > 0) lines.push(`${pad}${WORDS.evidence[lang]}:`, ...evidence.map((l) => `${pad}  ${l}`));
  if (f.fix !== undefined) {
    lines.push(`${pad}${WORDS.todo[lang]}:`, ...f.fix.steps[lang].map((s, i) => `${pad}  ${i + 1}. ${s}`));
    for (const r of [...(f.fix.record === undefined ? [] : [f.fix.record]), ...(f.fix.moreRecords ?? [])]) {
      lines.push(`${pad}${WORDS.record[lang]}: ${r.name} ${r.type} ${r.value}`);
    }
  }
  return lines;
}

function formatFinding(f: Finding, lang: Lang): string {
  const count = f.count !== undefined && f.count > 1 ? ` (${f.count} ${WORDS.times[lang]})` : '';
  const lines = [`• ${f.title[lang]} — ${f.subject.name}${count}  [${f.id}]`, `  ${f.summary[lang]}`];
  for (const d of f.explains ?? []) {
    lines.push(`  ${WORDS.causes[lang]}: ${d.title[lang]} — ${d.subject.name} (${d.count ?? 1} ${WORDS.times[lang]})  [${d.id}]`);
  }
  for (const p of f.parts ?? []) {
    lines.push(`  ◦ ${p.title[lang]}  [${p.id}]`, `    ${p.summary[lang]}`, ...detailLines(p, lang, '    '));
  }
  // A root cause made of parts has said each part's own fix above, not their sum.
  lines.push(...detailLines(f.parts === undefined ? f : { ...f, fix: undefined }, lang, '  '));
  return lines.join('\n');
}

const STATUS: Record<RequirementStatus, { nl: string; en: string }> = {
  met: { nl: 'voldaan', en: 'met' },
  'not-met': { nl: 'NIET voldaan', en: 'NOT met' },
  'cannot-check': { nl: 'hier niet te controleren', en: 'cannot be checked here' },
};

function formatRequirements(report: AuditReport, lang: Lang): string[] {
  const lines: string[] = [];
  for (const d of report.requirements ?? []) {
    lines.push('', `== ${WORDS.requirements[lang]}: ${d.domain} ==`);
    for (const row of d.rows) {
      lines.push(`[${STATUS[row.status][lang]}] ${row.title[lang]}`);
      for (const e of row.evidence) lines.push(`    ${e[lang]}`);
      for (const r of row.rejections) lines.push(`    ! ${r.text[lang]}`);
      const finding = row.status === 'not-met' ? findingOfRow(report, d.domain, row) : undefined;
      if (finding !== undefined) lines.push(`    ${WORDS.seeFinding[lang]} "${finding.title[lang]}"`);
      else if (row.advice !== undefined) lines.push(`    ${row.advice[lang]}`);
      if (row.status === 'not-met' && row.record !== undefined && finding === undefined) lines.push(`    ${WORDS.record[lang]}: ${row.record.name} ${row.record.type} ${row.record.value}`);
      if (row.links.length > 0) lines.push(`    ${row.links.join('  ')}`);
      if (row.status !== 'met') lines.push(`    ${WORDS.sources[lang]}: ${row.sources.join('  ')}`);
    }
  }
  return lines;
}

export function formatAudit(report: AuditReport, lang: Lang): string {
  const counts = countFindings(report.findings);
  const day = (t: number): string => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const out = [
    `${WORDS.account[lang]}: ${report.user}   ${WORDS.window[lang]}: ${day(report.window.since)} – ${day(report.window.until)} UTC`,
    `${counts.critical} ${WORDS.critical[lang].toLowerCase()}, ${counts.warning} ${WORDS.warning[lang].toLowerCase()}, ${counts.couldNotCheck} ${WORDS.couldNotCheck[lang].toLowerCase()}`,
  ];
  const sections: Array<[string, Finding[]]> = [
    [WORDS.critical[lang], report.findings.filter((f) => isOwnProblem(f) && f.severity === 'critical')],
    [WORDS.warning[lang], report.findings.filter((f) => isOwnProblem(f) && f.severity === 'warning')],
    [WORDS.info[lang], report.findings.filter((f) => isOwnProblem(f) && f.severity === 'info')],
    [WORDS.others[lang], report.findings.filter((f) => f.status === 'problem' && !isOwnProblem(f))],
    [WORDS.couldNotCheck[lang], report.findings.filter((f) => f.status === 'could-not-check')],
  ];
  let any = false;
  for (const [heading, findings] of sections) {
    if (findings.length === 0) continue;
    any = true;
    out.push('', `== ${heading} (${findings.length}) ==`, ...findings.map((f) => formatFinding(f, lang)));
  }
  if (!any) out.push('', WORDS.none[lang]);
  const fine = report.findings.filter((f) => f.status === 'ok').length;
  if (fine > 0) out.push('', `${WORDS.ok[lang]}: ${fine}`);
  out.push(...formatRequirements(report, lang));
  if (report.eventsIncomplete) out.push('', WORDS.incomplete[lang]);
  // Text from cPanel, mail and DNS (the account name too) must not steer the terminal.
  return forTerminal(`${out.join('\n')}\n`);
}
