/**
 * The safe fixes in a real browser (Debian's chromium, playwright-core):
 * "Fix this" on a card → the preview → the confirmation box and the button →
 * the new result → Undo from the fix log, the emulator's state checked at each step.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebSandbox, type WebSandbox } from '../web/web-sandbox';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'screenshots');

let web: WebSandbox;
let browser: Browser;

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

function routing(): string | undefined {
  return web.sandbox.emulator.scenario.accounts.find((a) => a.user === 'groen')?.routing.find((r) => r.domain === 'tuincentrum-groen.example')?.mxcheck;
}

describe('the safe fixes in chromium', () => {
  it('when the customer clicks Fix this, confirms and applies, then the page shows the new result, and Undo from the log puts it back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    try {
      await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
      const card = page.locator('article[data-diagnosis="routing-local-mx-elsewhere"]');
      await card.getByRole('link', { name: 'Fix this' }).click();
      await page.waitForURL(/\/fix\?/);
      await page.getByText('Nothing has been changed yet.').waitFor();
      expect(await page.locator('.md-fix-change').innerText()).toContain('Email::set_always_accept');
      expect(routing()).toBe('local');
      await page.screenshot({ path: path.join(SHOTS, 'fix-preview.png'), fullPage: true });

      // The box must be ticked: the browser itself refuses the form without it.
      await page.getByRole('button', { name: 'Make the change' }).click();
      expect(routing()).toBe('local');
      await page.getByLabel('I want to make this change now').check();
      await page.getByRole('button', { name: 'Make the change' }).click();
      await page.getByText('Checked again: the problem is gone.').waitFor();
      expect(routing()).toBe('remote');
      expect(await page.locator('.md-fix-after article[data-diagnosis="routing-local-mx-elsewhere"]').count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, 'fix-applied.png'), fullPage: true });

      await page.getByRole('link', { name: 'Applied fixes' }).first().click();
      await page.getByLabel('I want to undo this fix').check();
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('Checked again: the previous state is back.').waitFor();
      expect(routing()).toBe('local');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
