/**
 * The safe fixes through the cPanel CGI entry as cpsrvd runs it: a real
 * process, the user from REMOTE_USER, cPanel reached through that user's
 * LiveAPI socket. The preview changes nothing; a POST that names another
 * account's mailbox or log entry changes nothing either.
 */
import { CsrfTokens } from '../../src/web/security';
import { cpanelEnv, runCgi, startCgiSandbox, whmEnv, type CgiSandbox } from './cgi-run';
import { decodeEntities } from './html';
import { emulatorState } from '../support/emulator-state';

let cgi: CgiSandbox;

beforeAll(async () => {
  cgi = await startCgiSandbox();
});

afterAll(async () => {
  await cgi.close();
});

const state = (): string => emulatorState(cgi.sandbox.emulator.scenario);

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

describe('the safe fixes through the WHM CGI entry', () => {
  const asHoster = (extra: Record<string, string>) => whmEnv(cgi, 'hoster', 'root', cgi.sandbox.emulator.tokens.whm.root!, extra);

  it("when a reseller previews a fix of its own account, then the call is shown and nothing changes", async () => {
    const before = state();
    const r = await runCgi(cgi, 'whm', asHoster({ PATH_INFO: '/whm/accounts/jansen/fix', QUERY_STRING: 'finding=outgoing-held&subject=nieuwsbrief%40webwinkel-jansen.example&lang=en' }));
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(decodeEntities(r.body)).toContain('UAPI Email::release_outgoing email="nieuwsbrief@webwinkel-jansen.example"');
    expect(state()).toEqual(before);
  });

  it("when a reseller asks to fix another owner's account, then it is refused with 403 and nothing changes", async () => {
    const before = state();
    const shown = await runCgi(cgi, 'whm', asHoster({ PATH_INFO: '/whm/accounts/stam/fix', QUERY_STRING: 'finding=dmarc-missing&subject=advocatenkantoor-stam.example&lang=en' }));
    expect(shown.statusLine).toMatch(/^Status: 403/);
    const own = await runCgi(cgi, 'whm', asHoster({ PATH_INFO: '/whm/accounts/jansen/fix', QUERY_STRING: 'finding=outgoing-held&subject=nieuwsbrief%40webwinkel-jansen.example&lang=en' }));
    const csrf = /name="csrf" value="([^"]+)"/.exec(own.body)![1]!;
    const body = new URLSearchParams({ csrf, finding: 'dmarc-missing', subject: 'advocatenkantoor-stam.example', confirm: 'yes' }).toString();
    const posted = await runCgi(
      cgi,
      'whm',
      asHoster({ REQUEST_METHOD: 'POST', PATH_INFO: '/whm/accounts/stam/fix', QUERY_STRING: 'lang=en', CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)) }),
      body,
    );
    expect(posted.statusLine).toMatch(/^Status: 403/);
    expect(state()).toEqual(before);
  });
});
