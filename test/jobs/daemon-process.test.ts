/**
 * `mail-doctor daemon --config FILE` as systemd runs it: a real process with
 * a configuration file, against the sandbox (emulated WHM over HTTP +
 * loopback DNS), writing to a SQLite store in a temp folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse as parseYaml, stringify } from 'yaml';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { CLI, runCli } from '../cli/run-cli';
import { startSmtpPeer } from '../alerts/smtp-peer';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-daemon-proc-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeConfig(schedule: Record<string, unknown>, extra: Record<string, unknown> = {}): { config: string; store: string } {
  const store = path.join(dir, 'history.sqlite');
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(
    config,
    stringify({
      provider: parseYaml(fs.readFileSync(sandbox.profilePath, 'utf8')) as unknown,
      dns: { servers: [sandbox.dnsAddress], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, authoritativeVia: sandbox.authoritativeAddress },
      connection: { whmUrl: sandbox.emulator.httpUrl, whmToken: sandbox.emulator.tokens.whm.root },
      schedule: { cron: '0 0 1 1 *', spreadMinutes: 0, concurrency: 4, requestPollSeconds: 0.2, ...schedule },
      history: { store },
      ...extra,
    }),
  );
  return { config, store };
}

interface Daemon {
  readonly child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<{ code: number | null; ms: number }>;
}

function startDaemonProcess(config: string): Daemon {
  const child = spawn(process.execPath, [CLI, 'daemon', '--config', config], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let signalledAt = 0;
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - signalledAt })));
  const origKill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    signalledAt = Date.now();
    return origKill(signal);
  };
  return {
    child,
    output: () => out,
    exited,
    async waitFor(pattern: RegExp, ms = 20_000): Promise<void> {
      const end = Date.now() + ms;
      while (!pattern.test(out)) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`did not see ${String(pattern)}; output:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

describe('mail-doctor daemon', () => {
  it('when the page asks for a run, then the daemon audits every account, logs one line each without the token, mails the admin digest and stops cleanly on SIGTERM', async () => {
    const peer = await startSmtpPeer();
    const { config, store } = writeConfig(
      {},
      {
        alerts: {
          enabled: true,
          from: 'mail-doctor@server.hosting.example',
          adminEmail: 'admin@hosting.example',
          // This test is about the first run's digest; the baseline has its own test.
          baselineFirstRun: false,
          transport: 'smtp',
          smtp: { host: '127.0.0.1', port: peer.port, security: 'none' },
        },
      },
    );
    const daemon = startDaemonProcess(config);
    try {
      await daemon.waitFor(/started \(store /);
      const ghost = await runCli(['daemon', '--config', config, '--request-run', '--user', 'ghost']);
      expect(ghost).toMatchObject({ code: 1, stderr: 'mail-doctor: there is no account named ghost on cp01.hosting.example; nothing was requested\n' });
      const asked = await runCli(['daemon', '--config', config, '--request-run']);
      expect(asked).toMatchObject({ code: 0, stdout: expect.stringMatching(/^run requested \(request 1\); the daemon of cp01\.hosting\.example starts it within 0\.2 s\n$/) });
      await daemon.waitFor(/run 1 completed/, 40_000);
      const accounts = sandbox.emulator.scenario.accounts.map((a) => a.user);
      for (const user of accounts) expect(daemon.output()).toMatch(new RegExp(`account ${user}: (\\d+ critical|failed)`));
      expect(daemon.output()).not.toContain(sandbox.emulator.tokens.whm.root ?? 'no token');
      await daemon.waitFor(/alert sent to admin/);
      const running = new Database(store, { readonly: true });
      try {
        // What the WHM page shows as the next run while the daemon runs.
        expect((running.prepare('SELECT next_run_at FROM daemon_state').get() as { next_run_at: number }).next_run_at).toBeGreaterThan(Date.now());
      } finally {
        running.close();
      }
      expect(peer.received.map((m) => m.to)).toEqual([['admin@hosting.example']]);
      expect(peer.received[0]?.text).toMatch(/^groen:$/m);
      expect(peer.received[0]?.raw).not.toContain(sandbox.emulator.tokens.whm.root ?? 'no token');
    } finally {
      daemon.child.kill('SIGTERM');
      await peer.close();
    }
    const { code } = await daemon.exited;
    expect(code).toBe(0);
    expect(daemon.output()).toMatch(/SIGTERM received: stopping[\s\S]*stopped\n$/);
    const db = new Database(store, { readonly: true });
    try {
      expect(db.prepare('SELECT run_trigger, status FROM runs').all()).toEqual([{ run_trigger: 'on-demand', status: 'completed' }]);
      expect(db.prepare('SELECT next_run_at FROM daemon_state').get()).toEqual({ next_run_at: null });
    } finally {
      db.close();
    }
  }, 120_000);

  it('when SIGTERM arrives in the middle of a scheduled run, then it stops within seconds, the run is interrupted and the store is whole', async () => {
    // Every second, spread over 30 s, one at a time: SIGTERM comes while most accounts wait their turn.
    const { config, store } = writeConfig({ cron: '* * * * * *', spreadMinutes: 0.5, concurrency: 1 });
    const daemon = startDaemonProcess(config);
    await daemon.waitFor(/account \w+: /, 40_000);
    daemon.child.kill('SIGTERM');
    const { code, ms } = await daemon.exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(daemon.output()).toMatch(/run 1 interrupted: \d+ audited, 0 failed, \d+ skipped/);
    const db = new Database(store, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT status FROM runs').all()).toEqual([{ status: 'interrupted' }]);
      const stored = db.prepare('SELECT COUNT(*) AS n FROM account_results').get() as { n: number };
      expect(stored.n).toBeGreaterThan(0);
      expect(stored.n).toBeLessThan(sandbox.emulator.scenario.accounts.length);
      expect((db.prepare('SELECT run_id FROM run_lock').get() as { run_id: number }).run_id).toBe(0);
    } finally {
      db.close();
    }
  }, 120_000);

  it('when run with --once --dry-run, then the run is stored, the alerts are queued and printed, and nothing is mailed', async () => {
    const peer = await startSmtpPeer();
    try {
      const { config, store } = writeConfig(
        {},
        {
          alerts: {
            enabled: true,
            from: 'mail-doctor@server.hosting.example',
            adminEmail: 'admin@hosting.example',
            baselineFirstRun: false,
            transport: 'smtp',
            smtp: { host: '127.0.0.1', port: peer.port, security: 'none' },
          },
        },
      );
      const r = await runCli(['daemon', '--config', config, '--once', '--dry-run']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^--- would send to admin@hosting\.example\nSubject: Mail Doctor on cp01\.hosting\.example: \d+ new problems\n/m);
      expect(peer.received).toEqual([]);
      const db = new Database(store, { readonly: true });
      try {
        expect(db.prepare("SELECT DISTINCT recipient, state FROM alert_outbox").all()).toEqual([{ recipient: 'admin', state: 'pending' }]);
      } finally {
        db.close();
      }
    } finally {
      await peer.close();
    }
  });

  it('when no daemon runs for the server, then --request-run exits 1 saying so and queues nothing', async () => {
    const { config, store } = writeConfig({});
    const r = await runCli(['daemon', '--config', config, '--request-run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mail-doctor: no daemon is running for cp01.hosting.example with the history store ${store} (systemctl status mail-doctor); nothing was requested\n`);
    const db = new Database(store, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM run_requests').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('when started with --once, then it runs every account once, closes the run and exits 0', async () => {
    const { config, store } = writeConfig({ spreadMinutes: 60 });
    const r = await runCli(['daemon', '--config', config, '--once']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run 1 completed: \d+ audited/);
    const db = new Database(store, { readonly: true });
    try {
      expect(db.prepare('SELECT run_trigger, status FROM runs').all()).toEqual([{ run_trigger: 'on-demand', status: 'completed' }]);
    } finally {
      db.close();
    }
  });

  it('when the configuration is wrong or the store cannot be opened, then it exits 1 naming the file and the key', async () => {
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'schedule:\n  cron: "at midnight"\n');
    const r = await runCli(['daemon', '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`mail-doctor: config ${bad}: schedule.cron: not a valid cron expression\n`);

    const { config, store } = writeConfig({});
    fs.writeFileSync(store, Buffer.alloc(4096, 1));
    const s = await runCli(['daemon', '--config', config]);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(new RegExp(`^mail-doctor: history store ${store}: it is damaged or not a SQLite database`));
  });
});
