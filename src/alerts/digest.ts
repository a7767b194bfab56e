/**
 * The digest e-mails (pure), written from the outbox's items at the moment
 * they are sent, so a digest held back by the rate limit or a failed send
 * goes out later with everything that came since. To an account's contact:
 * its own new problems with what to do, in its language. To the
 * administrator: provider-side and server-wide problems once, named by
 * server, each account's new problems, what was resolved, and the link to
 * the WHM report. Built only from findings, which never carry a token.
 *
 * Words: one register per language (Dutch "je"), plural forms from the
 * catalogue below, severities as words in the reader's language.
 */
import type { Severity } from '../diagnose/model';
import type { Lang } from '../kb/types';
import type { AlertItem } from '../store/history-store';

export interface Digest {
  readonly subject: string;
  readonly text: string;
}

/** cPanel locales ("nl", "nl_NL", "en_us", "i_nl_be") → the languages the texts exist in. */
export function languageOfLocale(locale: string | null): Lang {
  if (locale === null) return 'en';
  return /(^|_)nl(_|$)/i.test(locale.toLowerCase()) ? 'nl' : 'en';
}

export const asLang = (text: string): Lang => (text === 'nl' ? 'nl' : 'en');

/** "1 account", "2 accounts": the count and the right form. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  nl: {
    problems: (n: number) => plural(n, 'nieuw probleem', 'nieuwe problemen'),
    accounts: (n: number) => plural(n, 'account', 'accounts'),
    accountSubject: (n: number, user: string) => `Mail Doctor: ${WORDS.nl.problems(n)} met de e-mail van ${user}`,
    adminSubject: (n: number, r: number, server: string) =>
      `Mail Doctor op ${server}: ${WORDS.nl.problems(n)}${r > 0 ? `, ${r} opgelost` : ''}`,
    intro: (user: string, provider: string) =>
      `Bij de laatste controle vond Mail Doctor van ${provider} iets in de e-mail van je account ${user} dat je zelf kunt oplossen.`,
    serverWide: (server: string) => `Voor de hostingprovider, op server ${server}:`,
    seenIn: (accounts: readonly string[]) => `gezien bij ${WORDS.nl.accounts(accounts.length)}: ${accounts.join(', ')}`,
    perAccount: 'Nieuwe problemen per account:',
    toldToContact: 'het contactadres van het account is ingelicht',
    resolved: 'Opgelost sinds de vorige melding:',
    report: (url: string) => `Het volledige overzicht staat in WHM: ${url}`,
    todo: 'Wat je kunt doen:',
    severity: { critical: 'Ernstig', warning: 'Waarschuwing', info: 'Ter info' } as Record<Severity, string>,
    outro: 'Je ontvangt dit bericht omdat je het contactadres van dit account bent. Meer details vind je in cPanel onder Mail Doctor.',
  },
  en: {
    problems: (n: number) => plural(n, 'new problem', 'new problems'),
    accounts: (n: number) => plural(n, 'account', 'accounts'),
    accountSubject: (n: number, user: string) => `Mail Doctor: ${WORDS.en.problems(n)} with the e-mail of ${user}`,
    adminSubject: (n: number, r: number, server: string) =>
      `Mail Doctor on ${server}: ${WORDS.en.problems(n)}${r > 0 ? `, ${r} resolved` : ''}`,
    intro: (user: string, provider: string) =>
      `${provider}'s Mail Doctor found something in the e-mail of your account ${user} in its latest check that you can fix yourself.`,
    serverWide: (server: string) => `For the hosting provider, on server ${server}:`,
    seenIn: (accounts: readonly string[]) => `seen in ${WORDS.en.accounts(accounts.length)}: ${accounts.join(', ')}`,
    perAccount: 'New problems per account:',
    toldToContact: "the account's contact address has been told",
    resolved: 'Resolved since the previous message:',
    report: (url: string) => `The full overview is in WHM: ${url}`,
    todo: 'What you can do:',
    severity: { critical: 'Critical', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    outro: "You receive this message because you are this account's contact address. More details are in cPanel under Mail Doctor.",
  },
} as const;

/** "Ernstig: Geen MX-record — voorbeeld.nl" (the subject's name only when the title does not already say it). */
function headline(item: AlertItem, lang: Lang): string {
  const title = item.title[lang];
  const name = item.subject.name;
  return `${WORDS[lang].severity[item.severity]}: ${title.toLowerCase().includes(name.toLowerCase()) ? title : `${title} — ${name}`}`;
}

function details(item: AlertItem, lang: Lang, indent: string): string[] {
  const lines: string[] = [];
  if (item.summary !== null) lines.push(`${indent}${item.summary[lang]}`);
  const steps = item.steps?.[lang] ?? [];
  if (steps.length > 0) lines.push(`${indent}${WORDS[lang].todo}`, ...steps.map((s, i) => `${indent}  ${i + 1}. ${s}`));
  if (item.record !== null) lines.push(`${indent}  ${item.record.type} ${item.record.name} ${item.record.value}`);
  for (const link of item.links) lines.push(`${indent}  ${link}`);
  return lines;
}

const bySeverity = (a: AlertItem, b: AlertItem): number =>
  ({ critical: 0, warning: 1, info: 2 })[a.severity] - ({ critical: 0, warning: 1, info: 2 })[b.severity] || a.key.localeCompare(b.key);

export function accountDigest(user: string, items: readonly AlertItem[], lang: Lang, providerName: string): Digest {
  const w = WORDS[lang];
  const fresh = items.filter((i) => i.change === 'new').sort(bySeverity);
  const blocks = fresh.map((i) => [`* ${headline(i, lang)}`, ...details(i, lang, '  ')].join('\n'));
  return {
    subject: w.accountSubject(fresh.length, user),
    text: `${w.intro(user, providerName)}\n\n${blocks.join('\n\n')}\n\n-- \n${w.outro}\n`,
  };
}

export function adminDigest(items: readonly AlertItem[], lang: Lang, server: { readonly name: string; readonly reportUrl: string }): Digest {
  const w = WORDS[lang];
  const fresh = items.filter((i) => i.change === 'new').sort(bySeverity);
  const resolved = items.filter((i) => i.change === 'resolved').sort(bySeverity);
  const sections: string[] = [];
  const shared = fresh.filter((i) => i.user === null);
  if (shared.length > 0) {
    sections.push(
      [w.serverWide(server.name), ...shared.map((i) => [`* ${headline(i, lang)}`, `  ${w.seenIn(i.accounts)}`, ...details(i, lang, '  ')].join('\n'))].join('\n\n'),
    );
  }
  const users = [...new Set(fresh.filter((i) => i.user !== null).map((i) => i.user as string))].sort();
  if (users.length > 0) {
    const blocks = users.map((u) => {
      const own = fresh.filter((i) => i.user === u);
      return `${u}:\n${own
        .map((i) => {
          const told = i.summary === null && i.steps === null;
          return [`  * ${headline(i, lang)}${told ? ` (${w.toldToContact})` : ''}`, ...details(i, lang, '    ')].join('\n');
        })
        .join('\n')}`;
    });
    sections.push(`${w.perAccount}\n\n${blocks.join('\n\n')}`);
  }
  if (resolved.length > 0) {
    sections.push(
      `${w.resolved}\n${resolved.map((i) => `  * ${headline(i, lang)}${i.user === null ? ` (${w.seenIn(i.accounts)})` : ` — ${i.user}`}`).join('\n')}`,
    );
  }
  sections.push(w.report(server.reportUrl));
  return { subject: w.adminSubject(fresh.length, resolved.length, server.name), text: `${sections.join('\n\n')}\n` };
}
