/**
 * Contract: the same typed call through HTTP (cPanel token), HTTP (WHM token
 * via uapi_cpanel / json-api cpanel), LiveAPI and the CLI tools gives the same
 * normalised result, against one running emulator.
 */
import {
  getChrome,
  getClientSettings,
  getDomains,
  getHeldMessageCount,
  getLocale,
  getSpamSettings,
  getUserInformation,
  hasFeature,
  listDomainForwarders,
  listEmailRouting,
  listForwarders,
  listMailboxes,
  searchDeliveriesAsUser,
  validateDkim,
  validateDmarc,
  validatePtr,
  validateSpf,
} from '../../src/cpanel';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { createCliGateway } from '../../src/cpanel';
import type { Observed } from '../../src/diagnose/observations';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CpanelCallError, getPrivileges, hasAcl } from '../../src/cpanel';
import { CONTRACT_SCENARIO, TRANSPORTS, TransportCase, WHM_TRANSPORTS, errorsFromAll, throughAll } from './transports';

let emu: RunningEmulator;
const NOW_MS = Date.UTC(2026, 10, 26, 12, 0, 0);
const NOW = NOW_MS / 1000;

beforeAll(async () => {
  emu = await startEmulator({ scenario: CONTRACT_SCENARIO, clock: () => NOW_MS });
});
afterAll(async () => {
  await emu.close();
});

/** The emulator serves the documented shapes: every row and field fits, no gap. */
async function whole<T>(reply: Promise<Observed<T>>): Promise<T> {
  const { value, gaps } = await reply;
  expect(gaps).toEqual([]);
  return value;
}

function expectSameEverywhere<T>(results: Record<string, T>, transports: readonly TransportCase[] = TRANSPORTS): T {
  const [first, ...rest] = transports.map((t) => results[t]);
  for (const other of rest) expect(other).toEqual(first);
  return first as T;
}

describe('when the same call runs through every transport', () => {
  test('then the domains are identical and parked domains come back as names', async () => {
    const domains = expectSameEverywhere(await throughAll(emu, getDomains));
    expect(domains.main).toEqual({ domain: 'bakker.example', kind: 'main', documentRoot: '/home/bakker/public_html', ip: '203.0.113.10' });
    expect(domains.parked.map((d) => d.domain)).toEqual(['bakker.example.net']);
    expect(domains.all.map((d) => d.kind)).toEqual(['main', 'addon', 'parked', 'sub']);
  });

  test('then Email Routing is identical, with configured, detected and effective modes', async () => {
    const routing = expectSameEverywhere(await throughAll(emu, (gw) => whole(listEmailRouting(gw))));
    const taart = routing.find((r) => r.domain === 'taart.example');
    expect(taart).toEqual({
      domain: 'taart.example',
      configured: 'remote',
      detected: 'remote',
      effective: 'remote',
      alwaysAccept: false,
      mxRecords: [{ exchange: 'aspmx.l.google.com', priority: 1 }],
    });
    const single = expectSameEverywhere(await throughAll(emu, (gw) => whole(listEmailRouting(gw, 'bakker.example'))));
    expect(single).toHaveLength(1);
    expect(single[0]?.effective).toBe('local');
    expect(single[0]?.alwaysAccept).toBe(true);
  });

  test('then mailboxes are identical, with bytes, unlimited quotas and restriction booleans', async () => {
    const boxes = expectSameEverywhere(await throughAll(emu, (gw) => whole(listMailboxes(gw))));
    const byEmail = Object.fromEntries(boxes.map((b) => [b.email, b]));
    expect(byEmail['info@bakker.example']?.quotaBytes).toBe(1024 * 1024 * 1024);
    expect(byEmail['info@bakker.example']?.diskUsedPercent).toBeGreaterThan(100);
    expect(byEmail['jan@bakker.example']).toMatchObject({ quotaBytes: 'unlimited', diskUsedPercent: null, suspendedOutgoing: true, holdOutgoing: false });
    expect(byEmail['piet@taart.example']).toMatchObject({ holdOutgoing: true, suspendedLogin: true, suspendedIncoming: false });
    const held = expectSameEverywhere(await throughAll(emu, (gw) => getHeldMessageCount(gw, 'piet@taart.example')));
    expect(held).toBe(1);
    const filtered = expectSameEverywhere(await throughAll(emu, (gw) => whole(listMailboxes(gw, { domain: 'taart.example' }))));
    expect(filtered.map((b) => b.email)).toEqual(['piet@taart.example']);
  });

  test('then forwarders are identical and classified (address, pipe) with the destination domain', async () => {
    const forwarders = expectSameEverywhere(await throughAll(emu, (gw) => whole(listForwarders(gw, 'bakker.example'))));
    expect(forwarders).toEqual([
      { source: 'info@bakker.example', destination: 'bakker.jan@gmail.com', kind: 'address', destinationDomain: 'gmail.com' },
      { source: 'orders@bakker.example', destination: '|/home/bakker/bin/orders.php', kind: 'pipe', destinationDomain: null },
    ]);
    const domainForwarders = expectSameEverywhere(await throughAll(emu, (gw) => whole(listDomainForwarders(gw, 'bakker.example.net'))));
    expect(domainForwarders).toEqual([{ domain: 'bakker.example.net', destinationDomain: 'bakker.example' }]);
  });

  test('then spam settings, client settings, user information and locale are identical and typed', async () => {
    const spam = expectSameEverywhere(await throughAll(emu, (gw) => whole(getSpamSettings(gw))));
    expect(spam).toMatchObject({ spamAssassinEnabled: true, spamBoxEnabled: true, autoDeleteEnabled: false, autoDeleteScore: 5 });
    const client = expectSameEverywhere(await throughAll(emu, (gw) => getClientSettings(gw, 'info@bakker.example')));
    expect(client.outgoing).toEqual({ host: 'server1.hosting.example', port: 465, insecurePort: 587, username: 'info@bakker.example' });
    const info = expectSameEverywhere(await throughAll(emu, (gw) => whole(getUserInformation(gw))));
    expect(info).toMatchObject({ user: 'bakker', contactEmail: 'eigenaar@bakker.example', maxEmailsPerHour: 500, maxDeferFailPercentage: 100, locale: 'nl' });
    const locale = expectSameEverywhere(await throughAll(emu, getLocale));
    expect(locale).toEqual({ locale: 'nl', encoding: 'utf-8', direction: 'ltr' });
  });

  test('then feature checks and chrome are identical (enabled, disabled, unknown)', async () => {
    const features = expectSameEverywhere(
      await throughAll(emu, async (gw) => [await hasFeature(gw, 'emailtrace'), await hasFeature(gw, 'boxtrapper'), await hasFeature(gw, 'no_such_feature')]),
    );
    expect(features).toEqual(['enabled', 'disabled', 'unknown']);
    const chrome = expectSameEverywhere(await throughAll(emu, (gw) => getChrome(gw, 'Mail Doctor')));
    expect(chrome.header).toContain('<title>Mail Doctor</title>');
  });

  test('then EmailAuth states are identical; SPF INVALID, DKIM per mail domain, PTR from DNS', async () => {
    const result = expectSameEverywhere(
      await throughAll(emu, async (gw) => ({
        spf: await whole(validateSpf(gw, ['bakker.example', 'taart.example'])),
        dkim: await whole(validateDkim(gw, ['bakker.example'])),
        ptr: await whole(validatePtr(gw, ['bakker.example'])),
      })),
    );
    expect(result.spf.map((s) => [s.domain, s.state, s.valid])).toEqual([
      ['bakker.example', 'INVALID', false],
      ['taart.example', 'MISSING', false],
    ]);
    expect(result.spf[0]?.expected).toBe('ip4:203.0.113.10 include:spf.hosting.example');
    expect(result.spf[0]?.currentRecords).toEqual(['v=spf1 +a +mx ~all']);
    expect(result.dkim[0]).toMatchObject({ domain: 'bakker.example', state: 'VALID', valid: true });
    expect(result.ptr[0]).toMatchObject({ state: 'VALID', ipAddress: '203.0.113.10', ptrNames: ['server1.hosting.example'] });
  });

  test('then a server without DMARC validation says "not available" on every transport', async () => {
    const dmarc = expectSameEverywhere(await throughAll(emu, (gw) => whole(validateDmarc(gw, ['bakker.example']))));
    expect(dmarc.available).toBe(false);
  });

  test('then Track Delivery returns the same records in the time window, newest first', async () => {
    const search = expectSameEverywhere(await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 3600, until: NOW })));
    expect(search.overflowed).toBe(false);
    expect(search.records.map((r) => r.type)).toEqual(['inprogress', 'success', 'failure', 'defer', 'defer', 'defer']);
    expect(search.gaps).toEqual([]);
    const failure = search.records.find((r) => r.type === 'failure');
    expect(failure).toMatchObject({
      sender: 'info@bakker.example',
      recipient: 'nobody@example.org',
      host: 'mx.example.org',
      ip: '198.51.100.7',
      remote: true,
      sentAt: NOW - 20 * 60,
      actionAt: NOW - 20 * 60 + 2,
    });
    expect(failure?.message).toContain('550 5.1.1 User unknown');
    expect(failure?.msgid).toMatch(/^[0-9A-Za-z]{6}-[0-9A-Za-z]{11}-[0-9A-Za-z]{4}$/);
    const inprogress = search.records[0];
    expect(inprogress).toMatchObject({ recipient: null, router: null, actionAt: null, message: 'In progress' });
  });

  test('then the type flags, the cap and the overflow flag behave the same', async () => {
    const defersOnly = expectSameEverywhere(
      await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 86400, types: { defer: true } })),
    );
    expect(defersOnly.records.map((r) => r.type)).toEqual(['defer', 'defer', 'defer']);
    const capped = expectSameEverywhere(
      await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 86400, types: { defer: true, success: true }, maxResultsByType: 1 })),
    );
    expect(capped.overflowed).toBe(true);
    expect(capped.records.map((r) => r.type).sort()).toEqual(['defer', 'success']);
    const older = expectSameEverywhere(await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 86400, types: { success: true } })));
    expect(older.records).toHaveLength(2);
  });

  test('then a field match (API 2 api2_filter) narrows the records the same way everywhere', async () => {
    const search = expectSameEverywhere(
      await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 86400, match: { column: 'recipient', type: 'contains', term: 'EXAMPLE.NET' } })),
    );
    expect(search.records.map((r) => r.recipient)).toEqual(['someone@example.net', 'someone@example.net', 'someone@example.net']);
    const exact = expectSameEverywhere(
      await throughAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 86400, match: { column: 'recipient', type: 'eq', term: 'nobody@example.org' } })),
    );
    expect(exact.records.map((r) => r.type)).toEqual(['failure']);
  });

  test('then arguments with spaces, ampersands and @ arrive intact on every transport', async () => {
    const result = expectSameEverywhere(await throughAll(emu, (gw) => gw.uapi('Chrome', 'get_dom', { page_title: 'Mail & Doctor: a@b c' })));
    expect((result.data as { header: string }).header).toContain('Mail &#38; Doctor: a@b c');
  });

  test('then multi-byte text survives (LiveAPI frames count bytes, the CLI decodes %-escapes)', async () => {
    const title = 'Bezorging volgen – café ✓ 邮件';
    const result = expectSameEverywhere(await throughAll(emu, (gw) => gw.uapi('Chrome', 'get_dom', { page_title: title })));
    expect((result.data as { header: string }).header).toContain(`<title>${title}</title>`);
  });

  test('then UAPI filter, sort and paginate parameters give the same rows and metadata', async () => {
    const result = expectSameEverywhere(
      await throughAll(emu, (gw) =>
        gw.uapi('Email', 'list_pops_with_disk', {
          'api.filter_column_0': 'domain',
          'api.filter_type_0': 'eq',
          'api.filter_term_0': 'bakker.example',
          'api.sort_column_0': '_diskused',
          'api.sort_method_0': 'numeric',
          'api.sort_reverse_0': 1,
        }),
      ),
    );
    expect((result.data as { email: string }[]).map((r) => r.email)).toEqual(['info@bakker.example', 'jan@bakker.example']);
    expect(result.metadata.filter).toEqual({ records_before_filter: 3 });
  });
});

describe('when the CLI runs as the cPanel user itself (no --user)', () => {
  test('then it answers for that user, the same as root with --user', async () => {
    const asUser = createCliGateway({ binaries: emu.cli.binaries, env: emu.cli.env('bakker') });
    const asRoot = createCliGateway({ binaries: emu.cli.binaries, env: emu.cli.env('root'), account: 'bakker' });
    expect(await getDomains(asUser)).toEqual(await getDomains(asRoot));
  });

  test('then --user for another account is refused with a transport (process) error', async () => {
    const sneaky = createCliGateway({ binaries: emu.cli.binaries, env: emu.cli.env('other'), account: 'bakker' });
    await expect(getDomains(sneaky)).rejects.toMatchObject({ kind: 'transport', failure: 'process' });
  });
});

/** A documented reply (test/fixtures/cpanel/documented/README.md). */
interface DocumentedReply {
  readonly title: string;
  readonly source: string;
  readonly cpanelVersion: string;
  readonly variant: string;
  readonly api: 'uapi' | 'api2' | 'whm';
  readonly function: string;
  readonly reply: unknown;
}

const DOCUMENTED_DIR = path.join(__dirname, '..', 'fixtures', 'cpanel', 'documented');
const replayed = new Set<string>();

/** Has the emulator serve the documented reply verbatim to the account (or to any WHM caller) while `run` goes through the transports. */
async function withDocumentedReply<T>(file: string, run: () => Promise<T>): Promise<T> {
  const fixture = JSON.parse(readFileSync(path.join(DOCUMENTED_DIR, file), 'utf8')) as DocumentedReply;
  expect(fixture.source).toMatch(/^https:\/\/api\.docs\.cpanel\.net\//);
  expect(fixture.cpanelVersion).toMatch(/^11\.\d+/);
  replayed.add(file);
  emu.setReply({ api: fixture.api, function: fixture.function, ...(fixture.api === 'whm' ? {} : { account: 'bakker' }), body: fixture.reply });
  try {
    return await run();
  } finally {
    emu.clearReplies();
  }
}

/** The documented reply through every transport that can make the call: the same observed value and gaps everywhere. */
async function replay<T>(file: string, fn: (gw: Parameters<Parameters<typeof throughAll>[1]>[0]) => Promise<T>, transports: readonly TransportCase[] = TRANSPORTS): Promise<T> {
  return withDocumentedReply(file, async () => expectSameEverywhere(await throughAll(emu, fn, {}, transports), transports));
}

describe('when cPanel sends a documented variant, every transport reads it per row and per field', () => {
  test('then list_mxs with detected "auto" keeps it, and the flags give the mode in effect', async () => {
    const { value, gaps } = await replay('list_mxs-detected-auto.json', (gw) => listEmailRouting(gw));
    expect(value).toEqual([
      { domain: 'bakker.example', configured: 'auto', detected: 'auto', effective: 'local', alwaysAccept: true, mxRecords: [{ exchange: 'mail.bakker.example', priority: 0 }] },
    ]);
    expect(gaps).toEqual([]);
  });

  test('then a legacy numeric mxcheck reads as cPanel maps it: 0 → auto, 1 → local', async () => {
    const { value, gaps } = await replay('list_mxs-legacy-numeric-mxcheck.json', (gw) => listEmailRouting(gw));
    expect(value.map((r) => [r.domain, r.configured])).toEqual([
      ['bakker.example', 'auto'],
      ['taart.example', 'local'],
    ]);
    expect(gaps).toEqual([]);
  });

  test('then a row without the routing flags keeps its domain and choice, with the flags noted as missing', async () => {
    const { value, gaps } = await replay('list_mxs-row-without-flags.json', (gw) => listEmailRouting(gw));
    expect(value[0]).toMatchObject({ domain: 'bakker.example', configured: 'local', effective: 'local', alwaysAccept: true });
    expect(value[1]).toEqual({ domain: 'taart.example', configured: 'auto', detected: 'auto', effective: null, alwaysAccept: null, mxRecords: [] });
    expect(gaps).toEqual([{ call: 'UAPI Email::list_mxs', kind: 'field-missing', subject: 'taart.example', fields: ['local', 'remote', 'secondary'] }]);
  });

  test('then a detected mode this version does not know is kept as "unknown", the row and the reply still count', async () => {
    const { value, gaps } = await replay('list_mxs-unknown-detected.json', (gw) => listEmailRouting(gw));
    expect(value.map((r) => [r.domain, r.configured, r.detected, r.effective])).toEqual([
      ['bakker.example', 'local', 'local', 'local'],
      ['taart.example', 'auto', 'unknown', 'remote'],
    ]);
    expect(gaps).toEqual([{ call: 'UAPI Email::list_mxs', kind: 'value-unknown', subject: 'taart.example', fields: ['detected'] }]);
  });

  test('then one mailbox without disk figures keeps its restrictions, and the others keep their figures', async () => {
    const { value, gaps } = await replay('list_pops_with_disk-row-without-disk.json', (gw) => listMailboxes(gw));
    expect(value.map((m) => [m.email, m.diskUsedBytes, m.quotaBytes, m.suspendedIncoming])).toEqual([
      ['info@bakker.example', 1080557568, 1073741824, false],
      ['jan@bakker.example', null, null, true],
      ['piet@taart.example', 1048576, 'unlimited', false],
    ]);
    expect(value[0]?.diskUsedPercent).toBeCloseTo(100.63);
    expect(gaps).toEqual([{ call: 'UAPI Email::list_pops_with_disk', kind: 'field-missing', subject: 'jan@bakker.example', fields: ['_diskused', '_diskquota'] }]);
  });

  test('then list_forwarders for one domain gives its rows, and a row without a destination is left out and noted', async () => {
    const { value, gaps } = await replay('list_forwarders-per-domain.json', (gw) => listForwarders(gw, 'bakker.example'));
    expect(value).toEqual([{ source: 'info@bakker.example', destination: 'bakker.jan@gmail.com', kind: 'address', destinationDomain: 'gmail.com' }]);
    expect(gaps).toEqual([{ call: 'UAPI Email::list_forwarders', kind: 'row-skipped', subject: 'oud@bakker.example', fields: ['forward'] }]);
  });

  test('then a spam score that is no number is "no score", and the other spam settings count', async () => {
    const { value, gaps } = await replay('get_spam_settings-non-numeric-score.json', getSpamSettings);
    expect(value).toEqual({ spamAssassinEnabled: true, spamBoxEnabled: false, autoDeleteEnabled: true, autoDeleteScore: null, rewritesSubjects: true, spamAsAcl: true });
    expect(gaps).toEqual([{ call: 'UAPI Email::get_spam_settings', kind: 'field-invalid', subject: null, fields: ['spam_auto_delete_score'] }]);
  });

  test('then user information without a user key still gives the limits and the contact address', async () => {
    const { value, gaps } = await replay('get_user_information-without-user.json', getUserInformation);
    expect(value).toMatchObject({ user: null, contactEmail: 'eigenaar@bakker.example', maxEmailsPerHour: 500, maxDeferFailPercentage: 'unlimited', locale: 'nl' });
    expect(gaps).toEqual([]);
  });

  test('then a PTR mismatch keeps the overall state and every PTR name', async () => {
    const { value, gaps } = await replay('validate_current_ptrs-mismatch.json', (gw) => validatePtr(gw, ['bakker.example']));
    expect(value).toEqual([
      expect.objectContaining({ domain: 'bakker.example', state: 'PTR_MISMATCH', valid: false, couldNotCheck: false, ipAddress: '203.0.113.10', ptrNames: ['static-10.isp.example', 'server1.hosting.example'] }),
    ]);
    expect(gaps).toEqual([]);
  });

  test.each([
    ['emailtrack_search-api2-error.json', ['eximstatsadmin returned invalid data']],
    ['emailtrack_search-api2-event-reason.json', ['The “emailtrace” feature is not enabled.']],
    ['emailtrack_search-api2-bare-false.json', []],
  ])('then the API 2 failure in %s is the call failing, with the text cPanel gave', async (file, texts) => {
    const errors = await withDocumentedReply(file, () => errorsFromAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: NOW - 3600, until: NOW })));
    for (const transport of TRANSPORTS) {
      const error = errors[transport];
      expect(error).toBeInstanceOf(CpanelCallError);
      expect((error as CpanelCallError).errors).toEqual(texts);
      expect((error as Error).message).toContain('EmailTrack::search');
    }
  });

  test('then a Track Delivery record of a type this version does not know is left out and noted, and the other records count', async () => {
    const search = await replay('emailtrack_search-unknown-type.json', (gw) => searchDeliveriesAsUser(gw, { since: NOW - 3600, until: NOW }));
    expect(search.records.map((r) => [r.type, r.msgid, r.recipient])).toEqual([['failure', '1RuV0Z-0005NR-BN', 'nobody@example.org']]);
    expect(search.overflowed).toBe(false);
    expect(search.gaps).toEqual([{ call: 'API 2 EmailTrack::search', kind: 'row-skipped', subject: '1RuV1A-0005NS-CD', fields: ['type'] }]);
  });

  test('then a privilege with a value of its own is "unknown" (never a grant), and the others still count', async () => {
    const privileges = await replay('myprivs-third-party-privilege.json', getPrivileges, WHM_TRANSPORTS);
    expect(privileges.all).toBe(false);
    expect(privileges.acls['acme-plugin-mail']).toBe('unknown');
    expect(hasAcl(privileges, 'acme-plugin-mail')).toBe(false);
    expect(hasAcl(privileges, 'list-accts')).toBe(true);
    expect(hasAcl(privileges, 'create-user-session')).toBe(false);
  });

  test('then every documented reply in the fixture folder was run', () => {
    const files = readdirSync(DOCUMENTED_DIR).filter((f) => f.endsWith('.json')).sort();
    expect([...replayed].sort()).toEqual(files);
  });
});
