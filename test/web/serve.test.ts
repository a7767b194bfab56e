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
import http from 'node:http';
import { stat, writeFile, readFile } from 'node:fs/promises';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

/** A GET with a chosen Host header (fetch will not send one of its own choosing). */
function getWithHost(url: string, host: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { ...headers, host } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

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
  dnsTimeoutMs: SANDBOX_DNS_TIMEOUT_MS,
  profile: sandbox.profile,
  since: 7 * 86_400,
  concurrency: 3,
});

describe('mail-doctor serve', () => {
  it("when serving with the reseller's token, then /whm lists its accounts and /whm/accounts/USER drills down; others are refused", async () => {
    const pages = await startPages(options('hoster'));
    const auth = { headers: { authorization: `Bearer ${pages.token}` } };
    try {
      expect(pages.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/whm$/);
      const root = await request(pages.url.replace(/\/whm$/, '/'), auth);
      expect(root.status).toBe(303);
      expect(root.headers.get('location')).toBe('/whm');
      const overview = await request(`${pages.url}?lang=en`, auth);
      expect(overview.status).toBe(200);
      expect(overview.body).toContain('<span class="md-user">hoster</span>');
      expect(overview.body).not.toContain('data-user="bos"');
      expect((await request(`${pages.url}/accounts/groen?lang=en`, auth)).status).toBe(200);
      expect((await request(`${pages.url}/accounts/bos?lang=en`, auth)).status).toBe(403);
      expect((await request(pages.url.replace(/\/whm$/, '/sandbox/cpanel/groen/'), auth)).status).toBe(404);
    } finally {
      await pages.close();
    }
  });

  it('when run as a command, then it prints the loopback URL, serves the pages and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [CLI, 'serve', '--port', '0', '--whm-url', sandbox.emulator.httpUrl, '--whm-token', sandbox.emulator.tokens.whm.root!, '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--dns-timeout', String(SANDBOX_DNS_TIMEOUT_MS), '--profile', sandbox.profilePath],
      { env: { PATH: process.env.PATH, NODE_OPTIONS: process.env.NODE_OPTIONS }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Mail Doctor pages: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,})\s/.exec(out);
          if (m !== null) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${String(code)}: ${out}`)));
      });
      const signIn = await request(url);
      expect(signIn.status).toBe(303);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      const r = await request(`${url.replace(/\/\?token=.*$/, '')}/whm/accounts/devries?lang=en`, { headers: { cookie } });
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
      const page = await request(`${pages.url}?lang=en`, { headers: { authorization: `Bearer ${pages.token}` } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('Last run');
      expect(page.body).toContain('2026-11-20');
    } finally {
      await pages.close();
      await rm(storeDir, { recursive: true, force: true });
    }
  });

  describe('who may see the pages', () => {
    it('when a request names another Host (DNS rebinding), then it gets 421 and no data, even with the secret', async () => {
      const pages = await startPages(options('root'));
      try {
        const bearer = { authorization: `Bearer ${pages.token}` };
        const rebound = await getWithHost(`${pages.url}?lang=en`, 'evil.example:8025', bearer);
        expect(rebound.status).toBe(421);
        expect(rebound.body).not.toMatch(/groen|devries|<html/i);
        expect((await getWithHost(`${pages.url}?lang=en`, '127.0.0.1.evil.example', bearer)).status).toBe(421);
        expect((await getWithHost(`${pages.url}?lang=en`, 'localhost:1234', bearer)).status).toBe(200);
        expect((await getWithHost(`${pages.url}?lang=en`, '127.0.0.1', bearer)).status).toBe(200);
      } finally {
        await pages.close();
      }
    });

    it('when --host-name is given, then that name is answered too', async () => {
      const pages = await startPages({ ...options('root'), hostNames: ['tunnel.example'] });
      try {
        const r = await getWithHost(`${pages.url}?lang=en`, 'Tunnel.Example:8025', { authorization: `Bearer ${pages.token}` });
        expect(r.status).toBe(200);
      } finally {
        await pages.close();
      }
    });

    it('when a request carries no secret or a wrong one, then it gets 401 and no data', async () => {
      const pages = await startPages(options('root'));
      try {
        for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-secret-wrong-secret' }, { cookie: `mail_doctor_session=${pages.token}` }]) {
          const r = await request(`${pages.url}/accounts/groen?lang=en`, { headers });
          expect(r.status).toBe(401);
          expect(r.body).not.toMatch(/groen|<html/i);
        }
        const wrongQuery = await request(`${pages.url}?token=nope&lang=en`);
        expect(wrongQuery.status).toBe(401);
        // A form post without the secret never reaches "audit now".
        expect((await request(`${pages.url}/audit-now`, { form: { confirm: 'yes' } })).status).toBe(401);
      } finally {
        await pages.close();
      }
    });

    it('when the printed address is opened, then an HttpOnly SameSite=Strict cookie is set, the token leaves the address, and the cookie signs in', async () => {
      const pages = await startPages(options('root'));
      try {
        expect(pages.signInUrl).toBe(`${pages.url.replace(/\/whm$/, '')}/?token=${pages.token}`);
        const signIn = await request(`${pages.url}?token=${pages.token}&lang=en`);
        expect(signIn.status).toBe(303);
        expect(signIn.headers.get('location')).toBe('/whm?lang=en');
        const setCookie = signIn.headers.get('set-cookie') ?? '';
        expect(setCookie).toMatch(/HttpOnly/);
        expect(setCookie).toMatch(/SameSite=Strict/);
        expect(setCookie).not.toContain(pages.token);
        const page = await request(`${pages.url}?lang=en`, { headers: { cookie: setCookie.split(';')[0]! } });
        expect(page.status).toBe(200);
        expect(page.body).toContain('md-user');
      } finally {
        await pages.close();
      }
    });

    it('when --token-file names a missing file, then it is created 0600 with a random secret; an existing file is used as it is', async () => {
      const secretDir = await mkdtemp(path.join(os.tmpdir(), 'md-serve-token-'));
      const file = path.join(secretDir, 'token');
      try {
        const first = await startPages({ ...options('root'), tokenFile: file });
        await first.close();
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        expect((await readFile(file, 'utf8')).trim()).toBe(first.token);
        expect(first.token.length).toBeGreaterThanOrEqual(32);
        const again = await startPages({ ...options('root'), tokenFile: file });
        await again.close();
        expect(again.token).toBe(first.token);
        const other = await startPages(options('root'));
        await other.close();
        expect(other.token).not.toBe(first.token);
        const mine = path.join(secretDir, 'mine');
        await writeFile(mine, 'my-own-secret-of-enough-length\n', { mode: 0o600 });
        const given = await startPages({ ...options('root'), tokenFile: mine });
        await given.close();
        expect(given.token).toBe('my-own-secret-of-enough-length');
      } finally {
        await rm(secretDir, { recursive: true, force: true });
      }
    });
  });
});
