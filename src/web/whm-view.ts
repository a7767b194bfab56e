/**
 * The WHM overview as data: one row per account with its counts, sorted and
 * filtered by the query parameters (most urgent first by default), and the
 * server-wide views — which diagnoses are most common, which accounts are at
 * the max-defers limit. Pure.
 */
import type { WhmAccount } from '../cpanel/whm-accounts';
import type { Finding } from '../diagnose/model';
import type { Lang, Localized } from '../kb/types';
import { fill, UI } from './i18n';
import { formatTime, type SelectOption } from './report-view';

/** What the overview reads of a finding: a full one, or the store's compact one (summary kept for problems). */
type OverviewFinding = Pick<Finding, 'status' | 'severity' | 'title'> & {
  readonly id: string;
  readonly summary?: Localized<string>;
  readonly outsideAccount?: boolean;
};

/** What the overview reads of a report: an AuditReport fits, and so does the store's compact summary. */
interface OverviewReport {
  readonly findings: readonly OverviewFinding[];
}

export interface WhmRow {
  readonly account: WhmAccount;
  readonly report?: OverviewReport;
  readonly madeAt?: number;
  readonly error?: string;
}

type WhmSort = 'urgent' | 'user' | 'problems' | 'warnings' | 'unchecked';

interface WhmRowView {
  readonly user: string;
  readonly domain: string;
  readonly owner: string;
  readonly href: string;
  readonly problems: number;
  readonly warnings: number;
  readonly couldNotCheck: number;
  readonly rowClass: 'critical' | 'warning' | 'unchecked' | 'ok' | 'error';
  readonly madeAt: string;
  readonly madeAtIso: string;
  readonly error?: string;
  /** Where "open this account's cPanel" posts, when this WHM can make cPanel sessions. */
  readonly cpanelAction?: string;
  readonly cpanelLabel?: string;
}

interface WhmView {
  readonly rows: readonly WhmRowView[];
  readonly total: number;
  readonly filter: {
    readonly action: string;
    readonly q: string;
    readonly onlyProblems: boolean;
    readonly sorts: readonly SelectOption[];
    readonly lang: Lang;
  };
  /** Column headers that sort by themselves. */
  readonly sortLinks: Readonly<Record<WhmSort, string>>;
  readonly common: readonly {
    readonly id: string;
    readonly title: string;
    readonly accounts: number;
    readonly findings: number;
    /** The accounts that have it, linked to their reports. */
    readonly accountLinks: readonly { readonly user: string; readonly href: string }[];
  }[];
  readonly nearDefers: readonly { readonly user: string; readonly href: string; readonly title: string; readonly summary: string }[];
}

interface WhmViewOptions {
  readonly lang: Lang;
  readonly selfHref: string;
  readonly accountHref: (user: string) => string;
  /** The "open this account's cPanel" form's action, when this WHM can make cPanel sessions. */
  readonly cpanelAction?: (user: string) => string;
}

const MAX_DEFERS_IDS = new Set(['max-defers-approaching', 'max-defers-failures']);

function counts(report: OverviewReport | undefined): { problems: number; warnings: number; couldNotCheck: number } {
  if (report === undefined) return { problems: 0, warnings: 0, couldNotCheck: 0 };
  // As countFindings, over the fields a compact finding has too.
  let problems = 0;
  let warnings = 0;
  let couldNotCheck = 0;
  for (const f of report.findings) {
    if (f.status === 'could-not-check') couldNotCheck += 1;
    else if (f.status === 'problem' && f.outsideAccount !== true) {
      if (f.severity === 'critical') problems += 1;
      else warnings += 1;
    }
  }
  return { problems, warnings, couldNotCheck };
}

function rowView(row: WhmRow, options: WhmViewOptions): WhmRowView {
  const t = UI[options.lang];
  const c = counts(row.report);
  const rowClass: WhmRowView['rowClass'] =
    row.error !== undefined ? 'error' : c.problems > 0 ? 'critical' : c.warnings > 0 ? 'warning' : c.couldNotCheck > 0 ? 'unchecked' : 'ok';
  return {
    user: row.account.user,
    domain: row.account.domain,
    owner: row.account.owner,
    href: options.accountHref(row.account.user),
    ...c,
    rowClass,
    madeAt: row.madeAt === undefined ? '—' : formatTime(Math.floor(row.madeAt / 1000)),
    madeAtIso: row.madeAt === undefined ? '' : new Date(row.madeAt).toISOString(),
    ...(row.error === undefined ? {} : { error: fill(t.auditFailed, { error: row.error }) }),
    ...(options.cpanelAction === undefined
      ? {}
      : { cpanelAction: options.cpanelAction(row.account.user), cpanelLabel: fill(t.whmOpenCpanelFor, { user: row.account.user }) }),
  };
}

const byUser = (a: WhmRowView, b: WhmRowView): number => a.user.localeCompare(b.user);
const COMPARE: Record<WhmSort, (a: WhmRowView, b: WhmRowView) => number> = {
  // A failed audit is urgent too: nothing is known about that account.
  urgent: (a, b) =>
    Number(b.rowClass === 'error') - Number(a.rowClass === 'error') ||
    b.problems - a.problems ||
    b.warnings - a.warnings ||
    b.couldNotCheck - a.couldNotCheck ||
    byUser(a, b),
  user: byUser,
  problems: (a, b) => b.problems - a.problems || byUser(a, b),
  warnings: (a, b) => b.warnings - a.warnings || byUser(a, b),
  unchecked: (a, b) => b.couldNotCheck - a.couldNotCheck || byUser(a, b),
};

type CommonEntry = { id: string; title: string; accounts: Set<string>; findings: number };

/** The diagnoses most accounts share, and the accounts close to the max-defers limit (the account's own problems only). */
function commonDiagnoses(rows: readonly WhmRow[], options: WhmViewOptions): { common: Map<string, CommonEntry>; nearDefers: WhmView['nearDefers'][number][] } {
  const { lang } = options;
  const t = UI[lang];
  const common = new Map<string, CommonEntry>();
  const nearDefers: WhmView['nearDefers'][number][] = [];
  for (const row of rows) {
    for (const f of row.report?.findings ?? []) {
      if (f.status !== 'problem' || f.outsideAccount === true) continue;
      let entry = common.get(f.id);
      // Titles name the account's own domain; across accounts the first one is shown as an example.
      if (entry === undefined) common.set(f.id, (entry = { id: f.id, title: fill(t.forExample, { title: f.title[lang] }), accounts: new Set(), findings: 0 }));
      entry.accounts.add(row.account.user);
      entry.findings += 1;
      if (MAX_DEFERS_IDS.has(f.id)) {
        nearDefers.push({ user: row.account.user, href: options.accountHref(row.account.user), title: f.title[lang], summary: f.summary?.[lang] ?? '' });
      }
    }
  }
  return { common, nearDefers: nearDefers.sort((a, b) => a.user.localeCompare(b.user)) };
}

const SORTS: readonly WhmSort[] = ['urgent', 'user', 'problems', 'warnings', 'unchecked'];

export function buildWhmView(rows: readonly WhmRow[], query: Readonly<Record<string, unknown>>, options: WhmViewOptions): WhmView {
  const { lang } = options;
  const t = UI[lang];
  const sort: WhmSort = SORTS.includes(query.sort as WhmSort) ? (query.sort as WhmSort) : 'urgent';
  const q = typeof query.q === 'string' ? query.q.trim().toLowerCase().slice(0, 256) : '';
  const onlyProblems = query.only === 'problems';

  const all = rows.map((row) => rowView(row, options));
  const shown = all.filter(
    (r) =>
      (q === '' || r.user.toLowerCase().includes(q) || r.domain.includes(q) || r.owner.toLowerCase().includes(q)) &&
      (!onlyProblems || r.problems > 0 || r.warnings > 0 || r.rowClass === 'error'),
  );
  shown.sort(COMPARE[sort]);
  const { common, nearDefers } = commonDiagnoses(rows, options);

  const sortLink = (s: WhmSort): string => {
    const params = new URLSearchParams();
    if (q !== '') params.set('q', q);
    if (onlyProblems) params.set('only', 'problems');
    params.set('sort', s);
    return `${options.selfHref}?${params.toString()}`;
  };
  const labels: Record<WhmSort, string> = { urgent: t.sortUrgent, user: t.sortUser, problems: t.sortProblems, warnings: t.sortWarnings, unchecked: t.sortUnchecked };

  return {
    rows: shown,
    total: all.length,
    filter: { action: options.selfHref, q, onlyProblems, sorts: SORTS.map((value) => ({ value, label: labels[value], selected: value === sort })), lang },
    sortLinks: { urgent: sortLink('urgent'), user: sortLink('user'), problems: sortLink('problems'), warnings: sortLink('warnings'), unchecked: sortLink('unchecked') },
    common: [...common.values()]
      .map((e) => ({
        id: e.id,
        title: e.title,
        accounts: e.accounts.size,
        findings: e.findings,
        accountLinks: [...e.accounts].sort().map((user) => ({ user, href: options.accountHref(user) })),
      }))
      .sort((a, b) => b.accounts - a.accounts || b.findings - a.findings || a.id.localeCompare(b.id)),
    nearDefers,
  };
}
