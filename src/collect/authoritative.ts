/**
 * How the domains' own nameservers are asked (MX propagation): at the
 * address DNS gives for them — unless that address is one no public
 * nameserver has (dns/special-ranges.ts). Such a nameserver is not asked;
 * the answer is an `error` outcome that says why, so the check is "could not
 * check" with the reason, never a guess. `via` (--authoritative-via, the
 * sandbox's and tests' own server) is given explicitly and always used.
 */
import { parseServerAddress } from '../dns/server-address';
import { specialPurposeRange } from '../dns/special-ranges';
import type { DnsObservation, DnsRecordType, DnsResolver } from '../dns/types';
import type { WireResolver } from '../dns/wire-resolver';
import type { AuthoritativeResolverFactory } from './collect-dns';

/** A resolver that asks nothing and says why. */
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

/** The factory, or the error of a bad `via`. */
export function authoritativeResolvers(resolver: WireResolver, via: string | undefined): { ok: true; factory: AuthoritativeResolverFactory } | { ok: false; error: string } {
  const fixed = via === undefined ? undefined : parseServerAddress(via);
  if (fixed !== undefined && !fixed.ok) return { ok: false, error: fixed.error };
  return {
    ok: true,
    factory: (ip: string): DnsResolver => {
      if (fixed !== undefined) return resolver.at(fixed.server, { recursionDesired: false });
      const special = specialPurposeRange(ip);
      if (special !== undefined) return notAsked(ip, special === 'not an IP address' ? 'not an IP address' : `in a ${special} range`);
      const parsed = parseServerAddress(ip);
      return parsed.ok ? resolver.at(parsed.server, { recursionDesired: false }) : notAsked(ip, 'not an address Mail Doctor can ask');
    },
  };
}
