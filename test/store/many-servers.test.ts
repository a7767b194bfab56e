/**
 * Many servers, one view: two servers' daemons write to one real PostgreSQL
 * database (a cluster this test starts), and `serve --store postgres://…`
 * shows both, finds an account or domain on either, and names the server of
 * each account.
 */
import { startPages, type RunningPages } from '../../src/cli/serve-command';
import { sampleReport } from '../support/sample-reports';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import type { HistoryStore, RunSummary } from '../../src/store/history-store';
import { combinedTrend } from '../../src/web/servers-view';
import { openStore } from '../../src/store/open-store';
import { startPostgres, type RunningPostgres } from './postgres-server';
import { begin } from './store-behaviour';

let pg: RunningPostgres;
let sandbox: RunningSandbox;
let url: string;
let pages: RunningPages;

async function open(server: string): Promise<HistoryStore> {
  const opened = await openStore(url, { server });
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

async function write(store: HistoryStore, at: number, accounts: Record<string, string[]>): Promise<void> {
  const run = await store.beginRun(begin(at));
  if (!run.ok) throw new Error('locked');
  for (const [user, domains] of Object.entries(accounts)) {
    const problems = domains.map((name) => ({ id: 'mx-missing' as const, subject: { kind: 'domain' as const, name }, severity: 'critical' as const }));
    // Every account's domains are in its report (cPanel's list), so a healthy account is found by its domain too.
    const report = { ...sampleReport(user, problems, at), domains: [`${user}-shop.example`, ...domains] };
    await store.saveAccount(run.runId, { user, auditedAt: at + 1000, durationMs: 10, locale: 'nl', outcome: { ok: true, report } });
  }
  await store.finishRun(run.runId, 'completed', at + 5000);
}

beforeAll(async () => {
  [pg, sandbox] = await Promise.all([startPostgres(), startSandbox()]);
  url = await pg.newDatabase();
  const [a, b] = [await open('cp01.hosting.example'), await open('cp02.hosting.example')];
  try {
    expect(await a.claimServer({ hostKey: 'machine-1', host: 'machine-1' }, 1)).toEqual({ ok: true });
    expect(await b.claimServer({ hostKey: 'machine-2', host: 'machine-2' }, 1)).toEqual({ ok: true });
    await write(a, Date.UTC(2026, 10, 20, 2, 30), { groen: ['tuincentrum-groen.example'], devries: [] });
    await write(b, Date.UTC(2026, 10, 20, 3, 0), { bakker: ['bakker-brood.example', 'brood-online.example'], groen2: [] });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  pages = await startPages({
    port: 0,
    connection: { kind: 'whm', baseUrl: sandbox.emulator.httpUrl, user: 'root', token: sandbox.emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 10_000 },
    dnsServers: [sandbox.dnsAddress],
    dnsTimeoutMs: 300,
    profile: sandbox.profile,
    since: 7 * 86400,
    concurrency: 1,
    store: url,
  });
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await Promise.all([pg?.stop(), sandbox?.close()]);
});

const origin = (): string => pages.url.replace(/\/whm$/, '');
const get = async (path: string): Promise<{ status: number; body: string }> => {
  // The pages are behind the sign-in secret serve printed (access-guard.ts).
  const r = await fetch(`${origin()}${path}`, { headers: { authorization: `Bearer ${pages.token}` } });
  return { status: r.status, body: await r.text() };
};
const cells = (html: string): string[] => [...html.matchAll(/<tr><th scope="row">(?:<a [^>]*>)?([^<]*)(?:<\/a>)?<\/th>((?:<td>[^<]*<\/td>)*)<\/tr>/g)].map((m) => `${m[1]}|${[...m[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1]).join('|')}`);

describe('many servers in one view', () => {
  it('when two servers write to the central database, then /servers lists both with their last run and counts, and the totals', async () => {
    const page = await get('/servers?lang=en');
    expect(page.status).toBe(200);
    expect(cells(page.body)).toEqual([
      'cp01.hosting.example|machine-1|2026-11-20 02:30 (completed)|2|1|0|0',
      'cp02.hosting.example|machine-2|2026-11-20 03:00 (completed)|2|2|0|0',
      'Together|||4|3|0|0',
      // The combined trend: both servers' runs of the day added up.
      '2026-11-20|2|4|3|0|0',
    ]);
  });

  it('when searching for an account or a domain, then it is found on either server, with its server named', async () => {
    const byName = await get('/servers?lang=en&q=groen');
    expect(byName.body).toMatch(/2 accounts found for “groen”/);
    const results = byName.body.slice(byName.body.indexOf('accounts found'));
    expect(cells(results).map((c) => c.split('|').slice(0, 2).join('@'))).toEqual(['groen@cp01.hosting.example', 'groen2@cp02.hosting.example']);
    const byDomain = await get('/servers?lang=nl&q=BROOD-online.example');
    expect(byDomain.body).toMatch(/1 account gevonden voor “BROOD-online.example”/);
    expect(byDomain.body).toMatch(/href="\/servers\/cp02\.hosting\.example\/accounts\/bakker\?lang=nl"/);
    // devries has no problem at all: its domain is found from the stored domain list.
    const healthy = await get('/servers?lang=en&q=devries-shop.example');
    expect(healthy.body).toMatch(/1 account found for “devries-shop.example”/);
    expect(healthy.body).toMatch(/href="\/servers\/cp01\.hosting\.example\/accounts\/devries\?lang=en"/);
    const wildcard = await get('/servers?lang=en&q=%25');
    expect(wildcard.body).toMatch(/0 accounts found/);
  });

  it("when an account's stored result is opened, then the page names its server and its problems", async () => {
    const page = await get('/servers/cp02.hosting.example/accounts/bakker?lang=en');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<h1>bakker on cp02\.hosting\.example<\/h1>/);
    expect(page.body).toMatch(/Critical<\/strong>: Problem mx-missing at brood-online\.example/);
    const missing = await get('/servers/cp01.hosting.example/accounts/bakker?lang=en');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatch(/not in this server&#39;s history/);
  });

  it('when the page text comes from the store, then it is escaped', async () => {
    const page = await get('/servers?lang=en&q=%3Cscript%3E');
    expect(page.body).toContain('&lt;script&gt;');
    expect(page.body).not.toContain('<script>alert');
  });
});

describe('the combined trend', () => {
  const run = (server: string, startedAt: number, status: RunSummary['status'], critical: number): RunSummary => ({
    id: startedAt,
    server,
    trigger: 'schedule',
    status,
    startedAt,
    finishedAt: startedAt + 1,
    accountsAudited: 10,
    accountsFailed: 0,
    counts: { critical, warning: 1, info: 0, couldNotCheck: 0 },
  });
  it('when a server ran twice on a day, or a run failed or still runs, then the day counts each server once with its last finished run', () => {
    const day = Date.UTC(2026, 10, 20, 2, 30);
    expect(
      combinedTrend([
        run('a', day, 'completed', 5),
        run('a', day + 3_600_000, 'interrupted', 2),
        run('b', day, 'completed', 1),
        run('b', day + 7_200_000, 'failed', 9),
        run('b', day + 86_400_000, 'running', 9),
        run('a', day - 86_400_000, 'completed', 7),
      ]),
    ).toEqual([
      { day: '2026-11-20', servers: 2, accounts: 20, counts: { critical: 3, warning: 2, info: 0, couldNotCheck: 0 } },
      { day: '2026-11-19', servers: 1, accounts: 10, counts: { critical: 7, warning: 1, info: 0, couldNotCheck: 0 } },
    ]);
  });
});
