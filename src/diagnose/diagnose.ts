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

const SEVERITY_RANK: Record<Severity, number> = { critical: 2, warning: 1, info: 0 };

function subjectKey(f: Finding): string {
  return `${f.id}\u0000${f.subject.kind}\u0000${f.subject.name}`;
}

/**
 * A bounce that says the server is blocklisted and the blocklist check that
 * finds it listed are one problem: the delivery finding keeps its messages
 * and gains the state check's evidence, at the higher of the two severities.
 */
function mergeSameProblem(delivery: readonly Finding[], state: readonly Finding[]): Finding[] {
  const byKey = new Map(delivery.filter((f) => f.status === 'problem').map((f) => [subjectKey(f), f]));
  const merged = new Map<string, Finding>();
  const rest: Finding[] = [];
  for (const f of state) {
    const text = f.status === 'problem' ? byKey.get(subjectKey(f)) : undefined;
    if (text === undefined) {
      rest.push(f);
      continue;
    }
    const seen = new Set(text.evidence.map((e) => JSON.stringify(e)));
    merged.set(subjectKey(text), {
      ...text,
      severity: SEVERITY_RANK[f.severity] > SEVERITY_RANK[text.severity] ? f.severity : text.severity,
      evidence: [...text.evidence, ...f.evidence.filter((e) => !seen.has(JSON.stringify(e)))],
      ...(f.fix?.record !== undefined && text.fix !== undefined && text.fix.record === undefined
        ? { fix: { ...text.fix, record: f.fix.record } }
        : {}),
    });
  }
  return [...delivery.map((f) => merged.get(subjectKey(f)) ?? f), ...rest];
}

export function diagnose(input: AuditInput): Finding[] {
  const findings = mergeSameProblem(deliveryFindings(input), CHECKS.flatMap((check) => check(input)));
  return findings.sort(compareFindings);
}
