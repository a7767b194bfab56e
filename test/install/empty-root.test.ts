/**
 * install.sh on a real server runs with an empty root prefix (no --root). The
 * other install tests always pass --root; here the real code path runs with
 * ROOT empty, inside a throw-away filesystem: a private mount namespace
 * (`unshare -m`) with a tmpfs over /usr/local and overlays over /etc and /var
 * whose writes land in a temporary directory. The real /usr/local, /etc and
 * /var of this machine are never written. Needs root (mounts); without root
 * the test is skipped and the skip reporter names it in the summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR, AS_ROOT, CONFIG_FILE, REPO, STATE_DIR, THEME_DIR, UNIT_FILE, WHM_CGI, WHM_ICON, makeFakeRelease, makeFakeServer, runInstaller, type FakeServer } from './fake-server';

const canMount = AS_ROOT && spawnSync('unshare', ['-m', 'true']).status === 0;
const rootTest = canMount ? test : test.skip;

let server: FakeServer | undefined;
afterAll(() => {
  if (server !== undefined) rmSync(server.base, { recursive: true, force: true });
});

/** Runs SCRIPT (bash) in a private mount namespace where /usr/local, /etc and /var are throw-away copies. */
function inThrowAwayFilesystem(base: string, script: string): { status: number | null; stdout: string; stderr: string } {
  for (const d of ['etc-up', 'etc-work', 'var-up', 'var-work']) mkdirSync(join(base, d), { recursive: true });
  const setup = [
    'set -euo pipefail',
    'mount --make-rprivate /',
    'mount -t tmpfs mail-doctor-test /usr/local',
    `mount -t overlay overlay -o lowerdir=/etc,upperdir=${base}/etc-up,workdir=${base}/etc-work /etc`,
    `mount -t overlay overlay -o lowerdir=/var,upperdir=${base}/var-up,workdir=${base}/var-work /var`,
    script,
  ].join('\n');
  const result = spawnSync('unshare', ['-m', '--propagation', 'private', '/bin/bash', '-c', setup], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('install.sh with an empty root prefix (a real server)', () => {
  rootTest('when --uninstall --purge runs without --root, then it removes every file and exits 0', () => {
    server = makeFakeServer({ eaNode: true });
    const release = makeFakeRelease(server.base);
    const installed = runInstaller(join(release.dir, 'install.sh'), server, []);
    if (installed.status !== 0) throw new Error(`install into the fake root failed:\n${installed.stdout}\n${installed.stderr}`);
    // systemctl is found on PATH when there is no --root: a recording stub first on PATH.
    const bin = join(server.base, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'systemctl'), `#!/bin/sh\n{ printf 'systemctl'; for a in "$@"; do printf ' %s' "$a"; done; printf '\\n'; } >> '${server.callLog}'\n`);
    chmodSync(join(bin, 'systemctl'), 0o755);
    server.clearCalls();
    const paths = [APP_DIR, THEME_DIR, WHM_CGI, WHM_ICON, UNIT_FILE, CONFIG_FILE, STATE_DIR].map((p) => `/${p}`);
    const result = inThrowAwayFilesystem(
      server.base,
      [
        // The installed tree, copied to where a real server has it.
        `cp -a ${server.root}/usr/local/. /usr/local/`,
        `cp -a ${server.root}/etc/. /etc/`,
        `cp -a ${server.root}/var/. /var/`,
        `for p in ${paths.join(' ')}; do [[ -e $p ]] || { echo "not in place: $p"; exit 3; }; done`,
        'set +e',
        `env -i PATH=${bin}:/usr/bin:/bin HOME=${server.base} /bin/bash ${release.dir}/install.sh --uninstall --purge`,
        'status=$?',
        `for p in ${paths.join(' ')}; do [[ -e $p ]] && echo "LEFT $p"; done`,
        'echo "status=$status"',
      ].join('\n'),
    );
    expect(result.stderr).not.toMatch(/parameter null or not set/);
    expect(result.stdout).toContain('status=0');
    expect(result.stdout).not.toContain('LEFT ');
    expect(result.stdout).not.toContain('not in place');
    expect(result.stdout).toContain('Mail Doctor is removed');
    expect(readFileSync(server.callLog, 'utf8')).toMatch(/systemctl stop mail-doctor/);
  }, 180_000);
});

describe('an empty --root', () => {
  test.each([[['--root', '']], [['--root=']], [['--root=', '--uninstall']]])('when given %j, then it is a usage error and nothing is touched', (args) => {
    const result = spawnSync('/bin/bash', [join(REPO, 'install.sh'), ...args], { encoding: 'utf8', env: { PATH: '' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--root=? needs a directory, not an empty string/);
  });
});
