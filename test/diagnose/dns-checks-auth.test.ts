/** spf-invalid, dkim-invalid and dmarc-missing: cPanel Email Deliverability and the live records. */
import { checkDkim } from '../../src/diagnose/checks/dkim';
import { checkDmarc } from '../../src/diagnose/checks/dmarc';
import { checkSpf } from '../../src/diagnose/checks/spf';
import { correctedSpf, lookupCount, spfTerms } from '../../src/diagnose/checks/spf-record';
import type { AuthCheck } from '../../src/diagnose/observations';
import type { Finding } from '../../src/diagnose/model';
import { DOMAIN, SERVER_IP, failedPart, healthyInput, observation, okPart, records, txt, withAccount, withDns } from './input-builder';

const problems = (findings: Finding[]) => findings.filter((f) => f.status === 'problem');

function authRow(change: Partial<AuthCheck>): AuthCheck {
  return { domain: DOMAIN, state: 'VALID', valid: true, couldNotCheck: false, expected: null, currentRecords: [], error: null, ...change };
}

describe('spf-invalid', () => {
  it('when the live SPF lacks the provider include, then the exact corrected record keeps the mechanisms and adds the include', () => {
    const input = withDns(healthyInput(), records('TXT', DOMAIN, [txt(`v=spf1 +a +mx +ip4:${SERVER_IP} -all`)]));
    const [finding] = problems(checkSpf(input));
    expect(finding).toMatchObject({ id: 'spf-invalid', subject: { kind: 'domain', name: DOMAIN } });
    expect(finding!.fix!.record).toEqual({ name: DOMAIN, type: 'TXT', value: `v=spf1 +a +mx +ip4:${SERVER_IP} include:spf.hoasted.com -all` });
    expect(finding!.summary.en).toContain('include:spf.hoasted.com');
    expect(finding!.fix!.steps.en[0]).toContain(`v=spf1 +a +mx +ip4:${SERVER_IP} include:spf.hoasted.com -all`);
  });

  it("when cPanel's row for the domain was left out as unreadable, then the live DNS decides and the finding says the row was missing", () => {
    const input = withDns(
      withAccount(healthyInput(), { spf: { ok: true, value: [], gaps: [{ call: 'UAPI EmailAuth::validate_current_spfs', kind: 'row-skipped', subject: null, fields: ['state'] }] } }),
      records('TXT', DOMAIN, [txt(`v=spf1 +a +mx +ip4:${SERVER_IP} -all`)]),
    );
    const [finding] = problems(checkSpf(input));
    expect(finding).toMatchObject({ id: 'spf-invalid', subject: { kind: 'domain', name: DOMAIN } });
    expect(finding!.evidence).toContainEqual({ kind: 'note', text: expect.objectContaining({ en: expect.stringContaining(`had no readable row for ${DOMAIN} (1 row(s) left out)`) }) });
  });

  it('when there are two SPF records, then they are merged into one', () => {
    const input = withDns(healthyInput(), records('TXT', DOMAIN, [txt('v=spf1 include:spf.hoasted.com ~all'), txt('v=spf1 include:_spf.google.com ~all'), txt('google-site-verification=abc')]));
    const [finding] = problems(checkSpf(input));
    expect(finding!.summary.en).toContain('2 SPF records');
    expect(finding!.fix!.record!.value).toBe('v=spf1 include:spf.hoasted.com include:_spf.google.com ~all');
  });

  it('when the SPF record needs more than 10 look-ups, then it is invalid', () => {
    const includes = Array.from({ length: 10 }, (_, i) => `include:s${i}.example`).join(' ');
    const input = withDns(healthyInput(), records('TXT', DOMAIN, [txt(`v=spf1 a mx ${includes} include:spf.hoasted.com ~all`)]));
    const [finding] = problems(checkSpf(input));
    expect(finding!.summary.en).toContain('13 DNS lookups');
  });

  it('when there is no SPF record, then the record to publish is the provider include with ~all', () => {
    const input = withDns(healthyInput(), observation('TXT', DOMAIN, { kind: 'nodata' }));
    const [finding] = problems(checkSpf(input));
    expect(finding!.fix!.record).toEqual({ name: DOMAIN, type: 'TXT', value: 'v=spf1 include:spf.hoasted.com ~all' });
  });

  it('when cPanel says SPF is not VALID, then it is a problem even though the live record looks right, and cPanel’s mechanisms are added', () => {
    const input = withAccount(healthyInput(), { spf: okPart([authRow({ state: 'INVALID', valid: false, expected: `+ip4:${SERVER_IP} +ip4:198.51.100.7` })]) });
    const [finding] = problems(checkSpf(input));
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ kind: 'account', source: 'UAPI EmailAuth::validate_current_spfs', value: 'INVALID' }));
    expect(finding!.fix!.record!.value).toBe(`v=spf1 +a +mx +ip4:${SERVER_IP} include:spf.hoasted.com +ip4:198.51.100.7 ~all`);
  });

  it('when the account is healthy, then SPF is ok', () => {
    expect(checkSpf(healthyInput()).map((f) => f.status)).toEqual(['ok']);
  });

  it('when the TXT look-up failed, then it is could-not-check', () => {
    const input = withDns(healthyInput(), observation('TXT', DOMAIN, { kind: 'error', reason: 'timeout', detail: 'x' }));
    expect(checkSpf(input).map((f) => f.status)).toEqual(['could-not-check']);
  });

  it('when EmailAuth::validate_current_spfs failed and the live record is fine, then it is could-not-check', () => {
    const input = withAccount(healthyInput(), { spf: failedPart('EmailAuth::validate_current_spfs', 'boom') });
    const [finding] = checkSpf(input);
    expect(finding!.status).toBe('could-not-check');
    expect(finding!.summary.en).toContain('EmailAuth::validate_current_spfs');
  });
});

describe('SPF record text', () => {
  it('counts the look-up mechanisms and redirect, not ip4/all (RFC 7208 §4.6.4)', () => {
    expect(lookupCount(spfTerms('v=spf1 +a mx:x.example -ptr ~include:y.example exists:%{i}.z ip4:192.0.2.1 redirect=r.example -all'))).toBe(6);
  });

  it('keeps a redirect when there is no all', () => {
    expect(correctedSpf(['v=spf1 mx redirect=_spf.example'], 'spf.hoasted.com')).toBe('v=spf1 mx include:spf.hoasted.com redirect=_spf.example');
  });

  it('replaces +all, which lets anyone send', () => {
    expect(correctedSpf(['v=spf1 +all'], 'spf.hoasted.com')).toBe('v=spf1 include:spf.hoasted.com ~all');
  });

  it('never copies an invalid or hostile term of the existing record into the suggestion', () => {
    const hostile = [
      'v=spf1 mx include:good.example',
      'inclde:typo.example', // not a mechanism
      'ip4:999.1.1.1', // not an address
      'ip4:192.0.2.0/33', // no such prefix
      'ip6:2001:db8::/129',
      'include:', // no domain
      'a:evil"quote.example', // would break the zone file's quoting
      'include:evil.example\u001b[2J', // control characters
      'include:еvil.example', // Cyrillic е
      'a:x..example',
      'exp="hello world"',
      'ip4:192.0.2.1',
      'a/24',
      'mx:mail.example/24//64',
      'exists:%{i}._spf.%{d}',
      '-all',
    ].join(' ');
    expect(correctedSpf([hostile], 'spf.hoasted.com')).toBe(
      'v=spf1 mx include:good.example ip4:192.0.2.1 a/24 mx:mail.example/24//64 exists:%{i}._spf.%{d} include:spf.hoasted.com -all',
    );
    // cPanel's expected terms are checked the same way.
    expect(correctedSpf(['v=spf1 mx'], 'spf.hoasted.com', ['+a', 'ip4:203.0.113.5', 'ip4:"injected"'])).toBe('v=spf1 mx +a ip4:203.0.113.5 include:spf.hoasted.com ~all');
    // A hostile "all" or redirect is not kept either.
    expect(correctedSpf(['v=spf1 mx redirect=evil"x'], 'spf.hoasted.com')).toBe('v=spf1 mx include:spf.hoasted.com ~all');
  });
});

describe('dkim-invalid', () => {
  const expected = 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';

  it('when the DKIM key is missing, then dkim-invalid shows the record cPanel expects', () => {
    const input = withAccount(withDns(healthyInput(), observation('TXT', `default._domainkey.${DOMAIN}`, { kind: 'nxdomain' })), {
      dkim: okPart([authRow({ state: 'MISSING', valid: false, expected })]),
    });
    const [finding] = problems(checkDkim(input));
    expect(finding).toMatchObject({ id: 'dkim-invalid', subject: { name: DOMAIN } });
    expect(finding!.fix!.record).toEqual({ name: `default._domainkey.${DOMAIN}`, type: 'TXT', value: expected });
    expect(finding!.summary.en).toContain(`default._domainkey.${DOMAIN}`);
  });

  it('when the live key differs from the one cPanel signs with, then it is a problem', () => {
    const input = withAccount(withDns(healthyInput(), records('TXT', `default._domainkey.${DOMAIN}`, [txt('v=DKIM1; k=rsa; p=OLDKEY')])), {
      dkim: okPart([authRow({ expected })]),
    });
    expect(problems(checkDkim(input))[0]!.summary.en).toContain('differs');
  });

  it('when the key is revoked (empty p=), then it is a problem', () => {
    const input = withDns(healthyInput(), records('TXT', `default._domainkey.${DOMAIN}`, [txt('v=DKIM1; p=')]));
    expect(problems(checkDkim(input))[0]!.summary.en).toContain('revoked');
  });

  it('when the account is healthy, then DKIM is ok', () => {
    expect(checkDkim(healthyInput()).map((f) => f.status)).toEqual(['ok']);
  });

  it('when the DKIM look-up failed, then it is could-not-check', () => {
    const input = withDns(healthyInput(), observation('TXT', `default._domainkey.${DOMAIN}`, { kind: 'error', reason: 'servfail', detail: 'x' }));
    expect(checkDkim(input).map((f) => f.status)).toEqual(['could-not-check']);
  });
});

describe('dmarc-missing', () => {
  it('when there is no DMARC record, then the record to publish uses the contact address of the same domain', () => {
    const input = withDns(healthyInput(), observation('TXT', `_dmarc.${DOMAIN}`, { kind: 'nxdomain' }));
    const [finding] = problems(checkDmarc(input));
    expect(finding).toMatchObject({ id: 'dmarc-missing', subject: { name: DOMAIN } });
    expect(finding!.fix!.record).toEqual({ name: `_dmarc.${DOMAIN}`, type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:eigenaar@bakkerij-jansen.nl' });
  });

  it('when the contact address is in another domain, then reports go to postmaster of the domain (RFC 7489 §7.1)', () => {
    const input = withAccount(withDns(healthyInput(), observation('TXT', `_dmarc.${DOMAIN}`, { kind: 'nodata' })), { contactEmail: 'jan@gmail.com' });
    expect(problems(checkDmarc(input))[0]!.fix!.record!.value).toBe(`v=DMARC1; p=none; rua=mailto:postmaster@${DOMAIN}`);
  });

  it('when a sub-domain with mailboxes has no record but its parent has one, then the parent policy applies', () => {
    const sub = `shop.${DOMAIN}`;
    const base = healthyInput();
    const domains = base.account.domains.ok ? base.account.domains.value : undefined;
    const subDomain = { domain: sub, kind: 'sub' as const, documentRoot: null, ip: SERVER_IP };
    const mailbox = { email: `info@${sub}`, user: 'info', domain: sub, diskUsedBytes: 0, quotaBytes: 'unlimited' as const, diskUsedPercent: null, suspendedLogin: false, suspendedIncoming: false, suspendedOutgoing: false, holdOutgoing: false };
    const input = withAccount(withDns(base, observation('TXT', `_dmarc.${sub}`, { kind: 'nxdomain' })), {
      domains: okPart({ ...domains!, sub: [subDomain], all: [...domains!.all, subDomain] }),
      mailboxes: okPart([mailbox]),
    });
    const findings = checkDmarc(input).filter((f) => f.subject.name === sub);
    expect(findings.map((f) => f.status)).toEqual(['ok']);
  });

  it('when the account is healthy, then DMARC is ok', () => {
    expect(checkDmarc(healthyInput()).map((f) => f.status)).toEqual(['ok']);
  });

  it('when the DMARC look-up failed, then it is could-not-check', () => {
    const input = withDns(healthyInput(), observation('TXT', `_dmarc.${DOMAIN}`, { kind: 'error', reason: 'timeout', detail: 'x' }));
    expect(checkDmarc(input).map((f) => f.status)).toEqual(['could-not-check']);
  });
});
