/**
 * The one express app behind every way in (architecture.md): routes →
 * services → view models → EJS. What differs per mode is passed in
 * (app-options.ts): who the visitor is (a session resolver the request
 * cannot influence in CGI mode), where reports come from, and the URL prefix
 * the pages live under. The routes themselves are small routers: assets,
 * the cPanel page (with the explainer), the WHM pages (with the history and
 * "audit now"), the sandbox's start page.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppOptions } from './app-options';
import { assetRouter } from './asset-routes';
import { cpanelRouter } from './cpanel-routes';
import { HttpProblem, wrap } from './http-problem';
import { UI } from './i18n';
import { createPageKit, type PageKit } from './page-kit';
import { sandboxIndex } from './sandbox-routes';
import { securityHeaders } from './security';
import { whmRouter } from './whm-routes';

export type { AppOptions, WhmSession } from './app-options';

function mountPages(app: express.Express, kit: PageKit): void {
  const refuse = (status: 403 | 404, kind: HttpProblem['kind']) => () => {
    throw new HttpProblem(status, kind);
  };
  switch (kit.options.mode) {
    case 'cpanel':
      // A cPanel page is one account's; the server views are not reachable from it.
      app.use('/whm', refuse(403, 'forbidden'));
      app.use('/', cpanelRouter(kit));
      break;
    case 'whm':
    case 'serve':
      app.get('/', (_req, res) => res.redirect(303, `${kit.root}/whm`));
      app.use('/whm', whmRouter(kit));
      break;
    case 'sandbox':
      app.get('/', wrap((req, res) => sandboxIndex(kit, req, res)));
      app.use('/sandbox/cpanel/:account', cpanelRouter(kit));
      app.use('/sandbox/whm/:whmUser', whmRouter(kit));
      app.use('/whm', whmRouter(kit));
      break;
  }
}

/** Express knows an error handler by its four parameters. */
function errorHandler(kit: PageKit) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const lang = kit.chooseLang(req, res);
    if (res.headersSent) return;
    if (error instanceof HttpProblem) {
      kit.sendProblem(req, res, error, lang).catch((e: unknown) => res.status(500).type('text').send(String((e as Error).message)));
      return;
    }
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
    if (status === 413 || status === 400 || status === 415) {
      res.status(status).type('text').send(status === 413 ? 'Request too large\n' : 'Bad request\n');
      return;
    }
    kit.log(`mail-doctor: ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
    const t = UI[lang];
    kit
      .send(res, 500, 'problem', { frame: kit.frame(req, lang, t.errorTitle, undefined), problem: { title: t.errorTitle, message: t.serverErrorText, status: 500 } })
      .catch(() => res.status(500).type('text').send('Internal error\n'));
  };
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  const kit = createPageKit(options);
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use(assetRouter(kit.assets));
  mountPages(app, kit);
  app.use((_req: Request, _res: Response, next: NextFunction) => next(new HttpProblem(404, 'not-found')));
  app.use(errorHandler(kit));
  return app;
}
