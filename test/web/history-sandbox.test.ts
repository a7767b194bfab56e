/**
 * The sandbox fills a temporary store with one run at start, through the
 * daemon's own run code, so its WHM and cPanel pages show history.
 */
import { parseHtml } from './html';
import { formField, request, startWebSandbox, type WebSandbox } from './web-sandbox';

let web: WebSandbox;

beforeAll(async () => {
  web = await startWebSandbox({ history: true });
}, 120_000);

afterAll(async () => {
  await web.close();
});

describe('sandbox history', () => {
  it('when the sandbox has started, then the WHM overview shows the run it made, the trend, and a drill-down its history', async () => {
    const r = await request(`${web.url}/whm/?lang=en`);
    expect(r.status).toBe(200);
    const { text } = parseHtml(r.body);
    expect(text).toMatch(/Last run\s*\d{4}-\d\d-\d\d \d\d:\d\d UTC: completed, \d+ accounts audited, 0 failed/);
    expect(text).toContain('no daemon running');
    expect(r.body).toContain('<svg');
    const user = /data-user="([^"]+)"/.exec(r.body)![1]!;
    const drill = await request(`${web.url}/whm/accounts/${encodeURIComponent(user)}?lang=en`);
    expect(drill.status).toBe(200);
    expect(parseHtml(drill.body).text).toMatch(/Last checked: \d{4}-/);
  });

  it('when an account’s cPanel page is opened, then it shows its own last check and history', async () => {
    const home = await request(`${web.url}/?lang=en`);
    const href = /href="(\/sandbox\/cpanel\/[^"]+\/)"/.exec(home.body)![1]!;
    const r = await request(`${web.url}${href}?lang=en`);
    expect(r.status).toBe(200);
    const { text } = parseHtml(r.body);
    expect(text).toMatch(/Last checked: \d{4}-/);
    expect(text).toContain('Your history');
  });

  it('when root asks for "audit now" in the sandbox, then the request shows as pending and the sandbox runs it (it has no daemon)', async () => {
    const page = await request(`${web.url}/whm/?lang=en`);
    const user = /data-user="([^"]+)"/.exec(page.body)![1]!;
    const drillUrl = `${web.url}/whm/accounts/${encodeURIComponent(user)}?lang=en`;
    const historyRows = (html: string): number => (html.match(/<tr>\s*<th scope="row"><time/g) ?? []).length;
    const before = historyRows((await request(drillUrl)).body);
    expect(before).toBeGreaterThanOrEqual(1);
    const r = await request(`${web.url}/whm/audit-now`, { form: { csrf: formField(page.body, 'csrf')!, confirm: 'yes' } });
    expect(r.status).toBe(303);
    expect(parseHtml((await request(`${web.url}/whm/?lang=en&notice=requested`)).body).text).toContain('requested by root: all accounts');
    let after = before;
    for (let i = 0; i < 60 && after === before; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = historyRows((await request(drillUrl)).body);
    }
    expect(after).toBe(before + 1);
  }, 120_000);
});
