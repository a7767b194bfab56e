/**
 * The pages as a browser without JavaScript meets them: the sandbox's app on
 * 127.0.0.1 (port 0) against the cPanel emulator and the loopback DNS
 * server, asked with a plain HTTP client that sees every status code.
 */
import { formField, request, startWebSandbox, STAGIAIR_TOKEN, type Reply, type WebSandbox } from './web-sandbox';
import { parseHtml } from './html';

let web: WebSandbox;

beforeAll(async () => {
  web = await startWebSandbox();
});

afterAll(async () => {
  await web.close();
});

const cpanel = (user: string, query = ''): Promise<Reply> => request(`${web.url}/sandbox/cpanel/${user}/${query}`);

/** `md-finding`: the diagnoses of the cards; `md-log`: of the delivery log's rows; `md-common`: of WHM's table. */
function diagnosesShown(body: string, kind: 'md-finding' | 'md-log' | 'md-common'): string[] {
  const { elements } = parseHtml(body);
  const cls = kind === 'md-finding' ? 'article' : 'tr';
  if (kind === 'md-log') {
    const log = body.slice(body.indexOf('<section class="md-delivery"'));
    return [...new Set([...log.matchAll(/<tr data-diagnosis="([^"]+)">/g)].map((m) => m[1]!))];
  }
  const inKind = (e: (typeof elements)[number]): boolean =>
    kind === 'md-common' || e.attributes.some((a) => a.name === 'class' && a.value.startsWith('md-finding'));
  return elements
    .filter((e) => e.name === cls && inKind(e) && e.attributes.some((a) => a.name === 'data-diagnosis'))
    .map((e) => e.attributes.find((a) => a.name === 'data-diagnosis')!.value);
}

function messageRows(body: string): number {
  return (body.match(/<td class="md-text">/g) ?? []).length;
}

function rowsOf(body: string): string[] {
  return [...body.matchAll(/<tr class="md-row-[a-z]+" data-user="([^"]+)">/g)].map((m) => m[1]!);
}

describe('cPanel page (sandbox account switcher)', () => {
  it('when an account has problems, then each root cause is one card with its evidence, fix and the messages it causes', async () => {
    const r = await cpanel('groen', '?lang=en');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(r.body).toContain('Health at a glance');
    // Two root causes: the routing (which causes the sender-verify refusals) and the unroutable address.
    expect(r.body).toMatch(/<span class="md-count-n">2<\/span> Problems/);
    expect(r.body).toContain('tuincentrum-groen.example');
    expect(r.body).toMatch(/Remote Mail Exchanger/);
    expect(r.body).toContain('What this is based on');
    expect(r.body).toContain('aspmx.l.google.com');
    expect(diagnosesShown(r.body, 'md-finding')).toEqual(['routing-local-mx-elsewhere', 'unrouteable-address']);
    expect(r.body).toContain('These 4 messages are caused by this:');
    // The individual messages sit in a <details> per card.
    expect(r.body).toMatch(/<details class="md-messages">[\s\S]*offerte@example\.org/);
    expect(r.body).toContain('href="/frontend/jupiter/mail/email_routing.html"');
  });

  it('when the account is healthy, then the page says all is good and lists no delivery problems', async () => {
    const r = await cpanel('devries', '?lang=en');
    expect(r.status).toBe(200);
    expect(r.body).toContain('All good');
    expect(r.body).toMatch(/<span class="md-count-n">0<\/span> Problems/);
    expect(diagnosesShown(r.body, 'md-finding')).toEqual([]);
    expect(r.body).toContain('No failed, deferred or rejected messages match this filter.');
  });

  it("when the domains' own nameservers disagree with the resolver, then the sandbox's DNS is what the audit asked (mx-not-propagated)", async () => {
    const r = await cpanel('drukkerij', '?lang=en');
    expect(r.status).toBe(200);
    const setup = parseHtml(r.body)
      .elements.filter((e) => e.name === 'article' && e.attributes.some((a) => a.name === 'class' && a.value.startsWith('md-finding')))
      .map((e) => e.attributes.find((a) => a.name === 'data-diagnosis')!.value);
    expect(setup).toContain('mx-not-propagated');
  });

  it('when a DNS record must be published, then the exact record is shown with a copy button', async () => {
    const r = await cpanel('stam', '?lang=en');
    expect(r.status).toBe(200);
    expect(r.body).toContain('Publish this DNS record');
    expect(r.body).toMatch(/<button type="button" class="md-copy" data-copy="[^"]+"/);
    expect(r.body).toContain('/frontend/jupiter/email_deliverability/index.html');
  });

  it("when a domain's SPF, DKIM and DMARC are all wrong, then they are one card with the three parts inside, each with its own record, listed once in \"Fix these first\"", async () => {
    const r = await cpanel('stam', '?lang=en');
    expect(r.status).toBe(200);
    // Three domains' mail authentication, the MX CNAME and the missing MX: five root causes, where there were nine cards.
    expect(diagnosesShown(r.body, 'md-finding').sort()).toEqual(['mail-authentication', 'mail-authentication', 'mail-authentication', 'mx-cname', 'mx-missing']);
    expect(r.body).toMatch(/<span class="md-count-n">4<\/span> Problems/);
    expect(r.body).toMatch(/<span class="md-count-n">1<\/span> Warnings/);
    const fixFirst = /<div class="md-fix-first">[\s\S]*?<\/ol>/.exec(r.body)?.[0] ?? '';
    expect((fixFirst.match(/<li /g) ?? []).length).toBe(5);
    expect(parseHtml(fixFirst).text.match(/The mail authentication of advocatenkantoor-stam\.example is not in order/g)).toHaveLength(1);
    const card = /<article class="md-finding[^"]*" id="[^"]+" data-diagnosis="mail-authentication"[^>]*>(?:(?!<\/article>)[\s\S])*advocatenkantoor-stam\.example is not in order[\s\S]*?<\/article>/.exec(r.body)?.[0] ?? '';
    expect([...card.matchAll(/<section class="md-part" data-diagnosis="([^"]+)">/g)].map((m) => m[1])).toEqual(['spf-invalid', 'dkim-invalid', 'dmarc-missing']);
    for (const record of ['include:spf.hosting.example', 'v=DKIM1; k=rsa;', 'v=DMARC1; p=none']) expect(card).toContain(record);
    expect((card.match(/class="md-copy"/g) ?? []).length).toBe(3);
    // Nowhere else on the page: SPF, DKIM and DMARC are not cards of their own.
    expect(diagnosesShown(r.body, 'md-finding')).not.toContain('spf-invalid');
  });

  it('when filtering by result, address, search text, direction or period, then only matching messages are listed', async () => {
    const all = await cpanel('groen', '?lang=en');
    expect(messageRows(all.body)).toBe(5);

    const rejected = await cpanel('groen', '?lang=en&result=rejected');
    expect(messageRows(rejected.body)).toBe(3);
    expect(rejected.body).toMatch(/<option value="rejected" selected>/);

    const address = await cpanel('groen', '?lang=en&address=offerte%40example.org');
    expect(messageRows(address.body)).toBe(1);
    expect(formField(address.body, 'address')).toBe('offerte@example.org');

    const search = await cpanel('groen', '?lang=en&q=Unrouteable');
    expect(diagnosesShown(search.body, 'md-log')).toEqual(['unrouteable-address']);

    const incoming = await cpanel('groen', '?lang=en&direction=incoming&result=failed');
    expect(messageRows(incoming.body)).toBe(0);

    const lastHour = await cpanel('groen', '?lang=en&period=1h');
    expect(messageRows(lastHour.body)).toBe(2);

    // Unknown values fall back to "all" instead of failing.
    const odd = await cpanel('groen', '?lang=en&result=%3Cx%3E&period=forever');
    expect(odd.status).toBe(200);
    expect(messageRows(odd.body)).toBe(5);
  });

  it('when the language is switched, then the page follows it and remembers the choice in a cookie', async () => {
    const nl = await cpanel('groen');
    expect(nl.body).toContain('Gezondheid in één oogopslag'); // cPanel locale of groen is nl
    expect(nl.body).toMatch(/<div class="md" lang="nl">/);

    const en = await cpanel('groen', '?lang=en');
    expect(en.body).toContain('Health at a glance');
    const cookie = en.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mail_doctor_lang=en;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const remembered = await request(`${web.url}/sandbox/cpanel/groen/`, { headers: { cookie: 'mail_doctor_lang=en' } });
    expect(remembered.body).toContain('Health at a glance');
    // The switch links keep the filter.
    const filtered = await cpanel('groen', '?result=failed');
    expect(filtered.body).toContain('href="/sandbox/cpanel/groen/?result=failed&amp;lang=en"');
  });

  it('when a bounce is posted with the form token, then it is explained for this account', async () => {
    const page = await cpanel('groen', '?lang=en');
    const csrf = formField(page.body, 'csrf');
    expect(csrf).toBeDefined();
    const bounce = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its recipients.',
      '',
      '  offerte@example.org',
      '    SMTP error from remote mail server after RCPT TO:<offerte@example.org>:',
      '    550 verification failed for <website@tuincentrum-groen.example>',
    ].join('\n');
    const r = await request(`${web.url}/sandbox/cpanel/groen/explain?lang=en`, { form: { csrf: csrf!, text: bounce } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<h3>Explanation</h3>');
    expect(r.body).toMatch(/<article class="md-explained" data-diagnosis="sender-verify-failed">/);
    // Only the remote server's words were analysed, not the whole e-mail.
    expect(r.body).toMatch(/<pre class="md-code">SMTP error from remote mail server after RCPT TO:&lt;offerte@example.org&gt;: 550 verification failed/);
    expect(r.body).not.toMatch(/<pre class="md-code">This message was created/);
    expect(r.body).toContain('For this account');
    // The pasted text stays in the box.
    expect(r.body).toContain('This message was created automatically');
  });

  it('when a bounce is posted without the form token or with a wrong one, then it is refused with 403', async () => {
    const none = await request(`${web.url}/sandbox/cpanel/groen/explain?lang=en`, { form: { text: '550 5.1.1 User unknown' } });
    expect(none.status).toBe(403);
    expect(none.body).toContain('The form had expired');
    const page = await cpanel('devries');
    const otherAccountsToken = formField(page.body, 'csrf')!;
    const wrong = await request(`${web.url}/sandbox/cpanel/groen/explain?lang=en`, { form: { csrf: otherAccountsToken, text: '550 5.1.1 User unknown' } });
    expect(wrong.status).toBe(403);
  });

  it('when an unknown account or page is asked for, then a 404 page answers', async () => {
    const r = await request(`${web.url}/sandbox/cpanel/nobody/`);
    expect(r.status).toBe(404);
    expect(r.body).toMatch(/Page not found|Pagina niet gevonden/);
    const page = await request(`${web.url}/no/such/page?lang=en`);
    expect(page.status).toBe(404);
    expect(page.body).toContain('Page not found');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('WHM page', () => {
  it('when root opens the overview, then every account is listed with its counts, most urgent first', async () => {
    const r = await request(`${web.url}/whm/?lang=en`);
    expect(r.status).toBe(200);
    const users = rowsOf(r.body);
    expect(users).toHaveLength(10);
    expect(users).toEqual(expect.arrayContaining(['devries', 'bos', 'stam']));
    expect(users[users.length - 1]).toBe('devries');
    expect(r.body).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/);
    // Server-wide views.
    // Root causes only: groen's sender-verify refusals are under its routing problem, jansen's are the sender's.
    expect(diagnosesShown(r.body, 'md-common')).toEqual(expect.arrayContaining(['routing-local-mx-elsewhere', 'max-defers-approaching']));
    expect(diagnosesShown(r.body, 'md-common')).not.toContain('sender-verify-failed');
    const near = [...r.body.matchAll(/<li data-user="([^"]+)">/g)].map((m) => m[1]);
    expect(near).toEqual(expect.arrayContaining(['jansen', 'zon', 'knip']));
  });

  it('when sorting and filtering by query parameters, then the table follows them', async () => {
    const byUser = rowsOf((await request(`${web.url}/whm/?lang=en&sort=user`)).body);
    expect(byUser).toEqual([...byUser].sort());
    const found = rowsOf((await request(`${web.url}/whm/?lang=en&q=groen`)).body);
    expect(found).toEqual(['groen']);
    const onlyProblems = rowsOf((await request(`${web.url}/whm/?lang=en&only=problems`)).body);
    expect(onlyProblems).not.toContain('devries');
    expect(onlyProblems.length).toBeGreaterThan(0);
  });

  it('when the reseller hoster opens the overview, then only the accounts hoster owns are listed', async () => {
    const r = await request(`${web.url}/sandbox/whm/hoster/?lang=en`);
    expect(r.status).toBe(200);
    const owned = web.sandbox.emulator.scenario.accounts.filter((a) => a.owner === 'hoster').map((a) => a.user).sort();
    expect(rowsOf(r.body).sort()).toEqual(owned);
    expect(rowsOf(r.body)).not.toContain('bos');
  });

  it('when drilling down to an account, then its full report is shown with the same partials', async () => {
    const r = await request(`${web.url}/whm/accounts/bos?lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('Report for bos');
    expect(diagnosesShown(r.body, 'md-finding')).toEqual(expect.arrayContaining(['forwarder-breaks-spf', 'pipe-forwarder-failed']));
    expect(r.body).toContain('Back to the overview');
    const filtered = await request(`${web.url}/whm/accounts/bos?lang=en&q=bestel.php`);
    expect(diagnosesShown(filtered.body, 'md-log')).toEqual(['pipe-forwarder-failed']);
  });

  it("when a reseller asks for another owner's account, then it is refused with 403", async () => {
    const r = await request(`${web.url}/sandbox/whm/hoster/accounts/bos?lang=en`);
    expect(r.status).toBe(403);
    expect(r.body).toContain('This account does not belong to your login.');
    expect(r.body).not.toContain('fietsenmaker-bos.example');
    const own = await request(`${web.url}/sandbox/whm/hoster/accounts/groen?lang=en`);
    expect(own.status).toBe(200);
  });

  it('when a WHM user lacks the mailcheck ACL, then a polite 403 page answers', async () => {
    expect(web.sandbox.emulator.tokens.whm.stagiair).toBe(STAGIAIR_TOKEN);
    const r = await request(`${web.url}/sandbox/whm/stagiair/?lang=en`);
    expect(r.status).toBe(403);
    expect(r.body).toContain('Troubleshoot Mail Delivery');
    const drill = await request(`${web.url}/sandbox/whm/stagiair/accounts/groen?lang=en`);
    expect(drill.status).toBe(403);
  });

  it('when root asks for an account that does not exist, then 404', async () => {
    const r = await request(`${web.url}/whm/accounts/nobody?lang=en`);
    expect(r.status).toBe(404);
  });
});

describe('sandbox home and assets', () => {
  it('when the sandbox home is opened, then it is labelled Sandbox and links every demo account and WHM login', async () => {
    const r = await request(`${web.url}/?lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<strong>Sandbox</strong>');
    for (const a of web.sandbox.emulator.scenario.accounts) expect(r.body).toContain(`href="/sandbox/cpanel/${a.user}/"`);
    expect(r.body).toContain('href="/whm/"');
    expect(r.body).toContain('href="/sandbox/whm/hoster/"');
  });

  it('when the page names its CSS and JS, then they are served by the app under a hashed name and cached long', async () => {
    const page = await request(`${web.url}/?lang=en`);
    const css = /href="(\/assets\/mail-doctor\.[0-9a-f]{12}\.css)"/.exec(page.body)?.[1];
    const js = /src="(\/assets\/mail-doctor\.[0-9a-f]{12}\.js)"/.exec(page.body)?.[1];
    expect(css).toBeDefined();
    expect(js).toBeDefined();
    const cssReply = await request(`${web.url}${css!}`);
    expect(cssReply.status).toBe(200);
    expect(cssReply.headers.get('content-type')).toMatch(/^text\/css/);
    expect(cssReply.headers.get('cache-control')).toContain('immutable');
    expect(cssReply.body).toContain('overflow-wrap: anywhere');
    expect((await request(`${web.url}${js!}`)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await request(`${web.url}/assets/mail-doctor.000000000000.css`)).status).toBe(404);
  });

  it('when any page is served, then it carries the security headers', async () => {
    const r = await cpanel('groen');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-powered-by')).toBeNull();
    // No inline script or style anywhere in the page.
    const { elements } = parseHtml(r.body);
    expect(elements.filter((e) => e.name === 'script' && !e.attributes.some((a) => a.name === 'src'))).toEqual([]);
    expect(elements.filter((e) => e.name === 'style' || e.attributes.some((a) => a.name === 'style' || a.name.startsWith('on')))).toEqual([]);
  });
});
