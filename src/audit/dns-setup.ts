/**
 * The DNS side of an audit, built once from settings (command-line flags,
 * the daemon's configuration file or the CGI environment): the recursive
 * resolver, and the factory that asks a domain's own nameservers directly.
 */
import type { AuthoritativeResolverFactory } from '../collect/collect-dns';
import { parseServerAddress } from '../dns/server-address';
import { specialPurposeRange } from '../dns/special-ranges';
import type { DnsObservation, DnsRecordType, DnsResolver } from '../dns/types';
import { systemWireResolver, wireResolverFor, type WireResolver } from '../dns/wire-resolver';

export interface DnsSettings {
  /** "IP" or "IP:PORT" of recursive servers; none: the system's own (/etc/resolv.conf). */
  readonly servers: readonly string[];
  readonly timeoutMs: number;
  /**
   * Sends the questions meant for a domain's own nameservers to this
   * "IP:PORT" instead. Only for the sandbox and tests, whose nameservers have
   * documentation addresses that cannot be reached.
   */
  readonly authoritativeVia?: string;
}

/** Which setting was wrong, so that each way in can name it in its own terms (flag, config key, variable). */
export type DnsSetupError = { readonly ok: false; readonly setting: 'servers' | 'authoritativeVia'; readonly error: string };

export async function resolverFor(settings: DnsSettings): Promise<{ readonly ok: true; readonly resolver: WireResolver } | DnsSetupError> {
  if (settings.servers.length === 0) return { ok: true, resolver: await systemWireResolver({ timeoutMs: settings.timeoutMs }) };
  const made = wireResolverFor(settings.servers, { timeoutMs: settings.timeoutMs });
  return made.ok ? made : { ok: false, setting: 'servers', error: made.error };
}

/** A resolver that asks nothing and says why: the check becomes "could not check" with the reason, never a guess. */
function notAsked(ip: string, why: string): DnsResolver {
  return {
    query<T extends DnsRecordType>(name: string, type: T): Promise<DnsObservation<T>> {
      return Promise.resolve({
        name,
        type,
        server: ip.includes(':') ? `[${ip}]` : ip,
        at: new Date().toISOString(),
        outcome: { kind: 'error', reason: 'not-public', detail: `the nameserver's address ${ip} is ${why}: not asked` },
      });
    },
  };
}

/**
 * The one way to reach a nameserver directly: without recursion, at the
 * address DNS gives for it — unless that address is one no public nameserver
 * has (dns/special-ranges.ts), which is not asked. `via` (the sandbox's and
 * the tests' own server) is given explicitly and always used.
 */
export function authoritativeFactory(
  resolver: WireResolver,
  via: string | undefined,
): { readonly ok: true; readonly factory: AuthoritativeResolverFactory } | DnsSetupError {
  const fixed = via === undefined || via === '' ? undefined : parseServerAddress(via);
  if (fixed !== undefined && !fixed.ok) return { ok: false, setting: 'authoritativeVia', error: fixed.error };
  const factory = (ip: string): DnsResolver => {
    if (fixed !== undefined) return resolver.at(fixed.server, { recursionDesired: false });
    const special = specialPurposeRange(ip);
    if (special !== undefined) return notAsked(ip, special === 'not an IP address' ? 'not an IP address' : `in a ${special} range`);
    const parsed = parseServerAddress(ip);
    return parsed.ok ? resolver.at(parsed.server, { recursionDesired: false }) : notAsked(ip, 'not an address Mail Doctor can ask');
  };
  return { ok: true, factory };
}

/** The DNS settings of the pages' CGI processes, from the environment cpsrvd passes on. */
export function dnsSettingsFromEnv(env: NodeJS.ProcessEnv): DnsSettings {
  const servers = (env.MAIL_DOCTOR_DNS_SERVERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const via = env.MAIL_DOCTOR_AUTHORITATIVE_VIA;
  return {
    servers,
    timeoutMs: Number(env.MAIL_DOCTOR_DNS_TIMEOUT_MS ?? '2500'),
    ...(via === undefined || via === '' ? {} : { authoritativeVia: via }),
  };
}
