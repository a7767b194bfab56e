/**
 * The CGI entry of the cPanel and WHM pages:
 *
 *   node dist/web/cgi.js cpanel   (index.live.cgi: runs as the cPanel user, LiveAPI socket)
 *   node dist/web/cgi.js whm      (WHM index.cgi: runs as root, CLI tools or HTTP)
 *
 * It turns the CGI environment and stdin (RFC 3875) into one request for the
 * express app, injected in-process (light-my-request: no port is opened),
 * and writes the response as CGI output: a `Status:` line, the headers, a
 * blank line, the body.
 *
 * Identity comes from the environment cpsrvd gives the process, never from
 * the request: in cPanel mode the account is REMOTE_USER and every cPanel
 * call goes through this process's own LiveAPI socket, which cPanel runs as
 * that user whatever is asked; in WHM mode REMOTE_USER is the WHM login.
 */
import { mailSetupSource } from './mail-setup-view';
import os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import inject from 'light-my-request';
import { gatewayFor, resolveConnection, serverHostname } from '../audit/connection';
import type { ProviderProfile } from '../config/provider-profile';
import { loadProfile } from '../config/load-profile';
import type { CpanelGateway } from '../cpanel/gateway';
import { createLiveApiGateway } from '../cpanel/live-api-transport';
import type { WireResolver } from '../dns/wire-resolver';
import { dnsSettingsFromEnv, resolverFor } from '../audit/dns-setup';
import { createApp, type AppOptions } from './app';
import { createCachingAuditService } from './audit-service';
import { auditorSettings, createAuditor } from './auditor';
import { createFixPages, fileFixLog, ownFixLogPath, type FixLogPort } from './fix-pages';
import { basePathFromCgi, formatCgiResponse, MAX_CGI_BODY, requestFromCgi, type CgiMode } from './cgi-bridge';
import { historyFromConfig } from './history-source';
import { DEFAULT_SINCE_SECONDS, whmChromeFromFiles, whmSessionOver } from './modes';
import { ownHistoryPath, ownHistoryReader } from './own-history';
import { CsrfTokens } from './security';
import { usePrebuiltPhraseTables } from '../prebuilt/phrase-tables';

async function readBody(stdin: Readable, length: number): Promise<Buffer> {
  if (!Number.isFinite(length) || length <= 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(b);
    total += b.length;
    if (total >= length) break;
  }
  return Buffer.concat(chunks).subarray(0, length);
}

async function resolverFrom(env: NodeJS.ProcessEnv): Promise<WireResolver> {
  const made = await resolverFor(dnsSettingsFromEnv(env));
  if (!made.ok) throw new Error(`MAIL_DOCTOR_DNS_SERVERS: ${made.error}`);
  return made.resolver;
}

/** A gateway shared by every call of this one request; closed when the response is written. */
function shared(gateway: CpanelGateway): CpanelGateway {
  return {
    transport: gateway.transport,
    account: gateway.account,
    canCallWhm: gateway.canCallWhm,
    uapi: (m, f, a) => gateway.uapi(m, f, a),
    api2: (m, f, a) => gateway.api2(m, f, a),
    whm: (f, a) => gateway.whm(f, a),
    close: async () => undefined,
  };
}

export interface CgiIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

function plainError(status: string, text: string): Buffer {
  return Buffer.from(`Status: ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\n\r\n${text}\n`);
}

/** What both modes build their app from: fixed per process from the CGI environment. */
interface CgiSetup {
  readonly env: NodeJS.ProcessEnv;
  readonly user: string;
  readonly token: string;
  readonly csrf: CsrfTokens;
  readonly profile: ProviderProfile;
  readonly resolver: WireResolver;
  readonly via: string | undefined;
  readonly log: (message: string) => void;
  readonly cleanups: Array<() => Promise<void>>;
}

function cpanelOptions(setup: CgiSetup): AppOptions {
  const { env, user, token, via } = setup;
  const live = createLiveApiGateway({ env, account: user });
  setup.cleanups.push(() => live.close());
  const gateway = shared(live);
  const auditorOptions = {
    openGateway: () => gateway,
    resolver: setup.resolver,
    ...(via === undefined ? {} : { authoritativeVia: via }),
    profile: setup.profile,
    serverHostname: env.MAIL_DOCTOR_SERVER_HOSTNAME ?? os.hostname(),
    since: DEFAULT_SINCE_SECONDS,
  };
  const audits = createCachingAuditService(createAuditor(auditorOptions), { concurrency: 1 });
  return {
    mode: 'cpanel',
    audits,
    profile: setup.profile,
    csrf: setup.csrf,
    basePath: basePathFromCgi(env),
    cpanelSession: () => ({ user, securityToken: token, openGateway: () => gateway }),
    // The account's own file in this process user's home (the daemon writes it); never a path from the request.
    ownHistory: ownHistoryReader(ownHistoryPath(env)),
    // Fixes act through the account's own LiveAPI (cPanel enforces the account); the log is the account's own file.
    fixes: createFixPages(auditorSettings(auditorOptions), fileFixLog(ownFixLogPath(env))),
    // The account's own client settings are the only names probed; the request cannot name a host.
    mailSetup: mailSetupSource({ resolver: setup.resolver, profile: setup.profile, loopbackOnly: env.MAIL_DOCTOR_LOOPBACK_ONLY === '1' }),
    log: setup.log,
  };
}

async function whmOptions(setup: CgiSetup): Promise<AppOptions> {
  const { env, user, via } = setup;
  const connection = resolveConnection({ local: env.MAIL_DOCTOR_WHM_URL === undefined || env.MAIL_DOCTOR_WHM_URL === '' }, env);
  if (!connection.ok) throw new Error(connection.error);
  const c = connection.connection;
  if (c.kind === 'cpanel') throw new Error('the WHM page needs WHM credentials or the local tools, not a cPanel token');
  const gatewayUser = c.kind === 'whm' ? c.user : 'root';
  const auditorOptions = {
    openGateway: (account: string) => gatewayFor(c, account, env),
    resolver: setup.resolver,
    ...(via === undefined ? {} : { authoritativeVia: via }),
    profile: setup.profile,
    serverHostname: env.MAIL_DOCTOR_SERVER_HOSTNAME ?? serverHostname(c),
    since: DEFAULT_SINCE_SECONDS,
  };
  const audits = createCachingAuditService(createAuditor(auditorOptions), { concurrency: 3 });
  const session = whmSessionOver({
    user,
    gatewayUser,
    openGateway: () => gatewayFor(c, undefined, env),
    ...(env.MAIL_DOCTOR_RESELLERS_FILE ? { resellersFile: env.MAIL_DOCTOR_RESELLERS_FILE } : {}),
  });
  // Opened read-only for display; writable only for the "audit now" insert.
  const history = await historyFromConfig(env, setup.log);
  setup.cleanups.push(() => history.close());
  return {
    mode: 'whm',
    audits,
    history,
    profile: setup.profile,
    csrf: setup.csrf,
    basePath: basePathFromCgi(env),
    whmSession: () => session,
    // The routes let root and resellers act only on accounts they may see (whm-context.ts); the log is the history store's.
    ...(history.fixLog === undefined ? {} : { whmFixes: () => createFixPages(auditorSettings(auditorOptions), history.fixLog as FixLogPort) }),
    whmChrome: whmChromeFromFiles(env),
    log: setup.log,
  };
}

export async function runCgi(mode: CgiMode, io: CgiIo): Promise<number> {
  // Every page view is a fresh process: the knowledge base's tables come ready-made from the build.
  usePrebuiltPhraseTables();
  const { env } = io;
  const user = env.REMOTE_USER ?? '';
  const log = (m: string): void => {
    io.stderr.write(`${m}\n`);
  };
  if (!/^[A-Za-z0-9][A-Za-z0-9._@-]*$/.test(user)) {
    io.stdout.write(plainError('403 Forbidden', 'No logged-in user.'));
    return 0;
  }
  const cleanups: Array<() => Promise<void>> = [];
  try {
    const token = env.cp_security_token ?? '';
    const setup: CgiSetup = {
      env,
      user,
      token,
      // No session token: nothing to tie a form to, so no form will be accepted.
      csrf: token === '' ? CsrfTokens.random() : CsrfTokens.fromSessionToken(token, `${mode}:${user}`),
      profile: await loadProfile(env.MAIL_DOCTOR_PROFILE),
      resolver: await resolverFrom(env),
      via: dnsSettingsFromEnv(env).authoritativeVia,
      log,
      cleanups,
    };
    const options = mode === 'cpanel' ? cpanelOptions(setup) : await whmOptions(setup);
    const app = createApp(options);
    const length = Number(env.CONTENT_LENGTH ?? '0');
    if (length > MAX_CGI_BODY) {
      io.stdout.write(plainError('413 Payload Too Large', 'Request too large.'));
      return 0;
    }
    const request = requestFromCgi(env, await readBody(io.stdin, length));
    const response = await inject(app, {
      method: request.method as 'GET' | 'POST' | 'HEAD',
      url: request.url,
      headers: request.headers,
      ...(request.body.length > 0 ? { payload: request.body } : {}),
      remoteAddress: env.REMOTE_ADDR ?? '127.0.0.1',
    });
    await new Promise<void>((resolve) => io.stdout.write(formatCgiResponse(response), () => resolve()));
    return 0;
  } catch (error) {
    log(`mail-doctor ${mode}: ${(error as Error).stack ?? String(error)}`);
    io.stdout.write(plainError('500 Internal Server Error', 'Mail Doctor could not make this page.'));
    return 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

if (require.main === module) {
  const mode = process.argv[2];
  if (mode !== 'cpanel' && mode !== 'whm') {
    process.stderr.write('usage: node cgi.js cpanel|whm\n');
    process.exitCode = 2;
  } else {
    void runCgi(mode, { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
      process.exitCode = code;
    });
  }
}
