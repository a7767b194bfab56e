/**
 * History store speed: 2,000 accounts' reports (generated in memory, shaped
 * like real ones) written as one run into SQLite, one transaction per
 * account as the daemon does, then the queries the pages make; and a full
 * daemon-style run (audit + store) of a few hundred emulated accounts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAccountAuditor } from '../jobs/account-auditor';
import { runAudits } from '../jobs/run-audits';
import { startDnsServer } from '../sandbox/dns-server';
import { startEmulator } from '../sandbox/emulator';
import { openStore } from '../store/open-store';
import { loadProfile } from '../config/load-profile';
import { scenariosDirectory } from '../sandbox/start-sandbox';
import { manyAccountsScenario } from './bench-scenarios';
import { typicalReport } from './sample-reports';

const ACCOUNTS = 2000;
const EMULATED = 300;

async function storeWrites(dir: string): Promise<void> {
  const opened = await openStore(path.join(dir, 'bench.sqlite'), { server: 'bench-host' });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  try {
    for (let night = 0; night < 2; night += 1) {
      const at = Date.now() + night * 86_400_000;
      const reports = Array.from({ length: ACCOUNTS }, (_, i) => typicalReport(`user${i}`, i + night, at));
      const run = await store.beginRun({ trigger: 'schedule', startedAt: at, owner: { host: 'bench', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true });
      if (!run.ok) throw new Error('locked');
      const started = process.hrtime.bigint();
      for (const report of reports) {
        await store.saveAccount(run.runId, { user: report.user, auditedAt: at, durationMs: 1000, locale: 'nl', outcome: { ok: true, report } });
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      await store.finishRun(run.runId, 'completed', at + 1000);
      console.log(
        `${`store ${ACCOUNTS} accounts (night ${night + 1}${night === 0 ? ', all new' : ', with changes'})`.padEnd(46)} ` +
          `${(ms / 1000).toFixed(2)} s   ${((ACCOUNTS / ms) * 1000).toFixed(0)} account writes/s`,
      );
    }
    const time = async (label: string, work: () => Promise<unknown>): Promise<void> => {
      const started = process.hrtime.bigint();
      await work();
      console.log(`${label.padEnd(46)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);
    };
    const last = await store.lastRun();
    await time('query: last run with totals', () => store.lastRun());
    await time(`query: accounts of a run (${ACCOUNTS})`, () => store.runAccounts(last?.id ?? 0));
    await time('query: one account history', () => store.accountHistory('user77'));
    await time('query: trend of top 10 diagnoses', () => store.trend({ runs: 30, top: 10 }));
    console.log(`store file: ${(fs.statSync(path.join(dir, 'bench.sqlite')).size / 1048576).toFixed(1)} MiB (+ WAL ${(fs.statSync(path.join(dir, 'bench.sqlite-wal')).size / 1048576).toFixed(1)} MiB)`);
  } finally {
    await store.close();
  }
}

async function fullRun(dir: string): Promise<void> {
  const emulator = await startEmulator({ scenario: manyAccountsScenario(EMULATED) });
  const dns = await startDnsServer({ data: emulator.scenario.dns });
  const opened = await openStore(path.join(dir, 'full.sqlite'), { server: 'bench-host' });
  if (!opened.ok) throw new Error(opened.error);
  try {
    const dnsAddress = `${dns.host}:${dns.port}`;
    const made = await createAccountAuditor({
      connection: { kind: 'whm', baseUrl: emulator.httpUrl, user: 'root', token: emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 30_000 },
      profile: await loadProfile(path.join(scenariosDirectory(), 'demo-profile.yaml')),
      dnsServers: [dnsAddress],
      dnsTimeoutMs: 2000,
      authoritativeVia: dnsAddress,
      sinceSeconds: 7 * 86400,
      env: {},
      clock: Date.now,
    });
    if (!made.ok) throw new Error(made.error);
    const started = Date.now();
    const outcome = await runAudits(
      { store: opened.store, auditor: made.auditor, log: () => undefined, clock: Date.now },
      { trigger: 'cli', concurrency: 4, spreadMs: 0, signal: new AbortController().signal, owner: { host: 'bench', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true },
    );
    const s = (Date.now() - started) / 1000;
    const audited = outcome.kind === 'done' ? outcome.audited : 0;
    console.log(`${`full run, ${EMULATED} emulated accounts, 4 at a time`.padEnd(46)} ${s.toFixed(2)} s   ${(audited / s).toFixed(1)} accounts/s (audit + store; emulator in-process)`);
  } finally {
    await opened.store.close();
    await Promise.all([emulator.close(), dns.close()]);
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-store-bench-'));
  try {
    console.log('history store benchmark (SQLite, WAL, one transaction per account)');
    await storeWrites(dir);
    if (process.env.STORE_BENCH_SKIP_FULL_RUN !== '1') await fullRun(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
