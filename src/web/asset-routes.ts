/** The stylesheet and script under content-hashed names (cached a year), and an empty favicon. */
import express, { type Router } from 'express';
import type { AssetSet } from './assets';
import { HttpProblem } from './http-problem';

export function assetRouter(assets: AssetSet): Router {
  const router = express.Router();
  // Browsers ask for it on every page that names none (cPanel's chrome may not); an empty answer, not a 404.
  router.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').status(204).end();
  });
  router.get('/assets/:file', (req, res) => {
    const asset = assets.byUrlName(String(req.params.file));
    if (asset === undefined) throw new HttpProblem(404, 'not-found');
    res.set('Cache-Control', 'public, max-age=31536000, immutable').type(asset.contentType).send(asset.body);
  });
  return router;
}
