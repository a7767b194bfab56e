/**
 * The pure readers behind the sender requirements: DKIM key size from p=,
 * DMARC syntax, generic PTR names, organisational domains and the SPF
 * look-up walk over gathered DNS answers (loops, void and failed look-ups).
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimKeySize } from '../../../src/diagnose/requirements/dkim-key-bits';
import { checkDmarcSyntax } from '../../../src/diagnose/requirements/dmarc-syntax';
import { genericPtrReason } from '../../../src/diagnose/requirements/ptr-name';
import { organisationalDomain, relaxedAligned } from '../../../src/diagnose/requirements/organisational-domain';
import { countSpfLookups } from '../../../src/diagnose/requirements/spf-lookups';
import { dnsKey } from '../../../src/diagnose/model';
import type { DnsObservation } from '../../../src/dns/types';
import { observation, records, txt } from '../input-builder';

function rsa(bits: number, type: 'spki' | 'pkcs1'): string {
  return (generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }) as Buffer).toString('base64');
}

describe('DKIM key size', () => {
  it.each([512, 1024, 2048, 3072])('when a %i-bit RSA key is published as SubjectPublicKeyInfo or as a bare RSAPublicKey, then its size is read', (bits) => {
    expect(dkimKeySize('rsa', rsa(bits, 'spki'))).toEqual({ kind: 'rsa', bits });
    expect(dkimKeySize(undefined, rsa(bits, 'pkcs1'))).toEqual({ kind: 'rsa', bits });
  });

  it('when the key is an Ed25519 key, cut short, or not base64, then it says so instead of guessing', () => {
    expect(dkimKeySize('ed25519', Buffer.alloc(32, 7).toString('base64'))).toEqual({ kind: 'ed25519', bits: 256 });
    expect(dkimKeySize('rsa', rsa(2048, 'spki').slice(0, 120)).kind).toBe('unreadable');
    expect(dkimKeySize('rsa', 'not a key!').kind).toBe('unreadable');
    expect(dkimKeySize('rsa', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsandboxKey').kind).toBe('unreadable');
  });
});

describe('DMARC syntax', () => {
  it('when the record is valid, then there is no error and the policy and report addresses are read', () => {
    const r = checkDmarcSyntax('v=DMARC1; p=quarantine; sp=none; adkim=s; aspf=r; fo=1:d; rua=mailto:a@x.example,mailto:b@y.example!10m');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.policy).toBe('quarantine');
    expect(r.rua).toEqual(['mailto:a@x.example', 'mailto:b@y.example!10m']);
  });

  it.each([
    ['v=DMARC1; p=nome', 'p=nome is not a valid value'],
    ['p=none; v=DMARC1', 'must start with v=DMARC1'],
    ['v=DMARC1; rua=mailto:a@x.example', 'The required tag p= (the policy) is missing.'],
    ['v=DMARC1; p=none; adkim=x', 'adkim=x is not a valid value'],
    ['v=DMARC1; p=none; pct=150', 'pct=150 is not a valid value'],
    ['v=DMARC1; p=none; rua=dmarc@x.example', 'rua=dmarc@x.example is not a valid report address'],
    ['v=DMARC1; p=none; p=reject', 'The tag p appears twice.'],
    ['v=DMARC1; p=none; reject', '"reject" is not a tag=value pair.'],
  ])('when the record is %s, then the error says what is wrong', (record, words) => {
    expect(checkDmarcSyntax(record).errors.map((e) => e.en).join(' ')).toContain(words);
  });

  it('when it has tags DMARCbis drops or tags nobody knows, then that is a warning, not an error', () => {
    const r = checkDmarcSyntax('v=DMARC1; p=none; rua=mailto:a@x.example; pct=100; rf=afrf; ri=86400; np=reject; foo=bar');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.en)).toEqual([
      'The tag pct is dropped by the new DMARC standard (DMARCbis); receivers may ignore it.',
      'The tag rf is dropped by the new DMARC standard (DMARCbis); receivers may ignore it.',
      'The tag ri is dropped by the new DMARC standard (DMARCbis); receivers may ignore it.',
      'The tag foo does not exist in DMARC; receivers skip it.',
    ]);
  });
});

describe('generic PTR names', () => {
  it.each([
    ['203-0-113-50.pool.hoster.example', '203.0.113.50', 'ip-digits'],
    ['50.113.0.203.static.isp.example', '203.0.113.50', 'ip-digits'],
    ['host203000113050.isp.example', '203.0.113.50', 'ip-digits'],
    ['dyn-client.isp.example', '203.0.113.50', 'pool-word'],
    ['a1-dsl.isp.co.uk', '203.0.113.50', 'pool-word'],
  ])('when the PTR is %s, then it looks generic', (name, ip, kind) => {
    expect(genericPtrReason(name, ip)?.kind).toBe(kind);
  });

  it.each([['cp01.hosting.example'], ['mail.dsl-tools.example'], ['smtp.pool.example'], ['mx1.hoster.co.uk']])('when the PTR is %s, then it is a server name', (name) => {
    expect(genericPtrReason(name, '203.0.113.50')).toBeUndefined();
  });
});

describe('organisational domain', () => {
  it('when names are compared relaxed, then a sub-domain aligns with its parent, also under a second-level country suffix', () => {
    expect(organisationalDomain('mail.shop.example.co.uk')).toBe('example.co.uk');
    expect(organisationalDomain('news.bakkerij.nl')).toBe('bakkerij.nl');
    expect(relaxedAligned('news.bakkerij.nl', 'bakkerij.nl')).toBe(true);
    expect(relaxedAligned('a.example.co.uk', 'b.other.co.uk')).toBe(false);
  });
});

describe('SPF look-ups through includes', () => {
  const facts = (...obs: DnsObservation[]): Map<string, DnsObservation> => new Map(obs.map((o) => [dnsKey(o.type, o.name), o]));

  it('when includes nest and loop, then every mechanism that asks DNS counts once and the loop is cut', () => {
    const answers = facts(
      records('TXT', 'x.example', [txt('v=spf1 mx include:a.example redirect=ignored.example -all')]),
      records('TXT', 'a.example', [txt('v=spf1 a ptr include:b.example ~all')]),
      records('TXT', 'b.example', [txt('v=spf1 exists:%{i}.b.example include:a.example ip4:192.0.2.1 ~all')]),
    );
    const r = countSpfLookups(answers, 'x.example');
    // x: mx, include (2; the redirect next to -all is never used) + a: a, ptr, include (3) + b: exists, include (2).
    expect(r.count).toBe(7);
    expect(r.loops).toEqual(['a.example']);
    expect(r.missing).toEqual([]);
    expect(r.steps).toEqual([{ name: 'a.example', lookups: 3 }, { name: 'b.example', lookups: 2 }]);
  });

  it('when a target is not gathered, failed or answers nothing, then that is said apart: missing, failed and void', () => {
    const answers = facts(
      records('TXT', 'x.example', [txt('v=spf1 include:gone.example include:gone2.example include:gone3.example include:slow.example include:later.example -all')]),
      observation('TXT', 'gone.example', { kind: 'nxdomain' }),
      observation('TXT', 'gone2.example', { kind: 'nodata' }),
      observation('TXT', 'gone3.example', { kind: 'nxdomain' }),
      observation('TXT', 'slow.example', { kind: 'error', reason: 'timeout', detail: 'no answer within 2000 ms' }),
    );
    const r = countSpfLookups(answers, 'x.example');
    expect(r).toMatchObject({ count: 5, voids: 3, failed: ['slow.example'], missing: ['later.example'] });
  });

  it('when a redirect is the only way out, then it is followed and counted', () => {
    const answers = facts(records('TXT', 'x.example', [txt('v=spf1 redirect=_spf.example')]), records('TXT', '_spf.example', [txt('v=spf1 a mx -all')]));
    expect(countSpfLookups(answers, 'x.example').count).toBe(3);
  });
});
