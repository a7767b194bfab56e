/**
 * `mail-doctor history --user USER`: an account's stored runs with their
 * counts, then per run what was new, what was resolved and what is still
 * open since when. Reads the store only.
 *
 * Exit status: 0 (also when the account has no history yet), 1 when the
 * store cannot be read.
 */
import os from 'node:os';
import type { Writable } from 'node:stream';
import type { Lang } from '../kb/types';
import type { AccountRun, HistoryStore, ProblemRef } from '../store/history-store';
import { openStore } from '../store/open-store';
import { workOnStore } from './store-work';
import { errorLine, forTerminal, jsonForTerminal } from './terminal-text';

interface HistoryOptions {
  readonly user: string;
  readonly json: boolean;
  readonly lang: Lang;
  readonly store: string;
  /** The server whose rows to show; default the only server in the store, else every server that has the account. */
  readonly server?: string;
  readonly limit: number;
}

const WORDS = {
  nl: {
    title: (user: string, server: string, n: number) => `Geschiedenis van ${user} op ${server} (${n} ${n === 1 ? 'controle' : 'controles'})`,
    none: (user: string, server: string) => `Er is nog geen geschiedenis van ${user} op ${server} opgeslagen.\n`,
    servers: (names: readonly string[]) => `Servers in deze opslag: ${names.join(', ')}\n`,
    severity: { critical: 'ernstig', warning: 'waarschuwing', info: 'ter info' },
    head: ['Controle', 'Ernstig', 'Waarsch.', 'Info', 'Niet te controleren', 'Duur'],
    failed: 'mislukt',
    newP: 'nieuw',
    resolved: 'opgelost',
    openSince: (d: string) => `open sinds ${d}`,
    nothing: 'geen veranderingen',
  },
  en: {
    title: (user: string, server: string, n: number) => `History of ${user} on ${server} (${n} ${n === 1 ? 'check' : 'checks'})`,
    none: (user: string, server: string) => `No history of ${user} on ${server} is stored yet.\n`,
    servers: (names: readonly string[]) => `Servers in this store: ${names.join(', ')}\n`,
    severity: { critical: 'critical', warning: 'warning', info: 'info' },
    head: ['Check', 'Critical', 'Warning', 'Info', 'Could not check', 'Duration'],
    failed: 'failed',
    newP: 'new',
    resolved: 'resolved',
    openSince: (d: string) => `open since ${d}`,
    nothing: 'no changes',
  },
} as const;

/** "2026-11-26 02:30" in UTC: the same on every terminal and in tests. */
const when = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** "ernstig: Geen MX-record — voorbeeld.nl" (the name only when the title does not already say it). */
const problem = (p: ProblemRef, lang: Lang): string => {
  const title = p.title[lang];
  return `${WORDS[lang].severity[p.severity]}: ${title.toLowerCase().includes(p.subject.name.toLowerCase()) ? title : `${title} — ${p.subject.name}`}`;
};

export function formatHistory(user: string, runs: readonly AccountRun[], lang: Lang, server: string): string {
  const w = WORDS[lang];
  if (runs.length === 0) return forTerminal(w.none(user, server));
  const rows = [
    [...w.head],
    ...runs.map((r) =>
      r.error !== null
        ? [when(r.runStartedAt), '-', '-', '-', '-', `${w.failed}: ${r.error}`]
        : [when(r.runStartedAt), String(r.counts.critical), String(r.counts.warning), String(r.counts.info), String(r.counts.couldNotCheck), `${(r.durationMs / 1000).toFixed(1)} s`],
    ),
  ];
  const changes = runs.map((r) => {
    const lines = [
      ...r.changes.new.map((p) => `  + ${w.newP}: ${problem(p, lang)}`),
      ...r.changes.resolved.map((p) => `  - ${w.resolved}: ${problem(p, lang)}`),
      ...r.changes.stillOpen.map((p) => `  = ${w.openSince(when(p.openSince))}: ${problem(p, lang)}`),
    ];
    return `${when(r.runStartedAt)}\n${lines.length === 0 ? `  ${w.nothing}` : lines.join('\n')}`;
  });
  // Stored titles, subjects and errors came from cPanel, mail and DNS: the same gate as a live audit.
  return forTerminal(`${w.title(user, server, runs.length)}\n\n${table(rows)}\n\n${changes.join('\n\n')}\n`);
}

function jsonRun(r: AccountRun, lang: Lang): Record<string, unknown> {
  const p = (x: ProblemRef): Record<string, unknown> => ({
    key: x.key,
    id: x.id,
    subject: x.subject,
    severity: x.severity,
    title: x.title[lang],
    openSince: new Date(x.openSince).toISOString(),
  });
  return {
    runId: r.runId,
    runStartedAt: new Date(r.runStartedAt).toISOString(),
    auditedAt: new Date(r.auditedAt).toISOString(),
    durationMs: r.durationMs,
    error: r.error,
    counts: r.counts,
    new: r.changes.new.map(p),
    resolved: r.changes.resolved.map(p),
    stillOpen: r.changes.stillOpen.map(p),
  };
}

/** Which servers to show: the one asked for; else the only one in the store; else each that has the account (all when none has). */
async function serversToShow(store: HistoryStore, user: string, asked: string | undefined): Promise<{ show: string[]; all: string[] }> {
  const all = (await store.servers()).map((s) => s.server);
  if (asked !== undefined) return { show: [asked], all };
  if (all.length <= 1) return { show: all.length === 1 ? all : [store.server], all };
  const having: string[] = [];
  for (const server of all) if ((await store.accountHistory(user, { limit: 1, server })).length > 0) having.push(server);
  return { show: having.length > 0 ? having : all, all };
}

export async function runHistory(options: HistoryOptions, io: { stdout: Writable; stderr: Writable }): Promise<number> {
  const opened = await openStore(options.store, { server: options.server ?? os.hostname(), readOnly: true });
  if (!opened.ok) {
    io.stderr.write(errorLine(opened.error));
    return 1;
  }
  const store = opened.store;
  return workOnStore(store, io.stderr, async () => {
    const { show, all } = await serversToShow(store, options.user, options.server);
    const histories: Array<{ server: string; runs: AccountRun[] }> = [];
    for (const server of show) histories.push({ server, runs: await store.accountHistory(options.user, { limit: options.limit, server }) });
    if (options.json) {
      const one = histories.length === 1 ? histories[0]! : undefined;
      io.stdout.write(
        `${jsonForTerminal({
          user: options.user,
          store: store.location,
          servers: all,
          ...(one !== undefined
            ? { server: one.server, runs: one.runs.map((r) => jsonRun(r, options.lang)) }
            : { histories: histories.map((h) => ({ server: h.server, runs: h.runs.map((r) => jsonRun(r, options.lang)) })) }),
        })}\n`,
      );
    } else {
      const text = histories.map((h) => formatHistory(options.user, h.runs, options.lang, h.server)).join('\n');
      io.stdout.write(forTerminal(`${text}${all.length > 1 ? `\n${WORDS[options.lang].servers(all)}` : ''}`));
    }
    return 0;
  });
}
