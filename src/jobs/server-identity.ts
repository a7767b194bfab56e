/**
 * One name for this server, the same in every command and page: the daemon,
 * `audit --store`, `serve --store`, `history` and the WHM page file and read
 * rows under it, and the run lock is per name — so they must agree.
 *
 * The name, first that applies: `--server`; the configuration's
 * `server.hostname`; the cPanel host name (WHM API 1 `gethostname`); the
 * host of the WHM URL, or this machine's name with `--local`.
 *
 * Beside the name the store keeps the key of the host that writes under it
 * (`claimServer`): a second machine configured with a name that is taken is
 * refused with a message, instead of mixing two servers' histories. The key
 * is derived from /etc/machine-id (stable across reboots and renames), or
 * given as MAIL_DOCTOR_HOST_KEY.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { gatewayFor, serverHostname, type Connection } from '../audit/connection';
import type { ClaimResult, HistoryStore } from '../store/history-store';

const MACHINE_ID = '/etc/machine-id';

/** This machine's key: never the raw machine id (it is a secret of sorts), a hash of it. */
export function hostKey(env: NodeJS.ProcessEnv = process.env, machineIdFile = MACHINE_ID): string {
  const given = env.MAIL_DOCTOR_HOST_KEY;
  if (given !== undefined && given !== '') return given;
  let seed: string;
  try {
    seed = fs.readFileSync(machineIdFile, 'utf8').trim();
  } catch {
    seed = '';
  }
  if (seed === '') seed = `hostname:${os.hostname()}`;
  return createHash('sha256').update(`mail-doctor host key\n${seed}`).digest('hex').slice(0, 32);
}

/** The host name cPanel knows itself by, or undefined when it cannot be asked (a cPanel-user token, an error). */
async function cpanelHostname(connection: Connection, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (connection.kind === 'cpanel') return undefined;
  const gateway = gatewayFor(connection, undefined, env);
  try {
    const result = await gateway.whm('gethostname');
    const name = (result.data as { hostname?: unknown } | null)?.hostname;
    return typeof name === 'string' && /^[a-z0-9.-]{1,253}$/i.test(name) ? name.toLowerCase() : undefined;
  } catch {
    return undefined;
  } finally {
    await gateway.close();
  }
}

interface ServerNameSources {
  /** `--server` */
  readonly flag?: string | undefined;
  /** `server.hostname` of the configuration. */
  readonly configured?: string | undefined;
  readonly connection: Connection;
  readonly env?: NodeJS.ProcessEnv;
}

export async function resolveServerName(sources: ServerNameSources): Promise<string> {
  const given = sources.flag ?? sources.configured;
  if (given !== undefined && given.trim() !== '') return given.trim();
  return (await cpanelHostname(sources.connection, sources.env)) ?? serverHostname(sources.connection);
}

/** Claims the store's server name for this host (writers only: the daemon, `audit --store`). */
export function claimServerName(store: HistoryStore, at: number, env: NodeJS.ProcessEnv = process.env): Promise<ClaimResult> {
  return store.claimServer({ hostKey: hostKey(env), host: os.hostname() }, at);
}

/**
 * The name for a reader that has no cPanel connection of its own (the WHM
 * page): the configured one, else the name this host owns in the store
 * (the daemon claimed it), else this machine's name.
 */
export async function ownServerName(store: HistoryStore | undefined, configured: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (configured !== undefined && configured.trim() !== '') return configured.trim();
  const owned = store === undefined ? [] : await store.serversOf(hostKey(env)).catch(() => []);
  return owned.length === 1 ? owned[0]! : os.hostname();
}
