/**
 * Text from a hostile cPanel server never steers the terminal: account names
 * (report header, progress bar, error list), cPanel's error texts on stderr,
 * stored history, and --json (which escapes C1 and bidi controls too).
 * Real processes and a real loopback HTTP server that answers like WHM, with
 * escape sequences in every field.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { runAudit } from '../../src/cli/audit-command';
import { formatHistory } from '../../src/cli/history-command';
import { forTerminal, jsonForTerminal, lineForTerminal } from '../../src/cli/terminal-text';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { AccountRun } from '../../src/store/history-store';
import { runCli } from './run-cli';

const ESC = '\u001b';
const HOSTILE = `${ESC}]0;owned${ESC}\\${ESC}[2J\u009b31m\u202eevil\u2066`;
/** Anything a terminal obeys: C0 except new line and tab, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let server: http.Server;
let url: string;
let listFails = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const func = new URL(req.url ?? '/', 'http://x').pathname.replace('/json-api/', '');
    res.setHeader('content-type', 'application/json');
    if (func === 'listaccts' && !listFails) {
      res.end(JSON.stringify({ metadata: { result: 1, reason: 'OK', command: 'listaccts', version: 1 }, data: { acct: [{ user: `bad${HOSTILE}`, domain: 'evil.example', owner: 'root' }] } }));
      return;
    }
    res.end(JSON.stringify({ metadata: { result: 0, reason: `failed: ${HOSTILE}`, command: func, version: 1 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const connection = (): string[] => ['--whm-url', url, '--whm-token', 'T'.repeat(32), '--dns-server', '127.0.0.1:9', '--dns-timeout', '200', '--timeout', '5'];

describe('the terminal sanitiser', () => {
  it('when text holds C0, C1 and bidi controls, then none is left; new lines stay in text, not in one line', () => {
    expect(forTerminal(`a\n${HOSTILE}\tb`)).not.toMatch(OBEYED);
    expect(forTerminal('a\nb\tc')).toBe('a\nb\tc');
    expect(lineForTerminal('a\nb\u2028c')).toBe('a b c');
    const json = jsonForTerminal({ v: HOSTILE });
    expect(json).not.toMatch(OBEYED);
    expect((JSON.parse(json) as { v: string }).v).toBe(HOSTILE);
  });

  it('when stored history holds hostile subjects and errors, then history prints none of their controls', () => {
    const ref = { key: 'k', id: 'mx-missing', subject: { kind: 'domain', name: `x${HOSTILE}` }, severity: 'critical', title: { nl: HOSTILE, en: HOSTILE }, openSince: 0 };
    const run = {
      runId: 1, runStartedAt: 0, auditedAt: 0, durationMs: 1, error: null,
      counts: { critical: 1, warning: 0, info: 0, couldNotCheck: 0 },
      changes: { new: [ref], resolved: [ref], stillOpen: [ref] },
    } as unknown as AccountRun;
    const failed = { ...run, runId: 2, error: `boom ${HOSTILE}` } as AccountRun;
    const text = formatHistory(`u${HOSTILE}`, [run, failed], 'en', `server${HOSTILE}`);
    expect(text).toContain('evil');
    expect(text).not.toMatch(OBEYED);
  });
});

describe('audit against a hostile server', () => {
  it('when account names and error texts hold escapes, then the text output and the progress bar show none of them', async () => {
    let out = '';
    let err = '';
    const stdout = new Writable({ write(c: Buffer, _e, done) { out += c.toString(); done(); } });
    const stderr = Object.assign(new Writable({ write(c: Buffer, _e, done) { err += c.toString(); done(); } }), { isTTY: true });
    const code = await runAudit(
      {
        all: true, json: false, lang: 'en', since: 86_400, dnsServers: ['127.0.0.1:9'], dnsTimeoutMs: 200,
        profile: DEFAULT_PROFILE, concurrency: 1,
        connection: { kind: 'whm', baseUrl: url, user: 'root', token: 'T'.repeat(32), insecure: false, timeoutMs: 5000 },
      },
      { stdout, stderr, now: () => Date.now(), env: {} },
    );
    expect(code).toBe(0);
    expect(out).toContain('evil');
    expect(err).toContain('1/1');
    expect(out).not.toMatch(OBEYED);
    expect(err.replace(/\r/g, '')).not.toMatch(OBEYED);
  }, 60_000);

  it('when --json, then C1 and bidi controls are escaped and the values are unchanged', async () => {
    const r = await runCli(['audit', '--all', '--json', ...connection()]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(OBEYED);
    const parsed = JSON.parse(r.stdout) as { accounts: Array<{ user: string }> };
    expect(parsed.accounts[0]?.user).toBe(`bad${HOSTILE}`);
  }, 60_000);

  it("when cPanel's error text holds escapes, then the message on stderr holds none", async () => {
    listFails = true;
    try {
      const r = await runCli(['audit', '--user', 'someone', ...connection()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^mail-doctor: .*failed: .*evil/);
      expect(r.stderr.slice(0, -1)).not.toMatch(OBEYED);
    } finally {
      listFails = false;
    }
  }, 60_000);
});
