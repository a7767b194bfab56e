/**
 * Audit speed against the emulator: one account with 50 domains and 20,000
 * Track Delivery records, and `--all` over a server of 500 accounts. The
 * emulator and DNS server run in this process; the audit runs in a child so
 * its own CPU time and memory can be told apart from the emulator's.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { startEmulator } from '../sandbox/emulator';
import { startDnsServer } from '../sandbox/dns-server';
import { scenariosDirectory } from '../sandbox/start-sandbox';
import { largeAccountScenario, manyAccountsScenario } from './bench-scenarios';
import type { ChildFigures } from './audit-child';

const run = promisify(execFile);

async function measure(label: string, scenario: ReturnType<typeof largeAccountScenario>, args: string[], accounts: number): Promise<void> {
  const emulator = await startEmulator({ scenario });
  const dns = await startDnsServer({ data: emulator.scenario.dns });
  try {
    const dnsAddress = `${dns.host}:${dns.port}`;
    const child = path.join(__dirname, 'audit-child.js');
    const { stdout } = await run(
      process.execPath,
      [
        child,
        ...args,
        '--json',
        '--whm-url', emulator.httpUrl,
        '--whm-token', emulator.tokens.whm.root ?? '',
        '--dns-server', dnsAddress,
        '--authoritative-via', dnsAddress,
        '--profile', path.join(scenariosDirectory(), 'demo-profile.yaml'),
        '--concurrency', '4',
        '--max-records', '5000',
      ],
      { maxBuffer: 1 << 20 },
    );
    const f = JSON.parse(stdout) as ChildFigures;
    console.log(
      `${label.padEnd(36)} wall ${(f.wallMs / 1000).toFixed(2)} s   our CPU ${((f.userMs + f.systemMs) / 1000).toFixed(2)} s   ` +
        `${(accounts / (f.wallMs / 1000)).toFixed(1)} accounts/s   peak RSS ${f.maxRssMiB.toFixed(0)} MiB   exit ${f.exitCode}`,
    );
  } finally {
    await Promise.all([emulator.close(), dns.close()]);
  }
}

async function main(): Promise<void> {
  console.log('audit benchmark (emulator over HTTP + loopback DNS; CPU is the audit process alone)');
  await measure('1 account, 50 domains, 20,000 records', largeAccountScenario(), ['--user', 'groot', '--since', '7d'], 1);
  await measure('--all, 500 accounts', manyAccountsScenario(500), ['--all', '--since', '7d'], 500);
}

if (require.main === module) void main();
