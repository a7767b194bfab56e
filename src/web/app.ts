/**
 * The one express app behind every way in (architecture.md): routes →
 * services → view models → EJS. What differs per mode is passed in: who the
 * visitor is (a session resolver the request cannot influence in CGI mode),
 * where reports come from, and the URL prefix the pages live under.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { ProviderProfile } from '../config/provider-profile';
import type { ChromeDom, LocaleAttributes } from '../cpanel/account-info';
import { getChrome, getLocale, hasFeature } from '../cpanel/account-info';
import type { CpanelGateway } from '../cpanel/gateway';
import { hasAcl, type WhmAccount, type WhmPrivileges } from '../cpanel/whm-accounts';
import type { Lang } from '../kb/types';
import { loadAssets, type AssetSet } from './assets';
import type { AuditService } from './audit-service';
import { safeSecurityToken } from './cpanel-links';
import { explainBounce, type ExplainView } from './explain-bounce';
import { fill, isLangValue, langFromAcceptLanguage, langFromLocale, UI, type UiText } from './i18n';
import { renderPage } from './render';
import { buildReportView, parseFilter, type ReportView } from './report-view';
import { addNonce, CsrfTokens, newNonce, parseCookies, policyWithNonce, securityHeaders } from './security';
import { buildWhmView, type WhmRow } from './whm-view';
import type { AccountHistoryFile } from '../jobs/history-export';
import type { HistoryStore } from '../store/history-store';
import type { AuditReport } from '../report/audit-report';
import { isHistorySource, storedOverview, storeHistory, type HistorySource } from './history-source';
import { buildAccountHistory, buildRunStatus, buildTrend, pendingLines, runsFromFile, runsFromStore, type AccountHistoryView } from './history-view';

/** The cPanel account a cPanel page is for. */
export interface CpanelSession {
  readonly user: string;
  /** `/cpsessNNNNNNNNNN`, or '' outside cPanel. */
  readonly securityToken: string;
  /** A gateway bound to the account (the caller closes it). */
  openGateway(): CpanelGateway;
}

/** The WHM user a WHM page is for, and what that user may see. */
export interface WhmSession {
  readonly user: string;
  privileges(): Promise<WhmPrivileges>;
  /** Accounts as the process sees them (root sees all: the routes filter by owner). */
  listAccounts(): Promise<WhmAccount[]>;
}

export interface SandboxDirectory {
  readonly accounts: readonly { readonly user: string; readonly purpose: string }[];
  readonly whmUsers: readonly string[];
}

export type AppMode = 'cpanel' | 'whm' | 'serve' | 'sandbox';

export interface AppOptions {
  readonly mode: AppMode;
  readonly audits: AuditService;
  readonly profile: ProviderProfile;
  readonly csrf: CsrfTokens;
  /** The external URL prefix of the app (CGI: session token + script path); '' when served at the root. */
  readonly basePath?: string;
  /** cPanel mode: the process's own account, fixed. Sandbox: chosen by the switcher path. */
  readonly cpanelSession?: (req: Request) => CpanelSession | undefined;
  readonly whmSession?: (req: Request) => WhmSession | undefined;
  /** WHM header/footer (cPanel's generated header files), when there are any. */
  readonly whmChrome?: (title: string, user: string) => Promise<ChromeDom | undefined>;
  readonly sandbox?: SandboxDirectory;
  readonly assets?: AssetSet;
  /** Where errors are logged (CGI: stderr, which cpsrvd writes to its error log). */
  readonly log?: (message: string) => void;
  /**
   * The daemon's history (WHM pages): runs, trend, account history, "audit
   * now". Absent, or a store that cannot be opened: the sections say "no history yet".
   */
  readonly history?: HistoryStore | HistorySource;
  /** cPanel page: the account's own history (CGI: the file in its own home, fixed at start; sandbox: from the store). */
  readonly ownHistory?: (user: string) => Promise<AccountHistoryFile | undefined>;
  readonly clock?: () => number;
}

/** Runs shown in the WHM trend and in an account's history. */
export const TREND_RUNS = 14;
export const TREND_TOP = 5;
export const HISTORY_ROWS = 30;
const NOTICES = ['requested', 'confirm', 'failed'] as const;

export const FEATURE_NAME = 'mail_doctor';
export const LANG_COOKIE = 'mail_doctor_lang';
const MAX_BODY = '256kb';

interface LangLink {
  readonly lang: Lang;
  readonly label: string;
  readonly href: string;
  readonly current: boolean;
}

/** What every page template gets besides its own view model. */
interface Frame {
  readonly lang: Lang;
  readonly t: UiText;
  readonly title: string;
  readonly css: string;
  readonly js: string;
  readonly chrome: ChromeDom | undefined;
  readonly langLinks: readonly LangLink[];
  readonly sandbox: { readonly homeHref: string } | undefined;
  readonly homeHref: string;
}

/** The response has been sent already; the handler stops. */
class Handled extends Error {}

class HttpProblem extends Error {
  constructor(
    readonly status: 403 | 404,
    readonly kind: 'acl' | 'account' | 'csrf' | 'feature' | 'forbidden' | 'not-found',
  ) {
    super(`${status} ${kind}`);
  }
}

function firstQueryValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  const assets = options.assets ?? loadAssets();
  const root = options.basePath ?? '';
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const clock = options.clock ?? Date.now;
  const history: HistorySource | undefined =
    options.history === undefined ? undefined : isHistorySource(options.history) ? options.history : storeHistory(options.history);

  async function historyReader(): Promise<HistoryStore | undefined> {
    if (history === undefined) return undefined;
    try {
      return await history.reader();
    } catch (error) {
      log(`mail-doctor: history not shown: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** A history read that fails shows as "no history", logged — never a broken page. */
  async function fromHistory<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      log(`mail-doctor: ${what} not read from the history store: ${(error as Error).message}`);
      return undefined;
    }
  }

  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use(securityHeaders);

  // Browsers ask for it on every page that names none (cPanel's chrome may not); an empty answer, not a 404.
  app.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').status(204).end();
  });

  app.get('/assets/:file', (req, res) => {
    const asset = assets.byUrlName(String(req.params.file));
    if (asset === undefined) throw new HttpProblem(404, 'not-found');
    res.set('Cache-Control', 'public, max-age=31536000, immutable').type(asset.contentType).send(asset.body);
  });

  // ---- language ---------------------------------------------------------------

  function chooseLang(req: Request, res: Response, locale?: LocaleAttributes | undefined): Lang {
    const asked = firstQueryValue(req.query.lang);
    if (isLangValue(asked)) {
      res.cookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400_000 });
      return asked;
    }
    const cookie = parseCookies(req.get('cookie'))[LANG_COOKIE];
    if (isLangValue(cookie)) return cookie;
    return langFromLocale(locale?.locale) ?? langFromAcceptLanguage(req.get('accept-language')) ?? 'en';
  }

  /** The current URL with `lang` set: the other query parameters (the filter) stay. */
  function langLinks(req: Request, lang: Lang): LangLink[] {
    const path = `${root}${req.baseUrl}${req.path}`;
    return (['nl', 'en'] as const).map((l) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(req.query)) if (k !== 'lang' && typeof v === 'string') params.set(k, v);
      params.set('lang', l);
      return { lang: l, label: l === 'nl' ? 'Nederlands' : 'English', href: `${path}?${params.toString()}`, current: l === lang };
    });
  }

  function frame(req: Request, lang: Lang, title: string, chrome: ChromeDom | undefined): Frame {
    return {
      lang,
      t: UI[lang],
      title,
      css: `${root}/assets/${assets.css}`,
      js: `${root}/assets/${assets.js}`,
      chrome,
      langLinks: langLinks(req, lang),
      sandbox: options.mode === 'sandbox' ? { homeHref: `${root}/` } : undefined,
      homeHref: `${root}/`,
    };
  }

  async function send(res: Response, status: number, page: string, data: object): Promise<void> {
    const html = await renderPage(page, data);
    res.status(status).type('html').send(html);
  }

  async function sendProblem(req: Request, res: Response, problem: HttpProblem, lang: Lang, chrome?: ChromeDom): Promise<void> {
    const t = UI[lang];
    const words: Record<HttpProblem['kind'], [string, string]> = {
      acl: [t.forbiddenTitle, t.forbiddenAcl],
      account: [t.forbiddenTitle, t.forbiddenAccount],
      csrf: [t.forbiddenTitle, t.forbiddenCsrf],
      feature: [t.featureOffTitle, t.featureOffText],
      forbidden: [t.forbiddenTitle, t.forbiddenText],
      'not-found': [t.notFoundTitle, t.notFoundText],
    };
    const [title, message] = words[problem.kind];
    await send(res, problem.status, 'problem', { frame: frame(req, lang, title, chrome), problem: { title, message, status: problem.status } });
  }

  /** cPanel's chrome with this response's nonce on its own scripts and styles, and the policy that allows them. */
  function trustChrome(res: Response, chrome: ChromeDom | undefined): ChromeDom | undefined {
    if (chrome === undefined) return undefined;
    const nonce = newNonce();
    res.set('Content-Security-Policy', policyWithNonce(nonce));
    return { header: addNonce(chrome.header, nonce), footer: addNonce(chrome.footer, nonce) };
  }

  // ---- cPanel page -----------------------------------------------------------------

  interface CpanelContext {
    readonly session: CpanelSession;
    readonly lang: Lang;
    readonly chrome: ChromeDom | undefined;
  }

  /** Who, which language, which chrome; refuses when the feature is off or another account is asked for. */
  async function cpanelContext(req: Request, res: Response): Promise<CpanelContext> {
    const session = options.cpanelSession?.(req);
    if (session === undefined) throw new HttpProblem(404, 'not-found');
    // The account is the session's; a request naming any other is refused, not quietly ignored.
    const asked = ([] as unknown[]).concat(req.query.user ?? []);
    if (asked.some((u) => u !== session.user)) throw new HttpProblem(403, 'account');
    const gateway = session.openGateway();
    try {
      // LiveAPI answers one call at a time anyway; keep the order simple.
      const feature = await hasFeature(gateway, FEATURE_NAME).catch(() => 'unknown' as const);
      const locale = await getLocale(gateway).catch(() => undefined);
      const lang = chooseLang(req, res, locale);
      const chrome = trustChrome(res, await getChrome(gateway, UI[lang].appName, FEATURE_NAME).catch(() => undefined));
      if (feature === 'disabled') {
        await sendProblem(req, res, new HttpProblem(403, 'feature'), lang, chrome);
        throw new Handled();
      }
      return { session, lang, chrome };
    } finally {
      await gateway.close();
    }
  }

  async function cpanelPage(req: Request, res: Response, explained: ExplainView | undefined, ctx: CpanelContext): Promise<void> {
    const { session, lang } = ctx;
    const result = await options.audits.report(session.user);
    const prefix = `${root}${req.baseUrl}`;
    const report = buildReportView(result.report, {
      lang,
      profile: options.profile,
      filter: parseFilter(req.query as Record<string, unknown>),
      selfHref: `${prefix}/`,
      cpanelToken: safeSecurityToken(session.securityToken),
    });
    // Only ever the session's own account: the reader is fixed to one file (CGI) or asks the store for this user (sandbox).
    const own = options.ownHistory === undefined ? undefined : await fromHistory('own history', () => options.ownHistory!(session.user));
    const ownHistory: AccountHistoryView | undefined = own === undefined ? undefined : buildAccountHistory(lang, runsFromFile(own));
    await send(res, 200, 'cpanel', {
      frame: frame(req, lang, UI[lang].appName, ctx.chrome),
      report,
      ownHistory: ownHistory ?? null,
      explain: {
        action: `${prefix}/explain`,
        csrf: options.csrf.tokenFor(`cpanel:${session.user}`),
        text: explained?.text ?? '',
        result: explained,
      },
    });
  }

  function wrap(handler: (req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        await handler(req, res);
      } catch (error) {
        if (error instanceof Handled) return;
        next(error);
      }
    };
  }

  function cpanelRouter(): Router {
    const router = express.Router({ mergeParams: true });
    router.get(
      '/',
      wrap(async (req, res) => {
        const ctx = await cpanelContext(req, res);
        await cpanelPage(req, res, undefined, ctx);
      }),
    );
    router.post(
      '/explain',
      express.urlencoded({ extended: false, limit: MAX_BODY, parameterLimit: 20 }),
      wrap(async (req, res) => {
        const session = options.cpanelSession?.(req);
        if (session === undefined) throw new HttpProblem(404, 'not-found');
        const body = (req.body ?? {}) as Record<string, unknown>;
        // The token decides; a browser that says the form came from another site is refused even before that.
        if (req.get('sec-fetch-site') === 'cross-site') throw new HttpProblem(403, 'csrf');
        if (!options.csrf.verify(`cpanel:${session.user}`, body.csrf)) throw new HttpProblem(403, 'csrf');
        const ctx = await cpanelContext(req, res);
        const text = typeof body.text === 'string' ? body.text : '';
        const report = await options.audits.report(session.user);
        await cpanelPage(req, res, explainBounce(text, ctx.lang, options.profile, report.report.findings), ctx);
      }),
    );
    return router;
  }

  // ---- WHM page ----------------------------------------------------------------------

  async function whmContext(req: Request, res: Response): Promise<{ session: WhmSession; lang: Lang; privileges: WhmPrivileges; chrome: ChromeDom | undefined }> {
    const session = options.whmSession?.(req);
    if (session === undefined) throw new HttpProblem(404, 'not-found');
    const lang = chooseLang(req, res);
    const chrome = trustChrome(
      res,
      options.whmChrome === undefined ? undefined : await options.whmChrome(UI[lang].whmTitle, session.user).catch(() => undefined),
    );
    const privileges = await session.privileges();
    if (!hasAcl(privileges, 'mailcheck')) {
      await sendProblem(req, res, new HttpProblem(403, 'acl'), lang, chrome);
      throw new Handled();
    }
    return { session, lang, privileges, chrome };
  }

  /** Root (or `all`) sees every account; a reseller the ones it owns (WhmAccount.owner) and its own. */
  function visible(accounts: readonly WhmAccount[], session: WhmSession, privileges: WhmPrivileges): WhmAccount[] {
    return privileges.all ? [...accounts] : accounts.filter((a) => a.owner === session.user || a.user === session.user);
  }

  function whmRouter(): Router {
    const router = express.Router({ mergeParams: true });
    router.get(
      '/',
      wrap(async (req, res) => {
        const { session, lang, privileges, chrome } = await whmContext(req, res);
        const accounts = visible(await session.listAccounts(), session, privileges);
        const store = await historyReader();
        // The daemon's latest stored reports when there are: the overview of a big server needs no live audits.
        const storedReports =
          store === undefined ? undefined : await fromHistory('stored reports', () => storedOverview(store, accounts.map((a) => a.user)));
        const rows: WhmRow[] = await Promise.all(
          accounts.map(async (account): Promise<WhmRow> => {
            const stored = storedReports?.get(account.user);
            if (stored !== undefined) return { account, ...stored };
            try {
              const r = await options.audits.report(account.user);
              return { account, report: r.report, madeAt: r.madeAt };
            } catch (error) {
              log(`mail-doctor: audit of ${account.user} failed: ${(error as Error).message}`);
              return { account, error: (error as Error).message };
            }
          }),
        );
        const prefix = `${root}${req.baseUrl}`;
        const view = buildWhmView(rows, req.query as Record<string, unknown>, { lang, selfHref: `${prefix}/`, accountHref: (u) => `${prefix}/accounts/${encodeURIComponent(u)}` });
        const t = UI[lang];
        // Runs and the trend are server-wide: for root (or `all`) only, not for a reseller.
        let runs: object | null = null;
        if (privileges.all) {
          const notice = NOTICES.find((n) => n === firstQueryValue(req.query.notice));
          const noticeText = notice === undefined ? '' : { requested: t.noticeRequested, confirm: t.noticeConfirm, failed: t.noticeRequestFailed }[notice];
          if (store === undefined) runs = { none: true, notice: noticeText };
          else {
            const [last, next, pending, trend] = await Promise.all([
              fromHistory('last run', () => store.lastRun()),
              fromHistory('next run', () => store.nextRun()),
              fromHistory('run requests', () => store.pendingRunRequests()),
              fromHistory('trend', () => store.trend({ runs: TREND_RUNS, top: TREND_TOP })),
            ]);
            runs = {
              none: false,
              notice: noticeText,
              status: buildRunStatus(lang, last ?? null, next ?? null, pending ?? []),
              trend: buildTrend(lang, trend ?? { runs: [], diagnoses: [] }),
              auditNow: { action: `${prefix}/audit-now`, csrf: options.csrf.tokenFor(`whm:${session.user}`), confirmLabel: t.auditNowConfirm },
            };
          }
        }
        await send(res, 200, 'whm', { frame: frame(req, lang, UI[lang].whmTitle, chrome), whm: view, whmUser: session.user, runs });
      }),
    );
    router.get(
      '/accounts/:user',
      wrap(async (req, res) => {
        const { session, lang, privileges, chrome } = await whmContext(req, res);
        const user = String(req.params.user);
        const account = (await session.listAccounts()).find((a) => a.user === user);
        if (account === undefined) throw new HttpProblem(privileges.all ? 404 : 403, privileges.all ? 'not-found' : 'account');
        if (visible([account], session, privileges).length === 0) throw new HttpProblem(403, 'account');
        const store = await historyReader();
        // A fresh audit for one account; when it cannot be made, the daemon's latest stored report.
        let result: { report: AuditReport; madeAt: number };
        try {
          result = await options.audits.report(user);
        } catch (error) {
          const stored = store === undefined ? undefined : await fromHistory('stored report', () => store.accountReport(user));
          if (stored === undefined || stored === null) throw error;
          log(`mail-doctor: audit of ${user} failed, showing the stored report: ${(error as Error).message}`);
          result = { report: stored, madeAt: Date.parse(stored.generatedAt) };
        }
        const prefix = `${root}${req.baseUrl}`;
        const report: ReportView = buildReportView(result.report, {
          lang,
          profile: options.profile,
          filter: parseFilter(req.query as Record<string, unknown>),
          selfHref: `${prefix}/accounts/${encodeURIComponent(user)}`,
          audience: 'admin',
        });
        const t = UI[lang];
        let accountHistory: object | null = null;
        if (store !== undefined) {
          const runs = await fromHistory('account history', () => store.accountHistory(user, { limit: HISTORY_ROWS }));
          const pending = (await fromHistory('run requests', () => store.pendingRunRequests())) ?? [];
          const notice = NOTICES.find((n) => n === firstQueryValue(req.query.notice));
          accountHistory = {
            view: buildAccountHistory(lang, runsFromStore(runs ?? [])) ?? null,
            pending: pendingLines(
              t,
              pending.filter((p) => p.user === user),
            ),
            notice: notice === undefined ? '' : { requested: t.noticeRequested, confirm: t.noticeConfirm, failed: t.noticeRequestFailed }[notice],
            auditNow: {
              action: `${prefix}/accounts/${encodeURIComponent(user)}/audit-now`,
              csrf: options.csrf.tokenFor(`whm:${session.user}`),
              confirmLabel: t.auditNowAccountConfirm,
            },
          };
        }
        await send(res, 200, 'whm-account', {
          frame: frame(req, lang, fill(t.accountReportTitle, { user }), chrome),
          report,
          back: `${prefix}/`,
          account: { user: account.user, domain: account.domain, owner: account.owner, contactEmail: account.contactEmail },
          accountHistory,
        });
      }),
    );

    /**
     * "Audit now": the CSRF token first (403 without it), then the WHM ACL, then
     * the account rules of the drill-down; a box must be ticked to confirm.
     * The request goes into the store for the daemon; the page shows it pending.
     */
    const auditNow = (scope: 'server' | 'account') =>
      wrap(async (req, res) => {
        const session = options.whmSession?.(req);
        if (session === undefined) throw new HttpProblem(404, 'not-found');
        const body = (req.body ?? {}) as Record<string, unknown>;
        if (req.get('sec-fetch-site') === 'cross-site') throw new HttpProblem(403, 'csrf');
        if (!options.csrf.verify(`whm:${session.user}`, body.csrf)) throw new HttpProblem(403, 'csrf');
        const { privileges } = await whmContext(req, res);
        const prefix = `${root}${req.baseUrl}`;
        let user: string | undefined;
        let back = `${prefix}/`;
        if (scope === 'server') {
          // A run of every account is the server's admin's call.
          if (!privileges.all) throw new HttpProblem(403, 'forbidden');
        } else {
          user = String(req.params.user);
          const account = (await session.listAccounts()).find((a) => a.user === user);
          if (account === undefined) throw new HttpProblem(privileges.all ? 404 : 403, privileges.all ? 'not-found' : 'account');
          if (visible([account], session, privileges).length === 0) throw new HttpProblem(403, 'account');
          back = `${prefix}/accounts/${encodeURIComponent(user)}`;
        }
        let notice: (typeof NOTICES)[number] = 'requested';
        if (body.confirm !== 'yes') notice = 'confirm';
        else if (history === undefined) notice = 'failed';
        else {
          try {
            await history.requestRun({ requestedAt: clock(), requestedBy: session.user, ...(user === undefined ? {} : { user }) });
          } catch (error) {
            log(`mail-doctor: audit-now request not stored: ${(error as Error).message}`);
            notice = 'failed';
          }
        }
        res.redirect(303, `${back}?notice=${notice}`);
      });
    const form = express.urlencoded({ extended: false, limit: MAX_BODY, parameterLimit: 20 });
    router.post('/audit-now', form, auditNow('server'));
    router.post('/accounts/:user/audit-now', form, auditNow('account'));
    return router;
  }

  // ---- mounting per mode ---------------------------------------------------------------

  const refuse = (status: 403 | 404, kind: HttpProblem['kind']) => () => {
    throw new HttpProblem(status, kind);
  };

  switch (options.mode) {
    case 'cpanel':
      // A cPanel page is one account's; the server views are not reachable from it.
      app.use('/whm', refuse(403, 'forbidden'));
      app.use('/', cpanelRouter());
      break;
    case 'whm':
    case 'serve':
      app.get('/', (_req, res) => res.redirect(303, `${root}/whm`));
      app.use('/whm', whmRouter());
      break;
    case 'sandbox':
      app.get(
        '/',
        wrap(async (req, res) => {
          const lang = chooseLang(req, res);
          const t = UI[lang];
          const dir = options.sandbox ?? { accounts: [], whmUsers: [] };
          await send(res, 200, 'sandbox', {
            frame: frame(req, lang, t.sandboxTitle, undefined),
            accounts: dir.accounts.map((a) => ({ user: a.user, purpose: a.purpose, href: `${root}/sandbox/cpanel/${encodeURIComponent(a.user)}/` })),
            whm: dir.whmUsers.map((u) => ({
              label: fill(t.sandboxWhmAs, { user: u }),
              href: u === 'root' ? `${root}/whm/` : `${root}/sandbox/whm/${encodeURIComponent(u)}/`,
            })),
          });
        }),
      );
      app.use('/sandbox/cpanel/:account', cpanelRouter());
      app.use('/sandbox/whm/:whmUser', whmRouter());
      app.use('/whm', whmRouter());
      break;
  }

  app.use((_req: Request, _res: Response, next: NextFunction) => next(new HttpProblem(404, 'not-found')));

  // Express knows an error handler by its four parameters.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const lang = chooseLang(req, res);
    if (res.headersSent) return;
    if (error instanceof HttpProblem) {
      sendProblem(req, res, error, lang).catch((e: unknown) => res.status(500).type('text').send(String((e as Error).message)));
      return;
    }
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
    if (status === 413 || status === 400 || status === 415) {
      res.status(status).type('text').send(status === 413 ? 'Request too large\n' : 'Bad request\n');
      return;
    }
    log(`mail-doctor: ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
    const t = UI[lang];
    send(res, 500, 'problem', { frame: frame(req, lang, t.errorTitle, undefined), problem: { title: t.errorTitle, message: t.serverErrorText, status: 500 } }).catch(() =>
      res.status(500).type('text').send('Internal error\n'),
    );
  });

  return app;
}
