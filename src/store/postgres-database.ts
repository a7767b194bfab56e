/**
 * PostgreSQL (pg) behind the SqlDatabase interface, for providers who keep
 * every server's history in one central database. Each transaction gets its
 * own pooled connection; `?` placeholders become `$1, $2, …`.
 */
import { Pool, type PoolClient } from 'pg';
import { StoreError } from './history-store';
import type { Row, SqlDatabase, SqlExecutor, SqlValue } from './sql-database';

/** The URL without its password, for messages and logs. */
function printableUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

function describePgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      return `cannot connect (${message})`;
    case '28P01':
    case '28000':
      return `the server refused the user name or password (${message})`;
    case '3D000':
      return `the database does not exist (${message})`;
    case '42501':
      return `the user may not do this (${message})`;
    case '25006':
      return `the database is read-only (${message})`;
    default:
      return message;
  }
}

export async function openPostgresDatabase(url: string, options: { connectTimeoutMs?: number } = {}): Promise<{ ok: true; db: SqlDatabase } | { ok: false; error: string }> {
  const location = printableUrl(url);
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 });
  // An idle client losing its connection must not crash the daemon: the next query reports it.
  pool.on('error', () => undefined);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(location, describePgError(error));
    }
  };
  const on = (client: Pool | PoolClient): SqlExecutor => ({
    query: (sql, params = []) => guard(async () => (await client.query(numberPlaceholders(sql), params as SqlValue[])).rows as Row[]),
    execute: (sql, params = []) => guard(async () => (await client.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0),
  });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    return { ok: false, error: new StoreError(location, describePgError(error)).message };
  }
  return {
    ok: true,
    db: {
      dialect: 'postgres',
      location,
      ...on(pool),
      async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
        const client = await guard(() => pool.connect());
        try {
          await guard(() => client.query('BEGIN'));
          const result = await work(on(client));
          await guard(() => client.query('COMMIT'));
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    },
  };
}
