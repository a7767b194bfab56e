/**
 * `mail-doctor probe [HOST…]`: can a mail program connect? The seed
 * article's `openssl s_client -crlf -connect HOST:465` check, for every mail
 * port at once, judged. Exit status: 0 when the probe ran, 1 when no name
 * resolved or no server could be reached, 2 for usage errors.
 */
import type { Writable } from 'node:stream';
import { isIP } from 'node:net';
import type { ProviderProfile } from '../config/provider-profile';
import { getClientSettings } from '../cpanel/client-settings';
import type { AccountDomains, ClientSettings } from '../diagnose/observations';
import { getDomains } from '../cpanel/domains';
import { listMailboxes } from '../cpanel/mailboxes';
import { systemWireResolver, wireResolverFor, type WireResolver } from '../dns/wire-resolver';
import type { Lang } from '../kb/types';
import { accountHosts, profileHosts, uniqueHosts, type HostToProbe } from '../probe/host-names';
import { hostJson } from '../probe/report-json';
import { anythingReached, runProbeStep } from '../probe/probe-step';
import { DEFAULT_PORTS, parsePortList, type PortPlan } from '../probe/services';
import { loadProfile } from '../config/load-profile';
import { UsageError } from './usage-error';
import { gatewayFor, resolveConnection, type Connection, type ConnectionFlags } from '../audit/connection';
import { chosenLanguage } from './language';
import { formatProbe } from './format-probe';
import type { AuditProbeOptions } from '../audit/audit-probe';

interface ProbeCommandOptions {
  readonly hosts: readonly string[];
  readonly user?: string;
  readonly connection?: Connection;
  readonly json: boolean;
  readonly lang: Lang;
  readonly dnsServers: readonly string[];
  readonly dnsTimeoutMs: number;
  readonly caFile?: string;
  readonly stepTimeoutMs: number;
  readonly ports: readonly PortPlan[];
  readonly concurrency: number;
  /** Tests and the sandbox: never connect outside loopback. */
  readonly loopbackOnly: boolean;
  readonly profile: ProviderProfile;
}

interface ProbeIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i;

function commandLineHosts(hosts: readonly string[]): HostToProbe[] {
  return hosts.map((h) => {
    const host = h.trim().replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) === 0 && !HOST_NAME.test(host)) throw new UsageError(`not a host name or IP address: ${JSON.stringify(h)}`);
    return { host: host.toLowerCase().replace(/\.$/, ''), source: 'command-line' as const };
  });
}

async function makeResolver(options: ProbeCommandOptions): Promise<WireResolver> {
  if (options.dnsServers.length === 0) return systemWireResolver({ timeoutMs: options.dnsTimeoutMs });
  const made = wireResolverFor(options.dnsServers, { timeoutMs: options.dnsTimeoutMs });
  if (!made.ok) throw new UsageError(made.error);
  return made.resolver;
}

/** The account's names from cPanel; a failed call is said on stderr and the probe goes on with what it has. */
async function namesOfAccount(connection: Connection, user: string, io: ProbeIo): Promise<HostToProbe[]> {
  if (connection.kind === 'cpanel' && connection.user !== user) {
    throw new UsageError(`a cPanel token only gives access to its own account (${connection.user}), not ${user}`);
  }
  const gateway = gatewayFor(connection, user, io.env);
  let domains: AccountDomains | null = null;
  let settings: ClientSettings | null = null;
  try {
    try {
      domains = await getDomains(gateway);
    } catch (error) {
      io.stderr.write(`mail-doctor: could not read the domains of ${user}: ${(error as Error).message}\n`);
    }
    try {
      const first = (await listMailboxes(gateway)).value[0]?.email;
      if (first !== undefined) settings = await getClientSettings(gateway, first);
    } catch (error) {
      io.stderr.write(`mail-doctor: could not read the mail client settings of ${user}: ${(error as Error).message}\n`);
    }
  } finally {
    await gateway.close();
  }
  return accountHosts(domains, settings);
}

async function runProbeCommand(options: ProbeCommandOptions, io: ProbeIo): Promise<number> {
  if (options.user !== undefined && options.connection === undefined) throw new UsageError('--user needs a way to reach cPanel: --whm-url and --whm-token, --cpanel-url …, or --local');
  const given = commandLineHosts(options.hosts);
  const resolver = await makeResolver(options);
  const hosts =
    given.length > 0
      ? given
      : [...profileHosts(options.profile), ...(options.user !== undefined && options.connection !== undefined ? await namesOfAccount(options.connection, options.user, io) : [])];
  const run = await runProbeStep(uniqueHosts(hosts), {
    resolver,
    profile: options.profile,
    ports: options.ports,
    stepTimeoutMs: options.stepTimeoutMs,
    concurrency: options.concurrency,
    loopbackOnly: options.loopbackOnly,
    ...(options.caFile === undefined ? {} : { caFile: options.caFile }),
  });
  if (!run.ok) throw new UsageError(run.error);
  if (options.json) io.stdout.write(run.results.map((r) => `${JSON.stringify(hostJson(r, options.lang))}\n`).join(''));
  else io.stdout.write(formatProbe(run.results, options.lang));
  if (!anythingReached(run.results)) {
    io.stderr.write('mail-doctor: no mail server could be resolved or reached\n');
    return 1;
  }
  return 0;
}

/** Turns the parsed command-line flags into options; usage errors throw UsageError. */
export async function probeAction(hosts: string[], opts: ConnectionFlags & Record<string, unknown>, env: NodeJS.ProcessEnv, io: ProbeIo): Promise<number> {
  const seconds = Number(opts.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 120) throw new UsageError('--timeout takes a number of seconds (at most 120)');
  const concurrency = Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency <= 0 || concurrency > 32) throw new UsageError('--concurrency takes a whole number from 1 to 32');
  const dnsTimeoutMs = Number(opts.dnsTimeout);
  if (!Number.isInteger(dnsTimeoutMs) || dnsTimeoutMs <= 0) throw new UsageError('--dns-timeout takes a positive whole number');
  const ports = typeof opts.ports === 'string' ? parsePortList(opts.ports) : { ok: true as const, ports: [...DEFAULT_PORTS] };
  if (!ports.ok) throw new UsageError(ports.error);
  const wantsCpanel = [opts.whmUrl, opts.cpanelUrl, opts.local, env.MAIL_DOCTOR_WHM_URL, env.MAIL_DOCTOR_CPANEL_URL].some((v) => v !== undefined && v !== '');
  let connection: Connection | undefined;
  if (typeof opts.user === 'string' || wantsCpanel) {
    // cPanel calls get at least their usual 30 s; --timeout here is about mail servers.
    const resolved = resolveConnection({ ...opts, timeout: String(Math.max(30, seconds)) }, env);
    if (!resolved.ok) throw new UsageError(resolved.error);
    connection = resolved.connection;
  }
  const lang = chosenLanguage(opts.lang, env);
  return runProbeCommand(
    {
      hosts,
      ...(typeof opts.user === 'string' ? { user: opts.user } : {}),
      ...(connection === undefined ? {} : { connection }),
      json: opts.json === true,
      lang,
      dnsServers: [...(opts.dnsServer as string[]), ...(env.MAIL_DOCTOR_DNS_SERVERS ?? '').split(',').filter((s) => s.trim() !== '')],
      dnsTimeoutMs,
      ...(typeof opts.caFile === 'string' ? { caFile: opts.caFile } : {}),
      stepTimeoutMs: Math.round(seconds * 1000),
      ports: ports.ports,
      concurrency,
      loopbackOnly: opts.loopbackOnly === true,
      profile: await loadProfile(typeof opts.profile === 'string' ? opts.profile : undefined),
    },
    io,
  );
}

/** The probe part of `audit`'s flags: none with --no-probe. */
export function auditProbeOptions(opts: Record<string, unknown>): { probe?: AuditProbeOptions } {
  if (opts.probe === false) return {};
  const ports = typeof opts.probePorts === 'string' ? parsePortList(opts.probePorts) : undefined;
  if (ports !== undefined && !ports.ok) throw new UsageError(ports.error.replace('--ports', '--probe-ports'));
  return {
    probe: {
      loopbackOnly: opts.loopbackOnly === true,
      ...(ports === undefined ? {} : { ports: ports.ports }),
      ...(typeof opts.caFile === 'string' ? { caFile: opts.caFile } : {}),
    },
  };
}
