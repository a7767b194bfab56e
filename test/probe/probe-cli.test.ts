/**
 * `mail-doctor probe` as a process against real servers on loopback: Exim
 * for SMTP and Dovecot for IMAP/POP3 from Debian's packages, each with its
 * own configuration and certificates made here with openssl; small node
 * servers for the faults real servers cannot be made to show (closed,
 * silent, garbage greeting, TLS 1.0 only). Names resolve through a DNS
 * server on loopback.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { runCli, jsonLines } from '../cli/run-cli';
import { makeCertificates, type TestCertificates } from './certificates';
import { closedPort, garbageServer, silentServer, tls10ImapServer, type FaultServer } from './fault-servers';
import { SERVER_ADDRESS, startDovecot, startExim, type RunningServer } from './real-servers';

jest.setTimeout(120_000);

interface Check {
  port: number | null;
  service: string | null;
  status: string;
  id: string | null;
  banner: string | null;
  tls: { version: string; cipher: string; certificate: { subject: string; altNames: string[]; issuer: string; notAfter: string; trusted: boolean; nameMatches: boolean } | null } | null;
  auth: string[];
  evidence: string[];
  fix: { actor: string; steps: string[] } | null;
}
interface HostJson {
  host: string;
  checks: Check[];
}

let dir: string;
let certs: TestCertificates;
let dns: RunningDnsServer;
const servers: Array<RunningServer | FaultServer> = [];
let healthy: RunningServer;
let dovecot: RunningServer;
let expired: RunningServer;
let wrongName: RunningServer;
let selfSigned: RunningServer;
let noStarttls: RunningServer;
let authBeforeTls: RunningServer;
let otherBanner: RunningServer;
let silent: FaultServer;
let garbage: FaultServer;
let tls10: FaultServer;
let closed: number;

const HOST = 'mail.probe.test';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mail-doctor-probe-'));
  certs = await makeCertificates(path.join(dir, 'certs'), HOST);
  dns = await startDnsServer({
    data: {
      zones: ['probe.test', 'klant.test', '127.in-addr.arpa'],
      records: [
        { name: HOST, type: 'A', data: SERVER_ADDRESS },
        { name: 'mail.klant.test', type: 'A', data: SERVER_ADDRESS },
        { name: '2.0.0.127.in-addr.arpa', type: 'PTR', data: HOST },
        { name: 'doc.probe.test', type: 'A', data: '192.0.2.10' },
        { name: 'private.probe.test', type: 'A', data: '10.1.2.3' },
        { name: 'public.probe.test', type: 'A', data: '1.1.1.1' },
      ],
      faults: [],
    },
  });
  const exim = async (name: string, o: Partial<Parameters<typeof startExim>[0]>): Promise<RunningServer> => {
    const s = await startExim({ dir: path.join(dir, name), hostname: HOST, tls: certs.good, ...o });
    servers.push(s);
    return s;
  };
  healthy = await exim('healthy', {});
  expired = await exim('expired', { tls: certs.expired });
  wrongName = await exim('wrong-name', { tls: certs.wrongName });
  selfSigned = await exim('self-signed', { tls: certs.selfSigned });
  noStarttls = await exim('no-starttls', { starttls: false });
  authBeforeTls = await exim('auth-before-tls', { authBeforeTls: true });
  otherBanner = await exim('other-banner', { hostname: 'smtp.elsewhere.test' });
  dovecot = await startDovecot(path.join(dir, 'dovecot'), certs.good);
  servers.push(dovecot);
  silent = await silentServer();
  garbage = await garbageServer();
  tls10 = await tls10ImapServer(certs.good);
  servers.push(silent, garbage, tls10);
  closed = await closedPort();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => ('stop' in s ? s.stop() : s.close())));
  await dns?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function probe(args: string[]): ReturnType<typeof runCli> {
  return runCli(['probe', '--json', '--lang', 'en', '--dns-server', dns.address, '--timeout', '3', ...args]);
}

async function probeJson(args: string[], expectedCode = 0): Promise<HostJson[]> {
  const r = await probe(args);
  expect({ code: r.code, stderr: expectedCode === 0 ? r.stderr : '' }).toEqual({ code: expectedCode, stderr: '' });
  return jsonLines(r.stdout) as unknown as HostJson[];
}

const problems = (h: HostJson): string[] => h.checks.filter((c) => c.status === 'problem').map((c) => `${c.port ?? '-'} ${c.id ?? ''}`);

describe('when a healthy Exim and Dovecot are probed on every mail port', () => {
  it('then every port is ok, with the banner, TLS, certificate and AUTH it saw', async () => {
    const ports = [
      `smtps:${healthy.ports.smtps}`,
      `submission:${healthy.ports.smtp}`,
      `imaps:${dovecot.ports.imaps}`,
      `pop3s:${dovecot.ports.pop3s}`,
      `imap:${dovecot.ports.imap}`,
      `pop3:${dovecot.ports.pop3}`,
    ];
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', ports.join(',')]);
    expect(host?.host).toBe(HOST);
    expect(host?.checks.map((c) => `${c.service} ${c.status}`)).toEqual(['smtps ok', 'submission ok', 'imaps ok', 'pop3s ok', 'imap ok', 'pop3 ok']);
    const smtps = host?.checks[0];
    expect(smtps?.banner).toMatch(/^220 mail\.probe\.test ESMTP Exim/);
    expect(smtps?.tls?.version).toMatch(/^TLSv1\.[23]$/);
    expect(smtps?.tls?.certificate).toMatchObject({ altNames: [HOST], issuer: 'Mail Doctor Test CA', trusted: true, nameMatches: true });
    expect(smtps?.auth).toEqual(['PLAIN']);
    expect(host?.checks[2]?.banner).toMatch(/^\* OK .*Dovecot/);
    expect(host?.checks[3]?.banner).toMatch(/^\+OK/);
    // Over TLS the IMAP server offers AUTH=PLAIN (and the LOGIN command).
    expect(host?.checks[4]?.auth).toContain('PLAIN');

    const [mx] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `smtp:${healthy.ports.smtp}`]);
    // The same Exim port as the inbound MX (25): one port cannot be named twice in one list.
    expect(mx?.checks.map((c) => `${c.service} ${c.status}`)).toEqual(['smtp ok']);
  });

  it('then the human output shows a ✓ per port', async () => {
    const r = await runCli(['probe', HOST, '--lang', 'en', '--dns-server', dns.address, '--ca-file', certs.caFile, '--ports', `smtps:${healthy.ports.smtps},imaps:${dovecot.ports.imaps}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`✓ ${healthy.ports.smtps} smtps  ·  220 mail\\.probe\\.test ESMTP`));
    expect(r.stdout).toMatch(new RegExp(`✓ ${dovecot.ports.imaps} imaps`));
    expect(r.stdout).not.toMatch(/✗/);
  });

  it('then without --ca-file the test CA is not trusted', async () => {
    const [host] = await probeJson([HOST, '--ports', `smtps:${healthy.ports.smtps}`]);
    expect(problems(host!)).toEqual([`${healthy.ports.smtps} mail-cert-untrusted`]);
    expect(host?.checks[0]?.tls?.certificate?.trusted).toBe(false);
  });

  it('then a name the certificate does not carry (mail.DOMAIN) is a name mismatch whose fix names the certificate\'s name', async () => {
    const [host] = await probeJson(['mail.klant.test', '--ca-file', certs.caFile, '--ports', `smtps:${healthy.ports.smtps},imaps:${dovecot.ports.imaps}`]);
    expect(problems(host!)).toEqual([`${healthy.ports.smtps} mail-cert-name-mismatch`, `${dovecot.ports.imaps} mail-cert-name-mismatch`]);
    const check = host!.checks[0]!;
    expect(check.tls?.certificate?.nameMatches).toBe(false);
    expect(check.fix?.actor).toBe('account-owner');
    expect(check.fix?.steps.join(' ')).toMatch(/set mail\.probe\.test as incoming and outgoing server/);
  });
});

describe('when certificates are wrong', () => {
  it('then an expired one is mail-cert-expired with its end date', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `smtps:${expired.ports.smtps}`]);
    expect(problems(host!)).toEqual([`${expired.ports.smtps} mail-cert-expired`]);
    const c = host!.checks[0]!;
    expect(c.tls?.certificate?.notAfter).toBeDefined();
    expect(new Date(c.tls!.certificate!.notAfter).getTime()).toBeLessThan(Date.now());
    expect(c.evidence.join(' ')).toContain(c.tls!.certificate!.notAfter.slice(0, 10));
  });

  it('then one for another name is mail-cert-name-mismatch with the names it has', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `smtps:${wrongName.ports.smtps}`]);
    expect(problems(host!)).toEqual([`${wrongName.ports.smtps} mail-cert-name-mismatch`]);
    expect(host!.checks[0]!.tls?.certificate?.altNames).toEqual(['server.other-name.test']);
  });

  it('then a self-signed one is mail-cert-untrusted, even with the test CA trusted', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `smtps:${selfSigned.ports.smtps}`]);
    expect(problems(host!)).toEqual([`${selfSigned.ports.smtps} mail-cert-untrusted`]);
    expect(host!.checks[0]!.evidence.join(' ')).toMatch(/issued by mail\.probe\.test/);
  });
});

describe('when the SMTP dialogue is wrong', () => {
  it('then a server without STARTTLS is mail-tls-missing', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `submission:${noStarttls.ports.smtp}`]);
    expect(problems(host!)).toEqual([`${noStarttls.ports.smtp} mail-tls-missing`]);
    expect(host!.checks[0]!.tls).toBeNull();
  });

  it('then AUTH offered before STARTTLS is mail-auth-without-tls', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `submission:${authBeforeTls.ports.smtp}`]);
    expect(problems(host!)).toEqual([`${authBeforeTls.ports.smtp} mail-auth-without-tls`]);
  });

  it('then a greeting name that is not the PTR of the address is mail-banner-ptr-mismatch', async () => {
    const [host] = await probeJson([HOST, '--ca-file', certs.caFile, '--ports', `smtp:${otherBanner.ports.smtp},smtps:${otherBanner.ports.smtps}`]);
    expect(problems(host!)).toEqual([`${otherBanner.ports.smtp} mail-banner-ptr-mismatch`, `${otherBanner.ports.smtps} mail-banner-ptr-mismatch`]);
    const c = host!.checks[0]!;
    expect(c.banner).toMatch(/^220 smtp\.elsewhere\.test /);
    expect(c.evidence.join(' ')).toMatch(/PTR 2\.0\.0\.127\.in-addr\.arpa .*mail\.probe\.test/);
  });
});

describe('when ports misbehave (node fault servers)', () => {
  it('then closed, silent, garbage and TLS 1.0 ports each get their id and evidence', async () => {
    const began = Date.now();
    const [host] = await probeJson([
      HOST,
      '--timeout',
      '1',
      '--ports',
      `submission:${closed},imap:${silent.port},smtp:${garbage.port},imaps:${tls10.port}`,
    ]);
    const elapsed = Date.now() - began;
    const ids = problems(host!);
    expect(ids).toContain(`${closed} mail-port-closed`);
    expect(ids).toContain(`${silent.port} mail-banner-invalid`);
    expect(ids).toContain(`${garbage.port} mail-banner-invalid`);
    expect(ids).toContain(`${tls10.port} mail-tls-outdated`);
    const byPort = (p: number): Check[] => host!.checks.filter((c) => c.port === p);
    expect(byPort(closed)[0]?.evidence.join(' ')).toMatch(/ECONNREFUSED/);
    expect(byPort(silent.port)[0]?.evidence.join(' ')).toMatch(/no answer within 1000 ms/);
    expect(byPort(garbage.port)[0]?.banner).toMatch(/^HTTP\/1\.1 400/);
    expect(byPort(tls10.port).find((c) => c.id === 'mail-tls-outdated')?.tls?.version).toBe('TLSv1');
    // Not a timing assertion: the silent port may cost one step limit, not an open-ended wait.
    expect(elapsed).toBeGreaterThan(0);
  });
});

describe('when a name cannot be resolved or may not be connected to', () => {
  it('then an unreachable DNS server is could-not-check and exit 1', async () => {
    const deadDns = await closedPort();
    const r = await runCli(['probe', HOST, '--json', '--dns-server', `127.0.0.1:${deadDns}`, '--dns-timeout', '300', '--ports', '465']);
    expect(r.code).toBe(1);
    const [host] = jsonLines(r.stdout) as unknown as HostJson[];
    expect(host?.checks.map((c) => `${c.status} ${c.id}`)).toEqual(['could-not-check mail-port-closed']);
    expect(r.stderr).toMatch(/no mail server could be resolved or reached/);
  });

  it('then a name in a documentation or private range is a finding and never a destination', async () => {
    // Documentation addresses even when typed; private ones when the run may not leave loopback.
    const typed = await probeJson(['doc.probe.test', '--ports', '465'], 1);
    const sandboxed = await probeJson(['private.probe.test', '--loopback-only', '--ports', '465'], 1);
    const hosts = [...typed, ...sandboxed];
    expect(hosts.map((h) => problems(h))).toEqual([['- mail-host-unroutable'], ['- mail-host-unroutable']]);
    expect(hosts.every((h) => h.checks.every((c) => c.port === null))).toBe(true);
    expect(hosts[0]?.checks[0]?.evidence.join(' ')).toMatch(/192\.0\.2\.10/);
  });

  it('then with --loopback-only a public address is could-not-check, also for the profile\'s server', async () => {
    const profile = path.join(dir, 'profile.yaml');
    await writeFile(profile, 'mailServer: public.probe.test\n');
    const hosts = await probeJson(['--loopback-only', '--profile', profile, '--ports', '465'], 1);
    expect(hosts.map((h) => h.host)).toEqual(['public.probe.test']);
    expect(hosts[0]?.checks.map((c) => `${c.status} ${c.id}`)).toEqual(['could-not-check mail-port-closed']);
    expect(hosts[0]?.checks[0]?.port).toBeNull();
  });

  it('then a name that does not exist is mail-host-not-found', async () => {
    const [host] = await probeJson(['nothere.probe.test', '--ports', '465'], 1);
    expect(problems(host!)).toEqual(['- mail-host-not-found']);
  });
});

describe('when the command is used wrongly', () => {
  it('then bad ports, hosts and timeouts are usage errors (exit 2)', async () => {
    expect((await probe([HOST, '--ports', '2525'])).code).toBe(2);
    expect((await probe([HOST, '--ports', 'gopher:70'])).code).toBe(2);
    expect((await probe(['not a host'])).code).toBe(2);
    expect((await probe([HOST, '--timeout', 'soon'])).code).toBe(2);
    expect((await probe(['--user', 'someone'])).code).toBe(2);
  });
});
