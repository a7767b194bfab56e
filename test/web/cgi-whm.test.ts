/**
 * The WHM CGI as cpsrvd runs it: `node dist/web/cgi.js whm` as a real process
 * (REMOTE_USER decides the view) against the emulator over HTTP or through
 * its command-line tools, and the loopback DNS server.
 */
import { STAGIAIR_TOKEN } from './web-sandbox';
import { owned, rows, runCgi, startCgiSandbox, TOKEN, whmEnv, type CgiSandbox } from './cgi-run';

let cgi: CgiSandbox;

beforeAll(async () => {
  cgi = await startCgiSandbox();
});

afterAll(async () => {
  await cgi.close();
});

describe('WHM CGI (node dist/web/cgi.js whm)', () => {
  it('when root opens the page, then every account is listed', async () => {
    const r = await runCgi(cgi, 'whm', whmEnv(cgi, 'root', 'root', cgi.sandbox.emulator.tokens.whm.root!, { QUERY_STRING: 'lang=en' }));
    expect(r.stderr).toBe('');
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(rows(r.body)).toEqual(cgi.sandbox.emulator.scenario.accounts.map((a) => a.user).sort());
    expect(r.body).toContain(`href="${TOKEN}/cgi/mail_doctor/index.cgi/whm/accounts/groen"`);
  });

  it('when the entry URL has no path, then it redirects to the overview under the session prefix', async () => {
    const r = await runCgi(cgi, 'whm', whmEnv(cgi, 'root', 'root', cgi.sandbox.emulator.tokens.whm.root!, { PATH_INFO: '' }));
    expect(r.statusLine).toBe('Status: 303 See Other');
    expect(r.headers.location).toEqual([`${TOKEN}/cgi/mail_doctor/index.cgi/whm`]);
  });

  it("when a reseller opens the page with the root process (root's token), then only the reseller's accounts are listed and another's is refused", async () => {
    const root = cgi.sandbox.emulator.tokens.whm.root!;
    const r = await runCgi(cgi, 'whm', whmEnv(cgi, 'hoster', 'root', root, { QUERY_STRING: 'lang=en' }));
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(rows(r.body)).toEqual(owned(cgi, 'hoster'));
    const drill = await runCgi(cgi, 'whm', whmEnv(cgi, 'hoster', 'root', root, { PATH_INFO: '/whm/accounts/bos', QUERY_STRING: 'lang=en' }));
    expect(drill.statusLine).toBe('Status: 403 Forbidden');
    expect(drill.body).not.toContain('fietsenmaker-bos');
  });

  it("when a reseller's own token is used, then cPanel's myprivs and listaccts decide, and drill-down to an owned account works", async () => {
    const token = cgi.sandbox.emulator.tokens.whm.hoster!;
    const r = await runCgi(cgi, 'whm', whmEnv(cgi, 'hoster', 'hoster', token, { PATH_INFO: '/whm/accounts/groen', QUERY_STRING: 'lang=en' }));
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(r.body).toContain('Report for groen');
  });

  it("when the root process uses cPanel's command-line tools (no WHM URL), then a reseller gets its own account and is refused another's", async () => {
    const cli = cgi.sandbox.emulator.cli;
    const emulatorEnv = cli.env('root');
    const env = {
      ...whmEnv(cgi, 'hoster', 'root', ''),
      MAIL_DOCTOR_WHM_URL: '',
      MAIL_DOCTOR_WHM_TOKEN: '',
      MAIL_DOCTOR_UAPI: cli.binaries.uapi,
      MAIL_DOCTOR_CPAPI2: cli.binaries.cpapi2,
      MAIL_DOCTOR_WHMAPI1: cli.binaries.whmapi1,
      CPANEL_EMULATOR_URL: emulatorEnv.CPANEL_EMULATOR_URL!,
      CPANEL_EMULATOR_SECRET: emulatorEnv.CPANEL_EMULATOR_SECRET!,
      CPANEL_EMULATOR_RUN_AS: 'root',
      QUERY_STRING: 'lang=en',
    };
    const refused = await runCgi(cgi, 'whm', { ...env, PATH_INFO: '/whm/accounts/bos' });
    expect(refused.statusLine).toBe('Status: 403 Forbidden');
    const own = await runCgi(cgi, 'whm', { ...env, PATH_INFO: '/whm/accounts/devries' });
    expect(own.stderr).toBe('');
    expect(own.statusLine).toBe('Status: 200 OK');
    expect(own.body).toContain('Report for devries');
    expect(own.body).toContain('All good');
  }, 120_000);

  it('when the WHM user lacks the mailcheck ACL, then a polite 403 page comes out', async () => {
    const viaOwnToken = await runCgi(cgi, 'whm', whmEnv(cgi, 'stagiair', 'stagiair', STAGIAIR_TOKEN, { QUERY_STRING: 'lang=en' }));
    expect(viaOwnToken.statusLine).toBe('Status: 403 Forbidden');
    expect(viaOwnToken.body).toContain('Troubleshoot Mail Delivery');
    const viaRoot = await runCgi(cgi, 'whm', whmEnv(cgi, 'stagiair', 'root', cgi.sandbox.emulator.tokens.whm.root!, { QUERY_STRING: 'lang=en' }));
    expect(viaRoot.statusLine).toBe('Status: 403 Forbidden');
    const unknown = await runCgi(cgi, 'whm', whmEnv(cgi, 'nobody', 'root', cgi.sandbox.emulator.tokens.whm.root!, { QUERY_STRING: 'lang=en' }));
    expect(unknown.statusLine).toBe('Status: 403 Forbidden');
  });
});
