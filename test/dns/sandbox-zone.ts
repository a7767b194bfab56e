/** The zone data the network tests load into the loopback DNS server. */
import { zoneDataSchema, type ZoneData } from '../../src/dns/zone-data';

/** An SPF record longer than one character-string (255 octets), published as two chunks. */
export const LONG_SPF_CHUNKS = [
  'v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 ip4:203.0.113.0/24 include:_spf.mailhost.example.net include:spf.protection.outlook.example ' +
    'include:_spf.google.example include:servers.mcsv.example include:sendgrid.example include:spf.mandrill',
  'app.example include:mailgun.example include:amazonses.example ~all',
];

/** Enough TXT records that the answer does not fit in 512 octets of UDP. */
export const BIG_TXT = Array.from({ length: 12 }, (_, i) => `verification-token-${i}=${'x'.repeat(40)}`);

export const sandboxZone: ZoneData = zoneDataSchema.parse({
  zones: ['example.test', 'other.test', '2.0.192.in-addr.arpa', '8.b.d.0.1.0.0.2.ip6.arpa'],
  records: [
    { name: 'example.test', type: 'A', ttl: 600, data: '192.0.2.10' },
    { name: 'example.test', type: 'AAAA', data: '2001:db8::10' },
    { name: 'example.test', type: 'MX', data: { preference: 10, exchange: 'mail.example.test' } },
    { name: 'example.test', type: 'MX', data: { preference: 20, exchange: 'alias-mx.example.test' } },
    { name: 'example.test', type: 'NS', data: 'ns1.example.test' },
    { name: 'example.test', type: 'NS', data: 'ns2.other.test' },
    { name: 'example.test', type: 'TXT', data: LONG_SPF_CHUNKS },
    { name: 'example.test', type: 'TXT', data: 'google-site-verification=abc123' },
    { name: 'mail.example.test', type: 'A', ttl: 120, data: '192.0.2.25' },
    { name: 'alias-mx.example.test', type: 'CNAME', data: 'mail.example.test' },
    { name: 'WWW.Example.Test', type: 'CNAME', data: 'example.test.' },
    { name: 'cross.example.test', type: 'CNAME', data: 'host.other.test' },
    { name: 'host.other.test', type: 'A', data: '198.51.100.7' },
    { name: 'away.example.test', type: 'CNAME', data: 'mail.elsewhere.invalid' },
    { name: 'dangling.example.test', type: 'CNAME', data: 'missing.example.test' },
    { name: 'big.example.test', type: 'TXT', data: BIG_TXT[0] },
    ...BIG_TXT.slice(1).map((text) => ({ name: 'big.example.test', type: 'TXT' as const, data: text })),
    // One string longer than 255 octets: the server splits it, as zone tools do.
    { name: 'split.example.test', type: 'TXT', data: LONG_SPF_CHUNKS.join('') },
    { name: 'leaf.deep.example.test', type: 'A', data: '192.0.2.99' },
    { name: 'nomail.example.test', type: 'MX', data: { preference: 0, exchange: '' } },
    { name: '25.2.0.192.in-addr.arpa', type: 'PTR', data: 'mail.example.test' },
    { name: '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa', type: 'PTR', data: 'mail6.example.test' },
  ],
  faults: [
    { name: 'broken.example.test', behaviour: 'servfail' },
    { name: 'forbidden.example.test', behaviour: 'refused' },
    { name: 'silent.example.test', behaviour: 'timeout' },
    { name: 'half.example.test', type: 'TXT', behaviour: 'servfail' },
  ],
});
