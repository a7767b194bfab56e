/**
 * The view model of one account's report: everything the report partials
 * show, already in the reader's language, with times formatted, URLs built
 * and CSS classes chosen, so the templates only display (style.md).
 * Pure: the report, the filter and the language in; plain data out.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { DeliveryEvent, Evidence, Finding, Fix, Outcome } from '../diagnose/model';
import type { DiagnosisId } from '../kb/catalogue';
import { explain } from '../kb/explain';
import type { Actor, Lang } from '../kb/types';
import { countFindings, type AuditReport } from '../report/audit-report';
import { cpanelLinkFor, cpanelPageLink } from './cpanel-links';
import { fill, UI, type UiText } from './i18n';

export type ProblemOutcome = 'failed' | 'deferred' | 'rejected';
const PROBLEM_OUTCOMES: readonly Outcome[] = ['failed', 'deferred', 'rejected'];

export interface DeliveryFilter {
  /** Free text, matched like Track Delivery's search: in sender, recipient, hosts and the message. */
  readonly q: string;
  readonly address: string;
  readonly direction: 'all' | 'outgoing' | 'incoming' | 'local';
  readonly result: 'all' | ProblemOutcome;
  readonly period: '1h' | '24h' | '7d' | 'all';
}

export const DEFAULT_FILTER: DeliveryFilter = { q: '', address: '', direction: 'all', result: 'all', period: 'all' };

const PERIOD_SECONDS: Readonly<Record<DeliveryFilter['period'], number>> = { '1h': 3600, '24h': 86_400, '7d': 604_800, all: Infinity };
const MAX_FILTER_TEXT = 256;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_FILTER_TEXT) : '';
}

/** Reads the filter from query parameters; anything unknown falls back to "all". */
export function parseFilter(query: Readonly<Record<string, unknown>>): DeliveryFilter {
  return {
    q: text(query.q),
    address: text(query.address),
    direction: oneOf(query.direction, ['all', 'outgoing', 'incoming', 'local'], 'all'),
    result: oneOf(query.result, ['all', 'failed', 'deferred', 'rejected'], 'all'),
    period: oneOf(query.period, ['1h', '24h', '7d', 'all'], 'all'),
  };
}

export function filterIsActive(filter: DeliveryFilter): boolean {
  return filter.q !== '' || filter.address !== '' || filter.direction !== 'all' || filter.result !== 'all' || filter.period !== 'all';
}

/** The problem records that pass the filter, newest first (the report keeps them newest first). */
export function filterEvents(events: readonly DeliveryEvent[], filter: DeliveryFilter, until: number): DeliveryEvent[] {
  const since = until - PERIOD_SECONDS[filter.period];
  const q = filter.q.toLowerCase();
  const address = filter.address.toLowerCase();
  return events.filter((e) => {
    if (!PROBLEM_OUTCOMES.includes(e.outcome)) return false;
    if (filter.result !== 'all' && e.outcome !== filter.result) return false;
    if (filter.direction !== 'all' && e.direction !== filter.direction) return false;
    if (e.time < since) return false;
    if (address !== '' && !(e.sender?.toLowerCase().includes(address) || e.recipient?.toLowerCase().includes(address))) return false;
    if (q !== '') {
      const haystack = [e.sender, e.recipient, e.remoteHost, e.remoteIp, e.message, e.accountDomain].join('\n').toLowerCase();
      if (!haystack.includes(q)) return false;
    }
    return true;
  });
}

export type SeverityClass = 'critical' | 'warning' | 'info' | 'unchecked';

export interface EvidenceView {
  readonly label: string;
  /** Verbatim values (records, log text) shown as code. */
  readonly code: readonly string[];
}

export interface LinkView {
  readonly href: string;
  readonly label: string;
}

export interface FixView {
  readonly actor: string;
  readonly steps: readonly string[];
  readonly record?: { readonly name: string; readonly type: string; readonly value: string; readonly zoneLine: string };
  readonly links: readonly LinkView[];
  readonly cpanelLink?: LinkView;
  /** The cPanel page's own "Set up your mail program" card (#mail-setup). */
  readonly cardLink?: LinkView;
}

export interface FindingView {
  readonly anchor: string;
  readonly id: string;
  readonly severityClass: SeverityClass;
  readonly severityLabel: string;
  readonly title: string;
  readonly subject: string;
  readonly summary: string;
  readonly evidence: readonly EvidenceView[];
  readonly fix?: FixView;
}

export interface MessageView {
  readonly time: string;
  readonly isoTime: string;
  readonly from: string;
  readonly to: string;
  readonly outcome: string;
  readonly outcomeClass: ProblemOutcome | 'other';
  readonly text: string;
}

export interface DeliveryGroupView {
  readonly anchor: string;
  readonly id: string;
  readonly severityClass: SeverityClass;
  readonly severityLabel: string;
  readonly title: string;
  readonly countText: string;
  /** The account's own findings for this diagnosis (with its names), else the knowledge base's words. */
  readonly explanations: readonly { readonly subject: string; readonly summary: string; readonly fix?: FixView }[];
  /** Set when more subjects (recipients, domains) share the diagnosis than are explained one by one. */
  readonly moreSubjectsText?: string;
  readonly messages: readonly MessageView[];
  readonly cappedText?: string;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly selected: boolean;
}

export interface FilterView {
  readonly action: string;
  readonly resetHref: string;
  readonly q: string;
  readonly address: string;
  readonly directions: readonly SelectOption[];
  readonly results: readonly SelectOption[];
  readonly periods: readonly SelectOption[];
  readonly lang: Lang;
}

export interface ReportView {
  readonly user: string;
  readonly madeAt: string;
  readonly madeAtIso: string;
  readonly windowText: string;
  readonly incompleteText?: string;
  readonly counts: { readonly problems: number; readonly warnings: number; readonly couldNotCheck: number; readonly ok: number };
  readonly allGood: boolean;
  /** Problems, warnings and could-not-check of the set-up (not tied to delivery records), most urgent first. */
  readonly setup: readonly FindingView[];
  readonly groups: readonly DeliveryGroupView[];
  readonly groupsTotal: number;
  readonly filter: FilterView;
  readonly trackDeliveryLink?: LinkView;
}

export interface ReportViewOptions {
  readonly lang: Lang;
  readonly profile: ProviderProfile;
  readonly filter: DeliveryFilter;
  /** URL of the page itself (the filter form posts back to it with GET). */
  readonly selfHref: string;
  /** Session prefix for links into cPanel; undefined: no cPanel links (WHM, sandbox). */
  readonly cpanelToken?: string;
  /** Messages listed per group; the rest are counted. */
  readonly messagesPerGroup?: number;
}

const DEFAULT_MESSAGES_PER_GROUP = 50;
/** The busiest groups (an unknown recipient per message) would repeat one fix a thousand times. */
const EXPLANATIONS_PER_GROUP = 3;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-26 20:51 UTC": the server's and the reader's time zones are unknown; UTC is said. */
export function formatTime(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

const SEVERITY_ORDER: Readonly<Record<SeverityClass, number>> = { critical: 0, warning: 1, unchecked: 2, info: 3 };

function severityClass(f: Pick<Finding, 'status' | 'severity'>): SeverityClass {
  if (f.status === 'could-not-check') return 'unchecked';
  return f.severity;
}

function severityLabel(c: SeverityClass, t: UiText): string {
  switch (c) {
    case 'critical':
      return t.severityCritical;
    case 'warning':
      return t.severityWarning;
    case 'info':
      return t.severityInfo;
    case 'unchecked':
      return t.statusCouldNotCheck;
  }
}

function actorText(actor: Actor, t: UiText): string {
  if (actor === 'account-owner') return t.actorOwner;
  if (actor === 'hosting-provider') return t.actorProvider;
  return t.actorOther;
}

/** Only http(s) URLs become links: a `javascript:` or `data:` URL from anywhere stays text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function externalLinks(urls: readonly string[], t: UiText): LinkView[] {
  return urls.flatMap((url) => {
    const href = safeHref(url);
    return href === undefined ? [] : [{ href, label: `${t.moreInfo}: ${new URL(href).hostname}` }];
  });
}

function evidenceView(e: Evidence, lang: Lang, t: UiText): EvidenceView {
  switch (e.kind) {
    case 'event':
      return {
        label: `${formatTime(e.time)} · ${outcomeWord(e.outcome, t)} · ${e.sender ?? '—'} → ${e.recipient ?? '—'}`,
        code: [e.message],
      };
    case 'account':
      return { label: `${e.source}: ${e.field}`, code: [e.value] };
    case 'dns':
      return {
        label: `DNS ${e.type} ${e.name}${e.server === null ? '' : ` @ ${e.server}`}: ${e.outcome}`,
        code: e.records,
      };
    case 'blocklist':
      return {
        label: `${e.ip} @ ${e.zone}: ${e.status}${e.meaning === null ? '' : ` — ${e.meaning}`}`,
        code: e.codes,
      };
    case 'note':
      return { label: e.text[lang], code: [] };
  }
}

function outcomeWord(outcome: Outcome, t: UiText): string {
  if (outcome === 'failed') return t.outcome_failed;
  if (outcome === 'deferred') return t.outcome_deferred;
  if (outcome === 'rejected') return t.outcome_rejected;
  return outcome;
}

function fixView(fix: Fix, id: DiagnosisId, lang: Lang, t: UiText, cpanelToken: string | undefined): FixView {
  const cpanelLink = cpanelToken === undefined ? undefined : cpanelLinkFor(id, cpanelToken, lang);
  return {
    actor: fill(t.whoActs, { actor: actorText(fix.actor, t) }),
    steps: fix.steps[lang],
    ...(fix.record === undefined
      ? {}
      : {
          record: {
            name: fix.record.name,
            type: fix.record.type,
            value: fix.record.value,
            zoneLine: `${fix.record.name}. IN ${fix.record.type} ${fix.record.value}`,
          },
        }),
    links: externalLinks(fix.links, t),
    ...(cpanelLink === undefined ? {} : { cpanelLink: { href: cpanelLink.href, label: fill(t.openInCpanel, { page: cpanelLink.label }) } }),
    // Only the customer's page (it has a session token) carries the card; the mail program's settings fix the missing AUTH.
    ...(cpanelToken !== undefined && id === 'smtp-auth-required' ? { cardLink: { href: '#mail-setup', label: t.mailSetupLink } } : {}),
  };
}

function findingView(f: Finding, index: number, lang: Lang, t: UiText, cpanelToken: string | undefined): FindingView {
  const c = severityClass(f);
  return {
    anchor: `finding-${index + 1}`,
    id: f.id,
    severityClass: c,
    severityLabel: severityLabel(c, t),
    title: f.title[lang],
    subject: f.subject.name,
    summary: f.summary[lang],
    evidence: f.evidence.map((e) => evidenceView(e, lang, t)),
    ...(f.fix === undefined ? {} : { fix: fixView(f.fix, f.id, lang, t, cpanelToken) }),
  };
}

function messageView(e: DeliveryEvent, t: UiText): MessageView {
  const outcomeClass: MessageView['outcomeClass'] = e.outcome === 'failed' || e.outcome === 'deferred' || e.outcome === 'rejected' ? e.outcome : 'other';
  return {
    time: formatTime(e.time),
    isoTime: isoTime(e.time),
    from: e.sender ?? '—',
    to: e.recipient ?? '—',
    outcome: outcomeWord(e.outcome, t),
    outcomeClass,
    text: e.message,
  };
}

function options<T extends string>(values: readonly [T, string][], selected: T): SelectOption[] {
  return values.map(([value, label]) => ({ value, label, selected: value === selected }));
}

function filterView(filter: DeliveryFilter, selfHref: string, lang: Lang, t: UiText): FilterView {
  return {
    action: selfHref,
    resetHref: `${selfHref}#delivery`,
    q: filter.q,
    address: filter.address,
    directions: options(
      [
        ['all', t.dirAll],
        ['outgoing', t.dirOutgoing],
        ['incoming', t.dirIncoming],
        ['local', t.dirLocal],
      ],
      filter.direction,
    ),
    results: options(
      [
        ['all', t.resAll],
        ['failed', t.resFailed],
        ['deferred', t.resDeferred],
        ['rejected', t.resRejected],
      ],
      filter.result,
    ),
    periods: options(
      [
        ['all', t.periodAll],
        ['1h', t.period1h],
        ['24h', t.period24h],
        ['7d', t.period7d],
      ],
      filter.period,
    ),
    lang,
  };
}

/** Groups the filtered records by diagnosis and explains each group for this account. */
function deliveryGroups(report: AuditReport, events: readonly DeliveryEvent[], options: ReportViewOptions, t: UiText): DeliveryGroupView[] {
  const { lang } = options;
  const cap = options.messagesPerGroup ?? DEFAULT_MESSAGES_PER_GROUP;
  const byId = new Map<DiagnosisId, DeliveryEvent[]>();
  for (const e of events) {
    const id = e.classification?.id ?? 'unknown';
    let list = byId.get(id);
    if (list === undefined) byId.set(id, (list = []));
    list.push(e);
  }
  const views = [...byId.entries()].map(([id, list], index): DeliveryGroupView & { order: number; total: number } => {
    const findings = report.findings.filter((f) => f.id === id && f.count !== undefined);
    const first = list[0];
    let explanations: DeliveryGroupView['explanations'];
    let title: string;
    let sev: SeverityClass;
    if (findings.length > 0) {
      title = findings[0]!.title[lang];
      sev = findings.map(severityClass).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0]!;
      explanations = findings.slice(0, EXPLANATIONS_PER_GROUP).map((f) => ({
        subject: f.subject.name,
        summary: f.summary[lang],
        ...(f.fix === undefined ? {} : { fix: fixView(f.fix, f.id, lang, t, options.cpanelToken) }),
      }));
    } else {
      const c = first?.classification ?? null;
      if (c !== null) {
        const e = explain(c, lang, options.profile);
        title = e.title;
        sev = c.temporary ? 'warning' : 'critical';
        explanations = [
          {
            subject: '',
            summary: e.explanation,
            fix: { actor: e.actor === undefined ? '' : fill(t.whoActs, { actor: e.actor }), steps: e.fix, links: externalLinks(e.links.map((l) => l.url), t) },
          },
        ];
      } else {
        title = id;
        sev = 'warning';
        explanations = [];
      }
    }
    const shown = list.slice(0, cap);
    return {
      order: SEVERITY_ORDER[sev],
      total: list.length,
      anchor: `group-${index + 1}`,
      id,
      severityClass: sev,
      severityLabel: severityLabel(sev, t),
      title,
      countText: list.length === 1 ? t.groupMessage : fill(t.groupMessages, { count: list.length }),
      explanations,
      ...(findings.length > EXPLANATIONS_PER_GROUP
        ? { moreSubjectsText: fill(t.moreSubjects, { count: findings.length - EXPLANATIONS_PER_GROUP }) }
        : {}),
      messages: shown.map((e) => messageView(e, t)),
      ...(list.length > shown.length ? { cappedText: fill(t.messagesCapped, { shown: shown.length, total: list.length }) } : {}),
    };
  });
  views.sort((a, b) => a.order - b.order || b.total - a.total || a.id.localeCompare(b.id));
  return views.map(({ order: _order, total: _total, ...view }) => view);
}

export function buildReportView(report: AuditReport, options: ReportViewOptions): ReportView {
  const { lang } = options;
  const t = UI[lang];
  const counts = countFindings(report.findings);
  const setupFindings = report.findings
    .filter((f) => f.status !== 'ok' && f.count === undefined)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[severityClass(a.f)] - SEVERITY_ORDER[severityClass(b.f)] || a.i - b.i)
    .map(({ f }, i) => findingView(f, i, lang, t, options.cpanelToken));
  const events = filterEvents(report.events, options.filter, report.window.until);
  const groups = deliveryGroups(report, events, options, t);
  const until = Date.parse(report.generatedAt) / 1000;
  const track = options.cpanelToken === undefined ? undefined : cpanelPageLink('track-delivery', options.cpanelToken, lang);
  return {
    user: report.user,
    madeAt: fill(t.reportMadeAt, { time: formatTime(Number.isFinite(until) ? until : report.window.until) }),
    madeAtIso: report.generatedAt,
    windowText: fill(t.windowText, { since: formatTime(report.window.since), until: formatTime(report.window.until) }),
    ...(report.eventsIncomplete ? { incompleteText: t.eventsIncomplete } : {}),
    counts: {
      problems: counts.critical,
      warnings: counts.warning + counts.info,
      couldNotCheck: counts.couldNotCheck,
      ok: report.findings.filter((f) => f.status === 'ok').length,
    },
    allGood: counts.critical + counts.warning + counts.info + counts.couldNotCheck === 0,
    setup: setupFindings,
    groups,
    groupsTotal: groups.length,
    filter: filterView(options.filter, options.selfHref, lang, t),
    ...(track === undefined ? {} : { trackDeliveryLink: { href: track.href, label: t.trackDelivery } }),
  };
}

