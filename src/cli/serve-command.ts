/**
 * `mail-doctor serve --port N` with the connection flags of `audit`: the WHM
 * pages on 127.0.0.1 — the overview at /whm, one account at
 * /whm/accounts/USER — for the WHM user of the token (root with --local).
 * Runs until stopped (SIGINT / SIGTERM).
 */
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import type { ProviderProfile } from '../config/provider-profile';
import { systemWireResolver, wireResolverFor, type WireResolver } from '../dns/wire-resolver';
import { createApp } from '../web/app';
import { createCachingAuditService } from '../web/audit-service';
import { createAuditor } from '../web/auditor';
import express from 'express';
import { loadAssets } from '../web/assets';
import { listen } from '../web/listen';
import { serversRouter } from '../web/servers-view';
import { whmSessionOver } from '../web/modes';
import { CsrfTokens } from '../web/security';
import { openStore } from '../store/open-store';
import type { HistoryStore } from '../store/history-store';
import { UsageError } from './audit-command';
import { gatewayFor, serverHostname, type Connection } from './connection';
import { untilStopSignal } from './stop-signal';
import { resolveServerName } from '../jobs/server-identity';

export interface ServeOptions {
  readonly port: number;
  readonly connection: Connection;
  readonly dnsServers: readonly string[];
  readonly authoritativeVia?: string;
  readonly dnsTimeoutMs: number;
  readonly profile: ProviderProfile;
  /** Seconds of delivery records per report. */
  readonly since: number;
  readonly concurrency: number;
  /** The daemon's history store (SQLite file or postgres:// URL): runs, trend, "audit now". */
  readonly store?: string;
  /** The server whose history to show (default as the daemon: cPanel's host name). */
  readonly server?: string;
}

export interface RunningPages {
  readonly url: string;
  close(): Promise<void>;
}

async function makeResolver(options: ServeOptions): Promise<WireResolver> {
  if (options.dnsServers.length === 0) return systemWireResolver({ timeoutMs: options.dnsTimeoutMs });
  const made = wireResolverFor(options.dnsServers, { timeoutMs: options.dnsTimeoutMs });
  if (!made.ok) throw new UsageError(made.error);
  return made.resolver;
}

/** Starts the pages; the caller decides when to stop them (tests, or a signal in runServe). */
export async function startPages(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<RunningPages> {
  const c = options.connection;
  if (c.kind === 'cpanel') throw new UsageError('serve shows the WHM pages: give --whm-url and --whm-token, or --local');
  const resolver = await makeResolver(options);
  const audits = createCachingAuditService(
    createAuditor({
      openGateway: (account) => gatewayFor(c, account, env),
      resolver,
      ...(options.authoritativeVia === undefined ? {} : { authoritativeVia: options.authoritativeVia }),
      profile: options.profile,
      serverHostname: serverHostname(c),
      since: options.since,
    }),
    { concurrency: options.concurrency },
  );
  const user = c.kind === 'whm' ? c.user : 'root';
  const session = whmSessionOver({ user, gatewayUser: user, openGateway: () => gatewayFor(c, undefined, env) });
  let history: HistoryStore | undefined;
  if (options.store !== undefined) {
    const opened = await openStore(options.store, { server: await resolveServerName({ flag: options.server, connection: c, env }) });
    if (!opened.ok) throw new UsageError(`--store: ${opened.error}`);
    history = opened.store;
  }
  const app = createApp({
    mode: 'serve',
    audits,
    profile: options.profile,
    csrf: CsrfTokens.random(),
    whmSession: () => session,
    ...(history === undefined ? {} : { history }),
  });
  // With a store: every server in it at /servers (servers-view.ts), beside the WHM pages.
  const outer = express();
  outer.disable('x-powered-by');
  if (history !== undefined) outer.use('/servers', serversRouter({ store: history, assets: loadAssets(), whmUser: user }));
  outer.use(app);
  const server = await listen(outer, options.port);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/whm`,
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await history?.close();
    },
  };
}

export async function runServe(options: ServeOptions, stdout: Writable, signals: NodeJS.EventEmitter = process): Promise<number> {
  const pages = await startPages(options);
  stdout.write(`Mail Doctor pages: ${pages.url}   (loopback only; Ctrl+C stops)\n`);
  await untilStopSignal(signals);
  await pages.close();
  return 0;
}
