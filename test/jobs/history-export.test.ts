/**
 * The account's own history file for its cPanel page: written by root into
 * the account's home, so it must end up the account's, 0600 in a 0700
 * directory, and never be written through a link the account planted.
 * Runs as root (the tests do): real chown, real modes.
 */
import { chmod, chown, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHistoryExporter, passwdLookup, summarizeHistory, UnsafeHistoryPath, writeHistoryFile, type AccountHistoryFile, type AccountOwner } from '../../src/jobs/history-export';
import { addRun, mx, spf, T0, DAY, tempStore } from '../web/history-fixture';

const UID = 43_210;
const GID = 43_211;
const asRoot = process.getuid?.() === 0;
const rootIt = asRoot ? it : it.skip;

let base: string;
let home: string;
let owner: AccountOwner;

const data = (user = 'groen'): AccountHistoryFile => ({
  version: 1,
  user,
  writtenAt: T0,
  runs: [{ runStartedAt: T0, auditedAt: T0 + 1000, error: null, counts: { critical: 1, warning: 0, info: 0, couldNotCheck: 0 }, new: [], resolved: [] }],
});

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'md-export-'));
  // The writer runs as the account: it must be able to pass through to the home, as on a server.
  await chmod(base, 0o711);
  home = path.join(base, 'home', 'groen');
  await mkdir(home, { recursive: true, mode: 0o711 });
  if (asRoot) await chown(home, UID, GID);
  owner = { home, uid: asRoot ? UID : process.getuid!(), gid: asRoot ? GID : process.getgid!() };
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('writeHistoryFile', () => {
  rootIt('when an account has history, then ~/.mail-doctor/history.json is the account’s, 0600, in a 0700 directory, with no temp file left', async () => {
    const written = await writeHistoryFile(owner, data());
    expect(written).toBe(path.join(home, '.mail-doctor', 'history.json'));
    const dir = await lstat(path.join(home, '.mail-doctor'));
    const file = await lstat(written);
    expect(dir.isDirectory()).toBe(true);
    expect(dir.mode & 0o777).toBe(0o700);
    expect([dir.uid, dir.gid]).toEqual([UID, GID]);
    expect(file.isFile()).toBe(true);
    expect(file.mode & 0o777).toBe(0o600);
    expect([file.uid, file.gid]).toEqual([UID, GID]);
    expect(JSON.parse(await readFile(written, 'utf8'))).toEqual(data());
    expect(await readdir(path.join(home, '.mail-doctor'))).toEqual(['history.json']);
    // A second write replaces it (atomically, by rename): still one file, still the account's.
    await writeHistoryFile(owner, { ...data(), writtenAt: T0 + DAY });
    expect(JSON.parse(await readFile(written, 'utf8')).writtenAt).toBe(T0 + DAY);
    expect(await readdir(path.join(home, '.mail-doctor'))).toEqual(['history.json']);
    expect((await stat(written)).uid).toBe(UID);
  });

  rootIt('when ~/.mail-doctor is a symlink to a directory elsewhere, then nothing is written there and the write is refused', async () => {
    const elsewhere = path.join(base, 'etc-like');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(home, '.mail-doctor'));
    await expect(writeHistoryFile(owner, data())).rejects.toThrow(UnsafeHistoryPath);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  rootIt('when history.json is a symlink to another file (e.g. root’s or another account’s), then that file is untouched and the link is replaced by the account’s own file', async () => {
    const victim = path.join(base, 'victim.txt');
    await writeFile(victim, 'secret', { mode: 0o600 });
    await mkdir(path.join(home, '.mail-doctor'), { mode: 0o700 });
    await chown(path.join(home, '.mail-doctor'), UID, GID);
    await symlink(victim, path.join(home, '.mail-doctor', 'history.json'));
    await writeHistoryFile(owner, data());
    expect(await readFile(victim, 'utf8')).toBe('secret');
    const victimInfo = await stat(victim);
    expect([victimInfo.uid, victimInfo.mode & 0o777]).toEqual([0, 0o600]);
    const file = await lstat(path.join(home, '.mail-doctor', 'history.json'));
    expect(file.isSymbolicLink()).toBe(false);
    expect(file.uid).toBe(UID);
  });

  rootIt('when ~/.mail-doctor exists but belongs to someone else, or is a file, then the write is refused', async () => {
    await mkdir(path.join(home, '.mail-doctor'), { mode: 0o755 });
    // Left root's (as if another process put it there).
    await expect(writeHistoryFile(owner, data())).rejects.toThrow(/does not belong/);
    await rm(path.join(home, '.mail-doctor'), { recursive: true });
    await writeFile(path.join(home, '.mail-doctor'), 'x');
    await chown(path.join(home, '.mail-doctor'), UID, GID);
    await expect(writeHistoryFile(owner, data())).rejects.toThrow(UnsafeHistoryPath);
  });

  rootIt('when the account itself could not create ~/.mail-doctor (its home is read-only to it), then neither does the daemon: the write runs with the account’s rights', async () => {
    await chmod(home, 0o500);
    await expect(writeHistoryFile(owner, data())).rejects.toThrow(/cannot be created \(EACCES\)/);
    await expect(lstat(path.join(home, '.mail-doctor'))).rejects.toThrow(/ENOENT/);
  });

  rootIt('when the home does not belong to the account, then nothing is written', async () => {
    await expect(writeHistoryFile({ ...owner, uid: UID + 1 }, data())).rejects.toThrow(/does not belong/);
    await expect(lstat(path.join(home, '.mail-doctor'))).rejects.toThrow(/ENOENT/);
  });
});

describe('passwdLookup', () => {
  it('when the account is a local user with a uid of 500 or more, then its home, uid and gid are found; system users and root never', async () => {
    const file = path.join(base, 'passwd');
    await writeFile(file, ['root:x:0:0:root:/root:/bin/bash', 'mail:x:8:12:mail:/var/mail:/sbin/nologin', `groen:x:${UID}:${GID}::/home/groen:/bin/bash`, 'rel:x:1500:1500::home/rel:/bin/bash', ''].join('\n'));
    const lookup = passwdLookup(file);
    expect(await lookup('groen')).toEqual({ home: '/home/groen', uid: UID, gid: GID });
    expect(await lookup('root')).toBeUndefined();
    expect(await lookup('mail')).toBeUndefined();
    expect(await lookup('rel')).toBeUndefined();
    expect(await lookup('nobody-here')).toBeUndefined();
    expect(await passwdLookup(path.join(base, 'missing'))('groen')).toBeUndefined();
  });
});

describe('createHistoryExporter', () => {
  rootIt('when the daemon saved an account, then the file holds that account’s runs from the store, newest first, with new and resolved problems — and only that account’s', async () => {
    const { store, close } = await tempStore();
    try {
      await addRun(store, { at: T0, accounts: { groen: [mx('groen.example')], rood: [spf('rood.example')] } });
      await addRun(store, { at: T0 + DAY, accounts: { groen: [spf('groen.example')], rood: [spf('rood.example')] } });
      const logged: string[] = [];
      const exporter = createHistoryExporter({ store, lookup: async (u) => (u === 'groen' ? owner : undefined), log: (l) => logged.push(l), clock: () => T0 + 2 * DAY });
      await exporter('groen');
      await exporter('rood'); // not a local user: nothing, no error
      expect(logged).toEqual([]);
      const file = JSON.parse(await readFile(path.join(home, '.mail-doctor', 'history.json'), 'utf8')) as AccountHistoryFile;
      expect(file.user).toBe('groen');
      expect(file.runs).toHaveLength(2);
      expect(file.runs[0]!.new.map((p) => p.id)).toEqual(['spf-invalid']);
      expect(file.runs[0]!.resolved.map((p) => p.id)).toEqual(['mx-missing']);
      expect(JSON.stringify(file)).not.toContain('rood');
      expect(file).toEqual(summarizeHistory('groen', await store.accountHistory('groen'), T0 + 2 * DAY));
      // A refused write is logged, never thrown at the run.
      await rm(path.join(home, '.mail-doctor'), { recursive: true });
      await symlink(base, path.join(home, '.mail-doctor'));
      await exporter('groen');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/groen: history for the cPanel page not written/);
    } finally {
      await close();
    }
  });
});

describe('the daemon writes each account’s file after saving it', () => {
  rootIt('when a daemon run saves accounts (a failed audit too), then each local account gets its file with that run, and accounts /etc/passwd does not know are skipped', async () => {
    const { startDaemon } = await import('../../src/jobs/daemon');
    const { fakeAuditor } = await import('./fake-auditor');
    const { store, close } = await tempStore();
    const roodHome = path.join(base, 'home', 'rood');
    await mkdir(roodHome, { recursive: true });
    await chown(roodHome, UID + 2, GID);
    const homes: Record<string, AccountOwner> = { groen: owner, rood: { home: roodHome, uid: UID + 2, gid: GID } };
    const logged: string[] = [];
    const daemon = startDaemon(
      { cron: '0 3 1 1 *', spreadMinutes: 0, concurrency: 2, retentionDays: 90, requestPollMs: 60_000, staleAfterMs: 3_600_000 },
      {
        store,
        auditor: fakeAuditor({ groen: { problems: [mx('groen.example')] }, rood: { fail: 'cPanel did not answer' }, ghost: {} }),
        log: (l) => logged.push(l),
        clock: Date.now,
        owner: { host: 'test', pid: process.pid },
        holderAlive: () => true,
        exportHistory: createHistoryExporter({ store, lookup: async (u) => homes[u], log: (l) => logged.push(l) }),
      },
    );
    try {
      const outcome = await daemon.runNow('on-demand');
      expect(outcome).toMatchObject({ kind: 'done', audited: 2, failed: 1 });
      const groen = JSON.parse(await readFile(path.join(home, '.mail-doctor', 'history.json'), 'utf8')) as AccountHistoryFile;
      expect(groen.runs.map((r) => [r.counts.critical, r.new.map((p) => p.id)])).toEqual([[1, ['mx-missing']]]);
      const roodPath = path.join(roodHome, '.mail-doctor', 'history.json');
      const rood = JSON.parse(await readFile(roodPath, 'utf8')) as AccountHistoryFile;
      expect(rood.runs[0]!.error).toContain('cPanel did not answer');
      expect((await stat(roodPath)).uid).toBe(UID + 2);
      expect(JSON.stringify(rood)).not.toContain('groen');
      expect(logged.filter((l) => /not written/.test(l))).toEqual([]);
    } finally {
      await daemon.stop(1000);
      await close();
    }
  });
});
