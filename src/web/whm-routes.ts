/**
 * The WHM pages: the overview of the accounts this WHM user may see
 * (`GET /`) and one account's drill-down (`GET /accounts/USER`), with the
 * daemon's history and "audit now" when the app has a history.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { WhmAccount } from '../cpanel/whm-accounts';
import type { AuditReport } from '../report/audit-report';
import type { HistoryStore } from '../store/history-store';
import { storedOverview } from './history-source';
import { accountHistorySection, auditNowRoutes, runsSection } from './history-routes';
import { HttpProblem, wrap } from './http-problem';
import { fixRoutes, fixThisHref } from './fix-routes';
import { fixWords } from './fix-words';
import { fill, UI } from './i18n';
import type { PageKit } from './page-kit';
import { buildReportView, parseFilter, type ReportView } from './report-view';
import { buildWhmView, type WhmRow } from './whm-view';
import { visible, visibleAccount, whmContext, whmSessionOf } from './whm-context';
import { cpanelSessionAction, cpanelSessionForm, cpanelSessionRoutes } from './cpanel-session-route';

/** One row per account: the daemon's latest stored report when there is one, else a live audit. */
async function overviewRows(kit: PageKit, accounts: readonly WhmAccount[], store: HistoryStore | undefined): Promise<WhmRow[]> {
  // The daemon's latest stored reports when there are: the overview of a big server needs no live audits.
  const storedReports = store === undefined ? undefined : await kit.fromHistory('stored reports', () => storedOverview(store, accounts.map((a) => a.user)));
  return Promise.all(
    accounts.map(async (account): Promise<WhmRow> => {
      const stored = storedReports?.get(account.user);
      if (stored !== undefined) return { account, ...stored };
      try {
        const r = await kit.options.audits.report(account.user);
        return { account, report: r.report, madeAt: r.madeAt };
      } catch (error) {
        kit.log(`mail-doctor: audit of ${account.user} failed: ${(error as Error).message}`);
        return { account, error: (error as Error).message };
      }
    }),
  );
}

async function overview(kit: PageKit, req: Request, res: Response): Promise<void> {
  const ctx = await whmContext(kit, req, res);
  const accounts = visible(await ctx.session.listAccounts(), ctx.session, ctx.privileges);
  const store = await kit.historyReader();
  const rows = await overviewRows(kit, accounts, store);
  const prefix = `${kit.root}${req.baseUrl}`;
  const view = buildWhmView(rows, req.query as Record<string, unknown>, {
    lang: ctx.lang,
    selfHref: `${prefix}/`,
    accountHref: (u) => `${prefix}/accounts/${encodeURIComponent(u)}`,
    ...(ctx.session.openCpanel === undefined ? {} : { cpanelAction: (u: string) => cpanelSessionAction(prefix, u) }),
  });
  const runs = await runsSection(kit, req, ctx, store, prefix);
  // The server this page's history is filed under (one name for every command and page: jobs/server-identity.ts).
  const server = store?.server ?? null;
  const cpanelCsrf = ctx.session.openCpanel === undefined ? '' : kit.options.csrf.tokenFor(`whm:${ctx.session.user}`);
  await kit.send(res, 200, 'whm', { frame: kit.frame(req, ctx.lang, UI[ctx.lang].whmTitle, ctx.chrome), whm: view, whmUser: ctx.session.user, runs, server, cpanelCsrf });
}

/** A fresh audit for one account; when it cannot be made, the daemon's latest stored report. */
async function freshOrStored(kit: PageKit, user: string, store: HistoryStore | undefined): Promise<{ report: AuditReport; madeAt: number }> {
  try {
    return await kit.options.audits.report(user);
  } catch (error) {
    const stored = store === undefined ? undefined : await kit.fromHistory('stored report', () => store.accountReport(user));
    if (stored === undefined || stored === null) throw error;
    kit.log(`mail-doctor: audit of ${user} failed, showing the stored report: ${(error as Error).message}`);
    return { report: stored, madeAt: Date.parse(stored.generatedAt) };
  }
}

async function drillDown(kit: PageKit, req: Request, res: Response): Promise<void> {
  const ctx = await whmContext(kit, req, res);
  const user = String(req.params.user);
  const account = await visibleAccount(ctx, user);
  const store = await kit.historyReader();
  const result = await freshOrStored(kit, user, store);
  const prefix = `${kit.root}${req.baseUrl}`;
  const report: ReportView = buildReportView(result.report, {
    lang: ctx.lang,
    profile: kit.options.profile,
    filter: parseFilter(req.query as Record<string, unknown>),
    selfHref: `${prefix}/accounts/${encodeURIComponent(user)}`,
    audience: 'admin',
    ...(kit.options.whmFixes?.(ctx.session.user) === undefined
      ? {}
      : { fixThis: { label: fixWords(ctx.lang).fixThis, href: fixThisHref(`${prefix}/accounts/${encodeURIComponent(user)}`) } }),
  });
  await kit.send(res, 200, 'whm-account', {
    frame: kit.frame(req, ctx.lang, fill(UI[ctx.lang].accountReportTitle, { user }), ctx.chrome),
    report,
    back: `${prefix}/`,
    account: { user: account.user, domain: account.domain, owner: account.owner, contactEmail: account.contactEmail },
    accountHistory: await accountHistorySection(kit, req, ctx, store, user, prefix),
    cpanelSession: cpanelSessionForm(kit, ctx, prefix, account.user),
  });
}

export function whmRouter(kit: PageKit): Router {
  const router = express.Router({ mergeParams: true });
  router.get('/', wrap((req, res) => overview(kit, req, res)));
  router.get('/accounts/:user', wrap((req, res) => drillDown(kit, req, res)));
  auditNowRoutes(kit, router);
  cpanelSessionRoutes(kit, router);
  fixRoutes(kit, router, {
    mount: '/accounts/:user',
    here: (req) => `/accounts/${encodeURIComponent(String(req.params.user))}`,
    csrfKey: (req) => `whm:${whmSessionOf(kit, req).user}`,
    scope: async (req, res) => {
      const ctx = await whmContext(kit, req, res);
      // Root, or a reseller on its own accounts only: the same check as the drill-down.
      const account = await visibleAccount(ctx, String(req.params.user));
      const fixes = kit.options.whmFixes?.(ctx.session.user);
      if (fixes === undefined) throw new HttpProblem(404, 'not-found');
      return { account: account.user, actor: `${ctx.session.user} (WHM)`, lang: ctx.lang, chrome: ctx.chrome, audience: 'admin', fixes };
    },
  });
  return router;
}
