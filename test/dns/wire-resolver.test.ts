/**
 * The production resolver against a real DNS server on loopback, over UDP
 * and TCP: every outcome the checks rely on, as it arrives on the wire.
 */
import { CachingResolver } from '../../src/dns/caching-resolver';
import { reverseLookupName } from '../../src/dns/reverse-name';
import type { DnsObservation, DnsRecordType } from '../../src/dns/types';
import { WireResolver, wireResolverFor } from '../../src/dns/wire-resolver';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { BIG_TXT, LONG_SPF_CHUNKS, sandboxZone } from './sandbox-zone';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let server: RunningDnsServer;
let resolver: WireResolver;

beforeAll(async () => {
  server = await startDnsServer({ data: sandboxZone });
  resolver = new WireResolver({ servers: [server.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 });
});

afterAll(async () => {
  await server.close();
});

function recordsOf<T extends DnsRecordType>(observation: DnsObservation<T>) {
  if (observation.outcome.kind !== 'records') throw new Error(`expected records, got ${JSON.stringify(observation.outcome)}`);
  return observation.outcome;
}

describe('the wire resolver asking the loopback server', () => {
  it('when asked for A, then it gets the address, the TTL, the AA bit, the server and the time', async () => {
    const observation = await resolver.query('example.test', 'A');
    expect(observation).toMatchObject({ name: 'example.test', type: 'A', server: server.address });
    expect(Date.parse(observation.at)).not.toBeNaN();
    expect(recordsOf(observation)).toEqual({ kind: 'records', records: [{ address: '192.0.2.10' }], ttl: 600, authoritative: true });
    expect(observation.cnameChain).toBeUndefined();
  });

  it('when the name is written in capitals with a trailing dot, then it is the same name', async () => {
    const observation = await resolver.query('EXAMPLE.Test.', 'A');
    expect(observation.name).toBe('example.test');
    expect(recordsOf(observation).records).toEqual([{ address: '192.0.2.10' }]);
  });

  it('when asked for AAAA, then it gets the IPv6 address', async () => {
    expect(recordsOf(await resolver.query('example.test', 'AAAA')).records).toEqual([{ address: '2001:db8::10' }]);
  });

  it('when asked for MX, then it gets preference and exchange', async () => {
    const records = recordsOf(await resolver.query('example.test', 'MX')).records;
    expect([...records].sort((a, b) => a.preference - b.preference)).toEqual([
      { preference: 10, exchange: 'mail.example.test' },
      { preference: 20, exchange: 'alias-mx.example.test' },
    ]);
  });

  it('when an MX target is a CNAME, then its A lookup shows the alias in cnameChain', async () => {
    const observation = await resolver.query('alias-mx.example.test', 'A');
    expect(observation.cnameChain).toEqual(['mail.example.test']);
    expect(recordsOf(observation).records).toEqual([{ address: '192.0.2.25' }]);
  });

  it('when asked for the CNAME itself, then it gets the alias target and no chain', async () => {
    const observation = await resolver.query('www.example.test', 'CNAME');
    expect(recordsOf(observation).records).toEqual([{ name: 'example.test' }]);
    expect(observation.cnameChain).toBeUndefined();
  });

  it('when an alias points into another zone the server holds, then the chain is followed there', async () => {
    const observation = await resolver.query('cross.example.test', 'A');
    expect(observation.cnameChain).toEqual(['host.other.test']);
    expect(recordsOf(observation).records).toEqual([{ address: '198.51.100.7' }]);
  });

  it('when an alias points at a name that does not exist, then the outcome is nxdomain with the chain', async () => {
    const observation = await resolver.query('dangling.example.test', 'A');
    expect(observation.outcome.kind).toBe('nxdomain');
    expect(observation.cnameChain).toEqual(['missing.example.test']);
  });

  it('when an alias leads out of what the server knows, then the resolver asks for the target and reports that answer', async () => {
    const observation = await resolver.query('away.example.test', 'A');
    expect(observation.cnameChain).toEqual(['mail.elsewhere.invalid']);
    expect(observation.outcome).toMatchObject({ kind: 'error', reason: 'refused' });
  });

  it('when asked for NS, then it gets the nameserver names', async () => {
    const names = recordsOf(await resolver.query('example.test', 'NS')).records.map((r) => r.name).sort();
    expect(names).toEqual(['ns1.example.test', 'ns2.other.test']);
  });

  it('when asked for SOA at the apex, then it gets the zone SOA', async () => {
    const soa = recordsOf(await resolver.query('example.test', 'SOA')).records[0];
    expect(soa).toMatchObject({ mname: 'ns1.example.test', rname: 'hostmaster.example.test' });
  });

  it('when a TXT record is split in chunks, then text joins them without spaces and chunks keeps them', async () => {
    const records = recordsOf(await resolver.query('example.test', 'TXT')).records;
    const spf = records.find((r) => r.text.startsWith('v=spf1'));
    expect(spf?.chunks).toEqual(LONG_SPF_CHUNKS);
    expect(spf?.text).toBe(LONG_SPF_CHUNKS.join(''));
    expect(spf?.text).toContain('include:spf.mandrillapp.example include:mailgun');
    expect(records.map((r) => r.text)).toContain('google-site-verification=abc123');
    expect(records).toHaveLength(2);
  });

  it('when one TXT string is longer than 255 octets, then the server splits it and the text comes back whole', async () => {
    const [record] = recordsOf(await resolver.query('split.example.test', 'TXT')).records;
    expect(record?.text).toBe(LONG_SPF_CHUNKS.join(''));
    expect(record?.chunks.map((c) => c.length)).toEqual([255, LONG_SPF_CHUNKS.join('').length - 255]);
  });

  it('when the answer is too big for UDP, then the resolver retries over TCP and gets all of it', async () => {
    server.clearQueries();
    const records = recordsOf(await resolver.query('big.example.test', 'TXT')).records;
    expect(records.map((r) => r.text).sort()).toEqual([...BIG_TXT].sort());
    expect(server.queries().filter((q) => q.name === 'big.example.test').map((q) => q.transport)).toEqual(['udp', 'tcp']);
  });

  it('when asked for the PTR of an IPv4 address, then it gets the host name', async () => {
    const name = reverseLookupName('192.0.2.25');
    expect(name).toBe('25.2.0.192.in-addr.arpa');
    expect(recordsOf(await resolver.query(name ?? '', 'PTR')).records).toEqual([{ name: 'mail.example.test' }]);
  });

  it('when asked for the PTR of an IPv6 address, then it gets the host name', async () => {
    const name = reverseLookupName('2001:db8::25') ?? '';
    expect(recordsOf(await resolver.query(name, 'PTR')).records).toEqual([{ name: 'mail6.example.test' }]);
  });

  it('when a domain publishes the null MX, then the exchange is empty', async () => {
    expect(recordsOf(await resolver.query('nomail.example.test', 'MX')).records).toEqual([{ preference: 0, exchange: '' }]);
  });
});

describe('the wire resolver telling "no record" from "could not check"', () => {
  it('when the name does not exist, then the outcome is nxdomain', async () => {
    expect((await resolver.query('nothing-here.example.test', 'TXT')).outcome).toEqual({ kind: 'nxdomain', authoritative: true });
  });

  it('when the name exists with other types only, then the outcome is nodata', async () => {
    expect((await resolver.query('mail.example.test', 'MX')).outcome).toEqual({ kind: 'nodata', authoritative: true });
  });

  it('when the name only has names below it, then it exists: nodata, not nxdomain (RFC 8020)', async () => {
    expect((await resolver.query('deep.example.test', 'A')).outcome.kind).toBe('nodata');
  });

  it('when the server answers SERVFAIL, then the outcome is error servfail', async () => {
    expect((await resolver.query('broken.example.test', 'A')).outcome).toMatchObject({ kind: 'error', reason: 'servfail' });
  });

  it('when a fault hits one type only, then the other types still answer', async () => {
    expect((await resolver.query('half.example.test', 'TXT')).outcome).toMatchObject({ kind: 'error', reason: 'servfail' });
    expect((await resolver.query('half.example.test', 'A')).outcome.kind).toBe('nxdomain');
  });

  it('when the server answers REFUSED, then the outcome is error refused', async () => {
    expect((await resolver.query('forbidden.example.test', 'A')).outcome).toMatchObject({ kind: 'error', reason: 'refused' });
  });

  it('when the name is outside every zone of the server, then the outcome is error refused', async () => {
    expect((await resolver.query('example.org', 'A')).outcome).toMatchObject({ kind: 'error', reason: 'refused' });
  });

  it('when the server never answers, then the outcome is error timeout after the configured time', async () => {
    const quick = new WireResolver({ servers: [server.server], timeoutMs: 150, tries: 2 });
    const started = Date.now();
    const observation = await quick.query('silent.example.test', 'A');
    expect(observation.outcome).toMatchObject({ kind: 'error', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.queries().filter((q) => q.name === 'silent.example.test').length).toBeGreaterThanOrEqual(2);
  });

  it('when the name is not a valid DNS name, then the outcome is error other without asking', async () => {
    expect((await resolver.query(`${'a'.repeat(64)}.example.test`, 'A')).outcome).toMatchObject({ kind: 'error', reason: 'other' });
  });

  it('when a fault is added at run time, then the next answer follows it', async () => {
    server.addFault({ name: 'mail.example.test', type: 'A', behaviour: 'servfail' });
    try {
      expect((await resolver.query('mail.example.test', 'A')).outcome).toMatchObject({ kind: 'error', reason: 'servfail' });
    } finally {
      server.clearFaults();
      server.setData(sandboxZone);
    }
    expect((await resolver.query('mail.example.test', 'A')).outcome.kind).toBe('records');
  });
});

describe('the wire resolver with several servers', () => {
  let deadPort: number;

  beforeAll(async () => {
    const gone = await startDnsServer();
    deadPort = gone.port;
    await gone.close();
  });

  it('when the first server is down, then the second one answers', async () => {
    const made = wireResolverFor([`127.0.0.1:${deadPort}`, server.address], { timeoutMs: 300, tries: 1 });
    if (!made.ok) throw new Error(made.error);
    const observation = await made.resolver.query('example.test', 'A');
    expect(observation.server).toBe(server.address);
    expect(observation.outcome.kind).toBe('records');
  });

  it('when the only server is down, then the outcome is an error naming it, never a missing record', async () => {
    const made = wireResolverFor([`127.0.0.1:${deadPort}`], { timeoutMs: 300, tries: 1 });
    if (!made.ok) throw new Error(made.error);
    const observation = await made.resolver.query('example.test', 'A');
    expect(observation.server).toBe(`127.0.0.1:${deadPort}`);
    // Linux reports the ICMP port-unreachable as ECONNREFUSED; elsewhere it may only show as silence.
    expect(observation.outcome).toMatchObject({ kind: 'error' });
    expect(['network', 'timeout']).toContain(observation.outcome.kind === 'error' ? observation.outcome.reason : '');
  });

  it('when the configuration names something that is not a server, then that is an error value', () => {
    expect(wireResolverFor(['dns.example.test'])).toMatchObject({ ok: false });
    expect(wireResolverFor(['127.0.0.1:99999'])).toMatchObject({ ok: false });
  });

  it('when asked through at(), then only that server is asked', async () => {
    const pinned = new WireResolver({ servers: [{ host: '127.0.0.1', port: deadPort, family: 4 }], timeoutMs: 300, tries: 1 }).at(server.server);
    expect((await pinned.query('example.test', 'A')).server).toBe(server.address);
  });
});

describe('the caching resolver', () => {
  it('when the same question is asked twice in a run, then the server sees it once', async () => {
    const cached = new CachingResolver(resolver);
    server.clearQueries();
    const [first, second] = await Promise.all([cached.query('example.test', 'MX'), cached.query('Example.Test.', 'MX')]);
    const third = await cached.query('example.test', 'MX');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(server.queries().filter((q) => q.name === 'example.test' && q.type === 'MX')).toHaveLength(1);
  });

  it('when the answer was an error, then the error is kept for the run too', async () => {
    const cached = new CachingResolver(resolver);
    server.clearQueries();
    await cached.query('broken.example.test', 'A');
    const again = await cached.query('broken.example.test', 'A');
    expect(again.outcome).toMatchObject({ kind: 'error', reason: 'servfail' });
    expect(server.queries().filter((q) => q.name === 'broken.example.test')).toHaveLength(1);
  });

  it('when the type differs, then it is a different question', async () => {
    const cached = new CachingResolver(resolver);
    server.clearQueries();
    await cached.query('example.test', 'A');
    await cached.query('example.test', 'AAAA');
    expect(server.queries()).toHaveLength(2);
    expect(cached.size).toBe(2);
  });
});
