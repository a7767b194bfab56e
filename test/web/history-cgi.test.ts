/**
 * The WHM CGI finds the daemon's store through MAIL_DOCTOR_CONFIG
 * (history.store), shows its runs, and stores an "audit now" request.
 * (A missing store and the pending list are covered in-process in history-whm.test.ts.)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addRun, DAY, mx, SERVER, spf, T0, tempStore } from './history-fixture';
import { parseHtml } from './html';
import { runCgi, startCgiSandbox, TOKEN, whmEnv, type CgiSandbox } from './cgi-run';
import type { HistoryStore } from '../../src/store/history-store';

let cgi: CgiSandbox;
let store: HistoryStore;
let closeStore: () => Promise<void>;
let dir: string;
let config: string;
let csrf = '';

beforeAll(async () => {
  cgi = await startCgiSandbox();
  const made = await tempStore();
  store = made.store;
  closeStore = made.close;
  await addRun(store, { at: T0, accounts: { groen: [mx('groen.example')] } });
  await addRun(store, { at: T0 + DAY, accounts: { groen: [spf('groen.example')] } });
  // A daemon runs: it has announced its next run (without one, "audit now" is refused).
  await store.setNextRun(T0 + 2 * DAY);
  dir = await mkdtemp(path.join(os.tmpdir(), 'md-cgi-config-'));
  config = path.join(dir, 'config.yaml');
  await writeFile(config, `history:\n  store: ${made.file}\nserver:\n  hostname: ${SERVER}\n`);
});

afterAll(async () => {
  await cgi.close();
  await closeStore();
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}): Record<string, string> =>
  whmEnv(cgi, 'root', 'root', cgi.sandbox.emulator.tokens.whm.root!, { MAIL_DOCTOR_CONFIG: config, QUERY_STRING: 'lang=en', ...extra });

describe('WHM CGI with the daemon’s history store', () => {
  it('when the config names a store, then the overview shows its last run and the drill-down the account’s history', async () => {
    const r = await runCgi(cgi, 'whm', env());
    expect(r.stderr).toBe('');
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(parseHtml(r.body).text).toContain('2025-11-21 02:30 UTC: completed, 1 accounts audited, 0 failed');
    const drill = await runCgi(cgi, 'whm', env({ PATH_INFO: '/whm/accounts/groen' }));
    expect(drill.statusLine).toBe('Status: 200 OK');
    expect(parseHtml(drill.body).text).toContain('Last checked: 2025-11-21 02:30 UTC');
    expect(drill.body).toContain('<svg');
    csrf = /name="csrf" value="([^"]+)"/.exec(r.body)![1]!;
  });

  it('when "audit now" is posted with the page’s token, then the request lands in the store; without it, 403', async () => {
    const post = (body: string) =>
      runCgi(
        cgi,
        'whm',
        env({ PATH_INFO: '/whm/audit-now', QUERY_STRING: '', REQUEST_METHOD: 'POST', CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)) }),
        body,
      );
    expect((await post('confirm=yes')).statusLine).toBe('Status: 403 Forbidden');
    expect(await store.pendingRunRequests()).toEqual([]);
    const ok = await post(`csrf=${encodeURIComponent(csrf)}&confirm=yes`);
    expect(ok.statusLine).toBe('Status: 303 See Other');
    expect(ok.headers.location).toEqual([`${TOKEN}/cgi/mail_doctor/index.cgi/whm/?notice=requested`]);
    expect((await store.pendingRunRequests()).map((p) => [p.requestedBy, p.user])).toEqual([['root', null]]);
  });

});
