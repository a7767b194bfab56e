/**
 * The digest e-mails (pure): to an account's contact, its own new problems
 * with what to do, in its language; to the administrator, every account's
 * new problems in one message. Built only from findings, which never carry
 * a token or password.
 */
import type { Finding } from '../diagnose/model';
import type { Lang } from '../kb/types';
import type { ProblemRef } from '../store/history-store';
import { problemKey } from '../store/changes';
import type { AuditReport } from '../report/audit-report';

export interface Digest {
  readonly subject: string;
  readonly text: string;
}

export interface DigestAccount {
  readonly user: string;
  readonly report: AuditReport;
  readonly newProblems: readonly ProblemRef[];
}

/** cPanel locales ("nl", "nl_NL", "en_us", "i_nl_be") → the languages the texts exist in. */
export function languageOfLocale(locale: string | null): Lang {
  if (locale === null) return 'en';
  return /(^|_)nl(_|$)/i.test(locale.toLowerCase()) ? 'nl' : 'en';
}

const WORDS = {
  nl: {
    accountSubject: (n: number, user: string) => `Mail Doctor: ${n} ${n === 1 ? 'nieuw probleem' : 'nieuwe problemen'} met de e-mail van ${user}`,
    adminSubject: (n: number, a: number) => `Mail Doctor: ${n} nieuwe problemen bij ${a} account${a === 1 ? '' : 's'}`,
    intro: (user: string, provider: string) =>
      `Bij de laatste controle vond Mail Doctor van ${provider} nieuwe problemen met de e-mail van het account ${user}.`,
    adminIntro: 'Nieuwe problemen sinds de vorige controle:',
    todo: 'Wat te doen:',
    severity: { critical: 'ernstig', warning: 'waarschuwing', info: 'ter info' },
    outro: 'U ontvangt dit bericht omdat u het contactadres van dit account bent. Meer details staan in cPanel onder Mail Doctor.',
  },
  en: {
    accountSubject: (n: number, user: string) => `Mail Doctor: ${n} new problem${n === 1 ? '' : 's'} with the e-mail of ${user}`,
    adminSubject: (n: number, a: number) => `Mail Doctor: ${n} new problems in ${a} account${a === 1 ? '' : 's'}`,
    intro: (user: string, provider: string) => `${provider}'s Mail Doctor found new problems with the e-mail of the account ${user} in its latest check.`,
    adminIntro: 'New problems since the previous check:',
    todo: 'What to do:',
    severity: { critical: 'critical', warning: 'warning', info: 'info' },
    outro: "You receive this message because you are this account's contact address. More details are in cPanel under Mail Doctor.",
  },
} as const;

function findingFor(report: AuditReport, p: ProblemRef): Finding | undefined {
  return report.findings.find((f) => f.status === 'problem' && problemKey(f) === p.key);
}

export function accountDigest(account: DigestAccount, lang: Lang, providerName: string): Digest {
  const w = WORDS[lang];
  const blocks = account.newProblems.map((p) => {
    const f = findingFor(account.report, p);
    const lines = [`* [${w.severity[p.severity]}] ${p.title[lang]}`];
    if (f !== undefined) {
      lines.push(`  ${f.summary[lang]}`);
      const steps = f.fix?.steps[lang] ?? [];
      if (steps.length > 0) lines.push(`  ${w.todo}`, ...steps.map((s, i) => `    ${i + 1}. ${s}`));
      if (f.fix?.record !== undefined) lines.push(`    ${f.fix.record.type} ${f.fix.record.name} ${f.fix.record.value}`);
      for (const link of f.fix?.links ?? []) lines.push(`    ${link}`);
    }
    return lines.join('\n');
  });
  return {
    subject: w.accountSubject(account.newProblems.length, account.user),
    text: `${w.intro(account.user, providerName)}\n\n${blocks.join('\n\n')}\n\n-- \n${w.outro}\n`,
  };
}

export function adminDigest(accounts: readonly DigestAccount[], lang: Lang): Digest {
  const w = WORDS[lang];
  const total = accounts.reduce((n, a) => n + a.newProblems.length, 0);
  const blocks = accounts.map(
    (a) => `${a.user}:\n${a.newProblems.map((p) => `  * [${w.severity[p.severity]}] ${p.title[lang]} (${p.subject.kind} ${p.subject.name})`).join('\n')}`,
  );
  return { subject: w.adminSubject(total, accounts.length), text: `${w.adminIntro}\n\n${blocks.join('\n\n')}\n` };
}
