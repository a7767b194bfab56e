/**
 * The view model of one account's report: everything the report partials
 * show, already in the reader's language, with times formatted, URLs built
 * and CSS classes chosen, so the templates only display (style.md).
 * What is shown where, and at which severity, is decided by the core
 * (report/report-sections.ts over diagnose/root-causes.ts); this file only
 * puts it into words for its reader (the customer, or the administrator).
 * Pure: the report, the filter and the language in; plain data out.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { DeliveryEvent, Evidence, Finding, Fix, Outcome, RecordToPublish } from '../diagnose/model';
import type { DiagnosisId } from '../kb/catalogue';
import type { Actor, Lang } from '../kb/types';
import type { AuditReport } from '../report/audit-report';
import { isUrgent, reportSections } from '../report/report-sections';
import { recordCount } from '../diagnose/root-causes';
import { cpanelLinkFor, cpanelPageLink } from './cpanel-links';
import { fill, UI, type UiText } from './i18n';
import { requirementsView, type RequirementsCardView } from './requirements-view';

type ProblemOutcome = 'failed' | 'deferred' | 'rejected';
const PROBLEM_OUTCOMES: readonly Outcome[] = ['failed', 'deferred', 'rejected'];

interface DeliveryFilter {
  /** Free text, matched like Track Delivery's search: in sender, recipient, hosts and the message. */
  readonly q: string;
  readonly address: string;
  readonly direction: 'all' | 'outgoing' | 'incoming' | 'local';
  readonly result: 'all' | ProblemOutcome;
  readonly period: '1h' | '24h' | '7d' | 'all';
}

export const DEFAULT_FILTER: DeliveryFilter = { q: '', address: '', direction: 'all', result: 'all', period: 'all' };

type Choice = 'direction' | 'result' | 'period';
type WordKey = { [K in keyof UiText]: UiText[K] extends string ? K : never }[keyof UiText];

/** The values each filter menu offers, in the menu's order, with the word that labels each: read and shown from one list. */
const FILTER_CHOICES: { readonly [K in Choice]: ReadonlyArray<readonly [DeliveryFilter[K], WordKey]> } = {
  direction: [
    ['all', 'dirAll'],
    ['outgoing', 'dirOutgoing'],
    ['incoming', 'dirIncoming'],
    ['local', 'dirLocal'],
  ],
  result: [
    ['all', 'resAll'],
    ['failed', 'resFailed'],
    ['deferred', 'resDeferred'],
    ['rejected', 'resRejected'],
  ],
  period: [
    ['all', 'periodAll'],
    ['1h', 'period1h'],
    ['24h', 'period24h'],
    ['7d', 'period7d'],
  ],
};

function choiceValues<K extends Choice>(menu: K): Array<DeliveryFilter[K]> {
  return FILTER_CHOICES[menu].map(([value]) => value);
}

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
    direction: oneOf(query.direction, choiceValues('direction'), 'all'),
    result: oneOf(query.result, choiceValues('result'), 'all'),
    period: oneOf(query.period, choiceValues('period'), 'all'),
  };
}

/** The problem records that pass the filter, newest first (the report keeps them newest first). */
function filterEvents(events: readonly DeliveryEvent[], filter: DeliveryFilter, until: number): DeliveryEvent[] {
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

type SeverityClass = 'critical' | 'warning' | 'info' | 'unchecked';
type Audience = 'customer' | 'admin';

interface EvidenceView {
  /** The evidence in words ("No MX record found for x.example"). */
  readonly label: string;
  /** Verbatim values (records, log text) shown as code. */
  readonly code: readonly string[];
  /** The raw source (the cPanel call, the DNS server and outcome), behind a disclosure. */
  readonly raw?: string;
}

export interface LinkView {
  readonly href: string;
  readonly label: string;
}

interface RecordView {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly zoneLine: string;
}

export interface FixView {
  readonly actor: string;
  readonly steps: readonly string[];
  /** Kept for the explain page's fix partial: the first record. */
  readonly record?: RecordView;
  readonly records?: readonly RecordView[];
  /** "Publish this DNS record" with a Copy button only when the reader can publish it. */
  readonly recordHeading?: string;
  readonly recordCopy?: boolean;
  readonly links: readonly LinkView[];
  readonly cpanelLink?: LinkView;
  /** The cPanel page's own "Set up your mail program" card (#mail-setup). */
  readonly cardLink?: LinkView;
}

interface MessageView {
  readonly time: string;
  readonly isoTime: string;
  readonly from: string;
  readonly to: string;
  readonly outcome: string;
  readonly outcomeClass: ProblemOutcome | 'other';
  readonly text: string;
}

interface CauseView {
  readonly title: string;
  readonly subject: string;
  readonly countText: string;
}

/** One part of a root cause made of several findings (SPF, DKIM, DMARC of one domain), with its own fix. */
interface PartView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly severityLabel: string;
  readonly evidence: readonly EvidenceView[];
  readonly fix?: FixView;
  /** "Fix this" for this part on its own (SPF, DKIM and DMARC are separate changes). */
  readonly fixThis?: LinkView;
}

interface FindingView {
  readonly anchor: string;
  readonly id: string;
  readonly severityClass: SeverityClass;
  readonly severityLabel: string;
  readonly urgent: boolean;
  readonly title: string;
  readonly subject: string;
  readonly summary: string;
  readonly evidence: readonly EvidenceView[];
  /** The delivery records of this finding and of the ones it explains (the newest examples). */
  readonly messages: readonly MessageView[];
  readonly messagesText?: string;
  /** "These 14 messages are caused by this:" and what they were. */
  readonly causedText?: string;
  readonly causes: readonly CauseView[];
  /** The parts of this root cause, each with its own fix (empty for a finding that is one thing). */
  readonly parts: readonly PartView[];
  readonly fix?: FixView;
  /** "Fix this": the preview page of the safe fix, where the page can make one. */
  readonly fixThis?: LinkView;
}

interface FixFirstView {
  readonly href: string;
  readonly title: string;
  readonly subject: string;
  readonly severityClass: SeverityClass;
  readonly severityLabel: string;
  readonly urgentLabel?: string;
  readonly countText?: string;
}

interface LogRowView extends MessageView {
  readonly cause: string;
  readonly causeHref?: string;
  readonly id: string;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly selected: boolean;
}

interface FilterView {
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
  readonly counts: { readonly problems: number; readonly warnings: number; readonly couldNotCheck: number; readonly ok: number; readonly others: number };
  readonly allGood: boolean;
  readonly fixFirst: readonly FixFirstView[];
  /** The account's own problems, one card per root cause, most urgent first. */
  readonly problems: readonly FindingView[];
  readonly others: readonly FindingView[];
  readonly unchecked: readonly FindingView[];
  readonly log: readonly LogRowView[];
  readonly logCappedText?: string;
  readonly filter: FilterView;
  readonly trackDeliveryLink?: LinkView;
  /** The "Gmail · Outlook · Yahoo requirements" card, per mail domain that sends. */
  readonly requirements: readonly RequirementsCardView[];
}

interface ReportViewOptions {
  readonly lang: Lang;
  readonly profile: ProviderProfile;
  readonly filter: DeliveryFilter;
  /** URL of the page itself (the filter form posts back to it with GET). */
  readonly selfHref: string;
  /** Session prefix for links into cPanel; undefined: no cPanel links (WHM, sandbox). */
  readonly cpanelToken?: string;
  /** Rows of the delivery log listed; the rest are counted. */
  readonly messagesPerGroup?: number;
  /** Who reads it: the customer (default) or the administrator in WHM. */
  readonly audience?: Audience;
  /** Where a card's "Fix this" leads (the safe fix's preview); absent: no such button. */
  readonly fixThis?: { readonly label: string; readonly href: (finding: Finding) => string | undefined };
}

/** Rows of the delivery log by default; the filter narrows it down. */
const DEFAULT_LOG_ROWS = 50;
/** Examples of records shown under a card. */
const MESSAGES_PER_CARD = 5;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "2026-11-26 20:51 UTC": the page is made on the server, which does not know
 * the reader's zone; the page's script rewrites every <time> into the
 * reader's local time with its zone, and without script UTC is said.
 */
export function formatTime(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

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

function actorText(actor: Actor, t: UiText, audience: Audience, outside: boolean): string {
  if (outside) return t.actorSender;
  if (actor === 'account-owner') return audience === 'admin' ? t.actorOwnerAdmin : t.actorOwner;
  if (actor === 'hosting-provider') return audience === 'admin' ? t.actorProviderAdmin : t.actorProvider;
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

/** cPanel's EmailAuth checks, by the call that gives them: what they are about, in words. */
const AUTH_WHAT: Readonly<Record<string, string>> = {
  validate_current_spfs: 'SPF',
  validate_current_dkims: 'DKIM',
  validate_current_dmarcs: 'DMARC',
  validate_current_ptrs: 'PTR (reverse DNS)',
};

const STATE_WORDS: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  MISSING: { nl: 'ontbrekend', en: 'missing' },
  MISSING_PTR: { nl: 'ontbrekend', en: 'missing' },
  INVALID: { nl: 'ongeldig', en: 'invalid' },
  VALID: { nl: 'geldig', en: 'valid' },
  local: { nl: 'Lokaal (Local Mail Exchanger)', en: 'Local (Local Mail Exchanger)' },
  remote: { nl: 'Extern (Remote Mail Exchanger)', en: 'Remote (Remote Mail Exchanger)' },
  auto: { nl: 'Automatisch', en: 'Automatic' },
  secondary: { nl: 'Reserve (Backup Mail Exchanger)', en: 'Backup (Backup Mail Exchanger)' },
};

function stateWord(value: string, lang: Lang): string {
  return STATE_WORDS[value]?.[lang] ?? value.toLowerCase().replace(/_/g, ' ');
}

function accountEvidenceView(e: Extract<Evidence, { kind: 'account' }>, lang: Lang, t: UiText): EvidenceView {
  const raw = `${e.source}: ${e.field} = ${e.value}`;
  const call = /::(\w+)$/.exec(e.source)?.[1] ?? '';
  const state = /^(\S+) state$/.exec(e.field);
  const what = AUTH_WHAT[call];
  if (what !== undefined && state !== null) {
    return { label: fill(t.evCpanelState, { what, domain: state[1]!, state: stateWord(e.value, lang) }), code: [], raw };
  }
  const mxcheck = /^(\S+) mxcheck$/.exec(e.field);
  if (mxcheck !== null) return { label: fill(t.evRouting, { domain: mxcheck[1]!, value: stateWord(e.value, lang) }), code: [], raw };
  return { label: fill(t.evCpanelField, { field: e.field.replace(/_/g, ' '), value: '' }).replace(/:\s*$/, ':'), code: e.value === '' ? ['—'] : [e.value], raw };
}

function evidenceView(e: Exclude<Evidence, { kind: 'event' }>, lang: Lang, t: UiText): EvidenceView {
  switch (e.kind) {
    case 'account':
      return accountEvidenceView(e, lang, t);
    case 'dns': {
      const raw = `DNS ${e.type} ${e.name}${e.server === null ? '' : ` @ ${e.server}`}: ${e.outcome}`;
      const v = { name: e.name, type: e.type };
      if (e.outcome === 'nxdomain') return { label: fill(t.evDnsMissingName, v), code: [], raw };
      if (e.outcome === 'nodata' || (e.outcome === 'records' && e.records.length === 0)) return { label: fill(t.evDnsNoRecord, v), code: [], raw };
      if (e.outcome === 'records') return { label: fill(t.evDnsRecords, v), code: e.records, raw };
      return { label: fill(t.evDnsFailed, { ...v, detail: e.outcome.replace(/^error:\s*/, '') }), code: e.records, raw };
    }
    case 'blocklist': {
      const raw = `${e.ip} @ ${e.zone}: ${e.status} ${e.codes.join(' ')}`.trim();
      const v = { ip: e.ip, zone: e.zone };
      const label = e.status === 'listed' ? fill(t.evListed, v) : e.status === 'could-not-check' ? fill(t.evListUnknown, v) : fill(t.evNotListed, v);
      return { label: e.meaning === null ? label : `${label}: ${e.meaning}`, code: [], raw };
    }
    case 'note':
      return { label: e.text[lang], code: [] };
  }
}

function outcomeWord(outcome: Outcome, t: UiText): string {
  if (outcome === 'failed') return t.outcome_failed;
  if (outcome === 'deferred') return t.outcome_deferred;
  if (outcome === 'rejected') return t.outcome_rejected;
  return t.outcome_other;
}

function recordView(r: RecordToPublish): RecordView {
  return { name: r.name, type: r.type, value: r.value, zoneLine: `${r.name}. IN ${r.type} ${r.value}` };
}

interface FixContext {
  readonly lang: Lang;
  readonly t: UiText;
  readonly cpanelToken: string | undefined;
  readonly audience: Audience;
  readonly outside: boolean;
}

function fixView(fix: Fix, id: DiagnosisId, c: FixContext): FixView {
  const { t, lang } = c;
  const cpanelLink = c.cpanelToken === undefined ? undefined : cpanelLinkFor(id, c.cpanelToken, lang);
  const records = [...(fix.record === undefined ? [] : [fix.record]), ...(fix.moreRecords ?? [])].map(recordView);
  // Only the account owner publishes DNS records; a PTR is the provider's, and a sender's record is theirs.
  const ownerPublishes = fix.actor === 'account-owner' && !c.outside;
  const recordHeading = ownerPublishes ? t.recordToPublish : c.audience === 'admin' && fix.actor === 'hosting-provider' ? t.recordForProviderAdmin : t.recordForProvider;
  const showRecords = records.length > 0 && !c.outside;
  return {
    actor: fill(c.audience === 'admin' ? t.whoActsAdmin : t.whoActs, { actor: actorText(fix.actor, t, c.audience, c.outside) }),
    steps: fix.steps[lang],
    ...(showRecords ? { record: records[0]!, records, recordHeading, recordCopy: ownerPublishes || (c.audience === 'admin' && fix.actor === 'hosting-provider') } : {}),
    links: externalLinks(fix.links, t),
    ...(cpanelLink === undefined || c.outside ? {} : { cpanelLink: { href: cpanelLink.href, label: fill(t.openInCpanel, { page: cpanelLink.label }) } }),
    // Only the customer's page (it has a session token) carries the card; the mail program's settings fix the missing AUTH.
    ...(c.cpanelToken !== undefined && id === 'smtp-auth-required' ? { cardLink: { href: '#mail-setup', label: t.mailSetupLink } } : {}),
  };
}

function messageView(e: { time: number; outcome: Outcome; sender: string | null; recipient: string | null; message: string }, t: UiText): MessageView {
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

function countText(n: number, t: UiText): string {
  return n === 1 ? t.groupMessage : fill(t.groupMessages, { count: n });
}

function findingView(f: Finding, anchor: string, options: ReportViewOptions, t: UiText): FindingView {
  const { lang } = options;
  const c = severityClass(f);
  const outside = f.outsideAccount === true;
  const all = [f, ...(f.explains ?? [])];
  const events = all
    .flatMap((x) => x.evidence.flatMap((e) => (e.kind === 'event' ? [e] : [])))
    .sort((a, b) => b.time - a.time)
    .slice(0, MESSAGES_PER_CARD);
  const total = recordCount(f);
  const explained = (f.explains ?? []).reduce((n, e) => n + (e.count ?? 0), 0);
  return {
    anchor,
    id: f.id,
    severityClass: c,
    severityLabel: severityLabel(c, t),
    urgent: isUrgent(f),
    title: f.title[lang],
    subject: f.subject.name,
    summary: f.summary[lang],
    evidence: all.flatMap((x) => x.evidence.flatMap((e) => (e.kind === 'event' ? [] : [evidenceView(e, lang, t)]))).filter(uniqueLabel()),
    messages: events.map((e) => messageView(e, t)),
    ...(total > 0 ? { messagesText: `${t.recentMessages} (${countText(total, t)})` } : {}),
    ...(explained > 0 ? { causedText: explained === 1 ? t.causedByOne : fill(t.causedBy, { count: explained }) } : {}),
    causes: (f.explains ?? []).map((d) => ({ title: d.title[lang], subject: d.subject.name, countText: countText(d.count ?? 1, t) })),
    parts: (f.parts ?? []).map((p) => partView(p, options, t, outside)),
    // A root cause made of parts shows each part's own fix, not their sum.
    ...(f.fix === undefined || f.parts !== undefined ? {} : { fix: fixView(f.fix, f.id, { lang, t, cpanelToken: options.cpanelToken, audience: options.audience ?? 'customer', outside }) }),
    ...fixThisLink(f, options),
  };
}

function partView(p: Finding, options: ReportViewOptions, t: UiText, outside: boolean): PartView {
  const { lang } = options;
  return {
    id: p.id,
    title: p.title[lang],
    summary: p.summary[lang],
    severityLabel: severityLabel(severityClass(p), t),
    evidence: p.evidence.flatMap((e) => (e.kind === 'event' ? [] : [evidenceView(e, lang, t)])).filter(uniqueLabel()),
    ...(p.fix === undefined ? {} : { fix: fixView(p.fix, p.id, { lang, t, cpanelToken: options.cpanelToken, audience: options.audience ?? 'customer', outside }) }),
    ...fixThisLink(p, options),
  };
}

function fixThisLink(f: Finding, options: ReportViewOptions): { fixThis?: LinkView } {
  const href = options.fixThis?.href(f);
  return href === undefined || options.fixThis === undefined ? {} : { fixThis: { href, label: options.fixThis.label } };
}

function uniqueLabel(): (e: EvidenceView) => boolean {
  const seen = new Set<string>();
  return (e) => {
    const key = `${e.label}\u0000${e.code.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

function options<K extends Choice>(menu: K, selected: DeliveryFilter[K], t: UiText): SelectOption[] {
  return FILTER_CHOICES[menu].map(([value, word]) => ({ value, label: t[word], selected: value === selected }));
}

function filterView(filter: DeliveryFilter, selfHref: string, lang: Lang, t: UiText): FilterView {
  return {
    action: `${selfHref}#delivery`,
    resetHref: `${selfHref}#delivery`,
    q: filter.q,
    address: filter.address,
    directions: options('direction', filter.direction, t),
    results: options('result', filter.result, t),
    periods: options('period', filter.period, t),
    lang,
  };
}

export function buildReportView(report: AuditReport, options: ReportViewOptions): ReportView {
  const { lang } = options;
  const t = UI[lang];
  const sections = reportSections(report);
  const anchors = new Map<Finding, string>();
  const view = (prefix: string) => (f: Finding, i: number): FindingView => {
    const anchor = `${prefix}-${i + 1}`;
    anchors.set(f, anchor);
    return findingView(f, anchor, options, t);
  };
  const problems = sections.problems.map(view('finding'));
  const others = sections.others.map(view('other'));
  const unchecked = sections.unchecked.map(view('unchecked'));
  const fixFirst = sections.problems.map((f, i): FixFirstView => {
    const c = severityClass(f);
    const n = recordCount(f);
    return {
      href: `#${problems[i]!.anchor}`,
      title: f.title[lang],
      subject: f.subject.name,
      severityClass: c,
      severityLabel: severityLabel(c, t),
      ...(isUrgent(f) ? { urgentLabel: t.urgent } : {}),
      ...(n > 0 ? { countText: countText(n, t) } : {}),
    };
  });
  const events = filterEvents(report.events, options.filter, report.window.until);
  const cap = options.messagesPerGroup ?? DEFAULT_LOG_ROWS;
  const log = events.slice(0, cap).map((e): LogRowView => {
    const card = sections.cardOf(e);
    const anchor = card === undefined ? undefined : anchors.get(card);
    return {
      ...messageView(e, t),
      id: e.classification?.id ?? 'unknown',
      cause: card?.title[lang] ?? '—',
      ...(anchor === undefined ? {} : { causeHref: `#${anchor}` }),
    };
  });
  const until = Date.parse(report.generatedAt) / 1000;
  const track = options.cpanelToken === undefined ? undefined : cpanelPageLink('track-delivery', options.cpanelToken, lang);
  const { counts } = sections;
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
      ok: sections.okCount,
      others: others.length,
    },
    allGood: counts.critical + counts.warning + counts.info + counts.couldNotCheck === 0,
    fixFirst,
    problems,
    others,
    unchecked,
    log,
    ...(events.length > log.length ? { logCappedText: fill(t.messagesCapped, { shown: log.length, total: events.length }) } : {}),
    filter: filterView(options.filter, options.selfHref, lang, t),
    ...(track === undefined ? {} : { trackDeliveryLink: { href: track.href, label: t.trackDelivery } }),
    requirements: requirementsView(report, lang, t, (f) => anchors.get(f)),
  };
}
