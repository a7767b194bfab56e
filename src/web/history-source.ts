/**
 * Where the pages get history from. The WHM CGI runs as root and opens the
 * daemon's store read-only for display; only "audit now" opens it writable,
 * for one insert. Nothing here throws at the pages: a missing or unreadable
 * store is "no history yet".
 */
import { loadDaemonConfig } from '../jobs/daemon-config';
import { existsSync } from 'node:fs';
import { DEFAULT_STORE } from '../store/default-location';
import { isPostgresUrl, openStore } from '../store/open-store';
import { ownServerName } from '../jobs/server-identity';
import type { CompactFinding, HistoryStore } from '../store/history-store';
import { storeFixLogAt, type FixLogPort } from './fix-pages';

export interface HistorySource {
  /** The store to read from; undefined when there is none (no config, no file, no run yet). */
  reader(): Promise<HistoryStore | undefined>;
  /** Leaves an "audit now" request for the daemon (writable access for just this). */
  requestRun(request: { readonly requestedAt: number; readonly requestedBy: string; readonly user?: string }): Promise<number>;
  close(): Promise<void>;
  /** Set when this source runs "audit now" requests itself (the sandbox, which has no daemon). */
  readonly runsRequestsItself?: boolean;
  /** Where the safe fixes are logged, when the store is at a known place. */
  readonly fixLog?: FixLogPort;
}

export function isHistorySource(value: HistoryStore | HistorySource): value is HistorySource {
  return typeof (value as Partial<HistorySource>).reader === 'function';
}

/** An account's latest stored report as the WHM overview reads it: its findings, compact or full. */
interface StoredOverview {
  readonly report: { readonly findings: readonly CompactFinding[] };
  /** Unix milliseconds the report was made; absent when unknown. */
  readonly madeAt?: number;
}

/**
 * The latest stored report of each of `users`, for the overview: one query
 * for all accounts' compact summaries; only accounts whose latest row has
 * none (written before compact summaries, or a failed audit) read their full
 * latest report as before. Accounts without a stored report are absent.
 */
export async function storedOverview(store: HistoryStore, users: readonly string[]): Promise<Map<string, StoredOverview>> {
  const wanted = new Set(users);
  const out = new Map<string, StoredOverview>();
  const fallback: string[] = [];
  const summaries = new Map((await store.latestSummaries()).map((s) => [s.user, s]));
  for (const user of wanted) {
    const s = summaries.get(user);
    if (s === undefined) continue;
    if (s.error === null && s.findings !== null) {
      const madeAt = s.generatedAt === null ? NaN : Date.parse(s.generatedAt);
      out.set(user, { report: { findings: s.findings }, ...(Number.isFinite(madeAt) ? { madeAt } : {}) });
    } else fallback.push(user);
  }
  await Promise.all(
    fallback.map(async (user) => {
      const report = await store.accountReport(user);
      if (report === null) return;
      const madeAt = Date.parse(report.generatedAt);
      out.set(user, { report, ...(Number.isFinite(madeAt) ? { madeAt } : {}) });
    }),
  );
  return out;
}

/** An open store (tests, `serve --store`, the sandbox): read and written through the same handle; the owner closes it. */
export function storeHistory(store: HistoryStore | Promise<HistoryStore | undefined>): HistorySource {
  const ready = Promise.resolve(store).catch(() => undefined);
  return {
    reader: () => ready,
    async requestRun(request) {
      const s = await ready;
      if (s === undefined) throw new Error('no history store');
      return s.requestRun(request);
    },
    close: async () => undefined,
  };
}

/** A store by location (the WHM CGI): read-only for display, writable only for a request. */
export function historyAt(location: string, server: string, log: (m: string) => void): HistorySource {
  let reading: Promise<HistoryStore | undefined> | undefined;
  const opened: HistoryStore[] = [];
  return {
    fixLog: storeFixLogAt(location, server),
    reader() {
      // No file yet (no daemon has run): quietly no history, not an error on every page view.
      if (!isPostgresUrl(location) && !existsSync(location)) return Promise.resolve(undefined);
      reading ??= openStore(location, { server, readOnly: true }).then((o) => {
        if (!o.ok) {
          log(`mail-doctor: history not shown: ${o.error}`);
          return undefined;
        }
        opened.push(o.store);
        return o.store;
      });
      return reading;
    },
    async requestRun(request) {
      // Never create a store the daemon does not have: a request nobody will take is worse than an error.
      if ((await this.reader()) === undefined) throw new Error(`no history store at ${location}`);
      const o = await openStore(location, { server });
      if (!o.ok) throw new Error(o.error);
      try {
        return await o.store.requestRun(request);
      } finally {
        await o.store.close();
      }
    },
    async close() {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined);
    },
  };
}

const DEFAULT_CONFIG = '/etc/mail-doctor/config.yaml';

/** The server name the daemon writes under (server-identity.ts), read from the store when not configured. */
async function namedInStore(location: string, configured: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (configured !== undefined || (!isPostgresUrl(location) && !existsSync(location))) return ownServerName(undefined, configured, env);
  const o = await openStore(location, { server: '', readOnly: true });
  try {
    return await ownServerName(o.ok ? o.store : undefined, undefined, env);
  } finally {
    if (o.ok) await o.store.close();
  }
}

/**
 * The daemon's store as its configuration names it (MAIL_DOCTOR_CONFIG, else
 * /etc/mail-doctor/config.yaml; no file: the default store path), tagged with
 * the same server name the daemon writes under.
 */
export async function historyFromConfig(env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<HistorySource> {
  const file = env.MAIL_DOCTOR_CONFIG !== undefined && env.MAIL_DOCTOR_CONFIG !== '' ? env.MAIL_DOCTOR_CONFIG : DEFAULT_CONFIG;
  const loaded = await loadDaemonConfig(file);
  if (!loaded.ok) {
    if (!/ENOENT/.test(loaded.error)) log(`mail-doctor: ${loaded.error}; using the default history store`);
    return historyAt(DEFAULT_STORE, await namedInStore(DEFAULT_STORE, undefined, env), log);
  }
  const c = loaded.config;
  return historyAt(c.history.store, await namedInStore(c.history.store, c.server?.hostname, env), log);
}
