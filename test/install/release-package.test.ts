/**
 * `npm run package` (scripts/package.sh) and the production package list it
 * and install.sh share: the release holds what install.sh needs, offline,
 * and no devDependency.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_DIR, REPO, makeFakeServer, runInstaller, type FakeServer } from './fake-server';

const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function productionPackages(dir: string): { status: number | null; list: string[]; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts/production-packages.js'), dir], { encoding: 'utf8' });
  return { status: result.status, list: result.stdout.split('\n').filter((l) => l !== ''), stderr: result.stderr };
}

describe('scripts/production-packages.js', () => {
  test('when run on this repository, then it lists every dependency and no devDependency', () => {
    const { status, list } = productionPackages(REPO);
    expect(status).toBe(0);
    for (const dep of Object.keys(packageJson.dependencies)) expect(list).toContain(`node_modules/${dep}`);
    for (const dev of Object.keys(packageJson.devDependencies)) expect(list).not.toContain(`node_modules/${dev}`);
    expect(list).not.toContain('node_modules/jest');
    expect(list).not.toContain('node_modules/typescript');
  });

  test('when a production package is missing from node_modules, then it fails and says npm ci', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-doctor-lock-'));
    try {
      writeFileSync(
        join(dir, 'package-lock.json'),
        JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/absent': { version: '1.0.0' } } }),
      );
      const { status, stderr } = productionPackages(dir);
      expect(status).toBe(1);
      expect(stderr).toContain('node_modules/absent');
      expect(stderr).toContain('npm ci');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run package', () => {
  let out: string;
  let server: FakeServer;
  let archive: string;
  let listing: string[];

  beforeAll(() => {
    if (!existsSync(join(REPO, 'dist/cli/main.js'))) {
      throw new Error('dist/ is not built: run `npm run build` before these tests (npm test does)');
    }
    out = mkdtempSync(join(tmpdir(), 'mail-doctor-release-'));
    const result = spawnSync('/bin/bash', [join(REPO, 'scripts/package.sh'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) throw new Error(`package.sh failed:\n${result.stdout}\n${result.stderr}`);
    archive = join(out, `mail-doctor-${packageJson.version}.tar.gz`);
    listing = spawnSync('tar', ['-tzf', archive], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.split('\n');
    server = makeFakeServer({ eaNode: true });
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    if (server !== undefined) rmSync(server.base, { recursive: true, force: true });
  });

  test('when the release is built, then it has the installer, the built app, the plugin and a checksum file', () => {
    const top = `mail-doctor-${packageJson.version}/`;
    for (const rel of [
      'install.sh',
      'package.json',
      'package-lock.json',
      'bin/mail-doctor',
      'dist/cli/main.js',
      'plugin/cpanel/install.json',
      'plugin/cpanel/index.live.cgi',
      'plugin/whm/index.cgi',
      'plugin/whm/mail_doctor.conf',
      'plugin/icons/mail_doctor.png',
      'plugin/icons/mail_doctor.svg',
      'plugin/systemd/mail-doctor.service',
      'plugin/config/config.yaml',
      'scripts/production-packages.js',
    ]) {
      expect(listing).toContain(`${top}${rel}`);
    }
    expect(readFileSync(`${archive}.sha256`, 'utf8')).toMatch(new RegExp(`^[0-9a-f]{64}  mail-doctor-${packageJson.version}\\.tar\\.gz\\n$`));
  });

  test('when the release is built, then it has every production dependency and no devDependency', () => {
    const top = `mail-doctor-${packageJson.version}/node_modules/`;
    for (const dep of Object.keys(packageJson.dependencies)) expect(listing).toContain(`${top}${dep}/package.json`);
    for (const dev of [...Object.keys(packageJson.devDependencies), 'jest', 'typescript', 'ts-jest']) {
      expect(listing.filter((path) => path.startsWith(`${top}${dev}/`))).toEqual([]);
    }
    expect(listing.some((path) => path.startsWith(`${top}.bin/`))).toBe(false);
    // Sources and tests stay in the repository.
    expect(listing.some((path) => /^[^/]+\/(src|test)\//.test(path))).toBe(false);
    // So do the benchmarks.
    expect(listing.filter((path) => /^[^/]+\/dist(-bench)?\/bench\//.test(path) || /^[^/]+\/dist-bench\//.test(path))).toEqual([]);
  });

  test('when the release is unpacked on a server, then install.sh installs from it and a second run changes nothing', () => {
    const unpacked = join(out, 'unpacked');
    mkdirSync(unpacked);
    expect(spawnSync('tar', ['-xzf', archive, '-C', unpacked]).status).toBe(0);
    const script = join(unpacked, `mail-doctor-${packageJson.version}`, 'install.sh');
    const first = runInstaller(script, server, []);
    expect(first.stderr).not.toContain('error');
    expect(first.status).toBe(0);
    expect(existsSync(server.path(`${APP_DIR}/node_modules/yaml/package.json`))).toBe(true);
    expect(existsSync(server.path(`${APP_DIR}/node_modules/jest`))).toBe(false);
    const second = runInstaller(script, server, []);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Nothing changed');
  });
});
