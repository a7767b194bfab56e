/**
 * Builds one gateway per transport against a running emulator, so every
 * contract test runs the same call through all of them.
 */
import path from 'node:path';
import { CpanelGateway, createCliGateway, createHttpGateway, createLiveApiGateway } from '../../src/cpanel';
import type { RunningEmulator } from '../../src/sandbox/emulator';

export const CONTRACT_SCENARIO = path.join(__dirname, '..', 'fixtures', 'cpanel', 'contract.yaml');

export type TransportCase = 'http-cpanel-token' | 'http-whm-token' | 'liveapi' | 'cli';
export const TRANSPORTS: readonly TransportCase[] = ['http-cpanel-token', 'http-whm-token', 'liveapi', 'cli'];
/** The transports that can make WHM API 1 calls. */
export const WHM_TRANSPORTS: readonly TransportCase[] = ['http-whm-token', 'cli'];

export interface GatewayOptions {
  readonly account?: string;
  readonly timeoutMs?: number;
  /** WHM user for the WHM-token and CLI cases (root by default). */
  readonly whmUser?: string;
}

export function makeGateway(emu: RunningEmulator, transport: TransportCase, options: GatewayOptions = {}): CpanelGateway {
  const account = options.account ?? 'bakker';
  const whmUser = options.whmUser ?? 'root';
  const timeoutMs = options.timeoutMs ?? 10_000;
  switch (transport) {
    case 'http-cpanel-token':
      return createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: account, token: emu.tokens.cpanel[account] ?? '' }, timeoutMs });
    case 'http-whm-token':
      return createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: whmUser, token: emu.tokens.whm[whmUser] ?? '' }, account, timeoutMs });
    case 'liveapi':
      return createLiveApiGateway({ socketPath: emu.liveApiSocketPath(account), account, timeoutMs });
    case 'cli':
      return createCliGateway({ binaries: emu.cli.binaries, env: emu.cli.env(whmUser), account, timeoutMs });
  }
}

/** Runs `fn` through every transport (or the ones given) and returns the results by transport. */
export async function throughAll<T>(
  emu: RunningEmulator,
  fn: (gw: CpanelGateway) => Promise<T>,
  options: GatewayOptions = {},
  transports: readonly TransportCase[] = TRANSPORTS,
): Promise<Record<TransportCase, T>> {
  const out: Partial<Record<TransportCase, T>> = {};
  await Promise.all(
    transports.map(async (t) => {
      const gw = makeGateway(emu, t, options);
      try {
        out[t] = await fn(gw);
      } finally {
        await gw.close();
      }
    }),
  );
  return out as Record<TransportCase, T>;
}

/** Runs `fn` through every transport (or the ones given) and returns what each threw. */
export async function errorsFromAll(
  emu: RunningEmulator,
  fn: (gw: CpanelGateway) => Promise<unknown>,
  options: GatewayOptions = {},
  transports: readonly TransportCase[] = TRANSPORTS,
): Promise<Record<TransportCase, unknown>> {
  return throughAll(
    emu,
    async (gw) => {
      try {
        await fn(gw);
      } catch (error) {
        return error;
      }
      return new Error('expected the call to fail, but it succeeded');
    },
    options,
    transports,
  );
}
