/**
 * install.sh against a fake cPanel & WHM server (--root): install, a second
 * run, an upgrade, --uninstall and --uninstall --purge, and the refusals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_DIR,
  APPCONFIG_ENTRY,
  AS_ROOT,
  CONFIG_FILE,
  DYNAMICUI_ENTRY,
  PLUGIN_ARCHIVE,
  REPO,
  STATE_DIR,
  THEME_DIR,
  UNIT_FILE,
  WHM_CGI,
  WHM_ICON,
  makeFakeRelease,
  makeFakeServer,
  runInstaller,
  walk,
  type FakeRelease,
  type FakeServer,
} from './fake-server';

const servers: FakeServer[] = [];
afterAll(() => {
  for (const server of servers) rmSync(server.base, { recursive: true, force: true });
});

function setUp(options: Parameters<typeof makeFakeServer>[0] = { eaNode: true }): { server: FakeServer; release: FakeRelease } {
  const server = makeFakeServer(options);
  servers.push(server);
  return { server, release: makeFakeRelease(server.base) };
}

function install(server: FakeServer, release: FakeRelease, args: string[] = [], env: Record<string, string> = {}) {
  return runInstaller(join(release.dir, 'install.sh'), server, args, env);
}

function expectSuccess(result: { status: number | null; stdout: string; stderr: string }): void {
  if (result.status !== 0) throw new Error(`install.sh failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

function mode(path: string): string {
  return (statSync(path).mode & 0o7777).toString(8).padStart(4, '0');
}

function expectRootOwned(path: string): void {
  if (AS_ROOT) expect(statSync(path).uid).toBe(0);
}

describe('install.sh on a fresh cPanel & WHM server', () => {
  let server: FakeServer;
  let release: FakeRelease;
  let stdout: string;

  beforeAll(() => {
    ({ server, release } = setUp());
    const result = install(server, release);
    expectSuccess(result);
    stdout = result.stdout;
  });

  test('when it installs, then the application holds dist, bin, plugin and the production packages only', () => {
    const app = server.path(APP_DIR);
    for (const rel of [
      'dist/cli/main.js',
      'dist/web/cgi.js',
      'bin/mail-doctor',
      'package.json',
      'install.sh',
      'plugin/cpanel/install.json',
      'plugin/config/config.yaml',
      'node_modules/tiny-prod/index.js',
      'node_modules/tiny-prod/node_modules/tiny-nested/index.js',
    ]) {
      expect(existsSync(join(app, rel))).toBe(true);
    }
    expect(existsSync(join(app, 'node_modules/jest-fake'))).toBe(false);
    expect(mode(join(app, 'bin/mail-doctor'))).toBe('0755');
    expect(mode(join(app, 'dist/cli/main.js'))).toBe('0644');
    expect(mode(app)).toBe('0755');
    expectRootOwned(join(app, 'dist/cli/main.js'));
  });

  test('when it installs, then the cPanel page and the WHM CGI are root-owned 0755 wrappers around the installed node', () => {
    const page = server.path(`${THEME_DIR}/index.live.cgi`);
    const cgi = server.path(WHM_CGI);
    for (const [file, mode_] of [
      [page, 'cpanel'],
      [cgi, 'whm'],
    ] as const) {
      expect(mode(file)).toBe('0755');
      expectRootOwned(file);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/@[A-Z_]+@/);
      // ea-nodejs20 was found under the fake root; the wrapper names its path on the server.
      expect(text).toContain("node='/opt/cpanel/ea-nodejs20/bin/node'");
      expect(text).toContain("app='/usr/local/mail-doctor/dist/web/cgi.js'");
      expect(text).toMatch(new RegExp(`exec "\\$node" "\\$app" ${mode_}\\n`));
    }
    expect(readFileSync(server.path(WHM_ICON))).toEqual(readFileSync(join(REPO, 'plugin/icons/mail_doctor.png')));
  });

  test('when it installs, then the configuration is 0600 and the history directory 0700, both root-owned', () => {
    expect(readFileSync(server.path(CONFIG_FILE), 'utf8')).toBe(readFileSync(join(REPO, 'plugin/config/config.yaml'), 'utf8'));
    expect(mode(server.path(CONFIG_FILE))).toBe('0600');
    expect(mode(server.path('etc/mail-doctor'))).toBe('0700');
    expect(mode(server.path(STATE_DIR))).toBe('0700');
    expectRootOwned(server.path(CONFIG_FILE));
    expectRootOwned(server.path(STATE_DIR));
  });

  test('when it installs, then the systemd unit starts the daemon with the installed node and the configuration', () => {
    const unit = readFileSync(server.path(UNIT_FILE), 'utf8');
    expect(mode(server.path(UNIT_FILE))).toBe('0644');
    expect(unit).toContain(
      'ExecStart=/opt/cpanel/ea-nodejs20/bin/node /usr/local/mail-doctor/dist/cli/main.js daemon --config /etc/mail-doctor/config.yaml\n',
    );
    expect(unit).not.toMatch(/@[A-Z_]+@/);
  });

  test('when it installs, then it calls install_plugin, register_appconfig and systemctl with the right arguments, in order', () => {
    expect(server.calls()).toEqual([
      `install_plugin ${server.path(PLUGIN_ARCHIVE)} --theme=jupiter`,
      `register_appconfig ${server.path(`${APP_DIR}/plugin/whm/mail_doctor.conf`)}`,
      'systemctl daemon-reload',
      'systemctl enable --now mail-doctor.service',
    ]);
  });

  test('when it installs, then it prints one line per step and a summary', () => {
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Mail Doctor 1\.0\.0: installing on cPanel & WHM 11\.124\.0\.12 with Node\.js \d+\.\d+\.\d+ \(\/opt\/cpanel\/ea-nodejs20\/bin\/node\)/);
    const steps = lines.filter((line) => line.startsWith('  ['));
    expect(steps.map((line) => line.match(/^ {2}\[(\w+)\]\s+([^:]+):/)?.slice(1, 3).join(' '))).toEqual([
      'installed application',
      'created configuration',
      'created history',
      'installed cPanel page',
      'installed WHM page',
      'registered cPanel icon',
      'registered WHM registration',
      'started service',
    ]);
    expect(stdout).toContain('Mail Doctor 1.0.0 is installed (8 steps changed something).');
  });

  test('when it runs a second time with the same release, then it says nothing changed and calls no cPanel tool again', () => {
    server.clearCalls();
    const again = install(server, release);
    expectSuccess(again);
    expect(again.stdout).toContain('Nothing changed: Mail Doctor 1.0.0 is installed and up to date.');
    expect(again.stdout).not.toMatch(/\[(installed|updated|created|registered|started|restarted)\]/);
    expect(server.calls()).toEqual(['systemctl is-enabled --quiet mail-doctor.service', 'systemctl is-active --quiet mail-doctor.service']);
  });

  test('when the installed copy in /usr/local/mail-doctor is asked to install, then it refuses and points to the release', () => {
    const result = runInstaller(server.path(`${APP_DIR}/install.sh`), server, []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('this is the installed copy in /usr/local/mail-doctor; it can only --uninstall');
  });

  test('when the installed page runs where the application is missing, then it answers 503 with a CGI header instead of failing', () => {
    // The wrapper points at /opt/cpanel/ea-nodejs20 and /usr/local/mail-doctor of this machine, where neither exists.
    const result = spawnSync(server.path(`${THEME_DIR}/index.live.cgi`), { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Status: 503 Service Unavailable\r\nContent-Type: text\/plain; charset=utf-8\r\n\r\nMail Doctor is not installed completely/);
  });

  test('when cPanel has lost the WHM registration, then a re-run registers it again and leaves the cPanel plugin alone', () => {
    rmSync(server.path(APPCONFIG_ENTRY));
    server.clearCalls();
    const result = install(server, release);
    expectSuccess(result);
    expect(server.calls().filter((call) => !call.startsWith('systemctl'))).toEqual([
      `register_appconfig ${server.path(`${APP_DIR}/plugin/whm/mail_doctor.conf`)}`,
    ]);
  });
});

describe('install.sh upgrading an installation', () => {
  test('when a new release is installed, then files are replaced, stale ones removed, configuration and history kept, and the service restarted', () => {
    const { server, release } = setUp();
    expectSuccess(install(server, release));
    writeFileSync(server.path(CONFIG_FILE), 'provider:\n  name: Admin edited this\n');
    writeFileSync(server.path(`${STATE_DIR}/history.sqlite`), 'stored history');

    release.write('dist/cli/main.js', '// release 2\n');
    release.write('dist/new.js', '// new in release 2\n');
    rmSync(join(release.dir, 'dist/old.js'));
    server.clearCalls();
    const result = install(server, release);
    expectSuccess(result);

    expect(result.stdout).toMatch(/\[updated\]\s+application: 2 files new or changed, 1 removed/);
    expect(result.stdout).toMatch(/\[kept\]\s+configuration: \/etc\/mail-doctor\/config\.yaml exists and is left as it is/);
    expect(readFileSync(server.path(`${APP_DIR}/dist/cli/main.js`), 'utf8')).toBe('// release 2\n');
    expect(existsSync(server.path(`${APP_DIR}/dist/new.js`))).toBe(true);
    expect(existsSync(server.path(`${APP_DIR}/dist/old.js`))).toBe(false);
    expect(readFileSync(server.path(CONFIG_FILE), 'utf8')).toBe('provider:\n  name: Admin edited this\n');
    expect(readFileSync(server.path(`${STATE_DIR}/history.sqlite`), 'utf8')).toBe('stored history');
    expect(server.calls()).toContain('systemctl restart mail-doctor.service');
    // The cPanel plugin itself did not change: cPanel is not bothered.
    expect(server.calls().some((call) => call.startsWith('install_plugin') || call.startsWith('register_appconfig'))).toBe(false);
  });

  test('when the new release changes install.json or the AppConfig file, then install_plugin or register_appconfig runs again', () => {
    const { server, release } = setUp();
    expectSuccess(install(server, release));
    const manifest = JSON.parse(readFileSync(join(release.dir, 'plugin/cpanel/install.json'), 'utf8')) as Array<Record<string, unknown>>;
    manifest[0]!.order = 99;
    release.write('plugin/cpanel/install.json', JSON.stringify(manifest));
    release.write('plugin/whm/mail_doctor.conf', `${readFileSync(join(release.dir, 'plugin/whm/mail_doctor.conf'), 'utf8')}# changed\n`);
    server.clearCalls();
    expectSuccess(install(server, release));
    expect(server.calls().filter((call) => !call.startsWith('systemctl'))).toEqual([
      `install_plugin ${server.path(PLUGIN_ARCHIVE)} --theme=jupiter`,
      `register_appconfig ${server.path(`${APP_DIR}/plugin/whm/mail_doctor.conf`)}`,
    ]);
  });
});

describe('install.sh --uninstall', () => {
  test('when it uninstalls, then it reverses every step and keeps the configuration and history', () => {
    const { server, release } = setUp();
    expectSuccess(install(server, release));
    writeFileSync(server.path(`${STATE_DIR}/history.sqlite`), 'stored history');
    server.clearCalls();

    const result = install(server, release, ['--uninstall']);
    expectSuccess(result);
    expect(server.calls()).toEqual([
      'systemctl stop mail-doctor.service',
      'systemctl disable mail-doctor.service',
      'systemctl daemon-reload',
      `uninstall_plugin ${server.path(PLUGIN_ARCHIVE)} --theme=jupiter`,
      'unregister_appconfig mail_doctor',
    ]);
    for (const gone of [APP_DIR, THEME_DIR, 'usr/local/cpanel/whostmgr/docroot/cgi/mail_doctor', WHM_ICON, UNIT_FILE, DYNAMICUI_ENTRY, APPCONFIG_ENTRY]) {
      expect(existsSync(server.path(gone))).toBe(false);
    }
    expect(readFileSync(server.path(CONFIG_FILE), 'utf8')).toBe(readFileSync(join(REPO, 'plugin/config/config.yaml'), 'utf8'));
    expect(readFileSync(server.path(`${STATE_DIR}/history.sqlite`), 'utf8')).toBe('stored history');
    expect(result.stdout).toMatch(/\[kept\]\s+configuration: \/etc\/mail-doctor/);
    expect(result.stdout).toMatch(/\[kept\]\s+history: \/var\/lib\/mail-doctor/);

    server.clearCalls();
    const again = install(server, release, ['--uninstall']);
    expectSuccess(again);
    expect(again.stdout).toContain('Nothing to remove: Mail Doctor is not installed.');
    expect(server.calls()).toEqual([]);
  });

  test('when the installed copy runs --uninstall --purge, then nothing of Mail Doctor is left anywhere under the root', () => {
    const { server, release } = setUp();
    const before = walk(server.root);
    expectSuccess(install(server, release));
    writeFileSync(server.path(`${STATE_DIR}/history.sqlite`), 'stored history');

    // The admin no longer has the release: the copy in /usr/local/mail-doctor does it.
    const result = runInstaller(server.path(`${APP_DIR}/install.sh`), server, ['--uninstall', '--purge']);
    expectSuccess(result);
    expect(result.stdout).toMatch(/\[removed\]\s+configuration: \/etc\/mail-doctor/);
    expect(result.stdout).toMatch(/\[removed\]\s+history: \/var\/lib\/mail-doctor/);

    const left = walk(server.root);
    expect(left.filter((path) => /mail[-_]?doctor/i.test(path))).toEqual([]);
    // Only empty directories that cPanel or the OS would have anyway remain new.
    const added = left.filter((path) => !before.includes(path));
    for (const path of added) expect(statSync(join(server.root, path)).isDirectory()).toBe(true);
  });
});

describe('install.sh refusals', () => {
  test('when there is no cPanel version file, then it refuses with a clear error and writes nothing', () => {
    const { server, release } = setUp({ cpanelVersion: null, eaNode: true });
    const result = install(server, release);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cPanel & WHM was not found: ${server.path('usr/local/cpanel/version')} is missing`);
    expect(existsSync(server.path(APP_DIR))).toBe(false);
    expect(server.calls()).toEqual([]);
  });

  test('when no Node.js is on PATH or in /opt/cpanel, then it refuses and names ea-nodejs20', () => {
    const { server, release } = setUp({ eaNode: false });
    const emptyBin = join(server.base, 'empty-bin');
    mkdirSync(emptyBin);
    const result = install(server, release, [], { PATH: emptyBin });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Mail Doctor needs Node.js 20.19 or newer; no Node.js found');
    expect(result.stderr).toContain('dnf install -y ea-nodejs20');
    expect(result.stderr).toContain('yum install -y ea-nodejs20');
    expect(existsSync(server.path(APP_DIR))).toBe(false);
  });

  test('when the only Node.js is older than 20, then it refuses, says which one it found and names ea-nodejs20', () => {
    const { server, release } = setUp({ eaNode: false });
    const oldNode = join(server.base, 'node18');
    writeFileSync(oldNode, '#!/bin/sh\nprintf 18.19.1\n');
    chmodSync(oldNode, 0o755);
    const result = install(server, release, [], { MAIL_DOCTOR_NODE: oldNode });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`only older Node.js found: ${oldNode} (Node.js 18.19.1)`);
    expect(result.stderr).toContain('ea-nodejs20');
  });

  test('when MAIL_DOCTOR_NODE names a good node, then the wrappers use that path', () => {
    const { server, release } = setUp({ eaNode: false });
    expectSuccess(install(server, release, [], { MAIL_DOCTOR_NODE: process.execPath }));
    expect(readFileSync(server.path(WHM_CGI), 'utf8')).toContain(`node='${process.execPath}'`);
  });

  test('when the source checkout is not built, then it asks for npm run build', () => {
    const { server, release } = setUp();
    rmSync(join(release.dir, 'dist'), { recursive: true });
    const result = install(server, release);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });

  test('when started with sh instead of bash, then it says to use bash', () => {
    const result = spawnSync('/bin/sh', [join(REPO, 'install.sh'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('run it with bash');
  });

  test.each([
    [['--purge'], '--purge only goes with --uninstall'],
    [['--frobnicate'], 'unknown option: --frobnicate'],
  ])('when given %j, then it refuses with a usage error', (args, message) => {
    const { server, release } = setUp();
    const result = install(server, release, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  test('when --allow-non-root is given without --root, then it refuses', () => {
    const result = spawnSync('/bin/bash', [join(REPO, 'install.sh'), '--allow-non-root'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--allow-non-root only goes with --root');
  });
});

describe('the CGI wrappers', () => {
  test.each([
    ['plugin/cpanel/index.live.cgi', 'cgi cpanel'],
    ['plugin/whm/index.cgi', 'cgi whm'],
  ])('when %s is filled in, then it runs dist/web/cgi.js with the right mode', (template, expected) => {
    const { server, release } = setUp();
    const wrapper = join(server.base, 'wrapper.cgi');
    writeFileSync(
      wrapper,
      readFileSync(join(REPO, template), 'utf8').replaceAll('@NODE@', process.execPath).replaceAll('@APP_DIR@', release.dir),
    );
    chmodSync(wrapper, 0o755);
    const result = spawnSync(wrapper, { encoding: 'utf8' });
    expect(result.stdout).toBe(`${expected}\n`);
  });
});
