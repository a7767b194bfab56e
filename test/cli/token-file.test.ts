/** Tokens from files (flag or environment), so that a token never has to appear in `ps` output. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConnection } from '../../src/audit/connection';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'md-token-file-'));
  writeFileSync(path.join(dir, 'whm'), 'WHMTOKENFROMFILE0000000000000000\n', { mode: 0o600 });
  writeFileSync(path.join(dir, 'cpanel'), 'CPANELTOKENFROMFILE\r\nsecond line ignored\n', { mode: 0o600 });
  writeFileSync(path.join(dir, 'empty'), '\n', { mode: 0o600 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const token = (r: ReturnType<typeof resolveConnection>): string | undefined => (r.ok && r.connection.kind !== 'local' ? r.connection.token : undefined);

describe('token files', () => {
  it('when --whm-token-file is given, then the token is its first line', () => {
    expect(token(resolveConnection({ whmUrl: 'https://h.example:2087', whmTokenFile: path.join(dir, 'whm') }, {}))).toBe('WHMTOKENFROMFILE0000000000000000');
  });

  it('when MAIL_DOCTOR_WHM_TOKEN_FILE or MAIL_DOCTOR_CPANEL_TOKEN_FILE is set, then the token comes from that file', () => {
    expect(token(resolveConnection({ whmUrl: 'https://h.example:2087' }, { MAIL_DOCTOR_WHM_TOKEN_FILE: path.join(dir, 'whm') }))).toBe('WHMTOKENFROMFILE0000000000000000');
    expect(
      token(resolveConnection({ cpanelUrl: 'https://h.example:2083', cpanelUser: 'groen' }, { MAIL_DOCTOR_CPANEL_TOKEN_FILE: path.join(dir, 'cpanel') })),
    ).toBe('CPANELTOKENFROMFILE');
    expect(token(resolveConnection({ cpanelUrl: 'https://h.example:2083', cpanelUser: 'groen', cpanelTokenFile: path.join(dir, 'cpanel') }, {}))).toBe('CPANELTOKENFROMFILE');
  });

  it('when the file is missing or empty, then the error names the file and never falls back to nothing', () => {
    const missing = resolveConnection({ whmUrl: 'https://h.example:2087', whmTokenFile: path.join(dir, 'nope') }, {});
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/WHM token file .*nope cannot be read \(ENOENT\)/) as unknown as string });
    const empty = resolveConnection({ whmUrl: 'https://h.example:2087', whmTokenFile: path.join(dir, 'empty') }, {});
    expect(empty).toEqual({ ok: false, error: expect.stringMatching(/empty/) as unknown as string });
  });

  it('when a token is given directly as a flag, then that wins over a file in the environment', () => {
    expect(token(resolveConnection({ whmUrl: 'https://h.example:2087', whmToken: 'DIRECT' }, { MAIL_DOCTOR_WHM_TOKEN_FILE: path.join(dir, 'whm') }))).toBe('DIRECT');
  });
});
