/**
 * "Is this host this server?" — answered from DNS the way a sending server
 * would: resolve the name to addresses and compare them with this server's
 * addresses. A name is never compared as text: an MX can be `mail.<domain>`,
 * the bare domain (the provider's default, see the seed article) or any other
 * name that points here.
 */
import { isIPv4 } from 'node:net';
import { ipv6Bytes, unmapIPv4 } from '../../dns/reverse-name';
import type { DnsObservation } from '../../dns/types';
import { dnsAnswer, dnsEvidence, dnsFailed, loc, notLookedUp } from '../finding-helpers';
import type { AuditInput, Evidence, Part } from '../model';
import type { Localized } from '../../kb/types';

/** One spelling per address: IPv4-mapped IPv6 as IPv4, IPv6 fully expanded. */
export function normalizeIp(ip: string): string {
  const plain = unmapIPv4(ip.trim());
  if (isIPv4(plain)) return plain;
  const bytes = ipv6Bytes(plain);
  if (bytes === undefined) return plain.toLowerCase();
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}

/**
 * This server's addresses: the sending IPs plus the IPs cPanel shows for the
 * account's domains (a domain can have a dedicated IP). Failed when the
 * server's IPs could not be read: then "not this server" cannot be said.
 */
export function thisServerAddresses(input: AuditInput): Part<ReadonlySet<string>> {
  if (!input.server.ips.ok) return input.server.ips;
  const set = new Set(input.server.ips.value.map(normalizeIp));
  if (input.account.domains.ok) {
    for (const d of input.account.domains.value.all) if (d.ip !== null && d.ip !== '') set.add(normalizeIp(d.ip));
  }
  return { ok: true, value: set };
}

export function serverAddressEvidence(addresses: ReadonlySet<string>): Evidence {
  const list = [...addresses].join(', ');
  return { kind: 'note', text: loc(`IP-adressen van deze server: ${list}`, `This server's IP addresses: ${list}`) };
}

export type HostAddresses =
  | { readonly kind: 'resolved'; readonly addresses: readonly string[]; readonly aliases: readonly string[]; readonly evidence: readonly Evidence[] }
  /** A and AAAA both answered "no such record": the name has no address. */
  | { readonly kind: 'no-address'; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'unknown'; readonly cause: Localized<string>; readonly evidence: readonly Evidence[] };

function addressesOf(observation: DnsObservation<'A'> | DnsObservation<'AAAA'> | undefined): string[] {
  if (observation === undefined || observation.outcome.kind !== 'records') return [];
  return observation.outcome.records.map((r) => normalizeIp(r.address));
}

/**
 * The addresses of a host from the gathered A and AAAA answers. The A answer
 * must be there; AAAA only adds to it (many mail hosts have none, and a
 * missing AAAA look-up does not make an A answer less true).
 */
export function resolveHost(input: AuditInput, host: string): HostAddresses {
  const a = dnsAnswer(input, 'A', host);
  const aaaa = dnsAnswer(input, 'AAAA', host);
  if (a === undefined) return { kind: 'unknown', cause: notLookedUp('A', host), evidence: [] };
  if (a.outcome.kind === 'error') return { kind: 'unknown', cause: dnsFailed(a), evidence: [dnsEvidence(a)] };
  const evidence = [dnsEvidence(a), ...(aaaa !== undefined && aaaa.outcome.kind !== 'nodata' ? [dnsEvidence(aaaa)] : [])];
  const addresses = [...addressesOf(a), ...addressesOf(aaaa)];
  if (addresses.length > 0) return { kind: 'resolved', addresses, aliases: a.cnameChain ?? aaaa?.cnameChain ?? [], evidence };
  if (aaaa !== undefined && aaaa.outcome.kind === 'error') return { kind: 'unknown', cause: dnsFailed(aaaa), evidence };
  return { kind: 'no-address', evidence };
}

export function isThisServer(resolution: HostAddresses, addresses: ReadonlySet<string>): boolean {
  return resolution.kind === 'resolved' && resolution.addresses.some((ip) => addresses.has(ip));
}

/** The IP to tell the owner to publish: the domain's own IP in cPanel, else the server's first. */
export function publishAddress(input: AuditInput, domainIp: string | null): string | undefined {
  if (domainIp !== null && domainIp !== '') return domainIp;
  return input.server.ips.ok ? input.server.ips.value[0] : undefined;
}
