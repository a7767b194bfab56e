/**
 * `mail-doctor audit --all --store` and `mail-doctor history` as an
 * administrator runs them: real processes against the sandbox (emulated
 * cPanel over HTTP + loopback DNS), a SQLite store in a temp folder.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { openStore } from '../../src/store/open-store';
import { runCli } from '../cli/run-cli';
import { readableAppCopy, type ReadableApp } from '../setup/readable-app';

let sandbox: RunningSandbox;
let dir: string;
let store: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-history-'));
  store = path.join(dir, 'history.sqlite');
});

afterAll(async () => {
  await sandbox.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function connection(): string[] {
  return [
    // These tests are about the store; the connection probe's findings (the demo's mail hosts are at documentation
    // addresses) are test/probe's.
    '--no-probe',
    '--whm-url', sandbox.emulator.httpUrl,
    '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
    '--dns-server', sandbox.dnsAddress,
    '--authoritative-via', sandbox.authoritativeAddress,
    '--dns-timeout', '300',
    '--profile', sandbox.profilePath,
  ];
}

// cPanel's own host name (WHM API 1 gethostname) names the server the rows are tagged with.
const server = (): string => sandbox.emulator.scenario.server.hostname;

interface JsonHistory {
  user: string;
  runs: Array<{ runId: number; error: string | null; counts: { critical: number; warning: number; info: number; couldNotCheck: number }; new: Array<{ id: string; title: string; openSince: string }>; resolved: unknown[]; stillOpen: Array<{ id: string; openSince: string }> }>;
}

describe('audit --store and history', () => {
  it('when --all runs twice into a store, then every account is stored per run and history shows the counts and changes', async () => {
    // First run: groen's DNS times out, so its DNS-based problems cannot be checked yet.
    sandbox.dns.addFault({ name: 'tuincentrum-groen.example', behaviour: 'timeout' });
    let first;
    try {
      first = await runCli(['audit', '--all', '--json', '--concurrency', '4', '--store', store, ...connection()]);
    } finally {
      sandbox.dns.clearFaults();
    }
    const accounts = sandbox.emulator.scenario.accounts.length;
    expect(first.code).toBe(0);
    // The confirmation goes to stderr (stdout holds the JSON); with no daemon configuration, it says no alerts follow.
    expect(first.stderr).toMatch(
      new RegExp(`^mail-doctor: stored as run 1 for cp01\\.hosting\\.example in ${store}: ${accounts} accounts, \\d+ new problems, 0 resolved; no alerts are sent for them \\(alerts are off, or the daemon uses another store\\)\n$`),
    );
    const second = await runCli(['audit', '--all', '--json', '--concurrency', '4', '--store', store, ...connection()]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^mail-doctor: stored as run 2 for cp01\.hosting\.example in .*: \d+ accounts, \d+ new problems?, \d+ resolved/);

    const db = new Database(store, { readonly: true });
    try {
      const perRun = db.prepare('SELECT run_id, COUNT(*) AS n FROM account_results GROUP BY run_id ORDER BY run_id').all() as Array<{ n: number }>;
      expect(perRun.map((r) => r.n)).toEqual([sandbox.emulator.scenario.accounts.length, sandbox.emulator.scenario.accounts.length]);
      expect(db.prepare("SELECT status, run_trigger FROM runs ORDER BY id").all()).toEqual([
        { status: 'completed', run_trigger: 'cli' },
        { status: 'completed', run_trigger: 'cli' },
      ]);
    } finally {
      db.close();
    }

    const json = await runCli(['history', '--user', 'groen', '--json', '--lang', 'en', '--store', store, '--server', server()]);
    expect(json.code).toBe(0);
    const history = JSON.parse(json.stdout) as JsonHistory;
    expect(history.runs.length).toBe(2);
    const [latest, earliest] = history.runs as [JsonHistory['runs'][number], JsonHistory['runs'][number]];
    expect(earliest.new.length).toBeGreaterThan(0);
    expect(latest.new.map((p) => p.id)).toContain('routing-local-mx-elsewhere');
    expect(latest.stillOpen.every((p) => p.openSince <= latest.new[0]!.openSince)).toBe(true);
    expect(latest.counts.critical + latest.counts.warning).toBeGreaterThan(0);

    const human = await runCli(['history', '--user', 'groen', '--lang', 'nl', '--store', store, '--server', server()]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Geschiedenis van groen op cp01\.hosting\.example \(2 controles\)/);
    expect(human.stdout).toMatch(/Controle\s+Ernstig\s+Waarsch\.\s+Info/);
    expect(human.stdout).toMatch(/\+ nieuw: (ernstig|waarschuwing): /);
    // Dutch words only: no English severity labels, no raw subject kinds.
    expect(human.stdout).not.toMatch(/\[(critical|warning|info)\]|\((domain|mailbox|server) /);
    expect(human.stdout).toMatch(/= open sinds \d{4}-\d\d-\d\d \d\d:\d\d: /);
  });

  it('when --user runs with --store, then that one account is stored as a run of its own', async () => {
    const file = path.join(dir, 'one.sqlite');
    const r = await runCli(['audit', '--user', 'devries', '--store', file, ...connection()]);
    expect(r.code).toBe(0);
    const h = await runCli(['history', '--user', 'devries', '--json', '--store', file, '--server', server()]);
    expect((JSON.parse(h.stdout) as JsonHistory).runs.map((x) => x.error)).toEqual([null]);
  });

  it("when the daemon's configuration names the store and has alerts on, then a run by hand queues its new problems for the daemon and says so", async () => {
    const file = path.join(dir, 'queued.sqlite');
    const config = path.join(dir, 'queued-config.yaml');
    fs.writeFileSync(
      config,
      `history:\n  store: ${file}\nalerts:\n  enabled: true\n  baselineFirstRun: false\n  from: md@cp01.hosting.example\n  adminEmail: admin@hosting.example\n  notifyAccountContacts: true\n`,
    );
    const r = await runCli(['audit', '--user', 'groen', '--json', '--store', file, ...connection()], undefined, { MAIL_DOCTOR_CONFIG: config });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^mail-doctor: stored as run 1 for cp01\.hosting\.example in .*: 1 account, 2 new problems, 0 resolved; their alerts are queued for the daemon to send\n$/);
    const db = new Database(file, { readonly: true });
    try {
      const queued = db.prepare("SELECT recipient, address, state FROM alert_outbox ORDER BY id").all() as Array<{ recipient: string; address: string; state: string }>;
      expect([...new Set(queued.map((q) => `${q.recipient} ${q.address} ${q.state}`))].sort()).toEqual([
        'account:groen henk@tuincentrum-groen.example pending',
        'admin admin@hosting.example pending',
      ]);
    } finally {
      db.close();
    }
  });

  it('when asked for --version, then it prints the version of package.json and exits 0', async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('when the account has no history, then history says so and exits 0', async () => {
    const r = await runCli(['history', '--user', 'nobody', '--lang', 'en', '--store', store, '--server', server()]);
    expect(r).toMatchObject({ code: 0, stdout: 'No history of nobody on cp01.hosting.example is stored yet.\n' });
  });

  /** An empty store, made in-process (faster than a run). */
  async function emptyStore(file: string): Promise<void> {
    const opened = await openStore(file, { server: server() });
    if (!opened.ok) throw new Error(opened.error);
    await opened.store.close();
  }

  it('when a run (the daemon) holds the run lock, then audit --store refuses to start a second run over it', async () => {
    const file = path.join(dir, 'busy.sqlite');
    const opened = await openStore(file, { server: server() });
    if (!opened.ok) throw new Error(opened.error);
    try {
      const held = await opened.store.beginRun({ trigger: 'schedule', startedAt: Date.now(), owner: { host: os.hostname(), pid: process.pid }, staleAfterMs: 3_600_000, holderAlive: () => true });
      expect(held.ok).toBe(true);
      const r = await runCli(['audit', '--user', 'devries', '--store', file, ...connection()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`history store ${file}: another run is going \\(${os.hostname()} pid ${process.pid}, started `));
    } finally {
      await opened.store.close();
    }
  });

  it('when another process holds the store locked, then audit --store exits 1 naming the file', async () => {
    const file = path.join(dir, 'locked.sqlite');
    await emptyStore(file);
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = await runCli(['audit', '--user', 'devries', '--store', file, ...connection()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`history store ${file}: it is locked by another process`));
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('when the store is not a database, then audit and history exit 1 naming the file', async () => {
    const file = path.join(dir, 'corrupt.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const audit = await runCli(['audit', '--user', 'devries', '--store', file, ...connection()]);
    expect(audit.code).toBe(1);
    expect(audit.stderr).toMatch(new RegExp(`history store ${file}: it is damaged or not a SQLite database`));
    const history = await runCli(['history', '--user', 'devries', '--store', file]);
    expect(history.code).toBe(1);
    expect(history.stderr).toMatch(new RegExp(`history store ${file}: `));
  });

  it('when history reads a copy of the store in a read-only folder (a backup), then it shows the runs and leaves no files behind', async () => {
    const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-copy-'));
    let app: ReadableApp | undefined;
    try {
      const source = path.join(dir, 'copy-source.sqlite');
      const r = await runCli(['audit', '--user', 'devries', '--store', source, ...connection()]);
      expect(r.code).toBe(0);
      // The copy as a backup tool leaves it: the database and its -wal, in a folder nobody may write.
      fs.copyFileSync(source, path.join(copyDir, 'history.sqlite'));
      if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, path.join(copyDir, 'history.sqlite-wal'));
      fs.chmodSync(copyDir, 0o555);
      for (const f of fs.readdirSync(copyDir)) fs.chmodSync(path.join(copyDir, f), 0o444);
      const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('mail-doctor-read-')).length;
      // nobody must be able to read the command wherever the checkout is (a private folder, say).
      app = readableAppCopy();
      const h = await promisify(execFile)('runuser', ['-u', 'nobody', '--', process.execPath, app.cli, 'history', '--user', 'devries', '--lang', 'en', '--store', path.join(copyDir, 'history.sqlite')]);
      expect(h.stdout).toMatch(/^History of devries on cp01\.hosting\.example \(1 check\)/);
      expect(fs.readdirSync(copyDir).sort()).toEqual(fs.existsSync(`${source}-wal`) ? ['history.sqlite', 'history.sqlite-wal'] : ['history.sqlite']);
      expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('mail-doctor-read-')).length).toBe(before);
    } finally {
      app?.remove();
      fs.chmodSync(copyDir, 0o755);
      fs.rmSync(copyDir, { recursive: true, force: true });
    }
  });

  it('when the store cannot be written (a user without rights), then audit --store exits 1 naming the file', async () => {
    const readOnlyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-ro-'));
    let app: ReadableApp | undefined;
    const file = path.join(readOnlyDir, 'history.sqlite');
    try {
      await emptyStore(file);
      fs.chmodSync(readOnlyDir, 0o755);
      fs.chmodSync(file, 0o644);
      // nobody must be able to read the command (and the network guard, global-setup.js) wherever the checkout is.
      app = readableAppCopy();
      const r = await promisify(execFile)('runuser', ['-u', 'nobody', '--', process.execPath, app.cli, 'audit', '--user', 'devries', '--store', file, ...connection().map((a) => (a === sandbox.profilePath ? app!.profile : a))]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^mail-doctor: history store ${file}: `));
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    } finally {
      app?.remove();
      fs.rmSync(readOnlyDir, { recursive: true, force: true });
    }
  });
});
