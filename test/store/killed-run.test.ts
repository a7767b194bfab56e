/**
 * A process killed with SIGKILL in the middle of a run (the OOM killer, a
 * power-cycled container) leaves the SQLite store consistent: every account
 * it stored is complete, nothing is half-written, and the next run takes the
 * lock over.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store';
import { decodeReport } from '../../src/store/sql-store';
import { typicalReport } from '../support/sample-reports';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** Writes thousands of accounts as one run, saying how many are stored. */
const WRITER = `
const { openStore } = require(${JSON.stringify(path.join(DIST, 'store', 'open-store.js'))});
// Reports made by the test (test/support, not part of the build), read from the file named second.
const samples = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const typicalReport = (user, i) => ({ ...samples[i % samples.length], user });
(async () => {
  const opened = await openStore(process.argv[1], { server: 'this-host' });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  const run = await store.beginRun({ trigger: 'schedule', startedAt: Date.now(), owner: { host: require('os').hostname(), pid: process.pid }, staleAfterMs: 3600000, holderAlive: () => true });
  for (let i = 0; i < 100000; i += 1) {
    const user = 'user' + i;
    await store.saveAccount(run.runId, { user, auditedAt: Date.now(), durationMs: 10, locale: 'nl', outcome: { ok: true, report: typicalReport(user, i) } });
    if (i % 25 === 0) process.stdout.write('stored ' + (i + 1) + '\\n');
  }
})();
`;

describe('a run killed with SIGKILL', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-kill-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when the writer is killed mid-run, then the store passes integrity_check, every stored account is complete and the next run takes over', async () => {
    const file = path.join(dir, 'history.sqlite');
    const samples = path.join(dir, 'reports.json');
    fs.writeFileSync(samples, JSON.stringify(Array.from({ length: 500 }, (_, i) => typicalReport(`user${i}`, i))));
    const child = spawn(process.execPath, ['-e', WRITER, file, samples], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (/stored (2\d\d|[3-9]\d\d)/.test(d.toString())) resolve();
      });
      child.on('exit', () => reject(new Error(`the writer ended before it was killed: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const results = db.prepare('SELECT id, account, critical, warning, info, report FROM account_results').all() as Array<{ id: number; account: string; critical: number; warning: number; info: number; report: string }>;
      expect(results.length).toBeGreaterThanOrEqual(200);
      const problems = db.prepare("SELECT result_id, COUNT(*) AS n FROM result_problems WHERE change_kind IN ('new', 'open') GROUP BY result_id").all() as Array<{ result_id: number; n: number }>;
      const perResult = new Map(problems.map((p) => [p.result_id, p.n]));
      for (const r of results) {
        const report = decodeReport(r.report);
        expect(report.user).toBe(r.account);
        expect(perResult.get(r.id) ?? 0).toBe(r.critical + r.warning + r.info);
      }
    } finally {
      db.close();
    }

    const opened = await openStore(file, { server: 'this-host' });
    if (!opened.ok) throw new Error(opened.error);
    try {
      // What the restarted daemon does first: the killed run stops reading as "running" now, not at the next run.
      const owner = { host: os.hostname(), pid: process.pid };
      expect(await opened.store.releaseDeadRun(owner, () => true, Date.now())).toBeNull();
      expect(await opened.store.releaseDeadRun(owner, (pid) => pid !== child.pid, Date.now())).toBe(1);
      expect((await opened.store.lastRun())?.status).toBe('interrupted');
      const next = await opened.store.beginRun({ trigger: 'schedule', startedAt: Date.now(), owner, staleAfterMs: 3_600_000, holderAlive: () => true });
      expect(next).toEqual({ ok: true, runId: 2 });
      expect((await opened.store.listRuns(5)).map((r) => r.status)).toEqual(['running', 'interrupted']);
    } finally {
      await opened.store.close();
    }
  });
});
