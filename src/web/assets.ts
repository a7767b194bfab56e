/**
 * The pages' own CSS and JavaScript, served by the app (nothing from the
 * internet). Each file's URL carries a hash of its content, so browsers may
 * keep it for a year and a new version is a new URL.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../util/package-root';

interface Asset {
  readonly urlName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export interface AssetSet {
  readonly css: string;
  readonly js: string;
  byUrlName(name: string): Asset | undefined;
}

/** templates/ at the package's root, whether run from src/web (ts-jest), dist/web or the benchmarks' build. */
export function templatesDirectory(): string {
  return path.join(packageRoot(), 'templates');
}

const FILES: ReadonlyArray<{ key: 'css' | 'js'; file: string; contentType: string }> = [
  { key: 'css', file: 'mail-doctor.css', contentType: 'text/css; charset=utf-8' },
  { key: 'js', file: 'mail-doctor.js', contentType: 'text/javascript; charset=utf-8' },
];

export function loadAssets(directory = path.join(templatesDirectory(), 'assets')): AssetSet {
  const byName = new Map<string, Asset>();
  const names: Record<'css' | 'js', string> = { css: '', js: '' };
  for (const f of FILES) {
    const body = readFileSync(path.join(directory, f.file));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const ext = path.extname(f.file);
    const urlName = `${path.basename(f.file, ext)}.${hash}${ext}`;
    byName.set(urlName, { urlName, contentType: f.contentType, body });
    names[f.key] = urlName;
  }
  return { css: names.css, js: names.js, byUrlName: (name) => byName.get(name) };
}
