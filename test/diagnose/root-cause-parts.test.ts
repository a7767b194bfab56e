/**
 * One root cause made of parts: a domain's SPF, DKIM and DMARC findings are
 * one finding, "the mail authentication of that domain", at the highest
 * severity of its parts, each part kept with its id and fix; a lone part, a
 * part of another domain and a delivery record stay as they are.
 */
import type { Finding, Severity } from '../../src/diagnose/model';
import type { DiagnosisId } from '../../src/kb/catalogue';
import { groupRootCauses, recordCount } from '../../src/diagnose/root-causes';
import { countFindings } from '../../src/report/audit-report';
import { localizeReport } from '../../src/report/audit-report';
import { problemBasis } from '../../src/diagnose/problem-sources';
import { healthyInput } from './input-builder';

function problem(id: DiagnosisId, domain: string, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    id,
    reason: 'authfailure',
    status: 'problem',
    severity,
    subject: { kind: 'domain', name: domain },
    title: { nl: `${id} van ${domain}`, en: `${id} of ${domain}` },
    summary: { nl: 'x', en: 'x' },
    evidence: [{ kind: 'dns', type: 'TXT', name: id === 'dkim-invalid' ? `default._domainkey.${domain}` : domain, server: null, outcome: 'nxdomain', records: [] }],
    fix: { actor: 'account-owner', steps: { nl: ['doe dit'], en: ['do this'] }, record: { name: domain, type: 'TXT', value: `v=${id}` }, links: [] },
    ...extra,
  };
}

describe('a domain’s mail authentication as one root cause', () => {
  const input = healthyInput();

  it('when SPF, DKIM and DMARC of one domain are wrong, then they are one finding at the highest severity, the parts in SPF, DKIM, DMARC order with their own fixes', () => {
    const out = groupRootCauses([problem('dmarc-missing', 'a.example', 'warning'), problem('spf-invalid', 'a.example', 'warning'), problem('dkim-invalid', 'a.example', 'critical')], input);
    expect(out).toHaveLength(1);
    const cause = out[0]!;
    expect(cause).toMatchObject({ id: 'mail-authentication', severity: 'critical', status: 'problem', subject: { kind: 'domain', name: 'a.example' }, rootCause: { kind: 'authentication', domain: 'a.example' } });
    expect(cause.parts?.map((p) => p.id)).toEqual(['spf-invalid', 'dkim-invalid', 'dmarc-missing']);
    expect(cause.parts?.map((p) => p.fix?.record?.value)).toEqual(['v=spf-invalid', 'v=dkim-invalid', 'v=dmarc-missing']);
    expect(cause.summary.en).toContain('SPF, DKIM and DMARC of a.example');
    expect(cause.summary.nl).toContain('SPF, DKIM en DMARC van a.example');
    expect(countFindings(out)).toEqual({ critical: 1, warning: 0, info: 0, couldNotCheck: 0 });
    // Readers of the whole only (the alert mails) get every part's steps and records, and the owner is the one to act.
    expect(cause.fix?.actor).toBe('account-owner');
    expect(cause.fix?.steps.en).toEqual(['SPF: do this', 'DKIM: do this', 'DMARC: do this']);
    expect([cause.fix?.record, ...(cause.fix?.moreRecords ?? [])].map((r) => r?.value)).toEqual(['v=spf-invalid', 'v=dkim-invalid', 'v=dmarc-missing']);
    // History keeps the problem open while any part's source could not be read.
    expect(problemBasis(cause)).toEqual(['dns:TXT a.example', 'dns:TXT default._domainkey.a.example']);
  });

  it('when the parts explain delivery records, then the whole root cause carries them, counted once', () => {
    const refused = problem('gmail-unauthenticated', 'b.example', 'critical', {
      count: 3,
      evidence: [{ kind: 'dns', type: 'TXT', name: 'b.example', server: null, outcome: 'nxdomain', records: [] }],
    });
    const out = groupRootCauses([problem('spf-invalid', 'b.example', 'warning'), problem('dkim-invalid', 'b.example', 'warning'), refused], input);
    expect(out.map((f) => f.id)).toEqual(['mail-authentication']);
    expect(out[0]!.severity).toBe('critical');
    expect(out[0]!.explains?.map((f) => f.id)).toEqual(['gmail-unauthenticated']);
    expect(out[0]!.parts?.every((p) => p.explains === undefined)).toBe(true);
    expect(recordCount(out[0]!)).toBe(3);
  });

  it('when one domain has a single part wrong and another domain two, then only the second is grouped, each domain apart', () => {
    const out = groupRootCauses([problem('dmarc-missing', 'c.example', 'info'), problem('spf-invalid', 'd.example', 'warning'), problem('dmarc-missing', 'd.example', 'info')], input);
    expect(out.map((f) => `${f.id} ${f.subject.name}`).sort()).toEqual(['dmarc-missing c.example', 'mail-authentication d.example']);
  });

  it('when a domain has a weak DKIM key, a DMARC record without reports and a broken SPF, then the providers\' requirements are parts of the same root cause, each record named once', () => {
    const out = groupRootCauses([problem('dmarc-no-reports', 'f.example', 'info'), problem('dkim-key-weak', 'f.example', 'warning'), problem('spf-invalid', 'f.example', 'warning')], input);
    expect(out.map((f) => f.id)).toEqual(['mail-authentication']);
    expect(out[0]!.parts?.map((p) => p.id)).toEqual(['spf-invalid', 'dkim-key-weak', 'dmarc-no-reports']);
    expect(out[0]!.severity).toBe('warning');
    expect(out[0]!.summary.en).toContain('SPF, DKIM and DMARC of f.example');
  });

  it('when the report is written as JSON, then the root cause keeps every part with its id and fix', () => {
    const findings = groupRootCauses([problem('spf-invalid', 'e.example', 'warning'), problem('dkim-invalid', 'e.example', 'warning')], input);
    const json = localizeReport({ user: 'u', generatedAt: '2026-11-18T00:00:00.000Z', window: { since: 0, until: 1 }, findings, events: [], eventsIncomplete: false }, 'en');
    const [cause] = json.findings as Array<{ id: string; rootCause: unknown; parts: Array<{ id: string; fix: { record: { value: string } } }> }>;
    expect(cause?.id).toBe('mail-authentication');
    expect(cause?.rootCause).toEqual({ kind: 'authentication', domain: 'e.example' });
    expect(cause?.parts.map((p) => [p.id, p.fix.record.value])).toEqual([
      ['spf-invalid', 'v=spf-invalid'],
      ['dkim-invalid', 'v=dkim-invalid'],
    ]);
  });
});
