/**
 * Audit reports generated in memory, shaped like the real ones (findings with
 * evidence, fixes in both languages, a few delivery records), for the store
 * benchmark and the store, web and jobs tests.
 */
import type { WhmAccount } from '../../src/cpanel/whm-accounts';
import type { DeliveryEvent, Finding, Severity, Subject } from '../../src/diagnose/model';
import type { DiagnosisId, Reason } from '../../src/kb/catalogue';
import type { AuditReport } from '../../src/report/audit-report';

export interface SampleProblem {
  readonly id: DiagnosisId;
  readonly subject: Subject;
  readonly severity?: Severity;
  readonly status?: Finding['status'];
}

export function sampleFinding(p: SampleProblem): Finding {
  const status = p.status ?? 'problem';
  const reason: Reason = 'undefined';
  return {
    id: p.id,
    reason,
    status,
    severity: p.severity ?? 'warning',
    subject: p.subject,
    title: { nl: `Probleem ${p.id} bij ${p.subject.name}`, en: `Problem ${p.id} at ${p.subject.name}` },
    summary: { nl: `${p.subject.name}: ${p.id} (samenvatting).`, en: `${p.subject.name}: ${p.id} (summary).` },
    evidence: [
      { kind: 'dns', name: p.subject.name, type: 'MX', server: '192.0.2.53', outcome: 'records', records: [`10 mx.${p.subject.name}.`] },
      { kind: 'account', source: 'UAPI Email::list_mxs', field: 'mxcheck', value: 'local' },
    ],
    fix: {
      actor: 'account-owner',
      steps: { nl: [`Herstel ${p.id} voor ${p.subject.name}.`, 'Controleer het daarna opnieuw.'], en: [`Repair ${p.id} for ${p.subject.name}.`, 'Then check again.'] },
      links: ['https://support.example.com/article/1'],
    },
  };
}

export function sampleReport(user: string, problems: readonly SampleProblem[], at = Date.now(), okChecks = 0): AuditReport {
  const events: DeliveryEvent[] = Array.from({ length: 5 }, (_, i) => ({
    time: Math.floor(at / 1000) - i * 60,
    outcome: 'failed',
    direction: 'outgoing',
    sender: `info@${user}.example`,
    recipient: `klant${i}@example.net`,
    message: 'SMTP error from remote mail server after RCPT TO:<klant@example.net>: 550 5.1.1 user unknown',
    router: 'dkim_lookuphost',
    transport: 'remote_smtp',
    remoteHost: 'mx.example.net',
    remoteIp: '198.51.100.7',
    messageId: `1abc${i}-000${i}-XY`,
    senderAuth: null,
    senderHost: null,
    spamScore: null,
    accountDomain: `${user}.example`,
    classification: null,
  }));
  const ok = Array.from({ length: okChecks }, (_, i) =>
    sampleFinding({ id: 'spf-invalid', subject: { kind: 'domain', name: `ok${i}.${user}.example` }, status: 'ok', severity: 'info' }),
  );
  return {
    user,
    generatedAt: new Date(at).toISOString(),
    window: { since: Math.floor(at / 1000) - 7 * 86400, until: Math.floor(at / 1000) },
    findings: [...problems.map(sampleFinding), ...ok],
    events,
    eventsIncomplete: false,
  };
}

const IDS: readonly DiagnosisId[] = ['mx-missing', 'spf-invalid', 'recipient-mailbox-full', 'mailbox-over-quota', 'server-ptr-missing', 'greylisted'];

/** A server-like spread of problems: most accounts have none or one, a few several. */
export function typicalReport(user: string, index: number, at = Date.now()): AuditReport {
  const count = index % 10 < 5 ? 0 : index % 10 < 8 ? 1 : 3;
  const problems: SampleProblem[] = Array.from({ length: count }, (_, i) => ({
    id: IDS[(index + i) % IDS.length]!,
    subject: { kind: 'domain', name: `${user}-${i}.example` },
    severity: i === 0 ? 'critical' : 'warning',
  }));
  return sampleReport(user, problems, at, 20);
}

/** A WHM account row as `listaccts` gives it, with no limits set: what the overview lists. */
export function sampleWhmAccount(user: string, fields: Partial<WhmAccount> = {}): WhmAccount {
  return {
    user,
    domain: `${user}.example`,
    owner: 'root',
    contactEmail: null,
    ip: null,
    plan: null,
    suspended: false,
    outgoingMailHold: false,
    outgoingMailSuspended: false,
    maxEmailPerHour: 'unlimited',
    maxDeferFailPercentage: 'unlimited',
    minDeferFailToTriggerProtection: 'unlimited',
    mailboxFormat: null,
    ...fields,
  };
}
