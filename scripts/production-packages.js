#!/usr/bin/env node
// @ts-check
/**
 * Prints the node_modules directories the application needs at run time, one
 * per line, relative to DIR: every package in DIR/package-lock.json that is
 * not a development dependency and is present on disk. install.sh and
 * scripts/package.sh copy exactly these, so neither jest nor typescript ever
 * reaches a server, and no registry is asked (works offline).
 *
 * Usage: node scripts/production-packages.js DIR
 *
 * Reads the "packages" map of lockfile version 2 and 3 (npm 7 and later),
 * where npm marks dev-only packages with "dev" or "devOptional". A package
 * nested inside one already listed is covered by its parent's directory and
 * is not printed again.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {string} dir
 * @returns {string[]}
 */
function productionPackages(dir) {
  const lockPath = path.join(dir, 'package-lock.json');
  /** @type {{ lockfileVersion?: number, packages?: Record<string, { dev?: boolean, devOptional?: boolean, optional?: boolean, link?: boolean }> }} */
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  if (lock.packages === undefined || (lock.lockfileVersion ?? 0) < 2) {
    throw new Error(`${lockPath}: lockfile version 2 or 3 needed (npm 7 or later)`);
  }
  const production = Object.entries(lock.packages).filter(
    ([key, entry]) =>
      key.startsWith('node_modules/') && entry.dev !== true && entry.devOptional !== true && entry.link !== true,
  );
  // An optional package (a platform-specific binary, say) may be absent; any
  // other absent package would make a broken installation.
  const missing = production.filter(([key, entry]) => entry.optional !== true && !fs.existsSync(path.join(dir, key)));
  if (missing.length > 0) {
    throw new Error(`missing in ${dir}: ${missing.map(([key]) => key).join(', ')} (run npm ci there first)`);
  }
  const wanted = production
    .map(([key]) => key)
    .filter((key) => fs.existsSync(path.join(dir, key)))
    .sort();
  return wanted.filter((key) => !wanted.some((other) => key.startsWith(`${other}/`)));
}

if (require.main === module) {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write('usage: production-packages.js DIR\n');
    process.exitCode = 2;
  } else {
    try {
      const list = productionPackages(dir);
      process.stdout.write(list.length > 0 ? `${list.join('\n')}\n` : '');
    } catch (error) {
      process.stderr.write(`production-packages: ${/** @type {Error} */ (error).message}\n`);
      process.exitCode = 1;
    }
  }
}

module.exports = { productionPackages };
