/** Who a WHM page is for and what they may see: the session, the ACL check, the accounts a reseller owns. */
import type { Request, Response } from 'express';
import type { ChromeDom } from '../cpanel/account-info';
import { hasAcl, type WhmAccount, type WhmPrivileges } from '../cpanel/whm-accounts';
import type { Lang } from '../kb/types';
import type { WhmSession } from './app-options';
import { Handled, HttpProblem } from './http-problem';
import { UI } from './i18n';
import type { PageKit } from './page-kit';

export interface WhmContext {
  readonly session: WhmSession;
  readonly lang: Lang;
  readonly privileges: WhmPrivileges;
  readonly chrome: ChromeDom | undefined;
}

export function whmSessionOf(kit: PageKit, req: Request): WhmSession {
  const session = kit.options.whmSession?.(req);
  if (session === undefined) throw new HttpProblem(404, 'not-found');
  return session;
}

/** The session, language and chrome; refuses (the problem page, sent) without the `mailcheck` ACL. */
export async function whmContext(kit: PageKit, req: Request, res: Response): Promise<WhmContext> {
  const session = whmSessionOf(kit, req);
  const lang = kit.chooseLang(req, res);
  const whmChrome = kit.options.whmChrome;
  const chrome = kit.trustChrome(res, whmChrome === undefined ? undefined : await whmChrome(UI[lang].whmTitle, session.user).catch(() => undefined));
  const privileges = await session.privileges();
  if (!hasAcl(privileges, 'mailcheck')) {
    await kit.sendProblem(req, res, new HttpProblem(403, 'acl'), lang, chrome);
    throw new Handled();
  }
  return { session, lang, privileges, chrome };
}

/** Root (or `all`) sees every account; a reseller the ones it owns (WhmAccount.owner) and its own. */
export function visible(accounts: readonly WhmAccount[], session: WhmSession, privileges: WhmPrivileges): WhmAccount[] {
  return privileges.all ? [...accounts] : accounts.filter((a) => a.owner === session.user || a.user === session.user);
}

/** The account a drill-down names, when this WHM user may see it: 404 for root when there is none, 403 otherwise. */
export async function visibleAccount(ctx: WhmContext, user: string): Promise<WhmAccount> {
  const account = (await ctx.session.listAccounts()).find((a) => a.user === user);
  if (account === undefined) throw new HttpProblem(ctx.privileges.all ? 404 : 403, ctx.privileges.all ? 'not-found' : 'account');
  if (visible([account], ctx.session, ctx.privileges).length === 0) throw new HttpProblem(403, 'account');
  return account;
}
