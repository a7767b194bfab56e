/**
 * The PostgreSQL history store against a real server this test starts (see
 * postgres-server.ts): the same behaviour as SQLite, plus what a central
 * database shared by many servers needs.
 */
import { openStore } from '../../src/store/open-store';
import type { HistoryStore } from '../../src/store/history-store';
import { sampleReport } from '../support/sample-reports';
import { startPostgres, type RunningPostgres } from './postgres-server';
import { begin, storeBehaviour } from './store-behaviour';

let pg: RunningPostgres;

beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);

afterAll(async () => {
  await pg?.stop();
});

async function open(url: string, server = 'this-host'): Promise<HistoryStore> {
  const opened = await openStore(url, { server });
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

describe('PostgreSQL history store', () => {
  describe('shared behaviour', () => storeBehaviour(async () => open(await pg.newDatabase())));

  it('when two servers write to one database, then each row is tagged and each server reads its own', async () => {
    const url = await pg.newDatabase();
    const [a, b] = await Promise.all([open(url, 'server-a.example'), open(url, 'server-b.example')]);
    try {
      for (const store of [a, b]) {
        const run = await store.beginRun(begin(1_000));
        if (!run.ok) throw new Error('locked');
        await store.saveAccount(run.runId, { user: 'groen', auditedAt: 2_000, durationMs: 5, locale: null, outcome: { ok: true, report: sampleReport('groen', [], 1_000) } });
        await store.finishRun(run.runId, 'completed', 3_000);
      }
      expect((await a.lastRun())?.server).toBe('server-a.example');
      expect((await a.lastRun('server-b.example'))?.server).toBe('server-b.example');
      expect((await a.accountHistory('groen')).length).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('when a second host claims a server name another host owns in the central database, then it is refused with a clear message; under its own name it is welcome', async () => {
    const url = await pg.newDatabase();
    const [a, b, c] = await Promise.all([open(url, 'cp01.example'), open(url, 'cp01.example'), open(url, 'cp02.example')]);
    try {
      expect(await a.claimServer({ hostKey: 'key-a', host: 'machine-a' }, 1_000)).toEqual({ ok: true });
      expect(await a.claimServer({ hostKey: 'key-a', host: 'machine-a' }, 2_000)).toEqual({ ok: true });
      const refused = await b.claimServer({ hostKey: 'key-b', host: 'machine-b' }, 3_000);
      expect(refused.ok).toBe(false);
      expect(refused.ok ? '' : refused.error).toMatch(
        /^history store postgres:\/\/postgres@127\.0\.0\.1:\d+\/md_test_\d+: the server name "cp01\.example" belongs to another host \(machine-a, since 1970-01-01\); give this server its own name \(server\.hostname in the configuration, or --server\)$/,
      );
      expect(await c.claimServer({ hostKey: 'key-b', host: 'machine-b' }, 3_000)).toEqual({ ok: true });
      expect(await a.serversOf('key-b')).toEqual(['cp02.example']);
      expect((await a.servers()).map((s) => [s.server, s.host])).toEqual([
        ['cp01.example', 'machine-a'],
        ['cp02.example', 'machine-b'],
      ]);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('when nothing listens at the URL, then opening fails with a message that names the store without its password', async () => {
    const opened = await openStore('postgres://md:secret-pass@127.0.0.1:9/history', { server: 'h' });
    expect(opened.ok).toBe(false);
    const error = opened.ok ? '' : opened.error;
    expect(error).toMatch(/history store postgres:\/\/md:\*\*\*@127\.0\.0\.1:9\/history: cannot connect/);
    expect(error).not.toMatch(/secret-pass/);
  });
});
