/** The SQLite history store: the shared behaviour, plus what only a file on disk can do wrong. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store';
import type { HistoryStore } from '../../src/store/history-store';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/migrations';
import { encodeReport } from '../../src/store/sql-store';
import { sampleReport } from '../support/sample-reports';
import { storedOverview } from '../../src/web/history-source';
import { storeBehaviour } from './store-behaviour';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-store-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(file = path.join(dir, 'history.sqlite'), busyTimeoutMs = 200): Promise<HistoryStore> {
  const opened = await openStore(file, { server: 'this-host', busyTimeoutMs });
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

describe('SQLite history store', () => {
  describe('shared behaviour', () => storeBehaviour(() => open()));

  it('when the store is opened twice, then it is in WAL mode and each migration ran once', async () => {
    const file = path.join(dir, 'deep', 'folder', 'history.sqlite');
    await (await open(file)).close();
    await (await open(file)).close();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = raw.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    } finally {
      raw.close();
    }
  });

  it('when the file is not a database, then opening says so and names the file', async () => {
    const file = path.join(dir, 'history.sqlite');
    fs.writeFileSync(file, 'this is not a database, just text that is long enough to have a header'.repeat(20));
    const opened = await openStore(file, { server: 'h' });
    expect(opened).toEqual({ ok: false, error: expect.stringContaining(`history store ${file}: it is damaged or not a SQLite database`) });
  });

  it('when another process holds the write lock, then opening says the store is locked', async () => {
    const file = path.join(dir, 'history.sqlite');
    await (await open(file)).close();
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const opened = await openStore(file, { server: 'h', busyTimeoutMs: 100 });
      expect(opened).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`history store ${file}: it is locked by another process`)) });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('when the schema is newer than this program, then the store is refused instead of guessed at', async () => {
    const file = path.join(dir, 'history.sqlite');
    await (await open(file)).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'future', 0);
    raw.close();
    const opened = await openStore(file, { server: 'h' });
    expect(opened).toEqual({ ok: false, error: expect.stringContaining('newer than this Mail Doctor knows') });
  });

  it('when a read-only open finds no history, then it says how to make some', async () => {
    const opened = await openStore(path.join(dir, 'missing.sqlite'), { server: 'h', readOnly: true });
    expect(opened.ok).toBe(false);
    expect(opened.ok ? '' : opened.error).toBe(`history store ${path.join(dir, 'missing.sqlite')}: it does not exist yet (the daemon or \`mail-doctor audit --all --store\` creates it)`);
  });

  it('when a version 2 store is opened, then it migrates to compact summaries, its old rows read with no findings and the overview falls back to their full report', async () => {
    const file = path.join(dir, 'history.sqlite');
    const at = Date.UTC(2026, 9, 1, 2, 30);
    const raw = new Database(file);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 2)) {
      for (const statement of m.statements('sqlite')) raw.exec(statement);
      raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, 0);
    }
    raw.prepare("INSERT INTO runs (id, server, run_trigger, status, started_at, finished_at, heartbeat_at) VALUES (1, 'this-host', 'schedule', 'completed', ?, ?, ?)").run(at, at + 5000, at);
    const old = sampleReport('oud', [{ id: 'mx-missing', subject: { kind: 'domain', name: 'oud.example' }, severity: 'critical' }], at, 2);
    raw
      .prepare(
        `INSERT INTO account_results (run_id, server, account, audited_at, duration_ms, error, critical, warning, info, could_not_check, locale, report)
         VALUES (1, 'this-host', 'oud', ?, 1000, NULL, 1, 0, 0, 0, 'nl', ?)`,
      )
      .run(at + 1000, encodeReport(old));
    raw.close();

    const store = await open(file);
    try {
      const [summary] = await store.latestSummaries();
      expect(summary).toEqual({ user: 'oud', runId: 1, auditedAt: at + 1000, error: null, counts: { critical: 1, warning: 0, info: 0, couldNotCheck: 0 }, generatedAt: null, findings: null });
      const run = await store.beginRun({ trigger: 'cli', startedAt: at + 86_400_000, owner: { host: 'h', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true });
      if (!run.ok) throw new Error('locked');
      await store.saveAccount(run.runId, { user: 'nieuw', auditedAt: at + 86_401_000, durationMs: 10, locale: null, outcome: { ok: true, report: sampleReport('nieuw', [], at + 86_400_000, 2) } });
      await store.finishRun(run.runId, 'completed', at + 86_402_000);
      const overview = await storedOverview(store, ['oud', 'nieuw', 'zonder']);
      expect([...overview.keys()].sort()).toEqual(['nieuw', 'oud']);
      // The old row has no compact summary: its full report is read, as before.
      expect(overview.get('oud')!.report.findings.map((f) => [f.id, f.status])).toEqual([['mx-missing', 'problem'], ['spf-invalid', 'ok'], ['spf-invalid', 'ok']]);
      expect(overview.get('oud')!.madeAt).toBe(at);
      expect(overview.get('nieuw')).toEqual({ report: { findings: [] }, madeAt: at + 86_400_000 });
    } finally {
      await store.close();
    }
    const check = new Database(file, { readonly: true });
    try {
      const versions = check.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
      expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      check.close();
    }
  });
});
