/**
 * The production DnsResolver: real DNS queries over the network to explicit
 * servers, UDP first and TCP when the UDP answer is truncated (TC bit,
 * RFC 1035 §4.2.1, RFC 7766 §5). Its own sockets, its own server list: node's
 * global resolver is never consulted or changed, so one resolver can be
 * pointed at a single authoritative server while another asks the recursive
 * ones.
 *
 * We speak the wire ourselves (dns-packet) instead of using node's
 * dns.Resolver because c-ares folds answers together: it retries the next
 * server on SERVFAIL/REFUSED without saying so, and reports a name that is
 * an alias only through its target's records. Here every outcome is exact.
 */
import { randomInt } from 'node:crypto';
import { normalizeDnsName, type DnsErrorOutcome, type DnsObservation, type DnsOutcome, type DnsRecordType, type DnsResolver } from './types';
import { formatServerAddress, parseServerAddress, type DnsServerAddress } from './server-address';
import { systemDnsServers } from './system-servers';
import { answersQuestion, decodeMessage, dnsNameProblem, encodeQuery, readResponse } from './wire-message';
import { exchangeTcp, exchangeUdp } from './wire-transport';
import type { DecodedPacket } from 'dns-packet';

interface WireResolverOptions {
  /** Asked in order; the next one only when the one before could not answer (timeout, SERVFAIL, REFUSED, network). */
  readonly servers: readonly DnsServerAddress[];
  /** How long to wait for one answer, per try. */
  readonly timeoutMs?: number;
  /** UDP tries per server before it counts as timed out. */
  readonly tries?: number;
  /** The RD bit; off when asking an authoritative server directly. */
  readonly recursionDesired?: boolean;
  readonly now?: () => Date;
}

const DEFAULT_TIMEOUT_MS = 2500;
const DEFAULT_TRIES = 2;
const MAX_CNAME_LINKS = 8;

type Exchange = { readonly ok: true; readonly packet: DecodedPacket } | { readonly ok: false; readonly outcome: DnsErrorOutcome };

function failure(reason: 'timeout' | 'network' | 'malformed' | 'other', detail: string): Exchange {
  return { ok: false, outcome: { kind: 'error', reason, detail } };
}

export class WireResolver implements DnsResolver {
  private readonly servers: readonly DnsServerAddress[];
  private readonly timeoutMs: number;
  private readonly tries: number;
  private readonly recursionDesired: boolean;
  private readonly now: () => Date;

  constructor(private readonly options: WireResolverOptions) {
    this.servers = options.servers;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.tries = Math.max(1, options.tries ?? DEFAULT_TRIES);
    this.recursionDesired = options.recursionDesired ?? true;
    this.now = options.now ?? (() => new Date());
  }

  /** The same resolver asking only this server (to compare a zone's nameservers with the recursive answer). */
  at(server: DnsServerAddress, overrides: Partial<Omit<WireResolverOptions, 'servers'>> = {}): WireResolver {
    return new WireResolver({ ...this.options, ...overrides, servers: [server] });
  }

  async query<T extends DnsRecordType>(name: string, type: T): Promise<DnsObservation<T>> {
    const normalized = normalizeDnsName(name);
    const first = this.servers[0];
    const problem = dnsNameProblem(normalized);
    if (problem !== undefined) return this.observe(normalized, type, first, { kind: 'error', reason: 'other', detail: problem });
    if (first === undefined) {
      return this.observe(normalized, type, undefined, { kind: 'error', reason: 'network', detail: 'no DNS servers are configured' });
    }
    const failures: DnsObservation<T>[] = [];
    for (const server of this.servers) {
      const observation = await this.askServer(server, normalized, type);
      if (observation.outcome.kind !== 'error') return observation;
      failures.push(observation);
    }
    const firstFailure = failures[0] as DnsObservation<T>;
    const outcome = firstFailure.outcome;
    if (failures.length === 1 || outcome.kind !== 'error') return firstFailure;
    // Report the first server's failure, and what each of the others said.
    const detail = failures.map((f) => `${f.server}: ${f.outcome.kind === 'error' ? f.outcome.detail : f.outcome.kind}`).join('; ');
    return { ...firstFailure, outcome: { ...outcome, detail } };
  }

  private async askServer<T extends DnsRecordType>(server: DnsServerAddress, name: string, type: T): Promise<DnsObservation<T>> {
    const chain: string[] = [];
    let current = name;
    for (let link = 0; link <= MAX_CNAME_LINKS; link++) {
      const exchange = await this.exchange(server, current, type);
      if (!exchange.ok) return this.observe(name, type, server, exchange.outcome, chain);
      const reading = readResponse(exchange.packet, current, type);
      if (reading.kind === 'outcome') return this.observe(name, type, server, reading.outcome, [...chain, ...reading.cnameChain]);
      // The answer ended at an alias; ask the same server for its target, as a stub resolver does (RFC 1034 §5.3.3).
      for (const target of reading.cnameChain) {
        if (target === name || chain.includes(target)) {
          return this.observe(name, type, server, { kind: 'error', reason: 'malformed', detail: `CNAME loop at ${target}` }, chain);
        }
        chain.push(target);
      }
      current = reading.target;
    }
    const detail = `more than ${MAX_CNAME_LINKS} CNAME links`;
    return this.observe(name, type, server, { kind: 'error', reason: 'other', detail }, chain);
  }

  private async exchange(server: DnsServerAddress, name: string, type: DnsRecordType): Promise<Exchange> {
    for (let attempt = 1; attempt <= this.tries; attempt++) {
      const id = randomInt(0, 0x10000);
      const query = encodeQuery(id, name, type, this.recursionDesired);
      const udp = await exchangeUdp(server, query, this.timeoutMs, (message) => {
        const decoded = decodeMessage(message);
        // Garbage from the server itself is an answer too: a malformed one.
        return !decoded.ok || answersQuestion(decoded.packet, id, name, type);
      });
      if (!udp.ok) {
        if (udp.reason === 'timeout') continue;
        return failure('network', udp.detail);
      }
      const decoded = decodeMessage(udp.message);
      if (!decoded.ok) return failure('malformed', `unreadable UDP answer: ${decoded.detail}`);
      if (!decoded.packet.flag_tc) return { ok: true, packet: decoded.packet };

      const tcp = await exchangeTcp(server, query, this.timeoutMs);
      if (!tcp.ok) return failure(tcp.reason, `the UDP answer was truncated and TCP failed: ${tcp.detail}`);
      const full = decodeMessage(tcp.message);
      if (!full.ok) return failure('malformed', `unreadable TCP answer: ${full.detail}`);
      if (!answersQuestion(full.packet, id, name, type)) return failure('malformed', 'the TCP answer does not match the question');
      return { ok: true, packet: full.packet };
    }
    return failure('timeout', `no answer from ${formatServerAddress(server)} after ${this.tries} × ${this.timeoutMs} ms`);
  }

  private observe<T extends DnsRecordType>(
    name: string,
    type: T,
    server: DnsServerAddress | undefined,
    outcome: DnsOutcome<T>,
    cnameChain: readonly string[] = [],
  ): DnsObservation<T> {
    return {
      name,
      type,
      server: server === undefined ? '' : formatServerAddress(server),
      at: this.now().toISOString(),
      outcome,
      ...(cnameChain.length > 0 ? { cnameChain: [...cnameChain] } : {}),
    };
  }
}

type ResolverFromConfig = { readonly ok: true; readonly resolver: WireResolver } | { readonly ok: false; readonly error: string };

/** A resolver for the servers named in the configuration ("IP" or "IP:PORT"); an unreadable entry is an error value. */
export function wireResolverFor(servers: readonly string[], options: Omit<WireResolverOptions, 'servers'> = {}): ResolverFromConfig {
  const parsed: DnsServerAddress[] = [];
  for (const text of servers) {
    const result = parseServerAddress(text);
    if (!result.ok) return { ok: false, error: `DNS server ${result.error}` };
    parsed.push(result.server);
  }
  return { ok: true, resolver: new WireResolver({ ...options, servers: parsed }) };
}

/** A resolver for the machine's own DNS servers (/etc/resolv.conf). */
export async function systemWireResolver(options: Omit<WireResolverOptions, 'servers'> = {}): Promise<WireResolver> {
  return new WireResolver({ ...options, servers: await systemDnsServers() });
}
