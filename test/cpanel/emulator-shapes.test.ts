/**
 * The emulator's own replies follow cPanel's documented shapes, read raw off
 * the wire (not through the gateway's tolerant parser): integer byte counts,
 * API 2 failures with `event.result` 1 and `error` set, PTR records that
 * carry their own states, and no `hostname` in Variables::get_user_information.
 */
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';

const TOKEN = 'SHAPESTOKEN0123456789ABCDEFGH';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({
    scenario: {
      name: 'shapes',
      server: { hostname: 'cp01.hosting.example', ips: ['203.0.113.10', '203.0.113.20'] },
      accounts: [
        {
          user: 'vorm',
          owner: 'root',
          apiToken: TOKEN,
          ip: '203.0.113.20',
          domains: { main: 'vorm.example' },
          mailboxes: [{ email: 'info@vorm.example', quotaMb: 100, diskUsedMb: 12 }],
        },
      ],
      dns: {
        zones: ['example', '113.0.203.in-addr.arpa'],
        records: [
          { name: '20.113.0.203.in-addr.arpa', type: 'PTR', data: 'static-20.isp.example' },
          { name: '20.113.0.203.in-addr.arpa', type: 'PTR', data: 'vorm.example' },
          { name: 'static-20.isp.example', type: 'A', data: '198.51.100.99' },
          { name: 'vorm.example', type: 'A', data: '203.0.113.20' },
        ],
      },
    },
  });
});

afterAll(async () => {
  await emu.close();
});

async function raw(pathAndQuery: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${emu.httpUrl}${pathAndQuery}`, { headers: { Authorization: `cpanel vorm:${TOKEN}` } });
  return (await response.json()) as Record<string, unknown>;
}

async function uapiData(module: string, func: string, query = ''): Promise<unknown> {
  const body = await raw(`/execute/${module}/${func}${query}`);
  expect(body.status).toBe(1);
  return body.data;
}

describe("when the emulator's own replies are read off the wire", () => {
  test('then mailbox byte counts are integers', async () => {
    const [row] = (await uapiData('Email', 'list_pops_with_disk', '?get_restrictions=1')) as Record<string, unknown>[];
    expect(row?._diskused).toBe(Math.round(12 * 2 ** 20));
    expect(row?._diskquota).toBe(100 * 2 ** 20);
  });

  test('then get_user_information has no hostname key', async () => {
    const data = (await uapiData('Variables', 'get_user_information')) as Record<string, unknown>;
    expect(data.user).toBe('vorm');
    expect(Object.keys(data)).not.toContain('hostname');
  });

  test('then a failing API 2 function keeps event.result 1 and sets error', async () => {
    emu.setFault({ function: 'EmailTrack::search', account: 'vorm', kind: 'fail', message: 'eximstatsadmin returned invalid data' });
    try {
      const body = await raw('/json-api/cpanel?cpanel_jsonapi_apiversion=2&cpanel_jsonapi_module=EmailTrack&cpanel_jsonapi_func=search&success=1');
      expect(body.cpanelresult).toMatchObject({ event: { result: 1 }, error: 'eximstatsadmin returned invalid data' });
    } finally {
      emu.clearFaults();
    }
  });

  test('then a PTR mismatch lists each PTR name with its own state and forward records', async () => {
    const [row] = (await uapiData('EmailAuth', 'validate_current_ptrs', '?domain=vorm.example')) as Record<string, unknown>[];
    expect(row?.state).toBe('PTR_MISMATCH');
    expect(row?.ptr_records).toEqual([
      { domain: 'static-20.isp.example', forward_records: ['198.51.100.99'], state: 'FWD_MISMATCH' },
      { domain: 'vorm.example', forward_records: ['203.0.113.20'], state: 'VALID' },
    ]);
  });
});
