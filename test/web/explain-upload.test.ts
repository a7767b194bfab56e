/**
 * "Explain a bounce" with a whole message: pasted or uploaded as .eml
 * (multipart/form-data), CSRF-protected, at most 10 MB, every failed
 * recipient shown, and "For this account" only about the bounce's own
 * addresses. The account is `lumiere`, whose chef@ mailbox is full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const USER = 'lumiere';
const TOKEN = '/cpsess4455667788';

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
  const app = createApp({ mode: 'cpanel', audits, profile: web.sandbox.profile, csrf: CsrfTokens.fromSessionToken(TOKEN), cpanelSession: () => ({ user: USER, securityToken: TOKEN, openGateway }) });
  pages = await serve(app);
});

afterAll(async () => {
  await pages.close();
  await web.close();
});

function fullMailboxBounce(recipient: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@server.example>',
    'To: patron@bistro-lumiere.example',
    'Subject: Mail delivery failed: returning message to sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
    '',
    '--R',
    'Content-Type: text/plain',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    `  ${recipient}`,
    `    SMTP error from remote mail server after RCPT TO:<${recipient}>:`,
    '    552 5.2.2 The email account that you tried to reach is over quota.',
    '',
    '--R',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; server.example',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota.',
    '',
    '--R',
    'Content-Type: text/rfc822-headers',
    '',
    'From: patron@bistro-lumiere.example',
    `To: ${recipient}`,
    'Subject: Menu',
    '',
    '--R--',
    '',
  ].join('\r\n');
}

async function csrf(): Promise<string> {
  const page = await request(`${pages.url}/?lang=en`);
  return formField(page.body, 'csrf')!;
}

async function post(fields: Record<string, string>, file?: { name: string; bytes: Buffer }): Promise<{ status: number; body: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file !== undefined) form.append('upload', new Blob([file.bytes], { type: 'message/rfc822' }), file.name);
  const res = await fetch(`${pages.url}/explain?lang=en`, { method: 'POST', body: form, redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

describe('Explain a bounce: whole messages', () => {
  it('when an .eml is uploaded with the form token, then every failed recipient is shown', async () => {
    const bytes = readFileSync(join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml', 'lhost-postfix-02.eml'));
    const r = await post({ csrf: await csrf(), text: '' }, { name: 'bounce.eml', bytes });
    expect(r.status).toBe(200);
    expect(r.body).toContain('filtered@example.co.jp');
    expect(r.body).toContain('userunknown@example.co.jp');
    expect(r.body.match(/class="md-explained"/g)).toHaveLength(2);
  }, 60_000);

  it('a bounce body pasted without its header fields is explained recipient by recipient, in Dutch when asked', async () => {
    const body = [
      'This is the mail system at host relay.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<anna@example.net>: host mx.example.net[192.0.2.5] said: 552 5.2.2 Mailbox full',
      '    (in reply to RCPT TO command)',
      '',
      '<bert@example.com>: host mx.example.com[192.0.2.6] said: 550 5.1.1 User unknown',
      '    (in reply to RCPT TO command)',
    ].join('\n');
    const form = new FormData();
    form.append('csrf', await csrf());
    form.append('text', body);
    const res = await fetch(`${pages.url}/explain?lang=nl`, { method: 'POST', body: form, redirect: 'manual' });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.match(/class="md-explained"/g)).toHaveLength(2);
    // Each explanation names its own recipient (the pasted text in the box names both).
    const articles = [...html.matchAll(/<article class="md-explained" data-diagnosis="([^"]+)">([\s\S]*?)<\/article>/g)].map((m) => [m[1], /anna@example\.net/.test(m[2]!) ? 'anna' : /bert@example\.com/.test(m[2]!) ? 'bert' : '-']);
    expect(articles).toEqual([
      ['recipient-mailbox-full', 'anna'],
      ['recipient-unknown', 'bert'],
    ]);
    expect(html).toContain('hij is gelezen als de inhoud van een bounce');
    expect(html).not.toContain('read as the body of a bounce');
  }, 60_000);

  it('without the form token, an upload is refused', async () => {
    const r = await post({ csrf: 'wrong', text: '' }, { name: 'bounce.eml', bytes: Buffer.from(fullMailboxBounce('vriend@gmail.com')) });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('vriend@gmail.com');
  }, 60_000);

  it('an upload over 10 MB is not read, and the page says so', async () => {
    const r = await post({ csrf: await csrf(), text: '' }, { name: 'huge.eml', bytes: Buffer.alloc(10 * 1024 * 1024 + 10, 'a') });
    expect(r.status).toBe(200);
    expect(r.body).toContain('larger than 10 MB');
    expect(r.body).not.toContain('class="md-explained"');
  }, 60_000);

  it("a bounce about someone else's full mailbox does not point at this account's full mailbox; one about its own does", async () => {
    const token = await csrf();
    const other = await post({ csrf: token, text: fullMailboxBounce('vriend@gmail.com') });
    expect(other.status).toBe(200);
    expect(other.body).toContain('vriend@gmail.com');
    expect(other.body).not.toContain('md-for-account');
    const own = await post({ csrf: token, text: fullMailboxBounce('chef@bistro-lumiere.example') });
    expect(own.body).toContain('md-for-account');
    expect(own.body).toMatch(/md-for-account[\s\S]*chef@bistro-lumiere\.example/);
  }, 60_000);

  it('an automatic reply is named as such, with no failure explained', async () => {
    const reply = 'From: anna@example.org\r\nTo: patron@bistro-lumiere.example\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\n\r\nI am away until Monday.\r\n';
    const r = await post({ csrf: await csrf(), text: reply });
    expect(r.body).toContain('automatic reply');
    expect(r.body).not.toContain('class="md-explained"');
  }, 60_000);
});
