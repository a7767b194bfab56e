/**
 * The probe as one step another flow can call (the audit): builds the
 * connection probe from plain settings, probes the given names, and returns
 * the results. The audit turns them into findings with `probeFindings`.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { DnsResolver } from '../dns/types';
import { createConnectionProbe, type ConnectionProbe } from './connect';
import type { HostToProbe } from './host-names';
import type { HostResult } from './model';
import { probeHosts } from './run-probe';
import { DEFAULT_PORTS, type PortPlan } from './services';
import { trustedRoots } from './trust-store';

interface ProbeSettings {
  readonly resolver: DnsResolver;
  readonly profile: ProviderProfile;
  readonly ports?: readonly PortPlan[];
  /** Per step (connect, handshake, each reply). */
  readonly stepTimeoutMs?: number;
  readonly concurrency?: number;
  readonly loopbackOnly: boolean;
  readonly caFile?: string;
  readonly now?: () => Date;
  /** Given by tests that bring their own connection port. */
  readonly connection?: ConnectionProbe;
}

const DEFAULT_STEP_TIMEOUT_MS = 5000;
const DEFAULT_CONCURRENCY = 4;

export async function runProbeStep(hosts: readonly HostToProbe[], settings: ProbeSettings): Promise<{ ok: true; results: HostResult[] } | { ok: false; error: string }> {
  let connection = settings.connection;
  if (connection === undefined) {
    const roots = await trustedRoots(settings.caFile);
    if (!roots.ok) return roots;
    connection = createConnectionProbe({ stepTimeoutMs: settings.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS, trustedCa: roots.roots });
  }
  const results = await probeHosts(hosts, {
    resolver: settings.resolver,
    connection,
    ports: settings.ports ?? DEFAULT_PORTS,
    loopbackOnly: settings.loopbackOnly,
    concurrency: settings.concurrency ?? DEFAULT_CONCURRENCY,
    now: settings.now ?? (() => new Date()),
    profile: settings.profile,
  });
  return { ok: true, results };
}

/** Something answered: at least one connection got past the TCP handshake. */
export function anythingReached(results: readonly HostResult[]): boolean {
  return results.some((r) => r.ports.some((p) => p.observation !== null && p.observation.failure?.step !== 'connect'));
}
