/**
 * One server name for every command: the daemon, `audit --store`, `serve
 * --store` and `history` run as real processes (the pages in-process) against
 * the sandbox, all without a name given, and must file and find the same
 * rows. A second host claiming a name that is taken is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse as parseYaml, stringify } from 'yaml';
import { startPages } from '../../src/cli/serve-command';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { hostKey } from '../../src/jobs/server-identity';
import { runCli } from '../cli/run-cli';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-identity-'));
});
afterAll(async () => {
  await sandbox.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const connection = (): string[] => [
  '--whm-url', sandbox.emulator.httpUrl,
  '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
  '--dns-server', sandbox.dnsAddress,
  '--authoritative-via', sandbox.authoritativeAddress,
  '--dns-timeout', String(SANDBOX_DNS_TIMEOUT_MS),
  '--profile', sandbox.profilePath,
];

function writeConfig(store: string): string {
  const config = path.join(dir, `config-${path.basename(store)}.yaml`);
  fs.writeFileSync(
    config,
    stringify({
      provider: parseYaml(fs.readFileSync(sandbox.profilePath, 'utf8')) as unknown,
      dns: { servers: [sandbox.dnsAddress], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, authoritativeVia: sandbox.authoritativeAddress },
      connection: { whmUrl: sandbox.emulator.httpUrl, whmToken: sandbox.emulator.tokens.whm.root },
      schedule: { cron: '0 0 1 1 *', spreadMinutes: 0, concurrency: 4 },
      history: { store },
    }),
  );
  return config;
}

describe('one server identity', () => {
  it('when the daemon, audit --store, serve --store and history are given no name, then they all use cPanel\'s host name and see each other\'s runs', async () => {
    const store = path.join(dir, 'shared.sqlite');
    const config = writeConfig(store);
    const daemon = await runCli(['daemon', '--config', config, '--once']);
    expect(daemon.code).toBe(0);
    const audit = await runCli(['audit', '--user', 'groen', '--json', '--store', store, ...connection()]);
    expect(audit.code).toBe(0);
    expect(audit.stderr).toMatch(/^mail-doctor: stored as run 2 for cp01\.hosting\.example in /);

    const db = new Database(store, { readonly: true });
    try {
      expect(db.prepare('SELECT DISTINCT server FROM runs').all()).toEqual([{ server: 'cp01.hosting.example' }]);
      expect(db.prepare('SELECT server, host_key FROM server_identity').all()).toEqual([{ server: 'cp01.hosting.example', host_key: hostKey({}) }]);
    } finally {
      db.close();
    }

    const history = await runCli(['history', '--user', 'groen', '--json', '--store', store]);
    expect(history.code).toBe(0);
    const parsed = JSON.parse(history.stdout) as { server: string; servers: string[]; runs: unknown[] };
    expect(parsed).toMatchObject({ server: 'cp01.hosting.example', servers: ['cp01.hosting.example'] });
    expect(parsed.runs.length).toBe(2);

    const pages = await startPages({
      port: 0,
      connection: { kind: 'whm', baseUrl: sandbox.emulator.httpUrl, user: 'root', token: sandbox.emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 10_000 },
      dnsServers: [sandbox.dnsAddress],
      authoritativeVia: sandbox.authoritativeAddress,
      dnsTimeoutMs: SANDBOX_DNS_TIMEOUT_MS,
      profile: sandbox.profile,
      since: 7 * 86400,
      concurrency: 2,
      store,
    });
    try {
      // Signed in like any visitor of serve (access-guard.ts).
      const html = await (await fetch(`${pages.url}?lang=en`, { headers: { authorization: `Bearer ${pages.token}` } })).text();
      expect(html).not.toMatch(/No history yet/);
      expect(html).toMatch(/Last run/);
    } finally {
      await pages.close();
    }
  }, 120_000);

  it('when a second host claims a server name another host writes under, then audit --store and the daemon are refused with a clear message and nothing is written', async () => {
    const store = path.join(dir, 'claimed.sqlite');
    const first = await runCli(['audit', '--user', 'devries', '--store', store, ...connection()]);
    expect(first.code).toBe(0);
    const other = { MAIL_DOCTOR_HOST_KEY: 'a-different-machine' };
    const audit = await runCli(['audit', '--user', 'devries', '--store', store, ...connection()], undefined, other);
    expect(audit.code).toBe(1);
    expect(audit.stderr).toMatch(
      new RegExp(`^mail-doctor: history store ${store}: the server name "cp01\\.hosting\\.example" belongs to another host \\(${os.hostname()}, since \\d{4}-\\d\\d-\\d\\d\\); give this server its own name \\(server\\.hostname in the configuration, or --server\\)\\n$`),
    );
    const daemon = await runCli(['daemon', '--config', writeConfig(store), '--once'], undefined, other);
    expect(daemon.code).toBe(1);
    expect(daemon.stderr).toMatch(/belongs to another host/);
    // Under its own name the second host is welcome.
    const own = await runCli(['audit', '--user', 'devries', '--store', store, '--server', 'cp02.hosting.example', ...connection()], undefined, other);
    expect(own.code).toBe(0);
    const db = new Database(store, { readonly: true });
    try {
      expect(db.prepare('SELECT server, COUNT(*) AS n FROM runs GROUP BY server ORDER BY server').all()).toEqual([
        { server: 'cp01.hosting.example', n: 1 },
        { server: 'cp02.hosting.example', n: 1 },
      ]);
    } finally {
      db.close();
    }
    // history with two servers and no --server: each server that has the account, and the list of servers.
    const history = await runCli(['history', '--user', 'devries', '--lang', 'en', '--store', store]);
    expect(history.stdout).toMatch(/^History of devries on cp01\.hosting\.example \(1 check\)/);
    expect(history.stdout).toMatch(/^History of devries on cp02\.hosting\.example \(1 check\)/m);
    expect(history.stdout).toMatch(/Servers in this store: cp01\.hosting\.example, cp02\.hosting\.example\n$/);
  }, 120_000);
});
