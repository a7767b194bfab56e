/**
 * Which card of the report a sender-requirements row refers to: the finding
 * with the row's diagnosis about the row's domain (or, for the server's rows,
 * about one of the server's addresses). The row points there for the fix, so
 * the fix is said once. Pure.
 */
import type { Finding } from '../diagnose/model';
import type { RequirementRow } from '../diagnose/requirements/model';
import type { AuditReport } from './audit-report';

export function findingOfRow(report: AuditReport, domain: string, row: RequirementRow): Finding | undefined {
  if (row.finding === undefined) return undefined;
  // A finding that is part of a root cause (a domain's SPF, DKIM and DMARC) is shown in the whole's card.
  const names = (f: Finding): boolean => f.id === row.finding || (f.parts ?? []).some((p) => p.id === row.finding);
  const candidates = report.findings.filter((f) => names(f) && f.status === 'problem');
  return candidates.find((f) => f.subject.kind === 'domain' && f.subject.name === domain) ?? candidates.find((f) => f.subject.kind !== 'domain');
}
