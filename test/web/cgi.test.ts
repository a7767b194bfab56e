/**
 * The cPanel CGI as cpsrvd runs it: `node dist/web/cgi.js cpanel` as a real
 * process with a CGI environment and the POST body on stdin, against the
 * emulator's LiveAPI socket for the account and the loopback DNS server.
 * (The WHM side is in cgi-whm.test.ts, so the two run in parallel.)
 */
import { CsrfTokens } from '../../src/web/security';
import { cpanelEnv, runCgi, SCRIPT, startCgiSandbox, TOKEN, type CgiSandbox } from './cgi-run';

let cgi: CgiSandbox;

beforeAll(async () => {
  cgi = await startCgiSandbox();
});

afterAll(async () => {
  await cgi.close();
});

describe('cPanel CGI (node dist/web/cgi.js cpanel)', () => {
  it('when cpsrvd runs the page for the user, then a CGI response with status, headers and the report inside the chrome comes out', async () => {
    const r = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { QUERY_STRING: 'lang=en' }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(r.headers['content-type']).toEqual(['text/html; charset=utf-8']);
    expect(r.headers['content-security-policy']![0]).toContain("script-src 'self'");
    expect(r.headers['cache-control']).toEqual(['no-store']);
    expect(r.headers['set-cookie']![0]).toMatch(/^mail_doctor_lang=en;/);
    // cPanel's chrome (Chrome::get_dom) comes first: the page sits inside it, under cPanel's own head.
    expect(r.body).toMatch(/^<!DOCTYPE html><html[^>]*><head>(?:<meta [^>]*>)*<title>Mail Doctor<\/title>/);
    expect(r.body).toContain('<span class="md-user">groen</span>');
    expect(r.body).toContain(`href="${TOKEN}/frontend/jupiter/mail/email_routing.html"`);
    expect(r.body).toMatch(new RegExp(`href="${TOKEN}${SCRIPT}/assets/mail-doctor\\.[0-9a-f]{12}\\.css"`));
    expect(r.body).toContain(`action="${TOKEN}${SCRIPT}/explain#explain"`);
    expect(Number(r.headers['content-length']![0])).toBe(Buffer.byteLength(r.body));
  });

  it('when a bounce is POSTed on stdin with the form token, then it is explained; with a wrong token, 403', async () => {
    const page = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { QUERY_STRING: 'lang=en' }));
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const body = new URLSearchParams({ csrf, text: 'SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table' }).toString();
    const post = { REQUEST_METHOD: 'POST', PATH_INFO: '/explain', QUERY_STRING: 'lang=en', CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)) };
    const r = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', post), body);
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(r.body).toContain('<h3>Explanation</h3>');
    expect(r.body).toMatch(/data-diagnosis="recipient-(unknown|address-rejected)"/);

    const forged = new URLSearchParams({ csrf: CsrfTokens.fromSessionToken('/cpsess0000000009').tokenFor('cpanel:groen'), text: 'x' }).toString();
    const refused = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { ...post, CONTENT_LENGTH: String(forged.length) }), forged);
    expect(refused.statusLine).toBe('Status: 403 Forbidden');
  });

  it('when a request names another account (?user=, HTTP headers, /whm), then the identity stays the process user and it is refused', async () => {
    const other = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { QUERY_STRING: 'user=bos&lang=en' }));
    expect(other.statusLine).toBe('Status: 403 Forbidden');
    expect(other.body).not.toContain('fietsenmaker-bos');
    const whm = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { PATH_INFO: '/whm/accounts/bos' }));
    expect(whm.statusLine).toBe('Status: 403 Forbidden');
    // A header that claims another user changes nothing: the page is groen's.
    const header = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'groen', { HTTP_REMOTE_USER: 'bos', HTTP_X_REMOTE_USER: 'bos', QUERY_STRING: 'lang=en' }));
    expect(header.statusLine).toBe('Status: 200 OK');
    expect(header.body).toContain('<span class="md-user">groen</span>');
    expect(header.body).not.toContain('fietsenmaker-bos');
  });

  it('when the mail_doctor feature is off for the account, then a polite 403 page comes out', async () => {
    const account = cgi.sandbox.emulator.state.account('devries')!;
    (account.features as Record<string, boolean>).mail_doctor = false;
    try {
      const r = await runCgi(cgi, 'cpanel', cpanelEnv(cgi, 'devries', { QUERY_STRING: 'lang=en' }));
      expect(r.statusLine).toBe('Status: 403 Forbidden');
      expect(r.body).toContain('Mail Doctor is switched off');
      expect(r.body).not.toContain('bakkerij-devries');
    } finally {
      delete (account.features as Record<string, boolean>).mail_doctor;
    }
  });

  it('when there is no logged-in user, then nothing is shown', async () => {
    const r = await runCgi(cgi, 'cpanel', { ...cpanelEnv(cgi, 'groen'), REMOTE_USER: '' });
    expect(r.statusLine).toBe('Status: 403 Forbidden');
  });
});

