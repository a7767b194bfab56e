/**
 * The flags every command that audits takes (audit, fix): where cPanel and
 * DNS are, which provider profile, how far back, which language; read once
 * from commander's options and turned into the one audit service's settings.
 */
import { resolveConnection, gatewayFor, serverHostname, type Connection, type ConnectionFlags } from '../audit/connection';
import { prepareAudit, type AuditSettings } from '../audit/audit-account';
import type { AuditProbeOptions } from '../audit/audit-probe';
import { loadProfile } from '../config/load-profile';
import type { ProviderProfile } from '../config/provider-profile';
import { CpanelAuthError, CpanelTransportError } from '../cpanel/errors';
import type { Lang } from '../kb/types';
import { parseDuration } from '../util/duration';
import { chosenLanguage } from './language';
import { positiveWhole, UsageError } from './usage-error';

export interface AuditFlags {
  readonly lang: Lang;
  /** Seconds back from now. */
  readonly since: number;
  readonly dnsServers: readonly string[];
  /**
   * Sends the questions meant for a domain's own nameservers to this server
   * instead ("IP:PORT"). Only for the sandbox and tests, whose nameservers
   * have documentation addresses that cannot be reached.
   */
  readonly authoritativeVia?: string;
  readonly dnsTimeoutMs: number;
  readonly profile: ProviderProfile;
  readonly connection: Connection;
}

/** The shared flags of a command's options (and MAIL_DOCTOR_* from the environment). */
export async function auditFlags(opts: ConnectionFlags & Record<string, unknown>, env: NodeJS.ProcessEnv): Promise<AuditFlags> {
  const since = parseDuration(String(opts.since));
  if (since === undefined) throw new UsageError(`--since takes a duration such as 7d, 24h or 90m, not ${String(opts.since)}`);
  const connection = resolveConnection(opts, env);
  if (!connection.ok) throw new UsageError(connection.error);
  return {
    lang: chosenLanguage(opts.lang, env),
    since,
    dnsServers: [...(opts.dnsServer as string[]), ...(env.MAIL_DOCTOR_DNS_SERVERS ?? '').split(',').filter((s) => s.trim() !== '')],
    ...(typeof opts.authoritativeVia === 'string' ? { authoritativeVia: opts.authoritativeVia } : {}),
    dnsTimeoutMs: positiveWhole('dns-timeout', opts.dnsTimeout),
    profile: await loadProfile(typeof opts.profile === 'string' ? opts.profile : undefined),
    connection: connection.connection,
  };
}

/** What only some commands add to the audit: more records, an Exim log instead of Track Delivery, the connection probe. */
interface AuditExtras {
  readonly maxRecordsPerType?: number;
  readonly eximLogs?: readonly string[];
  readonly probe?: AuditProbeOptions;
}

/** The one audit service, set up from the flags. */
export async function settingsFromFlags(flags: AuditFlags, extras: AuditExtras, io: { readonly env: NodeJS.ProcessEnv; readonly now: () => number }): Promise<AuditSettings> {
  const prepared = await prepareAudit({
    openGateway: (user) => gatewayFor(flags.connection, user, io.env),
    serverHostname: serverHostname(flags.connection),
    dns: {
      servers: flags.dnsServers,
      timeoutMs: flags.dnsTimeoutMs,
      ...(flags.authoritativeVia === undefined ? {} : { authoritativeVia: flags.authoritativeVia }),
    },
    profile: flags.profile,
    sinceSeconds: flags.since,
    ...(extras.maxRecordsPerType === undefined ? {} : { maxRecordsPerType: extras.maxRecordsPerType }),
    ...(extras.eximLogs === undefined ? {} : { eximLogs: extras.eximLogs }),
    ...(extras.probe === undefined ? {} : { probe: extras.probe }),
    clock: io.now,
  });
  if (prepared.ok) return prepared.settings;
  throw new UsageError(prepared.setting === 'authoritativeVia' ? `--authoritative-via: ${prepared.error}` : prepared.error);
}

/** Why cPanel could not be reached, in one line (never with a token: cPanel errors are built without one); undefined for any other error. */
export function cpanelUnreachable(error: unknown): string | undefined {
  if (error instanceof CpanelAuthError) return `cPanel refused the credentials: ${error.message}`;
  if (error instanceof CpanelTransportError) return `cannot reach cPanel: ${error.message}`;
  return undefined;
}
