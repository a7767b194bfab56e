/**
 * The little the store needs from a SQL database, so one implementation of
 * the store (sql-store.ts) runs on SQLite and on PostgreSQL. Statements use
 * `?` placeholders; the PostgreSQL adapter numbers them. Driver errors come
 * out as `StoreError`s that name the store.
 */
import type { Dialect } from './migrations';

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** Rows of a SELECT or of a statement with RETURNING. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; returns how many rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: Dialect;
  readonly location: string;
  /** Runs `work` in one transaction that takes the write lock at once; commits, or rolls back on any error. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs tasks one at a time (a single SQLite connection cannot interleave transactions). */
export function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
