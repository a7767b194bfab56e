/**
 * The requirements evaluator over built audit inputs: what the connection
 * probe saw on port 25 decides the HELO and TLS rows, a look-up that was not
 * made or failed is "cannot be checked" (never "met"), and the DNS plan asks
 * for the SPF include targets the walk still needs.
 */
import { spfRound } from '../../../src/diagnose/dns-plan';
import { evaluateRequirements } from '../../../src/diagnose/requirements/evaluate';
import type { Port25Observation, RequirementRow } from '../../../src/diagnose/requirements/model';
import { DOMAIN, failedPart, healthyInput, observation, records, SERVER_IP, txt, withAccount, withDns } from '../input-builder';
import type { AuditInput } from '../../../src/diagnose/model';

const HOST = 'server1.hosting.example';
const withInclude = (input: AuditInput): AuditInput => withDns(input, records('TXT', 'spf.hoasted.com', [txt('v=spf1 ip4:203.0.113.0/24 -all')]));

function row(input: AuditInput, id: string, port25?: Port25Observation[]): RequirementRow {
  const found = evaluateRequirements(input, port25)[0]?.rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

const seen = (starttls: Port25Observation['starttls'], greetingName: string | undefined = HOST): Port25Observation[] => [{ host: `mail.${DOMAIN}`, address: SERVER_IP, port: 25, greetingName, starttls }];

describe('when the connection probe reached port 25', () => {
  it('when STARTTLS works and the greeting names the PTR name, then the TLS and HELO rows are met from the probe', () => {
    const input = withInclude(healthyInput());
    expect(row(input, 'tls', seen('offered'))).toMatchObject({ status: 'met' });
    expect(row(input, 'helo', seen('offered')).evidence[0]?.en).toBe(`The greeting on port 25 of mail.${DOMAIN}: ${HOST}, the same as the PTR of ${SERVER_IP}.`);
  });

  it('when STARTTLS is missing and the greeting names another host, then both rows are not met and name the probe\'s findings', () => {
    const input = withInclude(healthyInput());
    expect(row(input, 'tls', seen('not-offered', 'other.example'))).toMatchObject({ status: 'not-met', finding: 'mail-tls-missing' });
    expect(row(input, 'helo', seen('not-offered', 'other.example'))).toMatchObject({ status: 'not-met', finding: 'mail-banner-ptr-mismatch' });
  });

  it('when the probe ran but got no answer on port 25, or did not run, then TLS cannot be checked here and says which', () => {
    const input = withInclude(healthyInput());
    expect(row(input, 'tls', seen('unknown')).evidence[0]?.en).toBe('The connection test got no answer on port 25.');
    expect(row(input, 'tls').evidence[0]?.en).toBe('The connection test did not run, so port 25 was not looked at.');
    expect(row(input, 'tls').status).toBe('cannot-check');
  });
});

describe('when a look-up was not made or failed', () => {
  it('when the SPF include target was not gathered, then the SPF row cannot be checked, and the plan asks for it next', () => {
    const input = healthyInput();
    expect(row(input, 'spf')).toMatchObject({ status: 'cannot-check' });
    expect(row(input, 'spf').evidence[1]?.en).toContain('spf.hoasted.com could not be looked up');
    expect(spfRound(input.account, input.dns.observations)).toEqual([{ type: 'TXT', name: 'spf.hoasted.com' }]);
    expect(spfRound(input.account, withInclude(input).dns.observations)).toEqual([]);
    expect(row(withInclude(input), 'spf').status).toBe('met');
  });

  it('when the DKIM key look-up timed out, then the DKIM row cannot be checked and alignment still holds through SPF', () => {
    const input = withDns(withInclude(healthyInput()), observation('TXT', `default._domainkey.${DOMAIN}`, { kind: 'error', reason: 'timeout', detail: 'no answer' }));
    expect(row(input, 'dkim').status).toBe('cannot-check');
    expect(row(input, 'alignment').status).toBe('met');
  });

  it('when cPanel could not list the domains, then there are no rows rather than rows that guess', () => {
    expect(evaluateRequirements(withAccount(healthyInput(), { domains: failedPart('UAPI DomainInfo::domains_data', 'timeout') }))).toEqual([]);
  });
});

describe('when the DMARC record has no report address', () => {
  it('then the row is not met and the record to publish keeps the policy and adds the account\'s address', () => {
    const input = withDns(withInclude(healthyInput()), records('TXT', `_dmarc.${DOMAIN}`, [txt('v=DMARC1; p=quarantine')]));
    expect(row(input, 'dmarc')).toMatchObject({ status: 'not-met', finding: 'dmarc-no-reports', record: { name: `_dmarc.${DOMAIN}`, type: 'TXT', value: 'v=DMARC1; p=quarantine; rua=mailto:eigenaar@bakkerij-jansen.nl' } });
  });
});

describe('when the probe did not run', () => {
  it("then the HELO row reads cPanel's mail host name, spelled as cPanel spells itself", () => {
    expect(row(withInclude(healthyInput()), 'helo').evidence.map((e) => [e.nl, e.en])).toEqual([
      [`De mailhostnaam van cPanel: ${HOST}, gelijk aan de PTR van ${SERVER_IP}.`, `cPanel's mail host name: ${HOST}, the same as the PTR of ${SERVER_IP}.`],
    ]);
  });
});
