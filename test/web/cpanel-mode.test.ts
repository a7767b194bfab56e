/**
 * The cPanel page in cPanel mode, as the CGI runs it but in-process: the
 * account is fixed by the process (here: the session given to the app) and
 * every cPanel call goes over that account's LiveAPI socket of the emulator.
 */
import { wireResolverFor } from '../../src/dns/wire-resolver';
import { createLiveApiGateway } from '../../src/cpanel/live-api-transport';
import { createApp } from '../../src/web/app';
import { createCachingAuditService } from '../../src/web/audit-service';
import { createAuditor } from '../../src/web/auditor';
import { DEFAULT_SINCE_SECONDS } from '../../src/web/modes';
import { CsrfTokens } from '../../src/web/security';
import { formField, request, serve, startWebSandbox, type WebSandbox } from './web-sandbox';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let web: WebSandbox;
let pages: { url: string; close(): Promise<void> };
const USER = 'groen';
const TOKEN = '/cpsess7731122339';

beforeAll(async () => {
  web = await startWebSandbox();
  const resolver = wireResolverFor([web.sandbox.dnsAddress], { timeoutMs: SANDBOX_DNS_TIMEOUT_MS });
  if (!resolver.ok) throw new Error(resolver.error);
  const socketPath = web.sandbox.emulator.liveApiSocketPath(USER);
  const openGateway = () => createLiveApiGateway({ socketPath, account: USER });
  const audits = createCachingAuditService(
    createAuditor({
      openGateway,
      resolver: resolver.resolver,
      authoritativeVia: web.sandbox.authoritativeAddress,
      profile: web.sandbox.profile,
      serverHostname: web.sandbox.emulator.scenario.server.hostname,
      since: DEFAULT_SINCE_SECONDS,
    }),
  );
  const app = createApp({
    mode: 'cpanel',
    audits,
    profile: web.sandbox.profile,
    csrf: CsrfTokens.fromSessionToken(TOKEN),
    cpanelSession: () => ({ user: USER, securityToken: TOKEN, openGateway }),
  });
  pages = await serve(app);
});

afterAll(async () => {
  await pages.close();
  await web.close();
});

describe('cPanel page in cPanel mode', () => {
  it("when opened, then it shows the process's own account inside cPanel's chrome with links under the session token", async () => {
    const r = await request(`${pages.url}/?lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/^<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mail Doctor<\/title><\/head><body class="cpanel-emulated cp-jupiter">/);
    expect(r.body).toContain('<span class="md-user">groen</span>');
    expect(r.body).toContain(`href="${TOKEN}/frontend/jupiter/mail/email_routing.html"`);
    expect(r.body).toContain(`href="${TOKEN}/frontend/jupiter/mail/route.html"`);
    expect(r.body).toMatch(/<footer class="cp-footer">cPanel \(emulated\)<\/footer><\/body><\/html>\s*$/);
  });

  it('when a request asks for another account with ?user=, then it is refused with 403 and shows nothing of either', async () => {
    const r = await request(`${pages.url}/?user=bos&lang=en`);
    expect(r.status).toBe(403);
    expect(r.body).toContain('This account does not belong to your login.');
    expect(r.body).not.toContain('fietsenmaker-bos');
    expect(r.body).not.toContain('tuincentrum-groen');
    const same = await request(`${pages.url}/?user=groen&lang=en`);
    expect(same.status).toBe(200);
    const smuggled = await request(`${pages.url}/?user=groen&user=bos&lang=en`);
    expect(smuggled.status).toBe(403);
  });

  it('when the WHM views are asked for from a cPanel page, then they are refused with 403', async () => {
    for (const path of ['/whm', '/whm/', '/whm/accounts/bos', '/whm/accounts/groen']) {
      const r = await request(`${pages.url}${path}?lang=en`);
      expect(r.status).toBe(403);
      expect(r.body).not.toContain('fietsenmaker-bos');
    }
  });

  it('when the form token made for this session is posted, then the bounce is explained; any other token is refused', async () => {
    const page = await request(`${pages.url}/?lang=en`);
    const csrf = formField(page.body, 'csrf')!;
    expect(csrf).toBe(CsrfTokens.fromSessionToken(TOKEN).tokenFor(`cpanel:${USER}`));
    const ok = await request(`${pages.url}/explain?lang=en`, { form: { csrf, text: '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('md-explained');
    const otherSession = CsrfTokens.fromSessionToken('/cpsess0000000001').tokenFor(`cpanel:${USER}`);
    const refused = await request(`${pages.url}/explain?lang=en`, { form: { csrf: otherSession, text: '550 5.1.1 User unknown' } });
    expect(refused.status).toBe(403);
    const crossSite = await request(`${pages.url}/explain?lang=en`, { form: { csrf, text: 'x' }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const get = await request(`${pages.url}/explain?lang=en`);
    expect(get.status).toBe(404);
  });

  it('when the mail_doctor feature is switched off for the account, then a polite page says so and shows no report', async () => {
    const account = web.sandbox.emulator.state.account(USER)!;
    (account.features as Record<string, boolean>).mail_doctor = false;
    try {
      const r = await request(`${pages.url}/?lang=en`);
      expect(r.status).toBe(403);
      expect(r.body).toContain('Mail Doctor is switched off');
      expect(r.body).toContain('cpanel-emulated');
      expect(r.body).not.toContain('tuincentrum-groen');
    } finally {
      delete (account.features as Record<string, boolean>).mail_doctor;
    }
    expect((await request(`${pages.url}/?lang=en`)).status).toBe(200);
  });

  it('when cPanel cannot be reached for the report, then a 500 page answers without details', async () => {
    web.sandbox.emulator.setFault({ function: 'DomainInfo::domains_data', account: 'nobody-here', kind: 'fail', message: 'x' });
    const broken = createApp({
      mode: 'cpanel',
      audits: { report: () => Promise.reject(new Error('socket /secret/path refused')) },
      profile: web.sandbox.profile,
      csrf: CsrfTokens.random(),
      cpanelSession: () => ({ user: USER, securityToken: TOKEN, openGateway: () => createLiveApiGateway({ socketPath: web.sandbox.emulator.liveApiSocketPath(USER) }) }),
      log: () => undefined,
    });
    const served = await serve(broken);
    try {
      const r = await request(`${served.url}/?lang=en`);
      expect(r.status).toBe(500);
      expect(r.body).toContain('Mail Doctor could not make this page.');
      expect(r.body).not.toContain('/secret/path');
    } finally {
      await served.close();
      web.sandbox.emulator.clearFaults();
    }
  });
});
