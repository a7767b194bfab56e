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
import type { CpanelSession } from './app-options';
import { safeSecurityToken } from './cpanel-links';
import type { FixPages } from './fix-pages';
import { fixWords } from './fix-words';
import { checkedForm, firstQueryValue, formBody, HttpProblem, wrap } from './http-problem';
import type { PageKit } from './page-kit';
import { buildReportView, formatTime, parseFilter } from './report-view';
import type { CpanelContext } from './cpanel-routes';

type ContextOf = (kit: PageKit, req: Request, res: Response) => Promise<CpanelContext>;

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

function fixesOf(kit: PageKit): FixPages {
  const fixes = kit.options.fixes;
  if (fixes === undefined) throw new HttpProblem(404, 'not-found');
  return fixes;
}

/** The href of a card's "Fix this" on the cPanel page. */
export function fixThisHref(prefix: string): (f: Finding) => string | undefined {
  return (f) => (mayHaveFix(f) ? `${prefix}/fix?${new URLSearchParams({ finding: f.id, subject: f.subject.name }).toString()}` : undefined);
}

function csrfKey(session: CpanelSession): string {
  return `cpanel:${session.user}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 300) : '';
}

function planMessage(plan: Exclude<FixPlan, { kind: 'action' }>, lang: Lang): string {
  return plan.kind === 'none' ? `${fixWords(lang).noAction} ${plan.reason[lang]}` : plan.reason[lang];
}

async function renderFix(kit: PageKit, req: Request, res: Response, ctx: CpanelContext, status: number, view: Record<string, unknown>): Promise<void> {
  const prefix = `${kit.root}${req.baseUrl}`;
  const w = fixWords(ctx.lang);
  await kit.send(res, status, 'fix', { frame: kit.frame(req, ctx.lang, String(view.heading ?? w.previewTitle), ctx.chrome), w, back: `${prefix}/`, logHref: `${prefix}/fixes`, ...view });
}

function reportAfter(kit: PageKit, req: Request, ctx: CpanelContext, report: AuditReport) {
  const prefix = `${kit.root}${req.baseUrl}`;
  return buildReportView(report, {
    lang: ctx.lang,
    profile: kit.options.profile,
    filter: parseFilter({}),
    selfHref: `${prefix}/`,
    cpanelToken: safeSecurityToken(ctx.session.securityToken),
  });
}

async function preview(kit: PageKit, req: Request, res: Response, ctx: CpanelContext, finding: string, subject: string, notice: string | null, status = 200): Promise<void> {
  const { session, lang } = ctx;
  const w = fixWords(lang);
  const { plan } = await fixesOf(kit).preview(session.user, { findingId: finding, subject });
  if (plan.kind !== 'action') {
    await renderFix(kit, req, res, ctx, plan.kind === 'none' ? 200 : 404, { state: 'no-action', heading: w.previewTitle, message: planMessage(plan, lang) });
    return;
  }
  await renderFix(kit, req, res, ctx, status, {
    state: 'preview',
    heading: w.previewTitle,
    message: notice ?? w.nothingChanged,
    action: actionView(plan.action, lang),
    form: { action: `${kit.root}${req.baseUrl}/fix`, csrf: kit.options.csrf.tokenFor(csrfKey(session)), finding, subject: plan.action.subject.name },
  });
}

function undoForm(kit: PageKit, req: Request, session: CpanelSession, entry: FixLogEntry): Record<string, string> | null {
  if (entry.undo === null || entry.undoneAt !== null) return null;
  return { action: `${kit.root}${req.baseUrl}/fixes/undo`, csrf: kit.options.csrf.tokenFor(csrfKey(session)), id: entry.id };
}

export function fixRoutes(kit: PageKit, router: Router, context: ContextOf): void {
  router.get(
    '/fix',
    wrap(async (req, res) => {
      const ctx = await context(kit, req, res);
      await preview(kit, req, res, ctx, text(firstQueryValue(req.query.finding)), text(firstQueryValue(req.query.subject)), null);
    }),
  );

  router.post(
    '/fix',
    formBody(),
    wrap(async (req, res) => {
      const session = kit.options.cpanelSession?.(req);
      if (session === undefined) throw new HttpProblem(404, 'not-found');
      const body = checkedForm(req, (b) => kit.options.csrf.verify(csrfKey(session), b.csrf));
      const ctx = await context(kit, req, res);
      const w = fixWords(ctx.lang);
      const finding = text(body.finding);
      const subject = text(body.subject);
      if (body.confirm !== 'yes') {
        await preview(kit, req, res, ctx, finding, subject, w.confirmMissing, 400);
        return;
      }
      const fixes = fixesOf(kit);
      // The plan is made again from the account as it is now; nothing in the form names a call or a value.
      const { plan } = await fixes.preview(session.user, { findingId: finding, subject });
      if (plan.kind !== 'action') {
        await renderFix(kit, req, res, ctx, plan.kind === 'none' ? 200 : 404, { state: 'no-action', heading: w.previewTitle, message: planMessage(plan, ctx.lang) });
        return;
      }
      const applied = await fixes.apply(session.user, plan.action, session.user);
      if (!applied.ok) {
        await renderFix(kit, req, res, ctx, applied.refused ? 409 : 502, { state: 'refused', heading: w.previewTitle, message: `${applied.refused ? w.refused : w.failed} ${applied.reason}`, action: actionView(plan.action, ctx.lang) });
        return;
      }
      await fixes.log.record(applied.entry);
      kit.options.audits.forget?.(session.user);
      await renderFix(kit, req, res, ctx, 200, {
        state: 'applied',
        heading: w.resultTitle,
        message: applied.gone ? w.gone : applied.inEffect === true ? w.inEffect : w.still,
        action: actionView(plan.action, ctx.lang),
        logId: applied.entry.id,
        undoForm: undoForm(kit, req, session, applied.entry),
        report: reportAfter(kit, req, ctx, applied.after.report),
      });
    }),
  );

  router.get(
    '/fixes',
    wrap(async (req, res) => {
      const ctx = await context(kit, req, res);
      const w = fixWords(ctx.lang);
      const entries = await fixesOf(kit).log.list(ctx.session.user);
      await renderFix(kit, req, res, ctx, 200, {
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
          undoForm: undoForm(kit, req, ctx.session, e),
        })),
      });
    }),
  );

  router.post(
    '/fixes/undo',
    formBody(),
    wrap(async (req, res) => {
      const session = kit.options.cpanelSession?.(req);
      if (session === undefined) throw new HttpProblem(404, 'not-found');
      const body = checkedForm(req, (b) => kit.options.csrf.verify(csrfKey(session), b.csrf));
      const ctx = await context(kit, req, res);
      const w = fixWords(ctx.lang);
      const fixes = fixesOf(kit);
      const entry = await fixes.log.get(text(body.id));
      if (entry === null) {
        await renderFix(kit, req, res, ctx, 404, { state: 'no-action', heading: w.logTitle, message: w.unknownEntry });
        return;
      }
      // Another account's entry is refused, not quietly ignored.
      if (entry.account !== session.user) throw new HttpProblem(403, 'account');
      if (body.confirm !== 'yes') {
        await renderFix(kit, req, res, ctx, 400, { state: 'no-action', heading: w.logTitle, message: w.confirmMissing });
        return;
      }
      const done = await fixes.undo(entry);
      if (!done.ok) {
        await renderFix(kit, req, res, ctx, done.refused ? 409 : 502, { state: 'refused', heading: w.logTitle, message: `${done.refused ? w.refused : w.failed} ${done.reason}` });
        return;
      }
      await fixes.log.markUndone(entry.id, session.user, Math.floor(kit.clock() / 1000));
      kit.options.audits.forget?.(session.user);
      await renderFix(kit, req, res, ctx, 200, {
        state: 'undone',
        heading: w.undoneTitle,
        message: done.back ? w.back : w.notBack,
        logId: entry.id,
        report: reportAfter(kit, req, ctx, done.after.report),
      });
    }),
  );
}
