/**
 * The history store over any SqlDatabase (SQLite or PostgreSQL): migrations,
 * the run lock, one transaction per account, change detection and the
 * queries the pages need.
 */
import type { FixLogEntry } from '../fix/fix-log';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Severity, Subject } from '../diagnose/model';
import type { Localized } from '../kb/types';
import { countFindings, type AuditReport, type ReportCounts } from '../report/audit-report';
import { detectChanges } from './changes';
import type {
  AccountChanges,
  AccountSummary,
  AlertItem,
  OutboxEntry,
  OutboxRow,
  OutboxState,
  OutboxUpdate,
  CompactFinding,
  AccountResultInput,
  AccountRun,
  BeginRun,
  BeginRunOptions,
  ClaimResult,
  HistoryStore,
  ServerInfo,
  ProblemRef,
  RunAccountRow,
  RunRequest,
  RunStatus,
  RunSummary,
  RunTrigger,
  Trend,
} from './history-store';
import { OPEN_OUTBOX_STATES, StoreError } from './history-store';
import { pendingMigrations } from './migrations';
import type { Row, SqlDatabase, SqlExecutor, SqlValue } from './sql-database';

/** Stored reports keep the newest delivery records only: findings carry their own evidence, and a busy account has thousands. */
const STORED_EVENTS = 500;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string => String(v);

const ZERO: AccountChanges = { new: [], resolved: [], stillOpen: [] };

export async function migrate(db: SqlDatabase, now: number): Promise<void> {
  await db.transaction(async (tx) => {
    // Two daemons starting together against one PostgreSQL database must not both migrate.
    if (db.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727274)');
    await tx.execute('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const [row] = await tx.query('SELECT MAX(version) AS v FROM schema_migrations');
    const plan = pendingMigrations(num(row?.v));
    if (!plan.ok) throw new StoreError(db.location, plan.error);
    for (const m of plan.pending) {
      for (const statement of m.statements(db.dialect)) await tx.execute(statement);
      await tx.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
    }
  });
}

export async function schemaVersion(db: SqlDatabase): Promise<number> {
  const [row] = await db.query('SELECT MAX(version) AS v FROM schema_migrations');
  return num(row?.v);
}

function countsOf(row: Row): ReportCounts {
  return { critical: num(row.critical), warning: num(row.warning), info: num(row.info), couldNotCheck: num(row.could_not_check) };
}

function problemOf(row: Row): ProblemRef {
  return {
    key: str(row.problem_key),
    id: str(row.diagnosis_id),
    subject: { kind: str(row.subject_kind) as Subject['kind'], name: str(row.subject_name) },
    severity: str(row.severity) as Severity,
    title: JSON.parse(str(row.title)) as Localized<string>,
    openSince: num(row.open_since),
    ...(row.basis === null || row.basis === undefined ? {} : { basis: JSON.parse(str(row.basis)) as string[] }),
  };
}

function changesOf(rows: readonly Row[]): AccountChanges {
  const pick = (kind: string): ProblemRef[] => rows.filter((r) => r.change_kind === kind).map(problemOf);
  return { new: pick('new'), resolved: pick('resolved'), stillOpen: pick('open') };
}

function summaryOf(row: Row): RunSummary {
  return {
    id: num(row.id),
    server: str(row.server),
    trigger: str(row.run_trigger) as RunTrigger,
    status: str(row.status) as RunStatus,
    startedAt: num(row.started_at),
    finishedAt: numOrNull(row.finished_at),
    accountsAudited: num(row.audited),
    accountsFailed: num(row.failed),
    counts: countsOf(row),
  };
}

const RUN_SUMMARY = `SELECT r.id, r.server, r.run_trigger, r.status, r.started_at, r.finished_at,
    COUNT(a.id) AS audited,
    COALESCE(SUM(CASE WHEN a.error IS NULL THEN 0 ELSE 1 END), 0) AS failed,
    COALESCE(SUM(a.critical), 0) AS critical, COALESCE(SUM(a.warning), 0) AS warning,
    COALESCE(SUM(a.info), 0) AS info, COALESCE(SUM(a.could_not_check), 0) AS could_not_check
  FROM runs r LEFT JOIN account_results a ON a.run_id = r.id`;

/**
 * Reports are stored as deflated JSON in base64 ("z:" prefix), the same text
 * column on SQLite and PostgreSQL: a nightly run keeps every account's
 * findings with their evidence, and plain JSON grew a 2,000-account server
 * by about 40 MB a night (src/bench/store-bench.ts). Plain JSON (no prefix)
 * is read too.
 */
export function encodeReport(report: AuditReport): string {
  const kept = report.events.length <= STORED_EVENTS ? report : { ...report, events: report.events.slice(0, STORED_EVENTS) };
  return `z:${deflateRawSync(Buffer.from(JSON.stringify(kept), 'utf8')).toString('base64')}`;
}

export function decodeReport(text: string): AuditReport {
  const json = text.startsWith('z:') ? inflateRawSync(Buffer.from(text.slice(2), 'base64')).toString('utf8') : text;
  return JSON.parse(json) as AuditReport;
}

/**
 * The overview's part of a report, stored beside it as plain JSON: `{ generatedAt, findings, domains }` (the
 * findings that are not ok; the account's domains, so that a search across servers finds a healthy account too).
 */
function encodeCompact(report: AuditReport): string {
  // Only what is not ok: the overview lists problems and counts what could not be checked; the ok ones are most of a report.
  const findings: CompactFinding[] = report.findings.filter((f) => f.status !== 'ok').map((f) => ({
    id: f.id,
    status: f.status,
    severity: f.severity,
    subject: { kind: f.subject.kind, name: f.subject.name },
    title: f.title,
    ...(f.status === 'problem' ? { summary: f.summary } : {}),
  }));
  return JSON.stringify({ generatedAt: report.generatedAt, findings, ...(report.domains === undefined ? {} : { domains: report.domains }) });
}

function decodeCompact(text: string): { generatedAt: string | null; findings: CompactFinding[] } | null {
  try {
    const parsed = JSON.parse(text) as { generatedAt?: unknown; findings?: unknown };
    if (!Array.isArray(parsed.findings)) return null;
    return { generatedAt: typeof parsed.generatedAt === 'string' ? parsed.generatedAt : null, findings: parsed.findings as CompactFinding[] };
  } catch {
    return null;
  }
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

async function insertProblems(tx: SqlExecutor, resultId: number, kind: string, problems: readonly ProblemRef[]): Promise<void> {
  for (const p of problems) {
    await tx.execute(
      `INSERT INTO result_problems (result_id, change_kind, problem_key, diagnosis_id, subject_kind, subject_name, severity, title, open_since, basis)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [resultId, kind, p.key, p.id, p.subject.kind, p.subject.name, p.severity, JSON.stringify(p.title), p.openSince, p.basis === undefined ? null : JSON.stringify(p.basis)],
    );
  }
}

export function createSqlStore(db: SqlDatabase, server: string): HistoryStore {
  const forServer = (s: string | undefined): string => s ?? server;

  async function previousOpenProblems(tx: SqlExecutor, user: string): Promise<ProblemRef[] | null> {
    const [prev] = await tx.query(
      'SELECT id FROM account_results WHERE server = ? AND account = ? AND error IS NULL ORDER BY audited_at DESC, id DESC LIMIT 1',
      [server, user],
    );
    if (prev === undefined) return null;
    const rows = await tx.query("SELECT * FROM result_problems WHERE result_id = ? AND change_kind IN ('new', 'open')", [num(prev.id)]);
    return rows.map(problemOf);
  }

  /** The running run that holds this server's lock (the row locked for the transaction), or null. */
  async function lockedRun(tx: SqlExecutor): Promise<HeldLock | null> {
    await tx.execute('INSERT INTO run_lock (server, run_id, host, pid, acquired_at) VALUES (?, 0, ?, 0, 0) ON CONFLICT (server) DO NOTHING', [server, '']);
    const lockSql = `SELECT l.run_id, l.host, l.pid, l.acquired_at, r.heartbeat_at, r.status FROM run_lock l LEFT JOIN runs r ON r.id = l.run_id WHERE l.server = ?${db.dialect === 'postgres' ? ' FOR UPDATE OF l' : ''}`;
    const [lock] = await tx.query(lockSql, [server]);
    if (lock === undefined || num(lock.run_id) === 0 || lock.status !== 'running') return null;
    return { runId: num(lock.run_id), host: str(lock.host), pid: num(lock.pid), acquiredAt: num(lock.acquired_at), heartbeatAt: num(lock.heartbeat_at) };
  }

  return {
    location: db.location,
    server,

    async releaseDeadRun(owner: BeginRunOptions['owner'], holderAlive: (pid: number) => boolean, at: number): Promise<number | null> {
      return db.transaction(async (tx) => {
        const lock = await lockedRun(tx);
        if (lock === null || !holderDead(lock, owner, holderAlive)) return null;
        await tx.execute("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?", [at, lock.runId]);
        await tx.execute('UPDATE run_lock SET run_id = 0 WHERE server = ? AND run_id = ?', [server, lock.runId]);
        return lock.runId;
      });
    },

    async daemonState(s?: string): Promise<{ nextRunAt: number | null; updatedAt: number } | null> {
      const [row] = await db.query('SELECT next_run_at, updated_at FROM daemon_state WHERE server = ?', [forServer(s)]);
      return row === undefined ? null : { nextRunAt: numOrNull(row.next_run_at), updatedAt: num(row.updated_at) };
    },

    async claimServer(owner: { readonly hostKey: string; readonly host: string }, at: number): Promise<ClaimResult> {
      return db.transaction(async (tx) => {
        await tx.execute('INSERT INTO server_identity (server, host_key, host, claimed_at, seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (server) DO NOTHING', [
          server,
          owner.hostKey,
          owner.host,
          at,
          at,
        ]);
        const [row] = await tx.query(`SELECT host_key, host, claimed_at FROM server_identity WHERE server = ?${db.dialect === 'postgres' ? ' FOR UPDATE' : ''}`, [server]);
        if (row !== undefined && str(row.host_key) !== owner.hostKey) {
          return {
            ok: false,
            error:
              `history store ${db.location}: the server name "${server}" belongs to another host (${str(row.host)}, since ${new Date(num(row.claimed_at)).toISOString().slice(0, 10)}); ` +
              'give this server its own name (server.hostname in the configuration, or --server)',
          } as const;
        }
        await tx.execute('UPDATE server_identity SET host = ?, seen_at = ? WHERE server = ?', [owner.host, at, server]);
        return { ok: true } as const;
      });
    },

    async servers(): Promise<ServerInfo[]> {
      const names = await db.query('SELECT server FROM runs UNION SELECT server FROM server_identity ORDER BY server');
      const owners = new Map((await db.query('SELECT server, host FROM server_identity')).map((r) => [str(r.server), str(r.host)]));
      const out: ServerInfo[] = [];
      for (const r of names) {
        const name = str(r.server);
        const [last] = await db.query(`${RUN_SUMMARY} WHERE r.server = ? GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC LIMIT 1`, [name]);
        out.push({ server: name, host: owners.get(name) ?? null, lastRun: last === undefined ? null : summaryOf(last) });
      }
      return out;
    },

    async searchAccounts(text: string, limit: number): Promise<Array<AccountSummary & { readonly server: string }>> {
      // LIKE with the wildcards of the text escaped: a search for "a_b" finds only "a_b".
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = await db.query(
        `SELECT server, account, run_id, audited_at, error, critical, warning, info, could_not_check, findings FROM (
           SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.server, a.account ORDER BY a.audited_at DESC, a.id DESC) AS latest FROM account_results a
         ) x WHERE latest = 1 AND (LOWER(account) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(findings, '')) LIKE ? ESCAPE '\\')
         ORDER BY account, server LIMIT ?`,
        [pattern, pattern, limit],
      );
      return rows.map((r) => ({ server: str(r.server), ...accountSummaryOf(r) }));
    },

    async serversOf(hostKey: string): Promise<string[]> {
      return (await db.query('SELECT server FROM server_identity WHERE host_key = ? ORDER BY server', [hostKey])).map((r) => str(r.server));
    },

    async beginRun(options: BeginRunOptions): Promise<BeginRun> {
      return db.transaction(async (tx) => {
        const lock = await lockedRun(tx);
        let tookOverFrom: number | undefined;
        if (lock !== null) {
          const stale = options.startedAt - lock.heartbeatAt > options.staleAfterMs || holderDead(lock, options.owner, options.holderAlive);
          if (!stale) {
            return { ok: false, reason: 'locked', heldBy: `${lock.host} pid ${lock.pid}`, runId: lock.runId, since: lock.acquiredAt } as const;
          }
          // Its holder died without finishing (kill -9, power cut): what it wrote stays, the run is marked.
          await tx.execute("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?", [options.startedAt, lock.runId]);
          tookOverFrom = lock.runId;
        }
        const [run] = await tx.query(
          "INSERT INTO runs (server, run_trigger, status, started_at, heartbeat_at) VALUES (?, ?, 'running', ?, ?) RETURNING id",
          [server, options.trigger, options.startedAt, options.startedAt],
        );
        const runId = num(run?.id);
        await tx.execute('UPDATE run_lock SET run_id = ?, host = ?, pid = ?, acquired_at = ? WHERE server = ?', [
          runId,
          options.owner.host,
          options.owner.pid,
          options.startedAt,
          server,
        ]);
        return tookOverFrom === undefined ? ({ ok: true, runId } as const) : ({ ok: true, runId, tookOverFrom } as const);
      });
    },

    async saveAccount(runId: number, result: AccountResultInput): Promise<AccountChanges> {
      return db.transaction(async (tx) => {
        const outcome = result.outcome;
        const changes = outcome.ok ? detectChanges(await previousOpenProblems(tx, result.user), outcome.report.findings, result.auditedAt, outcome.report.unreadSources ?? []) : ZERO;
        const counts = outcome.ok ? countFindings(outcome.report.findings) : { critical: 0, warning: 0, info: 0, couldNotCheck: 0 };
        const [row] = await tx.query(
          `INSERT INTO account_results (run_id, server, account, audited_at, duration_ms, error, critical, warning, info, could_not_check, locale, report, findings)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          [
            runId,
            server,
            result.user,
            result.auditedAt,
            Math.round(result.durationMs),
            outcome.ok ? null : outcome.error,
            counts.critical,
            counts.warning,
            counts.info,
            counts.couldNotCheck,
            result.locale,
            outcome.ok ? encodeReport(outcome.report) : null,
            outcome.ok ? encodeCompact(outcome.report) : null,
          ],
        );
        const resultId = num(row?.id);
        await insertProblems(tx, resultId, 'new', changes.new);
        await insertProblems(tx, resultId, 'open', changes.stillOpen);
        await insertProblems(tx, resultId, 'resolved', changes.resolved);
        await tx.execute('UPDATE runs SET heartbeat_at = ? WHERE id = ?', [result.auditedAt, runId]);
        return changes;
      });
    },

    async finishRun(runId: number, status: Exclude<RunStatus, 'running'>, finishedAt: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.execute('UPDATE runs SET status = ?, finished_at = ? WHERE id = ?', [status, finishedAt, runId]);
        await tx.execute('UPDATE run_lock SET run_id = 0 WHERE server = ? AND run_id = ?', [server, runId]);
      });
    },

    async lastRun(s?: string): Promise<RunSummary | null> {
      const [row] = await db.query(`${RUN_SUMMARY} WHERE r.server = ? GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC LIMIT 1`, [forServer(s)]);
      return row === undefined ? null : summaryOf(row);
    },

    async listRuns(limit: number, s?: string): Promise<RunSummary[]> {
      const rows = await db.query(`${RUN_SUMMARY} WHERE r.server = ? GROUP BY r.id ORDER BY r.started_at DESC, r.id DESC LIMIT ?`, [forServer(s), limit]);
      return rows.map(summaryOf);
    },

    async runAccounts(runId: number): Promise<RunAccountRow[]> {
      const rows = await db.query(
        `SELECT a.account, a.audited_at, a.duration_ms, a.error, a.critical, a.warning, a.info, a.could_not_check,
           COALESCE(SUM(CASE WHEN p.change_kind = 'new' THEN 1 ELSE 0 END), 0) AS new_count,
           COALESCE(SUM(CASE WHEN p.change_kind = 'resolved' THEN 1 ELSE 0 END), 0) AS resolved_count
         FROM account_results a LEFT JOIN result_problems p ON p.result_id = a.id
         WHERE a.run_id = ? GROUP BY a.id ORDER BY a.account`,
        [runId],
      );
      return rows.map((r) => ({
        user: str(r.account),
        auditedAt: num(r.audited_at),
        durationMs: num(r.duration_ms),
        error: r.error === null ? null : str(r.error),
        counts: countsOf(r),
        newProblems: num(r.new_count),
        resolvedProblems: num(r.resolved_count),
      }));
    },

    async accountHistory(user: string, options: { limit?: number; server?: string } = {}): Promise<AccountRun[]> {
      const rows = await db.query(
        `SELECT a.id, a.run_id, r.started_at, a.account, a.audited_at, a.duration_ms, a.error, a.critical, a.warning, a.info, a.could_not_check
         FROM account_results a JOIN runs r ON r.id = a.run_id
         WHERE a.server = ? AND a.account = ? ORDER BY a.audited_at DESC, a.id DESC LIMIT ?`,
        [forServer(options.server), user, options.limit ?? 30],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => num(r.id));
      const problems = await db.query(`SELECT * FROM result_problems WHERE result_id IN (${placeholders(ids.length)}) ORDER BY problem_key`, ids);
      return rows.map((r) => ({
        runId: num(r.run_id),
        runStartedAt: num(r.started_at),
        user: str(r.account),
        auditedAt: num(r.audited_at),
        durationMs: num(r.duration_ms),
        error: r.error === null ? null : str(r.error),
        counts: countsOf(r),
        changes: changesOf(problems.filter((p) => num(p.result_id) === num(r.id))),
      }));
    },

    async accountReport(user: string, runId?: number, s?: string): Promise<AuditReport | null> {
      const params: SqlValue[] = [forServer(s), user];
      if (runId !== undefined) params.push(runId);
      const [row] = await db.query(
        `SELECT report FROM account_results WHERE server = ? AND account = ? AND report IS NOT NULL${runId === undefined ? '' : ' AND run_id = ?'}
         ORDER BY audited_at DESC, id DESC LIMIT 1`,
        params,
      );
      return row === undefined ? null : decodeReport(str(row.report));
    },

    async latestSummaries(s?: string): Promise<AccountSummary[]> {
      const rows = await db.query(
        `SELECT account, run_id, audited_at, error, critical, warning, info, could_not_check, findings FROM (
           SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.account ORDER BY a.audited_at DESC, a.id DESC) AS latest
           FROM account_results a WHERE a.server = ?
         ) x WHERE latest = 1 ORDER BY account`,
        [forServer(s)],
      );
      return rows.map(accountSummaryOf);
    },

    async trend(options: { runs: number; top: number; server?: string }): Promise<Trend> {
      const runs = (
        await db.query("SELECT id, started_at FROM runs WHERE server = ? AND status IN ('completed', 'interrupted') ORDER BY started_at DESC, id DESC LIMIT ?", [
          forServer(options.server),
          options.runs,
        ])
      )
        .map((r) => ({ id: num(r.id), startedAt: num(r.started_at) }))
        .reverse();
      if (runs.length === 0) return { runs: [], diagnoses: [] };
      const rows = await db.query(
        `SELECT a.run_id, p.diagnosis_id, COUNT(DISTINCT a.account) AS accounts
         FROM account_results a JOIN result_problems p ON p.result_id = a.id
         WHERE a.run_id IN (${placeholders(runs.length)}) AND p.change_kind IN ('new', 'open')
         GROUP BY a.run_id, p.diagnosis_id`,
        runs.map((r) => r.id),
      );
      const byId = new Map<string, number[]>();
      const column = new Map(runs.map((r, i) => [r.id, i]));
      for (const r of rows) {
        const id = str(r.diagnosis_id);
        const series = byId.get(id) ?? runs.map(() => 0);
        series[column.get(num(r.run_id)) ?? 0] = num(r.accounts);
        byId.set(id, series);
      }
      const diagnoses = [...byId]
        .map(([id, accounts]) => ({ id, accounts, total: accounts.reduce((a, b) => a + b, 0) }))
        .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
        .slice(0, options.top);
      return { runs, diagnoses };
    },

    async setNextRun(at: number | null, now: number = Date.now()): Promise<void> {
      await db.execute(
        'INSERT INTO daemon_state (server, next_run_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (server) DO UPDATE SET next_run_at = excluded.next_run_at, updated_at = excluded.updated_at',
        [server, at, now],
      );
    },

    async nextRun(s?: string): Promise<number | null> {
      const [row] = await db.query('SELECT next_run_at FROM daemon_state WHERE server = ?', [forServer(s)]);
      return row === undefined ? null : numOrNull(row.next_run_at);
    },

    async requestRun(request: { requestedAt: number; requestedBy: string; user?: string }): Promise<number> {
      const [row] = await db.query('INSERT INTO run_requests (server, requested_at, requested_by, account) VALUES (?, ?, ?, ?) RETURNING id', [
        server,
        request.requestedAt,
        request.requestedBy,
        request.user ?? null,
      ]);
      return num(row?.id);
    },

    async takeRunRequests(): Promise<RunRequest[]> {
      return db.transaction(async (tx) => {
        const rows = await tx.query('SELECT * FROM run_requests WHERE server = ? ORDER BY id', [server]);
        if (rows.length > 0) await tx.execute(`DELETE FROM run_requests WHERE id IN (${placeholders(rows.length)})`, rows.map((r) => num(r.id)));
        return rows.map(requestOf);
      });
    },

    async pendingRunRequests(s?: string): Promise<RunRequest[]> {
      return (await db.query('SELECT * FROM run_requests WHERE server = ? ORDER BY id', [forServer(s)])).map(requestOf);
    },

    async enqueueAlerts(entries: readonly OutboxEntry[], at: number): Promise<number> {
      if (entries.length === 0) return 0;
      return db.transaction(async (tx) => {
        const open = await tx.query(`SELECT recipient, item_key FROM alert_outbox WHERE server = ? AND state IN (${OPEN_LIST})`, [server]);
        const have = new Set(open.map((r) => `${str(r.recipient)}\u0000${str(r.item_key)}`));
        let added = 0;
        for (const e of entries) {
          const id = `${e.recipient}\u0000${e.itemKey}`;
          if (have.has(id)) continue;
          have.add(id);
          await tx.execute(
            `INSERT INTO alert_outbox (server, recipient, address, lang, item_key, item, state, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?)`,
            [server, e.recipient, e.address, e.lang, e.itemKey, JSON.stringify(e.item), at],
          );
          added += 1;
        }
        return added;
      });
    },

    async withdrawAlerts(itemKeys: readonly string[], at: number): Promise<string[]> {
      if (itemKeys.length === 0) return [];
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `SELECT id, item_key FROM alert_outbox WHERE server = ? AND state IN (${OPEN_LIST}) AND item_key IN (${placeholders(itemKeys.length)})`,
          [server, ...itemKeys],
        );
        if (rows.length === 0) return [];
        await tx.execute(`UPDATE alert_outbox SET state = 'withdrawn', reason = ?, sent_at = ? WHERE id IN (${placeholders(rows.length)})`, [
          'resolved before it was sent',
          at,
          ...rows.map((r) => num(r.id)),
        ]);
        return [...new Set(rows.map((r) => str(r.item_key)))];
      });
    },

    async outbox(states: readonly OutboxState[] = OPEN_OUTBOX_STATES): Promise<OutboxRow[]> {
      if (states.length === 0) return [];
      const rows = await db.query(`SELECT * FROM alert_outbox WHERE server = ? AND state IN (${placeholders(states.length)}) ORDER BY id`, [server, ...states]);
      return rows.map(outboxRowOf);
    },

    async updateAlerts(ids: readonly number[], u: OutboxUpdate): Promise<void> {
      if (ids.length === 0) return;
      const sets: string[] = ['state = ?'];
      const params: SqlValue[] = [u.state];
      const add = (column: string, value: SqlValue | undefined): void => {
        if (value === undefined) return;
        sets.push(`${column} = ?`);
        params.push(value);
      };
      add('reason', u.reason);
      add('attempts', u.attempts);
      add('next_attempt_at', u.nextAttemptAt);
      add('held_until', u.heldUntil);
      add('sent_at', u.sentAt);
      await db.execute(`UPDATE alert_outbox SET ${sets.join(', ')} WHERE server = ? AND id IN (${placeholders(ids.length)})`, [...params, server, ...ids]);
    },

    async lastAlertAt(key: string): Promise<number | null> {
      const [row] = await db.query('SELECT sent_at FROM alerts_sent WHERE server = ? AND alert_key = ?', [server, key]);
      return row === undefined ? null : num(row.sent_at);
    },

    async recordAlert(key: string, at: number): Promise<void> {
      await db.execute(
        'INSERT INTO alerts_sent (server, alert_key, sent_at) VALUES (?, ?, ?) ON CONFLICT (server, alert_key) DO UPDATE SET sent_at = excluded.sent_at',
        [server, key, at],
      );
    },

    async recordFix(entry: FixLogEntry): Promise<void> {
      await db.execute('INSERT INTO fix_log (id, server, account, applied_at, applied_by, entry, undone_at, undone_by) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)', [
        entry.id,
        server,
        entry.account,
        entry.at,
        entry.by,
        JSON.stringify(entry),
      ]);
    },
    async fixLog(options: { account?: string; limit?: number } = {}): Promise<FixLogEntry[]> {
      const where = options.account === undefined ? 'server = ?' : 'server = ? AND account = ?';
      const params: SqlValue[] = options.account === undefined ? [server] : [server, options.account];
      const rows = await db.query(`SELECT entry, undone_at, undone_by FROM fix_log WHERE ${where} ORDER BY applied_at DESC, id LIMIT ?`, [...params, options.limit ?? 100]);
      return rows.map(fixEntryOf);
    },
    async fixEntry(id: string): Promise<FixLogEntry | null> {
      const rows = await db.query('SELECT entry, undone_at, undone_by FROM fix_log WHERE server = ? AND id = ?', [server, id]);
      return rows[0] === undefined ? null : fixEntryOf(rows[0]);
    },
    async markFixUndone(id: string, by: string, at: number): Promise<boolean> {
      return (await db.execute('UPDATE fix_log SET undone_at = ?, undone_by = ? WHERE server = ? AND id = ? AND undone_at IS NULL', [at, by, server, id])) > 0;
    },
    async prune(before: number): Promise<number> {
      return db.transaction(async (tx) => {
        const deleted = await tx.execute("DELETE FROM runs WHERE server = ? AND started_at < ? AND status <> 'running'", [server, before]);
        await tx.execute('DELETE FROM run_requests WHERE server = ? AND requested_at < ?', [server, before]);
        await tx.execute(`DELETE FROM alert_outbox WHERE server = ? AND created_at < ? AND state NOT IN (${OPEN_LIST})`, [server, before]);
        return deleted;
      });
    },

    close: () => db.close(),
  };
}

function fixEntryOf(r: Row): FixLogEntry {
  const entry = JSON.parse(String(r.entry)) as FixLogEntry;
  return { ...entry, undoneAt: r.undone_at === null || r.undone_at === undefined ? null : Number(r.undone_at), undoneBy: r.undone_by === null || r.undone_by === undefined ? null : String(r.undone_by) };
}

function accountSummaryOf(r: Row): AccountSummary {
  const compact = r.findings === null || r.findings === undefined ? null : decodeCompact(str(r.findings));
  return {
    user: str(r.account),
    runId: num(r.run_id),
    auditedAt: num(r.audited_at),
    error: r.error === null || r.error === undefined ? null : str(r.error),
    counts: countsOf(r),
    generatedAt: compact?.generatedAt ?? null,
    findings: compact?.findings ?? null,
  };
}

interface HeldLock {
  readonly runId: number;
  readonly host: string;
  readonly pid: number;
  readonly acquiredAt: number;
  readonly heartbeatAt: number;
}

/** A holder on this host whose process is gone (`kill -9`): its lock is free. */
function holderDead(lock: HeldLock, owner: BeginRunOptions['owner'], holderAlive: (pid: number) => boolean): boolean {
  return lock.host === owner.host && lock.pid !== owner.pid && !holderAlive(lock.pid);
}

const OPEN_LIST = OPEN_OUTBOX_STATES.map((st) => `'${st}'`).join(', ');

function outboxRowOf(r: Row): OutboxRow {
  return {
    id: num(r.id),
    recipient: str(r.recipient),
    address: str(r.address),
    lang: str(r.lang),
    itemKey: str(r.item_key),
    item: JSON.parse(str(r.item)) as AlertItem,
    state: str(r.state) as OutboxState,
    reason: r.reason === null || r.reason === undefined ? null : str(r.reason),
    attempts: num(r.attempts),
    createdAt: num(r.created_at),
    nextAttemptAt: numOrNull(r.next_attempt_at),
    heldUntil: numOrNull(r.held_until),
    sentAt: numOrNull(r.sent_at),
  };
}

function requestOf(r: Row): RunRequest {
  return { id: num(r.id), requestedAt: num(r.requested_at), requestedBy: str(r.requested_by), user: r.account === null ? null : str(r.account) };
}
