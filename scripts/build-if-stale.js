#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/ only when it is older than what it is built from: `npm ci`
 * has just built it (the prepare script), and `npm start` right after should
 * not spend another minute in tsc. "Older" is by modification time: the
 * newest file under src/ (and the TypeScript settings and package.json)
 * against the stamp the last build left (dist/.build-stamp).
 *
 * Usage: node scripts/build-if-stale.js         build when stale
 *        node scripts/build-if-stale.js --stamp  record that dist/ is current (after a build)
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join(ROOT, 'dist', '.build-stamp');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** @param {string} p @returns {number} */
function newest(p) {
  let info;
  try {
    info = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of fs.readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

if (process.argv.includes('--stamp')) {
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  process.exit(0);
}

const built = newest(STAMP);
const sources = Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))));
if (built > 0 && built >= sources) {
  process.stdout.write('dist/ is up to date; not building again.\n');
  process.exit(0);
}
process.stdout.write('Building dist/ (npm run build)…\n');
const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
