/**
 * The safe fixes on the cPanel page: `GET /fix` previews (changes nothing),
 * `POST /fix` applies after the CSRF token and an explicit confirmation,
 * audits again and shows the new result; `GET /fixes` lists the account's fix
 * log and `POST /fixes/undo` takes one back, with the same two checks. The
 * account is always the session's: the plan is made again from a fresh audit
 * of that account on every POST (nothing posted names a call or a value), and
 * a log entry of another account is refused.
 */
import type { Request, Response, Router } from 'express';
import type { FixAction, FixPlan } from '../fix/fix-action';
import type { FixLogEntry } from '../fix/fix-log';
import { describeStep, mayHaveFix } from '../fix/plan-fix';
import type { Finding } from '../diagnose/model';
import type { Lang } from '../kb/types';
import type { AuditReport } from '../report/audit-report';
import type { FixPages } from './fix-pages';
import { fixWords } from './fix-words';
import { checkedForm, firstQueryValue, formBody, HttpProblem, wrap } from './http-problem';
import type { PageKit } from './page-kit';
import { buildReportView, formatTime, parseFilter } from './report-view';
import type { ChromeDom } from '../cpanel/account-info';

/** Whom a fix page acts for: the account, who is acting, the page's language and chrome, and the form key. */
interface FixScope {
  readonly account: string;
  /** Who the fix log names. */
  readonly actor: string;
  readonly lang: Lang;
  readonly chrome: ChromeDom | undefined;
  /** Session prefix for links into cPanel (cPanel page only). */
  readonly cpanelToken?: string;
  readonly audience: 'customer' | 'admin';
  readonly fixes: FixPages;
}

interface FixRouteSetup {
  /** The path under the router the fix pages hang from ('' on the cPanel page, '/accounts/:user' in WHM). */
  readonly mount: string;
  /** The same path filled in for this request (for the links and forms). */
  readonly here: (req: Request) => string;
  /** The CSRF key of the session, known before anything else is asked. */
  readonly csrfKey: (req: Request) => string;
  /** The session, its rights and the account (refusing what the visitor may not see). */
  readonly scope: (req: Request, res: Response) => Promise<FixScope>;
}

interface ActionView {
  readonly title: string;
  readonly finding: string;
  readonly subject: string;
  readonly before: string;
  readonly after: string;
  readonly call: string;
  readonly undo: string | null;
  readonly undoNote: string | null;
}

function actionView(a: FixAction, lang: Lang): ActionView {
  return {
    title: a.title[lang],
    finding: a.findingId,
    subject: a.subject.name,
    before: a.before[lang],
    after: a.after[lang],
    call: describeStep(a.apply),
    undo: a.undo === null ? null : describeStep(a.undo),
    undoNote: a.undoNote?.[lang] ?? null,
  };
}

/** The href of a card's "Fix this" on the cPanel page. */
export function fixThisHref(prefix: string): (f: Finding) => string | undefined {
  return (f) => (mayHaveFix(f) ? `${prefix}/fix?${new URLSearchParams({ finding: f.id, subject: f.subject.name }).toString()}` : undefined);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 300) : '';
}

function planMessage(plan: Exclude<FixPlan, { kind: 'action' }>, lang: Lang): string {
  return plan.kind === 'none' ? `${fixWords(lang).noAction} ${plan.reason[lang]}` : plan.reason[lang];
}

function prefixOf(kit: PageKit, req: Request, setup: FixRouteSetup): string {
  return `${kit.root}${req.baseUrl}${setup.here(req)}`;
}

async function renderFix(kit: PageKit, req: Request, res: Response, setup: FixRouteSetup, ctx: FixScope, status: number, view: Record<string, unknown>): Promise<void> {
  const prefix = prefixOf(kit, req, setup);
  const w = fixWords(ctx.lang);
  await kit.send(res, status, 'fix', { frame: kit.frame(req, ctx.lang, String(view.heading ?? w.previewTitle), ctx.chrome), w, back: prefix === `${kit.root}${req.baseUrl}` ? `${prefix}/` : prefix, logHref: `${prefix}/fixes`, ...view });
}

function reportAfter(kit: PageKit, req: Request, setup: FixRouteSetup, ctx: FixScope, report: AuditReport) {
  return buildReportView(report, {
    lang: ctx.lang,
    profile: kit.options.profile,
    filter: parseFilter({}),
    selfHref: prefixOf(kit, req, setup),
    audience: ctx.audience,
    ...(ctx.cpanelToken === undefined ? {} : { cpanelToken: ctx.cpanelToken }),
  });
}

async function preview(kit: PageKit, req: Request, res: Response, setup: FixRouteSetup, ctx: FixScope, finding: string, subject: string, notice: string | null, status = 200): Promise<void> {
  const { lang } = ctx;
  const w = fixWords(lang);
  const { plan } = await ctx.fixes.preview(ctx.account, { findingId: finding, subject });
  if (plan.kind !== 'action') {
    await renderFix(kit, req, res, setup, ctx, plan.kind === 'none' ? 200 : 404, { state: 'no-action', heading: w.previewTitle, message: planMessage(plan, lang) });
    return;
  }
  await renderFix(kit, req, res, setup, ctx, status, {
    state: 'preview',
    heading: w.previewTitle,
    message: notice ?? w.nothingChanged,
    action: actionView(plan.action, lang),
    form: { action: `${prefixOf(kit, req, setup)}/fix`, csrf: kit.options.csrf.tokenFor(setup.csrfKey(req)), finding, subject: plan.action.subject.name },
  });
}

function undoForm(kit: PageKit, req: Request, setup: FixRouteSetup, entry: FixLogEntry): Record<string, string> | null {
  if (entry.undo === null || entry.undoneAt !== null) return null;
  return { action: `${prefixOf(kit, req, setup)}/fixes/undo`, csrf: kit.options.csrf.tokenFor(setup.csrfKey(req)), id: entry.id };
}

/** GET: the preview of a fix; changes nothing. */
async function showPreview(kit: PageKit, setup: FixRouteSetup, req: Request, res: Response): Promise<void> {
  const ctx = await setup.scope(req, res);
  await preview(kit, req, res, setup, ctx, text(firstQueryValue(req.query.finding)), text(firstQueryValue(req.query.subject)), null);
}

/** POST with the CSRF token and the confirmation: plan again from the account as it is, apply, log, re-audit. */
async function applyFix(kit: PageKit, setup: FixRouteSetup, req: Request, res: Response): Promise<void> {
  const body = checkedForm(req, (b) => kit.options.csrf.verify(setup.csrfKey(req), b.csrf));
  const ctx = await setup.scope(req, res);
  const w = fixWords(ctx.lang);
  const finding = text(body.finding);
  const subject = text(body.subject);
  if (body.confirm !== 'yes') {
    await preview(kit, req, res, setup, ctx, finding, subject, w.confirmMissing, 400);
    return;
  }
  const fixes = ctx.fixes;
  // The plan is made again from the account as it is now; nothing in the form names a call or a value.
  const { plan } = await fixes.preview(ctx.account, { findingId: finding, subject });
  if (plan.kind !== 'action') {
    await renderFix(kit, req, res, setup, ctx, plan.kind === 'none' ? 200 : 404, { state: 'no-action', heading: w.previewTitle, message: planMessage(plan, ctx.lang) });
    return;
  }
  await fixes.log.ready?.();
  const applied = await fixes.apply(ctx.account, plan.action, ctx.actor);
  if (!applied.ok) {
    await renderFix(kit, req, res, setup, ctx, applied.refused ? 409 : 502, { state: 'refused', heading: w.previewTitle, message: `${applied.refused ? w.refused : w.failed} ${applied.reason}`, action: actionView(plan.action, ctx.lang) });
    return;
  }
  await fixes.log.record(applied.entry);
  kit.options.audits.forget?.(ctx.account);
  await renderFix(kit, req, res, setup, ctx, 200, {
    state: 'applied',
    heading: w.resultTitle,
    message: applied.gone ? w.gone : applied.inEffect === true ? w.inEffect : w.still,
    action: actionView(plan.action, ctx.lang),
    logId: applied.entry.id,
    undoForm: undoForm(kit, req, setup, applied.entry),
    report: reportAfter(kit, req, setup, ctx, applied.after.report),
  });
}

/** GET: the fix log of the account, with Undo where cPanel allows it. */
async function showLog(kit: PageKit, setup: FixRouteSetup, req: Request, res: Response): Promise<void> {
  const ctx = await setup.scope(req, res);
  const w = fixWords(ctx.lang);
  const entries = await ctx.fixes.log.list(ctx.account);
  await renderFix(kit, req, res, setup, ctx, 200, {
    state: 'log',
    heading: w.logTitle,
    entries: entries.map((e) => ({
      id: e.id,
      title: e.title[ctx.lang],
      when: formatTime(e.at),
      who: e.by,
      call: e.call,
      before: e.before[ctx.lang],
      after: e.after[ctx.lang],
      undone: e.undoneAt === null ? null : `${w.undoneBy} ${e.undoneBy ?? ''}, ${formatTime(e.undoneAt)}`,
      undoForm: undoForm(kit, req, setup, e),
    })),
  });
}

/** POST with the CSRF token and the confirmation: undo one logged fix of this account. */
async function undoFix(kit: PageKit, setup: FixRouteSetup, req: Request, res: Response): Promise<void> {
  const body = checkedForm(req, (b) => kit.options.csrf.verify(setup.csrfKey(req), b.csrf));
  const ctx = await setup.scope(req, res);
  const w = fixWords(ctx.lang);
  const fixes = ctx.fixes;
  const entry = await fixes.log.get(text(body.id));
  if (entry === null) {
    await renderFix(kit, req, res, setup, ctx, 404, { state: 'no-action', heading: w.logTitle, message: w.unknownEntry });
    return;
  }
  // Another account's entry is refused, not quietly ignored.
  if (entry.account !== ctx.account) throw new HttpProblem(403, 'account');
  if (body.confirm !== 'yes') {
    await renderFix(kit, req, res, setup, ctx, 400, { state: 'no-action', heading: w.logTitle, message: w.confirmMissing });
    return;
  }
  const done = await fixes.undo(entry);
  if (!done.ok) {
    await renderFix(kit, req, res, setup, ctx, done.refused ? 409 : 502, { state: 'refused', heading: w.logTitle, message: `${done.refused ? w.refused : w.failed} ${done.reason}` });
    return;
  }
  await fixes.log.markUndone(entry.id, ctx.actor, Math.floor(kit.clock() / 1000));
  kit.options.audits.forget?.(ctx.account);
  await renderFix(kit, req, res, setup, ctx, 200, {
    state: 'undone',
    heading: w.undoneTitle,
    message: done.back ? w.back : w.notBack,
    logId: entry.id,
    report: reportAfter(kit, req, setup, ctx, done.after.report),
  });
}

export function fixRoutes(kit: PageKit, router: Router, setup: FixRouteSetup): void {
  const m = setup.mount;
  router.get(
    `${m}/fix`,
    wrap((req, res) => showPreview(kit, setup, req, res)),
  );

  router.post(
    `${m}/fix`,
    formBody(),
    wrap((req, res) => applyFix(kit, setup, req, res)),
  );

  router.get(
    `${m}/fixes`,
    wrap((req, res) => showLog(kit, setup, req, res)),
  );

  router.post(
    `${m}/fixes/undo`,
    formBody(),
    wrap((req, res) => undoFix(kit, setup, req, res)),
  );
}
