/**
 * `mail-doctor serve --port N` with the connection flags of `audit`: the WHM
 * pages on 127.0.0.1 — the overview at /whm, one account at
 * /whm/accounts/USER — for the WHM user of the token (root with --local).
 * Runs until stopped (SIGINT / SIGTERM).
 */
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import type { ProviderProfile } from '../config/provider-profile';
import type { WireResolver } from '../dns/wire-resolver';
import { resolverFor } from '../audit/dns-setup';
import { createApp } from '../web/app';
import { createCachingAuditService } from '../web/audit-service';
import { createAuditor } from '../web/auditor';
import express from 'express';
import { loadAssets } from '../web/assets';
import { listen } from '../web/listen';
import { newAccessToken } from '../web/access-guard';
import { readOrCreateSecretFile } from '../config/secret-file';
import { serversRouter } from '../web/servers-view';
import { whmSessionOver } from '../web/modes';
import { CsrfTokens } from '../web/security';
import { openStore } from '../store/open-store';
import type { HistoryStore } from '../store/history-store';
import { UsageError } from './usage-error';
import { gatewayFor, serverHostname, type Connection } from '../audit/connection';
import { untilStopSignal } from './stop-signal';
import { resolveServerName } from '../jobs/server-identity';

interface ServeOptions {
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
  /** Where the sign-in secret is kept (created 0600 with a fresh secret when missing); without it a fresh one per start. */
  readonly tokenFile?: string;
  /** Host names besides 127.0.0.1 / localhost the pages answer for (e.g. an SSH tunnel's). */
  readonly hostNames?: readonly string[];
  /** The server whose history to show (default as the daemon: cPanel's host name). */
  readonly server?: string;
}

export interface RunningPages {
  readonly url: string;
  /** `http://127.0.0.1:PORT/?token=SECRET`: opens the pages and leaves the session cookie. */
  readonly signInUrl: string;
  readonly token: string;
  close(): Promise<void>;
}

async function makeResolver(options: ServeOptions): Promise<WireResolver> {
  const made = await resolverFor({ servers: options.dnsServers, timeoutMs: options.dnsTimeoutMs });
  if (!made.ok) throw new UsageError(made.error);
  return made.resolver;
}

/** The secret visitors must show: from --token-file (made there when missing), else a fresh one. */
async function accessToken(file: string | undefined): Promise<string> {
  if (file === undefined) return newAccessToken();
  const read = await readOrCreateSecretFile(file, '--token-file', newAccessToken);
  if (!read.ok) throw new UsageError(read.error);
  if (read.secret.length < 16) throw new UsageError(`--token-file ${file} holds a secret shorter than 16 characters`);
  return read.secret;
}

/** Starts the pages; the caller decides when to stop them (tests, or a signal in runServe). */
export async function startPages(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<RunningPages> {
  const c = options.connection;
  if (c.kind === 'cpanel') throw new UsageError('serve shows the WHM pages: give --whm-url and --whm-token, or --local');
  const token = await accessToken(options.tokenFile);
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
  // With a store: every server in it at /servers (servers-view.ts), beside the WHM pages; both behind the sign-in.
  const outer = express();
  outer.disable('x-powered-by');
  if (history !== undefined) outer.use('/servers', serversRouter({ store: history, assets: loadAssets(), whmUser: user }));
  outer.use(app);
  const server = await listen(outer, options.port, '127.0.0.1', { token, ...(options.hostNames === undefined ? {} : { hostNames: options.hostNames }) });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/whm`,
    signInUrl: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    token,
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await history?.close();
    },
  };
}

export async function runServe(options: ServeOptions, stdout: Writable, signals: NodeJS.EventEmitter = process): Promise<number> {
  const pages = await startPages(options);
  stdout.write(`Mail Doctor pages: ${pages.signInUrl}   (loopback only; the address signs you in; Ctrl+C stops)\n`);
  await untilStopSignal(signals);
  await pages.close();
  return 0;
}
