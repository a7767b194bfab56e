/**
 * Which kind of address a host name resolved to, and whether the probe may
 * connect to it. Pure.
 *
 * Ranges: RFC 1122 §3.2.1.3 (0/8, 127/8), RFC 1918 (private), RFC 6598
 * (shared 100.64/10), RFC 3927 (link-local), RFC 5737 and RFC 3849
 * (documentation), RFC 2544 (benchmarking 198.18/15), RFC 5771 (multicast),
 * RFC 4193 (IPv6 unique local), RFC 4291 (::1, fe80::/10).
 */
import { isIPv4, isIPv6 } from 'node:net';
import { ipv6Bytes } from '../dns/reverse-name';

type AddressRange = 'loopback' | 'private' | 'documentation' | 'link-local' | 'unspecified' | 'multicast' | 'reserved' | 'public';

function v4(ip: string): number[] {
  return ip.split('.').map(Number);
}

function classifyV4(ip: string): AddressRange {
  const [a = 0, b = 0, c = 0] = v4(ip);
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 198 && (b === 18 || b === 19)) return 'reserved';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return 'public';
}

function classifyV6(ip: string): AddressRange {
  const bytes = ipv6Bytes(ip);
  if (bytes === undefined) return 'reserved';
  // An IPv4-mapped address (::ffff:a.b.c.d) is the IPv4 address.
  if (bytes.slice(0, 10).every((x) => x === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return classifyV4(bytes.slice(12).join('.'));
  if (bytes.slice(0, 15).every((x) => x === 0)) return bytes[15] === 1 ? 'loopback' : 'unspecified';
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bytes;
  if (b0 === 0x20 && b1 === 0x01 && b2 === 0x0d && b3 === 0xb8) return 'documentation';
  if ((b0 & 0xfe) === 0xfc) return 'private';
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return 'link-local';
  if (b0 === 0xff) return 'multicast';
  return 'public';
}

export function addressRange(ip: string): AddressRange {
  if (isIPv4(ip)) return classifyV4(ip);
  if (isIPv6(ip)) return classifyV6(ip);
  return 'reserved';
}

/**
 * Where the probe may connect.
 * - `loopback-only`: tests and the sandbox; nothing outside 127.0.0.0/8 and ::1.
 * - `public`: production, for names taken from the account and the profile:
 *   public addresses only; a mail host in a private, documentation or
 *   loopback range is a finding, never a destination.
 * - `explicit`: a host an administrator typed on the command line: also
 *   private and loopback addresses (a test server on the LAN is a fair
 *   target). Documentation addresses (RFC 5737, RFC 3849) never are: no
 *   server lives there, and the sandbox's demo hosts resolve to them.
 */
export type DestinationPolicy = 'loopback-only' | 'public' | 'explicit';

type Destination =
  | { readonly connect: true; readonly range: AddressRange }
  /** The address is one no mail program out there can reach: a finding about the host. */
  | { readonly connect: false; readonly range: AddressRange; readonly why: 'not-routable' }
  /** The address is fine, but this run may not leave loopback. */
  | { readonly connect: false; readonly range: AddressRange; readonly why: 'loopback-only' };

export function destinationFor(ip: string, policy: DestinationPolicy): Destination {
  const range = addressRange(ip);
  if (range === 'multicast' || range === 'unspecified' || range === 'documentation' || range === 'reserved') return { connect: false, range, why: 'not-routable' };
  if (policy === 'explicit') return { connect: true, range };
  if (policy === 'loopback-only') {
    if (range === 'loopback') return { connect: true, range };
    return range === 'public' ? { connect: false, range, why: 'loopback-only' } : { connect: false, range, why: 'not-routable' };
  }
  // A mail host name of a customer that points at loopback is as unreachable for their mail program as a private one.
  return range === 'public' ? { connect: true, range } : { connect: false, range, why: 'not-routable' };
}
