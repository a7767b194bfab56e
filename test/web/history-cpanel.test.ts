/**
 * The cPanel page's "last checked" and the account's own history. The page
 * runs as the account and reads only the file the daemon wrote into that
 * user's home (history-export.ts); the path is fixed when the app is made,
 * so no request parameter can point it at another account's file.
 */
import { chown, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CpanelGateway } from '../../src/cpanel/gateway';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import { sampleReport } from '../support/sample-reports';
import { summarizeHistory, writeHistoryFile, type AccountHistoryFile } from '../../src/jobs/history-export';
import { createApp } from '../../src/web/app';
import { ownHistoryPath, ownHistoryReader, readOwnHistory } from '../../src/web/own-history';
import { CsrfTokens } from '../../src/web/security';
import { addRun, DAY, full, mx, spf, T0, tempStore } from './history-fixture';
import { parseHtml } from './html';
import { request, serve } from './web-sandbox';

const offline: CpanelGateway = {
  transport: 'liveapi',
  account: 'groen',
  canCallWhm: false,
  uapi: () => Promise.reject(new Error('offline')),
  api2: () => Promise.reject(new Error('offline')),
  whm: () => Promise.reject(new Error('offline')),
  close: () => Promise.resolve(),
};

const me = { uid: process.getuid!(), gid: process.getgid!() };
let base: string;
let groenHome: string;
let roodHome: string;
let groenFile: AccountHistoryFile;
let roodFile: AccountHistoryFile;

function cpanelApp(file: string) {
  return createApp({
    mode: 'cpanel',
    audits: { report: (u) => Promise.resolve({ report: sampleReport(u, [], T0 + 3 * DAY), madeAt: T0 + 3 * DAY }) },
    profile: DEFAULT_PROFILE,
    csrf: CsrfTokens.random(),
    cpanelSession: () => ({ user: 'groen', securityToken: '/cpsess1', openGateway: () => offline }),
    ownHistory: ownHistoryReader(file, me.uid),
    log: () => undefined,
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'md-own-'));
  groenHome = path.join(base, 'groen');
  roodHome = path.join(base, 'rood');
  await mkdir(groenHome);
  await mkdir(roodHome);
  const { store, close } = await tempStore();
  try {
    await addRun(store, { at: T0, accounts: { groen: [mx('groen.example')], rood: [spf('rood-secret.example')] } });
    await addRun(store, { at: T0 + DAY, accounts: { groen: [full('info@groen.example')], rood: [spf('rood-secret.example')] } });
    groenFile = summarizeHistory('groen', await store.accountHistory('groen'), T0 + 2 * DAY);
    roodFile = summarizeHistory('rood', await store.accountHistory('rood'), T0 + 2 * DAY);
  } finally {
    await close();
  }
  // As the daemon writes them: each into its own home (here both the test user's, so the page may read them).
  await writeHistoryFile({ home: groenHome, ...me }, groenFile);
  await writeHistoryFile({ home: roodHome, ...me }, roodFile);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const groenPath = (): string => path.join(groenHome, '.mail-doctor', 'history.json');

describe('cPanel page: last checked and own history', () => {
  it('when the daemon wrote the account’s history file, then the page shows when it was last checked, its runs with new and resolved problems, and a chart', async () => {
    const s = await serve(cpanelApp(groenPath()));
    try {
      const r = await request(`${s.url}/?lang=en`);
      expect(r.status).toBe(200);
      const { text, elements } = parseHtml(r.body);
      expect(text).toContain('Last checked: 2025-11-21 02:30 UTC');
      expect(text).toContain('Your history');
      expect(text).toContain('Problem mailbox-over-quota at info@groen.example');
      expect(text).toContain('Problem mx-missing at groen.example');
      expect(r.body).toContain('datetime="2025-11-21T02:30:01.000Z"');
      expect(elements.filter((e) => e.name === 'svg')).toHaveLength(1);
      expect(elements.filter((e) => e.name === 'polyline')).toHaveLength(2);
      expect(r.body).not.toContain('rood');
    } finally {
      await s.close();
    }
  });

  it('when a request names another file, home, account or path in any parameter, then the page still shows only its own file (or refuses another account)', async () => {
    const s = await serve(cpanelApp(groenPath()));
    try {
      const other = path.join(roodHome, '.mail-doctor', 'history.json');
      const attempts = [
        `file=${encodeURIComponent(other)}`,
        `path=${encodeURIComponent(other)}`,
        `home=${encodeURIComponent(roodHome)}`,
        `history=${encodeURIComponent(other)}`,
        `HOME=${encodeURIComponent(roodHome)}`,
        `q=${encodeURIComponent('../../rood/.mail-doctor/history.json')}`,
      ];
      for (const query of attempts) {
        const r = await request(`${s.url}/?lang=en&${query}`);
        expect(r.status).toBe(200);
        expect(parseHtml(r.body).text).toContain('Last checked: 2025-11-21 02:30 UTC');
        expect(r.body).not.toContain('rood-secret');
      }
      const asRood = await request(`${s.url}/?lang=en&user=rood`);
      expect(asRood.status).toBe(403);
      expect(asRood.body).not.toContain('rood-secret');
      const posted = await request(`${s.url}/explain?lang=en&file=${encodeURIComponent(other)}`, { form: { csrf: 'x', text: 'x', file: other } });
      expect(posted.status).toBe(403);
    } finally {
      await s.close();
    }
  });

  it('when there is no file yet, then the page says it was not checked yet and still works', async () => {
    const s = await serve(cpanelApp(path.join(base, 'nobody', '.mail-doctor', 'history.json')));
    try {
      const r = await request(`${s.url}/?lang=en`);
      expect(r.status).toBe(200);
      expect(parseHtml(r.body).text).toContain('Not checked by the scheduled audit yet.');
      expect(r.body).not.toContain('<svg');
    } finally {
      await s.close();
    }
  });

  it('when the file is a symlink, names another account, is not the daemon’s shape, or belongs to someone else, then it is not shown', async () => {
    const dir = path.join(base, 'tricks', '.mail-doctor');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'history.json');
    // A link to another account's file.
    await symlink(path.join(roodHome, '.mail-doctor', 'history.json'), file);
    expect(await readOwnHistory(file, 'rood', me.uid)).toBeUndefined();
    await rm(file);
    // Another account's data copied in.
    await writeFile(file, JSON.stringify(roodFile));
    expect(await readOwnHistory(file, 'groen', me.uid)).toBeUndefined();
    // Not what the daemon writes.
    await writeFile(file, JSON.stringify({ ...groenFile, runs: [{ nope: true }] }));
    expect(await readOwnHistory(file, 'groen', me.uid)).toBeUndefined();
    await writeFile(file, '{not json');
    expect(await readOwnHistory(file, 'groen', me.uid)).toBeUndefined();
    // The right data, but owned by another uid.
    await writeFile(file, JSON.stringify(groenFile));
    expect(await readOwnHistory(file, 'groen', me.uid)).toEqual(groenFile);
    if (me.uid === 0) {
      await chown(file, 43_210, 43_210);
      expect(await readOwnHistory(file, 'groen', me.uid)).toBeUndefined();
    }
  });

  it('when the CGI picks the file, then it is in the home of the process’s own user (os.userInfo), not of HOME or anything from outside', () => {
    expect(ownHistoryPath({ HOME: roodHome })).toBe(path.join(os.userInfo().homedir, '.mail-doctor', 'history.json'));
  });
});
