/**
 * `audit --store`: one run by hand into the history store, under the same
 * run lock as the daemon, one transaction per account as each is done.
 */
import os from 'node:os';
import type { AuditReport } from '../report/audit-report';
import { openStore } from '../store/open-store';
import type { AccountChanges, HistoryStore } from '../store/history-store';
import { processAlive } from './process-alive';
import { claimServerName } from './server-identity';

export interface RunRecorder {
  readonly location: string;
  save(user: string, durationMs: number, outcome: { ok: true; report: AuditReport } | { ok: false; error: string }): Promise<AccountChanges>;
  finish(status: 'completed' | 'interrupted' | 'failed'): Promise<void>;
}

export async function startRecording(
  location: string,
  options: { readonly server: string; readonly clock: () => number },
): Promise<{ ok: true; recorder: RunRecorder } | { ok: false; error: string }> {
  const opened = await openStore(location, { server: options.server });
  if (!opened.ok) return opened;
  const store: HistoryStore = opened.store;
  try {
    const claimed = await claimServerName(store, options.clock());
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
    return {
      ok: true,
      recorder: {
        location: store.location,
        save: (user, durationMs, outcome) => store.saveAccount(runId, { user, auditedAt: options.clock(), durationMs, locale: null, outcome }),
        async finish(status): Promise<void> {
          try {
            await store.finishRun(runId, status, options.clock());
          } finally {
            await store.close();
          }
        },
      },
    };
  } catch (error) {
    await store.close();
    return { ok: false, error: (error as Error).message };
  }
}
