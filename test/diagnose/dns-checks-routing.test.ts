/** routing-local-mx-elsewhere / routing-remote-mx-here: Email Routing against the live MX. */
import { checkRoutingMx } from '../../src/diagnose/checks/routing-mx';
import type { EmailRouting } from '../../src/diagnose/observations';
import type { AuditInput, Finding } from '../../src/diagnose/model';
import type { DnsObservation } from '../../src/dns/types';
import { DOMAIN, failedPart, healthyInput, observation, okPart, records, withAccount, withDns } from './input-builder';

function withRouting(input: AuditInput, change: Partial<EmailRouting>): AuditInput {
  const row: EmailRouting = { domain: DOMAIN, configured: 'local', detected: 'local', effective: 'local', alwaysAccept: true, mxRecords: [], ...change };
  return withAccount(input, { routing: okPart([row]) });
}

/** A new MX answer as both the resolver and the domain's own nameservers give it (no change pending). */
function withMx(input: AuditInput, mx: DnsObservation<'MX'>, ...more: DnsObservation[]): AuditInput {
  const changed = withDns(input, mx, ...more);
  return { ...changed, dns: { ...changed.dns, authoritativeMx: new Map([[DOMAIN, [mx]]]) } };
}

function googleMx(input: AuditInput): AuditInput {
  return withMx(
    input,
    records('MX', DOMAIN, [{ preference: 1, exchange: 'aspmx.l.google.com' }, { preference: 5, exchange: 'alt1.aspmx.l.google.com' }]),
    records('A', 'aspmx.l.google.com', [{ address: '142.250.27.26' }]),
    records('A', 'alt1.aspmx.l.google.com', [{ address: '142.250.153.27' }]),
  );
}

const problems = (findings: Finding[]) => findings.filter((f) => f.status === 'problem');

describe('routing against MX', () => {
  it('when routing is Local and the MX points to Google Workspace, then routing-local-mx-elsewhere names the MX hosts and says to choose Remote', () => {
    const [finding, ...rest] = problems(checkRoutingMx(googleMx(healthyInput())));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'routing-local-mx-elsewhere', status: 'problem', severity: 'critical', subject: { kind: 'domain', name: DOMAIN } });
    expect(finding!.fix!.steps.en[0]).toContain('Remote Mail Exchanger');
    expect(finding!.fix!.steps.en[0]).toContain('aspmx.l.google.com');
    expect(finding!.fix!.steps.nl[0]).toContain('E-mailroutering');
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ kind: 'account', source: 'UAPI Email::list_mxs', value: 'local' }));
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'MX', name: DOMAIN, records: ['1 aspmx.l.google.com', '5 alt1.aspmx.l.google.com'] }));
  });

  it('when routing is auto, detected local, and the MX points to Microsoft 365, then routing-local-mx-elsewhere fires', () => {
    const input = withMx(
      withRouting(healthyInput(), { configured: 'auto', detected: 'local' }),
      records('MX', DOMAIN, [{ preference: 0, exchange: 'bakkerijjansen-nl.mail.protection.outlook.com' }]),
      records('A', 'bakkerijjansen-nl.mail.protection.outlook.com', [{ address: '52.101.68.1' }]),
    );
    expect(problems(checkRoutingMx(input)).map((f) => f.id)).toEqual(['routing-local-mx-elsewhere']);
  });

  it('when the MX is the bare domain and it resolves to this server, then routing Local is fine', () => {
    const input = withMx(healthyInput(), records('MX', DOMAIN, [{ preference: 0, exchange: DOMAIN }]));
    const findings = checkRoutingMx(input);
    expect(problems(findings)).toEqual([]);
    expect(findings.map((f) => f.status)).toEqual(['ok']);
  });

  it('when routing is Remote and the MX resolves to this server, then routing-remote-mx-here says to choose Local', () => {
    const input = withRouting(healthyInput(), { configured: 'remote', detected: null, effective: 'remote' });
    const [finding] = problems(checkRoutingMx(input));
    expect(finding).toMatchObject({ id: 'routing-remote-mx-here', subject: { name: DOMAIN } });
    expect(finding!.fix!.steps.en[0]).toContain('Local Mail Exchanger');
    expect(finding!.summary.en).toContain(`mail.${DOMAIN}`);
  });

  it('when routing is Remote and the MX is at Google, then there is no problem', () => {
    const input = googleMx(withRouting(healthyInput(), { configured: 'remote', detected: null, effective: 'remote' }));
    expect(problems(checkRoutingMx(input))).toEqual([]);
  });

  it('when the account is healthy, then the routing check is ok', () => {
    expect(checkRoutingMx(healthyInput()).map((f) => `${f.id} ${f.status}`)).toEqual(['routing-local-mx-elsewhere ok']);
  });

  it('when the MX look-up timed out, then it is could-not-check, not a problem', () => {
    const input = withDns(healthyInput(), observation('MX', DOMAIN, { kind: 'error', reason: 'timeout', detail: 'no answer in 5 s' }));
    const [finding] = checkRoutingMx(input);
    expect(finding).toMatchObject({ status: 'could-not-check', subject: { name: DOMAIN } });
    expect(finding!.summary.en).toContain('timeout');
  });

  it('when an MX host was never looked up, then it is could-not-check naming the look-up', () => {
    const input = withMx(healthyInput(), records('MX', DOMAIN, [{ preference: 0, exchange: 'mx.elders.example' }]));
    const [finding] = checkRoutingMx(input);
    expect(finding!.status).toBe('could-not-check');
    expect(finding!.summary.en).toContain('A mx.elders.example was not looked up');
  });

  it('when Email::list_mxs failed, then it is could-not-check naming the call', () => {
    const input = withAccount(googleMx(healthyInput()), { routing: failedPart('Email::list_mxs', 'permission denied') });
    const [finding] = checkRoutingMx(input);
    expect(finding).toMatchObject({ status: 'could-not-check' });
    expect(finding!.summary.en).toContain('Email::list_mxs');
  });

  it("when the server's IPs could not be read, then 'elsewhere' cannot be said", () => {
    const input = { ...googleMx(healthyInput()), server: { hostname: 'server1.hosting.example', ips: failedPart<readonly string[]>('server ips', 'not available') } };
    const noDomainIp = withAccount(input, {
      domains: okPart({ main: { domain: DOMAIN, kind: 'main' as const, documentRoot: null, ip: null }, addon: [], sub: [], parked: [], all: [{ domain: DOMAIN, kind: 'main' as const, documentRoot: null, ip: null }] }),
    });
    expect(checkRoutingMx(noDomainIp).map((f) => f.status)).toEqual(['could-not-check']);
  });
});

describe('routing rows that say less than usual', () => {
  it('when detected is "auto" and the flags say local, then the flags decide and the mismatch with the MX is found', () => {
    const input = withRouting(googleMx(healthyInput()), { configured: 'auto', detected: 'auto', effective: 'local' });
    expect(problems(checkRoutingMx(input)).map((f) => f.id)).toEqual(['routing-local-mx-elsewhere']);
  });

  it('when the owner chose local but the row has no flags, then the choice alone decides', () => {
    const input = withRouting(googleMx(healthyInput()), { configured: 'local', detected: null, effective: null, alwaysAccept: null });
    expect(problems(checkRoutingMx(input)).map((f) => f.id)).toEqual(['routing-local-mx-elsewhere']);
  });

  it('when the row names no mode at all (auto, an unknown detected value, no flags), then that domain is could-not-check, saying why', () => {
    const input = withRouting(googleMx(healthyInput()), { configured: 'auto', detected: 'unknown', effective: null, alwaysAccept: null });
    const findings = checkRoutingMx(input);
    expect(findings.map((f) => [f.status, f.subject.name])).toEqual([['could-not-check', DOMAIN]]);
    expect(findings[0]!.summary.en).toContain('no local/remote/secondary flags');
    expect(findings[0]!.summary.nl).toContain('E-mailroutering');
  });

  it("when the domain's row was left out as unreadable, then that domain is could-not-check, not silently skipped", () => {
    const input = withAccount(healthyInput(), {
      routing: { ok: true, value: [], gaps: [{ call: 'UAPI Email::list_mxs', kind: 'row-skipped', subject: null, fields: ['domain'] }] },
    });
    expect(checkRoutingMx(input).map((f) => [f.status, f.subject.name])).toEqual([['could-not-check', DOMAIN]]);
  });
});

describe('routing while the MX is being changed', () => {
  it('when the own nameservers already point the MX here and the resolver still has the old provider, then routing Local is judged on the new MX', () => {
    const input = withDns(
      healthyInput(),
      records('MX', DOMAIN, [{ preference: 10, exchange: 'mx.oude-provider.example' }]),
      records('A', 'mx.oude-provider.example', [{ address: '198.51.100.40' }]),
    );
    const findings = checkRoutingMx(input);
    expect(findings.map((f) => f.status)).toEqual(['ok']);
    expect(findings[0]!.evidence).toContainEqual(expect.objectContaining({ kind: 'note' }));
  });
});
