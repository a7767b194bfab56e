/** Terminal output of `probe`: per host, one line per port (✓ fine, ✗ problem, ? could not check) and each problem's fix. */
import type { Lang } from '../kb/types';
import { cleanLine } from '../probe/judge';
import type { HostResult, ProbeCheck } from '../probe/model';
import { portFacts } from '../probe/report-json';

const WORDS = {
  todo: { nl: 'Wat te doen', en: 'What to do' },
  seen: { nl: 'Gezien', en: 'Seen' },
  cert: { nl: 'certificaat voor', en: 'certificate for' },
  until: { nl: 'tot', en: 'until' },
  addresses: { nl: 'adressen', en: 'addresses' },
  none: { nl: 'geen', en: 'none' },
} as const;

const MARK = { problem: '✗', 'could-not-check': '?' } as const;

function checkLines(c: ProbeCheck, lang: Lang, indent: string): string[] {
  const lines = [`${indent}${MARK[c.status]} ${cleanLine(c.title[lang])} [${c.id}${c.status === 'problem' ? `, ${c.severity}` : ''}]`, `${indent}  ${cleanLine(c.summary[lang])}`];
  for (const e of c.evidence.slice(0, 4)) {
    if (e.kind === 'note') lines.push(`${indent}  ${WORDS.seen[lang]}: ${cleanLine(e.text[lang])}`);
    if (e.kind === 'dns') lines.push(`${indent}  ${WORDS.seen[lang]}: DNS ${e.type} ${e.name}: ${e.outcome}${e.records.length > 0 ? ` (${e.records.map(cleanLine).join(', ')})` : ''}`);
  }
  if (c.fix !== undefined) {
    lines.push(`${indent}  ${WORDS.todo[lang]}:`);
    c.fix.steps[lang].forEach((s, i) => lines.push(`${indent}    ${i + 1}. ${cleanLine(s)}`));
  }
  return lines;
}

export function formatProbe(results: readonly HostResult[], lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.host} (${WORDS.addresses[lang]}: ${r.addresses.length > 0 ? r.addresses.join(', ') : WORDS.none[lang]})`);
    for (const c of r.checks) out.push(...checkLines(c, lang, '  '));
    for (const p of r.ports) {
      const facts = portFacts(p) as { banner: string | null; tls: { version: string; cipher: string; certificate: { altNames: string[]; subject: string; notAfter: string } | null } | null };
      const mark = p.checks.some((c) => c.status === 'problem') ? '✗' : p.checks.length > 0 ? '?' : '✓';
      const parts = [`${mark} ${p.port} ${p.service}`];
      if (facts.banner !== null) parts.push(facts.banner.split('\n')[0] ?? '');
      if (facts.tls !== null) {
        const cert = facts.tls.certificate;
        parts.push(`${facts.tls.version} ${facts.tls.cipher}`);
        if (cert !== null) parts.push(`${WORDS.cert[lang]} ${(cert.altNames.length > 0 ? cert.altNames : [cert.subject]).join(', ')} ${WORDS.until[lang]} ${cert.notAfter.slice(0, 10)}`);
      }
      out.push(`  ${parts.map(cleanLine).join('  ·  ')}`);
      for (const c of p.checks) out.push(...checkLines(c, lang, '    '));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
