/**
 * The safe fixes in a real browser (Debian's chromium, playwright-core):
 * every safe fix, from "Fix this" on a card (or on a part of a root cause) →
 * the preview → the confirmation box and the button →
 * the new result → Undo from the fix log, the emulator's state checked at each step.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebSandbox, type WebSandbox } from '../web/web-sandbox';
import { emulatorState } from '../support/emulator-state';

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

const state = (): string => emulatorState(web.sandbox.emulator.scenario);

/** The "Fix this" link of a finding (or of a part of a root cause) for one subject, as the page offers it. */
async function fixThis(page: Page, finding: string, subject: string): Promise<void> {
  const links = page.locator('.md-fix-this a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => String((a as unknown as { href: string }).href)));
  const i = hrefs.findIndex((h) => {
    const q = new URL(h).searchParams;
    return q.get('finding') === finding && q.get('subject') === subject;
  });
  expect({ finding, subject, offered: i >= 0 }).toEqual({ finding, subject, offered: true });
  await links.nth(i).click();
  await page.waitForURL(/\/fix\?/);
}

/** A fresh browser context in English; page errors are collected for the test to check. */
async function openPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors };
}

/** Ticks the confirmation on the preview, makes the change and waits for the re-check's words. */
async function confirmAndApply(page: Page, result: string | RegExp): Promise<void> {
  await page.getByLabel('I want to make this change now').check();
  await page.getByRole('button', { name: 'Make the change' }).click();
  await page.getByText(result).waitFor();
}

/** From the page after a fix: the fix log, the newest entry's Undo, confirmed, and the re-check's words. */
async function undoNewest(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Applied fixes' }).first().click();
  await page.getByLabel('I want to undo this fix').first().check();
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await page.getByText('Checked again: the previous state is back.').waitFor();
}

describe('the safe fixes in chromium', () => {
  it('when the customer clicks Fix this, confirms and applies, then the page shows the new result, and Undo from the log puts it back', async () => {
    const { context, page, errors } = await openPage();
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
      await confirmAndApply(page, 'Checked again: the problem is gone.');
      expect(routing()).toBe('remote');
      expect(await page.locator('.md-fix-after article[data-diagnosis="routing-local-mx-elsewhere"]').count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, 'fix-applied.png'), fullPage: true });

      await undoNewest(page);
      expect(routing()).toBe('local');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['bos', 'routing-remote-mx-here', 'bos-verhuur.example', 'Email::set_always_accept'],
    ['jansen', 'outgoing-held', 'nieuwsbrief@webwinkel-jansen.example', 'Email::release_outgoing'],
    ['jansen', 'outgoing-suspended', 'verkoop@webwinkel-jansen.example', 'Email::unsuspend_outgoing'],
    ['lumiere', 'incoming-suspended', 'reservations@bistro-lumiere.example', 'Email::unsuspend_incoming'],
    ['lumiere', 'login-suspended', 'ancien@bistro-lumiere.example', 'Email::unsuspend_login'],
    ['lumiere', 'mailbox-over-quota', 'chef@bistro-lumiere.example', 'Email::edit_pop_quota'],
    ['stam', 'spf-invalid', 'advocatenkantoor-stam.example', 'EmailAuth::install_spf_records'],
    ['stam', 'dkim-invalid', 'stam-legal.example', 'EmailAuth::enable_dkim'],
    ['stam', 'dmarc-missing', 'advocatenkantoor-stam.example', 'DNS::mass_edit_zone'],
  ])('when %s clicks Fix this for %s of %s, confirms and later undoes it, then the state changes and comes back', async (user, finding, subject, call) => {
    const { context, page, errors } = await openPage();
    try {
      const before = state();
      await page.goto(`${web.url}/sandbox/cpanel/${user}/?lang=en`);
      await fixThis(page, finding, subject);
      await page.getByText('Nothing has been changed yet.').waitFor();
      expect(await page.locator('.md-fix-change').innerText()).toContain(call);
      expect(state()).toEqual(before);

      // As the cPanel user some account-wide flags cannot be read: the change can be in effect while the card stays.
      await confirmAndApply(page, /Checked again: the (problem is gone|change is in effect)\./);
      expect(state()).not.toEqual(before);

      await undoNewest(page);
      expect(state()).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('when the admin lifts a hold on the whole account from the WHM account page, then WHM releases it, and Undo holds the account again', async () => {
    const a = web.sandbox.emulator.scenario.accounts.find((x) => x.user === 'jansen');
    const box = a?.mailboxes.find((m) => m.email === 'nieuwsbrief@webwinkel-jansen.example');
    if (a === undefined || box === undefined) throw new Error('the demo has no jansen with nieuwsbrief@');
    const saved = { account: a.outgoing.hold, mailbox: box.holdOutgoing };
    a.outgoing.hold = true;
    box.holdOutgoing = false;
    const { context, page, errors } = await openPage();
    try {
      await page.goto(`${web.url}/whm/accounts/jansen?lang=en`);
      await fixThis(page, 'outgoing-held', 'nieuwsbrief@webwinkel-jansen.example');
      expect(await page.locator('.md-fix-change').innerText()).toContain('release_outgoing_email');
      expect(a.outgoing.hold).toBe(true);
      await confirmAndApply(page, 'Checked again: the problem is gone.');
      expect(a.outgoing.hold).toBe(false);

      await undoNewest(page);
      expect(a.outgoing.hold).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      a.outgoing.hold = saved.account;
      box.holdOutgoing = saved.mailbox;
    }
  });
});
