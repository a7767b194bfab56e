/** Reverse-lookup names (RFC 1035 §3.5, RFC 3596 §2.5) and the address forms they accept. */
import { ipv6Bytes, reverseLookupName, reversedAddressLabels, unmapIPv4 } from '../../src/dns/reverse-name';

describe('reverse lookup names', () => {
  it('when given an IPv4 address, then the octets are reversed under in-addr.arpa', () => {
    expect(reverseLookupName('192.0.2.25')).toBe('25.2.0.192.in-addr.arpa');
  });

  it('when given a compressed IPv6 address, then all 32 nibbles are reversed under ip6.arpa', () => {
    // The RFC 3596 §2.5 example is 4321:0:1:2:3:4:567:89ab.
    expect(reverseLookupName('4321:0:1:2:3:4:567:89ab')).toBe('b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa');
    expect(reverseLookupName('2001:db8::1')).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
  });

  it('when given :: or an address with upper-case hex, then it still expands to 32 nibbles', () => {
    expect(reversedAddressLabels('::')?.split('.')).toHaveLength(32);
    expect(reversedAddressLabels('2001:DB8::A')).toBe(reversedAddressLabels('2001:db8::a'));
    expect(reversedAddressLabels('fe80::')?.endsWith('0.8.e.f')).toBe(true);
  });

  it('when an IPv6 address ends in dotted IPv4, then those octets are the last four bytes', () => {
    expect(ipv6Bytes('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1]);
    expect(unmapIPv4('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(unmapIPv4('2001:db8::1')).toBe('2001:db8::1');
  });

  it('when the text is not an IP address, then there is no name', () => {
    for (const text of ['', 'mail.example.com', '256.1.1.1', '1.2.3', '2001:db8::1::2', 'fe80::1%eth0']) {
      expect(reverseLookupName(text)).toBeUndefined();
    }
  });
});
