/**
 * LiveAPI transport: the unix socket cpsrvd gives a `.live.cgi` page that runs
 * as the cPanel user (`CPANEL_CONNECT_SOCKET`). Wire protocol from
 * `Cpanel/LiveAPI.pm` and `php/cpanel.php` (shared/reference/cpanel-api.md §4.6):
 * every request is `<byte length>\n<payload>`; the first payload is
 * `<cpaneljson enable="1">`; calls are `<cpanelaction>\n{json}\n</cpanelaction>`;
 * each reply ends with `</cpanelresult>`; `<cpanelxml shutdown="1" />` ends it.
 * WHM API 1 cannot be reached this way (§4.4).
 */
import net from 'node:net';
import {
  CallDescription,
  CpanelTransportError,
  CpanelUnsupportedError,
} from './errors';
import { CallArgs, CallResult, CpanelGateway, flattenArgs } from './gateway';
import { parseJsonText, readApi2Inner, readUapiResult } from './envelope';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits';

interface LiveApiGatewayOptions {
  /** Defaults to `env.CPANEL_CONNECT_SOCKET`, then `env.CPANEL_PHPCONNECT_SOCKET`. */
  readonly socketPath?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The account the socket belongs to (REMOTE_USER); only used to name calls in errors. */
  readonly account?: string;
  /** One call's limit. */
  readonly timeoutMs?: number;
  /** All calls of this gateway together (a page's): a socket that hangs on every call cannot hold a page for minutes. */
  readonly overallTimeoutMs?: number;
  /** The largest reply read; a bigger one ends the connection. */
  readonly maxReplyBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_OVERALL_TIMEOUT_MS = 40_000;
const END_TAG = '</cpanelresult>';
const START_TAG = '<cpanelresult>';

export function createLiveApiGateway(options: LiveApiGatewayOptions = {}): CpanelGateway {
  const env = options.env ?? process.env;
  const socketPath = options.socketPath ?? env.CPANEL_CONNECT_SOCKET ?? env.CPANEL_PHPCONNECT_SOCKET;
  const account = options.account ?? env.REMOTE_USER;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const overallMs = options.overallTimeoutMs ?? DEFAULT_OVERALL_TIMEOUT_MS;
  const connection = new LiveApiConnection(socketPath, options.maxReplyBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  const startedAt = Date.now();
  let queue: Promise<unknown> = Promise.resolve();

  function describe(api: CallDescription['api'], func: string, module?: string): CallDescription {
    return { api, func, transport: 'liveapi', ...(module !== undefined ? { module } : {}), ...(account !== undefined ? { account } : {}) };
  }

  /** One request at a time: the protocol has no request ids, replies come back in order. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  async function action(call: CallDescription, apiversion: 'uapi' | 2, module: string, args: CallArgs | undefined): Promise<unknown> {
    const payload = JSON.stringify({
      module,
      reqtype: 'exec',
      func: call.func,
      apiversion,
      args: Object.fromEntries(flattenArgs(args)),
    });
    const reply = await serial(() => {
      const left = overallMs - (Date.now() - startedAt);
      if (left <= 0) {
        return Promise.reject(new CpanelTransportError(call, 'timeout', `not sent: the ${overallMs / 1000} s for all LiveAPI calls of this page are used up`));
      }
      return connection.request(`<cpanelaction>\n${payload}\n</cpanelaction>`, call, Math.min(timeoutMs, left));
    });
    return unwrapReply(reply, call);
  }

  return {
    transport: 'liveapi',
    account,
    canCallWhm: false,
    async uapi(module, func, args) {
      const call = describe('uapi', func, module);
      const raw = await action(call, 'uapi', module, args);
      const result = (raw as { result?: unknown }).result;
      return readUapiResult(result, call);
    },
    async api2(module, func, args) {
      const call = describe('api2', func, module);
      return readApi2Inner(await action(call, 2, module, args), call);
    },
    async whm(func): Promise<CallResult> {
      throw new CpanelUnsupportedError({ api: 'whm', func, transport: 'liveapi' }, 'LiveAPI runs as the cPanel user and cannot call WHM API 1');
    },
    async close() {
      await serial(() => connection.shutdown());
    },
  };
}

/**
 * The text between `<cpanelresult>` and `</cpanelresult>`; wrapped as
 * `{cpanelresult: …}` when cPanel sent the bare object (LiveAPI.pm does the
 * same). An empty pair means cPanel failed internally: the Perl client reports
 * "Error cannot be propagated to liveapi, please check the cPanel error_log."
 */
function unwrapReply(reply: string, call: CallDescription): Record<string, unknown> {
  const start = reply.indexOf(START_TAG);
  const end = reply.lastIndexOf(END_TAG);
  const inner = start >= 0 && end > start ? reply.slice(start + START_TAG.length, end).trim() : '';
  if (inner === '') {
    throw new CpanelTransportError(call, 'empty-reply', 'Error cannot be propagated to liveapi, please check the cPanel error_log.');
  }
  const parsed = parseJsonText(inner, call);
  const wrapped =
    typeof parsed === 'object' && parsed !== null && 'cpanelresult' in parsed ? (parsed as { cpanelresult: unknown }).cpanelresult : parsed;
  if (typeof wrapped !== 'object' || wrapped === null) {
    throw new CpanelTransportError(call, 'malformed', 'reply is not a cpanelresult object');
  }
  return wrapped as Record<string, unknown>;
}

/** The reply outgrew the size limit. */
class TooLarge extends Error {}

class LiveApiConnection {
  private socket: net.Socket | undefined;
  private buffer = '';
  private waiter: ((error: Error | undefined) => void) | undefined;

  constructor(
    private readonly socketPath: string | undefined,
    private readonly maxReplyBytes: number,
  ) {}

  private connect(call: CallDescription): Promise<void> {
    const path = this.socketPath;
    if (path === undefined || path === '') {
      return Promise.reject(
        new CpanelTransportError(call, 'connection', 'no LiveAPI socket (CPANEL_CONNECT_SOCKET is not set; the page must be a .live.cgi run by cPanel)'),
      );
    }
    return new Promise((resolve, reject) => {
      const socket = net.createConnection({ path });
      socket.setEncoding('utf8');
      const onError = (error: NodeJS.ErrnoException) => {
        socket.destroy();
        reject(new CpanelTransportError(call, 'connection', `cannot connect to the LiveAPI socket (${error.code ?? 'error'})`));
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        this.socket = socket;
        this.buffer = '';
        // Events of a socket given up after a timeout must not touch its successor.
        socket.on('data', (chunk: string) => {
          if (this.socket !== socket) return;
          this.buffer += chunk;
          if (this.buffer.length > this.maxReplyBytes) {
            // Not read any further: the connection is dropped and the next call starts afresh.
            this.socket = undefined;
            socket.destroy();
            this.settle(new TooLarge());
            return;
          }
          if (this.buffer.includes(END_TAG)) this.settle(undefined);
        });
        socket.on('error', () => {
          if (this.socket === socket) this.settle(new Error('socket error'));
        });
        socket.on('close', () => {
          if (this.socket !== socket) return;
          this.socket = undefined;
          this.settle(new Error('socket closed'));
        });
        resolve();
      });
    });
  }

  private settle(error: Error | undefined): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(error);
  }

  private exchange(payload: string, call: CallDescription, timeoutMs: number): Promise<string> {
    const socket = this.socket;
    if (socket === undefined) return Promise.reject(new CpanelTransportError(call, 'connection', 'LiveAPI socket is closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        // The reply may still arrive later and would be read as the next call's: start afresh.
        this.socket?.destroy();
        this.socket = undefined;
        reject(new CpanelTransportError(call, 'timeout', `no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = (error) => {
        clearTimeout(timer);
        if (error instanceof TooLarge) {
          reject(new CpanelTransportError(call, 'too-large', `the reply is larger than ${Math.round(this.maxReplyBytes / 1024)} KiB and was not read`));
          return;
        }
        if (error !== undefined) {
          reject(new CpanelTransportError(call, 'connection', `LiveAPI socket ended before the reply (${error.message})`));
          return;
        }
        const end = this.buffer.indexOf(END_TAG) + END_TAG.length;
        const reply = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end);
        resolve(reply);
      };
      socket.write(`${Buffer.byteLength(payload, 'utf8')}\n${payload}`);
    });
  }

  /** One call within `timeoutMs`, connecting first when needed (the connection counts against the same limit). */
  async request(payload: string, call: CallDescription, timeoutMs: number): Promise<string> {
    const until = Date.now() + timeoutMs;
    if (this.socket === undefined) {
      await this.connect(call);
      // Switch the session to JSON replies (LiveAPI.pm sends this first).
      await this.exchange('<cpaneljson enable="1">', call, Math.max(1, until - Date.now()));
    }
    return this.exchange(payload, call, Math.max(1, until - Date.now()));
  }

  async shutdown(): Promise<void> {
    const socket = this.socket;
    if (socket === undefined) return;
    const payload = '<cpanelxml shutdown="1" />';
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        socket.destroy();
        resolve();
      }, 1000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.write(`${Buffer.byteLength(payload, 'utf8')}\n${payload}`);
      socket.end();
    });
    this.socket = undefined;
  }
}
