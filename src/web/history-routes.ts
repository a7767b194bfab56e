/**
 * The daemon's history on the WHM pages: the server's runs and trend on the
 * overview, an account's runs on its drill-down, and "audit now" — the CSRF
 * token first (403 without it), then the WHM ACL, then the account rules of
 * the drill-down; a box must be ticked to confirm. The request goes into the
 * store for the daemon; the page shows it pending. With no daemon to take it
 * (no next run in the store) the request is refused, not queued, and the
 * forms are disabled with that reason.
 */
import type { Request, Router } from 'express';
import type { HistoryStore } from '../store/history-store';
import { buildAccountHistory, buildRunStatus, buildTrend, pendingLines, runsFromStore } from './history-view';
import { checkedForm, formBody, firstQueryValue, HttpProblem, wrap } from './http-problem';
import { isHistorySource } from './history-source';
import { UI } from './i18n';
import { AUDIT_NOW_LIMIT, createRateLimit, tooManyWaiting, type RateLimit } from './rate-limit';
import type { PageKit } from './page-kit';
import { visibleAccount, whmContext, whmSessionOf, type WhmContext } from './whm-context';

/** Runs shown in the WHM trend and in an account's history. */
const TREND_RUNS = 14;
const TREND_TOP = 5;
const HISTORY_ROWS = 30;
const NOTICES = ['requested', 'confirm', 'failed', 'limited'] as const;

function noticeText(req: Request, ctx: WhmContext): string {
  const t = UI[ctx.lang];
  const notice = NOTICES.find((n) => n === firstQueryValue(req.query.notice));
  return notice === undefined ? '' : { requested: t.noticeRequested, confirm: t.noticeConfirm, failed: t.noticeRequestFailed, limited: t.noticeLimited }[notice];
}

/**
 * Whether something takes "audit now" requests: a daemon that has announced
 * its next run, or a history that runs them itself (the sandbox).
 */
async function requestsAreTaken(kit: PageKit, store: HistoryStore | undefined, next?: number | null): Promise<boolean> {
  const history = kit.options.history;
  if (history !== undefined && isHistorySource(history) && history.runsRequestsItself === true) return true;
  if (store === undefined) return false;
  const nextRun = next !== undefined ? next : await kit.fromHistory('next run', () => store.nextRun());
  return nextRun !== undefined && nextRun !== null;
}

/** The overview's runs and trend: server-wide, so for root (or `all`) only, not for a reseller. */
export async function runsSection(kit: PageKit, req: Request, ctx: WhmContext, store: HistoryStore | undefined, prefix: string): Promise<object | null> {
  if (!ctx.privileges.all) return null;
  const notice = noticeText(req, ctx);
  if (store === undefined) return { none: true, notice };
  const [last, next, pending, trend] = await Promise.all([
    kit.fromHistory('last run', () => store.lastRun()),
    kit.fromHistory('next run', () => store.nextRun()),
    kit.fromHistory('run requests', () => store.pendingRunRequests()),
    kit.fromHistory('trend', () => store.trend({ runs: TREND_RUNS, top: TREND_TOP })),
  ]);
  return {
    none: false,
    notice,
    status: buildRunStatus(ctx.lang, last ?? null, next ?? null, pending ?? []),
    trend: buildTrend(ctx.lang, trend ?? { runs: [], diagnoses: [] }),
    auditNow: { action: `${prefix}/audit-now`, csrf: kit.options.csrf.tokenFor(`whm:${ctx.session.user}`), confirmLabel: UI[ctx.lang].auditNowConfirm },
    auditNowDisabled: (await requestsAreTaken(kit, store, next ?? null)) ? '' : UI[ctx.lang].auditNowNoDaemon,
  };
}

/** An account's runs on its drill-down, the pending requests for it, and its "audit now" form. */
export async function accountHistorySection(kit: PageKit, req: Request, ctx: WhmContext, store: HistoryStore | undefined, user: string, prefix: string): Promise<object | null> {
  if (store === undefined) return null;
  const t = UI[ctx.lang];
  const runs = await kit.fromHistory('account history', () => store.accountHistory(user, { limit: HISTORY_ROWS }));
  const pending = (await kit.fromHistory('run requests', () => store.pendingRunRequests())) ?? [];
  return {
    view: buildAccountHistory(ctx.lang, runsFromStore(runs ?? [])) ?? null,
    pending: pendingLines(
      t,
      pending.filter((p) => p.user === user),
    ),
    notice: noticeText(req, ctx),
    auditNow: {
      action: `${prefix}/accounts/${encodeURIComponent(user)}/audit-now`,
      csrf: kit.options.csrf.tokenFor(`whm:${ctx.session.user}`),
      confirmLabel: t.auditNowAccountConfirm,
    },
    auditNowDisabled: (await requestsAreTaken(kit, store)) ? '' : t.auditNowNoDaemon,
  };
}

/** Stores the run request; which notice the page then shows. */
async function requestRun(kit: PageKit, limit: RateLimit, body: Record<string, unknown>, requestedBy: string, user: string | undefined): Promise<(typeof NOTICES)[number]> {
  if (body.confirm !== 'yes') return 'confirm';
  if (kit.history === undefined) return 'failed';
  if (await limited(kit, limit, requestedBy)) return 'limited';
  try {
    await kit.history.requestRun({ requestedAt: kit.clock(), requestedBy, ...(user === undefined ? {} : { user }) });
    return 'requested';
  } catch (error) {
    kit.log(`mail-doctor: audit-now request not stored: ${(error as Error).message}`);
    return 'failed';
  }
}

/** Limited per WHM user: in this process, and by the requests still waiting in the store (rate-limit.ts). */
async function limited(kit: PageKit, limit: RateLimit, user: string): Promise<boolean> {
  const store = await kit.historyReader();
  const waiting = store === undefined ? [] : ((await kit.fromHistory('run requests', () => store.pendingRunRequests())) ?? []);
  return tooManyWaiting(waiting, user, kit.clock()) || !limit.allow(user, kit.clock());
}

function auditNow(kit: PageKit, limit: RateLimit, scope: 'server' | 'account') {
  return wrap(async (req, res) => {
    const session = whmSessionOf(kit, req);
    const body = checkedForm(req, (b) => kit.options.csrf.verify(`whm:${session.user}`, b.csrf));
    const ctx = await whmContext(kit, req, res);
    const prefix = `${kit.root}${req.baseUrl}`;
    let user: string | undefined;
    let back = `${prefix}/`;
    if (scope === 'server') {
      // A run of every account is the server's admin's call.
      if (!ctx.privileges.all) throw new HttpProblem(403, 'forbidden');
    } else {
      user = (await visibleAccount(ctx, String(req.params.user))).user;
      back = `${prefix}/accounts/${encodeURIComponent(user)}`;
    }
    // Nothing would take the request: refused with the reason, nothing queued.
    if (!(await requestsAreTaken(kit, await kit.historyReader()))) throw new HttpProblem(409, 'no-daemon');
    const notice = await requestRun(kit, limit, body, session.user, user);
    res.redirect(303, `${back}?notice=${notice}`);
  });
}

/** The "audit now" forms of the overview and of a drill-down. */
export function auditNowRoutes(kit: PageKit, router: Router): void {
  const form = formBody();
  const limit = createRateLimit(AUDIT_NOW_LIMIT);
  router.post('/audit-now', form, auditNow(kit, limit, 'server'));
  router.post('/accounts/:user/audit-now', form, auditNow(kit, limit, 'account'));
}
