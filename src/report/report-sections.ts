/**
 * What a report page shows, in which part and order, decided from the core's
 * root causes (diagnose/root-causes.ts) without words: the pages, the CLI and
 * the tests all count and order the same way. Every finding the summary
 * counts is in exactly one section. Pure.
 */
import type { DeliveryEvent, Finding } from '../diagnose/model';
import { isOwnProblem, isUrgent } from '../diagnose/root-causes';
import { countFindings, type AuditReport, type ReportCounts } from './audit-report';

interface ReportSections {
  /** The account's own problems, most urgent first: the "Fix these first" list and the cards. */
  readonly problems: readonly Finding[];
  /** Problems of other parties (the sender of incoming mail): nothing for the account to do. */
  readonly others: readonly Finding[];
  readonly unchecked: readonly Finding[];
  readonly okCount: number;
  readonly counts: ReportCounts;
  /** Which top-level finding each delivery record belongs to, by index into `problems`/`others`. */
  readonly cardOf: (event: DeliveryEvent) => Finding | undefined;
}

export { isUrgent };

export function reportSections(report: AuditReport): ReportSections {
  const problems = report.findings.filter(isOwnProblem);
  const others = report.findings.filter((f) => f.status === 'problem' && !isOwnProblem(f));
  // A record's card: the finding of its diagnosis whose examples hold it, else the first with that diagnosis.
  const cards = [...problems, ...others];
  const byId = new Map<string, Finding[]>();
  for (const card of cards) {
    for (const f of [card, ...(card.explains ?? [])]) {
      let list = byId.get(f.id);
      if (list === undefined) byId.set(f.id, (list = []));
      list.push(card);
    }
  }
  const holds = (f: Finding, e: DeliveryEvent): boolean =>
    [f, ...(f.explains ?? [])].some((x) => x.evidence.some((ev) => ev.kind === 'event' && ev.time === e.time && ev.message === e.message));
  return {
    problems,
    others,
    unchecked: report.findings.filter((f) => f.status === 'could-not-check'),
    okCount: report.findings.filter((f) => f.status === 'ok').length,
    counts: countFindings(report.findings),
    cardOf: (e) => {
      const id = e.classification?.id;
      const list = id === undefined ? undefined : byId.get(id);
      if (list === undefined) return undefined;
      return list.find((f) => holds(f, e)) ?? list[0];
    },
  };
}
