/**
 * The history store port: what the daemon, `audit --store`, `history` and the
 * WHM pages need from wherever past runs are kept. Two adapters implement it:
 * SQLite on the server itself (sqlite-store.ts) and PostgreSQL for providers
 * that collect many servers in one database (postgres-store.ts).
 *
 * Every row belongs to a server (its host name), so one central database can
 * hold many servers; every read is for the store's own server unless a
 * `server` is given.
 */
import type { AuditReport, ReportCounts } from '../report/audit-report';
import type { Localized } from '../kb/types';
import type { FindingStatus, Severity, Subject } from '../diagnose/model';

import type { FixLogEntry } from '../fix/fix-log';

export type RunTrigger = 'schedule' | 'on-demand' | 'cli';
export type RunStatus = 'running' | 'completed' | 'interrupted' | 'failed';

export interface RunSummary {
  readonly id: number;
  readonly server: string;
  readonly trigger: RunTrigger;
  readonly status: RunStatus;
  /** Unix milliseconds. */
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly accountsAudited: number;
  readonly accountsFailed: number;
  /** Sum over the run's accounts. */
  readonly counts: ReportCounts;
}

/** A problem as change detection sees it: keyed by diagnosis id + subject. */
export interface ProblemRef {
  readonly key: string;
  readonly id: string;
  readonly subject: Subject;
  readonly severity: Severity;
  readonly title: Localized<string>;
  /** Unix milliseconds of the first run in an unbroken series that showed it. */
  readonly openSince: number;
  /** The sources it was built from (diagnose/problem-sources.ts); absent in rows stored before they were kept. */
  readonly basis?: readonly string[];
}

export interface AccountChanges {
  /** Problems the previous stored result of this account did not have. */
  readonly new: readonly ProblemRef[];
  /** Problems the previous result had and this one does not (and could check). */
  readonly resolved: readonly ProblemRef[];
  /** Problems that were already there before, with the time they first appeared. */
  readonly stillOpen: readonly ProblemRef[];
}

/** What the caller hands over for one account of a run. */
export interface AccountResultInput {
  readonly user: string;
  /** Unix milliseconds when the audit of this account finished. */
  readonly auditedAt: number;
  readonly durationMs: number;
  /** The report, or why the account could not be audited at all. */
  readonly outcome: { readonly ok: true; readonly report: AuditReport } | { readonly ok: false; readonly error: string };
  readonly locale: string | null;
}

export interface AccountRun {
  readonly runId: number;
  readonly runStartedAt: number;
  readonly user: string;
  readonly auditedAt: number;
  readonly durationMs: number;
  readonly error: string | null;
  readonly counts: ReportCounts;
  readonly changes: AccountChanges;
}

/** One diagnosis in the server-wide trend: how many accounts had it in each run. */
interface DiagnosisTrend {
  readonly id: string;
  /** Accounts with this problem, per run, oldest run first (same order as `runs`). */
  readonly accounts: readonly number[];
  readonly total: number;
}

export interface Trend {
  readonly runs: readonly { readonly id: number; readonly startedAt: number }[];
  readonly diagnoses: readonly DiagnosisTrend[];
}

export interface RunAccountRow {
  readonly user: string;
  readonly auditedAt: number;
  readonly durationMs: number;
  readonly error: string | null;
  readonly counts: ReportCounts;
  readonly newProblems: number;
  readonly resolvedProblems: number;
}

/** One finding of a stored report, as little as the overview needs. */
export interface CompactFinding {
  readonly id: string;
  readonly status: FindingStatus;
  readonly severity: Severity;
  readonly subject: Subject;
  readonly title: Localized<string>;
  /** Kept for problems only (the overview quotes it for some). */
  readonly summary?: Localized<string>;
}

/** An account's latest stored result, without its full report. */
export interface AccountSummary {
  readonly user: string;
  readonly runId: number;
  readonly auditedAt: number;
  readonly error: string | null;
  readonly counts: ReportCounts;
  /** When the stored report was made (its `generatedAt`); null when there is no compact summary. */
  readonly generatedAt: string | null;
  /** The report's findings that are not ok (problems, could not check); null when the account could not be audited or the row predates compact summaries (read `accountReport`). */
  readonly findings: readonly CompactFinding[] | null;
}

export interface RunRequest {
  readonly id: number;
  readonly requestedAt: number;
  readonly requestedBy: string;
  readonly user: string | null;
}

/** Where an alert is in the outbox. `held`: the rate limit keeps it until `heldUntil`; `failed`: retried at `nextAttemptAt`. */
export type OutboxState = 'pending' | 'held' | 'failed' | 'sent' | 'expired' | 'withdrawn';
export const OPEN_OUTBOX_STATES: readonly OutboxState[] = ['pending', 'held', 'failed'];

/** One thing to tell one recipient: self-contained, so a digest can be written from it later (after a restart, merged with what came since). */
export interface AlertItem {
  readonly change: 'new' | 'resolved';
  /** The account it concerns; null for a server-wide or provider-side problem told once. */
  readonly user: string | null;
  /** The accounts it was seen in (provider-side problems). */
  readonly accounts: readonly string[];
  readonly key: string;
  readonly id: string;
  readonly severity: Severity;
  readonly subject: Subject;
  readonly title: Localized<string>;
  readonly summary: Localized<string> | null;
  readonly steps: Localized<readonly string[]> | null;
  readonly record: { readonly type: string; readonly name: string; readonly value: string } | null;
  readonly links: readonly string[];
}

export interface OutboxEntry {
  /** Rate-limit key: `account:USER` or `admin`. */
  readonly recipient: string;
  readonly address: string;
  readonly lang: string;
  /** Unique among the recipient's open entries: a second enqueue of the same key is ignored. */
  readonly itemKey: string;
  readonly item: AlertItem;
}

export interface OutboxRow extends OutboxEntry {
  readonly id: number;
  readonly state: OutboxState;
  readonly reason: string | null;
  readonly attempts: number;
  readonly createdAt: number;
  readonly nextAttemptAt: number | null;
  readonly heldUntil: number | null;
  readonly sentAt: number | null;
}

export interface OutboxUpdate {
  readonly state: OutboxState;
  readonly reason?: string | null;
  readonly attempts?: number;
  readonly nextAttemptAt?: number | null;
  readonly heldUntil?: number | null;
  readonly sentAt?: number | null;
}

/** A server with rows in the store, for `history` and the many-servers view. */
export interface ServerInfo {
  readonly server: string;
  /** The host that owns the name (null for rows written before names were claimed). */
  readonly host: string | null;
  readonly lastRun: RunSummary | null;
}

export type ClaimResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export type BeginRun =
  | { readonly ok: true; readonly runId: number; readonly tookOverFrom?: number }
  | { readonly ok: false; readonly reason: 'locked'; readonly heldBy: string; readonly runId: number; readonly since: number };

export interface BeginRunOptions {
  readonly trigger: RunTrigger;
  readonly startedAt: number;
  /** Who takes the lock: this host and process. */
  readonly owner: { readonly host: string; readonly pid: number };
  /** A lock whose holder has not written for this long is taken over. */
  readonly staleAfterMs: number;
  /** Whether the holder of a lock left on this host is still alive (a `kill -9` leaves its lock). */
  readonly holderAlive: (pid: number) => boolean;
}

export interface HistoryStore {
  /** Where the store is, printable: a file path, or a PostgreSQL URL without its password. */
  readonly location: string;
  /** The server this store writes for (host name). */
  readonly server: string;

  /**
   * Records that this host writes under the store's server name, or refuses
   * when another host (another key) already owns the name: two machines
   * given the same `server.hostname` would otherwise mix their histories.
   */
  claimServer(owner: { readonly hostKey: string; readonly host: string }, at: number): Promise<ClaimResult>;
  /** Every server with runs or a claimed name, by name, with its last run. */
  servers(): Promise<ServerInfo[]>;
  /** Accounts on any server whose name, or a domain or address in their latest findings, contains `text`; latest result each. */
  searchAccounts(text: string, limit: number): Promise<Array<AccountSummary & { readonly server: string }>>;
  /** The names the host with this key owns. */
  serversOf(hostKey: string): Promise<string[]>;

  /** Takes the store-level run lock for this server and opens a run; `locked` when another run holds it. */
  beginRun(options: BeginRunOptions): Promise<BeginRun>;
  /** Writes one account's result and its changes in ONE transaction; returns the changes. */
  saveAccount(runId: number, result: AccountResultInput): Promise<AccountChanges>;
  /** At daemon start: a run left "running" by a process of this host that is gone (SIGKILL) is marked interrupted and its lock freed; returns its id. */
  releaseDeadRun(owner: BeginRunOptions['owner'], holderAlive: (pid: number) => boolean, at: number): Promise<number | null>;
  /** Closes the run and releases the lock. */
  finishRun(runId: number, status: Exclude<RunStatus, 'running'>, finishedAt: number): Promise<void>;

  lastRun(server?: string): Promise<RunSummary | null>;
  listRuns(limit: number, server?: string): Promise<RunSummary[]>;
  runAccounts(runId: number): Promise<RunAccountRow[]>;
  /** The account's runs, newest first, with counts and changes. */
  accountHistory(user: string, options?: { limit?: number; server?: string }): Promise<AccountRun[]>;
  /** The stored report of the account's latest (or a given) run; null when there is none. */
  accountReport(user: string, runId?: number, server?: string): Promise<AuditReport | null>;
  /** Every account's latest stored result for the server, in one query, ordered by user. */
  latestSummaries(server?: string): Promise<AccountSummary[]>;
  /** The most common problems over the last `runs` completed runs. */
  trend(options: { runs: number; top: number; server?: string }): Promise<Trend>;

  /** When the daemon plans its next scheduled run (the page shows it); null while no daemon runs. Also the daemon's sign of life (`updatedAt`). */
  setNextRun(at: number | null, now?: number): Promise<void>;
  /** What the daemon of a server last said: its next run and when it said it; null when no daemon ever ran. */
  daemonState(server?: string): Promise<{ readonly nextRunAt: number | null; readonly updatedAt: number } | null>;
  nextRun(server?: string): Promise<number | null>;

  /** Asks the daemon of this server for a run now (the WHM page calls this). */
  requestRun(request: { requestedAt: number; requestedBy: string; user?: string }): Promise<number>;
  /** The daemon takes the pending requests (removing them). */
  takeRunRequests(): Promise<RunRequest[]>;
  pendingRunRequests(server?: string): Promise<RunRequest[]>;

  /** Queues alerts (skipping item keys already open for the recipient); returns how many were added. */
  enqueueAlerts(entries: readonly OutboxEntry[], at: number): Promise<number>;
  /** Withdraws open alerts with these item keys (the problem was resolved before it was told); returns the item keys withdrawn. */
  withdrawAlerts(itemKeys: readonly string[], at: number): Promise<string[]>;
  /** This server's alerts in the given states (default: the open ones), oldest first. */
  outbox(states?: readonly OutboxState[]): Promise<OutboxRow[]>;
  updateAlerts(ids: readonly number[], update: OutboxUpdate): Promise<void>;

  /** Rate limit for alerts: when a digest was last sent under `key`. */
  lastAlertAt(key: string): Promise<number | null>;
  recordAlert(key: string, at: number): Promise<void>;

  /** Keeps an applied fix in the fix log. */
  recordFix(entry: FixLogEntry): Promise<void>;
  /** This server's fix log, newest first; one account's when `account` is given. */
  fixLog(options?: { account?: string; limit?: number }): Promise<FixLogEntry[]>;
  /** One entry of this server's fix log; null when there is none with that id. */
  fixEntry(id: string): Promise<FixLogEntry | null>;
  /** Marks an entry undone; false when it was undone already (or does not exist). */
  markFixUndone(id: string, by: string, at: number): Promise<boolean>;

  /** Deletes runs (with their results) that started before `before`; returns how many. */
  prune(before: number): Promise<number>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`history store ${location}: ${message}`);
    this.name = 'StoreError';
  }
}

export type OpenedStore = { readonly ok: true; readonly store: HistoryStore } | { readonly ok: false; readonly error: string };
