/**
 * End to end over the sandbox demo: the emulator and the loopback DNS server
 * (recursive view from `dns`, authoritative view from `dnsAuthoritative`),
 * collected through the WHM gateway and diagnosed. Every account must report
 * exactly the problems it declares under `shows`.
 */
import path from 'node:path';
import { createHttpGateway } from '../../src/cpanel';
import { RunningEmulator, authoritativeDnsData, startEmulator } from '../../src/sandbox/emulator';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { WireResolver } from '../../src/dns/wire-resolver';
import { collectAccount } from '../../src/collect/collect-account';
import { diagnose } from '../../src/diagnose/diagnose';
import { defaultClassifier } from '../../src/kb/classify';
import { loadProfile } from '../../src/config/load-profile';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

const SCENARIOS = path.join(__dirname, '..', '..', 'src', 'sandbox', 'scenarios');

let emu: RunningEmulator;
let recursive: RunningDnsServer;
let authoritative: RunningDnsServer;

beforeAll(async () => {
  emu = await startEmulator({ scenario: path.join(SCENARIOS, 'demo.yaml') });
  recursive = await startDnsServer({ data: emu.scenario.dns });
  authoritative = await startDnsServer({ data: authoritativeDnsData(emu.scenario) });
});

afterAll(async () => {
  await Promise.all([emu.close(), recursive.close(), authoritative.close()]);
});

describe('when every demo account is audited', () => {
  test('then each reports exactly the problems its `shows` declares (none for the healthy account)', async () => {
    const profile = await loadProfile(path.join(SCENARIOS, 'demo-profile.yaml'));
    const resolver = new WireResolver({ servers: [recursive.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 });
    const nameservers = new WireResolver({ servers: [authoritative.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1, recursionDesired: false });
    const classifier = defaultClassifier();
    const now = Math.floor(Date.now() / 1000);
    const mismatches: string[] = [];
    for (const account of emu.scenario.accounts) {
      const gateway = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: emu.tokens.whm.root ?? '' }, account: account.user });
      try {
        const input = await collectAccount({
          gateway,
          user: account.user,
          window: { since: now - 86400, until: now },
          now,
          resolver,
          authoritative: () => nameservers,
          profile,
          classifier,
          serverHostname: emu.scenario.server.hostname,
        });
        // Delivery findings nested under their root cause (`explains`) and the parts of a root cause are still reported.
        const all = diagnose(input).flatMap((f) => [f, ...(f.explains ?? []), ...(f.parts ?? [])]);
        const problems = [...new Set<string>(all.filter((f) => f.status === 'problem').map((f) => f.id))].sort();
        const declared = [...new Set(account.shows)].sort();
        if (problems.join() !== declared.join()) mismatches.push(`${account.user}: declared [${declared.join(', ')}], audited [${problems.join(', ')}]`);
      } finally {
        await gateway.close();
      }
    }
    expect(mismatches).toEqual([]);
  });
});
