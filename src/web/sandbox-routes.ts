/** The sandbox's start page: every demo account's cPanel page, and WHM as root and as each reseller. */
import type { Request, Response } from 'express';
import { fill, UI } from './i18n';
import type { PageKit } from './page-kit';

export async function sandboxIndex(kit: PageKit, req: Request, res: Response): Promise<void> {
  const { root } = kit;
  const lang = kit.chooseLang(req, res);
  const t = UI[lang];
  const dir = kit.options.sandbox ?? { accounts: [], whmUsers: [] };
  await kit.send(res, 200, 'sandbox', {
    frame: kit.frame(req, lang, t.sandboxTitle, undefined),
    accounts: dir.accounts.map((a) => ({ user: a.user, purpose: a.purpose, href: `${root}/sandbox/cpanel/${encodeURIComponent(a.user)}/` })),
    whm: dir.whmUsers.map((u) => ({
      label: fill(t.sandboxWhmAs, { user: u }),
      href: u === 'root' ? `${root}/whm/` : `${root}/sandbox/whm/${encodeURIComponent(u)}/`,
    })),
  });
}
