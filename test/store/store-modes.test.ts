/** The history store is root's alone: a new SQLite store is 0600 (its WAL files too) in a 0700 folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store';

let dir: string;
let umask: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-store-modes-'));
  // The usual umask, which would leave SQLite's own 0644 as it is.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a new history store', () => {
  it('when the store and its folder are created, then the folder is 0700 and the database and its WAL files 0600', async () => {
    const file = path.join(dir, 'state', 'history.sqlite');
    const opened = await openStore(file, { server: 'test' });
    if (!opened.ok) throw new Error(opened.error);
    try {
      await opened.store.requestRun({ requestedAt: Date.now(), requestedBy: 'test' });
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const made = fs.readdirSync(path.dirname(file)).sort();
      expect(made).toContain('history.sqlite');
      expect(made).toContain('history.sqlite-wal');
      for (const name of made) expect([name, fs.statSync(path.join(path.dirname(file), name)).mode & 0o777]).toEqual([name, 0o600]);
    } finally {
      await opened.store.close();
    }
  });

  it('when the store is in memory, then no file is made', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const opened = await openStore(':memory:', { server: 'test' });
      if (!opened.ok) throw new Error(opened.error);
      await opened.store.close();
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
