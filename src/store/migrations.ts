/**
 * The store's schema as forward-only numbered migrations. Each adapter keeps
 * a `schema_migrations` table with the versions applied; a store written by a
 * newer Mail Doctor (a version we do not know) is refused rather than guessed at.
 *
 * Times are Unix milliseconds in BIGINT/INTEGER columns; reports are JSON
 * text. The same statements serve SQLite and PostgreSQL except for the
 * auto-numbered keys, which differ per dialect.
 */
export type Dialect = 'sqlite' | 'postgres';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: (dialect: Dialect) => readonly string[];
}

const serial = (dialect: Dialect): string => (dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY');
const int = (dialect: Dialect): string => (dialect === 'sqlite' ? 'INTEGER' : 'BIGINT');

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'runs, account results, problems, run lock',
    statements: (d) => [
      `CREATE TABLE runs (
        id ${serial(d)},
        server TEXT NOT NULL,
        run_trigger TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at ${int(d)} NOT NULL,
        finished_at ${int(d)},
        heartbeat_at ${int(d)} NOT NULL
      )`,
      'CREATE INDEX runs_by_server ON runs (server, started_at)',
      `CREATE TABLE account_results (
        id ${serial(d)},
        run_id ${int(d)} NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        server TEXT NOT NULL,
        account TEXT NOT NULL,
        audited_at ${int(d)} NOT NULL,
        duration_ms ${int(d)} NOT NULL,
        error TEXT,
        critical INTEGER NOT NULL,
        warning INTEGER NOT NULL,
        info INTEGER NOT NULL,
        could_not_check INTEGER NOT NULL,
        locale TEXT,
        report TEXT,
        UNIQUE (run_id, account)
      )`,
      'CREATE INDEX account_results_by_account ON account_results (server, account, audited_at)',
      `CREATE TABLE result_problems (
        result_id ${int(d)} NOT NULL REFERENCES account_results (id) ON DELETE CASCADE,
        change_kind TEXT NOT NULL,
        problem_key TEXT NOT NULL,
        diagnosis_id TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_name TEXT NOT NULL,
        severity TEXT NOT NULL,
        title TEXT NOT NULL,
        open_since ${int(d)} NOT NULL,
        PRIMARY KEY (result_id, problem_key)
      )`,
      `CREATE TABLE run_lock (
        server TEXT PRIMARY KEY,
        run_id ${int(d)} NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        acquired_at ${int(d)} NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'daemon state, run requests, alerts sent',
    statements: (d) => [
      `CREATE TABLE daemon_state (server TEXT PRIMARY KEY, next_run_at ${int(d)}, updated_at ${int(d)} NOT NULL)`,
      `CREATE TABLE run_requests (
        id ${serial(d)},
        server TEXT NOT NULL,
        requested_at ${int(d)} NOT NULL,
        requested_by TEXT NOT NULL,
        account TEXT
      )`,
      `CREATE TABLE alerts_sent (server TEXT NOT NULL, alert_key TEXT NOT NULL, sent_at ${int(d)} NOT NULL, PRIMARY KEY (server, alert_key))`,
    ],
  },
  {
    version: 3,
    name: 'compact findings per account result, for the overview',
    // Rows written before this stay NULL: readers fall back to the full report for those.
    statements: () => ['ALTER TABLE account_results ADD COLUMN findings TEXT'],
  },
  {
    version: 4,
    name: 'problem sources, alert outbox, server identities',
    statements: (d) => [
      // NULL for problems stored before: they keep the older rule (only a could-not-check keeps them open).
      'ALTER TABLE result_problems ADD COLUMN basis TEXT',
      `CREATE TABLE alert_outbox (
        id ${serial(d)},
        server TEXT NOT NULL,
        recipient TEXT NOT NULL,
        address TEXT NOT NULL,
        lang TEXT NOT NULL,
        item_key TEXT NOT NULL,
        item TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT,
        attempts INTEGER NOT NULL,
        created_at ${int(d)} NOT NULL,
        next_attempt_at ${int(d)},
        held_until ${int(d)},
        sent_at ${int(d)}
      )`,
      'CREATE INDEX alert_outbox_open ON alert_outbox (server, state, recipient)',
      `CREATE TABLE server_identity (
        server TEXT PRIMARY KEY,
        host_key TEXT NOT NULL,
        host TEXT NOT NULL,
        claimed_at ${int(d)} NOT NULL,
        seen_at ${int(d)} NOT NULL
      )`,
    ],
  },
  {
    version: 5,
    name: 'fix log',
    statements: (d) => [
      `CREATE TABLE fix_log (
        id TEXT PRIMARY KEY,
        server TEXT NOT NULL,
        account TEXT NOT NULL,
        applied_at ${int(d)} NOT NULL,
        applied_by TEXT NOT NULL,
        entry TEXT NOT NULL,
        undone_at ${int(d)},
        undone_by TEXT
      )`,
      'CREATE INDEX fix_log_account ON fix_log (server, account, applied_at)',
    ],
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** The migrations still to apply after `applied`; an error when the store is newer than this program. */
export function pendingMigrations(applied: number): { ok: true; pending: readonly Migration[] } | { ok: false; error: string } {
  if (applied > LATEST_VERSION) {
    return { ok: false, error: `its schema is version ${applied}, newer than this Mail Doctor knows (${LATEST_VERSION}); upgrade Mail Doctor` };
  }
  return { ok: true, pending: MIGRATIONS.filter((m) => m.version > applied) };
}
