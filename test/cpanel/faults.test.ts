/**
 * Contract for failures: the same fault gives the same error class on every
 * transport, and every error names the call.
 */
import {
  CpanelAuthError,
  CpanelCallError,
  CpanelTransportError,
  CpanelUnsupportedError,
  createCliGateway,
  createHttpGateway,
  createLiveApiGateway,
  isMissingFunctionError,
  listEmailRouting,
  searchDeliveriesAsUser,
} from '../../src/cpanel';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { CONTRACT_SCENARIO, TRANSPORTS, errorsFromAll } from './transports';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ scenario: CONTRACT_SCENARIO });
});
afterEach(() => emu.clearFaults());
afterAll(async () => {
  await emu.close();
});

describe('when cPanel answers status 0 (fail fault)', () => {
  test('then every transport throws CpanelCallError naming module, function, account and transport, with cPanel\'s text', async () => {
    emu.setFault({ function: 'Email::list_mxs', kind: 'fail', message: 'You do not control a DNS zone named “bakker.example”.' });
    const errors = await errorsFromAll(emu, (gw) => listEmailRouting(gw));
    for (const t of TRANSPORTS) {
      const error = errors[t];
      expect(error).toBeInstanceOf(CpanelCallError);
      const e = error as CpanelCallError;
      expect(e.kind).toBe('call');
      expect(e.errors).toEqual(['You do not control a DNS zone named “bakker.example”.']);
      expect(e.call).toMatchObject({ api: 'uapi', module: 'Email', func: 'list_mxs', account: 'bakker' });
      expect(e.message).toContain('Email::list_mxs');
      expect(e.message).toContain('"bakker"');
    }
    expect((errors['http-whm-token'] as CpanelCallError).call.transport).toBe('http-whm');
    expect((errors.cli as CpanelCallError).call.transport).toBe('cli');
  });

  test('then an API 2 failure (EmailTrack::search) is a CpanelCallError too', async () => {
    emu.setFault({ function: 'EmailTrack::search', kind: 'fail', message: 'eximstatsadmin returned invalid data' });
    const errors = await errorsFromAll(emu, (gw) => searchDeliveriesAsUser(gw, { since: 0 }));
    for (const t of TRANSPORTS) {
      expect(errors[t]).toBeInstanceOf(CpanelCallError);
      expect((errors[t] as CpanelCallError).errors).toEqual(['eximstatsadmin returned invalid data']);
      expect((errors[t] as CpanelCallError).call).toMatchObject({ api: 'api2', module: 'EmailTrack', func: 'search' });
    }
  });

  test('then a fault for another account does not touch this one', async () => {
    emu.setFault({ function: 'Email::list_mxs', account: 'other', kind: 'fail' });
    const errors = await errorsFromAll(emu, (gw) => listEmailRouting(gw));
    for (const t of TRANSPORTS) expect((errors[t] as Error).message).toContain('expected the call to fail');
  });
});

describe('when the server has no such function', () => {
  test('then every transport reports a call error that isMissingFunctionError recognises', async () => {
    const errors = await errorsFromAll(emu, (gw) => gw.uapi('EmailAuth', 'validate_current_dmarcs', { domain: 'bakker.example' }));
    for (const t of TRANSPORTS) {
      expect(errors[t]).toBeInstanceOf(CpanelCallError);
      expect(isMissingFunctionError(errors[t])).toBe(true);
    }
  });
});

describe('when cPanel breaks (http500 fault)', () => {
  test('then every transport throws CpanelTransportError', async () => {
    emu.setFault({ function: 'Email::list_mxs', kind: 'http500' });
    const errors = await errorsFromAll(emu, (gw) => listEmailRouting(gw));
    for (const t of TRANSPORTS) {
      expect(errors[t]).toBeInstanceOf(CpanelTransportError);
      expect((errors[t] as CpanelTransportError).kind).toBe('transport');
    }
    expect((errors['http-cpanel-token'] as CpanelTransportError).httpStatus).toBe(500);
    expect((errors.liveapi as CpanelTransportError).failure).toBe('empty-reply');
    expect((errors.cli as CpanelTransportError).failure).toBe('process');
  });
});

describe('when the reply is broken JSON (malformed fault)', () => {
  test('then every transport throws CpanelTransportError with failure "malformed"', async () => {
    emu.setFault({ function: 'Email::list_pops_with_disk', kind: 'malformed' });
    const errors = await errorsFromAll(emu, (gw) => gw.uapi('Email', 'list_pops_with_disk'));
    for (const t of TRANSPORTS) {
      expect(errors[t]).toBeInstanceOf(CpanelTransportError);
      expect((errors[t] as CpanelTransportError).failure).toBe('malformed');
    }
  });
});

describe('when cPanel is slow and the timeout is short', () => {
  test('then every transport throws CpanelTransportError with failure "timeout"', async () => {
    emu.setFault({ function: 'Locale::get_attributes', kind: 'slow', delayMs: 2500 });
    const errors = await errorsFromAll(emu, (gw) => gw.uapi('Locale', 'get_attributes'), { timeoutMs: 700 });
    for (const t of TRANSPORTS) {
      expect(errors[t]).toBeInstanceOf(CpanelTransportError);
      expect((errors[t] as CpanelTransportError).failure).toBe('timeout');
    }
  });

  test('then a LiveAPI gateway recovers for the next call after a timeout', async () => {
    emu.setFault({ function: 'Locale::get_attributes', kind: 'slow', delayMs: 1500 });
    const gw = createLiveApiGateway({ socketPath: emu.liveApiSocketPath('bakker'), timeoutMs: 300 });
    try {
      await expect(gw.uapi('Locale', 'get_attributes')).rejects.toBeInstanceOf(CpanelTransportError);
      emu.clearFaults();
      await expect(gw.uapi('Locale', 'get_attributes')).resolves.toMatchObject({ data: { locale: 'nl' } });
    } finally {
      await gw.close();
    }
  });
});

describe('when the token is wrong, missing or for the other side', () => {
  const cases: [string, () => ReturnType<typeof createHttpGateway>][] = [
    ['a wrong cPanel token', () => createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'bakker', token: 'WRONGWRONGWRONG' } })],
    ['a wrong WHM token', () => createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: 'WRONGWRONGWRONG' }, account: 'bakker' })],
    ['a cPanel token sent as WHM', () => createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'bakker', token: emu.tokens.cpanel.bakker ?? '' }, account: 'bakker' })],
  ];
  test.each(cases)('then %s gives CpanelAuthError with cPanel\'s "Access denied"', async (_name, make) => {
    const gw = make();
    try {
      const error = await listEmailRouting(gw).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CpanelAuthError);
      expect((error as CpanelAuthError).httpStatus).toBe(403);
      expect((error as CpanelAuthError).message).toContain('Access denied');
      expect((error as CpanelAuthError).call).toMatchObject({ module: 'Email', func: 'list_mxs' });
    } finally {
      await gw.close();
    }
  });
});

describe('when the other end is not there', () => {
  test('then HTTP, LiveAPI and CLI report a CpanelTransportError', async () => {
    const http = createHttpGateway({ baseUrl: 'http://127.0.0.1:1', auth: { kind: 'cpanel', user: 'bakker', token: 'X' } });
    const live = createLiveApiGateway({ socketPath: '/nonexistent/socket.sock' });
    const noSocket = createLiveApiGateway({ env: {} });
    const cli = createCliGateway({ binaries: { uapi: '/nonexistent/uapi' }, account: 'bakker' });
    for (const gw of [http, live, noSocket, cli]) {
      const error = await gw.uapi('Locale', 'get_attributes').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CpanelTransportError);
      expect(['connection', 'process']).toContain((error as CpanelTransportError).failure);
      await gw.close();
    }
  });

  test('then WHM API 1 over LiveAPI or a cPanel token is refused before any I/O', async () => {
    const live = createLiveApiGateway({ socketPath: emu.liveApiSocketPath('bakker') });
    const cp = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'bakker', token: emu.tokens.cpanel.bakker ?? '' } });
    await expect(live.whm('listaccts')).rejects.toBeInstanceOf(CpanelUnsupportedError);
    await expect(cp.whm('listaccts')).rejects.toBeInstanceOf(CpanelUnsupportedError);
    await live.close();
    await cp.close();
  });
});

describe('when a proxy hands back cPanel\'s refusal body with status 200', () => {
  test('then the HTTP gateway still reports CpanelAuthError', async () => {
    const http = await import('node:http');
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ cpanelresult: { apiversion: '2', error: 'Access denied', data: { reason: 'Access denied', result: '0' }, type: 'text' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    const gw = createHttpGateway({ baseUrl: `http://127.0.0.1:${port}`, auth: { kind: 'cpanel', user: 'bakker', token: 'X1234567' } });
    try {
      await expect(gw.uapi('Locale', 'get_attributes')).rejects.toBeInstanceOf(CpanelAuthError);
    } finally {
      await gw.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
