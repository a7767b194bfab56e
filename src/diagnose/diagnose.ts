/**
 * Runs every check over one account's collected input. Pure: the same input
 * gives the same findings, in a stable order (most urgent first).
 */
import { CHECKS } from './checks';
import { deliveryFindings } from './delivery-findings';
import type { AuditInput, Finding, Severity } from './model';
import { compareFindings, groupRootCauses } from './root-causes';

export { compareFindings };

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
  return groupRootCauses(mergeSameProblem(deliveryFindings(input), CHECKS.flatMap((check) => check(input))), input);
}
