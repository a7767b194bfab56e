/**
 * `mail-doctor serve`: the WHM pages on 127.0.0.1 for the token's WHM user,
 * against the emulator over HTTP — in-process, and as the real command.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { startPages } from '../../src/cli/serve-command';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store';
import { CLI } from '../cli/run-cli';
import { addRun, mx } from './history-fixture';
import { request, testScenario } from './web-sandbox';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  const scenario = await testScenario();
  dir = scenario.dir;
  sandbox = await startSandbox({ scenario: scenario.file });
});

afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

const options = (user: string) => ({
  port: 0,
  connection: { kind: 'whm' as const, baseUrl: sandbox.emulator.httpUrl, user, token: sandbox.emulator.tokens.whm[user]!, insecure: false, timeoutMs: 5000 },
  dnsServers: [sandbox.dnsAddress],
  authoritativeVia: sandbox.authoritativeAddress,
  dnsTimeoutMs: 400,
  profile: sandbox.profile,
  since: 7 * 86_400,
  concurrency: 3,
});

describe('mail-doctor serve', () => {
  it("when serving with the reseller's token, then /whm lists its accounts and /whm/accounts/USER drills down; others are refused", async () => {
    const pages = await startPages(options('hoster'));
    try {
      expect(pages.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/whm$/);
      const root = await request(pages.url.replace(/\/whm$/, '/'));
      expect(root.status).toBe(303);
      expect(root.headers.get('location')).toBe('/whm');
      const overview = await request(`${pages.url}?lang=en`);
      expect(overview.status).toBe(200);
      expect(overview.body).toContain('<span class="md-user">hoster</span>');
      expect(overview.body).not.toContain('data-user="bos"');
      expect((await request(`${pages.url}/accounts/groen?lang=en`)).status).toBe(200);
      expect((await request(`${pages.url}/accounts/bos?lang=en`)).status).toBe(403);
      expect((await request(pages.url.replace(/\/whm$/, '/sandbox/cpanel/groen/'))).status).toBe(404);
    } finally {
      await pages.close();
    }
  });

  it('when run as a command, then it prints the loopback URL, serves the pages and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'serve', '--port', '0', '--whm-url', sandbox.emulator.httpUrl, '--whm-token', sandbox.emulator.tokens.whm.root!, '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--dns-timeout', '400', '--profile', sandbox.profilePath],
      { env: { PATH: process.env.PATH, NODE_OPTIONS: process.env.NODE_OPTIONS }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Mail Doctor pages: (http:\/\/127\.0\.0\.1:\d+\/whm)/.exec(out);
          if (m !== null) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${String(code)}: ${out}`)));
      });
      const r = await request(`${url}/accounts/devries?lang=en`);
      expect(r.status).toBe(200);
      expect(r.body).toContain('Report for devries');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('when given a cPanel token, then serve refuses: it shows the WHM pages', async () => {
    await expect(startPages({ ...options('root'), connection: { kind: 'cpanel', baseUrl: sandbox.emulator.httpUrl, user: 'groen', token: 'x', insecure: false, timeoutMs: 1000 } })).rejects.toThrow(/WHM/);
  });

  it('when serving with --store, then the overview shows the stored last run', async () => {
    const storeDir = await mkdtemp(path.join(os.tmpdir(), 'md-serve-store-'));
    const file = path.join(storeDir, 'history.sqlite');
    // The pages read the runs of their own server: cPanel's host name, as the daemon and audit --store file them.
    const opened = await openStore(file, { server: sandbox.emulator.scenario.server.hostname });
    if (!opened.ok) throw new Error(opened.error);
    await addRun(opened.store, { at: Date.UTC(2026, 10, 20, 2, 30), accounts: { groen: [mx('tuincentrum-groen.example')] } });
    await opened.store.close();
    const pages = await startPages({ ...options('root'), store: file });
    try {
      const page = await request(`${pages.url}?lang=en`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Last run');
      expect(page.body).toContain('2026-11-20');
    } finally {
      await pages.close();
      await rm(storeDir, { recursive: true, force: true });
    }
  });
});
