/**
 * The pages in a real browser: Debian's chromium driven by playwright-core,
 * against the sandbox served in-process on 127.0.0.1. A JavaScript error or
 * a console error (a CSP violation is one) fails the test. Screenshots go to
 * test/browser/screenshots/ (ignored by git).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebSandbox, type WebSandbox } from '../web/web-sandbox';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'screenshots');

let web: WebSandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium. Install it with \`bash scripts/install-system-deps.sh\` (as root).`);
  }
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([
    startWebSandbox(),
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
});

afterEach(async () => {
  await context.close();
  expect(errors).toEqual([]);
});

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

describe('pages in chromium', () => {
  it('when the cPanel page is opened and a group expanded, then its messages show', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Health at a glance' }).waitFor();
    const group = page.locator('article.md-group[data-diagnosis="sender-verify-failed"]');
    const rows = group.locator('details.md-messages tbody tr');
    expect(await rows.first().isVisible()).toBe(false);
    await group.locator('details.md-messages > summary').click();
    await rows.first().waitFor({ state: 'visible' });
    expect(await rows.count()).toBe(4);
    // JavaScript enhanced the page: the copy buttons of records are visible only with it.
    await shot('cpanel-groen-expanded');
  });

  it('when a filter is chosen, then the list follows it (the select submits by itself)', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await Promise.all([page.waitForURL(/result=rejected/), page.getByLabel('Result').selectOption('rejected')]);
    expect(await page.locator('td.md-text').count()).toBe(3);
    await page.getByLabel('E-mail address').fill('klantenservice@webwinkel-jansen.example');
    await Promise.all([page.waitForURL(/address=/), page.getByRole('button', { name: 'Apply filter' }).click()]);
    expect(await page.locator('td.md-text').count()).toBe(3);
    await page.getByLabel('Search (address, domain or message text)').fill('nothing-matches-this');
    await Promise.all([page.waitForURL(/q=nothing/), page.getByRole('button', { name: 'Apply filter' }).click()]);
    await page.getByText('No failed, deferred or rejected messages match this filter.').waitFor();
    await shot('cpanel-groen-filtered');
  });

  it('when a bounce is pasted and explained, then the explanation shows on the page', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/bos/?lang=en`);
    await page.getByLabel('Bounce text').fill(
      'Reporting-MTA: dns; cp01.hosting.example\nFinal-Recipient: rfc822; fietsenmaker.bos@gmail.com\nStatus: 5.7.26\nDiagnostic-Code: smtp; 550-5.7.26 This message does not pass authentication checks (SPF and DKIM both\n 550-5.7.26 do not pass).',
    );
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: 'Explanation' }).waitFor();
    expect(await page.locator('article.md-explained').count()).toBe(1);
    await shot('cpanel-bos-explained');
  });

  it('when a bounce .eml is uploaded and explained, then every failed recipient shows', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/lumiere/?lang=en`);
    await page.getByLabel('Or upload the bounce as an .eml file (at most 10 MB)').setInputFiles(path.join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml', 'lhost-postfix-02.eml'));
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: 'Explanation' }).waitFor();
    expect(await page.locator('article.md-explained').count()).toBe(2);
    expect(await page.locator('article.md-explained .md-recipient code').allTextContents()).toEqual(['filtered@example.co.jp', 'userunknown@example.co.jp']);
    await shot('cpanel-lumiere-upload');
  });

  it('when the language is switched, then the page turns Dutch and stays Dutch', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/jansen/?lang=en`);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gezondheid in één oogopslag' }).waitFor();
    await page.goto(`${web.url}/sandbox/cpanel/jansen/`);
    await page.getByRole('heading', { level: 2, name: 'Gezondheid in één oogopslag' }).waitFor();
    expect(await page.locator('div.md').getAttribute('lang')).toBe('nl');
    await shot('cpanel-jansen-nl');
  });

  it('when the WHM page is opened, then accounts are listed and an account opens its report', async () => {
    await page.goto(`${web.url}/whm/?lang=en`);
    await page.getByRole('heading', { level: 1, name: /Mail Doctor for WHM/ }).waitFor();
    expect(await page.locator('table.md-accounts tbody tr').count()).toBe(10);
    await shot('whm-overview');
    await Promise.all([page.waitForURL(/\/whm\/accounts\/bos/), page.getByRole('link', { name: 'bos', exact: true }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Report for bos' }).waitFor();
    await shot('whm-account-bos');
  });

  it('when read on a phone with a 20,000-character line pasted, then nothing runs off the side of the page', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${web.url}/sandbox/cpanel/knip/?lang=en`);
    await page.getByLabel('Bounce text').fill(`550 5.7.1 ${'W'.repeat(20_000)} \u202Eevil <script>alert(1)</script>`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: 'Explanation' }).waitFor();
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    // The pasted markup is text: no element came out of it.
    expect(await page.locator('.md script:not([src])').count()).toBe(0);
    await shot('cpanel-knip-phone');
  });

  it('when moving through the page with the keyboard, then the focused element is outlined', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = (await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')) as string;
    expect(outline).not.toBe('none');
  });
});
