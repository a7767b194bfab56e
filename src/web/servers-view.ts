/**
 * Many servers, one view: with a central PostgreSQL store that several
 * daemons write to, `serve --store postgres://…` shows at /servers every
 * server with its last run and counts, the totals over all of them, a search
 * for an account, domain or address across servers, and each found
 * account's stored result naming its server (/servers/SERVER/accounts/USER).
 *
 * Only root sees it: a reseller's accounts live on one server, and the rows
 * of other servers are not theirs. Read-only: no forms, nothing changes.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Lang } from '../kb/types';
import type { ReportCounts } from '../report/audit-report';
import type { AccountSummary, HistoryStore, RunSummary } from '../store/history-store';
import type { AssetSet } from './assets';
import { isLangValue, UI } from './i18n';
import { renderPage } from './render';
import { securityHeaders } from './security';

const WORDS = {
  nl: {
    title: 'Mail Doctor: alle servers',
    servers: 'Servers',
    server: 'Server',
    host: 'Host',
    lastRun: 'Laatste ronde',
    noRun: 'nog geen ronde',
    accounts: 'Accounts',
    critical: 'Ernstig',
    warning: 'Waarschuwing',
    info: 'Ter info',
    couldNotCheck: 'Niet te controleren',
    total: 'Samen',
    trend: 'Verloop over alle servers',
    day: 'Dag',
    search: 'Zoek een account, domein of adres',
    searchButton: 'Zoeken',
    results: (n: number, q: string) => `${n} ${n === 1 ? 'account gevonden' : 'accounts gevonden'} voor “${q}”`,
    account: 'Account',
    audited: 'Gecontroleerd',
    accountTitle: (user: string, server: string) => `${user} op ${server}`,
    failed: 'De controle mislukte',
    noProblems: 'Geen problemen gevonden bij de laatste controle.',
    notFound: 'Dit account staat niet in de geschiedenis van deze server.',
    back: 'Terug naar alle servers',
    status: { running: 'bezig', completed: 'klaar', interrupted: 'onderbroken', failed: 'mislukt' } as Record<RunSummary['status'], string>,
  },
  en: {
    title: 'Mail Doctor: all servers',
    servers: 'Servers',
    server: 'Server',
    host: 'Host',
    lastRun: 'Last run',
    noRun: 'no run yet',
    accounts: 'Accounts',
    critical: 'Critical',
    warning: 'Warning',
    info: 'Info',
    couldNotCheck: 'Could not check',
    total: 'Together',
    trend: 'Trend over all servers',
    day: 'Day',
    search: 'Find an account, domain or address',
    searchButton: 'Search',
    results: (n: number, q: string) => `${n} ${n === 1 ? 'account found' : 'accounts found'} for “${q}”`,
    account: 'Account',
    audited: 'Audited',
    accountTitle: (user: string, server: string) => `${user} on ${server}`,
    failed: 'The audit failed',
    noProblems: 'No problems found in the latest audit.',
    notFound: "This account is not in this server's history.",
    back: 'Back to all servers',
    status: { running: 'running', completed: 'completed', interrupted: 'interrupted', failed: 'failed' } as Record<RunSummary['status'], string>,
  },
} as const;

interface ServerRow {
  readonly server: string;
  readonly host: string;
  readonly lastRun: string;
  readonly accounts: number;
  readonly counts: ReportCounts;
  readonly href: string;
}

/** One day of the combined trend: every server's runs of that day added up. */
interface TrendDay {
  readonly day: string;
  readonly servers: number;
  readonly accounts: number;
  readonly counts: ReportCounts;
}

/** The combined trend (pure): finished runs by UTC day, newest first; a server with two runs on a day counts with its last. */
export function combinedTrend(runs: readonly RunSummary[]): TrendDay[] {
  const lastPerServerDay = new Map<string, RunSummary>();
  for (const r of runs) {
    if (r.status === 'running' || r.status === 'failed') continue;
    const key = `${new Date(r.startedAt).toISOString().slice(0, 10)}\u0000${r.server}`;
    const had = lastPerServerDay.get(key);
    if (had === undefined || had.startedAt < r.startedAt) lastPerServerDay.set(key, r);
  }
  const days = new Map<string, TrendDay>();
  for (const [key, r] of lastPerServerDay) {
    const day = key.slice(0, 10);
    const had = days.get(day) ?? { day, servers: 0, accounts: 0, counts: ZERO };
    days.set(day, { day, servers: had.servers + 1, accounts: had.accounts + r.accountsAudited, counts: add(had.counts, r.counts) });
  }
  return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
}

interface FoundRow {
  readonly server: string;
  readonly user: string;
  readonly audited: string;
  readonly counts: ReportCounts;
  readonly href: string;
}

const when = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const ZERO: ReportCounts = { critical: 0, warning: 0, info: 0, couldNotCheck: 0 };
const add = (a: ReportCounts, b: ReportCounts): ReportCounts => ({
  critical: a.critical + b.critical,
  warning: a.warning + b.warning,
  info: a.info + b.info,
  couldNotCheck: a.couldNotCheck + b.couldNotCheck,
});

function accountHref(base: string, server: string, user: string, lang: Lang): string {
  return `${base}/${encodeURIComponent(server)}/accounts/${encodeURIComponent(user)}?lang=${lang}`;
}

/** The overview's rows and totals (pure). */
function serverRows(
  servers: ReadonlyArray<{ server: string; host: string | null; lastRun: RunSummary | null }>,
  lang: Lang,
  base: string,
): { rows: ServerRow[]; total: { accounts: number; counts: ReportCounts } } {
  const w = WORDS[lang];
  const rows = servers.map((s) => ({
    server: s.server,
    host: s.host ?? '',
    lastRun: s.lastRun === null ? w.noRun : `${when(s.lastRun.startedAt)} (${w.status[s.lastRun.status]})`,
    accounts: s.lastRun?.accountsAudited ?? 0,
    counts: s.lastRun?.counts ?? ZERO,
    href: `${base}?q=&server=${encodeURIComponent(s.server)}&lang=${lang}`,
  }));
  return { rows, total: { accounts: rows.reduce((n, r) => n + r.accounts, 0), counts: rows.reduce((c, r) => add(c, r.counts), ZERO) } };
}

function foundRows(found: ReadonlyArray<AccountSummary & { server: string }>, lang: Lang, base: string): FoundRow[] {
  return found.map((f) => ({ server: f.server, user: f.user, audited: when(f.auditedAt), counts: f.counts, href: accountHref(base, f.server, f.user, lang) }));
}

interface ServersViewOptions {
  readonly store: HistoryStore;
  readonly assets: AssetSet;
  /** Who looks: only root sees every server. */
  readonly whmUser: string;
  readonly log?: (line: string) => void;
}

const SEARCH_LIMIT = 200;
/** Runs per server the combined trend looks back over. */
const TREND_RUNS = 14;

/** The router for /servers, mounted by `serve` beside the WHM pages. */
export function serversRouter(options: ServersViewOptions): Router {
  const router = express.Router();
  const base = '/servers';
  router.use(securityHeaders);
  router.use((_req: Request, res: Response, next: NextFunction) => {
    if (options.whmUser !== 'root') {
      res.status(403).type('text').send('Only root sees every server.');
      return;
    }
    next();
  });
  const langOf = (req: Request): Lang => {
    const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    return isLangValue(asked) ? asked : 'en';
  };
  const frame = (lang: Lang, title: string) => ({
    lang,
    t: UI[lang],
    title,
    css: `/assets/${options.assets.css}`,
    js: `/assets/${options.assets.js}`,
    chrome: undefined,
    langLinks: (['nl', 'en'] as const).map((l) => ({ lang: l, label: l === 'nl' ? 'Nederlands' : 'English', href: `${base}?lang=${l}`, current: l === lang })),
    sandbox: undefined,
    homeHref: base,
  });

  router.get('/', async (req, res, next) => {
    try {
      const lang = langOf(req);
      const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
      const only = typeof req.query.server === 'string' ? req.query.server : '';
      const servers = await options.store.servers();
      const overview = serverRows(servers, lang, base);
      const runs = (await Promise.all(servers.map((x) => options.store.listRuns(TREND_RUNS, x.server)))).flat();
      const trend = combinedTrend(runs);
      const found = q === '' && only === '' ? null : foundRows((await options.store.searchAccounts(q, SEARCH_LIMIT)).filter((f) => only === '' || f.server === only), lang, base);
      const html = await renderPage('servers', { frame: frame(lang, WORDS[lang].title), w: WORDS[lang], overview, trend, q, found, base, account: null });
      res.status(200).type('html').send(html);
    } catch (error) {
      next(error);
    }
  });

  router.get('/:server/accounts/:user', async (req, res, next) => {
    try {
      const lang = langOf(req);
      const server = String(req.params.server);
      const user = String(req.params.user);
      const summary = (await options.store.latestSummaries(server)).find((s) => s.user === user);
      const w = WORDS[lang];
      const html = await renderPage('servers', {
        frame: frame(lang, w.accountTitle(user, server)),
        w,
        overview: null,
        trend: [],
        q: '',
        found: null,
        base,
        account: {
          title: w.accountTitle(user, server),
          server,
          summary: summary ?? null,
          findings: (summary?.findings ?? []).filter((f) => f.status === 'problem').map((f) => ({ severity: f.severity, title: f.title[lang], summary: f.summary?.[lang] ?? '', subject: f.subject.name })),
          audited: summary === undefined ? '' : when(summary.auditedAt),
        },
      });
      res.status(summary === undefined ? 404 : 200).type('html').send(html);
    } catch (error) {
      next(error);
    }
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    options.log?.(`mail-doctor: servers view: ${(error as Error).message}`);
    res.status(500).type('text').send('The history store could not be read.');
  });
  return router;
}
