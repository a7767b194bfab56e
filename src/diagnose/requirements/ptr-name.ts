/**
 * Whether a PTR name looks like an address pool's generic name rather than a
 * mail server's own: receivers treat such names as end-user connections
 * (Spamhaus PBL, many filters' "generic rDNS" rules). Heuristics, named so
 * the evidence can say why: the IP's digits in the host part, or a word that
 * providers use for pools. Only the labels left of the organisational
 * domain are read, so a company called "dsl-tools.example" is not a pool.
 */
import { isIPv4 } from 'node:net';
import { organisationalDomain } from './organisational-domain';

const POOL_WORDS = new Set(['dynamic', 'dyn', 'pool', 'dhcp', 'dsl', 'adsl', 'xdsl', 'vdsl', 'cable', 'dialup', 'dial', 'ppp', 'pppoe', 'broadband', 'customer', 'cust', 'client', 'unassigned', 'ip', 'cpe', 'residential']);

type GenericReason = { readonly kind: 'ip-digits' } | { readonly kind: 'pool-word'; readonly word: string };

/** Why `name` looks generic for `ip`, or undefined when it looks like a server's own name. */
export function genericPtrReason(name: string, ip: string): GenericReason | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const org = organisationalDomain(lower);
  const hostPart = lower === org ? '' : lower.slice(0, lower.length - org.length - 1);
  if (hostPart === '') return undefined;
  if (isIPv4(ip)) {
    const octets = ip.split('.');
    const forms = [octets, [...octets].reverse()].flatMap((o) => [o.join('-'), o.join('.'), o.join('_'), o.map((x) => x.padStart(3, '0')).join('')]);
    if (forms.some((f) => hostPart.includes(f))) return { kind: 'ip-digits' };
  }
  for (const token of hostPart.split(/[^a-z]+/)) {
    if (POOL_WORDS.has(token)) return { kind: 'pool-word', word: token };
  }
  return undefined;
}
