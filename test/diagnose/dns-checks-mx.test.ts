/** mx-missing, mx-cname and mx-not-propagated. */
import { checkMxPropagation } from '../../src/diagnose/checks/mx-propagation';
import { checkMxRecords } from '../../src/diagnose/checks/mx-records';
import type { DnsObservation } from '../../src/dns/types';
import type { AuditInput, Finding } from '../../src/diagnose/model';
import { DOMAIN, SERVER_IP, failedPart, healthyInput, observation, records, withAccount, withDns } from './input-builder';

const problems = (findings: Finding[]) => findings.filter((f) => f.status === 'problem');

function withAuthoritative(input: AuditInput, answers: DnsObservation<'MX'>[]): AuditInput {
  return { ...input, dns: { ...input.dns, authoritativeMx: new Map([[DOMAIN, answers]]) } };
}

/** A new MX answer as both the resolver and the domain's own nameservers give it (no change pending). */
function withMx(input: AuditInput, mx: DnsObservation<'MX'>, ...more: DnsObservation[]): AuditInput {
  const changed = withDns(input, mx, ...more);
  return { ...changed, dns: { ...changed.dns, authoritativeMx: new Map([[DOMAIN, [mx]]]) } };
}

function fromServer<T extends DnsObservation>(o: T, server: string): T {
  return { ...o, server };
}

describe('mx-missing', () => {
  it('when the domain has no MX and no A, then mx-missing gives the MX record to publish and the A record with the server IP', () => {
    const input = withMx(healthyInput(), observation('MX', DOMAIN, { kind: 'nodata' }), observation('A', DOMAIN, { kind: 'nodata' }));
    const [finding, ...rest] = problems(checkMxRecords(input));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'mx-missing', severity: 'critical', subject: { name: DOMAIN } });
    // Both records, the host's A first: an MX pointing to a name without an address is the next problem.
    expect(finding!.fix!.record).toEqual({ name: `mail.${DOMAIN}`, type: 'A', value: SERVER_IP });
    expect(finding!.fix!.moreRecords).toEqual([{ name: DOMAIN, type: 'MX', value: `0 mail.${DOMAIN}` }]);
    expect(finding!.fix!.steps.en[0]).toContain(`mail.${DOMAIN} with value ${SERVER_IP}`);
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'MX', outcome: 'nodata' }));
  });

  it('when the MX host has no address, then mx-missing gives the A record for that host', () => {
    const input = withDns(healthyInput(), observation('A', `mail.${DOMAIN}`, { kind: 'nxdomain' }));
    const [finding] = problems(checkMxRecords(input));
    expect(finding).toMatchObject({ id: 'mx-missing', severity: 'critical' });
    expect(finding!.fix!.record).toEqual({ name: `mail.${DOMAIN}`, type: 'A', value: SERVER_IP });
  });

  it('when the domain has no MX but an A record, then mail uses the A record and there is no problem (RFC 5321 §5.1)', () => {
    const input = withMx(healthyInput(), observation('MX', DOMAIN, { kind: 'nodata' }));
    expect(problems(checkMxRecords(input))).toEqual([]);
  });

  it('when the account is healthy, then mx-missing is ok', () => {
    expect(checkMxRecords(healthyInput()).map((f) => `${f.id} ${f.status}`)).toEqual(['mx-missing ok']);
  });

  it('when the MX look-up failed, then it is could-not-check', () => {
    const input = withDns(healthyInput(), observation('MX', DOMAIN, { kind: 'error', reason: 'servfail', detail: 'SERVFAIL' }));
    expect(checkMxRecords(input).map((f) => f.status)).toEqual(['could-not-check']);
  });

  it('when the domain list failed, then it is could-not-check naming the call', () => {
    const input = withAccount(healthyInput(), { domains: failedPart('DomainInfo::domains_data', 'timeout') });
    const [finding] = checkMxRecords(input);
    expect(finding!.status).toBe('could-not-check');
    expect(finding!.summary.en).toContain('DomainInfo::domains_data');
  });
});

describe('mx-cname', () => {
  it('when the MX host is a CNAME, then mx-cname says to replace it with an A record holding the address', () => {
    const cname: DnsObservation<'A'> = { ...records('A', `mail.${DOMAIN}`, [{ address: SERVER_IP }]), cnameChain: ['server1.hosting.example'] };
    const findings = problems(checkMxRecords(withDns(healthyInput(), cname)));
    const finding = findings.find((f) => f.id === 'mx-cname');
    expect(finding).toMatchObject({ status: 'problem', subject: { name: DOMAIN } });
    expect(finding!.fix!.record).toEqual({ name: `mail.${DOMAIN}`, type: 'A', value: SERVER_IP });
    expect(finding!.summary.en).toContain('server1.hosting.example');
    expect(findings.map((f) => f.id)).toEqual(['mx-cname']);
  });

  it('when the MX host is a plain A record, then there is no mx-cname', () => {
    expect(checkMxRecords(healthyInput()).filter((f) => f.id === 'mx-cname' && f.status !== 'ok')).toEqual([]);
  });
});

describe('mx-not-propagated', () => {
  it('when the authoritative nameservers give a new MX and the resolver the old one, then it says to wait for the TTL', () => {
    const input = withAuthoritative(healthyInput(), [
      fromServer(records('MX', DOMAIN, [{ preference: 1, exchange: 'aspmx.l.google.com' }]), '192.0.2.53'),
      fromServer(records('MX', DOMAIN, [{ preference: 1, exchange: 'aspmx.l.google.com' }]), '192.0.2.54'),
    ]);
    const [finding] = checkMxPropagation(input);
    expect(finding).toMatchObject({ id: 'mx-not-propagated', status: 'problem', severity: 'warning', subject: { name: DOMAIN } });
    expect(finding!.summary.en).toContain('1 aspmx.l.google.com');
    expect(finding!.summary.en).toContain(`0 mail.${DOMAIN}`);
    expect(finding!.fix!.steps.en[0]).toContain('at most 5 more minutes');
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', server: '192.0.2.53' }));
  });

  it('when the nameservers disagree among themselves, then it says so', () => {
    const input = withAuthoritative(healthyInput(), [
      fromServer(records('MX', DOMAIN, [{ preference: 0, exchange: `mail.${DOMAIN}` }]), '192.0.2.53'),
      fromServer(records('MX', DOMAIN, [{ preference: 10, exchange: 'mx.old-provider.example' }]), '192.0.2.54'),
    ]);
    const [finding] = checkMxPropagation(input);
    expect(finding!.status).toBe('problem');
    expect(finding!.summary.en).toContain('give different MX records');
  });

  it('when the account is healthy, then mx-not-propagated is ok', () => {
    expect(checkMxPropagation(healthyInput()).map((f) => f.status)).toEqual(['ok']);
  });

  it('when no authoritative nameserver answered, then it is could-not-check', () => {
    const input = withAuthoritative(healthyInput(), [
      fromServer(observation('MX', DOMAIN, { kind: 'error', reason: 'refused', detail: 'REFUSED' }), '192.0.2.53'),
    ]);
    expect(checkMxPropagation(input).map((f) => f.status)).toEqual(['could-not-check']);
  });

  it('when the authoritative nameservers were not asked, then it is could-not-check', () => {
    const input = { ...healthyInput() };
    const without = { ...input, dns: { ...input.dns, authoritativeMx: new Map() } };
    expect(checkMxPropagation(without).map((f) => f.status)).toEqual(['could-not-check']);
  });
});

describe('mx-missing while the MX is being changed', () => {
  it('when the resolver still has no MX but the own nameservers publish one that works, then mx-missing is not claimed (mx-not-propagated covers it)', () => {
    const input = withDns(healthyInput(), observation('MX', DOMAIN, { kind: 'nodata' }), observation('A', DOMAIN, { kind: 'nodata' }));
    expect(checkMxRecords(input).filter((f) => f.id === 'mx-missing').map((f) => f.status)).toEqual(['ok']);
    expect(checkMxPropagation(input).map((f) => f.status)).toEqual(['problem']);
  });
});
