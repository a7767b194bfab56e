/**
 * "Open this account's cPanel" from the WHM pages: a one-time cPanel login
 * (WHM API 1 create_user_session) for an account this WHM user may see.
 * Creating a session is a state change, so it is a POST with the CSRF token
 * (then the WHM ACL, then the account rules of the drill-down), answered with
 * a 303 to the session's URL; a GET never makes one.
 */
import type { Request, Response, Router } from 'express';
import { CpanelCallError } from '../cpanel/errors';
import { checkedForm, formBody, HttpProblem, wrap } from './http-problem';
import { fill, UI } from './i18n';
import type { PageKit } from './page-kit';
import { visibleAccount, whmContext, whmSessionOf, type WhmContext } from './whm-context';

/** The form a WHM page shows for one account, or null when this WHM cannot make cPanel sessions. */
interface CpanelSessionForm {
  readonly action: string;
  readonly csrf: string;
  readonly label: string;
}

export function cpanelSessionAction(prefix: string, user: string): string {
  return `${prefix}/accounts/${encodeURIComponent(user)}/cpanel-session`;
}

export function cpanelSessionForm(kit: PageKit, ctx: WhmContext, prefix: string, user: string): CpanelSessionForm | null {
  if (ctx.session.openCpanel === undefined) return null;
  return { action: cpanelSessionAction(prefix, user), csrf: kit.options.csrf.tokenFor(`whm:${ctx.session.user}`), label: fill(UI[ctx.lang].whmOpenCpanelFor, { user }) };
}

async function openCpanel(kit: PageKit, req: Request, res: Response): Promise<void> {
  const session = whmSessionOf(kit, req);
  checkedForm(req, (b) => kit.options.csrf.verify(`whm:${session.user}`, b.csrf));
  const ctx = await whmContext(kit, req, res);
  const account = await visibleAccount(ctx, String(req.params.user));
  if (ctx.session.openCpanel === undefined) throw new HttpProblem(404, 'not-found');
  let url: string;
  try {
    url = (await ctx.session.openCpanel({ user: account.user })).url;
  } catch (error) {
    kit.log(`mail-doctor: cPanel session for ${account.user} not created: ${(error as Error).message}`);
    // cPanel's own reason when it gave one; otherwise what went wrong on the way (the message names the call).
    const reason = error instanceof CpanelCallError && error.errors.length > 0 ? error.errors.join('; ') : (error as Error).message;
    throw new HttpProblem(502, 'cpanel-session', fill(UI[ctx.lang].cpanelSessionDetail, { user: account.user, reason }));
  }
  res.redirect(303, url);
}

export function cpanelSessionRoutes(kit: PageKit, router: Router): void {
  router.post('/accounts/:user/cpanel-session', formBody(), wrap((req, res) => openCpanel(kit, req, res)));
}
