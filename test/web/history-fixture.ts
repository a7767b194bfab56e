/**
 * A temp SQLite history store with a few runs, written through the store
 * itself (beginRun / saveAccount / finishRun), for the history page tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sampleReport, type SampleProblem } from '../support/sample-reports';
import type { HistoryStore } from '../../src/store/history-store';
import { openStore } from '../../src/store/open-store';

export const SERVER = 'host.example';
export const DAY = 86_400_000;
/** 2025-11-20 02:30 UTC */
export const T0 = Date.UTC(2025, 10, 20, 2, 30);

export interface RunSpec {
  readonly at: number;
  readonly accounts: Readonly<Record<string, readonly SampleProblem[] | { error: string }>>;
  readonly status?: 'completed' | 'interrupted' | 'failed';
}

export async function tempStore(): Promise<{ store: HistoryStore; file: string; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'md-history-'));
  const file = path.join(dir, 'history.sqlite');
  const opened = await openStore(file, { server: SERVER });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  return {
    store,
    file,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function addRun(store: HistoryStore, spec: RunSpec): Promise<number> {
  const begun = await store.beginRun({ trigger: 'schedule', startedAt: spec.at, owner: { host: 'test', pid: process.pid }, staleAfterMs: 3_600_000, holderAlive: () => true });
  if (!begun.ok) throw new Error('locked');
  let i = 0;
  for (const [user, problems] of Object.entries(spec.accounts)) {
    i += 1;
    const auditedAt = spec.at + i * 1000;
    await store.saveAccount(begun.runId, {
      user,
      auditedAt,
      durationMs: 500,
      locale: null,
      outcome: 'error' in problems ? { ok: false, error: problems.error } : { ok: true, report: sampleReport(user, problems, auditedAt) },
    });
  }
  await store.finishRun(begun.runId, spec.status ?? 'completed', spec.at + 60_000);
  return begun.runId;
}

export const mx = (name: string): SampleProblem => ({ id: 'mx-missing', subject: { kind: 'domain', name }, severity: 'critical' });
export const spf = (name: string): SampleProblem => ({ id: 'spf-invalid', subject: { kind: 'domain', name }, severity: 'warning' });
export const full = (name: string): SampleProblem => ({ id: 'mailbox-over-quota', subject: { kind: 'mailbox', name }, severity: 'warning' });
