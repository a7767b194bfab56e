/**
 * Probes host names on their mail ports: resolves each name through the DNS
 * port, decides per address whether it may be connected to (address-range.ts),
 * probes one address per host on each port through the connection port with
 * bounded concurrency, looks up the reverse DNS of SMTP servers, and judges
 * everything with the pure judges. Every failure is a value in the result.
 */
import { isIP } from 'node:net';
import type { ProviderProfile } from '../config/provider-profile';
import { createLimiter } from '../util/limiter';
import { dnsEvidence, dnsFailed } from '../diagnose/finding-helpers';
import { reverseLookupName, unmapIPv4 } from '../dns/reverse-name';
import type { DnsObservation, DnsResolver } from '../dns/types';
import { destinationFor, type DestinationPolicy } from './address-range';
import { judgeBannerPtr, type PtrAnswers } from './banner-ptr';
import type { ConnectionProbe } from './connect';
import type { HostToProbe } from './host-names';
import { judgeObservation } from './judge';
import type { HostResult, PortResult, ProbeCheck } from './model';
import type { PortPlan } from './services';
import { hostNotFoundWords, hostUnroutableWords } from './words';

interface ProbeRunOptions {
  readonly resolver: DnsResolver;
  readonly connection: ConnectionProbe;
  readonly ports: readonly PortPlan[];
  /** Tests and the sandbox: connect to nothing outside 127.0.0.0/8 and ::1, whatever the host. */
  readonly loopbackOnly: boolean;
  /** Connections in flight at once, over all hosts. */
  readonly concurrency: number;
  readonly now: () => Date;
  readonly profile: ProviderProfile;
}

function policyFor(host: HostToProbe, loopbackOnly: boolean): DestinationPolicy {
  if (loopbackOnly) return 'loopback-only';
  return host.source === 'command-line' ? 'explicit' : 'public';
}

const COULD_NOT = { nl: 'Kon niet worden gecontroleerd', en: 'Could not be checked' };

async function resolveHost(host: string, resolver: DnsResolver): Promise<{ addresses: string[]; dns: DnsObservation[] }> {
  if (isIP(host) !== 0) return { addresses: [host], dns: [] };
  const [a, aaaa] = await Promise.all([resolver.query(host, 'A'), resolver.query(host, 'AAAA')]);
  const addresses = [a, aaaa].flatMap((o) => (o.outcome.kind === 'records' ? o.outcome.records.map((r) => r.address) : []));
  return { addresses, dns: [a, aaaa] };
}

/** Host-level checks when no address may be probed, and the address to probe when one may. */
function chooseAddress(host: HostToProbe, addresses: readonly string[], dns: readonly DnsObservation[], options: ProbeRunOptions): { address?: string; checks: ProbeCheck[] } {
  const evidence = dns.map(dnsEvidence);
  if (addresses.length === 0) {
    const failed = dns.find((o) => o.outcome.kind === 'error');
    if (failed !== undefined) return { checks: [{ id: 'mail-port-closed', status: 'could-not-check', severity: 'info', title: COULD_NOT, summary: dnsFailed(failed), evidence }] };
    const w = hostNotFoundWords(host.host, options.profile);
    return { checks: [{ id: 'mail-host-not-found', status: 'problem', severity: 'critical', title: w.title, summary: w.summary, evidence, fix: w.fix }] };
  }
  const policy = policyFor(host, options.loopbackOnly);
  const checks: ProbeCheck[] = [];
  let chosen: string | undefined;
  for (const address of addresses) {
    const d = destinationFor(address, policy);
    if (d.connect) {
      chosen ??= address;
      continue;
    }
    if (d.why === 'not-routable') {
      const w = hostUnroutableWords(host.host, address, d.range, options.profile);
      checks.push({ id: 'mail-host-unroutable', status: 'problem', severity: 'critical', title: w.title, summary: w.summary, evidence, fix: w.fix });
    } else if (chosen === undefined && !checks.some((c) => c.status === 'could-not-check')) {
      checks.push({
        id: 'mail-port-closed',
        status: 'could-not-check',
        severity: 'info',
        title: COULD_NOT,
        summary: {
          nl: `${host.host} wijst naar ${address}; deze run maakt alleen verbinding met loopback-adressen (test of sandbox).`,
          en: `${host.host} points to ${address}; this run connects to loopback addresses only (test or sandbox).`,
        },
        evidence,
      });
    }
  }
  // A probed address makes the "loopback only" note moot for this host.
  const kept = chosen === undefined ? checks : checks.filter((c) => c.status !== 'could-not-check');
  return { ...(chosen === undefined ? {} : { address: chosen }), checks: kept };
}

async function ptrAnswers(address: string, resolver: DnsResolver): Promise<PtrAnswers | undefined> {
  const plain = unmapIPv4(address);
  const name = reverseLookupName(plain);
  if (name === undefined) return undefined;
  const ptr = await resolver.query(name, 'PTR');
  const names = ptr.outcome.kind === 'records' ? ptr.outcome.records.map((r) => r.name) : [];
  const type = isIP(plain) === 6 ? ('AAAA' as const) : ('A' as const);
  const forward = await Promise.all(names.slice(0, 5).map((n) => resolver.query(n, type)));
  return { ptr, forward };
}

export async function probeHosts(hosts: readonly HostToProbe[], options: ProbeRunOptions): Promise<HostResult[]> {
  const limit = createLimiter(Math.max(1, options.concurrency));
  const ptrCache = new Map<string, Promise<PtrAnswers | undefined>>();
  const ptrFor = (address: string): Promise<PtrAnswers | undefined> => {
    let p = ptrCache.get(address);
    if (p === undefined) {
      p = ptrAnswers(address, options.resolver);
      ptrCache.set(address, p);
    }
    return p;
  };

  return Promise.all(
    hosts.map(async (host): Promise<HostResult> => {
      const { addresses, dns } = await resolveHost(host.host, options.resolver);
      const chosen = chooseAddress(host, addresses, dns, options);
      const address = chosen.address;
      const base = { host: host.host, source: host.source, addresses, dns, checks: chosen.checks };
      if (address === undefined) return { ...base, ports: [] };
      const ports = await Promise.all(
        options.ports.map((plan) =>
          limit(async (): Promise<PortResult> => {
            const observation = await options.connection.probe({ host: host.host, address, port: plan.port, service: plan.service });
            const checks = judgeObservation(observation, { now: options.now(), profile: options.profile });
            if ((plan.service === 'smtp' || plan.service === 'smtps') && /^220[ -]/.test(observation.greeting?.[0] ?? '')) {
              const answers = await ptrFor(address);
              const ptrCheck = answers === undefined ? undefined : judgeBannerPtr(host.host, address, observation.greeting, answers, options.profile);
              if (ptrCheck !== undefined) checks.push(ptrCheck);
            }
            return { port: plan.port, service: plan.service, address, observation, checks };
          }),
        ),
      );
      return { ...base, ports };
    }),
  );
}
