/**
 * A nameserver whose address is in a documentation, private or other
 * special-purpose range is never asked (unless given explicitly with
 * --authoritative-via): it is a "could not check" that says why. The sandbox's
 * zones name nameservers at documentation addresses, so an audit without
 * --authoritative-via shows it on the wire: a real process, the loopback DNS
 * server, and no packet anywhere else.
 */
import { specialPurposeRange } from '../../src/dns/special-ranges';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { runCli } from '../cli/run-cli';

describe('special-purpose addresses', () => {
  it.each([
    ['203.0.113.53', /documentation \(RFC 5737\)/],
    ['198.51.100.7', /documentation \(RFC 5737\)/],
    ['192.0.2.1', /documentation \(RFC 5737\)/],
    ['10.1.2.3', /private \(RFC 1918\)/],
    ['172.31.255.255', /private \(RFC 1918\)/],
    ['192.168.0.1', /private \(RFC 1918\)/],
    ['100.64.1.1', /shared address space/],
    ['127.0.0.1', /loopback/],
    ['169.254.1.1', /link-local/],
    ['0.1.2.3', /this network/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /reserved/],
    ['2001:db8::53', /documentation \(RFC 3849\)/],
    ['fd12:3456::1', /unique local/],
    ['fe80::1', /link-local/],
    ['::1', /loopback/],
    ['[::1]', /loopback/],
    ['::ffff:10.0.0.1', /IPv4-mapped/],
    ['ns1.example', /not an IP address/],
  ])('when the address is %s, then it is special: %s', (address, what) => {
    expect(specialPurposeRange(address)).toMatch(what);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '193.0.14.129', '2001:4860:4860::8888', '2a00:1450:4001::1'])('when the address is %s, then it is public', (address) => {
    expect(specialPurposeRange(address)).toBeUndefined();
  });
});

describe('an audit whose nameservers are at documentation addresses', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('when --authoritative-via is not given, then those nameservers are not asked and MX propagation is could-not-check, naming the range', async () => {
    const r = await runCli(
      // --no-probe: the demo's mail hosts are at documentation addresses too, which the probe reports (test/probe).
      ['audit', '--user', 'devries', '--json', '--no-probe', '--whm-url', sandbox.emulator.httpUrl, '--dns-server', sandbox.dnsAddress, '--dns-timeout', '400', '--profile', sandbox.profilePath],
      undefined,
      { MAIL_DOCTOR_WHM_TOKEN: sandbox.emulator.tokens.whm.root ?? '' },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: Array<{ id: string; status: string; summary: string; evidence: unknown[] }> };
    expect(report.findings.filter((f) => f.status === 'problem').map((f) => f.id)).toEqual([]);
    const propagation = report.findings.find((f) => f.id === 'mx-not-propagated');
    expect(propagation?.status).toBe('could-not-check');
    expect(propagation?.summary).toMatch(/203\.0\.113\.53 was not asked .* special-purpose range/);
    expect(JSON.stringify(propagation?.evidence)).toMatch(/not-public/);
    expect(JSON.stringify(propagation?.evidence)).not.toMatch(/refused during tests|timeout/);
  }, 90_000);

  it('when --authoritative-via names a server, then it is asked, whatever its address', async () => {
    const r = await runCli(
      ['audit', '--user', 'devries', '--json', '--whm-url', sandbox.emulator.httpUrl, '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--dns-timeout', '400', '--profile', sandbox.profilePath],
      undefined,
      { MAIL_DOCTOR_WHM_TOKEN: sandbox.emulator.tokens.whm.root ?? '' },
    );
    const report = JSON.parse(r.stdout) as { findings: Array<{ id: string; status: string }> };
    expect(report.findings.find((f) => f.id === 'mx-not-propagated')?.status).toBe('ok');
  }, 90_000);
});
