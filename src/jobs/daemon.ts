/**
 * The daemon: runs the audit on the configured cron schedule, and on demand
 * when the WHM page leaves a request in the store (see request-run.ts).
 * Never two runs at once: an in-process flag here, and the store's run lock
 * against a second daemon or `audit --all --store`. After each run, old runs
 * are pruned and the next scheduled time is written for the pages.
 */
import { createTask, type ScheduledTask } from 'node-cron';
import type { HistoryStore, RunTrigger } from '../store/history-store';
import type { AccountAuditor } from './account-auditor';
import { createHistoryExporter } from './history-export';
import { describeError, runAudits, type AccountDone, type RunOutcome } from './run-audits';

export interface DaemonSettings {
  readonly cron: string;
  readonly spreadMinutes: number;
  readonly concurrency: number;
  readonly retentionDays: number;
  readonly requestPollMs: number;
  /** A run lock not refreshed for this long is taken over (its holder is presumed dead). */
  readonly staleAfterMs: number;
  readonly timezone?: string;
}

interface DaemonDeps {
  readonly store: HistoryStore;
  readonly auditor: AccountAuditor;
  readonly log: (line: string) => void;
  readonly clock: () => number;
  readonly owner: { readonly host: string; readonly pid: number };
  readonly holderAlive: (pid: number) => boolean;
  readonly onAccount?: (done: AccountDone) => Promise<void>;
  readonly onRunEnd?: (changed: readonly AccountDone[]) => Promise<void>;
  /** Sends what the alert outbox holds (retries, held digests); called on the poll timer when no run is going. */
  readonly flushAlerts?: () => Promise<void>;
  /**
   * After each stored account: its own history for its cPanel page
   * (history-export.ts). Default: ~USER/.mail-doctor/history.json for the
   * accounts /etc/passwd knows; `false` turns it off.
   */
  readonly exportHistory?: ((user: string) => Promise<void>) | false;
}

type RunNowResult = RunOutcome | { readonly kind: 'busy' } | { readonly kind: 'stopping' };

export interface RunningDaemon {
  /** Starts a run unless one is going; resolves when it ends. */
  runNow(trigger: RunTrigger, users?: readonly string[]): Promise<RunNowResult>;
  /** Looks for "audit now" requests once (the poll timer does this on its own). */
  checkRequests(): Promise<void>;
  /** Sends the alert outbox once unless a run is going (the poll timer does this on its own). */
  flushAlerts(): Promise<void>;
  nextRun(): Date | null;
  /** Stops the schedule, asks the run in progress to stop, and waits up to `graceMs` for it. Says whether it ended in time. */
  stop(graceMs: number): Promise<boolean>;
}

const DAY = 86_400_000;
export const HEARTBEAT_MS = 60_000;

export function startDaemon(settings: DaemonSettings, deps: DaemonDeps): RunningDaemon {
  const { store, log, clock } = deps;
  const abort = new AbortController();
  let current: Promise<RunNowResult> | null = null;
  let stopping = false;
  const exportHistory = deps.exportHistory === false ? undefined : (deps.exportHistory ?? createHistoryExporter({ store, log, clock }));

  // The poll touches the store every few seconds: while it is unreachable (a
  // PostgreSQL restart) that is said once when it starts and once when it ends.
  let storeDown: string | null = null;
  const storeFailed = (what: string, e: unknown): void => {
    if (storeDown === null) log(`history store unreachable (${what}): ${describeError(e)}; retrying on every poll`);
    storeDown = describeError(e);
  };
  const storeBack = (): void => {
    if (storeDown !== null) log('history store reachable again');
    storeDown = null;
  };

  let lastBeat = 0;
  const recordNextRun = async (): Promise<void> => {
    if (stopping) return;
    const next = task.getNextRun();
    lastBeat = clock();
    try {
      await store.setNextRun(next === null ? null : next.getTime(), lastBeat);
      storeBack();
    } catch (e) {
      storeFailed('next run not recorded', e);
    }
  };
  /** The daemon's sign of life for `--request-run` and the pages: the next run, rewritten at least once a minute. */
  const heartbeat = async (): Promise<void> => {
    if (clock() - lastBeat >= HEARTBEAT_MS) await recordNextRun();
  };

  const afterRun = async (): Promise<void> => {
    try {
      const pruned = await store.prune(clock() - settings.retentionDays * DAY);
      if (pruned > 0) log(`deleted ${pruned} run${pruned === 1 ? '' : 's'} older than ${settings.retentionDays} days`);
    } catch (e) {
      log(`old runs not deleted: ${describeError(e)}`);
    }
    await recordNextRun();
  };

  function runNow(trigger: RunTrigger, users?: readonly string[]): Promise<RunNowResult> {
    if (stopping) return Promise.resolve({ kind: 'stopping' });
    if (current !== null) {
      log(`${trigger} run not started: a run is already going`);
      return Promise.resolve({ kind: 'busy' });
    }
    const run = (async (): Promise<RunNowResult> => {
      try {
        return await runAudits(
          {
            store,
            auditor: deps.auditor,
            log,
            clock,
            ...(deps.onAccount === undefined ? {} : { onAccount: deps.onAccount }),
            ...(deps.onRunEnd === undefined ? {} : { onRunEnd: deps.onRunEnd }),
            ...(exportHistory === undefined ? {} : { afterSave: exportHistory }),
          },
          {
            trigger,
            ...(users === undefined ? {} : { users }),
            concurrency: settings.concurrency,
            // Spreading is for the nightly run; a person who asked for a run is waiting for it.
            spreadMs: trigger === 'schedule' ? settings.spreadMinutes * 60_000 : 0,
            signal: abort.signal,
            owner: deps.owner,
            staleAfterMs: settings.staleAfterMs,
            holderAlive: deps.holderAlive,
          },
        );
      } catch (e) {
        log(`${trigger} run failed: ${describeError(e)}`);
        return { kind: 'failed', runId: 0, error: describeError(e) };
      } finally {
        await afterRun();
      }
    })();
    current = run.finally(() => {
      current = null;
    });
    return current;
  }

  const task: ScheduledTask = createTask(
    settings.cron,
    () => {
      void runNow('schedule');
    },
    { ...(settings.timezone === undefined ? {} : { timezone: settings.timezone }), name: 'mail-doctor-audit' },
  );

  let flushing = false;
  async function flushAlerts(): Promise<void> {
    if (deps.flushAlerts === undefined || flushing || current !== null || stopping) return;
    flushing = true;
    try {
      await deps.flushAlerts();
    } catch (e) {
      storeFailed('alerts not sent', e);
    } finally {
      flushing = false;
    }
  }

  async function checkRequests(): Promise<void> {
    if (current !== null || stopping) return;
    let requests;
    try {
      requests = await store.takeRunRequests();
      storeBack();
    } catch (e) {
      storeFailed('run requests not read', e);
      return;
    }
    if (requests.length === 0) return;
    // One run answers every request waiting; all accounts unless each request named one.
    const named = requests.every((r) => r.user !== null) ? [...new Set(requests.map((r) => r.user as string))].sort() : undefined;
    log(`run requested by ${[...new Set(requests.map((r) => r.requestedBy))].join(', ')}${named === undefined ? '' : ` for ${named.join(', ')}`}`);
    void runNow('on-demand', named);
  }

  void task.start();
  const poll = setInterval(() => void checkRequests().then(flushAlerts).then(heartbeat), settings.requestPollMs);
  // A run a killed daemon of this host left "running" is closed as interrupted now, not at the next run.
  void store
    .releaseDeadRun(deps.owner, deps.holderAlive, clock())
    .then((id) => {
      if (id !== null) log(`run ${id} was left unfinished by a process that is gone; marked interrupted`);
    })
    .catch((e: unknown) => log(`unfinished runs not checked: ${describeError(e)}`));
  void recordNextRun();

  return {
    runNow,
    checkRequests,
    flushAlerts,
    nextRun: () => task.getNextRun(),
    async stop(graceMs: number): Promise<boolean> {
      stopping = true;
      clearInterval(poll);
      await task.destroy();
      abort.abort();
      const noNextRun = (): Promise<void> => store.setNextRun(null).catch((e: unknown) => log(`next run not cleared: ${describeError(e)}`));
      if (current === null) {
        await noNextRun();
        return true;
      }
      let timer: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        current.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      await noNextRun();
      return ended;
    },
  };
}
