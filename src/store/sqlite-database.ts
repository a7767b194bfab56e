/**
 * SQLite (better-sqlite3) behind the SqlDatabase interface. WAL mode so the
 * pages can read while the daemon writes; `synchronous = NORMAL` is
 * durable against a killed process (only a power cut can lose the last
 * commits in WAL mode), and every account is one transaction, so a
 * `kill -9` never leaves half an account.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './history-store';
import { createMutex, type Row, type SqlDatabase, type SqlExecutor, type SqlValue } from './sql-database';

interface SqliteOptions {
  /** How long to wait for another process's write lock before saying the store is locked. */
  readonly busyTimeoutMs?: number;
  readonly readOnly?: boolean;
}

/** The driver's error in words an administrator can act on. */
function describeSqliteError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `it is locked by another process (${message})`;
    if (code.startsWith('SQLITE_READONLY')) return `it cannot be written: the file or its folder is read-only (${message})`;
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return `it is damaged or not a SQLite database (${message}); move it aside and a new store will be created`;
    if (code.startsWith('SQLITE_CANTOPEN')) return `it cannot be opened (${message}); check that the folder exists and is writable`;
    if (code === 'SQLITE_FULL') return `the disk is full (${message})`;
    if (code.startsWith('SQLITE_IOERR')) return `reading or writing it failed (${message})`;
  }
  return message;
}

/**
 * SQLite would create the file 0644, and its -wal and -shm files take the
 * file's mode: the history is root's alone, so the file is made 0600 first.
 * ":memory:" and "" are SQLite's names for a database without a file.
 * Returns the error code when the file cannot be made.
 */
function createPrivately(file: string): string | undefined {
  if (file === ':memory:' || file === '') return undefined;
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== 'EEXIST') return code;
  }
  return undefined;
}

export function openSqliteDatabase(file: string, options: SqliteOptions = {}): { ok: true; db: SqlDatabase } | { ok: false; error: string } {
  const fail = (why: string): { ok: false; error: string } => ({ ok: false, error: new StoreError(file, why).message });
  if (options.readOnly && !fs.existsSync(file)) {
    return fail('it does not exist yet (the daemon or `mail-doctor audit --all --store` creates it)');
  }
  if (!options.readOnly) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    } catch (error) {
      return fail(`its folder cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const created = createPrivately(file);
    if (created !== undefined) return fail(`it cannot be created (${created})`);
  }
  const opened = openRaw(file, options);
  if (opened.ok) return { ok: true, db: wrap(opened.raw, file) };
  if (!options.readOnly || !/^SQLITE_(READONLY|CANTOPEN)/.test(opened.code ?? '')) return fail(opened.error);
  // A store in WAL mode cannot be read in place from a read-only folder or
  // medium (a backup, a copy for inspection): SQLite must create its -shm
  // file beside it. Read a private copy instead (with its -wal, so nothing
  // committed is missed), removed again on close.
  let copyDir: string;
  try {
    copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-doctor-read-'));
    fs.copyFileSync(file, path.join(copyDir, 'history.sqlite'));
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, path.join(copyDir, 'history.sqlite-wal'));
  } catch (error) {
    return fail(`${opened.error}; a copy to read could not be made either (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const copy = openRaw(path.join(copyDir, 'history.sqlite'), options);
  if (!copy.ok) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    return fail(copy.error);
  }
  return { ok: true, db: wrap(copy.raw, file, () => fs.rmSync(copyDir, { recursive: true, force: true })) };
}

function openRaw(file: string, options: SqliteOptions): { ok: true; raw: Database.Database } | { ok: false; error: string; code: string | undefined } {
  const failed = (error: unknown): { ok: false; error: string; code: string | undefined } => ({
    ok: false,
    error: describeSqliteError(error),
    code: typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined,
  });
  let raw: Database.Database;
  try {
    raw = new Database(file, { timeout: options.busyTimeoutMs ?? 5000, readonly: options.readOnly === true, fileMustExist: options.readOnly === true });
  } catch (error) {
    return failed(error);
  }
  try {
    if (!options.readOnly) raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // Reads the header and schema: a file that is not a database fails here, not later.
    raw.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    raw.close();
    return failed(error);
  }
  return { ok: true, raw };
}

function wrap(raw: Database.Database, file: string, onClose: () => void = () => undefined): SqlDatabase {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (s === undefined) {
      s = raw.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(file, describeSqliteError(error));
    }
  };
  const executor: SqlExecutor = {
    query: async (sql, params = []) => guard(() => prepared(sql).all(...(params as SqlValue[])) as Row[]),
    execute: async (sql, params = []) => guard(() => prepared(sql).run(...(params as SqlValue[])).changes),
  };
  const exclusive = createMutex();
  return {
    dialect: 'sqlite',
    location: file,
    query: (sql, params) => exclusive(() => executor.query(sql, params)),
    execute: (sql, params) => exclusive(() => executor.execute(sql, params)),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
      exclusive(async () => {
        guard(() => raw.exec('BEGIN IMMEDIATE'));
        try {
          const result = await work(executor);
          guard(() => raw.exec('COMMIT'));
          return result;
        } catch (error) {
          try {
            if (raw.inTransaction) raw.exec('ROLLBACK');
          } catch {
            // The connection is gone (disk error, closed): SQLite discards the open transaction itself.
          }
          throw error;
        }
      }),
    close: async () => {
      await exclusive(async () => {
        if (raw.open) raw.close();
        onClose();
      });
    },
  };
}
