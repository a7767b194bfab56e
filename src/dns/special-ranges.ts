/**
 * Addresses no public nameserver has: documentation (RFC 5737, RFC 3849),
 * private (RFC 1918, RFC 4193), and the rest of the IANA special-purpose
 * registries (RFC 6890 and its updates). A nameserver found in DNS with such
 * an address is a broken or hostile zone — or a sandbox — not a place to
 * send a question: asking would leak the audit to whatever answers there.
 */
import { isIPv4, isIPv6 } from 'node:net';

interface Range {
  readonly net: bigint;
  readonly bits: number;
  readonly size: 32 | 128;
  readonly cidr: string;
  readonly what: string;
}

function v4(text: string): bigint {
  return text.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function v6(text: string): bigint {
  let address = text;
  // An IPv4 tail (::ffff:192.0.2.1) becomes two hextets.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (tail !== null) {
    const n = v4(tail[1]!);
    address = `${address.slice(0, -tail[1]!.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, rest] = address.split('::') as [string, string | undefined];
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const middle = rest === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].reduce((n, part) => (n << 16n) | BigInt(parseInt(part, 16)), 0n);
}

function range(cidr: string, what: string): Range {
  const [address, bits] = cidr.split('/') as [string, string];
  const size = address.includes(':') ? 128 : 32;
  return { net: size === 32 ? v4(address) : v6(address), bits: Number(bits), size, cidr, what };
}

const RANGES: readonly Range[] = [
  range('0.0.0.0/8', '"this network" (RFC 791)'),
  range('10.0.0.0/8', 'private (RFC 1918)'),
  range('100.64.0.0/10', 'shared address space (RFC 6598)'),
  range('127.0.0.0/8', 'loopback (RFC 1122)'),
  range('169.254.0.0/16', 'link-local (RFC 3927)'),
  range('172.16.0.0/12', 'private (RFC 1918)'),
  range('192.0.0.0/24', 'IETF protocol assignments (RFC 6890)'),
  range('192.0.2.0/24', 'documentation (RFC 5737)'),
  range('192.88.99.0/24', '6to4 relay anycast (RFC 7526)'),
  range('192.168.0.0/16', 'private (RFC 1918)'),
  range('198.18.0.0/15', 'benchmarking (RFC 2544)'),
  range('198.51.100.0/24', 'documentation (RFC 5737)'),
  range('203.0.113.0/24', 'documentation (RFC 5737)'),
  range('224.0.0.0/4', 'multicast (RFC 5771)'),
  range('240.0.0.0/4', 'reserved (RFC 1112)'),
  range('::/128', 'unspecified (RFC 4291)'),
  range('::1/128', 'loopback (RFC 4291)'),
  range('::ffff:0:0/96', 'IPv4-mapped (RFC 4291)'),
  range('64:ff9b:1::/48', 'local-use translation (RFC 8215)'),
  range('100::/64', 'discard-only (RFC 6666)'),
  range('2001::/23', 'IETF protocol assignments (RFC 2928)'),
  range('2001:db8::/32', 'documentation (RFC 3849)'),
  range('2002::/16', '6to4 (RFC 3056)'),
  range('3fff::/20', 'documentation (RFC 9637)'),
  range('fc00::/7', 'unique local, private (RFC 4193)'),
  range('fe80::/10', 'link-local (RFC 4291)'),
  range('ff00::/8', 'multicast (RFC 4291)'),
];

/** Which special-purpose range ADDRESS is in ("documentation (RFC 5737), 203.0.113.0/24"); undefined for a public address. */
export function specialPurposeRange(address: string): string | undefined {
  const plain = address.replace(/^\[|\]$/g, '');
  const size = isIPv4(plain) ? 32 : isIPv6(plain) ? 128 : undefined;
  if (size === undefined) return 'not an IP address';
  const n = size === 32 ? v4(plain) : v6(plain);
  for (const r of RANGES) {
    if (r.size !== size) continue;
    const shift = BigInt(size - r.bits);
    if (n >> shift === r.net >> shift) return `${r.what}, ${r.cidr}`;
  }
  // An IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
  return undefined;
}
