/**
 * Reads the scenario's DNS data the way cPanel's own checks would see it, so
 * EmailAuth states and Email Routing MX lists agree with what the loopback
 * DNS server answers.
 */
import type { Scenario } from './scenario-schema';

type Records = Scenario['dns']['records'];

function norm(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/**
 * The records of each normalised owner name, in scenario order, built once
 * per DNS data object: a view is made per call, and scanning thousands of
 * records (with a regex per name) on each lookup dominated large scenarios.
 * Scenario DNS data is never changed after validation.
 */
const BY_NAME = new WeakMap<Scenario['dns'], Map<string, Records>>();

function recordsByName(dns: Scenario['dns']): Map<string, Records> {
  let index = BY_NAME.get(dns);
  if (index === undefined) {
    index = new Map();
    for (const r of dns.records) {
      const n = norm(r.name);
      const list = index.get(n);
      if (list === undefined) index.set(n, [r]);
      else list.push(r);
    }
    BY_NAME.set(dns, index);
  }
  return index;
}

export class DnsView {
  constructor(private readonly dns: Scenario['dns']) {}

  /** The records whose owner name normalises to `n`, in scenario order. */
  private named(n: string): Records {
    return recordsByName(this.dns).get(n) ?? [];
  }

  /** The scenario's DNS server is authoritative for this name. */
  covers(name: string): boolean {
    const n = norm(name);
    return this.dns.zones.some((z) => n === norm(z) || n.endsWith(`.${norm(z)}`));
  }

  txt(name: string): string[] {
    const n = norm(name);
    return this.named(n)
      .filter((r) => r.type === 'TXT')
      .map((r) => (Array.isArray(r.data) ? r.data.join('') : String(r.data)));
  }

  mx(name: string): { exchange: string; preference: number }[] {
    const n = norm(name);
    const out: { exchange: string; preference: number }[] = [];
    for (const r of this.named(n)) {
      if (r.type === 'MX') out.push({ exchange: norm(r.data.exchange), preference: r.data.preference });
    }
    return out.sort((a, b) => a.preference - b.preference);
  }

  ptr(name: string): string[] {
    const n = norm(name);
    return this.named(n).flatMap((r) => (r.type === 'PTR' ? [norm(r.data)] : []));
  }

  a(name: string): string[] {
    const n = norm(name);
    return this.named(n).flatMap((r) => (r.type === 'A' ? [r.data] : []));
  }
}

/** `in-addr.arpa` name of an IPv4 address. */
export function reverseName(ipv4: string): string {
  return `${ipv4.split('.').reverse().join('.')}.in-addr.arpa`;
}

export function isPrivateIpv4(ip: string): boolean {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|127\.)/.test(ip);
}
