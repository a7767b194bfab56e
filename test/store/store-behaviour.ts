/**
 * What every history store adapter must do, run against SQLite and against a
 * real PostgreSQL server by the two test files.
 */
import { sampleReport, type SampleProblem } from '../support/sample-reports';
import type { BeginRunOptions, HistoryStore } from '../../src/store/history-store';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1, 2, 30);

const mx = (name: string): SampleProblem => ({ id: 'mx-missing', subject: { kind: 'domain', name }, severity: 'critical' });
const spf = (name: string, status: SampleProblem['status'] = 'problem'): SampleProblem => ({ id: 'spf-invalid', subject: { kind: 'domain', name }, status });

export function begin(at: number, extra: Partial<BeginRunOptions> = {}): BeginRunOptions {
  return { trigger: 'schedule', startedAt: at, owner: { host: 'this-host', pid: process.pid }, staleAfterMs: 6 * HOUR, holderAlive: () => true, ...extra };
}

async function oneRun(store: HistoryStore, at: number, accounts: Record<string, SampleProblem[] | string>): Promise<number> {
  const run = await store.beginRun(begin(at));
  if (!run.ok) throw new Error('locked');
  for (const [user, problems] of Object.entries(accounts)) {
    await store.saveAccount(run.runId, {
      user,
      auditedAt: at + 1000,
      durationMs: 1200,
      locale: 'nl',
      outcome: typeof problems === 'string' ? { ok: false, error: problems } : { ok: true, report: sampleReport(user, problems, at) },
    });
  }
  await store.finishRun(run.runId, 'completed', at + 5000);
  return run.runId;
}

export function storeBehaviour(open: () => Promise<HistoryStore>): void {
  let store: HistoryStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('when an account is stored in three runs, then the history says what was new, what was resolved and what is open since when', async () => {
    await oneRun(store, T0, { groen: [mx('a.example'), spf('a.example')] });
    await oneRun(store, T0 + 24 * HOUR, { groen: [mx('a.example'), spf('b.example')] });
    await oneRun(store, T0 + 48 * HOUR, { groen: [spf('b.example')] });
    const history = await store.accountHistory('groen');
    expect(history.map((h) => h.runStartedAt)).toEqual([T0 + 48 * HOUR, T0 + 24 * HOUR, T0]);
    const keys = (list: readonly { key: string }[]): string[] => list.map((p) => p.key);
    expect(keys(history[2]!.changes.new)).toEqual(['mx-missing|domain|a.example', 'spf-invalid|domain|a.example']);
    expect(keys(history[1]!.changes.new)).toEqual(['spf-invalid|domain|b.example']);
    expect(keys(history[1]!.changes.resolved)).toEqual(['spf-invalid|domain|a.example']);
    expect(history[1]!.changes.stillOpen.map((p) => [p.key, p.openSince])).toEqual([['mx-missing|domain|a.example', T0 + 1000]]);
    expect(keys(history[0]!.changes.resolved)).toEqual(['mx-missing|domain|a.example']);
    expect(history[0]!.changes.stillOpen.map((p) => p.openSince)).toEqual([T0 + 24 * HOUR + 1000]);
    expect(history[0]!.counts).toEqual({ critical: 0, warning: 1, info: 0, couldNotCheck: 0 });
    expect(history[2]!.changes.new[0]!.title.nl).toMatch(/mx-missing/);
  });

  it('when a problem could not be checked in a run, then it is neither resolved nor new afterwards', async () => {
    await oneRun(store, T0, { bos: [spf('bos.example')] });
    await oneRun(store, T0 + HOUR, { bos: [spf('bos.example', 'could-not-check')] });
    await oneRun(store, T0 + 2 * HOUR, { bos: [spf('bos.example')] });
    const [third, second] = await store.accountHistory('bos');
    expect(second!.changes).toMatchObject({ new: [], resolved: [] });
    expect(second!.changes.stillOpen.map((p) => p.openSince)).toEqual([T0 + 1000]);
    expect(third!.changes.new).toEqual([]);
    expect(third!.changes.stillOpen.map((p) => p.openSince)).toEqual([T0 + 1000]);
  });

  it('when an account fails in a run, then the error is stored and the next run compares with the last good result', async () => {
    await oneRun(store, T0, { zon: [mx('zon.example')] });
    await oneRun(store, T0 + HOUR, { zon: 'cannot reach cPanel: timeout' });
    await oneRun(store, T0 + 2 * HOUR, { zon: [mx('zon.example')] });
    const [third, second] = await store.accountHistory('zon');
    expect(second!.error).toBe('cannot reach cPanel: timeout');
    expect(third!.changes.new).toEqual([]);
    expect(third!.changes.stillOpen.length).toBe(1);
    expect((await store.accountReport('zon'))?.findings[0]?.id).toBe('mx-missing');
  });

  it('when runs are stored, then last run, run list, accounts of a run and the trend of common diagnoses come back', async () => {
    await oneRun(store, T0, { a: [mx('a.example')], b: [mx('b.example'), spf('b.example')], c: 'boom' });
    const second = await oneRun(store, T0 + HOUR, { a: [mx('a.example')], b: [], c: [spf('c.example')] });
    const last = await store.lastRun();
    expect(last).toMatchObject({ id: second, status: 'completed', trigger: 'schedule', accountsAudited: 3, accountsFailed: 0, startedAt: T0 + HOUR, finishedAt: T0 + HOUR + 5000 });
    expect(last?.counts).toEqual({ critical: 1, warning: 1, info: 0, couldNotCheck: 0 });
    const runs = await store.listRuns(10);
    expect(runs.map((r) => [r.accountsAudited, r.accountsFailed])).toEqual([[3, 0], [3, 1]]);
    const rows = await store.runAccounts(second);
    expect(rows.map((r) => [r.user, r.newProblems, r.resolvedProblems])).toEqual([['a', 0, 0], ['b', 0, 2], ['c', 1, 0]]);
    const trend = await store.trend({ runs: 5, top: 5 });
    expect(trend.runs.map((r) => r.startedAt)).toEqual([T0, T0 + HOUR]);
    expect(trend.diagnoses).toEqual([
      { id: 'mx-missing', accounts: [2, 1], total: 3 },
      { id: 'spf-invalid', accounts: [1, 1], total: 2 },
    ]);
    expect(await store.lastRun('another-server')).toBeNull();
  });

  it('when a run holds the lock, then a second run is refused until it finishes', async () => {
    const first = await store.beginRun(begin(T0));
    expect(first.ok).toBe(true);
    const second = await store.beginRun(begin(T0 + 1000, { owner: { host: 'this-host', pid: 999_999 } }));
    expect(second).toMatchObject({ ok: false, reason: 'locked', heldBy: `this-host pid ${process.pid}` });
    if (first.ok) await store.finishRun(first.runId, 'completed', T0 + 2000);
    expect((await store.beginRun(begin(T0 + 3000))).ok).toBe(true);
  });

  it('when the holder of the lock died, then the next run takes over and the dead run reads as interrupted', async () => {
    const first = await store.beginRun(begin(T0, { owner: { host: 'this-host', pid: 424_242 } }));
    const second = await store.beginRun(begin(T0 + 1000, { holderAlive: (pid) => pid !== 424_242 }));
    expect(second).toMatchObject({ ok: true, tookOverFrom: first.ok ? first.runId : -1 });
    const runs = await store.listRuns(5);
    expect(runs.map((r) => r.status)).toEqual(['running', 'interrupted']);
  });

  it('when the page asks for a run, then the daemon takes the request once', async () => {
    const id = await store.requestRun({ requestedAt: T0, requestedBy: 'root', user: 'groen' });
    expect(await store.pendingRunRequests()).toEqual([{ id, requestedAt: T0, requestedBy: 'root', user: 'groen' }]);
    expect((await store.takeRunRequests()).map((r) => r.id)).toEqual([id]);
    expect(await store.takeRunRequests()).toEqual([]);
  });

  it('when next run, alerts and old runs are recorded, then they read back and pruning deletes only the old runs', async () => {
    await store.setNextRun(T0 + 24 * HOUR);
    expect(await store.nextRun()).toBe(T0 + 24 * HOUR);
    expect(await store.lastAlertAt('account:groen')).toBeNull();
    await store.recordAlert('account:groen', T0);
    await store.recordAlert('account:groen', T0 + HOUR);
    expect(await store.lastAlertAt('account:groen')).toBe(T0 + HOUR);
    await oneRun(store, T0, { old: [mx('old.example')] });
    await oneRun(store, T0 + 100 * 24 * HOUR, { old: [mx('old.example')] });
    expect(await store.prune(T0 + 10 * 24 * HOUR)).toBe(1);
    const history = await store.accountHistory('old');
    expect(history.length).toBe(1);
    // The surviving result keeps its own "open since", from before the pruned run.
    expect(history[0]!.changes.stillOpen[0]!.openSince).toBe(T0 + 1000);
  });

  it('when accounts are stored over two runs, then latestSummaries gives each one its latest result with counts and its findings that are not ok', async () => {
    const first = await oneRun(store, T0, { groen: [mx('a.example')], rood: [spf('a.example')], kapot: [] });
    const run = await store.beginRun(begin(T0 + 24 * HOUR));
    if (!run.ok) throw new Error('locked');
    const at = T0 + 24 * HOUR;
    await store.saveAccount(run.runId, {
      user: 'groen',
      auditedAt: at + 1000,
      durationMs: 1200,
      locale: 'nl',
      outcome: { ok: true, report: sampleReport('groen', [spf('b.example'), spf('c.example', 'could-not-check')], at, 3) },
    });
    await store.saveAccount(run.runId, { user: 'kapot', auditedAt: at + 2000, durationMs: 10, locale: null, outcome: { ok: false, error: 'timed out' } });
    await store.finishRun(run.runId, 'completed', at + 5000);

    const summaries = (await store.latestSummaries()).sort((a, b) => a.user.localeCompare(b.user));
    expect(summaries.map((s) => [s.user, s.runId, s.auditedAt, s.error])).toEqual([
      ['groen', run.runId, at + 1000, null],
      ['kapot', run.runId, at + 2000, 'timed out'],
      ['rood', first, T0 + 1000, null],
    ]);
    const [groen, kapot, rood] = summaries;
    expect(groen!.counts).toEqual({ critical: 0, warning: 1, info: 0, couldNotCheck: 1 });
    expect(groen!.generatedAt).toBe(new Date(at).toISOString());
    expect(groen!.findings).toEqual([
      {
        id: 'spf-invalid',
        status: 'problem',
        severity: 'warning',
        subject: { kind: 'domain', name: 'b.example' },
        title: { nl: 'Probleem spf-invalid bij b.example', en: 'Problem spf-invalid at b.example' },
        summary: { nl: 'b.example: spf-invalid (samenvatting).', en: 'b.example: spf-invalid (summary).' },
      },
      {
        id: 'spf-invalid',
        status: 'could-not-check',
        severity: 'warning',
        subject: { kind: 'domain', name: 'c.example' },
        title: { nl: 'Probleem spf-invalid bij c.example', en: 'Problem spf-invalid at c.example' },
      },
    ]);
    expect(kapot!.findings).toBeNull();
    expect(kapot!.counts).toEqual({ critical: 0, warning: 0, info: 0, couldNotCheck: 0 });
    expect(rood!.findings?.map((f) => [f.id, f.subject.name, f.status])).toEqual([['spf-invalid', 'a.example', 'problem']]);
    expect(await store.latestSummaries('another-host')).toEqual([]);
  });
}
