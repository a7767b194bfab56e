/** Reading DNS server addresses from configuration and resolv.conf. */
import { formatServerAddress, nameserversFromResolvConf, parseServerAddress } from '../../src/dns/server-address';

describe('DNS server addresses', () => {
  it.each([
    ['192.0.2.53', { host: '192.0.2.53', port: 53, family: 4 }],
    ['192.0.2.53:5353', { host: '192.0.2.53', port: 5353, family: 4 }],
    ['2001:db8::53', { host: '2001:db8::53', port: 53, family: 6 }],
    ['[2001:db8::53]:5353', { host: '2001:db8::53', port: 5353, family: 6 }],
    ['[::1]', { host: '::1', port: 53, family: 6 }],
  ])('when configured as %s, then it is read', (text, server) => {
    expect(parseServerAddress(text)).toEqual({ ok: true, server });
  });

  it.each(['ns1.example.com', '192.0.2.1:0', '192.0.2.1:70000', '192.0.2.1:abc', '', '[2001:db8::1]:'])(
    'when configured as "%s", then that is an error value',
    (text) => {
      expect(parseServerAddress(text).ok).toBe(false);
    },
  );

  it('when formatted, then port 53 is left out and IPv6 gets brackets only with a port', () => {
    expect(formatServerAddress({ host: '192.0.2.1', port: 53, family: 4 })).toBe('192.0.2.1');
    expect(formatServerAddress({ host: '::1', port: 5353, family: 6 })).toBe('[::1]:5353');
    expect(formatServerAddress({ host: '::1', port: 53, family: 6 })).toBe('::1');
  });

  it('when resolv.conf is read, then only nameserver lines count, in order', () => {
    const text = '# generated\nsearch example.com\nnameserver 127.0.0.53\n  nameserver 2001:db8::1 \noptions edns0\n;nameserver 10.0.0.1\n';
    expect(nameserversFromResolvConf(text)).toEqual(['127.0.0.53', '2001:db8::1']);
  });
});

describe('the system DNS servers', () => {
  it('when resolv.conf names servers, then they are used in order and unreadable lines skipped', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { systemDnsServers } = await import('../../src/dns/system-servers');
    const dir = await mkdtemp(join(tmpdir(), 'resolv-'));
    try {
      const path = join(dir, 'resolv.conf');
      await writeFile(path, 'nameserver 127.0.0.53\nnameserver not-an-ip\nnameserver ::1\n');
      expect(await systemDnsServers(path)).toEqual([
        { host: '127.0.0.53', port: 53, family: 4 },
        { host: '::1', port: 53, family: 6 },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
