/**
 * Opens the history store a configuration or `--store` names: a
 * `postgres://` (or `postgresql://`) URL is the central PostgreSQL database,
 * anything else a SQLite file. Brings the schema up to date. Failure is a
 * value with a message that names the store, never a crash.
 */
import { StoreError, type OpenedStore } from './history-store';
import { LATEST_VERSION } from './migrations';
import { openPostgresDatabase } from './postgres-database';
import type { SqlDatabase } from './sql-database';
import { openSqliteDatabase } from './sqlite-database';
import { createSqlStore, migrate, schemaVersion } from './sql-store';

interface OpenStoreOptions {
  /** The host name every row is tagged with. */
  readonly server: string;
  /** Only read: never create or migrate (the `history` command, the pages). */
  readonly readOnly?: boolean;
  readonly busyTimeoutMs?: number;
  readonly now?: () => number;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, options: OpenStoreOptions): Promise<OpenedStore> {
  let db: SqlDatabase;
  if (isPostgresUrl(location)) {
    const opened = await openPostgresDatabase(location);
    if (!opened.ok) return opened;
    db = opened.db;
  } else {
    const opened = openSqliteDatabase(location, {
      ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
      ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    });
    if (!opened.ok) return opened;
    db = opened.db;
  }
  try {
    if (options.readOnly) {
      const version = await schemaVersion(db).catch(() => 0);
      if (version === 0) throw new StoreError(db.location, 'it holds no history yet (run `mail-doctor audit --all --store` or the daemon first)');
      if (version > LATEST_VERSION) throw new StoreError(db.location, `its schema is version ${version}, newer than this Mail Doctor knows (${LATEST_VERSION})`);
    } else {
      await migrate(db, (options.now ?? Date.now)());
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    return { ok: false, error: error instanceof StoreError ? error.message : new StoreError(db.location, String(error)).message };
  }
  return { ok: true, store: createSqlStore(db, options.server) };
}
