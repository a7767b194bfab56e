/**
 * The audit report as data: what `audit --json` prints, what the store keeps
 * and what the pages render. Findings keep both languages; `localizeReport`
 * picks one for output.
 */
import type { AuditWindow, DeliveryEvent, Finding } from '../diagnose/model';
import { isOwnProblem } from '../diagnose/root-causes';
import type { DomainRequirements } from '../diagnose/requirements/model';
import type { Lang } from '../kb/types';

export interface AuditReport {
  readonly user: string;
  /** ISO 8601. */
  readonly generatedAt: string;
  readonly window: AuditWindow;
  readonly findings: readonly Finding[];
  readonly events: readonly DeliveryEvent[];
  /** Set when Track Delivery hit its cap: older records in the window were not seen. */
  readonly eventsIncomplete: boolean;
  /** Sources this audit could not read (failed cPanel calls, `delivery`, `dns:TYPE name`): the history keeps their problems open. */
  readonly unreadSources?: readonly string[];
  /** The account's domains, main first (absent when cPanel could not list them): what a search across servers finds it by. */
  readonly domains?: readonly string[];
  /** Gmail, Outlook.com and Yahoo's sender requirements, per mail domain that sends (absent in reports made before they were judged). */
  readonly requirements?: readonly DomainRequirements[];
}

export interface ReportCounts {
  readonly critical: number;
  readonly warning: number;
  readonly info: number;
  readonly couldNotCheck: number;
}

export function countFindings(findings: readonly Finding[]): ReportCounts {
  let critical = 0;
  let warning = 0;
  let info = 0;
  let couldNotCheck = 0;
  for (const f of findings) {
    // Nested findings (`explains`) and other parties' problems are not the account's to count.
    if (f.status === 'could-not-check') couldNotCheck += 1;
    else if (isOwnProblem(f)) {
      if (f.severity === 'critical') critical += 1;
      else if (f.severity === 'warning') warning += 1;
      else info += 1;
    }
  }
  return { critical, warning, info, couldNotCheck };
}

function iso(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

/** The JSON form with one language: plain strings instead of {nl, en}. */
export function localizeReport(report: AuditReport, lang: Lang): Record<string, unknown> {
  return {
    user: report.user,
    generatedAt: report.generatedAt,
    window: { since: iso(report.window.since), until: iso(report.window.until) },
    counts: countFindings(report.findings),
    findings: report.findings.map((f) => localizeFinding(f, lang)),
    events: report.events.map((e) => ({
      time: iso(e.time),
      sender: e.sender,
      recipient: e.recipient,
      outcome: e.outcome,
      direction: e.direction,
      message: e.message,
      id: e.classification?.id ?? null,
    })),
    eventsIncomplete: report.eventsIncomplete,
    requirements: (report.requirements ?? []).map((d) => localizeRequirements(d, lang)),
  };
}

function localizeRequirements(d: DomainRequirements, lang: Lang): Record<string, unknown> {
  return {
    domain: d.domain,
    rows: d.rows.map((r) => ({
      id: r.id,
      status: r.status,
      title: r.title[lang],
      providers: r.providers,
      evidence: r.evidence.map((e) => e[lang]),
      finding: r.finding ?? null,
      advice: r.advice?.[lang] ?? null,
      record: r.record ?? null,
      rejections: r.rejections.map((x) => ({ provider: x.provider, code: x.code, count: x.count, lastSeen: iso(x.lastSeen), text: x.text[lang] })),
      sources: r.sources,
      links: r.links,
    })),
  };
}

function localizeFinding(f: Finding, lang: Lang): Record<string, unknown> {
  return {
      id: f.id,
      reason: f.reason,
      status: f.status,
      severity: f.severity,
      subject: f.subject,
      title: f.title[lang],
      summary: f.summary[lang],
      ...(f.count === undefined ? {} : { count: f.count }),
      ...(f.firstSeen === undefined ? {} : { firstSeen: iso(f.firstSeen) }),
      ...(f.lastSeen === undefined ? {} : { lastSeen: iso(f.lastSeen) }),
      evidence: f.evidence.map((e) => {
        if (e.kind === 'note') return { kind: 'note', text: e.text[lang] };
        if (e.kind === 'event') return { ...e, time: iso(e.time) };
        return e;
      }),
      fix:
        f.fix === undefined
          ? null
          : { actor: f.fix.actor, steps: f.fix.steps[lang], record: f.fix.record ?? null, moreRecords: f.fix.moreRecords ?? [], links: f.fix.links },
      ...(f.outsideAccount === true ? { outsideAccount: true } : {}),
      ...(f.explains === undefined ? {} : { explains: f.explains.map((e) => localizeFinding(e, lang)) }),
      // A root cause made of parts (SPF, DKIM, DMARC of one domain): every part keeps its id, evidence and fix.
      ...(f.rootCause === undefined ? {} : { rootCause: f.rootCause }),
      ...(f.parts === undefined ? {} : { parts: f.parts.map((p) => localizeFinding(p, lang)) }),
  };
}
