/**
 * WHM overview speed with history: 2,000 accounts' reports (generated, shaped
 * like real ones) stored as two nightly runs in a temp SQLite store, as the
 * daemon writes them; then the WHM overview rendered for root over those
 * 2,000 accounts with every row's report, the last/next run and the trend read
 * from the store (no live audit) — through the express app in-process, as the
 * CGI does. Target: under 300 ms per page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import inject from 'light-my-request';
import { DEFAULT_PROFILE } from '../config/provider-profile';
import type { WhmAccount } from '../cpanel/whm-accounts';
import { openStore } from '../store/open-store';
import { createApp } from '../web/app';
import { CsrfTokens } from '../web/security';
import { sampleWhmAccount, typicalReport } from './sample-reports';

const ACCOUNTS = 2000;
const RENDERS = 7;
const TARGET_MS = 300;

function account(user: string, i: number): WhmAccount {
  return sampleWhmAccount(user, { owner: i % 7 === 0 ? 'hoster' : 'root' });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-whm-bench-'));
  const opened = await openStore(path.join(dir, 'bench.sqlite'), { server: 'bench-host' });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  try {
    const users = Array.from({ length: ACCOUNTS }, (_, i) => `user${i}`);
    const fillStarted = process.hrtime.bigint();
    for (let night = 0; night < 2; night += 1) {
      const at = Date.now() - (2 - night) * 86_400_000;
      const run = await store.beginRun({ trigger: 'schedule', startedAt: at, owner: { host: 'bench', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true });
      if (!run.ok) throw new Error('locked');
      for (const [i, user] of users.entries()) {
        await store.saveAccount(run.runId, { user, auditedAt: at + i, durationMs: 1000, locale: null, outcome: { ok: true, report: typicalReport(user, i + night, at) } });
      }
      await store.finishRun(run.runId, 'completed', at + 60_000);
    }
    await store.setNextRun(Date.now() + 86_400_000);
    const fillMs = Number(process.hrtime.bigint() - fillStarted) / 1e6;

    const accounts = users.map(account);
    const app = createApp({
      mode: 'whm',
      audits: { report: (u) => Promise.reject(new Error(`the bench reads ${u} from the store, never a live audit`)) },
      profile: DEFAULT_PROFILE,
      csrf: CsrfTokens.random(),
      whmSession: () => ({ user: 'root', privileges: () => Promise.resolve({ all: true, acls: { all: true } }), listAccounts: () => Promise.resolve(accounts) }),
      history: store,
      log: (m) => {
        throw new Error(m);
      },
    });
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RENDERS + 1; i += 1) {
      const started = process.hrtime.bigint();
      const response = await inject(app, { method: 'GET', url: '/whm/?lang=en' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (response.statusCode !== 200) throw new Error(`overview answered ${response.statusCode}`);
      const rows = (response.body.match(/<tr class="md-row-/g) ?? []).length;
      if (rows !== ACCOUNTS) throw new Error(`overview shows ${rows} rows, not ${ACCOUNTS}`);
      if (!response.body.includes('<svg')) throw new Error('overview has no trend chart');
      bytes = response.body.length;
      if (i > 0) times.push(ms); // the first render compiles the templates
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`${'store 2 runs of 2000 accounts (setup)'.padEnd(46)} ${(fillMs / 1000).toFixed(1)} s`);
    console.log(
      `${`WHM overview, ${ACCOUNTS} accounts from the store`.padEnd(46)} median ${median.toFixed(0)} ms, ` +
        `min ${times[0]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms over ${RENDERS} renders; ` +
        `${(bytes / 1024).toFixed(0)} KiB; target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
