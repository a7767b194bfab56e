/**
 * The plugin's own files, as cPanel & WHM and systemd will read them: the
 * archive install_plugin gets, the AppConfig file, the unit, the default
 * configuration and the icon.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveProfile } from '../../src/config/profile-schema';
import { APP_DIR, APPCONFIG_ENTRY, PLUGIN_ARCHIVE, REPO, THEME_DIR, makeFakeRelease, makeFakeServer, runInstaller, type FakeServer } from './fake-server';

let server: FakeServer;

beforeAll(() => {
  server = makeFakeServer({ eaNode: true });
  const release = makeFakeRelease(server.base);
  const result = runInstaller(join(release.dir, 'install.sh'), server, []);
  if (result.status !== 0) throw new Error(`install.sh failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(() => rmSync(server.base, { recursive: true, force: true }));

function tar(args: string[]): string {
  const result = spawnSync('tar', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the cPanel plugin archive', () => {
  test('when install_plugin unpacks it, then it finds one directory with install.json and the icons', () => {
    const archive = server.path(PLUGIN_ARCHIVE);
    expect(tar(['-tzf', archive]).trim().split('\n')).toEqual([
      'mail_doctor/',
      'mail_doctor/install.json',
      'mail_doctor/mail_doctor.svg',
      'mail_doctor/mail_doctor.png',
    ]);
  });

  test('when cPanel reads install.json, then it is one valid link in the Email group with its own feature', () => {
    const entries = JSON.parse(tar(['-xzOf', server.path(PLUGIN_ARCHIVE), 'mail_doctor/install.json'])) as unknown;
    expect(Array.isArray(entries)).toBe(true);
    const [link] = entries as Array<Record<string, unknown>>;
    expect(entries).toHaveLength(1);
    expect(link).toMatchObject({ type: 'link', id: 'mail_doctor', name: 'Mail Doctor', group_id: 'email', feature: 'mail_doctor' });
    // cPanel's link id pattern (Cpanel/Themes/Assets/Link.pm); ours also fits the stricter ^[a-z0-9_]+$.
    expect(link!.id).toMatch(/^[a-z0-9_]+$/);
    expect(Number.isInteger(link!.order)).toBe(true);
    expect(link!.featuremanager).not.toBe(false);
    // The uri is relative to the theme's docroot and names the page install.sh copied there.
    expect(link!.uri).toBe('mail_doctor/index.live.cgi');
    expect(statSync(server.path(`${THEME_DIR}/../${link!.uri as string}`)).isFile()).toBe(true);
    // Link icons must be SVG or PNG and present in the archive.
    expect(link!.icon).toMatch(/\.(svg|png)$/);
    expect(tar(['-tzf', server.path(PLUGIN_ARCHIVE)])).toContain(`mail_doctor/${link!.icon as string}\n`);
  });

  test('when the archive is built twice from the same files, then the bytes are the same', () => {
    const first = readFileSync(server.path(PLUGIN_ARCHIVE));
    rmSync(server.path(PLUGIN_ARCHIVE));
    rmSync(server.path(APPCONFIG_ENTRY));
    const release = makeFakeRelease(server.base, 'release-again');
    const result = runInstaller(join(release.dir, 'install.sh'), server, []);
    expect(result.status).toBe(0);
    expect(readFileSync(server.path(PLUGIN_ARCHIVE))).toEqual(first);
  });
});

describe('the icons', () => {
  test('when cPanel and WHM show the PNG, then it is 48x48 and the SVG is square', () => {
    expect(pngSize(join(REPO, 'plugin/icons/mail_doctor.png'))).toEqual({ width: 48, height: 48 });
    const svg = readFileSync(join(REPO, 'plugin/icons/mail_doctor.svg'), 'utf8');
    expect(svg).toContain('viewBox="0 0 48 48"');
  });
});

describe('the WHM AppConfig file', () => {
  const conf = new Map(
    readFileSync(join(REPO, 'plugin/whm/mail_doctor.conf'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );

  test('when WHM reads it, then it is a root-run whostmgr app whose url, entry and icon exist after install', () => {
    expect(conf.get('name')).toBe('mail_doctor');
    expect(conf.get('service')).toBe('whostmgr');
    expect(conf.get('user')).toBe('root');
    expect(conf.get('displayname')).toBe('Mail Doctor');
    expect(conf.get('url')).toBe('/cgi/mail_doctor/index.cgi');
    expect(conf.get('entryurl')).toBe('mail_doctor/index.cgi');
    expect(statSync(server.path(`usr/local/cpanel/whostmgr/docroot${conf.get('url')!}`)).mode & 0o777).toBe(0o755);
    expect(statSync(server.path(`usr/local/cpanel/whostmgr/docroot/addon_plugins/${conf.get('icon')!}`)).isFile()).toBe(true);
  });

  test('when a reseller logs in, then the app asks for an ACL a reseller can be given (not root-only "all")', () => {
    expect(conf.get('acls')).toMatch(/^[a-z-]+(,[a-z-]+)*$/);
    expect(conf.get('acls')).not.toBe('all');
  });
});

describe('the systemd unit', () => {
  const unit = readFileSync(join(REPO, 'plugin/systemd/mail-doctor.service'), 'utf8');

  test('when systemd starts the daemon, then it runs the CLI daemon with the configuration and restarts it on failure', () => {
    expect(unit).toContain('ExecStart=@NODE@ @APP_DIR@/dist/cli/main.js daemon --config /etc/mail-doctor/config.yaml\n');
    expect(unit).toContain('Restart=on-failure\n');
    expect(unit).toContain('WantedBy=multi-user.target\n');
  });

  test('when the daemon runs, then it is hardened, may write only its state directory, and listens nowhere', () => {
    for (const line of ['NoNewPrivileges=yes', 'ProtectSystem=full', 'PrivateTmp=yes']) expect(unit).toContain(`${line}\n`);
    expect(unit).toMatch(/^ReadWritePaths=\/var\/lib\/mail-doctor\b/m);
    expect(unit).not.toMatch(/^(ListenStream|ListenDatagram|MemoryDenyWriteExecute)=/m);
  });
});

describe('the default configuration', () => {
  const config = parseYaml(readFileSync(join(REPO, 'plugin/config/config.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;

  test('when the provider profile is read, then it is valid for the profile schema', () => {
    const result = resolveProfile(config.provider);
    expect(result).toMatchObject({ ok: true });
  });

  test('when the daemon reads the rest, then the documented defaults are there and alerts are off', () => {
    expect(config.dns).toEqual({ servers: [], timeoutMs: 2500 });
    expect(config.schedule).toEqual({ cron: '30 2 * * *', spreadMinutes: 120, concurrency: 2, since: '7d', requestPollSeconds: 15 });
    expect(config.history).toEqual({ store: '/var/lib/mail-doctor/history.sqlite', retentionDays: 90 });
    expect(config.alerts).toMatchObject({ enabled: false, notifyAccountContacts: false, transport: 'sendmail' });
    expect(['sendmail', 'smtp']).toContain(config.alerts!.transport);
  });

  test('when installed, then the app directory keeps the shipped default for comparison', () => {
    expect(readFileSync(server.path(`${APP_DIR}/plugin/config/config.yaml`), 'utf8')).toBe(
      readFileSync(join(REPO, 'plugin/config/config.yaml'), 'utf8'),
    );
  });
});
