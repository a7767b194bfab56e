/**
 * The account's own history for its cPanel page. The cPanel page runs as the
 * account's user and must not read the root-only history store, so after
 * saving an account the daemon (root) writes that account's summary — its
 * newest runs with counts and changes — to `~USER/.mail-doctor/history.json`,
 * owned by the account and readable by it alone (file 0600, directory 0700).
 * The page then reads only its own process user's file: no account can reach
 * another's data, whatever it puts in a request.
 *
 * The home is the account's to change at any moment, so root does not write
 * there at all: a process with the account's uid and gid creates
 * `.mail-doctor` and the file (write-as-account.ts). Whatever the account
 * races into place — a link, a root-owned directory — that process has no
 * more rights than the account itself; it still refuses links and a
 * directory that is not the account's, and replaces history.json by rename.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAsAccount } from './write-as-account';
import type { Localized } from '../kb/types';
import type { ReportCounts } from '../report/audit-report';
import type { AccountRun, HistoryStore, ProblemRef } from '../store/history-store';

export const HISTORY_DIR = '.mail-doctor';
export const HISTORY_FILE = 'history.json';
const HISTORY_RUNS = 30;

interface ExportedProblem {
  readonly id: string;
  readonly subject: string;
  readonly title: Localized<string>;
}

interface ExportedRun {
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

type OwnerLookup = (user: string) => Promise<AccountOwner | undefined>;

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

/**
 * Writes `data` as ~/.mail-doctor/history.json for `owner`, atomically, with
 * the account's own rights (write-as-account.ts). Throws UnsafeHistoryPath
 * when something in the way is a link, not a directory, or not the account's.
 */
export async function writeHistoryFile(owner: AccountOwner, data: AccountHistoryFile): Promise<string> {
  const homeInfo = await stat(owner.home);
  if (!homeInfo.isDirectory()) throw new UnsafeHistoryPath(`${owner.home} is not a directory`);
  if (homeInfo.uid !== owner.uid) throw new UnsafeHistoryPath(`${owner.home} does not belong to uid ${owner.uid}`);
  const result = await writeAsAccount({ uid: owner.uid, gid: owner.gid, home: owner.home, dir: HISTORY_DIR, file: HISTORY_FILE }, `${JSON.stringify(data)}\n`);
  if (!result.ok) throw result.unsafe ? new UnsafeHistoryPath(result.message) : new Error(result.message);
  return path.join(owner.home, HISTORY_DIR, HISTORY_FILE);
}

interface HistoryExporterDeps {
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

