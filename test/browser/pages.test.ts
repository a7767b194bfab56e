/**
 * The pages in a real browser: Debian's chromium driven by playwright-core,
 * against the sandbox served in-process on 127.0.0.1. A JavaScript error or
 * a console error (a CSP violation is one) fails the test. Screenshots go to
 * test/browser/screenshots/ (ignored by git).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DIAGNOSES } from '../../src/kb/catalogue';
import { createApp, serve, startWebSandbox, type WebSandbox } from '../web/web-sandbox';
import { addRun, spf, T0, tempStore } from '../web/history-fixture';
import { sampleReport, sampleWhmAccount } from '../support/sample-reports';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import { CsrfTokens } from '../../src/web/security';

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
  it("when the cPanel page is opened and a card's messages expanded, then the messages its root cause causes show", async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Health at a glance' }).waitFor();
    // The sender-verify refusals are shown under the routing problem that causes them.
    const card = page.locator('article.md-finding[data-diagnosis="routing-local-mx-elsewhere"]');
    const rows = card.locator('details.md-messages tbody tr');
    expect(await rows.first().isVisible()).toBe(false);
    await card.locator('details.md-messages > summary').click();
    await rows.first().waitFor({ state: 'visible' });
    expect(await rows.count()).toBe(4);
    // JavaScript enhanced the page: the copy buttons of records are visible only with it.
    await shot('cpanel-groen-expanded');
  });

  it('when a filter is chosen, then the list follows it (the select submits by itself)', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await Promise.all([page.waitForURL(/result=rejected/), page.getByLabel('Result').selectOption('rejected')]);
    expect(await page.locator('td.md-text').count()).toBe(3);
    // The page stays at the delivery log instead of jumping to the top.
    expect(page.url()).toMatch(/#delivery$/);
    expect((await page.evaluate('window.scrollY')) as number).toBeGreaterThan(0);
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
    await page.setViewportSize({ width: 375, height: 740 });
    await shot('whm-overview-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await Promise.all([page.waitForURL(/\/whm\/accounts\/bos/), page.locator('table.md-accounts').getByRole('link', { name: 'bos', exact: true }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Report for bos' }).waitFor();
    await shot('whm-account-bos');
  });

  it('when read on a phone with a 20,000-character line pasted, then nothing runs off the side of the page', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${web.url}/sandbox/cpanel/knip/?lang=en`);
    // The emulated cPanel frame is Jupiter-like: a viewport meta tag and its top bar.
    expect(await page.locator('meta[name="viewport"]').count()).toBeGreaterThan(0);
    expect(await page.locator('header.cp-topbar').isVisible()).toBe(true);
    await page.getByLabel('Bounce text').fill(`550 5.7.1 ${'W'.repeat(20_000)} \u202Eevil <script>alert(1)</script>`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: 'Explanation' }).waitFor();
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    // The pasted markup is text: no element came out of it.
    expect(await page.locator('.md script:not([src])').count()).toBe(0);
    await shot('cpanel-knip-phone');
  });

  it("when an administrator opens an account's cPanel from WHM, then the account's own cPanel page opens in the sandbox", async () => {
    await page.goto(`${web.url}/whm/accounts/knip?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Report for knip' }).waitFor();
    await Promise.all([page.waitForURL(/\/sandbox\/cpanel\/knip\/\?session=/), page.getByRole('button', { name: "Open this account's cPanel" }).click()]);
    await page.locator('h1 .md-user').filter({ hasText: 'knip' }).waitFor();
    expect(await page.locator('header.cp-topbar').isVisible()).toBe(true);
    await shot('whm-open-cpanel-knip');
    // The overview's row does the same for its account, for a reseller too.
    await page.goto(`${web.url}/sandbox/whm/hoster/?lang=en`);
    await Promise.all([page.waitForURL(/\/sandbox\/cpanel\/groen\/\?session=/), page.getByRole('button', { name: "Open groen's cPanel" }).click()]);
    await page.locator('h1 .md-user').filter({ hasText: 'groen' }).waitFor();
  });

  it('when no daemon runs, then the drill-down\'s "Audit now" is disabled and says why', async () => {
    const made = await tempStore();
    await addRun(made.store, { at: T0, accounts: { groen: [spf('groen.example')] } });
    const app = createApp({
      mode: 'whm',
      audits: { report: (u) => Promise.resolve({ report: sampleReport(u, [spf(`${u}.example`)], T0), madeAt: T0 }) },
      profile: DEFAULT_PROFILE,
      csrf: CsrfTokens.random(),
      whmSession: () => ({ user: 'root', privileges: () => Promise.resolve({ all: true, acls: { all: true } }), listAccounts: () => Promise.resolve([sampleWhmAccount('groen')]) }),
      history: made.store,
      log: () => undefined,
    });
    const served = await serve(app);
    try {
      await page.goto(`${served.url}/whm/accounts/groen?lang=en`);
      const button = page.locator('form.md-audit-now button[type="submit"]');
      await button.waitFor();
      expect(await button.isDisabled()).toBe(true);
      expect(await page.locator('form.md-audit-now input[name="confirm"]').isDisabled()).toBe(true);
      await page.getByText('Audit now is not available: no daemon is running to take the request.').waitFor();
      expect(await button.getAttribute('aria-describedby')).toBe('md-audit-disabled');
      await shot('whm-account-no-daemon');
    } finally {
      await served.close();
      await made.close();
    }
  });

  it('when moving through the page with the keyboard, then the focused element is outlined', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/groen/?lang=en`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = (await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')) as string;
    expect(outline).not.toBe('none');
  });
});

/**
 * Every demo account, in both languages, as the customer (cPanel) and as the
 * administrator (WHM drill-down): what the summary counts is on the page,
 * one card per root cause, words instead of ids, other people's problems
 * apart, and the PTR fix names the address the account really sends from.
 */
interface Seen {
  readonly counts: { problems: number; warnings: number; unchecked: number; others: number };
  readonly cards: { problems: number; warnings: number; unchecked: number; others: number };
  readonly keys: string[];
  readonly text: string;
}

/** The page's readable text (the raw-source disclosures left out) and its counts and cards. */
async function seen(): Promise<Seen> {
  return (await page.evaluate(`(() => {
    const n = (sel) => document.querySelectorAll(sel).length;
    const count = (cls) => Number(document.querySelector('.md-counts .' + cls + ' .md-count-n')?.textContent ?? '0');
    const copy = document.querySelector('.md').cloneNode(true);
    copy.querySelectorAll('.md-raw, script, textarea').forEach((e) => e.remove());
    return {
      counts: { problems: count('md-sev-critical'), warnings: count('md-sev-warning'), unchecked: count('md-sev-unchecked'), others: count('md-count-others') },
      cards: {
        problems: n('.md-setup article.md-finding.md-sev-critical'),
        warnings: n('.md-setup article.md-finding.md-sev-warning') + n('.md-setup article.md-finding.md-sev-info'),
        unchecked: n('.md-unchecked article.md-finding'),
        others: n('.md-others article.md-finding'),
      },
      keys: [...document.querySelectorAll('article.md-finding')].map((a) => a.getAttribute('data-diagnosis') + ' ' + a.querySelector('.md-subject')?.textContent),
      text: copy.textContent,
    };
  })()`)) as Seen;
}

const IDS = DIAGNOSES.map((d) => d.id).filter((id) => id.includes('-'));
const RAW = ['undefined', 'account-owner', 'other-side', 'hosting-provider', 'geen MX / no MX', 'NaN'];

function wordProblems(text: string, lang: 'nl' | 'en'): string[] {
  const found = [...RAW.filter((w) => new RegExp(`(^|[^\\w-])${w}([^\\w-]|$)`).test(text)), ...IDS.filter((id) => new RegExp(`(^|[^\\w.@/-])${id}([^\\w.-]|$)`).test(text))];
  if (lang === 'nl' && /\[(warning|critical|info)\]/.test(text)) found.push('[severity] in Dutch');
  return found;
}

describe('every demo account, both languages, customer and administrator', () => {
  const accounts = ['devries', 'groen', 'bos', 'jansen', 'zon', 'knip', 'stam', 'harbour', 'lumiere', 'drukkerij'];
  const harbourIp = '203.0.113.20';

  it('when each page is read, then counted = shown, each root cause is one card, and no id or "undefined" shows', async () => {
    expect(web.sandbox.emulator.scenario.accounts.map((a) => a.user).sort()).toEqual([...accounts].sort());
    const problems: string[] = [];
    for (const user of accounts) {
      for (const lang of ['nl', 'en'] as const) {
        for (const where of ['cpanel', 'whm'] as const) {
          const url = where === 'cpanel' ? `${web.url}/sandbox/cpanel/${user}/?lang=${lang}` : `${web.url}/whm/accounts/${user}?lang=${lang}`;
          await page.goto(url);
          await page.locator('.md-counts').waitFor();
          const s = await seen();
          const at = `${where} ${user} ${lang}`;
          if (JSON.stringify(s.counts) !== JSON.stringify(s.cards)) problems.push(`${at}: counted ${JSON.stringify(s.counts)} but shown ${JSON.stringify(s.cards)}`);
          const twice = s.keys.filter((k, i) => s.keys.indexOf(k) !== i);
          if (twice.length > 0) problems.push(`${at}: more than one card for ${twice.join(', ')}`);
          const words = wordProblems(s.text, lang);
          if (words.length > 0) problems.push(`${at}: shows ${words.join(', ')}`);
          if (where === 'whm' && /you, the account owner|jij, de eigenaar/.test(s.text)) problems.push(`${at}: speaks to the admin as the account owner`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it("when jansen receives mail another party's set-up refuses, then it is not jansen's problem and says there is nothing to do", async () => {
    await page.goto(`${web.url}/sandbox/cpanel/jansen/?lang=en`);
    const card = page.locator('.md-others article[data-diagnosis="sender-verify-failed"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('the sender: nothing for you to do');
    expect(await page.locator('.md-setup article[data-diagnosis="sender-verify-failed"]').count()).toBe(0);
    expect(await page.locator('.md-fix-first').textContent()).not.toContain("could not verify the sender");
  });

  it("when harbour's PTR is missing, then the fix names the address it sends from, keeps the host name on the main address and offers nothing to publish", async () => {
    const account = web.sandbox.emulator.scenario.accounts.find((a) => a.user === 'harbour') as unknown as { ip?: string };
    expect(account.ip).toBe(harbourIp);
    await page.goto(`${web.url}/sandbox/cpanel/harbour/?lang=en`);
    const card = page.locator('.md-setup article[data-diagnosis="server-ptr-missing"]');
    await card.waitFor();
    const fix = (await card.locator('.md-fix').textContent()) ?? '';
    expect(fix).toContain(`PTR record with a host name of its own that points back to ${harbourIp}`);
    expect(fix).not.toMatch(/cp01\.hosting\.example (?:points )?to 203\.0\.113\.20/);
    expect(fix).not.toContain('Publish this DNS record');
    expect(await card.locator('button.md-copy').count()).toBe(0);
  });

  const screens = [
    { name: 'desktop', width: 1366, height: 768 },
    { name: 'phone', width: 390, height: 844 },
  ] as const;
  it('when the sender-requirements card is read, then the healthy account meets every checkable row and a row not met links to the card with its fix, in both languages', async () => {
    await page.goto(`${web.url}/sandbox/cpanel/devries/?lang=en`);
    const card = page.locator('section.md-requirements');
    await card.getByRole('heading', { level: 2, name: 'Gmail · Outlook · Yahoo requirements' }).waitFor();
    const states = await card.locator('tr[data-requirement]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-requirement')}=${r.getAttribute('data-status')}`));
    expect(states).toEqual(['spf=met', 'dkim=met', 'dmarc=met', 'alignment=met', 'ptr=met', 'helo=met', 'tls=cannot-check', 'bulk=cannot-check']);
    expect(await card.locator('tr[data-requirement="bulk"]').textContent()).toContain('postmaster.google.com');
    await shot('cpanel-devries-requirements');

    await page.goto(`${web.url}/sandbox/cpanel/stam/?lang=nl`);
    const nl = page.locator('section.md-requirements');
    await nl.getByRole('heading', { level: 2, name: 'Eisen van Gmail, Outlook en Yahoo' }).waitFor();
    const row = nl.locator('article[data-domain="advocatenkantoor-stam.example"] tr[data-requirement="dmarc"]');
    expect(await row.getAttribute('data-status')).toBe('not-met');
    expect(await row.locator('.md-req-status').textContent()).toBe('Niet voldaan');
    const href = await row.locator('.md-req-fix a').getAttribute('href');
    // The row links to the card that carries the DMARC fix: its own card, or the domain's mail-authentication card with DMARC as a part.
    const linked = page.locator(`.md-setup article.md-finding${href ?? '#none'}`);
    expect(await linked.evaluate((c) => [c.getAttribute('data-diagnosis'), ...Array.from(c.querySelectorAll('.md-part')).map((p) => (p as { getAttribute(name: string): string | null }).getAttribute('data-diagnosis'))])).toContain('dmarc-missing');
    // The refusal Gmail gave is shown with the row it names, from both sides.
    expect(await nl.locator('article[data-domain="advocatenkantoor-stam.example"] tr[data-requirement="spf"] .md-req-refusals').textContent()).toMatch(/Gmail zei 5\.7\.26 op \d+ \w+; het SPF-record van advocatenkantoor-stam\.example bevat geen include:spf\.hosting\.example/);
    await shot('cpanel-stam-requirements-nl');

    await page.goto(`${web.url}/whm/accounts/drukkerij?lang=en`);
    const ptr = page.locator('section.md-requirements tr[data-requirement="ptr"]');
    await ptr.waitFor();
    expect(await ptr.getAttribute('data-status')).toBe('not-met');
    expect(await ptr.textContent()).toContain('generic name');
  });

  for (const user of ['groen', 'stam', 'knip']) {
    it(`when a new reader opens ${user}'s page on a laptop or a phone, then every root cause of "Fix these first" is in the first screen`, async () => {
      for (const screen of screens) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        for (const lang of ['en', 'nl'] as const) {
          await page.goto(`${web.url}/sandbox/cpanel/${user}/?lang=${lang}`);
          const list = page.locator('.md-fix-first li');
          await list.first().waitFor();
          const n = await list.count();
          expect(n).toBe(await page.locator('.md-setup article.md-finding').count());
          // Every item of the summary is visible without scrolling: its bottom within the first viewport height.
          const below: string[] = [];
          for (let i = 0; i < n; i += 1) {
            const box = await list.nth(i).boundingBox();
            if (box === null || box.y + box.height > screen.height) below.push(`${i + 1}/${n} ends at ${box === null ? 'nowhere' : Math.ceil(box.y + box.height)}`);
          }
          expect({ user, screen: screen.name, lang, below }).toEqual({ user, screen: screen.name, lang, below: [] });
        }
        await page.screenshot({ path: path.join(SHOTS, `cpanel-${user}-first-screen-${screen.name}.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot(`cpanel-${user}-full`);
    });
  }
});
