/**
 * The WHM pages' history: the last and next run, "audit now" (CSRF, confirm,
 * the pending request), the server-wide trend on the overview, and an
 * account's runs with a server-side SVG chart on the drill-down — all from a
 * real SQLite store filled through the store itself.
 */
import type { WhmAccount, WhmPrivileges } from '../../src/cpanel/whm-accounts';
import { sampleReport, sampleWhmAccount } from '../support/sample-reports';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { HistoryStore } from '../../src/store/history-store';
import { createApp, type AppOptions } from '../../src/web/app';
import { historyAt } from '../../src/web/history-source';
import { CsrfTokens } from '../../src/web/security';
import { addRun, DAY, full, mx, SERVER, spf, T0, tempStore } from './history-fixture';
import { parseHtml, type Element } from './html';
import { formField, request, serve } from './web-sandbox';

const account = (user: string, owner = 'root'): WhmAccount => sampleWhmAccount(user, { owner });

const ROOT: WhmPrivileges = { all: true, acls: { all: true } };
const RESELLER: WhmPrivileges = { all: false, acls: { mailcheck: true } };
const ACCOUNTS = [account('groen'), account('rood', 'hoster'), account('blauw', 'hoster')];
const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';

function app(history: AppOptions['history'], who: 'root' | 'hoster' = 'root', csrf = CsrfTokens.random()) {
  return createApp({
    mode: 'whm',
    // Every report comes from the store; a live audit would be a bug here.
    audits: { report: (u) => Promise.reject(new Error(`no live audit for ${u}`)) },
    profile: DEFAULT_PROFILE,
    csrf,
    whmSession: () => ({
      user: who,
      privileges: (): Promise<WhmPrivileges> => Promise.resolve(who === 'root' ? ROOT : RESELLER),
      listAccounts: () => Promise.resolve(ACCOUNTS),
    }),
    ...(history === undefined ? {} : { history }),
    clock: () => T0 + 3 * DAY,
    log: () => undefined,
  });
}

/** The elements inside the first <svg> … </svg>, and its text. */
function svgOf(html: string): { elements: Element[]; text: string; raw: string } | undefined {
  const start = html.indexOf('<svg');
  if (start < 0) return undefined;
  const end = html.indexOf('</svg>', start);
  const raw = html.slice(start, end + 6);
  return { ...parseHtml(raw), raw };
}

const SVG_ELEMENTS = new Set(['svg', 'title', 'desc', 'g', 'line', 'text', 'polyline', 'circle', 'rect']);

function expectSafeSvg(svg: { elements: Element[]; raw: string }): void {
  expect(svg.elements.map((e) => e.name).filter((n) => !SVG_ELEMENTS.has(n))).toEqual([]);
  const attrs = svg.elements.flatMap((e) => e.attributes.map((a) => a.name));
  expect(attrs.filter((a) => a.startsWith('on') || a === 'style' || a === 'href' || a === 'xlink:href' || a === 'src')).toEqual([]);
  expect(svg.raw).not.toMatch(/<script|javascript:|url\(/i);
}

let store: HistoryStore;
let closeStore: () => Promise<void>;
let storeFile: string;

beforeAll(async () => {
  const made = await tempStore();
  store = made.store;
  closeStore = made.close;
  storeFile = made.file;
  await addRun(store, { at: T0, accounts: { groen: [mx('groen.example'), spf('groen.example')], rood: [], blauw: [spf('blauw.example')] } });
  await addRun(store, { at: T0 + DAY, accounts: { groen: [spf('groen.example'), full('info@groen.example')], rood: { error: 'cPanel did not answer' }, blauw: [spf('blauw.example')] } });
  await addRun(store, { at: T0 + 2 * DAY, accounts: { groen: [spf('groen.example')], rood: [mx('rood.example')], blauw: [] } });
  await store.setNextRun(T0 + 3 * DAY + 3_600_000);
});

afterAll(async () => {
  await closeStore();
});

describe('WHM overview with history', () => {
  it('when the store has runs, then the overview shows the last run, the next run, the trend chart and rows from the stored reports', async () => {
    const s = await serve(app(store));
    try {
      const r = await request(`${s.url}/whm/?lang=en`);
      expect(r.status).toBe(200);
      const { text } = parseHtml(r.body);
      expect(text).toContain('2025-11-22 02:30 UTC: completed, 3 accounts audited, 0 failed');
      // The page says which server's history it shows: the name the store files this server's runs under.
      expect(text).toContain(`This server: ${store.server}`);
      expect(text).toContain('2025-11-23 03:30 UTC');
      expect(r.body).toContain('datetime="2025-11-23T03:30:00.000Z"');
      // The rows are the stored reports of the last run (the live auditor rejects everything).
      expect(r.body).toMatch(/<tr class="md-row-critical" data-user="rood">/);
      expect(r.body).toMatch(/<tr class="md-row-warning" data-user="groen">/);
      expect(r.body).toMatch(/<tr class="md-row-ok" data-user="blauw">/);
      // The trend: a table of the diagnoses and an inline SVG with one line per diagnosis.
      expect(r.body).toMatch(/<tr data-diagnosis="spf-invalid"><th scope="row">[^<]+<\/th><td class="md-num" data-label="[^"]+">1<\/td><td class="md-num" data-label="[^"]+">5<\/td><\/tr>/);
      const svg = svgOf(r.body)!;
      expect(svg).toBeDefined();
      expectSafeSvg(svg);
      // The legend names diagnoses in words, not ids.
      expect(svg.text).toContain("The sender domain's SPF record is wrong");
      expect(svg.text).toContain('A domain has no working MX');
      expect(svg.text).not.toMatch(/spf-invalid|mx-missing|mailbox-over-quota/);
      expect(svg.elements.filter((e) => e.name === 'polyline')).toHaveLength(3);
      const points = svg.elements.find((e) => e.name === 'polyline')!.attributes.find((a) => a.name === 'points')!.value;
      expect(points).toMatch(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+){2}$/);
    } finally {
      await s.close();
    }
  });

  it('when the trend holds a diagnosis none of the current reports has, then it is named in words from the catalogue, in nl and en', async () => {
    const s = await serve(app(store));
    try {
      // mailbox-over-quota was found in the second run only; the latest reports (what the page's findings are) lack it.
      for (const [lang, title] of [
        ['en', 'A mailbox is (nearly) full'],
        ['nl', 'Een mailbox is (bijna) vol'],
      ] as const) {
        const r = await request(`${s.url}/whm/?lang=${lang}`);
        const row = new RegExp(`<tr data-diagnosis="mailbox-over-quota"><th scope="row">([^<]+)</th>`).exec(r.body);
        expect(row?.[1]).toBe(title);
        // The trend section (chart and table); the fixture's own finding titles elsewhere carry ids on purpose.
        const section = /<section class="md-trend"[\s\S]*?<\/section>/.exec(r.body)?.[0] ?? '';
        const { text } = parseHtml(section);
        expect(text).toContain(title);
        for (const id of ['mailbox-over-quota', 'spf-invalid', 'mx-missing']) expect(text).not.toContain(id);
      }
    } finally {
      await s.close();
    }
  });

  it('when no daemon runs, then the next run says so', async () => {
    await store.setNextRun(null);
    const s = await serve(app(store));
    try {
      const r = await request(`${s.url}/whm/?lang=en`);
      expect(r.body).toMatch(/<dd class="md-next-run">no daemon running<\/dd>/);
    } finally {
      await s.close();
      await store.setNextRun(T0 + 3 * DAY + 3_600_000);
    }
  });

  it('when there is no store (none configured, or its file does not exist), then the history sections say "no history yet" and the page still works', async () => {
    for (const history of [undefined, historyAt('/nonexistent/mail-doctor/history.sqlite', SERVER, () => undefined)]) {
      const s = await serve(
        createApp({
          mode: 'whm',
          audits: { report: (u) => Promise.resolve({ report: sampleReport(u, [], T0), madeAt: T0 }) },
          profile: DEFAULT_PROFILE,
          csrf: CsrfTokens.random(),
          whmSession: () => ({ user: 'root', privileges: () => Promise.resolve({ all: true, acls: { all: true } }), listAccounts: () => Promise.resolve(ACCOUNTS) }),
          ...(history === undefined ? {} : { history }),
          log: () => undefined,
        }),
      );
      try {
        const r = await request(`${s.url}/whm/?lang=en`);
        expect(r.status).toBe(200);
        expect(r.body).toContain('No history yet');
        expect(r.body).not.toContain('<svg');
        const drill = await request(`${s.url}/whm/accounts/groen?lang=en`);
        expect(drill.status).toBe(200);
        expect(drill.body).toContain('No history yet');
      } finally {
        await s.close();
      }
    }
  });

  it('when a reseller looks, then the server-wide runs and trend are not shown', async () => {
    const s = await serve(app(store, 'hoster'));
    try {
      const r = await request(`${s.url}/whm/?lang=en`);
      expect(r.status).toBe(200);
      expect(r.body).not.toContain('md-runs');
      expect(r.body).not.toContain('<svg');
      expect(r.body).not.toContain('data-user="groen"');
    } finally {
      await s.close();
    }
  });
});

describe('WHM drill-down with history', () => {
  it('when an account has runs, then its history table shows counts, new and resolved problems per run, and an SVG chart of the numbers', async () => {
    const s = await serve(app(store));
    try {
      const r = await request(`${s.url}/whm/accounts/groen?lang=en`);
      expect(r.status).toBe(200);
      const start = r.body.indexOf('<section class="md-account-history"');
      const section = r.body.slice(start, r.body.indexOf('</section>', start));
      const rows = [...section.matchAll(/<tr>\s*<th scope="row"><time datetime="([^"]+)">[\s\S]*?<\/tr>/g)];
      expect(rows.map((m) => m[1])).toEqual(['2025-11-22T02:30:01.000Z', '2025-11-21T02:30:01.000Z', '2025-11-20T02:30:01.000Z']);
      const cells = rows.map((m) => [...m[0].matchAll(/<td class="md-num[^"]*"[^>]*>(\d+)/g)].map((c) => Number(c[1])));
      // problems, warnings, could not check, new, resolved
      expect(cells).toEqual([
        [0, 1, 0, 0, 1],
        [0, 2, 0, 1, 1],
        [1, 1, 0, 2, 0],
      ]);
      expect(section).toContain('Problem mailbox-over-quota at info@groen.example');
      expect(section).toContain('Last checked: 2025-11-22 02:30 UTC');
      const svg = svgOf(section)!;
      expectSafeSvg(svg);
      expect(svg.text).toContain('Problems and warnings per audit');
      expect(svg.text).toContain('Problems: 1 (2025-11-20 02:30 UTC)');
      expect(svg.text).toContain('Warnings: 2 (2025-11-21 02:30 UTC)');
      expect(svg.elements.filter((e) => e.name === 'circle')).toHaveLength(6);
    } finally {
      await s.close();
    }
  });

  it('when a failed audit is in the history, then its row says why', async () => {
    const s = await serve(app(store));
    try {
      const r = await request(`${s.url}/whm/accounts/rood?lang=en`);
      expect(parseHtml(r.body).text).toContain('audit failed: cPanel did not answer');
    } finally {
      await s.close();
    }
  });

  it('when finding titles in the history carry markup, then the table and the chart show it as text only', async () => {
    const { store: evil, close } = await tempStore();
    try {
      await addRun(evil, { at: T0, accounts: { groen: [mx(HOSTILE)] } });
      await addRun(evil, { at: T0 + DAY, accounts: { groen: [] } });
      const s = await serve(app(evil));
      try {
        const drill = await request(`${s.url}/whm/accounts/groen?lang=en`);
        const { elements, text } = parseHtml(drill.body);
        expect(elements.filter((e) => e.name === 'img' || (e.name === 'script' && !e.attributes.some((a) => a.name === 'src')))).toEqual([]);
        expect(text).toContain(`Problem mx-missing at ${HOSTILE}`);
        expectSafeSvg(svgOf(drill.body)!);
        const overview = await request(`${s.url}/whm/?lang=en`);
        expect(parseHtml(overview.body).elements.filter((e) => e.name === 'img')).toEqual([]);
        expectSafeSvg(svgOf(overview.body)!);
      } finally {
        await s.close();
      }
    } finally {
      await close();
    }
  });
});

describe('Audit now', () => {
  it('when the form is posted without the CSRF token, or with a wrong one, or cross-site, then it is 403 and nothing is requested', async () => {
    const s = await serve(app(store));
    try {
      const page = await request(`${s.url}/whm/?lang=en`);
      const csrf = formField(page.body, 'csrf')!;
      expect(csrf).toMatch(/^[A-Za-z0-9_-]+$/);
      expect((await request(`${s.url}/whm/audit-now`, { form: { confirm: 'yes' } })).status).toBe(403);
      expect((await request(`${s.url}/whm/audit-now`, { form: { confirm: 'yes', csrf: `${csrf}x` } })).status).toBe(403);
      expect((await request(`${s.url}/whm/audit-now`, { form: { confirm: 'yes', csrf }, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
      expect((await request(`${s.url}/whm/accounts/groen/audit-now`, { form: { confirm: 'yes' } })).status).toBe(403);
      expect(await store.pendingRunRequests()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('when the box is not ticked, then nothing is requested and the page asks to confirm', async () => {
    const s = await serve(app(store));
    try {
      const csrf = formField((await request(`${s.url}/whm/?lang=en`)).body, 'csrf')!;
      const r = await request(`${s.url}/whm/audit-now`, { form: { csrf } });
      expect(r.status).toBe(303);
      expect(r.headers.get('location')).toBe('/whm/?notice=confirm');
      expect(await store.pendingRunRequests()).toEqual([]);
      expect((await request(`${s.url}/whm/?notice=confirm&lang=en`)).body).toContain('Tick the box to confirm.');
    } finally {
      await s.close();
    }
  });

  it('when root confirms, then a request is stored for the daemon and the overview shows it pending; a drill-down request names its account', async () => {
    const s = await serve(app(store));
    try {
      const csrf = formField((await request(`${s.url}/whm/?lang=en`)).body, 'csrf')!;
      const r = await request(`${s.url}/whm/audit-now`, { form: { csrf, confirm: 'yes' } });
      expect(r.status).toBe(303);
      expect(r.headers.get('location')).toBe('/whm/?notice=requested');
      const pending = await store.pendingRunRequests();
      expect(pending.map((p) => [p.requestedBy, p.user, p.requestedAt])).toEqual([['root', null, T0 + 3 * DAY]]);
      const after = await request(`${s.url}/whm/?notice=requested&lang=en`);
      const { text } = parseHtml(after.body);
      expect(text).toContain('Your request is stored');
      expect(text).toContain('Requested runs waiting for the daemon');
      expect(text).toContain('2025-11-23 02:30 UTC, requested by root: all accounts');

      const one = await request(`${s.url}/whm/accounts/groen/audit-now`, { form: { csrf, confirm: 'yes' } });
      expect(one.status).toBe(303);
      expect(one.headers.get('location')).toBe('/whm/accounts/groen?notice=requested');
      expect((await store.pendingRunRequests()).map((p) => p.user)).toEqual([null, 'groen']);
      const drill = await request(`${s.url}/whm/accounts/groen?lang=en`);
      expect(parseHtml(drill.body).text).toContain('requested by root: groen');
    } finally {
      await s.close();
      await store.takeRunRequests();
    }
  });

  it('when a user asks for "audit now" again and again, then the fourth request in ten minutes is refused with a notice, also by a new process', async () => {
    const s = await serve(app(store));
    try {
      const csrf = formField((await request(`${s.url}/whm/?lang=en`)).body, 'csrf')!;
      for (let i = 0; i < 3; i += 1) {
        const r = await request(`${s.url}/whm/accounts/groen/audit-now`, { form: { csrf, confirm: 'yes' } });
        expect(r.headers.get('location')).toBe('/whm/accounts/groen?notice=requested');
      }
      const fourth = await request(`${s.url}/whm/audit-now`, { form: { csrf, confirm: 'yes' } });
      expect(fourth.headers.get('location')).toBe('/whm/?notice=limited');
      expect(await store.pendingRunRequests()).toHaveLength(3);
      const page = await request(`${s.url}/whm/?notice=limited&lang=en`);
      expect(parseHtml(page.body).text).toContain('You asked for three checks in the last ten minutes already');
      const nl = await request(`${s.url}/whm/?notice=limited&lang=nl`);
      expect(parseHtml(nl.body).text).toContain('al drie controles aangevraagd');
    } finally {
      await s.close();
    }
    // A fresh app (the WHM page is a new CGI process per request) reads the waiting requests from the store.
    const csrf = CsrfTokens.random();
    const again = await serve(app(store, 'root', csrf));
    try {
      const r = await request(`${again.url}/whm/audit-now`, { form: { csrf: csrf.tokenFor('whm:root'), confirm: 'yes' } });
      expect(r.headers.get('location')).toBe('/whm/?notice=limited');
      expect(await store.pendingRunRequests()).toHaveLength(3);
    } finally {
      await again.close();
      await store.takeRunRequests();
    }
  });

  it('when a reseller asks, then a run of the whole server is refused and only its own accounts can be requested', async () => {
    const csrf = CsrfTokens.random();
    const s = await serve(app(store, 'hoster', csrf));
    try {
      const token = csrf.tokenFor('whm:hoster');
      expect((await request(`${s.url}/whm/audit-now`, { form: { csrf: token, confirm: 'yes' } })).status).toBe(403);
      expect((await request(`${s.url}/whm/accounts/groen/audit-now`, { form: { csrf: token, confirm: 'yes' } })).status).toBe(403);
      const own = await request(`${s.url}/whm/accounts/rood/audit-now`, { form: { csrf: token, confirm: 'yes' } });
      expect(own.status).toBe(303);
      expect((await store.pendingRunRequests()).map((p) => [p.requestedBy, p.user])).toEqual([['hoster', 'rood']]);
      // Root's token is not the reseller's.
      expect((await request(`${s.url}/whm/accounts/rood/audit-now`, { form: { csrf: csrf.tokenFor('whm:root'), confirm: 'yes' } })).status).toBe(403);
    } finally {
      await s.close();
      await store.takeRunRequests();
    }
  });

  it('when no daemon runs, then "audit now" is refused with the reason (409, nothing queued) and both forms are disabled with it', async () => {
    await store.setNextRun(null);
    const s = await serve(app(store));
    try {
      const overview = await request(`${s.url}/whm/?lang=en`);
      const csrf = formField(overview.body, 'csrf')!;
      const drill = await request(`${s.url}/whm/accounts/groen?lang=en`);
      for (const page of [overview, drill]) {
        const form = /<form class="md-audit-now"[\s\S]*?<\/form>/.exec(page.body)?.[0] ?? '';
        const button = parseHtml(form).elements.find((e) => e.name === 'button');
        expect(button?.attributes.map((a) => a.name)).toContain('disabled');
        expect(parseHtml(page.body).text).toContain('Audit now is not available: no daemon is running');
      }
      for (const target of ['/whm/audit-now', '/whm/accounts/groen/audit-now']) {
        const r = await request(`${s.url}${target}?lang=nl`, { form: { csrf, confirm: 'yes' } });
        expect(r.status).toBe(409);
        expect(parseHtml(r.body).text).toContain('er draait geen daemon die de aanvraag oppakt');
      }
      expect(await store.pendingRunRequests()).toEqual([]);
    } finally {
      await s.close();
      await store.setNextRun(T0 + 3 * DAY + 3_600_000);
    }
  });

  it('when the store is opened by path (the WHM CGI), then display is read-only and the request is written through a separate writable handle', async () => {
    const source = historyAt(storeFile, SERVER, () => undefined);
    const s = await serve(app(source));
    try {
      const page = await request(`${s.url}/whm/?lang=en`);
      expect(parseHtml(page.body).text).toContain('completed, 3 accounts audited');
      const reader = await source.reader();
      await expect(reader!.requestRun({ requestedAt: 1, requestedBy: 'x' })).rejects.toThrow();
      const r = await request(`${s.url}/whm/audit-now`, { form: { csrf: formField(page.body, 'csrf')!, confirm: 'yes' } });
      expect(r.headers.get('location')).toBe('/whm/?notice=requested');
      expect((await store.pendingRunRequests()).map((p) => p.requestedBy)).toEqual(['root']);
    } finally {
      await s.close();
      await source.close();
      await store.takeRunRequests();
    }
  });
});
