/**
 * DNS blocklists: the query name, the reading of the answer (pure), and a
 * lookup through the real resolver against a blocklist zone on the loopback
 * server.
 */
import { blocklistQueryName, checkBlocklist, decodeBlocklistAnswer } from '../../src/dns/blocklist';
import type { DnsObservation, DnsOutcome } from '../../src/dns/types';
import { WireResolver } from '../../src/dns/wire-resolver';
import { zoneDataSchema } from '../../src/dns/zone-data';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

function observed(outcome: DnsOutcome<'A'>): DnsObservation<'A'> {
  return { name: 'x', type: 'A', server: '127.0.0.1', at: '2026-01-01T00:00:00.000Z', outcome };
}

function listedAs(...addresses: string[]): DnsObservation<'A'> {
  return observed({ kind: 'records', records: addresses.map((address) => ({ address })) });
}

describe('blocklist query names (RFC 5782 §2.1, §2.4)', () => {
  it('when the address is IPv4, then the octets are reversed under the zone', () => {
    expect(blocklistQueryName('192.0.2.99', 'zen.spamhaus.org.')).toBe('99.2.0.192.zen.spamhaus.org');
  });

  it('when the address is IPv6, then the nibbles are reversed under the zone', () => {
    expect(blocklistQueryName('2001:db8:1:2:3:4:567:89ab', 'dnsbl.example')).toBe(
      'b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.dnsbl.example',
    );
  });

  it('when the address is IPv4-mapped IPv6, then the IPv4 address is looked up', () => {
    expect(blocklistQueryName('::ffff:192.0.2.99', 'bl.example')).toBe('99.2.0.192.bl.example');
  });

  it('when the text is not an address, then there is no query name', () => {
    expect(blocklistQueryName('mail.example.com', 'bl.example')).toBeUndefined();
  });
});

describe('reading a blocklist answer', () => {
  const zen = 'zen.spamhaus.org';

  it('when Spamhaus ZEN answers 127.0.0.2, then the address is listed on the SBL', () => {
    const result = decodeBlocklistAnswer(zen, '192.0.2.1', listedAs('127.0.0.2'));
    expect(result).toMatchObject({ zone: zen, ip: '192.0.2.1', status: 'listed', codes: ['127.0.0.2'] });
    expect(result.meaning).toMatch(/^SBL/);
  });

  it.each([
    ['127.0.0.3', /^CSS/],
    ['127.0.0.4', /^XBL/],
    ['127.0.0.9', /^DROP/],
    ['127.0.0.10', /^PBL.*network owner/],
    ['127.0.0.11', /^PBL.*Spamhaus/],
  ])('when ZEN answers %s, then it is listed with that meaning', (code, meaning) => {
    const result = decodeBlocklistAnswer(zen, '192.0.2.1', listedAs(code));
    expect(result.status).toBe('listed');
    expect(result.meaning).toMatch(meaning);
  });

  it('when ZEN answers several codes, then all are kept in order with all meanings', () => {
    const result = decodeBlocklistAnswer(zen, '192.0.2.1', listedAs('127.0.0.10', '127.0.0.4', '127.0.0.2'));
    expect(result.codes).toEqual(['127.0.0.2', '127.0.0.4', '127.0.0.10']);
    expect(result.meaning).toMatch(/^SBL.*; XBL.*; PBL/);
  });

  it('when a DQS zone answers, then the Spamhaus meanings apply too', () => {
    expect(decodeBlocklistAnswer('KEY123.zen.dq.spamhaus.net', '192.0.2.1', listedAs('127.0.0.4')).meaning).toMatch(/^XBL/);
  });

  it('when another list answers 127.0.0.2, then it is listed without a made-up meaning', () => {
    const result = decodeBlocklistAnswer('bl.example.org', '192.0.2.1', listedAs('127.0.0.2'));
    expect(result.status).toBe('listed');
    expect(result.meaning).toBeUndefined();
  });

  it.each(['127.255.255.252', '127.255.255.254', '127.255.255.255', '127.255.255.250', '127.0.1.255', '127.0.0.1', '192.0.2.200'])(
    'when the answer is %s, then it could not be checked, never listed',
    (code) => {
      const result = decodeBlocklistAnswer(zen, '192.0.2.1', listedAs(code));
      expect(result.status).toBe('could-not-check');
      expect(result.codes).toEqual([code]);
      expect(result.detail).toBeTruthy();
    },
  );

  it('when an error code comes with a listing code, then it still could not be checked', () => {
    expect(decodeBlocklistAnswer(zen, '192.0.2.1', listedAs('127.0.0.2', '127.255.255.254')).status).toBe('could-not-check');
  });

  it('when the answer is NXDOMAIN, then the address is not listed', () => {
    expect(decodeBlocklistAnswer(zen, '192.0.2.1', observed({ kind: 'nxdomain' }))).toEqual({ zone: zen, ip: '192.0.2.1', status: 'not-listed', codes: [] });
  });

  it.each(['timeout', 'servfail', 'refused', 'network'] as const)('when the lookup failed with %s, then it could not be checked', (reason) => {
    const result = decodeBlocklistAnswer(zen, '192.0.2.1', observed({ kind: 'error', reason, detail: 'x' }));
    expect(result.status).toBe('could-not-check');
    expect(result.detail).toContain(reason);
  });
});

describe('checking a blocklist through the resolver', () => {
  const zone = 'zen.spamhaus.test';
  let server: RunningDnsServer;
  let resolver: WireResolver;

  beforeAll(async () => {
    server = await startDnsServer({
      data: zoneDataSchema.parse({
        zones: [zone],
        records: [
          // RFC 5782 §5: every IPv4 list lists 127.0.0.2 as a test point.
          { name: `2.0.0.127.${zone}`, type: 'A', data: '127.0.0.2' },
          { name: `2.0.0.127.${zone}`, type: 'A', data: '127.0.0.4' },
          { name: `2.0.0.127.${zone}`, type: 'A', data: '127.0.0.10' },
          { name: `10.2.0.192.${zone}`, type: 'A', data: '127.0.0.11' },
          { name: `20.2.0.192.${zone}`, type: 'A', data: '127.255.255.254' },
          { name: `${blocklistQueryName('2001:db8::99', zone)}`, type: 'A', data: '127.0.0.3' },
        ],
        faults: [{ name: `30.2.0.192.${zone}`, behaviour: 'timeout' }],
      }),
    });
    resolver = new WireResolver({ servers: [server.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('when the test point 127.0.0.2 is looked up, then it is listed with every code', async () => {
    const result = await checkBlocklist(resolver, '127.0.0.2', zone);
    expect(result).toMatchObject({ status: 'listed', codes: ['127.0.0.2', '127.0.0.4', '127.0.0.10'] });
  });

  it('when a listed address is looked up, then it is listed with the PBL meaning', async () => {
    const result = await checkBlocklist(resolver, '192.0.2.10', zone);
    expect(result).toMatchObject({ status: 'listed', codes: ['127.0.0.11'] });
    expect(result.meaning).toMatch(/^PBL/);
  });

  it('when a listed IPv6 address is looked up, then it is listed', async () => {
    expect(await checkBlocklist(resolver, '2001:db8::99', zone)).toMatchObject({ status: 'listed', codes: ['127.0.0.3'] });
  });

  it('when an address is not in the zone, then it is not listed', async () => {
    expect(await checkBlocklist(resolver, '192.0.2.11', zone)).toMatchObject({ status: 'not-listed', codes: [] });
  });

  it('when the list answers 127.255.255.254, then it could not be checked', async () => {
    const result = await checkBlocklist(resolver, '192.0.2.20', zone);
    expect(result).toMatchObject({ status: 'could-not-check', codes: ['127.255.255.254'] });
    expect(result.detail).toMatch(/public or open resolver/);
  });

  it('when the list does not answer, then it could not be checked', async () => {
    // Its own short deadline: the answer never comes.
    const quick = new WireResolver({ servers: [server.server], timeoutMs: 150, tries: 1 });
    const result = await checkBlocklist(quick, '192.0.2.30', zone);
    expect(result).toMatchObject({ status: 'could-not-check', codes: [] });
    expect(result.detail).toMatch(/timeout/);
  });

  it('when the text is not an IP address, then it could not be checked and nothing is asked', async () => {
    server.clearQueries();
    expect((await checkBlocklist(resolver, 'not-an-ip', zone)).status).toBe('could-not-check');
    expect(server.queries()).toHaveLength(0);
  });
});
