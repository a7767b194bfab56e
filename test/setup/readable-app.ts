/**
 * A copy of the built command that any user can read, for tests that run it
 * as an unprivileged user (runuser -u nobody): the checkout itself may be in
 * a private (0700) folder. Holds bin/, dist/, package.json and the
 * production packages (scripts/production-packages.js, as a release does),
 * and the sandbox's scenarios and provider profile.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.join(__dirname, '..', '..');

export interface ReadableApp {
  /** The copy's bin/mail-doctor. */
  readonly cli: string;
  /** The copy's sandbox provider profile (src/sandbox/scenarios/demo-profile.yaml). */
  readonly profile: string;
  remove(): void;
}

export function readableAppCopy(): ReadableApp {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mail-doctor-app-'));
  for (const part of ['bin', 'dist', 'package.json', path.join('src', 'sandbox', 'scenarios')]) cpSync(path.join(REPO, part), path.join(dir, part), { recursive: true });
  const packages = execFileSync(process.execPath, [path.join(REPO, 'scripts', 'production-packages.js'), REPO], { encoding: 'utf8' })
    .split('\n')
    .filter((p) => p !== '');
  for (const p of packages) cpSync(path.join(REPO, p), path.join(dir, p), { recursive: true });
  // Whatever the umask of the checkout was: readable (and folders enterable) by everyone.
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return { cli: path.join(dir, 'bin', 'mail-doctor'), profile: path.join(dir, 'src', 'sandbox', 'scenarios', 'demo-profile.yaml'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
