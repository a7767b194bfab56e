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

export class DnsView {
  constructor(private readonly dns: Scenario['dns']) {}

  private records(): Records {
    return this.dns.records;
  }

  /** The scenario's DNS server is authoritative for this name. */
  covers(name: string): boolean {
    const n = norm(name);
    return this.dns.zones.some((z) => n === norm(z) || n.endsWith(`.${norm(z)}`));
  }

  txt(name: string): string[] {
    const n = norm(name);
    return this.records()
      .filter((r) => r.type === 'TXT' && norm(r.name) === n)
      .map((r) => (Array.isArray(r.data) ? r.data.join('') : String(r.data)));
  }

  mx(name: string): { exchange: string; preference: number }[] {
    const n = norm(name);
    const out: { exchange: string; preference: number }[] = [];
    for (const r of this.records()) {
      if (r.type === 'MX' && norm(r.name) === n) out.push({ exchange: norm(r.data.exchange), preference: r.data.preference });
    }
    return out.sort((a, b) => a.preference - b.preference);
  }

  ptr(name: string): string[] {
    const n = norm(name);
    return this.records().flatMap((r) => (r.type === 'PTR' && norm(r.name) === n ? [norm(r.data)] : []));
  }

  a(name: string): string[] {
    const n = norm(name);
    return this.records().flatMap((r) => (r.type === 'A' && norm(r.name) === n ? [r.data] : []));
  }
}

/** `in-addr.arpa` name of an IPv4 address. */
export function reverseName(ipv4: string): string {
  return `${ipv4.split('.').reverse().join('.')}.in-addr.arpa`;
}

export function isPrivateIpv4(ip: string): boolean {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|127\.)/.test(ip);
}
