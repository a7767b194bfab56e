/** The daemon's configuration file: the shipped default is valid, and mistakes name the file and the key. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configKeys, loadDaemonConfig } from '../../src/jobs/daemon-config';

const SHIPPED = path.join(__dirname, '..', '..', 'plugin', 'config', 'config.yaml');

describe('daemon configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (text: string): string => {
    const file = path.join(dir, 'config.yaml');
    fs.writeFileSync(file, text);
    return file;
  };

  it('when the shipped config.yaml is read, then it is valid and gives the documented defaults', async () => {
    const loaded = await loadDaemonConfig(SHIPPED);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.config.schedule).toEqual({ cron: '30 2 * * *', spreadMinutes: 120, concurrency: 2, since: '7d', requestPollSeconds: 15 });
    expect(loaded.config.history).toEqual({ store: '/var/lib/mail-doctor/history.sqlite', retentionDays: 90 });
    expect(loaded.config.alerts.enabled).toBe(false);
    expect(loaded.config.connection.whmUrl).toBeUndefined();
    expect(loaded.config.provider.name).toBe('Hoasted');
  });

  it('when the shipped config.yaml is read, then it names every configuration key, set or in a comment', () => {
    const text = fs.readFileSync(SHIPPED, 'utf8');
    const keys = configKeys();
    expect(keys).toEqual(expect.arrayContaining(['server.hostname', 'connection.whmUrl', 'connection.timeoutSeconds', 'dns.authoritativeVia', 'alerts.minSeverity', 'alerts.smtp.password']));
    const lines = text.split('\n');
    for (const key of keys) {
      const [section, ...rest] = key.split('.');
      const last = rest.length === 0 ? section! : rest[rest.length - 1]!;
      const start = lines.findIndex((l) => new RegExp(`^#? ?${section}:`).test(l));
      expect([key, start >= 0]).toEqual([key, true]);
      if (rest.length > 0) expect([key, lines.slice(start + 1).some((l) => new RegExp(`^\\s+#? ?${last}:`).test(l))]).toEqual([key, true]);
    }
  });

  it('when the file is empty, then every default applies', async () => {
    const loaded = await loadDaemonConfig(write(''));
    expect(loaded.ok && loaded.config.schedule.cron).toBe('30 2 * * *');
  });

  it('when values are wrong, then the error names the file and each key', async () => {
    const file = write('schedule:\n  cron: "every night"\nhistory:\n  retentionDays: 0\nalerts:\n  enabled: true\n  from: nobody\nprovider:\n  smtpPort: 0\n');
    const loaded = await loadDaemonConfig(file);
    expect(loaded.ok).toBe(false);
    const error = loaded.ok ? '' : loaded.error;
    expect(error).toMatch(new RegExp(`^config ${file}: `));
    expect(error).toMatch(/schedule\.cron: not a valid cron expression/);
    expect(error).toMatch(/history\.retentionDays/);
    expect(error).toMatch(/alerts\.from: must be an e-mail address/);
  });

  it('when the provider profile is wrong, then its key is named under provider', async () => {
    const loaded = await loadDaemonConfig(write('provider:\n  smtpPort: 0\n'));
    expect(loaded.ok ? '' : loaded.error).toMatch(/provider\.smtpPort/);
  });

  it('when a key is misspelled or the file is missing or not YAML, then it says so', async () => {
    expect(await loadDaemonConfig(write('schedule:\n  crom: "* * * * *"\n'))).toEqual({ ok: false, error: expect.stringMatching(/schedule: Unrecognized key.*crom/) });
    expect(await loadDaemonConfig(path.join(dir, 'nope.yaml'))).toEqual({ ok: false, error: expect.stringMatching(/nope\.yaml: cannot read the file \(ENOENT\)/) });
    expect(await loadDaemonConfig(write('schedule: [unclosed'))).toEqual({ ok: false, error: expect.stringMatching(/not valid YAML/) });
  });

  it('when a WHM URL is given without a token, then that is refused', async () => {
    const loaded = await loadDaemonConfig(write('connection:\n  whmUrl: https://server.example:2087\n'));
    expect(loaded.ok ? '' : loaded.error).toMatch(/connection: give whmUrl and whmToken together/);
  });
});
