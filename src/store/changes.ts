/**
 * Change detection between two runs of one account (pure). A problem is
 * keyed by diagnosis id + subject kind + subject name: the same diagnosis on
 * another domain is another problem.
 *
 * A problem that the previous run had and that this run could not check
 * (its finding is `could-not-check`) is neither resolved nor new: it stays
 * open with its original date, so a DNS timeout does not read as "fixed"
 * today and "new" tomorrow. The same holds for a problem whose source this
 * run could not read at all (Track Delivery down: the delivery-based
 * problems vanish from the report without a could-not-check of their own):
 * its stored `basis` names the sources, the report's `unreadSources` the
 * ones that failed.
 */
import type { Finding, Severity } from '../diagnose/model';
import type { AccountChanges, ProblemRef } from './history-store';
import { problemBasis } from '../diagnose/problem-sources';

export function problemKey(finding: Pick<Finding, 'id' | 'subject'>): string {
  return `${finding.id}|${finding.subject.kind}|${finding.subject.name.toLowerCase()}`;
}

const RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };

/** The problems of a report, one per key (the most severe when a key repeats). */
function currentProblems(findings: readonly Finding[]): Map<string, Finding> {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    if (f.status !== 'problem') continue;
    const key = problemKey(f);
    const had = byKey.get(key);
    if (had === undefined || RANK[f.severity] > RANK[had.severity]) byKey.set(key, f);
  }
  return byKey;
}

/**
 * `previous`: the open problems of the account's last stored result (null
 * when there is none: then everything found is new). `now`: when this run
 * saw them (Unix ms), the `openSince` of the new ones.
 */
export function detectChanges(previous: readonly ProblemRef[] | null, findings: readonly Finding[], now: number, unread: readonly string[] = []): AccountChanges {
  const current = currentProblems(findings);
  const unchecked = new Set(findings.filter((f) => f.status === 'could-not-check').map(problemKey));
  const unreadSet = new Set(unread);
  const sourceUnread = (p: ProblemRef): boolean => (p.basis ?? []).some((s) => unreadSet.has(s));
  const before = new Map((previous ?? []).map((p) => [p.key, p]));
  const fresh: ProblemRef[] = [];
  const stillOpen: ProblemRef[] = [];
  const resolved: ProblemRef[] = [];
  for (const [key, f] of current) {
    const had = before.get(key);
    const ref: ProblemRef = { key, id: f.id, subject: f.subject, severity: f.severity, title: f.title, openSince: had?.openSince ?? now, basis: problemBasis(f) };
    if (had === undefined) fresh.push(ref);
    else stillOpen.push(ref);
  }
  for (const [key, p] of before) {
    if (current.has(key)) continue;
    if (unchecked.has(key) || sourceUnread(p)) stillOpen.push(p);
    else resolved.push(p);
  }
  const order = (a: ProblemRef, b: ProblemRef): number => RANK[b.severity] - RANK[a.severity] || a.key.localeCompare(b.key);
  return { new: fresh.sort(order), resolved: resolved.sort(order), stillOpen: stillOpen.sort(order) };
}
