/**
 * One run: takes the store's run lock, audits every account (or the ones
 * asked for) with bounded concurrency, each starting at its spread offset,
 * writes each account's result in one transaction as soon as it is done,
 * and closes the run. An account that fails is stored as failed and the run
 * goes on. When `signal` aborts (SIGTERM), accounts not yet started are
 * skipped, the ones in hand finish, and the run is closed as interrupted.
 */
import { createLimiter } from '../util/limiter';
import { countFindings } from '../report/audit-report';
import type { AccountChanges, HistoryStore, RunTrigger } from '../store/history-store';
import type { AccountAuditor, AuditedAccount } from './account-auditor';
import { accountLine, oneLine } from './run-log';
import { spreadSchedule } from './spread';

export interface AccountDone {
  readonly user: string;
  readonly audited: AuditedAccount;
  readonly changes: AccountChanges;
}

interface RunDeps {
  readonly store: HistoryStore;
  readonly auditor: AccountAuditor;
  readonly log: (line: string) => void;
  readonly clock: () => number;
  /** Called after each stored account (alerts are queued); its failure is logged, never fatal. */
  readonly onAccount?: (done: AccountDone) => Promise<void>;
  /** Called once at the end with every account that has new or resolved problems (the admin digest, then the outbox is sent). */
  readonly onRunEnd?: (changed: readonly AccountDone[]) => Promise<void>;
  /** Called after each account's result is stored, failed audits included (the account's own history file). Never fatal. */
  readonly afterSave?: (user: string) => Promise<void>;
}

export interface RunOptions {
  readonly trigger: RunTrigger;
  /** Only these accounts; absent: every account cPanel lists. */
  readonly users?: readonly string[];
  readonly concurrency: number;
  readonly spreadMs: number;
  readonly signal: AbortSignal;
  readonly owner: { readonly host: string; readonly pid: number };
  readonly staleAfterMs: number;
  readonly holderAlive: (pid: number) => boolean;
}

export type RunOutcome =
  | { readonly kind: 'locked'; readonly heldBy: string }
  | { readonly kind: 'failed'; readonly runId: number; readonly error: string }
  | { readonly kind: 'done'; readonly runId: number; readonly status: 'completed' | 'interrupted'; readonly audited: number; readonly failed: number; readonly skipped: number };

/** Waits `ms`, or less when `signal` aborts; says whether the wait ran its course. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (full: boolean): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(full);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort);
  });
}

export function describeError(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

export async function runAudits(deps: RunDeps, options: RunOptions): Promise<RunOutcome> {
  const { store, auditor, log, clock } = deps;
  const startedAt = clock();
  const begun = await store.beginRun({
    trigger: options.trigger,
    startedAt,
    owner: options.owner,
    staleAfterMs: options.staleAfterMs,
    holderAlive: options.holderAlive,
  });
  if (!begun.ok) {
    log(`run not started: another run holds the lock of ${store.location} (${begun.heldBy}, run ${begun.runId})`);
    return { kind: 'locked', heldBy: begun.heldBy };
  }
  const runId = begun.runId;
  if (begun.tookOverFrom !== undefined) log(`run ${begun.tookOverFrom} was left unfinished by a process that is gone; marked interrupted`);

  let users: readonly string[];
  try {
    users = options.users ?? (await auditor.listUsers());
  } catch (error) {
    const why = describeError(error);
    log(`run ${runId} failed: cannot list the accounts: ${why}`);
    await store.finishRun(runId, 'failed', clock());
    return { kind: 'failed', runId, error: why };
  }
  log(`run ${runId} (${options.trigger}): ${users.length} accounts, spread over ${Math.round(options.spreadMs / 60_000)} min, ${options.concurrency} at a time`);

  const limit = createLimiter(options.concurrency);
  let audited = 0;
  let failed = 0;
  let skipped = 0;
  const changed: AccountDone[] = [];

  const one = async (user: string, offsetMs: number): Promise<void> => {
    if (!(await sleep(startedAt + offsetMs - clock(), options.signal))) {
      skipped += 1;
      return;
    }
    await limit(async () => {
      if (options.signal.aborted) {
        skipped += 1;
        return;
      }
      const began = clock();
      let audit: AuditedAccount | undefined;
      let error: string | undefined;
      try {
        audit = await auditor.audit(user);
      } catch (e) {
        error = describeError(e);
      }
      const durationMs = clock() - began;
      try {
        const changes = await store.saveAccount(runId, {
          user,
          auditedAt: clock(),
          durationMs,
          locale: audit?.locale ?? null,
          outcome: audit !== undefined ? { ok: true, report: audit.report } : { ok: false, error: error ?? 'unknown error' },
        });
        if (deps.afterSave !== undefined) await deps.afterSave(user).catch((e: unknown) => log(`account ${user}: ${describeError(e)}`));
        if (audit === undefined) {
          failed += 1;
          log(accountLine(user, durationMs, { error: error ?? 'unknown error' }));
          return;
        }
        audited += 1;
        log(accountLine(user, durationMs, { counts: countFindings(audit.report.findings), changes }));
        const done: AccountDone = { user, audited: audit, changes };
        if (changes.new.length > 0 || changes.resolved.length > 0) changed.push(done);
        if (deps.onAccount !== undefined) await deps.onAccount(done).catch((e: unknown) => log(`account ${user}: alert not queued: ${describeError(e)}`));
      } catch (e) {
        failed += 1;
        log(`account ${user}: result not stored: ${describeError(e)}`);
      }
    });
  };

  await Promise.all(spreadSchedule(users, options.spreadMs).map((s) => one(s.user, s.offsetMs)));
  const status = options.signal.aborted ? 'interrupted' : 'completed';
  if (deps.onRunEnd !== undefined) await deps.onRunEnd(changed).catch((e: unknown) => log(`alerts not sent: ${describeError(e)}`));
  try {
    await store.finishRun(runId, status, clock());
  } catch (e) {
    log(`run ${runId}: could not be closed in the store: ${describeError(e)}`);
  }
  log(`run ${runId} ${status}: ${audited} audited, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}; ${((clock() - startedAt) / 1000).toFixed(1)} s`);
  return { kind: 'done', runId, status, audited, failed, skipped };
}
