/**
 * `npm start` builds only when dist/ is older than its sources: right after
 * `npm ci` (which builds) it starts at once. The real script in a throw-away
 * project whose "build" only leaves a mark.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.join(__dirname, '..', '..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'md-build-stale-'));
  mkdirSync(path.join(dir, 'scripts'));
  copyFileSync(path.join(REPO, 'scripts', 'build-if-stale.js'), path.join(dir, 'scripts', 'build-if-stale.js'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'main.ts'), 'export {};\n');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'x', version: '1.0.0', scripts: { build: 'node -e "require(\'fs\').writeFileSync(\'built\', \'\')" && node scripts/build-if-stale.js --stamp' } }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = () => spawnSync(process.execPath, [path.join(dir, 'scripts', 'build-if-stale.js')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

describe('build-if-stale (npm start)', () => {
  it('when there was no build yet, then it builds and leaves the stamp', () => {
    expect(run().status).toBe(0);
    expect(existsSync(path.join(dir, 'built'))).toBe(true);
    expect(existsSync(path.join(dir, 'dist', '.build-stamp'))).toBe(true);
  });

  it('when the build is newer than every source, then it does not build again; a newer source builds', () => {
    expect(run().status).toBe(0);
    rmSync(path.join(dir, 'built'));
    const now = Math.floor(Date.now() / 1000);
    for (const f of ['src/main.ts', 'src', 'package.json']) setTime(path.join(dir, f), now - 600);
    setTime(path.join(dir, 'dist', '.build-stamp'), now - 60);
    const current = run();
    expect(current.stdout).toContain('up to date');
    expect(existsSync(path.join(dir, 'built'))).toBe(false);
    setTime(path.join(dir, 'src', 'main.ts'), now);
    expect(run().status).toBe(0);
    expect(existsSync(path.join(dir, 'built'))).toBe(true);
  });
});
