/** A bounce and a state check that report the same problem become one finding. */
import { diagnose } from '../../src/diagnose/diagnose';
import { event, healthyInput, SERVER_IP, withEvents } from './input-builder';

describe('one problem, one finding', () => {
  it('when a bounce says the server is blocklisted and the blocklist check agrees, then there is one finding with both kinds of evidence', () => {
    const base = withEvents(healthyInput(), [
      event({
        message: `SMTP error from remote mail server after RCPT TO:<a@example.net>: 554 5.7.1 Service unavailable; Client host [${SERVER_IP}] blocked using bl.spamcop.net`,
      }),
    ]);
    const input = {
      ...base,
      dns: {
        ...base.dns,
        blocklists: base.dns.blocklists.map((b) => (b.zone === 'bl.spamcop.net' ? { ...b, status: 'listed' as const, codes: ['127.0.0.2'] } : b)),
      },
    };
    const findings = diagnose(input).filter((f) => f.id === 'server-blocklisted' && f.status === 'problem');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.subject).toEqual({ kind: 'server', name: SERVER_IP });
    expect(findings[0]?.count).toBe(1);
    expect(findings[0]?.evidence.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(['blocklist', 'event']));
    expect(findings[0]?.severity).toBe('critical');
  });

  it('when only the bounce names a blocklist and the check finds the server clean now, then the bounce finding stands alone', () => {
    const input = withEvents(healthyInput(), [
      event({ message: `554 5.7.1 Client host [${SERVER_IP}] blocked using bl.spamcop.net` }),
    ]);
    const findings = diagnose(input).filter((f) => f.id === 'server-blocklisted');
    expect(findings.filter((f) => f.status === 'problem')).toHaveLength(1);
    expect(findings.find((f) => f.status === 'problem')?.evidence.some((e) => e.kind === 'event')).toBe(true);
  });
});
