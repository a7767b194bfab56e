/**
 * `audit --store`: one run by hand into the history store, under the same
 * run lock and server name as the daemon, one transaction per account as
 * each is done. When the daemon's configuration (MAIL_DOCTOR_CONFIG, else
 * /etc/mail-doctor/config.yaml) names this same store and has alerts on, the
 * run's new problems are queued in the outbox like the daemon's own, and the
 * daemon sends them on its next poll: a run by hand does not "use up" new
 * problems unmailed.
 */
import os from 'node:os';
import { createAlerts, alertSettingsOf, type AlertHooks } from '../alerts/send-alerts';
import { loadDaemonConfig } from '../jobs/daemon-config';
import type { AuditReport } from '../report/audit-report';
import { openStore } from '../store/open-store';
import type { AccountChanges, HistoryStore } from '../store/history-store';
import { processAlive } from '../jobs/process-alive';
import type { AccountDone } from '../jobs/run-audits';
import { claimServerName } from '../jobs/server-identity';

const DEFAULT_CONFIG = '/etc/mail-doctor/config.yaml';

export interface RecordedRun {
  readonly runId: number;
  readonly server: string;
  readonly location: string;
  readonly accounts: number;
  readonly failed: number;
  readonly newProblems: number;
  readonly resolvedProblems: number;
  /** Whether the new problems were queued for the daemon to mail. */
  readonly alertsQueued: boolean;
}

export interface RunRecorder {
  readonly location: string;
  save(
    user: string,
    durationMs: number,
    outcome: { ok: true; report: AuditReport } | { ok: false; error: string },
    contact?: { readonly contactEmail: string | null; readonly locale: string | null },
  ): Promise<AccountChanges>;
  finish(status: 'completed' | 'interrupted' | 'failed'): Promise<RecordedRun>;
}

/** The daemon's alert hooks when its configuration names this store with alerts on; queued only, never sent from here. */
async function queueingAlerts(location: string, server: string, env: NodeJS.ProcessEnv, store: HistoryStore, clock: () => number): Promise<AlertHooks | undefined> {
  const file = env.MAIL_DOCTOR_CONFIG !== undefined && env.MAIL_DOCTOR_CONFIG !== '' ? env.MAIL_DOCTOR_CONFIG : DEFAULT_CONFIG;
  const loaded = await loadDaemonConfig(file);
  if (!loaded.ok || !loaded.config.alerts.enabled || loaded.config.history.store !== location) return undefined;
  return createAlerts(alertSettingsOf(loaded.config, server), { store, mailer: null, clock, log: () => undefined, dryRun: true });
}

export async function startRecording(
  location: string,
  options: { readonly server: string; readonly clock: () => number; readonly env?: NodeJS.ProcessEnv },
): Promise<{ ok: true; recorder: RunRecorder } | { ok: false; error: string }> {
  const env = options.env ?? process.env;
  const opened = await openStore(location, { server: options.server });
  if (!opened.ok) return opened;
  const store: HistoryStore = opened.store;
  try {
    const claimed = await claimServerName(store, options.clock(), env);
    if (!claimed.ok) {
      await store.close();
      return claimed;
    }
    const begun = await store.beginRun({
      trigger: 'cli',
      startedAt: options.clock(),
      owner: { host: os.hostname(), pid: process.pid },
      staleAfterMs: 6 * 3_600_000,
      holderAlive: processAlive,
    });
    if (!begun.ok) {
      await store.close();
      return {
        ok: false,
        error: `history store ${store.location}: another run is going (${begun.heldBy}, started ${new Date(begun.since).toISOString()}); try again when it has ended`,
      };
    }
    const runId = begun.runId;
    const alerts = await queueingAlerts(location, options.server, env, store, options.clock);
    const changed: AccountDone[] = [];
    let accounts = 0;
    let failed = 0;
    let newProblems = 0;
    let resolvedProblems = 0;
    return {
      ok: true,
      recorder: {
        location: store.location,
        async save(user, durationMs, outcome, contact) {
          const changes = await store.saveAccount(runId, { user, auditedAt: options.clock(), durationMs, locale: contact?.locale ?? null, outcome });
          accounts += 1;
          if (!outcome.ok) failed += 1;
          newProblems += changes.new.length;
          resolvedProblems += changes.resolved.length;
          if (outcome.ok && alerts !== undefined) {
            const done: AccountDone = { user, audited: { report: outcome.report, contactEmail: contact?.contactEmail ?? null, locale: contact?.locale ?? null }, changes };
            if (changes.new.length > 0 || changes.resolved.length > 0) changed.push(done);
            await alerts.onAccount(done);
          }
          return changes;
        },
        async finish(status): Promise<RecordedRun> {
          try {
            if (alerts !== undefined) await alerts.onRunEnd(changed);
            await store.finishRun(runId, status, options.clock());
          } finally {
            await store.close();
          }
          return { runId, server: options.server, location: store.location, accounts, failed, newProblems, resolvedProblems, alertsQueued: alerts !== undefined };
        },
      },
    };
  } catch (error) {
    await store.close();
    return { ok: false, error: (error as Error).message };
  }
}
