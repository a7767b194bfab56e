/**
 * The view model of the "Gmail · Outlook · Yahoo requirements" card: one
 * table per mail domain, a row per requirement, in the reader's language.
 * A row that is not met links to the report's card that carries its fix
 * (found by report/requirement-findings.ts) rather than repeating it. Pure.
 */
import type { Finding } from '../diagnose/model';
import type { RequirementStatus } from '../diagnose/requirements/model';
import { PROVIDER_NAMES } from '../diagnose/requirements/words';
import type { Lang } from '../kb/types';
import type { AuditReport } from '../report/audit-report';
import { findingOfRow } from '../report/requirement-findings';
import { fill, type UiText } from './i18n';

interface RequirementLinkView {
  readonly href: string;
  readonly label: string;
}

interface RequirementRowView {
  readonly id: string;
  readonly title: string;
  readonly statusClass: RequirementStatus;
  readonly statusLabel: string;
  readonly askedBy: string;
  readonly evidence: readonly string[];
  readonly refusals: readonly string[];
  readonly findingLink?: RequirementLinkView;
  readonly advice?: string;
  readonly record?: { readonly name: string; readonly type: string; readonly value: string };
  readonly links: readonly RequirementLinkView[];
  readonly sources: readonly RequirementLinkView[];
}

export interface RequirementsCardView {
  readonly domain: string;
  readonly anchor: string;
  readonly heading: string;
  readonly summary: string;
  readonly rows: readonly RequirementRowView[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function statusLabel(status: RequirementStatus, t: UiText): string {
  return status === 'met' ? t.reqMet : status === 'not-met' ? t.reqNotMet : t.reqCannotCheck;
}

export function requirementsView(report: AuditReport, lang: Lang, t: UiText, anchorOf: (f: Finding) => string | undefined): RequirementsCardView[] {
  return (report.requirements ?? []).map((d, index) => {
    const count = (s: RequirementStatus): number => d.rows.filter((r) => r.status === s).length;
    return {
      domain: d.domain,
      anchor: `requirements-${index + 1}`,
      heading: fill(t.reqDomain, { domain: d.domain }),
      summary: fill(t.reqSummary, { met: count('met'), notMet: count('not-met'), unchecked: count('cannot-check') }),
      rows: d.rows.map((row): RequirementRowView => {
        const finding = row.status === 'not-met' ? findingOfRow(report, d.domain, row) : undefined;
        const anchor = finding === undefined ? undefined : anchorOf(finding);
        // The record is shown here only when no card carries it.
        const record = row.status === 'not-met' && finding === undefined ? row.record : undefined;
        return {
          id: row.id,
          title: row.title[lang],
          statusClass: row.status,
          statusLabel: statusLabel(row.status, t),
          askedBy: fill(t.reqAskedBy, { providers: row.providers.map((p) => PROVIDER_NAMES[p]).join(', ') }),
          evidence: row.evidence.map((e) => e[lang]),
          refusals: row.rejections.map((r) => r.text[lang]),
          ...(finding !== undefined && anchor !== undefined ? { findingLink: { href: `#${anchor}`, label: fill(t.reqSeeFinding, { title: finding.title[lang] }) } } : {}),
          ...(row.advice !== undefined && finding === undefined ? { advice: row.advice[lang] } : {}),
          ...(record !== undefined ? { record: { name: record.name, type: record.type, value: record.value } } : {}),
          links: row.links.map((href) => ({ href, label: hostOf(href) })),
          sources: row.sources.map((href) => ({ href, label: hostOf(href) })),
        };
      }),
    };
  });
}
