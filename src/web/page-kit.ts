/**
 * What every router of the app shares, made once per app from its options:
 * the language of a request, the frame every page template gets, sending a
 * page or a problem page, cPanel's chrome with this response's nonce, and
 * reading the daemon's history without ever breaking a page.
 */
import { localPath } from './local-href';
import type { Request, Response } from 'express';
import type { ChromeDom, LocaleAttributes } from '../cpanel/account-info';
import type { Lang } from '../kb/types';
import type { HistoryStore } from '../store/history-store';
import type { AppOptions } from './app-options';
import { loadAssets, type AssetSet } from './assets';
import { isHistorySource, storeHistory, type HistorySource } from './history-source';
import { HttpProblem, firstQueryValue } from './http-problem';
import { isLangValue, langFromAcceptLanguage, langFromLocale, UI, type UiText } from './i18n';
import { renderPage } from './render';
import { addNonce, newNonce, parseCookies, policyWithNonce } from './security';

const LANG_COOKIE = 'mail_doctor_lang';

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

export interface PageKit {
  readonly options: AppOptions;
  readonly assets: AssetSet;
  /** The external URL prefix of the app. */
  readonly root: string;
  readonly log: (message: string) => void;
  readonly clock: () => number;
  readonly history: HistorySource | undefined;
  chooseLang(req: Request, res: Response, locale?: LocaleAttributes): Lang;
  frame(req: Request, lang: Lang, title: string, chrome: ChromeDom | undefined): Frame;
  send(res: Response, status: number, page: string, data: object): Promise<void>;
  sendProblem(req: Request, res: Response, problem: HttpProblem, lang: Lang, chrome?: ChromeDom): Promise<void>;
  trustChrome(res: Response, chrome: ChromeDom | undefined): ChromeDom | undefined;
  /** The history store to read, or undefined (none, or it cannot be opened: logged). */
  historyReader(): Promise<HistoryStore | undefined>;
  /** A history read that fails shows as "no history", logged — never a broken page. */
  fromHistory<T>(what: string, read: () => Promise<T>): Promise<T | undefined>;
}

/** The current URL with `lang` set: the other query parameters (the filter) stay. */
function langLinks(req: Request, root: string, lang: Lang): LangLink[] {
  // The path comes from the request: `//evil.example/x` must not become a link to another site.
  const path = localPath(`${root}${req.baseUrl}${req.path}`);
  return (['nl', 'en'] as const).map((l) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(req.query)) if (k !== 'lang' && typeof v === 'string') params.set(k, v);
    params.set('lang', l);
    return { lang: l, label: l === 'nl' ? 'Nederlands' : 'English', href: `${path}?${params.toString()}`, current: l === lang };
  });
}

function chooseLang(req: Request, res: Response, locale?: LocaleAttributes): Lang {
  const asked = firstQueryValue(req.query.lang);
  if (isLangValue(asked)) {
    res.cookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400_000 });
    return asked;
  }
  const cookie = parseCookies(req.get('cookie'))[LANG_COOKIE];
  if (isLangValue(cookie)) return cookie;
  return langFromLocale(locale?.locale) ?? langFromAcceptLanguage(req.get('accept-language')) ?? 'en';
}

/** cPanel's chrome with this response's nonce on its own scripts and styles, and the policy that allows them. */
function trustChrome(res: Response, chrome: ChromeDom | undefined): ChromeDom | undefined {
  if (chrome === undefined) return undefined;
  const nonce = newNonce();
  res.set('Content-Security-Policy', policyWithNonce(nonce));
  return { header: addNonce(chrome.header, nonce), footer: addNonce(chrome.footer, nonce) };
}

async function send(res: Response, status: number, page: string, data: object): Promise<void> {
  const html = await renderPage(page, data);
  res.status(status).type('html').send(html);
}

export function createPageKit(options: AppOptions): PageKit {
  const assets = options.assets ?? loadAssets();
  const root = options.basePath ?? '';
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const history: HistorySource | undefined =
    options.history === undefined ? undefined : isHistorySource(options.history) ? options.history : storeHistory(options.history);

  const frame = (req: Request, lang: Lang, title: string, chrome: ChromeDom | undefined): Frame => ({
    lang,
    t: UI[lang],
    title,
    css: `${root}/assets/${assets.css}`,
    js: `${root}/assets/${assets.js}`,
    chrome,
    langLinks: langLinks(req, root, lang),
    sandbox: options.mode === 'sandbox' ? { homeHref: `${root}/` } : undefined,
    homeHref: `${root}/`,
  });

  return {
    options,
    assets,
    root,
    log,
    clock: options.clock ?? Date.now,
    history,
    chooseLang,
    frame,
    send,
    trustChrome,
    async sendProblem(req, res, problem, lang, chrome) {
      const t = UI[lang];
      const words: Record<HttpProblem['kind'], [string, string]> = {
        acl: [t.forbiddenTitle, t.forbiddenAcl],
        account: [t.forbiddenTitle, t.forbiddenAccount],
        csrf: [t.forbiddenTitle, t.forbiddenCsrf],
        feature: [t.featureOffTitle, t.featureOffText],
        forbidden: [t.forbiddenTitle, t.forbiddenText],
        'not-found': [t.notFoundTitle, t.notFoundText],
        'no-daemon': [t.auditNowRefusedTitle, t.auditNowNoDaemon],
        'cpanel-session': [t.cpanelSessionFailedTitle, t.cpanelSessionFailedText],
      };
      const [title, message] = words[problem.kind];
      await send(res, problem.status, 'problem', {
        frame: frame(req, lang, title, chrome),
        problem: { title, message, status: problem.status, detail: problem.detail ?? '' },
      });
    },
    async historyReader() {
      if (history === undefined) return undefined;
      try {
        return await history.reader();
      } catch (error) {
        log(`mail-doctor: history not shown: ${(error as Error).message}`);
        return undefined;
      }
    },
    async fromHistory<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
      try {
        return await read();
      } catch (error) {
        log(`mail-doctor: ${what} not read from the history store: ${(error as Error).message}`);
        return undefined;
      }
    },
  };
}
