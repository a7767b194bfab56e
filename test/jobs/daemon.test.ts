/** The daemon in-process: schedule, "audit now" requests, one run at a time, retention and stopping. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDaemon, type DaemonSettings, type RunningDaemon } from '../../src/jobs/daemon';
import { requestRun } from '../../src/jobs/request-run';
import type { HistoryStore } from '../../src/store/history-store';
import { openStore } from '../../src/store/open-store';
import { fakeAuditor, type FakeAuditor } from './fake-auditor';

let dir: string;
let store: HistoryStore;
let daemon: RunningDaemon | undefined;
let lines: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-daemon-'));
  const opened = await openStore(path.join(dir, 'h.sqlite'), { server: 'this-host' });
  if (!opened.ok) throw new Error(opened.error);
  store = opened.store;
  lines = [];
});
afterEach(async () => {
  await daemon?.stop(5000);
  daemon = undefined;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(auditor: FakeAuditor, settings: Partial<DaemonSettings> = {}): RunningDaemon {
  daemon = startDaemon(
    { cron: '0 0 1 1 *', spreadMinutes: 0, concurrency: 2, retentionDays: 90, requestPollMs: 50, staleAfterMs: 3_600_000, ...settings },
    { store, auditor, log: (l) => lines.push(l), clock: Date.now, owner: { host: 'this-host', pid: process.pid }, holderAlive: () => true },
  );
  return daemon;
}

async function until(check: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out; log:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the daemon', () => {
  it('when started, then the next scheduled run is written to the store for the pages', async () => {
    const d = start(fakeAuditor({ a: {} }));
    await until(async () => (await store.nextRun()) !== null);
    expect(await store.nextRun()).toBe(d.nextRun()?.getTime());
    expect(new Date((await store.nextRun()) ?? 0).getMonth()).toBe(0);
  });

  it('when the page asks for a run, then the daemon runs it on its next poll without spreading, and only once', async () => {
    const auditor = fakeAuditor({ a: {}, b: {} });
    start(auditor, { spreadMinutes: 60 });
    await requestRun(store, { requestedBy: 'root (WHM)' });
    await requestRun(store, { requestedBy: 'reseller1 (WHM)' });
    await until(async () => (await store.lastRun())?.status === 'completed');
    expect(await store.lastRun()).toMatchObject({ trigger: 'on-demand', accountsAudited: 2 });
    expect(lines.join('\n')).toMatch(/run requested by root \(WHM\), reseller1 \(WHM\)/);
    expect(await store.pendingRunRequests()).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect((await store.listRuns(10)).length).toBe(1);
  });

  it('when every request names an account, then only those accounts are audited', async () => {
    const auditor = fakeAuditor({ a: {}, b: {}, c: {} });
    start(auditor);
    await requestRun(store, { requestedBy: 'groen (cPanel)', user: 'b' });
    await until(async () => (await store.lastRun())?.status === 'completed');
    expect(auditor.audited).toEqual(['b']);
  });

  it('when a run is going, then a second one in the same process is refused and the request waits for the next poll', async () => {
    const auditor = fakeAuditor({ a: { delayMs: 300 } });
    const d = start(auditor, { requestPollMs: 60_000 });
    const first = d.runNow('on-demand');
    expect(await d.runNow('schedule')).toEqual({ kind: 'busy' });
    await requestRun(store, { requestedBy: 'root' });
    await d.checkRequests();
    expect((await store.pendingRunRequests()).length).toBe(1);
    expect((await first).kind).toBe('done');
    await d.checkRequests();
    await until(async () => (await store.listRuns(5)).length === 2 && (await store.lastRun())?.status === 'completed');
  });

  it('when the cron schedule comes round, then a scheduled run starts on its own', async () => {
    start(fakeAuditor({ a: {} }), { cron: '* * * * * *' });
    await until(async () => (await store.lastRun())?.trigger === 'schedule', 4000);
  });

  it('when a run ends, then runs older than the retention are deleted', async () => {
    const old = await store.beginRun({ trigger: 'schedule', startedAt: Date.now() - 100 * 86_400_000, owner: { host: 'h', pid: 1 }, staleAfterMs: 1, holderAlive: () => true });
    if (old.ok) await store.finishRun(old.runId, 'completed', Date.now() - 100 * 86_400_000);
    const d = start(fakeAuditor({ a: {} }), { retentionDays: 90 });
    await d.runNow('on-demand');
    expect((await store.listRuns(10)).length).toBe(1);
    expect(lines.join('\n')).toMatch(/deleted 1 run older than 90 days/);
  });

  it('when stopped during a run, then accounts not started are skipped, the one in hand finishes and the run reads as interrupted', async () => {
    const accounts = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`u${i}`, { delayMs: 100 }]));
    const d = start(fakeAuditor(accounts), { concurrency: 1 });
    const run = d.runNow('on-demand');
    await until(async () => lines.some((l) => l.startsWith('account ')));
    expect(await d.stop(5000)).toBe(true);
    const outcome = await run;
    expect(outcome).toMatchObject({ kind: 'done', status: 'interrupted' });
    const last = await store.lastRun();
    expect(last?.status).toBe('interrupted');
    expect(last?.accountsAudited).toBeLessThan(8);
    expect(await d.runNow('on-demand')).toEqual({ kind: 'stopping' });
    // The pages read "no next run" as "the daemon is not running".
    expect(await store.nextRun()).toBeNull();
  });
});

describe('the daemon when the store goes away', () => {
  it('when the history store is unreachable for many polls, then that is logged once when it starts and once when it ends', async () => {
    let down = false;
    const failing = <T>(work: () => Promise<T>): Promise<T> => (down ? Promise.reject(new Error('history store postgres://db/md: cannot connect (ECONNREFUSED)')) : work());
    const flaky: HistoryStore = new Proxy(store, {
      get(target, key: keyof HistoryStore) {
        const value = target[key];
        if (key === 'takeRunRequests' || key === 'setNextRun') return (...args: unknown[]) => failing(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    daemon = startDaemon(
      { cron: '0 0 1 1 *', spreadMinutes: 0, concurrency: 2, retentionDays: 90, requestPollMs: 20, staleAfterMs: 3_600_000 },
      { store: flaky, auditor: fakeAuditor({ a: {} }), log: (l) => lines.push(l), clock: Date.now, owner: { host: 'this-host', pid: process.pid }, holderAlive: () => true },
    );
    await new Promise((r) => setTimeout(r, 100));
    down = true;
    await new Promise((r) => setTimeout(r, 400));
    down = false;
    await until(() => lines.some((l) => /reachable again/.test(l)));
    const outage = lines.filter((l) => /history store (unreachable|reachable again)/.test(l));
    expect(outage).toEqual([
      'history store unreachable (run requests not read): history store postgres://db/md: cannot connect (ECONNREFUSED); retrying on every poll',
      'history store reachable again',
    ]);
  });
});
