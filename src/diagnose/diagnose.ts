/**
 * Runs every check over one account's collected input. Pure: the same input
 * gives the same findings, in a stable order (most urgent first).
 */
import { CHECKS } from './checks';
import { deliveryFindings } from './delivery-findings';
import type { AuditInput, Finding, FindingStatus, Severity } from './model';

const STATUS_ORDER: Record<FindingStatus, number> = { problem: 0, 'could-not-check': 1, ok: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (b.count ?? 0) - (a.count ?? 0) ||
    a.id.localeCompare(b.id) ||
    a.subject.name.localeCompare(b.subject.name)
  );
}

export function diagnose(input: AuditInput): Finding[] {
  const findings = [...deliveryFindings(input), ...CHECKS.flatMap((check) => check(input))];
  return findings.sort(compareFindings);
}
