/**
 * `mail-doctor daemon --config FILE`: what the systemd unit runs. Reads the
 * configuration, opens the history store, and audits every account on the
 * schedule until SIGTERM. `--request-run` instead leaves an "audit now"
 * request for the running daemon and exits (what the WHM page does).
 *
 * Exit status: 0 after a clean stop, 1 when the configuration, the store or
 * cPanel's account list makes running impossible.
 */
import { errorLine, lineForTerminal } from './terminal-text';
import os from 'node:os';
import type { Writable } from 'node:stream';
import { createAlerts } from '../alerts/send-alerts';
import { createMailer } from '../alerts/mailer';
import { loadDaemonConfig } from '../jobs/daemon-config';
import { createAccountAuditor } from '../jobs/account-auditor';
import { startDaemon } from '../jobs/daemon';
import { processAlive } from '../jobs/process-alive';
import { requestRun } from '../jobs/request-run';
import { openStore } from '../store/open-store';
import { connectionFromConfig, serverHostname } from '../audit/connection';
import { parseDuration } from '../util/duration';

export interface DaemonOptions {
  readonly configPath: string;
  /** Leave an "audit now" request (optionally for one account) and exit. */
  readonly requestRun?: boolean;
  readonly user?: string;
  /** Run once now and exit (a manual test of the configuration). */
  readonly once?: boolean;
}

export interface DaemonIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Where SIGTERM / SIGINT arrive; resolves with the signal's name. */
  readonly stopSignal: Promise<string>;
  /** Ends the process when a run did not stop in time (its cPanel calls would keep it alive); only the entry point may exit. */
  readonly exit: (code: number) => void;
}

const STOP_GRACE_MS = 20_000;

export async function runDaemon(options: DaemonOptions, io: DaemonIo): Promise<number> {
  const log = (line: string): void => {
    io.stdout.write(`${new Date().toISOString()} ${lineForTerminal(line)}\n`);
  };
  const loaded = await loadDaemonConfig(options.configPath);
  if (!loaded.ok) {
    io.stderr.write(errorLine(loaded.error));
    return 1;
  }
  const config = loaded.config;
  const server = config.server?.hostname ?? serverHostname(connectionFromConfig(config.connection));
  const opened = await openStore(config.history.store, { server });
  if (!opened.ok) {
    io.stderr.write(errorLine(opened.error));
    return 1;
  }
  const store = opened.store;

  if (options.requestRun === true) {
    try {
      const id = await requestRun(store, { requestedBy: `${os.userInfo().username} (command line)`, ...(options.user === undefined ? {} : { user: options.user }) });
      io.stdout.write(`run requested (request ${id}); the daemon starts it within ${config.schedule.requestPollSeconds} s\n`);
      return 0;
    } catch (error) {
      io.stderr.write(errorLine((error as Error).message));
      return 1;
    } finally {
      await store.close();
    }
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
  const mailer = a.enabled
    ? createMailer(a.transport === 'sendmail' ? { transport: 'sendmail', sendmailPath: a.sendmailPath } : { transport: 'smtp', ...a.smtp })
    : undefined;
  const alerts =
    mailer === undefined
      ? undefined
      : createAlerts(
          {
            enabled: a.enabled,
            from: a.from,
            adminEmail: a.adminEmail,
            adminLanguage: a.adminLanguage,
            notifyAccountContacts: a.notifyAccountContacts,
            optOut: a.optOut,
            minHoursBetween: a.minHoursBetween,
            providerName: config.provider.name,
          },
          { store, mailer, clock: Date.now, log },
        );

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
      ...(alerts === undefined ? {} : { onAccount: (d) => alerts.onAccount(d), onRunEnd: (w) => alerts.onRunEnd(w) }),
    },
  );

  const finish = async (): Promise<void> => {
    mailer?.close();
    await store.close();
  };

  if (options.once === true) {
    const outcome = await daemon.runNow('on-demand');
    await daemon.stop(0);
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
