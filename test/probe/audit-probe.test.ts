/**
 * `mail-doctor audit` with its probe step, against the sandbox (emulator and
 * loopback DNS): the demo's mail hosts resolve to documentation addresses and
 * must never be connected to; a host pointed at a real Exim on loopback is
 * probed and shows up as a finding.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { runCli } from '../cli/run-cli';
import { makeCertificates, type TestCertificates } from './certificates';
import { SERVER_ADDRESS, startExim, type RunningServer } from './real-servers';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

jest.setTimeout(120_000);

interface JsonFinding {
  id: string;
  status: string;
  subject: { kind: string; name: string };
  summary: string;
}

const HOST = 'mail.bakkerij-devries.example';
let sandbox: RunningSandbox;
let dir: string;
let certs: TestCertificates;
let exim: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mail-doctor-audit-probe-'));
  certs = await makeCertificates(path.join(dir, 'certs'), HOST);
  exim = await startExim({ dir: path.join(dir, 'exim'), hostname: HOST, tls: certs.good });
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox?.close();
  await exim?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function audit(extra: string[]): Promise<JsonFinding[]> {
  const r = await runCli([
    'audit', '--user', 'devries', '--json', '--lang', 'en',
    '--whm-url', sandbox.emulator.httpUrl, '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
    '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--dns-timeout', String(SANDBOX_DNS_TIMEOUT_MS),
    '--profile', sandbox.profilePath, ...extra,
  ]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

async function auditReport(extra: string[]): Promise<{ requirements: { rows: { id: string; status: string; evidence: string[] }[] }[] }> {
  const r = await runCli([
    'audit', '--user', 'devries', '--json', '--lang', 'en',
    '--whm-url', sandbox.emulator.httpUrl, '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
    '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--dns-timeout', String(SANDBOX_DNS_TIMEOUT_MS),
    '--profile', sandbox.profilePath, ...extra,
  ]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(r.stdout) as { requirements: { rows: { id: string; status: string; evidence: string[] }[] }[] };
}

const probeIds = (findings: JsonFinding[]): string[] =>
  findings.filter((f) => f.id.startsWith('mail-') && f.subject.kind === 'server').map((f) => `${f.subject.name} ${f.status} ${f.id}`).sort();

describe('when the audit probes the demo account', () => {
  it('then its mail hosts at documentation addresses are findings and nothing is connected to', async () => {
    const findings = await audit([]);
    const probed = probeIds(findings);
    expect(probed).toContain(`${HOST} problem mail-host-unroutable`);
    // The network guard of the tests would have made the process fail on any other destination.
    expect(probed.every((p) => / problem mail-host-unroutable$/.test(p))).toBe(true);
  });

  it('then --no-probe leaves the probe out', async () => {
    expect(probeIds(await audit(['--no-probe']))).toEqual([]);
  });

  it('then a mail host that points at a real server on loopback is connected to and judged', async () => {
    const original = sandbox.emulator.scenario.dns;
    sandbox.dns.setData({
      ...original,
      records: [
        ...original.records.filter((r) => r.name !== HOST),
        { name: HOST, type: 'A', data: SERVER_ADDRESS },
        { name: '2.0.0.127.in-addr.arpa', type: 'PTR', data: HOST },
      ],
      zones: [...original.zones, '127.in-addr.arpa'],
    });
    try {
      const findings = await audit(['--loopback-only', '--ca-file', certs.caFile, '--probe-ports', `smtps:${exim.ports.smtps},submission:${exim.ports.smtp}`]);
      const mine = findings.filter((f) => f.subject.name.startsWith(`${HOST}:`));
      expect(mine.map((f) => `${f.subject.name} ${f.status}`).sort()).toEqual([`${HOST}:${exim.ports.smtp} ok`, `${HOST}:${exim.ports.smtps} ok`].sort());
      expect(mine.find((f) => f.subject.name === `${HOST}:${exim.ports.smtps}`)?.summary).toMatch(/We connected to mail\.bakkerij-devries\.example on port \d+ \(SMTP with SSL\) just now and got "220 mail\.bakkerij-devries\.example ESMTP/);

      // What the probe sees on incoming SMTP decides the requirements card's TLS row.
      const report = await auditReport(['--loopback-only', '--ca-file', certs.caFile, '--probe-ports', `smtp:${exim.ports.smtp}`]);
      const tls = report.requirements[0]?.rows.find((r) => r.id === 'tls');
      expect(tls).toMatchObject({ status: 'met', evidence: [`${HOST} (${SERVER_ADDRESS}) offers STARTTLS on port ${exim.ports.smtp}.`] });
    } finally {
      sandbox.dns.setData(original);
    }
  });

  it('then probe --user takes the account\'s names from cPanel and the profile\'s server, and connects to none of them here', async () => {
    const r = await runCli([
      'probe', '--user', 'devries', '--json', '--lang', 'en', '--loopback-only', '--ports', '465',
      '--whm-url', sandbox.emulator.httpUrl, '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
      '--dns-server', sandbox.dnsAddress, '--profile', sandbox.profilePath,
    ]);
    expect(r.code).toBe(1);
    const hosts = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { host: string; source: string; checks: Array<{ id: string; status: string }> });
    expect(hosts.map((h) => `${h.host} ${h.source}`)).toEqual(['cp01.hosting.example profile', `${HOST} account`]);
    expect(hosts.every((h) => h.checks.every((c) => c.id === 'mail-host-unroutable' && c.status === 'problem'))).toBe(true);
  });
});
