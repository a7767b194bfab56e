/**
 * Names built from IP addresses: the reverse-lookup names of RFC 1035 §3.5
 * (in-addr.arpa) and RFC 3596 §2.5 (ip6.arpa), and the same label order that
 * DNS blocklists use (RFC 5782 §2.1, §2.4). Pure.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The octets of an IPv4 address, or undefined when the text is not one. */
function ipv4Octets(ip: string): number[] | undefined {
  if (!isIPv4(ip)) return undefined;
  return ip.split('.').map((part) => Number(part));
}

/**
 * The 16 bytes of an IPv6 address, or undefined when the text is not one.
 * Handles "::" and a trailing dotted IPv4 part (RFC 4291 §2.2). A zone index
 * ("%eth0") is not part of the address and is refused.
 */
export function ipv6Bytes(ip: string): number[] | undefined {
  if (!isIPv6(ip) || ip.includes('%')) return undefined;
  let text = ip.toLowerCase();
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    const octets = ipv4Octets(last);
    if (octets === undefined) return undefined;
    tail.push(...octets);
    text = text.slice(0, lastColon + 1) + '0';
  }
  const halves = text.split('::');
  const groupsOf = (part: string | undefined): string[] => (part === undefined || part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]);
  const rest = groupsOf(halves[1]);
  // The dotted part stands for two groups; it was replaced by one placeholder group above.
  const groupCount = tail.length > 0 ? 7 : 8;
  const missing = groupCount - head.length - rest.length;
  if (halves.length === 1 && missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...rest];
  if (tail.length > 0) groups.pop();
  const bytes: number[] = [];
  for (const group of groups) {
    const value = parseInt(group, 16);
    bytes.push((value >> 8) & 0xff, value & 0xff);
  }
  bytes.push(...tail);
  return bytes.length === 16 ? bytes : undefined;
}

/** `::ffff:192.0.2.1` → `192.0.2.1` (RFC 4291 §2.5.5.2); any other text unchanged. */
export function unmapIPv4(ip: string): string {
  const bytes = ipv6Bytes(ip);
  if (bytes === undefined) return ip;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12).join('.') : ip;
}

/**
 * The address as reversed labels without a suffix: `192.0.2.1` →
 * `1.2.0.192`; IPv6 → 32 nibbles, least significant first. Undefined when the
 * text is not an IP address.
 */
export function reversedAddressLabels(ip: string): string | undefined {
  const octets = ipv4Octets(ip);
  if (octets !== undefined) return octets.reverse().join('.');
  const bytes = ipv6Bytes(ip);
  if (bytes === undefined) return undefined;
  const nibbles: string[] = [];
  for (const byte of bytes) nibbles.push((byte >> 4).toString(16), (byte & 0xf).toString(16));
  return nibbles.reverse().join('.');
}

/** The PTR query name for an address, or undefined when the text is not an IP address. */
export function reverseLookupName(ip: string): string | undefined {
  const labels = reversedAddressLabels(ip);
  if (labels === undefined) return undefined;
  return `${labels}.${isIPv4(ip) ? 'in-addr.arpa' : 'ip6.arpa'}`;
}
