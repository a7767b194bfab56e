/**
 * WHM API 1 through HTTP (WHM token) and whmapi1: accounts, privileges,
 * Track Delivery as root, reseller limits, and uapi_cpanel's "OK outside,
 * failed inside" envelope.
 */
import {
  CpanelCallError,
  CpanelGateway,
  createCliGateway,
  createHttpGateway,
  createUserSession,
  getPrivileges,
  hasAcl,
  listAccounts,
  searchDeliveriesAsRoot,
} from '../../src/cpanel';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { CONTRACT_SCENARIO } from './transports';

let emu: RunningEmulator;
const NOW_MS = Date.UTC(2026, 10, 26, 12, 0, 0);

beforeAll(async () => {
  emu = await startEmulator({ scenario: CONTRACT_SCENARIO, clock: () => NOW_MS });
});
afterAll(async () => {
  await emu.close();
});

function whmGateways(user: string, account?: string): [string, CpanelGateway][] {
  return [
    ['http', createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user, token: emu.tokens.whm[user] ?? '' }, account })],
    ['cli', createCliGateway({ binaries: emu.cli.binaries, env: emu.cli.env(user), account, canCallWhm: true })],
  ];
}

async function each<T>(user: string, fn: (gw: CpanelGateway) => Promise<T>, account?: string): Promise<T[]> {
  const out: T[] = [];
  for (const [, gw] of whmGateways(user, account)) {
    try {
      out.push(await fn(gw));
    } finally {
      await gw.close();
    }
  }
  return out;
}

describe('when root lists accounts', () => {
  test('then HTTP and whmapi1 give the same typed accounts with limits and outgoing flags', async () => {
    const [http, cli] = await each('root', (gw) => listAccounts(gw));
    expect(cli).toEqual(http);
    const bakker = http?.find((a) => a.user === 'bakker');
    expect(bakker).toMatchObject({
      owner: 'resel',
      contactEmail: 'eigenaar@bakker.example',
      maxEmailPerHour: 500,
      maxDeferFailPercentage: 100,
      minDeferFailToTriggerProtection: 5,
      outgoingMailHold: false,
      outgoingMailSuspended: false,
    });
    expect(http?.find((a) => a.user === 'other')?.contactEmail).toBeNull();
  });
});

describe('when root asks for a cPanel session (create_user_session)', () => {
  test('then HTTP and whmapi1 give a login URL for that account with its expiry, a new one each time', async () => {
    const sessions = await each('root', (gw) => createUserSession(gw, { user: 'bakker' }));
    for (const s of sessions) {
      const url = new URL(s.url);
      expect(url.pathname).toMatch(/^\/cpsess\d{10}\/login\/$/);
      expect(url.searchParams.get('session')).toMatch(/^bakker:/);
      expect(s.expires).toBe(Math.floor(NOW_MS / 1000) + 15 * 60);
    }
    expect(sessions[0]?.url).not.toBe(sessions[1]?.url);
  });

  test('then a reseller without the create-user-session privilege is refused, the error naming the call and the account', async () => {
    const results = await each('resel', (gw) => createUserSession(gw, { user: 'bakker' }).catch((e: unknown) => e));
    for (const error of results) {
      expect(error).toBeInstanceOf(CpanelCallError);
      expect((error as CpanelCallError).message).toContain('create_user_session for account "bakker"');
    }
  });
});

describe('when a reseller asks', () => {
  test('then it sees only its own accounts and its privileges', async () => {
    const [accounts] = await each('resel', (gw) => listAccounts(gw));
    expect(accounts?.map((a) => a.user)).toEqual(['bakker']);
    const [privs, cliPrivs] = await each('resel', getPrivileges);
    expect(cliPrivs).toEqual(privs);
    expect(privs?.all).toBe(false);
    expect(privs && hasAcl(privs, 'list-accts')).toBe(true);
    expect(privs && hasAcl(privs, 'create-user-session')).toBe(false);
  });

  test('then UAPI and API 2 for an account it owns work like for root', async () => {
    const [http, cli] = await each('resel', (gw) => gw.uapi('Locale', 'get_attributes'), 'bakker');
    expect(cli).toEqual(http);
    expect(http?.data).toEqual({ direction: 'ltr', encoding: 'utf-8', locale: 'nl' });
  });

  test('then an account it does not own is a CpanelCallError, through uapi_cpanel and emailtrack_search', async () => {
    const results = await each('resel', (gw) => gw.uapi('Locale', 'get_attributes').catch((e: unknown) => e), 'other');
    expect(results[0]).toBeInstanceOf(CpanelCallError);
    const track = await each('resel', (gw) => searchDeliveriesAsRoot(gw, 'other', { since: 0 }).catch((e: unknown) => e));
    for (const error of track) {
      expect(error).toBeInstanceOf(CpanelCallError);
      expect((error as CpanelCallError).call).toMatchObject({ api: 'whm', func: 'emailtrack_search', account: 'other' });
    }
  });
});

describe('when root searches Track Delivery for one account', () => {
  test('then emailtrack_search returns the account\'s records, the same over HTTP and whmapi1', async () => {
    const since = NOW_MS / 1000 - 3600;
    const [http, cli] = await each('root', (gw) => searchDeliveriesAsRoot(gw, 'bakker', { since }));
    expect(cli).toEqual(http);
    expect(http?.records).toHaveLength(6);
    expect(http?.records.every((r) => r.user === 'bakker')).toBe(true);
    const [failures, cliFailures] = await each('root', (gw) =>
      searchDeliveriesAsRoot(gw, 'bakker', { since, match: { column: 'message', type: 'contains', term: '5.1.1' } }),
    );
    expect(cliFailures).toEqual(failures);
    expect(failures?.records.map((r) => r.recipient)).toEqual(['nobody@example.org']);
  });
});

describe('when uapi_cpanel\'s inner call fails', () => {
  test('then the gateway reports the inner failure although WHM metadata says OK', async () => {
    emu.setFault({ function: 'Email::get_spam_settings', kind: 'fail', message: 'inner failure' });
    try {
      const raw = await fetch(`${emu.httpUrl}/json-api/uapi_cpanel?api.version=1&cpanel.user=bakker&cpanel.module=Email&cpanel.function=get_spam_settings`, {
        headers: { Authorization: `whm root:${emu.tokens.whm.root ?? ''}` },
      }).then((r) => r.json() as Promise<{ metadata: { result: number }; data: { uapi: { status: number } } }>);
      expect(raw.metadata.result).toBe(1);
      expect(raw.data.uapi.status).toBe(0);
      const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: emu.tokens.whm.root ?? '' }, account: 'bakker' });
      const error = await gw.uapi('Email', 'get_spam_settings').catch((e: unknown) => e);
      await gw.close();
      expect(error).toBeInstanceOf(CpanelCallError);
      expect((error as CpanelCallError).errors).toEqual(['inner failure']);
    } finally {
      emu.clearFaults();
    }
  });

  test('then an unknown WHM function carries WHM\'s own reason', async () => {
    const results = await each('root', (gw) => gw.whm('no_such_function').catch((e: unknown) => e));
    for (const error of results) {
      expect(error).toBeInstanceOf(CpanelCallError);
      expect((error as CpanelCallError).errors[0]).toBe('Unknown app (no_such_function) requested for this version (1) of the API.');
    }
  });
});
