/**
 * DNS blocklists (DNSBL, RFC 5782): is a sending IP listed? The query name and
 * the reading of the answer are pure; `checkBlocklist` asks through the
 * resolver port.
 *
 * Blocklists answer with addresses in 127.0.0.0/8, and not every such answer
 * means "listed". Spamhaus answers 127.255.255.252/254/255 when it refuses to
 * answer (a typo in the zone name, a query through a public resolver, too
 * many queries): then we do not know, and the outcome is could-not-check,
 * never "listed" — reporting a clean server as blocklisted sends the owner
 * on a delisting errand for nothing.
 */
import { isIPv4 } from 'node:net';
import { reversedAddressLabels, unmapIPv4 } from './reverse-name';
import { normalizeDnsName, type DnsObservation, type DnsResolver } from './types';

type BlocklistStatus = 'listed' | 'not-listed' | 'could-not-check';

export interface BlocklistResult {
  readonly zone: string;
  readonly ip: string;
  readonly status: BlocklistStatus;
  /** The A records returned, e.g. ["127.0.0.2", "127.0.0.10"]. */
  readonly codes: readonly string[];
  /** What the codes mean, when the zone's codes are known. */
  readonly meaning?: string;
  /** Why the check could not be made, or anything else worth showing. */
  readonly detail?: string;
}

/**
 * The return codes of the Spamhaus IP zones (zen, sbl, xbl, pbl, sbl-xbl,
 * authbl), from Spamhaus' "Available Zones" dataset documentation
 * (docs.spamhaus.com, datasets/040-zones). The same codes come from the
 * public mirrors (zen.spamhaus.org) and from DQS (KEY.zen.dq.spamhaus.net).
 */
const SPAMHAUS_IP_CODES: Readonly<Record<string, string>> = {
  '127.0.0.2': 'SBL: Spamhaus Block List, a known spam source or spam operation',
  '127.0.0.3': 'CSS: Spamhaus CSS, automatically detected low-reputation or snowshoe sending',
  '127.0.0.4': 'XBL: Exploits Block List, a compromised or infected machine (CBL data)',
  '127.0.0.9': 'DROP: Spamhaus Don\'t Route Or Peer, a hijacked or criminal network (always with SBL)',
  '127.0.0.10': 'PBL: Policy Block List, the network owner says this address should not send mail directly',
  '127.0.0.11': 'PBL: Policy Block List, Spamhaus considers this address a non-mail-sending range',
  '127.0.0.20': 'AuthBL: known to send spam with stolen SMTP credentials',
  '127.0.0.30': 'BCL: Botnet Controller List, a botnet command-and-control server',
};

/**
 * Answers that mean "this query was not answered", not "listed". The
 * 127.255.255.x codes are Spamhaus' (see its "Using our public mirrors?
 * Check your return codes now" notice); 127.0.1.255 is Spamhaus DBL's "IP
 * query against a domain list". 127.0.0.1 is never a listing: RFC 5782 §5
 * requires that lists do not list it, and several lists (URIBL, SURBL) use it
 * to say the query was refused.
 */
const REFUSAL_CODES: Readonly<Record<string, string>> = {
  '127.255.255.252': 'the blocklist says the zone name has a typo',
  '127.255.255.254': 'the blocklist refused the query because it came through a public or open resolver',
  '127.255.255.255': 'the blocklist refused the query because the resolver sent too many queries',
  '127.0.1.255': 'the blocklist is a domain list and does not answer for IP addresses',
  '127.0.0.1': 'the blocklist answered 127.0.0.1, which lists never use for a listing (RFC 5782 §5); usually a refused query',
};

function isSpamhausIpZone(zone: string): boolean {
  const labels = normalizeDnsName(zone).split('.');
  return labels.includes('spamhaus') && ['zen', 'sbl', 'xbl', 'pbl', 'sbl-xbl', 'authbl'].some((list) => labels.includes(list));
}

/** Why an answer is not a listing, or undefined when it is one. */
function refusalOf(code: string): string | undefined {
  const known = REFUSAL_CODES[code];
  if (known !== undefined) return known;
  if (code.startsWith('127.255.255.')) return `the blocklist answered ${code}, an error code, not a listing`;
  // RFC 5782 §2.1: listings are in 127.0.0.0/8. Anything else is usually a
  // resolver that rewrites NXDOMAIN into an advertising page.
  if (!isIPv4(code) || !code.startsWith('127.')) return `the answer ${code} is outside 127.0.0.0/8, so it is not a blocklist answer (a resolver rewriting NXDOMAIN?)`;
  return undefined;
}

/**
 * The name to look up: the address reversed (octets for IPv4, nibbles for
 * IPv6, RFC 5782 §2.1 and §2.4) under the zone. An IPv4-mapped IPv6 address
 * is looked up as the IPv4 address it carries. Undefined when `ip` is not an
 * IP address.
 */
export function blocklistQueryName(ip: string, zone: string): string | undefined {
  const labels = reversedAddressLabels(unmapIPv4(ip.trim()));
  return labels === undefined ? undefined : `${labels}.${normalizeDnsName(zone)}`;
}

/** Reads the answer to the A query for `blocklistQueryName(ip, zone)`. Pure. */
export function decodeBlocklistAnswer(zone: string, ip: string, observation: DnsObservation<'A'>): BlocklistResult {
  const base = { zone: normalizeDnsName(zone), ip };
  const outcome = observation.outcome;
  switch (outcome.kind) {
    // RFC 5782 §2.1: a name that does not exist is an address that is not listed.
    case 'nxdomain':
      return { ...base, status: 'not-listed', codes: [] };
    case 'nodata':
      return { ...base, status: 'not-listed', codes: [], detail: 'the name exists but has no A record; lists publish listings as A records' };
    case 'error':
      return { ...base, status: 'could-not-check', codes: [], detail: `DNS ${outcome.reason}: ${outcome.detail}` };
    case 'records': {
      const codes = [...new Set(outcome.records.map((r) => r.address))].sort(compareAddresses);
      const refusals = codes.map(refusalOf).filter((r): r is string => r !== undefined);
      if (refusals.length > 0) return { ...base, status: 'could-not-check', codes, detail: refusals.join('; ') };
      const table = isSpamhausIpZone(zone) ? SPAMHAUS_IP_CODES : {};
      const meanings = codes.map((code) => table[code]).filter((m): m is string => m !== undefined);
      return { ...base, status: 'listed', codes, ...(meanings.length > 0 ? { meaning: meanings.join('; ') } : {}) };
    }
  }
}

function compareAddresses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Looks `ip` up in the blocklist `zone` through the resolver. */
export async function checkBlocklist(resolver: DnsResolver, ip: string, zone: string): Promise<BlocklistResult> {
  const name = blocklistQueryName(ip, zone);
  if (name === undefined) {
    return { zone: normalizeDnsName(zone), ip, status: 'could-not-check', codes: [], detail: `"${ip}" is not an IP address` };
  }
  return decodeBlocklistAnswer(zone, ip, await resolver.query(name, 'A'));
}
