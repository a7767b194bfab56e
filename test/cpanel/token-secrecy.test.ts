/**
 * A token must never leave the gateway in an error: not in the message, the
 * stack, a `cause`, or any property a logger might print (axios errors carry
 * the request config with the Authorization header, so they must not escape).
 */
import util from 'node:util';
import { isAxiosError } from 'axios';
import { CpanelError, CpanelGateway, createHttpGateway, listEmailRouting } from '../../src/cpanel';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { CONTRACT_SCENARIO } from './transports';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ scenario: CONTRACT_SCENARIO });
});
afterEach(() => emu.clearFaults());
afterAll(async () => {
  await emu.close();
});

function everythingPrintable(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack ?? '', JSON.stringify(error), util.inspect(error, { depth: 20, showHidden: true }), String(error)].join('\n');
}

async function failureOf(gw: CpanelGateway, call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  } finally {
    await gw.close();
  }
  throw new Error('expected a failure');
}

describe('when HTTP calls fail in every possible way', () => {
  const cpanelToken = () => emu.tokens.cpanel.bakker ?? '';
  const whmToken = () => emu.tokens.whm.root ?? '';
  const secrets = () => [cpanelToken(), whmToken(), 'WRONGSECRETTOKEN42'];

  const scenarios: [string, () => Promise<unknown>][] = [
    [
      'a refused token',
      () => {
        const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'bakker', token: 'WRONGSECRETTOKEN42' } });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'an HTTP 500',
      () => {
        emu.setFault({ function: 'Email::list_mxs', kind: 'http500' });
        const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'bakker', token: cpanelToken() } });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'a timeout',
      () => {
        emu.setFault({ function: 'Email::list_mxs', kind: 'slow', delayMs: 1500 });
        const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: whmToken() }, account: 'bakker', timeoutMs: 200 });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'a refused connection',
      () => {
        const gw = createHttpGateway({ baseUrl: 'http://127.0.0.1:1', auth: { kind: 'whm', user: 'root', token: whmToken() }, account: 'bakker' });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'a malformed reply',
      () => {
        emu.setFault({ function: 'Email::list_mxs', kind: 'malformed' });
        const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: whmToken() }, account: 'bakker' });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'a status-0 answer',
      () => {
        emu.setFault({ function: 'Email::list_mxs', kind: 'fail', message: 'nope' });
        const gw = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'bakker', token: cpanelToken() } });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
    [
      'a TLS handshake against a plain-HTTP port',
      () => {
        const gw = createHttpGateway({ baseUrl: emu.httpUrl.replace('http:', 'https:'), auth: { kind: 'cpanel', user: 'bakker', token: cpanelToken() }, timeoutMs: 2000 });
        return failureOf(gw, () => listEmailRouting(gw));
      },
    ],
  ];

  test.each(scenarios)('then %s yields a CpanelError without the token anywhere in it', async (_name, produce) => {
    const error = await produce();
    expect(error).toBeInstanceOf(CpanelError);
    expect(isAxiosError(error)).toBe(false);
    expect((error as Error).cause).toBeUndefined();
    const printable = everythingPrintable(error);
    for (const secret of secrets()) expect(printable).not.toContain(secret);
    expect(printable).not.toMatch(/Authorization/i);
  });
});
