/**
 * The cPanel page: one account's report (`GET /`) and the bounce explainer
 * (`POST /explain`). The account is always the session's, never one from the
 * request.
 */
import { buildMailSetupView } from './mail-setup-view';
import express, { type Request, type Response, type Router } from 'express';
import type { ChromeDom } from '../cpanel/account-info';
import { getChrome, getLocale, hasFeature } from '../cpanel/account-info';
import type { Lang } from '../kb/types';
import type { CpanelSession } from './app-options';
import { safeSecurityToken } from './cpanel-links';
import { explainInput, type ExplainView } from './explain-bounce';
import { bounceForm, type BounceForm } from './bounce-form';
import { bounceWords } from './bounce-words';
import { buildAccountHistory, runsFromFile, type AccountHistoryView } from './history-view';
import { checkedForm, formBody, Handled, HttpProblem, wrap } from './http-problem';
import { UI } from './i18n';
import { fixRoutes, fixThisHref } from './fix-routes';
import { fixWords } from './fix-words';
import type { PageKit } from './page-kit';
import { buildReportView, parseFilter } from './report-view';

const FEATURE_NAME = 'mail_doctor';

interface CpanelContext {
  readonly session: CpanelSession;
  readonly lang: Lang;
  readonly chrome: ChromeDom | undefined;
}

/** Who, which language, which chrome; refuses when the feature is off or another account is asked for. */
async function cpanelContext(kit: PageKit, req: Request, res: Response): Promise<CpanelContext> {
  const session = kit.options.cpanelSession?.(req);
  if (session === undefined) throw new HttpProblem(404, 'not-found');
  // The account is the session's; a request naming any other is refused, not quietly ignored.
  const asked = ([] as unknown[]).concat(req.query.user ?? []);
  if (asked.some((u) => u !== session.user)) throw new HttpProblem(403, 'account');
  const gateway = session.openGateway();
  try {
    // LiveAPI answers one call at a time anyway; keep the order simple.
    const feature = await hasFeature(gateway, FEATURE_NAME).catch(() => 'unknown' as const);
    const locale = await getLocale(gateway).catch(() => undefined);
    const lang = kit.chooseLang(req, res, locale);
    const chrome = kit.trustChrome(res, await getChrome(gateway, UI[lang].appName, FEATURE_NAME).catch(() => undefined));
    if (feature === 'disabled') {
      await kit.sendProblem(req, res, new HttpProblem(403, 'feature'), lang, chrome);
      throw new Handled();
    }
    return { session, lang, chrome };
  } finally {
    await gateway.close();
  }
}

async function cpanelPage(kit: PageKit, req: Request, res: Response, explained: ExplainView | undefined, ctx: CpanelContext): Promise<void> {
  const { options } = kit;
  const { session, lang } = ctx;
  const result = await options.audits.report(session.user);
  const prefix = `${kit.root}${req.baseUrl}`;
  const report = buildReportView(result.report, {
    lang,
    profile: options.profile,
    filter: parseFilter(req.query as Record<string, unknown>),
    selfHref: `${prefix}/`,
    cpanelToken: safeSecurityToken(session.securityToken),
    ...(options.fixes === undefined ? {} : { fixThis: { label: fixWords(lang).fixThis, href: fixThisHref(prefix) } }),
  });
  // Only ever the session's own account: the reader is fixed to one file (CGI) or asks the store for this user (sandbox).
  const ownHistory = options.ownHistory;
  const own = ownHistory === undefined ? undefined : await kit.fromHistory('own history', () => ownHistory(session.user));
  const history: AccountHistoryView | undefined = own === undefined ? undefined : buildAccountHistory(lang, runsFromFile(own));
  const setup = options.mailSetup === undefined ? undefined : await options.mailSetup(session);
  await kit.send(res, 200, 'cpanel', {
    frame: kit.frame(req, lang, UI[lang].appName, ctx.chrome),
    report,
    ownHistory: history ?? null,
    mailSetup: setup === undefined ? null : buildMailSetupView(setup, lang),
    explain: {
      action: `${prefix}/explain`,
      csrf: options.csrf.tokenFor(`cpanel:${session.user}`),
      text: explained?.text ?? '',
      result: explained,
      words: bounceWords(lang),
    },
  });
}

/** `POST /explain`: a pasted bounce, explained against the account's own report. */
function explainRoute(kit: PageKit) {
  return wrap(async (req, res) => {
    const { options } = kit;
    const session = options.cpanelSession?.(req);
    if (session === undefined) throw new HttpProblem(404, 'not-found');
    const body = checkedForm(req, (b) => options.csrf.verify(`cpanel:${session.user}`, b.csrf));
    const ctx = await cpanelContext(kit, req, res);
    // A pasted text or an uploaded .eml (bounce-form.ts reads the upload in memory only: never stored or logged).
    const form = body as Partial<BounceForm>;
    const input = { text: typeof form.text === 'string' ? form.text : '', ...(Buffer.isBuffer(form.upload) ? { upload: form.upload } : {}), ...(form.tooLarge === true ? { tooLarge: true } : {}) };
    const report = await options.audits.report(session.user);
    await cpanelPage(kit, req, res, await explainInput(input, ctx.lang, options.profile, report.report.findings), ctx);
  });
}

export function cpanelRouter(kit: PageKit): Router {
  const router = express.Router({ mergeParams: true });
  router.get(
    '/',
    wrap(async (req, res) => {
      const ctx = await cpanelContext(kit, req, res);
      await cpanelPage(kit, req, res, undefined, ctx);
    }),
  );
  router.post('/explain', bounceForm(), formBody(), explainRoute(kit));
  fixRoutes(kit, router, {
    mount: '',
    here: () => '',
    csrfKey: (req) => {
      const session = kit.options.cpanelSession?.(req);
      if (session === undefined) throw new HttpProblem(404, 'not-found');
      return `cpanel:${session.user}`;
    },
    scope: async (req, res) => {
      const fixes = kit.options.fixes;
      if (fixes === undefined) throw new HttpProblem(404, 'not-found');
      const ctx = await cpanelContext(kit, req, res);
      // The account is the session's own; cPanel (LiveAPI, or the account's own token) enforces it once more.
      const token = safeSecurityToken(ctx.session.securityToken);
      return { account: ctx.session.user, actor: ctx.session.user, lang: ctx.lang, chrome: ctx.chrome, audience: 'customer', fixes, ...(token === undefined ? {} : { cpanelToken: token }) };
    },
  });
  return router;
}
