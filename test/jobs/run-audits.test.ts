/** One run over the accounts, with a real SQLite store and a scripted auditor. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAudits, type RunOptions } from '../../src/jobs/run-audits';
import type { HistoryStore } from '../../src/store/history-store';
import { openStore } from '../../src/store/open-store';
import { fakeAuditor } from './fake-auditor';

let dir: string;
let store: HistoryStore;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-run-'));
  const opened = await openStore(path.join(dir, 'h.sqlite'), { server: 'this-host' });
  if (!opened.ok) throw new Error(opened.error);
  store = opened.store;
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function options(extra: Partial<RunOptions> = {}): RunOptions {
  return {
    trigger: 'schedule',
    concurrency: 2,
    spreadMs: 0,
    signal: new AbortController().signal,
    owner: { host: 'this-host', pid: process.pid },
    staleAfterMs: 3_600_000,
    holderAlive: () => true,
    ...extra,
  };
}

const mx = (name: string) => ({ id: 'mx-missing' as const, subject: { kind: 'domain' as const, name }, severity: 'critical' as const });

describe('one run over the accounts', () => {
  it('when one account fails, then the others are stored, the failure is stored and logged, and one line per account is logged', async () => {
    const auditor = fakeAuditor({ a: { problems: [mx('a.example')] }, b: { fail: 'cannot reach cPanel: socket hang up' }, c: {} });
    const lines: string[] = [];
    const outcome = await runAudits({ store, auditor, log: (l) => lines.push(l), clock: Date.now }, options());
    expect(outcome).toMatchObject({ kind: 'done', status: 'completed', audited: 2, failed: 1, skipped: 0 });
    const accountLines = lines.filter((l) => l.startsWith('account '));
    expect(accountLines.length).toBe(3);
    expect(accountLines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^account a: 1 critical, 0 warning, 0 info, 0 could-not-check; 1 new, 0 resolved; \d+\.\d s$/),
        expect.stringMatching(/^account b: failed after \d+\.\d s: cannot reach cPanel: socket hang up$/),
        expect.stringMatching(/^account c: 0 critical/),
      ]),
    );
    expect((await store.runAccounts(outcome.kind === 'done' ? outcome.runId : 0)).map((r) => [r.user, r.error])).toEqual([
      ['a', null],
      ['b', 'cannot reach cPanel: socket hang up'],
      ['c', null],
    ]);
  });

  it('when many accounts are audited, then never more than the concurrency are in flight', async () => {
    const accounts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`u${i}`, { delayMs: 20 }]));
    const auditor = fakeAuditor(accounts);
    await runAudits({ store, auditor, log: () => undefined, clock: Date.now }, options({ concurrency: 3 }));
    expect(auditor.audited.length).toBe(12);
    expect(auditor.maxInFlight).toBe(3);
  });

  it('when accounts are spread over a window, then each starts at its own offset and the run takes about the window', async () => {
    const auditor = fakeAuditor({ a: {}, b: {}, c: {}, d: {} });
    const started = Date.now();
    await runAudits({ store, auditor, log: () => undefined, clock: Date.now }, options({ spreadMs: 600, concurrency: 4 }));
    const took = Date.now() - started;
    expect(took).toBeGreaterThan(150);
    expect(took).toBeLessThan(1500);
  });

  it('when the run is aborted part-way, then accounts not started are skipped, the run is interrupted and the lock is free', async () => {
    const accounts = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`u${i}`, { delayMs: 40 }]));
    const auditor = fakeAuditor(accounts);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 60);
    const outcome = await runAudits({ store, auditor, log: () => undefined, clock: Date.now }, options({ concurrency: 1, signal: abort.signal }));
    expect(outcome).toMatchObject({ kind: 'done', status: 'interrupted' });
    if (outcome.kind !== 'done') return;
    expect(outcome.audited).toBeGreaterThan(0);
    expect(outcome.audited + outcome.skipped).toBe(10);
    expect((await store.runAccounts(outcome.runId)).length).toBe(outcome.audited);
    expect((await store.lastRun())?.status).toBe('interrupted');
    expect((await store.beginRun({ ...options(), startedAt: Date.now() })).ok).toBe(true);
  });

  it('when another run holds the store lock, then this run does not start', async () => {
    const held = await store.beginRun({ ...options(), startedAt: Date.now(), owner: { host: 'other-host', pid: 1 } });
    expect(held.ok).toBe(true);
    const lines: string[] = [];
    const outcome = await runAudits({ store, auditor: fakeAuditor({ a: {} }), log: (l) => lines.push(l), clock: Date.now }, options());
    expect(outcome).toEqual({ kind: 'locked', heldBy: 'other-host pid 1' });
    expect(lines.join('\n')).toMatch(/another run holds the lock/);
  });

  it('when the account list cannot be read, then the run is stored as failed', async () => {
    const auditor = fakeAuditor({});
    auditor.listUsers = async () => {
      throw new Error('cannot reach cPanel: connect ECONNREFUSED');
    };
    const outcome = await runAudits({ store, auditor, log: () => undefined, clock: Date.now }, options());
    expect(outcome).toMatchObject({ kind: 'failed', error: 'cannot reach cPanel: connect ECONNREFUSED' });
    expect((await store.lastRun())?.status).toBe('failed');
  });
});
