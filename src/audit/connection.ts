/**
 * How Mail Doctor reaches cPanel, for every way in: the command line (flags
 * first, then MAIL_DOCTOR_* environment variables), the daemon's
 * configuration file and the WHM CGI environment. Tokens may come from the
 * environment so that they stay out of shell history and process lists.
 */
import os from 'node:os';
import { createCliGateway } from '../cpanel/cli-transport';
import type { CpanelGateway } from '../cpanel/gateway';
import { createHttpGateway } from '../cpanel/http-transport';
import { pickToken } from '../config/secret-file';

export interface ConnectionFlags {
  readonly whmUrl?: string;
  readonly whmUser?: string;
  readonly whmToken?: string;
  readonly whmTokenFile?: string;
  readonly cpanelUrl?: string;
  readonly cpanelUser?: string;
  readonly cpanelToken?: string;
  readonly cpanelTokenFile?: string;
  readonly local?: boolean;
  readonly insecure?: boolean;
  readonly uapiPath?: string;
  readonly cpapi2Path?: string;
  readonly whmapi1Path?: string;
  readonly timeout?: string;
  readonly maxResponseMb?: string;
}

export type Connection =
  | { readonly kind: 'whm'; readonly baseUrl: string; readonly user: string; readonly token: string; readonly insecure: boolean; readonly timeoutMs: number; readonly maxResponseBytes?: number }
  | { readonly kind: 'cpanel'; readonly baseUrl: string; readonly user: string; readonly token: string; readonly insecure: boolean; readonly timeoutMs: number; readonly maxResponseBytes?: number }
  | { readonly kind: 'local'; readonly binaries: { uapi?: string; cpapi2?: string; whmapi1?: string }; readonly timeoutMs: number };

type ConnectionResult = { readonly ok: true; readonly connection: Connection } | { readonly ok: false; readonly error: string };

function validUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** --X-token, --X-token-file, MAIL_DOCTOR_X_TOKEN, MAIL_DOCTOR_X_TOKEN_FILE (config/secret-file.ts). */
function tokenOf(flag: string | undefined, file: string | undefined, kind: 'WHM' | 'CPANEL', env: NodeJS.ProcessEnv) {
  const name = `MAIL_DOCTOR_${kind}_TOKEN`;
  return pickToken({ flag, env: env[name] }, { flag: file, env: env[`${name}_FILE`] }, `the ${kind === 'WHM' ? 'WHM' : 'cPanel'} token file`);
}

export function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv): ConnectionResult {
  const pick = (flag: string | undefined, name: string): string | undefined => {
    const value = flag ?? env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const timeoutMs = flags.timeout === undefined ? 30_000 : Number(flags.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return { ok: false, error: '--timeout takes a number of seconds' };
  const insecure = flags.insecure === true || env.MAIL_DOCTOR_INSECURE === '1';
  const maxMb = flags.maxResponseMb === undefined ? undefined : Number(flags.maxResponseMb);
  if (maxMb !== undefined && !(Number.isFinite(maxMb) && maxMb > 0)) return { ok: false, error: '--max-response-mb takes a number of megabytes' };
  const size = maxMb === undefined ? {} : { maxResponseBytes: Math.round(maxMb * 1024 * 1024) };
  const whmUrl = pick(flags.whmUrl, 'MAIL_DOCTOR_WHM_URL');
  const cpanelUrl = pick(flags.cpanelUrl, 'MAIL_DOCTOR_CPANEL_URL');
  const local = flags.local === true || env.MAIL_DOCTOR_LOCAL === '1';
  const chosen = [whmUrl, cpanelUrl, local ? 'local' : undefined].filter((x) => x !== undefined);
  if (chosen.length === 0) {
    return { ok: false, error: 'say how to reach cPanel: --whm-url and --whm-token, --cpanel-url with --cpanel-user and --cpanel-token, or --local' };
  }
  if (chosen.length > 1) return { ok: false, error: 'give only one of --whm-url, --cpanel-url and --local' };
  if (whmUrl !== undefined) {
    const token = tokenOf(flags.whmToken, flags.whmTokenFile, 'WHM', env);
    if (!validUrl(whmUrl)) return { ok: false, error: `--whm-url is not an http:// or https:// URL: ${whmUrl}` };
    if (token !== undefined && !token.ok) return { ok: false, error: token.error };
    if (token === undefined) return { ok: false, error: '--whm-url needs --whm-token-file FILE or --whm-token (or MAIL_DOCTOR_WHM_TOKEN_FILE / MAIL_DOCTOR_WHM_TOKEN)' };
    return { ok: true, connection: { kind: 'whm', baseUrl: whmUrl, user: pick(flags.whmUser, 'MAIL_DOCTOR_WHM_USER') ?? 'root', token: token.secret, insecure, timeoutMs, ...size } };
  }
  if (cpanelUrl !== undefined) {
    const user = pick(flags.cpanelUser, 'MAIL_DOCTOR_CPANEL_USER');
    const token = tokenOf(flags.cpanelToken, flags.cpanelTokenFile, 'CPANEL', env);
    if (!validUrl(cpanelUrl)) return { ok: false, error: `--cpanel-url is not an http:// or https:// URL: ${cpanelUrl}` };
    if (token !== undefined && !token.ok) return { ok: false, error: token.error };
    if (user === undefined || token === undefined) {
      return { ok: false, error: '--cpanel-url needs --cpanel-user and --cpanel-token-file FILE or --cpanel-token (or MAIL_DOCTOR_CPANEL_USER / MAIL_DOCTOR_CPANEL_TOKEN_FILE / MAIL_DOCTOR_CPANEL_TOKEN)' };
    }
    return { ok: true, connection: { kind: 'cpanel', baseUrl: cpanelUrl, user, token: token.secret, insecure, timeoutMs, ...size } };
  }
  const binaries: { uapi?: string; cpapi2?: string; whmapi1?: string } = {};
  const uapi = pick(flags.uapiPath, 'MAIL_DOCTOR_UAPI');
  const cpapi2 = pick(flags.cpapi2Path, 'MAIL_DOCTOR_CPAPI2');
  const whmapi1 = pick(flags.whmapi1Path, 'MAIL_DOCTOR_WHMAPI1');
  if (uapi !== undefined) binaries.uapi = uapi;
  if (cpapi2 !== undefined) binaries.cpapi2 = cpapi2;
  if (whmapi1 !== undefined) binaries.whmapi1 = whmapi1;
  return { ok: true, connection: { kind: 'local', binaries, timeoutMs } };
}

/** The daemon's configuration file: a WHM URL and token when given, else cPanel's own command-line tools as root. */
interface ConfiguredConnection {
  readonly whmUrl?: string | undefined;
  readonly whmUser: string;
  readonly whmToken?: string | undefined;
  readonly insecure: boolean;
  readonly timeoutSeconds: number;
}

export function connectionFromConfig(c: ConfiguredConnection): Connection {
  const timeoutMs = c.timeoutSeconds * 1000;
  if (c.whmUrl !== undefined && c.whmToken !== undefined) {
    return { kind: 'whm', baseUrl: c.whmUrl, user: c.whmUser, token: c.whmToken, insecure: c.insecure, timeoutMs };
  }
  return { kind: 'local', binaries: {}, timeoutMs };
}

/** A gateway for the connection; bound to `account` where the connection can act for several accounts. */
export function gatewayFor(connection: Connection, account?: string, env: NodeJS.ProcessEnv = process.env): CpanelGateway {
  switch (connection.kind) {
    case 'whm':
      return createHttpGateway({
        baseUrl: connection.baseUrl,
        auth: { kind: 'whm', user: connection.user, token: connection.token },
        ...(account === undefined ? {} : { account }),
        insecure: connection.insecure,
        timeoutMs: connection.timeoutMs,
        ...(connection.maxResponseBytes === undefined ? {} : { maxResponseBytes: connection.maxResponseBytes }),
      });
    case 'cpanel':
      return createHttpGateway({
        baseUrl: connection.baseUrl,
        auth: { kind: 'cpanel', user: connection.user, token: connection.token },
        insecure: connection.insecure,
        timeoutMs: connection.timeoutMs,
        ...(connection.maxResponseBytes === undefined ? {} : { maxResponseBytes: connection.maxResponseBytes }),
      });
    case 'local':
      return createCliGateway({
        binaries: connection.binaries,
        ...(account === undefined ? {} : { account }),
        canCallWhm: true,
        env,
        timeoutMs: connection.timeoutMs,
      });
  }
}

/** The host name the server sends mail as: the one in the URL, or this machine's own name. */
export function serverHostname(connection: Connection): string {
  if (connection.kind === 'local') return os.hostname();
  return new URL(connection.baseUrl).hostname;
}
