/**
 * Command-line transport: cPanel's `uapi`, `cpapi2` and `whmapi1` tools with
 * `--output=json` (shared/reference/cpanel-api.md §1.4, §2.1). Run as root
 * with `--user=ACCOUNT` for UAPI / API 2, or as the cPanel user without it.
 * Started with execFile and an argument array, never through a shell; values
 * are URI-encoded because the tools decode `key=value` pairs that way (docs
 * note: spaces and `&` must be encoded).
 */
import { execFile } from 'node:child_process';
import { CallDescription, CpanelTransportError } from './errors';
import { CallArgs, CallResult, CpanelGateway, flattenArgs } from './gateway';
import { parseJsonText, readApi2Envelope, readCliUapi, readWhmResult } from './envelope';

interface CliBinaries {
  readonly uapi: string;
  readonly cpapi2: string;
  readonly whmapi1: string;
}

/** Where cPanel installs them (CloudLinux CageFS docs advise the full path). */
const DEFAULT_CLI_BINARIES: CliBinaries = {
  uapi: '/usr/local/cpanel/bin/uapi',
  cpapi2: '/usr/local/cpanel/bin/cpapi2',
  whmapi1: '/usr/local/cpanel/bin/whmapi1',
};

interface CliGatewayOptions {
  readonly binaries?: Partial<CliBinaries>;
  /** Account for `--user=` (root only). Omit when the process already runs as the cPanel user. */
  readonly account?: string;
  /** Whether whmapi1 may be used (the process runs as root). Default: true when `account` is given. */
  readonly canCallWhm?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function createCliGateway(options: CliGatewayOptions = {}): CpanelGateway {
  const binaries: CliBinaries = { ...DEFAULT_CLI_BINARIES, ...options.binaries };
  const account = options.account;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const userFlag = account !== undefined ? [`--user=${account}`] : [];

  function describe(api: CallDescription['api'], func: string, module?: string, target?: string): CallDescription {
    return { api, func, transport: 'cli', ...(module !== undefined ? { module } : {}), ...(target !== undefined ? { account: target } : {}) };
  }

  function encodePairs(args: CallArgs | undefined): string[] {
    return flattenArgs(args).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  }

  function run(binary: string, argv: string[], call: CallDescription): Promise<unknown> {
    return new Promise((resolve, reject) => {
      execFile(
        binary,
        argv,
        { timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: options.env ?? process.env, windowsHide: true },
        (error, stdout, stderr) => {
          if (error) {
            const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: number | string };
            if (e.killed === true && e.signal === 'SIGTERM') {
              reject(new CpanelTransportError(call, 'timeout', `${binaryName(binary)} gave no answer within ${timeoutMs} ms`));
            } else if (typeof e.code === 'string') {
              reject(new CpanelTransportError(call, 'process', `cannot run ${binary} (${e.code})`));
            } else {
              const text = firstLine(stderr) ?? `exit code ${String(e.code ?? e.signal)}`;
              reject(new CpanelTransportError(call, 'process', `${binaryName(binary)} failed: ${text}`));
            }
            return;
          }
          try {
            resolve(parseJsonText(stdout, call));
          } catch (parseError) {
            reject(parseError);
          }
        },
      );
    });
  }

  return {
    transport: 'cli',
    account,
    canCallWhm: options.canCallWhm ?? account !== undefined,
    async uapi(module, func, args): Promise<CallResult> {
      const call = describe('uapi', func, module, account);
      const raw = await run(binaries.uapi, ['--output=json', ...userFlag, module, func, ...encodePairs(args)], call);
      return readCliUapi(raw, call);
    },
    async api2(module, func, args): Promise<CallResult> {
      const call = describe('api2', func, module, account);
      const raw = await run(binaries.cpapi2, ['--output=json', ...userFlag, module, func, ...encodePairs(args)], call);
      return readApi2Envelope(raw, call);
    },
    async whm(func, args): Promise<CallResult> {
      const call = describe('whm', func, undefined, typeof args?.user === 'string' ? args.user : undefined);
      const raw = await run(binaries.whmapi1, ['--output=json', func, ...encodePairs(args)], call);
      return readWhmResult(raw, call);
    },
    async close() {
      // Nothing held open between calls.
    },
  };
}

function binaryName(path: string): string {
  return path.split('/').pop() ?? path;
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line === undefined ? undefined : line.slice(0, 300);
}
