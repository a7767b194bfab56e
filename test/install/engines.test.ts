/**
 * The README promises Node.js 20.19: every package in the lock file (what
 * `npm ci` installs) must accept it, or `npm ci` warns EBADENGINE and the
 * package may use what 20.19 does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// npm's own version logic (semver, which ts-jest depends on); untyped, so its two functions are typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };

const REPO = join(__dirname, '..', '..');

describe('the promised Node.js version', () => {
  it('when npm ci installs the lock file, then every package accepts the Node.js version package.json promises', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
    const promised = semver.minVersion(pkg.engines.node)!.version;
    expect(promised).toBe('20.19.0');
    const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, p]) => {
        const wanted = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return wanted !== undefined && !semver.satisfies(promised, wanted) ? [`${name}@${p.version ?? '?'} wants node ${wanted}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
