/**
 * `mail-doctor daemon --config FILE`: what the systemd unit runs. Reads the
 * configuration, opens the history store, and audits every account on the
 * schedule until SIGTERM. `--request-run` instead leaves an "audit now"
 * request for the running daemon and exits (what the WHM page does).
 *
 * Exit status: 0 after a clean stop, 1 when the configuration, the store or
 * cPanel's account list makes running impossible.
 */
import { workOnStore } from './store-work';
import { errorLine, lineForTerminal } from './terminal-text';
import os from 'node:os';
import type { Writable } from 'node:stream';
import { alertSettingsOf, createAlerts } from '../alerts/send-alerts';
import { createMailer } from '../alerts/mailer';
import { loadDaemonConfig, type DaemonConfig } from '../jobs/daemon-config';
import { createAccountAuditor } from '../jobs/account-auditor';
import { HEARTBEAT_MS, startDaemon } from '../jobs/daemon';
import { listAccounts } from '../cpanel/whm-accounts';
import type { HistoryStore } from '../store/history-store';
import { processAlive } from '../jobs/process-alive';
import { createDaemonLog } from '../jobs/run-log';
import { requestRun } from '../jobs/request-run';
import { openStore } from '../store/open-store';
import { connectionFromConfig, gatewayFor } from '../audit/connection';
import { parseDuration } from '../util/duration';
import { claimServerName, resolveServerName } from '../jobs/server-identity';

interface DaemonOptions {
  readonly configPath: string;
  /** Leave an "audit now" request (optionally for one account) and exit. */
  readonly requestRun?: boolean;
  readonly user?: string;
  /** Run once now and exit (a manual test of the configuration). */
  readonly once?: boolean;
  /** The name this server's rows are filed under (default: server.hostname, else cPanel's host name). */
  readonly server?: string;
  /** Send nothing: write the digests the outbox would send now (after the run, with --once) to stdout. */
  readonly dryRun?: boolean;
}

interface DaemonIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Where SIGTERM / SIGINT arrive; resolves with the signal's name. */
  readonly stopSignal: Promise<string>;
  /** Ends the process when a run did not stop in time (its cPanel calls would keep it alive); only the entry point may exit. */
  readonly exit: (code: number) => void;
}

const STOP_GRACE_MS = 20_000;

/**
 * Why a `--request-run` would be a request nobody takes: no daemon has shown
 * a sign of life for this server lately, or the account does not exist.
 * Null when the request can be queued.
 */
async function requestRefused(store: HistoryStore, server: string, config: DaemonConfig, user: string | undefined, env: NodeJS.ProcessEnv): Promise<string | null> {
  const state = await store.daemonState();
  const quietFor = Math.max(3 * HEARTBEAT_MS, 3 * config.schedule.requestPollSeconds * 1000);
  if (state === null || state.nextRunAt === null || Date.now() - state.updatedAt > quietFor) {
    return `no daemon is running for ${server} with the history store ${store.location} (systemctl status mail-doctor); nothing was requested`;
  }
  if (user === undefined) return null;
  const gateway = gatewayFor(connectionFromConfig(config.connection), undefined, env);
  try {
    const found = await listAccounts(gateway, { search: user, searchType: 'user', searchMethod: 'exact' });
    return found.some((a) => a.user === user) ? null : `there is no account named ${user} on ${server}; nothing was requested`;
  } finally {
    await gateway.close();
  }
}

export async function runDaemon(options: DaemonOptions, io: DaemonIo): Promise<number> {
  // journald adds its own timestamps; it sets JOURNAL_STREAM for the services it runs. Log lines carry cPanel's
  // and mail's words: the one terminal gate first.
  const journal = createDaemonLog(io, io.env.JOURNAL_STREAM !== undefined && io.env.JOURNAL_STREAM !== '');
  const log = (line: string): void => journal(lineForTerminal(line));
  const loaded = await loadDaemonConfig(options.configPath);
  if (!loaded.ok) {
    io.stderr.write(errorLine(loaded.error));
    return 1;
  }
  const config = loaded.config;
  const server = await resolveServerName({ flag: options.server, configured: config.server?.hostname, connection: connectionFromConfig(config.connection), env: io.env });
  const opened = await openStore(config.history.store, { server });
  if (!opened.ok) {
    io.stderr.write(errorLine(opened.error));
    return 1;
  }
  const store = opened.store;
  const claimed = await claimServerName(store, Date.now(), io.env).catch((e: unknown) => ({ ok: false as const, error: (e as Error).message }));
  if (!claimed.ok) {
    io.stderr.write(`mail-doctor: ${claimed.error}\n`);
    await store.close();
    return 1;
  }

  if (options.requestRun === true) {
    return workOnStore(store, io.stderr, async () => {
      const refused = await requestRefused(store, server, config, options.user, io.env);
      if (refused !== null) {
        io.stderr.write(`mail-doctor: ${refused}\n`);
        return 1;
      }
      const id = await requestRun(store, { requestedBy: `${os.userInfo().username} (command line)`, ...(options.user === undefined ? {} : { user: options.user }) });
      io.stdout.write(`run requested (request ${id}); the daemon of ${server} starts it within ${config.schedule.requestPollSeconds} s\n`);
      return 0;
    });
  }

  const made = await createAccountAuditor({
    connection: connectionFromConfig(config.connection),
    profile: config.provider,
    dnsServers: config.dns.servers,
    dnsTimeoutMs: config.dns.timeoutMs,
    ...(config.dns.authoritativeVia === undefined ? {} : { authoritativeVia: config.dns.authoritativeVia }),
    sinceSeconds: parseDuration(config.schedule.since) ?? 7 * 86400,
    env: io.env,
    clock: Date.now,
  });
  if (!made.ok) {
    io.stderr.write(errorLine(`config ${config.path}: ${made.error}`));
    await store.close();
    return 1;
  }

  const a = config.alerts;
  const dryRun = options.dryRun === true;
  const mailer =
    a.enabled && !dryRun
      ? createMailer(a.transport === 'sendmail' ? { transport: 'sendmail', sendmailPath: a.sendmailPath } : { transport: 'smtp', ...a.smtp })
      : null;
  const alerts = !a.enabled
    ? undefined
    : // A dry run queues as usual but sends nothing: what it queued goes out with the daemon later.
      createAlerts(alertSettingsOf(config, server), { store, mailer, clock: Date.now, log, dryRun });
  const showDryRun = async (): Promise<void> => {
    if (alerts === undefined) {
      io.stdout.write('alerts are off (alerts.enabled): nothing would be sent\n');
      return;
    }
    const result = await alerts.flush({ dryRun: true });
    for (const m of result.wouldSend) io.stdout.write(`--- would send to ${m.to}\nSubject: ${m.digest.subject}\n\n${m.digest.text}\n`);
    if (result.wouldSend.length === 0) io.stdout.write('nothing would be sent now\n');
  };
  if (dryRun && options.once !== true) {
    await showDryRun();
    await store.close();
    return 0;
  }

  const daemon = startDaemon(
    {
      cron: config.schedule.cron,
      spreadMinutes: config.schedule.spreadMinutes,
      concurrency: config.schedule.concurrency,
      retentionDays: config.history.retentionDays,
      requestPollMs: config.schedule.requestPollSeconds * 1000,
      staleAfterMs: (config.schedule.spreadMinutes + 360) * 60_000,
    },
    {
      store,
      auditor: made.auditor,
      log,
      clock: Date.now,
      owner: { host: os.hostname(), pid: process.pid },
      holderAlive: processAlive,
      ...(alerts === undefined
        ? {}
        : { onAccount: (d) => alerts.onAccount(d), onRunEnd: (w) => alerts.onRunEnd(w), ...(dryRun ? {} : { flushAlerts: async () => void (await alerts.flush()) }) }),
    },
  );

  const finish = async (): Promise<void> => {
    mailer?.close();
    await store.close();
  };

  if (options.once === true) {
    const outcome = await daemon.runNow('on-demand');
    await daemon.stop(0);
    if (dryRun) await showDryRun();
    await finish();
    return outcome.kind === 'done' ? 0 : 1;
  }

  log(`started (store ${store.location}, schedule "${config.schedule.cron}", next run ${daemon.nextRun()?.toISOString() ?? 'never'})`);
  const signal = await io.stopSignal;
  log(`${signal} received: stopping`);
  const ended = await daemon.stop(STOP_GRACE_MS);
  if (!ended) log(`the run in progress did not end within ${STOP_GRACE_MS / 1000} s: the accounts in hand are abandoned (nothing half-written is stored)`);
  await finish();
  log('stopped');
  if (!ended) io.exit(0);
  return 0;
}
