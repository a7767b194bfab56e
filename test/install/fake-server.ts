/**
 * A cPanel & WHM server in a temporary directory, for running install.sh with
 * --root: cPanel's version file, and recording stubs of install_plugin,
 * uninstall_plugin, register_appconfig, unregister_appconfig and systemctl
 * that append their arguments to a log outside the fake root. The cPanel
 * stubs also leave the trace the real tools leave (the dynamicui entry, the
 * copy in /var/cpanel/apps), because install.sh looks at it to tell whether
 * cPanel still knows the plugin.
 *
 * Also a small synthetic release (fake dist/, one production and one
 * development package) so the tests do not depend on the state of the build.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const APP_DIR = 'usr/local/mail-doctor';
export const THEME_DIR = 'usr/local/cpanel/base/frontend/jupiter/mail_doctor';
export const WHM_CGI = 'usr/local/cpanel/whostmgr/docroot/cgi/mail_doctor/index.cgi';
export const WHM_ICON = 'usr/local/cpanel/whostmgr/docroot/addon_plugins/mail_doctor.png';
export const UNIT_FILE = 'etc/systemd/system/mail-doctor.service';
export const CONFIG_FILE = 'etc/mail-doctor/config.yaml';
export const STATE_DIR = 'var/lib/mail-doctor';
export const PLUGIN_ARCHIVE = `${APP_DIR}/generated/mail_doctor-cpanel-plugin.tar.gz`;
export const DYNAMICUI_ENTRY = 'usr/local/cpanel/base/frontend/jupiter/dynamicui/dynamicui_mail_doctor.conf';
export const APPCONFIG_ENTRY = 'var/cpanel/apps/mail_doctor.conf';

export const AS_ROOT = process.getuid?.() === 0;

export interface FakeServer {
  /** The temporary directory holding everything below. */
  base: string;
  /** The fake filesystem root given to install.sh --root. */
  root: string;
  /** Where the stubs record their calls, one line per call. */
  callLog: string;
  calls(): string[];
  clearCalls(): void;
  path(rel: string): string;
}

function writeExecutable(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

function recordingStub(name: string, callLog: string, sideEffect = ''): string {
  return [
    '#!/bin/sh',
    `# Recording stub of ${name}: appends its arguments to the call log.`,
    `{ printf '%s' '${name}'; for a in "$@"; do printf ' %s' "$a"; done; printf '\\n'; } >> '${callLog}'`,
    sideEffect,
    'exit 0',
    '',
  ].join('\n');
}

export function makeFakeServer(options: { cpanelVersion?: string | null; eaNode?: boolean } = {}): FakeServer {
  const base = mkdtempSync(join(tmpdir(), 'mail-doctor-install-'));
  const root = join(base, 'root');
  const callLog = join(base, 'calls.log');
  mkdirSync(root);
  writeFileSync(callLog, '');
  const version = options.cpanelVersion === undefined ? '11.124.0.12' : options.cpanelVersion;
  if (version !== null) {
    mkdirSync(join(root, 'usr/local/cpanel'), { recursive: true });
    writeFileSync(join(root, 'usr/local/cpanel/version'), `${version}\n`);
  }
  const cpanel = join(root, 'usr/local/cpanel');
  writeExecutable(
    join(cpanel, 'scripts/install_plugin'),
    recordingStub(
      'install_plugin',
      callLog,
      `tar -xzOf "$1" mail_doctor/install.json > /dev/null || exit 1\nmkdir -p '${join(root, DYNAMICUI_ENTRY, '..')}' && : > '${join(root, DYNAMICUI_ENTRY)}'`,
    ),
  );
  writeExecutable(
    join(cpanel, 'scripts/uninstall_plugin'),
    recordingStub('uninstall_plugin', callLog, `rm -f '${join(root, DYNAMICUI_ENTRY)}'`),
  );
  writeExecutable(
    join(cpanel, 'bin/register_appconfig'),
    recordingStub('register_appconfig', callLog, `mkdir -p '${join(root, 'var/cpanel/apps')}' && cp "$1" '${join(root, 'var/cpanel/apps')}/'`),
  );
  writeExecutable(
    join(cpanel, 'bin/unregister_appconfig'),
    recordingStub('unregister_appconfig', callLog, `rm -f '${join(root, 'var/cpanel/apps')}/'"$1".conf`),
  );
  writeExecutable(join(root, 'usr/bin/systemctl'), recordingStub('systemctl', callLog));
  if (options.eaNode === true) {
    mkdirSync(join(root, 'opt/cpanel/ea-nodejs20/bin'), { recursive: true });
    // The real node, where cPanel's ea-nodejs20 package puts it.
    writeExecutable(join(root, 'opt/cpanel/ea-nodejs20/bin/node'), `#!/bin/sh\nexec '${process.execPath}' "$@"\n`);
  }
  return {
    base,
    root,
    callLog,
    calls: () => readFileSync(callLog, 'utf8').split('\n').filter((line) => line !== ''),
    clearCalls: () => writeFileSync(callLog, ''),
    path: (rel: string) => join(root, rel),
  };
}

export interface FakeRelease {
  dir: string;
  write(rel: string, text: string): void;
}

/** A release as `npm run package` lays it out, with tiny stand-ins for dist/ and node_modules/. */
export function makeFakeRelease(base: string, name = 'release'): FakeRelease {
  const dir = join(base, name);
  const write = (rel: string, text: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  mkdirSync(dir, { recursive: true });
  cpSync(join(REPO, 'install.sh'), join(dir, 'install.sh'));
  cpSync(join(REPO, 'plugin'), join(dir, 'plugin'), { recursive: true });
  cpSync(join(REPO, 'scripts/production-packages.js'), join(dir, 'scripts/production-packages.js'));
  write(
    'package.json',
    JSON.stringify({
      name: 'mail-doctor',
      version: '1.0.0',
      dependencies: { 'tiny-prod': '1.0.0' },
      devDependencies: { 'jest-fake': '1.0.0' },
    }),
  );
  write(
    'package-lock.json',
    JSON.stringify({
      name: 'mail-doctor',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'mail-doctor', version: '1.0.0' },
        'node_modules/tiny-prod': { version: '1.0.0' },
        'node_modules/tiny-prod/node_modules/tiny-nested': { version: '2.0.0' },
        'node_modules/jest-fake': { version: '1.0.0', dev: true },
        'node_modules/optional-elsewhere': { version: '1.0.0', optional: true },
      },
    }),
  );
  write('node_modules/tiny-prod/package.json', '{"name":"tiny-prod","version":"1.0.0"}');
  write('node_modules/tiny-prod/index.js', 'module.exports = 1;\n');
  write('node_modules/tiny-prod/node_modules/tiny-nested/index.js', 'module.exports = 2;\n');
  write('node_modules/jest-fake/index.js', 'module.exports = "dev only";\n');
  write('dist/cli/main.js', '// release 1\n');
  write('dist/old.js', '// only in release 1\n');
  // Stands in for the CGI bridge: shows how it was called.
  write('dist/web/cgi.js', "process.stdout.write('cgi ' + process.argv.slice(2).join(' ') + '\\n');\n");
  write('bin/mail-doctor', '#!/usr/bin/env node\n');
  chmodSync(join(dir, 'bin/mail-doctor'), 0o755);
  return { dir, write };
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a release's install.sh against the fake server, with a clean environment. */
export function runInstaller(
  script: string,
  server: FakeServer,
  args: string[],
  env: Record<string, string> = {},
): RunResult {
  const result = spawnSync('/bin/bash', [script, '--root', server.root, ...(AS_ROOT ? [] : ['--allow-non-root']), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: server.base, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every path under DIR, relative, directories included. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      out.push(relative(dir, full));
      if (entry.isDirectory()) visit(full);
    }
  };
  if (existsSync(dir)) visit(dir);
  return out.sort();
}
