/**
 * What the pages' safe fixes need, per mode: the one audit's settings (to
 * preview, apply, undo and audit again) and where the fix log is kept — the
 * account's own `~/.mail-doctor/fix-log.jsonl` on the cPanel page (the CGI
 * runs as the account), the history store for WHM, memory in the sandbox.
 */
import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyFix, previewFix, undoFix, type Applied, type Previewed, type Undone } from '../audit/apply-fix';
import type { AuditSettings } from '../audit/audit-account';
import type { FixAction } from '../fix/fix-action';
import { readFixLogLines, type FixLogEntry, type FixLogLine } from '../fix/fix-log';
import type { FixRequest } from '../fix/plan-fix';
import { HISTORY_DIR } from '../jobs/history-export';
import type { HistoryStore } from '../store/history-store';
import { openStore } from '../store/open-store';

export interface FixLogPort {
  /** Throws when the log cannot be written: asked before a change is made, so no change goes unlogged. */
  ready?(): Promise<void>;
  record(entry: FixLogEntry): Promise<void>;
  /** One account's entries, newest first. */
  list(account: string): Promise<FixLogEntry[]>;
  get(id: string): Promise<FixLogEntry | null>;
  markUndone(id: string, by: string, at: number): Promise<boolean>;
}

export interface FixPages {
  preview(user: string, request: FixRequest): Promise<Previewed>;
  apply(user: string, action: FixAction, by: string): Promise<Applied>;
  undo(entry: FixLogEntry): Promise<Undone>;
  readonly log: FixLogPort;
}

export function createFixPages(settings: AuditSettings, log: FixLogPort): FixPages {
  return {
    preview: (user, request) => previewFix(settings, user, request),
    apply: (user, action, by) => applyFix(settings, user, action, by),
    undo: (entry) => undoFix(settings, entry),
    log,
  };
}

/** The sandbox's log: it lives as long as the sandbox does. */
export function memoryFixLog(): FixLogPort {
  const entries: FixLogEntry[] = [];
  return {
    async record(entry) {
      entries.push(entry);
    },
    async list(account) {
      return entries.filter((e) => e.account === account).sort((a, b) => b.at - a.at);
    },
    async get(id) {
      return entries.find((e) => e.id === id) ?? null;
    },
    async markUndone(id, by, at) {
      const i = entries.findIndex((e) => e.id === id && e.undoneAt === null);
      if (i < 0) return false;
      entries[i] = { ...(entries[i] as FixLogEntry), undoneAt: at, undoneBy: by };
      return true;
    },
  };
}

/** The history store at a location, opened for each read or write (the WHM CGI: one request, one process). */
export function storeFixLogAt(location: string, server: string): FixLogPort {
  const withStore = async <T>(work: (store: HistoryStore) => Promise<T>): Promise<T> => {
    const opened = await openStore(location, { server });
    if (!opened.ok) throw new Error(opened.error);
    try {
      return await work(opened.store);
    } finally {
      await opened.store.close();
    }
  };
  return {
    ready: () => withStore(async () => undefined),
    record: (entry) => withStore((s) => s.recordFix(entry)),
    list: (account) => withStore((s) => s.fixLog({ account })),
    get: (id) => withStore((s) => s.fixEntry(id)),
    markUndone: (id, by, at) => withStore((s) => s.markFixUndone(id, by, at)),
  };
}

const FIX_LOG_FILE = 'fix-log.jsonl';

/** ~/.mail-doctor/fix-log.jsonl of the user this process runs as: fixed when the app is made, never from a request. */
export function ownFixLogPath(env: NodeJS.ProcessEnv = process.env): string {
  let home: string;
  try {
    home = os.userInfo().homedir;
  } catch {
    home = env.HOME ?? '';
  }
  return path.join(home, HISTORY_DIR, FIX_LOG_FILE);
}

const MAX_BYTES = 4 * 1024 * 1024;

/**
 * The account's own log file, appended one JSON line at a time. Opened
 * without following a link (a link planted in the folder gains nothing) and
 * created 0600 in a 0700 folder; an undo is a line of its own, so no line is
 * ever rewritten.
 */
export function fileFixLog(file: string): FixLogPort {
  const read = async (): Promise<FixLogEntry[]> => {
    let handle;
    try {
      handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return [];
    }
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_BYTES) return [];
      return readFixLogLines(await handle.readFile('utf8'));
    } finally {
      await handle.close();
    }
  };
  const append = async (line: FixLogLine): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
    try {
      if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a plain file`);
      await handle.appendFile(`${JSON.stringify(line)}\n`, 'utf8');
    } finally {
      await handle.close();
    }
  };
  return {
    record: (entry) => append({ type: 'applied', entry }),
    async list(account) {
      return (await read()).filter((e) => e.account === account);
    },
    async get(id) {
      return (await read()).find((e) => e.id === id) ?? null;
    },
    async markUndone(id, by, at) {
      const entry = (await read()).find((e) => e.id === id);
      if (entry === undefined || entry.undoneAt !== null) return false;
      await append({ type: 'undone', id, at, by });
      return true;
    },
  };
}
