/**
 * Everything on the pages comes from mail and DNS, which strangers write.
 * This renders hostile strings in every field of findings, delivery records,
 * account rows and the explain input, parses the HTML the way a browser's
 * tokenizer splits it, and proves no injected element or attribute exists:
 * the strings are on the page as text, nothing more.
 */
import type { CpanelGateway } from '../../src/cpanel/gateway';
import type { WhmAccount } from '../../src/cpanel/whm-accounts';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { DeliveryEvent, Evidence, Finding } from '../../src/diagnose/model';
import { defaultClassifier } from '../../src/kb/classify';
import type { AuditReport } from '../../src/report/audit-report';
import { parseReply } from '../../src/smtp/reply';
import { createApp } from '../../src/web/app';
import { CsrfTokens } from '../../src/web/security';
import { sampleWhmAccount } from '../support/sample-reports';
import { parseHtml, type Element } from './html';
import { formField, request, serve } from './web-sandbox';

const LONG = `x${'A'.repeat(19_998)}y`;
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='x",
  LONG,
  'abc\u202Egnp.exe',
  'javascript:alert(1)',
];

/** A value carrying every hostile string, so that each field gets all of them. */
const evil = (label: string): string => `${label} ${HOSTILE.join(' | ')}`;
/** The same without the long line, for where a URL must carry it (servers cap request lines). */
const shortEvil = (label: string): string => `${label} ${HOSTILE.filter((h) => h !== LONG).join(' | ')}`;

const now = 1_764_000_000;

function event(i: number): DeliveryEvent {
  const message = `550 5.1.1 ${evil(`message-${i}`)}`;
  return {
    time: now - 60 * i,
    outcome: i % 2 === 0 ? 'failed' : 'rejected',
    direction: 'outgoing',
    sender: evil('sender'),
    recipient: evil('recipient'),
    message,
    router: evil('router'),
    transport: evil('transport'),
    remoteHost: evil('host'),
    remoteIp: evil('ip'),
    messageId: evil('msgid'),
    senderAuth: null,
    senderHost: null,
    spamScore: null,
    accountDomain: evil('domain'),
    classification: defaultClassifier().classify(parseReply(message)),
  };
}

const evidence: Evidence[] = [
  { kind: 'event', time: now, outcome: 'failed', sender: evil('ev-sender'), recipient: evil('ev-recipient'), message: evil('ev-message') },
  { kind: 'account', source: evil('source'), field: evil('field'), value: evil('value') },
  { kind: 'dns', name: evil('dns-name'), type: 'TXT', server: evil('server'), outcome: evil('outcome'), records: [evil('record-1'), evil('record-2')] },
  { kind: 'blocklist', zone: evil('zone'), ip: evil('bl-ip'), status: evil('status'), codes: [evil('code')], meaning: evil('meaning') },
  { kind: 'note', text: { nl: evil('note-nl'), en: evil('note-en') } },
];

function finding(id: Finding['id'], count?: number): Finding {
  return {
    id,
    reason: 'authfailure',
    status: 'problem',
    severity: 'critical',
    subject: { kind: 'domain', name: evil('subject') },
    title: { nl: evil('title-nl'), en: evil('title-en') },
    summary: { nl: evil('summary-nl'), en: evil('summary-en') },
    evidence,
    fix: {
      actor: 'account-owner',
      steps: { nl: [evil('step-nl')], en: [evil('step-1'), evil('step-2')] },
      record: { name: evil('record-name'), type: 'TXT', value: evil('record-value') },
      links: ['javascript:alert(1)', evil('link'), 'data:text/html,<script>alert(1)</script>', 'https://example.com/"><script>alert(1)</script>'],
    },
    ...(count === undefined ? {} : { count, firstSeen: now - 600, lastSeen: now }),
  };
}

const events = [event(0), event(1), event(2)];
const report: AuditReport = {
  user: 'victim',
  generatedAt: new Date(now * 1000).toISOString(),
  window: { since: now - 86_400, until: now },
  findings: [finding('spf-invalid'), finding(events[0]!.classification!.id, 3), { ...finding('dkim-invalid'), status: 'could-not-check' }],
  events,
  eventsIncomplete: true,
};

const account = (user: string): WhmAccount => sampleWhmAccount(user, { domain: evil('acct-domain'), owner: evil('owner') });

const offline: CpanelGateway = {
  transport: 'liveapi',
  account: 'victim',
  canCallWhm: false,
  uapi: () => Promise.reject(new Error('offline')),
  api2: () => Promise.reject(new Error('offline')),
  whm: () => Promise.reject(new Error('offline')),
  close: () => Promise.resolve(),
};

const ASSET_SCRIPT = /^\/assets\/mail-doctor\.[0-9a-f]{12}\.js$/;

/** Elements and attributes a page of ours may have; anything else was injected. */
function injected(elements: readonly Element[]): string[] {
  const problems: string[] = [];
  for (const e of elements) {
    if (e.name === 'img' || e.name === 'iframe' || e.name === 'object' || e.name === 'embed' || e.name === 'svg') problems.push(`<${e.name}>`);
    if (e.name === 'script' && !e.attributes.some((a) => a.name === 'src' && ASSET_SCRIPT.test(a.value))) problems.push('<script> not ours');
    for (const a of e.attributes) {
      if (a.name.startsWith('on')) problems.push(`${e.name}[${a.name}]`);
      if (a.name === 'style') problems.push(`${e.name}[style]`);
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\s*(javascript|data|vbscript):/i.test(a.value)) problems.push(`${e.name}[${a.name}=${a.value.slice(0, 30)}]`);
      if (a.name === 'href' && /<|"/.test(a.value)) problems.push(`${e.name}[href with markup]`);
    }
    if (e.name.includes('script') && e.name !== 'script') problems.push(`<${e.name}>`);
  }
  return problems;
}

function expectOnlyText(html: string, mustShow: readonly string[]): void {
  const { elements, text } = parseHtml(html);
  expect(injected(elements)).toEqual([]);
  for (const s of mustShow) expect(text).toContain(s);
}

let served: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const app = createApp({
    mode: 'sandbox',
    audits: { report: () => Promise.resolve({ report, madeAt: now * 1000 }) },
    profile: DEFAULT_PROFILE,
    csrf: CsrfTokens.random(),
    sandbox: { accounts: [{ user: 'victim', purpose: evil('purpose') }], whmUsers: ['root'] },
    cpanelSession: () => ({ user: 'victim', securityToken: '/cpsess1', openGateway: () => offline }),
    whmSession: () => ({
      user: 'root',
      privileges: () => Promise.resolve({ all: true, acls: { all: true } }),
      listAccounts: () => Promise.resolve([account('victim'), account(evil('user')), account(shortEvil('user'))]),
    }),
    log: () => undefined,
  });
  served = await serve(app);
});

afterAll(async () => {
  await served.close();
});

describe('hostile text stays text', () => {
  it('when findings and delivery records hold markup, quotes, a 20,000-character line, U+202E and javascript: URLs, then the cPanel page shows them as text only', async () => {
    const r = await request(`${served.url}/sandbox/cpanel/victim/?lang=en`);
    expect(r.status).toBe(200);
    expectOnlyText(r.body, [...HOSTILE, evil('title-en'), evil('step-2'), evil('record-value'), evil('sender'), evil('ev-message'), evil('record-1'), evil('meaning'), evil('note-en')]);
    // The record's copy button carries the value as an attribute, escaped.
    expect(r.body).toContain('data-copy="record-value &lt;script&gt;alert(1)&lt;/script&gt; | &#34;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // No link was made of the javascript:, data: or broken URLs; the https one is kept, its quotes encoded.
    const hrefs = parseHtml(r.body).elements.flatMap((e) => e.attributes.filter((a) => a.name === 'href').map((a) => a.value));
    expect([...new Set(hrefs.filter((h) => h.includes('example.com')))]).toEqual(['https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E']);
  });

  it('when the messages are expanded and filtered by hostile text, then the filter fields echo it as text', async () => {
    const q = encodeURIComponent(HOSTILE.slice(0, 3).join(''));
    const r = await request(`${served.url}/sandbox/cpanel/victim/?lang=en&q=${q}&address=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    expect(r.status).toBe(200);
    expectOnlyText(r.body, []);
    expect(formField(r.body, 'address')).toBe('&#34;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('when hostile text is pasted into "Explain a bounce", then the explanation shows it as text only', async () => {
    const page = await request(`${served.url}/sandbox/cpanel/victim/?lang=en`);
    const csrf = formField(page.body, 'csrf')!;
    const text = `Diagnostic-Code: smtp; 550 5.7.1 ${HOSTILE.join(' ')}\nStatus: 5.7.1\n${LONG}`;
    const r = await request(`${served.url}/sandbox/cpanel/victim/explain?lang=en`, { form: { csrf, text } });
    expect(r.status).toBe(200);
    expectOnlyText(r.body, ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", 'javascript:alert(1)', '\u202E']);
    // The textarea gives the pasted text back, escaped: a "</textarea>" in it cannot close the box.
    const breakout = await request(`${served.url}/sandbox/cpanel/victim/explain?lang=en`, { form: { csrf, text: '</textarea><script>alert(1)</script>' } });
    expect(breakout.body).toContain('&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expectOnlyText(breakout.body, []);
  });

  it('when account names, domains and owners are hostile, then the WHM overview and the drill-down show them as text only', async () => {
    const r = await request(`${served.url}/whm/?lang=en`);
    expect(r.status).toBe(200);
    expectOnlyText(r.body, [evil('acct-domain'), evil('owner'), evil('user'), evil('title-en')]);
    const drill = await request(`${served.url}/whm/accounts/victim?lang=en`);
    expect(drill.status).toBe(200);
    expectOnlyText(drill.body, [evil('title-en'), evil('acct-domain')]);
    const hostileUser = await request(`${served.url}/whm/accounts/${encodeURIComponent(shortEvil('user'))}?lang=en`);
    expect(hostileUser.status).toBe(200);
    expectOnlyText(hostileUser.body, [`Report for ${shortEvil('user')}`]);
  });

  it('when the sandbox home lists a hostile purpose, then it is text only', async () => {
    const r = await request(`${served.url}/?lang=en`);
    expectOnlyText(r.body, [evil('purpose')]);
  });

  it('when a very long line is shown, then the CSS wraps it anywhere and isolates bidi controls', async () => {
    const page = await request(`${served.url}/?lang=en`);
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(page.body)![1]!;
    const body = (await request(`${served.url}${css}`)).body;
    expect(body).toMatch(/\.md \{[^}]*overflow-wrap: anywhere/);
    expect(body).toMatch(/pre\.md-code \{[^}]*white-space: pre-wrap/);
    expect(body).toMatch(/unicode-bidi: isolate/);
  });
});

describe('templates', () => {
  it('when a template outputs unescaped, then it is only an include of our own partials or cPanel’s chrome', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(__dirname, '..', '..', 'templates');
    const files = ['pages', 'partials'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f)));
    const raw = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<%-\s*([^%]*?)\s*%>/g)].map((m) => m[1]!));
    const notAllowed = raw.filter((expr) => !/^include\('[./a-z-]+', \{[^}]*\}\)$/.test(expr) && expr !== 'frame.chrome.header' && expr !== 'frame.chrome.footer');
    expect(notAllowed).toEqual([]);
  });
});

describe("cPanel's chrome", () => {
  it("when cPanel's header and footer carry inline scripts, then only those get this response's nonce and the policy allows just that nonce", async () => {
    const chromeGateway: CpanelGateway = {
      ...offline,
      uapi: (module, func) =>
        module === 'Chrome' && func === 'get_dom'
          ? Promise.resolve({
              data: {
                header: '<!DOCTYPE html><html><head><style>.cp{}</style><script>window.PAGE={};</script></head><body><div id="cp-header">',
                footer: '</div><script src="/cPanel_magic_revision_1/jupiter.js"></script></body></html>',
              },
              metadata: {},
              warnings: [],
              messages: [],
            })
          : Promise.reject(new Error('offline')),
    };
    const app = createApp({
      mode: 'cpanel',
      audits: { report: () => Promise.resolve({ report, madeAt: now * 1000 }) },
      profile: DEFAULT_PROFILE,
      csrf: CsrfTokens.random(),
      cpanelSession: () => ({ user: 'victim', securityToken: '/cpsess1', openGateway: () => chromeGateway }),
      log: () => undefined,
    });
    const chromed = await serve(app);
    try {
      const first = await request(`${chromed.url}/?lang=en`);
      const second = await request(`${chromed.url}/?lang=en`);
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce).toBeDefined();
      expect(first.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(first.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${nonce!}'`);
      expect(second.headers.get('content-security-policy')).not.toContain(nonce!);
      const { elements } = parseHtml(first.body);
      const nonced = elements.filter((e) => e.attributes.some((a) => a.name === 'nonce'));
      // cPanel's style, inline script and script file — and nothing of ours or of the hostile report.
      expect(nonced.map((e) => e.name)).toEqual(['style', 'script', 'script']);
      expect(first.body).toContain('<script nonce="' + nonce! + '">window.PAGE={};</script>');
      expect(injected(elements.filter((e) => !e.attributes.some((a) => a.name === 'nonce')))).toEqual([]);
    } finally {
      await chromed.close();
    }
  });
});
