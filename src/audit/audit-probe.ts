/**
 * The audit's probe step: connects to the audited account's mail host names
 * (mail.DOMAIN and the client settings' servers, from what the audit already
 * collected) and adds the findings to the report. Kept apart so that the
 * audit flow itself needs only a line to call it.
 */
import type { ProviderProfile } from '../config/provider-profile';
import { compareFindings } from '../diagnose/diagnose';
import type { AuditInput } from '../diagnose/model';
import type { DnsResolver } from '../dns/types';
import { probeFindings } from '../probe/findings';
import { auditedAccountHosts } from '../probe/host-names';
import { runProbeStep } from '../probe/probe-step';
import type { PortPlan } from '../probe/services';
import type { AuditReport } from '../report/audit-report';
import { diagnosis } from '../kb/catalogue';
import { evaluateRequirements } from '../diagnose/requirements/evaluate';
import { port25Observations } from '../probe/port25';

export interface AuditProbeOptions {
  readonly ports?: readonly PortPlan[];
  readonly stepTimeoutMs?: number;
  readonly loopbackOnly: boolean;
  readonly caFile?: string;
}

export async function probeAuditedAccount(input: AuditInput, report: AuditReport, resolver: DnsResolver, profile: ProviderProfile, options: AuditProbeOptions): Promise<AuditReport> {
  const hosts = auditedAccountHosts(input.account.domains, input.account.clientSettings);
  if (hosts.length === 0) return report;
  const run = await runProbeStep(hosts, { resolver, profile, ...options });
  if (!run.ok) {
    const cause = { nl: `De verbindingstest kon niet starten: ${run.error}`, en: `The connection test could not start: ${run.error}` };
    const finding = { id: 'mail-port-closed' as const, reason: diagnosis('mail-port-closed').reason, status: 'could-not-check' as const, severity: 'info' as const, subject: { kind: 'account' as const, name: input.account.user }, title: { nl: 'Kon niet worden gecontroleerd', en: 'Could not be checked' }, summary: cause, evidence: [] };
    return { ...report, findings: [...report.findings, finding].sort(compareFindings) };
  }
  // The HELO/banner and TLS rows read what the probe saw on port 25.
  return { ...report, findings: [...report.findings, ...probeFindings(run.results)].sort(compareFindings), requirements: evaluateRequirements(input, port25Observations(run.results)) };
}
