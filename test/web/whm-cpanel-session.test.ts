/**
 * "Open this account's cPanel" from WHM: a POST with the page's CSRF token,
 * only for an account the WHM user may see, answered with a 303 to the
 * one-time login the emulator's create_user_session made — which, in the
 * sandbox, is the account's emulated cPanel page.
 */
import { parseHtml } from './html';
import { formField, request, startWebSandbox, type WebSandbox } from './web-sandbox';

let web: WebSandbox;

beforeAll(async () => {
  web = await startWebSandbox();
}, 120_000);

afterAll(async () => {
  await web.close();
});

/** The drill-down's "open this account's cPanel" form: its action and CSRF token. */
async function sessionForm(whmPrefix: string, user: string): Promise<{ action: string; csrf: string }> {
  const page = await request(`${web.url}${whmPrefix}/accounts/${user}?lang=en`);
  expect(page.status).toBe(200);
  const form = /<form class="md-open-cpanel" method="post" action="([^"]+)">[\s\S]*?<\/form>/.exec(page.body);
  expect(form).not.toBeNull();
  expect(parseHtml(form![0]).text).toContain("Open this account's cPanel");
  return { action: form![1]!, csrf: formField(form![0], 'csrf')! };
}

describe('WHM: open an account’s cPanel', () => {
  it('when root posts the form, then it is sent (303) to a fresh session on the account’s own cPanel page, which opens', async () => {
    const { action, csrf } = await sessionForm('/whm', 'groen');
    expect(action).toBe('/whm/accounts/groen/cpanel-session');
    const r = await request(`${web.url}${action}`, { form: { csrf } });
    expect(r.status).toBe(303);
    const location = new URL(r.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${web.url}/sandbox/cpanel/groen/`);
    expect(location.searchParams.get('session')).toMatch(/^groen:[0-9a-f]+:CREATE_USER_SESSION$/);
    // Each post is a new session.
    const again = await request(`${web.url}${action}`, { form: { csrf } });
    expect(new URL(again.headers.get('location')!).searchParams.get('session')).not.toBe(location.searchParams.get('session'));
    const page = await request(`${location.href}&lang=en`);
    expect(page.status).toBe(200);
    expect(parseHtml(page.body).text).toContain('groen');
  });

  it('when the session is asked for by GET, without the token, with a wrong one or cross-site, then none is made', async () => {
    const { action, csrf } = await sessionForm('/whm', 'groen');
    const get = await request(`${web.url}${action}`);
    expect(get.status).toBe(404);
    expect(get.headers.get('location')).toBeNull();
    for (const form of [{}, { csrf: `${csrf}x` }] as Record<string, string>[]) {
      const r = await request(`${web.url}${action}`, { form });
      expect(r.status).toBe(403);
      expect(r.headers.get('location')).toBeNull();
    }
    const cross = await request(`${web.url}${action}`, { form: { csrf }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(cross.status).toBe(403);
  });

  it('when a reseller asks, then only its own accounts open; another owner’s account and root’s token are refused', async () => {
    const { action, csrf } = await sessionForm('/sandbox/whm/hoster', 'groen');
    const own = await request(`${web.url}${action}`, { form: { csrf } });
    expect(own.status).toBe(303);
    expect(new URL(own.headers.get('location')!).pathname).toBe('/sandbox/cpanel/groen/');
    // bos belongs to root, not to the reseller hoster.
    const other = await request(`${web.url}/sandbox/whm/hoster/accounts/bos/cpanel-session?lang=en`, { form: { csrf } });
    expect(other.status).toBe(403);
    expect(other.headers.get('location')).toBeNull();
    expect(parseHtml(other.body).text).toContain('This account does not belong to your login.');
    const rootToken = (await sessionForm('/whm', 'bos')).csrf;
    expect((await request(`${web.url}${action}`, { form: { csrf: rootToken } })).status).toBe(403);
  });

  it('when WHM refuses to make the session, then the page says what failed, naming the call and WHM’s reason, in the reader’s language', async () => {
    const { action, csrf } = await sessionForm('/whm', 'groen');
    web.sandbox.emulator.setFault({ function: 'create_user_session', kind: 'fail', message: 'The session service is down.' });
    try {
      for (const [lang, words] of [
        ['en', "This account's cPanel could not be opened."],
        ['nl', 'De cPanel van dit account kon niet worden geopend.'],
      ] as const) {
        const r = await request(`${web.url}${action}?lang=${lang}`, { form: { csrf } });
        expect(r.status).toBe(502);
        expect(r.headers.get('location')).toBeNull();
        const { text } = parseHtml(r.body);
        expect(text).toContain(words);
        expect(text).toContain('create_user_session');
        expect(text).toContain('groen');
        expect(text).toContain('The session service is down.');
      }
    } finally {
      web.sandbox.emulator.clearFaults();
    }
  });
});
