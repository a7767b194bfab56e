/** server-blocklisted and server-ptr-missing (state). */
import { checkBlocklists } from '../../src/diagnose/checks/blocklists';
import { checkServerPtr } from '../../src/diagnose/checks/server-ptr';
import type { BlocklistResult } from '../../src/dns/blocklist';
import type { AuditInput } from '../../src/diagnose/model';
import { SERVER_IP, failedPart, healthyInput, observation, okPart, records, withAccount, withDns } from './input-builder';

const REVERSE = '10.113.0.203.in-addr.arpa';

function withBlocklist(input: AuditInput, result: BlocklistResult): AuditInput {
  const others = input.dns.blocklists.filter((b) => b.zone !== result.zone);
  return { ...input, dns: { ...input.dns, blocklists: [...others, result] } };
}

describe('server-blocklisted', () => {
  it('when the server IP is listed on Spamhaus, then it is a problem for the hosting provider with the codes and their meaning', () => {
    const input = withBlocklist(healthyInput(), { zone: 'zen.spamhaus.org', ip: SERVER_IP, status: 'listed', codes: ['127.0.0.2'], meaning: 'SBL: Spamhaus Block List' });
    const findings = checkBlocklists(input);
    const [finding] = findings.filter((f) => f.status === 'problem');
    expect(finding).toMatchObject({ id: 'server-blocklisted', subject: { kind: 'server', name: SERVER_IP } });
    expect(finding!.fix!.actor).toBe('hosting-provider');
    expect(finding!.fix!.steps.en[0]).toContain(`${SERVER_IP} is listed on zen.spamhaus.org`);
    expect(finding!.evidence).toContainEqual({ kind: 'blocklist', zone: 'zen.spamhaus.org', ip: SERVER_IP, status: 'listed', codes: ['127.0.0.2'], meaning: 'SBL: Spamhaus Block List' });
  });

  it('when Spamhaus refused the query (127.255.255.254), then it is could-not-check naming the zone and reason, never listed', () => {
    const input = withBlocklist(healthyInput(), {
      zone: 'zen.spamhaus.org',
      ip: SERVER_IP,
      status: 'could-not-check',
      codes: ['127.255.255.254'],
      detail: 'the blocklist refused the query because it came through a public or open resolver',
    });
    const findings = checkBlocklists(input);
    expect(findings.filter((f) => f.status === 'problem')).toEqual([]);
    const [finding] = findings;
    expect(finding!.status).toBe('could-not-check');
    expect(finding!.summary.en).toContain('zen.spamhaus.org');
    expect(finding!.summary.en).toContain('public or open resolver');
  });

  it('when the server is on no list, then one ok per IP', () => {
    expect(checkBlocklists(healthyInput()).map((f) => `${f.status} ${f.subject.name}`)).toEqual([`ok ${SERVER_IP}`]);
  });

  it('when a profile zone was not checked, then it is could-not-check', () => {
    const input = healthyInput();
    const partial = { ...input, dns: { ...input.dns, blocklists: input.dns.blocklists.slice(1) } };
    expect(checkBlocklists(partial).map((f) => f.status)).toEqual(['could-not-check']);
  });

  it("when the server's IPs could not be read, then it is could-not-check", () => {
    const input = { ...healthyInput(), server: { hostname: 'server1.hosting.example', ips: failedPart<readonly string[]>('server ips', 'denied') } };
    expect(checkBlocklists(input).map((f) => f.status)).toEqual(['could-not-check']);
  });
});

describe('server-ptr-missing (state)', () => {
  it('when the server IP has no PTR, then the hosting provider sets it to the mail host name', () => {
    const input = withDns(healthyInput(), observation('PTR', REVERSE, { kind: 'nxdomain' }));
    const [finding] = checkServerPtr(input);
    expect(finding).toMatchObject({ id: 'server-ptr-missing', status: 'problem', severity: 'critical', subject: { kind: 'server', name: SERVER_IP } });
    expect(finding!.fix!.actor).toBe('hosting-provider');
    expect(finding!.fix!.record).toEqual({ name: REVERSE, type: 'PTR', value: 'server1.hosting.example' });
    expect(finding!.fix!.steps.en[0]).toContain(`PTR record of ${SERVER_IP} to server1.hosting.example`);
  });

  it('when the PTR name does not point back to the IP, then it is not forward-confirmed', () => {
    const input = withDns(healthyInput(), records('A', 'server1.hosting.example', [{ address: '198.51.100.99' }]));
    const [finding] = checkServerPtr(input);
    expect(finding!.status).toBe('problem');
    expect(finding!.summary.en).toContain('does not point back');
  });

  it('when cPanel says the PTR is not valid, then it is a problem with its state as evidence', () => {
    const base = healthyInput();
    const row = base.account.ptr.ok ? base.account.ptr.value[0]! : undefined;
    const input = withAccount(base, { ptr: okPart([{ ...row!, state: 'MISMATCH', valid: false }]) });
    const [finding] = checkServerPtr(input);
    expect(finding!.status).toBe('problem');
    expect(finding!.evidence).toContainEqual(expect.objectContaining({ source: 'UAPI EmailAuth::validate_current_ptrs', value: 'MISMATCH' }));
  });

  it('when the account is healthy, then the PTR is ok', () => {
    expect(checkServerPtr(healthyInput()).map((f) => f.status)).toEqual(['ok']);
  });

  it('when the PTR look-up timed out, then it is could-not-check', () => {
    const input = withDns(healthyInput(), observation('PTR', REVERSE, { kind: 'error', reason: 'timeout', detail: 'x' }));
    expect(checkServerPtr(input).map((f) => f.status)).toEqual(['could-not-check']);
  });

  it('when EmailAuth::validate_current_ptrs failed, then it is could-not-check naming the call', () => {
    const input = withAccount(healthyInput(), { ptr: failedPart('EmailAuth::validate_current_ptrs', 'nope') });
    const [finding] = checkServerPtr(input);
    expect(finding!.status).toBe('could-not-check');
    expect(finding!.summary.en).toContain('EmailAuth::validate_current_ptrs');
  });
});
