/**
 * The sandbox: the cPanel emulator with the demo accounts and the loopback
 * DNS server with their zones, started together so that Mail Doctor can be
 * run for real on a machine without cPanel.
 */
import path from 'node:path';
import { packageRoot } from '../util/package-root';
import { loadProfile } from '../config/load-profile';
import type { ProviderProfile } from '../config/provider-profile';
import { startDnsServer, type RunningDnsServer } from './dns-server';
import { authoritativeDnsData, startEmulator, type RunningEmulator } from './emulator';

export interface RunningSandbox {
  readonly emulator: RunningEmulator;
  /** The recursive view: what the world's resolvers answer. */
  readonly dns: RunningDnsServer;
  /** The domains' own nameservers, which may already know a change the recursive view does not. */
  readonly authoritativeDns: RunningDnsServer;
  /** "127.0.0.1:PORT" of the recursive server: give it to --dns-server. */
  readonly dnsAddress: string;
  /** "127.0.0.1:PORT" of the authoritative server: give it to --authoritative-via. */
  readonly authoritativeAddress: string;
  readonly profile: ProviderProfile;
  readonly profilePath: string;
  close(): Promise<void>;
}

/** The scenarios folder, found from src/ (tests), dist/ (built) and the benchmarks' build alike. */
export function scenariosDirectory(): string {
  return path.join(packageRoot(), 'src', 'sandbox', 'scenarios');
}

interface SandboxOptions {
  readonly scenario?: string;
  readonly profile?: string;
  readonly clock?: () => number;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const scenarioPath = options.scenario ?? path.join(scenariosDirectory(), 'demo.yaml');
  const profilePath = options.profile ?? path.join(scenariosDirectory(), 'demo-profile.yaml');
  const profile = await loadProfile(profilePath);
  const emulator = await startEmulator({ scenario: scenarioPath, ...(options.clock === undefined ? {} : { clock: options.clock }) });
  const servers: RunningDnsServer[] = [];
  try {
    servers.push(await startDnsServer({ data: emulator.scenario.dns }));
    servers.push(await startDnsServer({ data: authoritativeDnsData(emulator.scenario) }));
  } catch (error) {
    await Promise.all([emulator.close(), ...servers.map((s) => s.close())]);
    throw error;
  }
  const [dns, authoritativeDns] = servers as [RunningDnsServer, RunningDnsServer];
  // A fix that edits a zone (SPF, DKIM, DMARC) is served at once by both views, as a zone edit on a real server is.
  emulator.state.onDnsChange(() => {
    dns.setData(emulator.scenario.dns);
    authoritativeDns.setData(authoritativeDnsData(emulator.scenario));
  });
  return {
    emulator,
    dns,
    authoritativeDns,
    dnsAddress: `${dns.host}:${dns.port}`,
    authoritativeAddress: `${authoritativeDns.host}:${authoritativeDns.port}`,
    profile,
    profilePath,
    async close(): Promise<void> {
      await Promise.all([emulator.close(), dns.close(), authoritativeDns.close()]);
    },
  };
}
