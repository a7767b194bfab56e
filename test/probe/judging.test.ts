/** The probe's pure parts: address ranges, port lists, certificate names and dates, AUTH in capability lists, banner names. */
import { addressRange, destinationFor } from '../../src/probe/address-range';
import { bannerName } from '../../src/probe/banner-ptr';
import { certificateDates, certificateNameMatches } from '../../src/probe/certificate';
import { authOffered } from '../../src/probe/judge';
import type { CertificateFacts } from '../../src/probe/observation';
import { parsePortList } from '../../src/probe/services';

const cert = (over: Partial<CertificateFacts>): CertificateFacts => ({
  subject: 'cp01.hosting.example',
  altNames: [],
  issuer: 'CA',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2027-01-01T00:00:00.000Z',
  fingerprint256: '',
  ...over,
});

describe('when addresses are classified', () => {
  it.each([
    ['127.0.0.2', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd00::1', 'private'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.10', 'documentation'],
    ['2001:db8::10', 'documentation'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['1.1.1.1', 'public'],
    ['2a01:4f8::2', 'public'],
  ])('then %s is %s', (ip, range) => {
    expect(addressRange(ip)).toBe(range);
  });

  it('then loopback-only runs connect to loopback alone, and documentation addresses are never a destination', () => {
    expect(destinationFor('127.0.0.2', 'loopback-only')).toEqual({ connect: true, range: 'loopback' });
    expect(destinationFor('1.1.1.1', 'loopback-only')).toMatchObject({ connect: false, why: 'loopback-only' });
    expect(destinationFor('10.0.0.1', 'loopback-only')).toMatchObject({ connect: false, why: 'not-routable' });
    expect(destinationFor('10.0.0.1', 'explicit')).toMatchObject({ connect: true });
    expect(destinationFor('10.0.0.1', 'public')).toMatchObject({ connect: false, why: 'not-routable' });
    expect(destinationFor('127.0.0.1', 'public')).toMatchObject({ connect: false, why: 'not-routable' });
    for (const policy of ['explicit', 'public', 'loopback-only'] as const) {
      expect(destinationFor('203.0.113.10', policy)).toMatchObject({ connect: false, why: 'not-routable' });
    }
  });
});

describe('when a port list is given', () => {
  it('then well-known ports get their service and others need one', () => {
    expect(parsePortList('465, 587,25,993,995,143,110')).toEqual({
      ok: true,
      ports: [
        { port: 465, service: 'smtps' },
        { port: 587, service: 'submission' },
        { port: 25, service: 'smtp' },
        { port: 993, service: 'imaps' },
        { port: 995, service: 'pop3s' },
        { port: 143, service: 'imap' },
        { port: 110, service: 'pop3' },
      ],
    });
    expect(parsePortList('smtps:2465')).toEqual({ ok: true, ports: [{ port: 2465, service: 'smtps' }] });
    expect(parsePortList('2465').ok).toBe(false);
    expect(parsePortList('465,465').ok).toBe(false);
    expect(parsePortList('70000').ok).toBe(false);
    expect(parsePortList('').ok).toBe(false);
  });
});

describe('when a certificate is judged', () => {
  it('then subjectAltName decides, wildcards cover one label, and the common name counts only without DNS names', () => {
    expect(certificateNameMatches('cp01.hosting.example', cert({}))).toBe(true);
    expect(certificateNameMatches('mail.klant.example', cert({}))).toBe(false);
    expect(certificateNameMatches('mail.klant.example', cert({ altNames: ['klant.example', 'mail.klant.example'] }))).toBe(true);
    expect(certificateNameMatches('cp01.hosting.example', cert({ altNames: ['other.example'] }))).toBe(false);
    expect(certificateNameMatches('mail.klant.example', cert({ altNames: ['*.klant.example'] }))).toBe(true);
    expect(certificateNameMatches('a.mail.klant.example', cert({ altNames: ['*.klant.example'] }))).toBe(false);
    expect(certificateNameMatches('klant.example', cert({ altNames: ['*.klant.example'] }))).toBe(false);
    expect(certificateNameMatches('MAIL.Klant.Example.', cert({ altNames: ['mail.klant.example'] }))).toBe(true);
    expect(certificateNameMatches('127.0.0.2', cert({ altNames: ['127.0.0.2'] }))).toBe(true);
  });

  it('then dates give expired, not yet valid, and a warning within 14 days', () => {
    const c = cert({});
    expect(certificateDates(c, new Date('2026-06-01T00:00:00Z'))).toEqual({ kind: 'valid' });
    expect(certificateDates(c, new Date('2026-12-20T00:00:00Z'))).toEqual({ kind: 'expires-soon', days: 12 });
    expect(certificateDates(c, new Date('2027-01-02T00:00:00Z'))).toEqual({ kind: 'expired' });
    expect(certificateDates(c, new Date('2025-12-31T00:00:00Z'))).toEqual({ kind: 'not-yet-valid' });
  });
});

describe('when capability lists are read', () => {
  it('then the ways to log in are found per protocol', () => {
    expect(authOffered('submission', ['250-mail.example Hello', '250-AUTH PLAIN LOGIN', '250 HELP'])).toEqual(['PLAIN', 'LOGIN']);
    expect(authOffered('submission', ['250-mail.example Hello', '250-STARTTLS', '250 HELP'])).toEqual([]);
    expect(authOffered('imap', ['* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED', 'c1 OK'])).toEqual([]);
    expect(authOffered('imap', ['* CAPABILITY IMAP4rev1 AUTH=PLAIN', 'c1 OK'])).toEqual(['PLAIN', 'LOGIN-COMMAND']);
    expect(authOffered('pop3', ['+OK', 'STLS', 'SASL', '.'])).toEqual([]);
    expect(authOffered('pop3', ['+OK', 'USER', 'SASL PLAIN', '.'])).toEqual(['PLAIN', 'USER']);
  });

  it('then an SMTP greeting gives its host name only when it names one', () => {
    expect(bannerName(['220 mail.example.nl ESMTP Exim 4.96'])).toBe('mail.example.nl');
    expect(bannerName(['220-cp01.hosting.example ESMTP', '220 ready'])).toBe('cp01.hosting.example');
    expect(bannerName(['220 _ ESMTP ready'])).toBeUndefined();
    expect(bannerName(['554 go away'])).toBeUndefined();
  });
});
