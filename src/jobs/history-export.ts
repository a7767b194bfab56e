/**
 * The account's own history for its cPanel page. The cPanel page runs as the
 * account's user and must not read the root-only history store, so after
 * saving an account the daemon (root) writes that account's summary — its
 * newest runs with counts and changes — to `~USER/.mail-doctor/history.json`,
 * owned by the account and readable by it alone (file 0600, directory 0700).
 * The page then reads only its own process user's file: no account can reach
 * another's data, whatever it puts in a request.
 *
 * Root writes into a directory the user controls, so every step refuses to
 * follow a link the user may have planted:
 *   - the home is opened once as a directory and every later path goes
 *     through that open descriptor (/proc/self/fd/N/…), so swapping a path
 *     component for a symlink afterwards changes nothing;
 *   - `.mail-doctor` is created by us, or must already be a real directory
 *     (opened with O_NOFOLLOW | O_DIRECTORY) owned by the account;
 *   - the data goes to a new temp file opened O_CREAT | O_EXCL | O_NOFOLLOW
 *     (never an existing file, never through a link), chowned and chmodded
 *     through its descriptor, then renamed over history.json — a rename
 *     replaces a symlink there instead of writing through it.
 */
import { constants } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Localized } from '../kb/types';
import type { ReportCounts } from '../report/audit-report';
import type { AccountRun, HistoryStore, ProblemRef } from '../store/history-store';

export const HISTORY_DIR = '.mail-doctor';
export const HISTORY_FILE = 'history.json';
const HISTORY_RUNS = 30;

export interface ExportedProblem {
  readonly id: string;
  readonly subject: string;
  readonly title: Localized<string>;
}

export interface ExportedRun {
  readonly runStartedAt: number;
  readonly auditedAt: number;
  readonly error: string | null;
  readonly counts: ReportCounts;
  readonly new: readonly ExportedProblem[];
  readonly resolved: readonly ExportedProblem[];
}

/** What history.json holds (times are unix ms; runs newest first). */
export interface AccountHistoryFile {
  readonly version: 1;
  readonly user: string;
  readonly writtenAt: number;
  readonly runs: readonly ExportedRun[];
}

function problem(p: ProblemRef): ExportedProblem {
  return { id: p.id, subject: p.subject.name, title: { nl: p.title.nl, en: p.title.en } };
}

/** The store's account history as the file (and the sandbox's cPanel page) carries it. */
export function summarizeHistory(user: string, runs: readonly AccountRun[], writtenAt: number): AccountHistoryFile {
  return {
    version: 1,
    user,
    writtenAt,
    runs: runs.slice(0, HISTORY_RUNS).map((r) => ({
      runStartedAt: r.runStartedAt,
      auditedAt: r.auditedAt,
      error: r.error,
      counts: { critical: r.counts.critical, warning: r.counts.warning, info: r.counts.info, couldNotCheck: r.counts.couldNotCheck },
      new: r.changes.new.map(problem),
      resolved: r.changes.resolved.map(problem),
    })),
  };
}

/** Where an account's files go and whose they are. */
export interface AccountOwner {
  readonly home: string;
  readonly uid: number;
  readonly gid: number;
}

export type OwnerLookup = (user: string) => Promise<AccountOwner | undefined>;

/** Below this uid an account is a system user, never a cPanel account: nothing is written for it. */
const MIN_ACCOUNT_UID = 500;

/** Looks accounts up in /etc/passwd (cPanel accounts are local users); system users and root are never returned. */
export function passwdLookup(file = '/etc/passwd', minUid = MIN_ACCOUNT_UID): OwnerLookup {
  return async (user) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    for (const line of text.split('\n')) {
      const f = line.split(':');
      if (f.length < 7 || f[0] !== user) continue;
      const uid = Number(f[2]);
      const gid = Number(f[3]);
      const home = f[5] ?? '';
      if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid < minUid || uid === 65534 || !path.isAbsolute(home)) return undefined;
      return { home, uid, gid };
    }
    return undefined;
  };
}

export class UnsafeHistoryPath extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeHistoryPath';
  }
}

/** A path inside an open directory that the kernel resolves through the descriptor, not the name. */
function within(dir: FileHandle, name: string, fallbackDir: string): string {
  return process.platform === 'linux' ? `/proc/self/fd/${dir.fd}/${name}` : path.join(fallbackDir, name);
}

const O_DIR = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;

/**
 * Writes `data` as ~/.mail-doctor/history.json for `owner`, atomically.
 * Throws UnsafeHistoryPath when something in the way is a link, not a
 * directory, or not the account's.
 */
export async function writeHistoryFile(owner: AccountOwner, data: AccountHistoryFile): Promise<string> {
  const homeInfo = await stat(owner.home);
  if (!homeInfo.isDirectory()) throw new UnsafeHistoryPath(`${owner.home} is not a directory`);
  if (homeInfo.uid !== owner.uid) throw new UnsafeHistoryPath(`${owner.home} does not belong to uid ${owner.uid}`);
  // The home itself is root's to place (its parent is not the user's); from here on only descriptors count.
  const home = await open(owner.home, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    const dirPath = within(home, HISTORY_DIR, owner.home);
    let created = false;
    try {
      await mkdir(dirPath, { mode: 0o700 });
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let dir: FileHandle;
    try {
      dir = await open(dirPath, O_DIR);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'ENOTDIR') throw new UnsafeHistoryPath(`${path.join(owner.home, HISTORY_DIR)} is a link or not a directory`);
      throw error;
    }
    try {
      const info = await dir.stat();
      if (!info.isDirectory()) throw new UnsafeHistoryPath(`${path.join(owner.home, HISTORY_DIR)} is not a directory`);
      if (!created && info.uid !== owner.uid) throw new UnsafeHistoryPath(`${path.join(owner.home, HISTORY_DIR)} does not belong to uid ${owner.uid}`);
      if (info.uid !== owner.uid || info.gid !== owner.gid) await dir.chown(owner.uid, owner.gid);
      await dir.chmod(0o700);

      const tempName = `.${HISTORY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      const tempPath = within(dir, tempName, path.join(owner.home, HISTORY_DIR));
      const file = await open(tempPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
      try {
        try {
          await file.chown(owner.uid, owner.gid);
          await file.chmod(0o600);
          await file.writeFile(`${JSON.stringify(data)}\n`, 'utf8');
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(tempPath, within(dir, HISTORY_FILE, path.join(owner.home, HISTORY_DIR)));
      } catch (error) {
        await unlink(tempPath).catch(() => undefined);
        throw error;
      }
      return path.join(owner.home, HISTORY_DIR, HISTORY_FILE);
    } finally {
      await dir.close();
    }
  } finally {
    await home.close();
  }
}

export interface HistoryExporterDeps {
  readonly store: HistoryStore;
  readonly lookup?: OwnerLookup;
  readonly clock?: () => number;
  readonly log: (line: string) => void;
}

/** After an account is saved: its newest runs from the store into its own file. Never throws (logged). */
export function createHistoryExporter(deps: HistoryExporterDeps): (user: string) => Promise<void> {
  const lookup = deps.lookup ?? passwdLookup();
  const clock = deps.clock ?? Date.now;
  return async (user) => {
    try {
      const owner = await lookup(user);
      if (owner === undefined) return;
      const runs = await deps.store.accountHistory(user, { limit: HISTORY_RUNS });
      await writeHistoryFile(owner, summarizeHistory(user, runs, clock()));
    } catch (error) {
      deps.log(`account ${user}: history for the cPanel page not written: ${(error as Error).message}`);
    }
  };
}

