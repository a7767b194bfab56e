/**
 * The safe fixes through the cPanel CGI entry as cpsrvd runs it: a real
 * process, the user from REMOTE_USER, cPanel reached through that user's
 * LiveAPI socket. The preview changes nothing; a POST that names another
 * account's mailbox or log entry changes nothing either.
 */
import { CsrfTokens } from '../../src/web/security';
import { cpanelEnv, runCgi, startCgiSandbox, type CgiSandbox } from './cgi-run';
import { decodeEntities } from './html';

let cgi: CgiSandbox;

beforeAll(async () => {
  cgi = await startCgiSandbox();
});

afterAll(async () => {
  await cgi.close();
});

function state(): string {
  return JSON.stringify({ accounts: cgi.sandbox.emulator.scenario.accounts, dns: cgi.sandbox.emulator.scenario.dns.records });
}

function post(user: string, pathInfo: string, form: Record<string, string>): Promise<Awaited<ReturnType<typeof runCgi>>> {
  const body = new URLSearchParams(form).toString();
  const env = { REQUEST_METHOD: 'POST', PATH_INFO: pathInfo, QUERY_STRING: 'lang=en', CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)) };
  return runCgi(cgi, 'cpanel', cpanelEnv(cgi, user, env), body);
}

describe('the safe fixes through the cPanel CGI entry', () => {
  it('when the page previews a fix, then it shows the call and nothing changes', async () => {
    const before = state();
    const r = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { PATH_INFO: '/fix', QUERY_STRING: 'finding=routing-local-mx-elsewhere&subject=tuincentrum-groen.example&lang=en' }));
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(decodeEntities(r.body)).toContain('UAPI Email::set_always_accept domain="tuincentrum-groen.example" mxcheck="remote"');
    expect(r.body).toContain('name="confirm"');
    expect(state()).toEqual(before);
  });

  it("when a cPanel user posts a fix for another account's mailbox, then it is not found and nothing changes", async () => {
    const before = state();
    const page = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { QUERY_STRING: 'lang=en' }));
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const r = await post('groen', '/fix', { csrf, finding: 'login-suspended', subject: 'ancien@bistro-lumiere.example', confirm: 'yes' });
    expect(r.statusLine).toMatch(/^Status: 404/);
    expect(state()).toEqual(before);
  });

  it('when the form token is not the session\'s, then the fix is refused with 403 and nothing changes', async () => {
    const before = state();
    const csrf = CsrfTokens.fromSessionToken('/cpsess0000000009').tokenFor('cpanel:groen');
    const r = await post('groen', '/fix', { csrf, finding: 'routing-local-mx-elsewhere', subject: 'tuincentrum-groen.example', confirm: 'yes' });
    expect(r.statusLine).toMatch(/^Status: 403/);
    expect(state()).toEqual(before);
  });
});
