/** The SQLite history store: the shared behaviour, plus what only a file on disk can do wrong. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store';
import type { HistoryStore } from '../../src/store/history-store';
import { LATEST_VERSION } from '../../src/store/migrations';
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
});
