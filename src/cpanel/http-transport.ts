/**
 * HTTP transport (axios) for cPanel (port 2083, `Authorization: cpanel
 * user:TOKEN`) and WHM (port 2087, `Authorization: whm user:TOKEN`).
 * URLs and headers: shared/reference/cpanel-api.md §1.1, §2.1, §2.3, §3.1;
 * header literal as in CpanelInc/cpanel-node-api `src/utils/headers.ts`.
 *
 * The token lives only in the axios instance's default headers. axios errors
 * carry the request config (headers included), so they are never rethrown
 * or attached as `cause`: each one is turned into a fresh typed error built
 * from the call description and the error code alone.
 */
import https from 'node:https';
import http from 'node:http';
import axios, { AxiosInstance } from 'axios';
import {
  CallDescription,
  CpanelAuthError,
  CpanelTransportError,
  CpanelUnsupportedError,
  TransportName,
} from './errors';
import { CallArgs, CallResult, CpanelGateway, flattenArgs } from './gateway';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits';
import { parseJsonText, readApi2Envelope, readUapiResult, readUapiThroughWhm, readWhmResult } from './envelope';

interface HttpGatewayOptions {
  /** e.g. `https://server.example.com:2083` (cPanel) or `…:2087` (WHM); http:// is allowed. */
  readonly baseUrl: string;
  readonly auth:
    | { readonly kind: 'cpanel'; readonly user: string; readonly token: string }
    | { readonly kind: 'whm'; readonly user: string; readonly token: string };
  /** WHM token only: the cPanel account UAPI / API 2 calls run as. A cPanel token is always bound to its own user. */
  readonly account?: string;
  /** The whole call, from connecting to the last byte of the reply: a server that drips bytes is cut off too. */
  readonly timeoutMs?: number;
  /** The largest reply read (after decompression); a bigger one is given up as it streams in. */
  readonly maxResponseBytes?: number;
  /** Accept self-signed certificates. Off unless asked: cPanel servers often have them, but it must be a decision. */
  readonly insecure?: boolean;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export function createHttpGateway(options: HttpGatewayOptions): CpanelGateway {
  const transport: TransportName = options.auth.kind === 'cpanel' ? 'http-cpanel' : 'http-whm';
  const account = options.auth.kind === 'cpanel' ? options.auth.user : options.account;
  const httpsAgent = new https.Agent({ rejectUnauthorized: options.insecure !== true, keepAlive: true });
  const httpAgent = new http.Agent({ keepAlive: true });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const client: AxiosInstance = axios.create({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    // axios's own timeout only notices a socket that goes quiet; the overall deadline is the signal per call.
    timeout: timeoutMs,
    maxContentLength: maxResponseBytes,
    headers: { Authorization: `${options.auth.kind} ${options.auth.user}:${options.auth.token}` },
    httpsAgent,
    httpAgent,
    // Environment proxies would receive the token; cPanel is reached directly.
    proxy: false,
    maxRedirects: 0,
    // Status codes and JSON are judged here, not by axios.
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(body: unknown) => body],
  });

  async function get(path: string, params: [string, string][], call: CallDescription): Promise<unknown> {
    const raw = await fetchJson(path, params, call);
    // cPanel's refusal body (§8) can also come with status 200 from some proxies and versions;
    // on UAPI / WHM routes it is never a valid answer, so it means the token was refused.
    if (call.api !== 'api2') {
      const reason = refusalReason(raw);
      if (reason !== undefined) throw new CpanelAuthError(call, reason);
    }
    return raw;
  }

  async function fetchJson(path: string, params: [string, string][], call: CallDescription): Promise<unknown> {
    const query = new URLSearchParams(params).toString();
    let response;
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      response = await client.get<string>(query === '' ? path : `${path}?${query}`, { signal: deadline });
    } catch (error) {
      if (deadline.aborted) throw new CpanelTransportError(call, 'timeout', `no complete reply within ${timeoutMs / 1000} s`);
      throw wrapAxiosError(error, call, maxResponseBytes);
    }
    const body = typeof response.data === 'string' ? response.data : String(response.data ?? '');
    if (response.status === 401 || response.status === 403) {
      throw new CpanelAuthError(call, accessDeniedReason(body) ?? `HTTP ${response.status}`, response.status);
    }
    if (response.status < 200 || response.status >= 300) {
      throw new CpanelTransportError(call, 'http-status', `HTTP ${response.status}`, response.status);
    }
    return parseJsonText(body, call);
  }

  function describe(api: CallDescription['api'], func: string, module?: string): CallDescription {
    return { api, func, transport, ...(module !== undefined ? { module } : {}), ...(account !== undefined ? { account } : {}) };
  }

  return {
    transport,
    account,
    canCallWhm: options.auth.kind === 'whm',

    async uapi(module, func, args?: CallArgs): Promise<CallResult> {
      const call = describe('uapi', func, module);
      if (options.auth.kind === 'cpanel') {
        const raw = await get(`/execute/${encodeURIComponent(module)}/${encodeURIComponent(func)}`, flattenArgs(args), call);
        return readUapiResult(raw, call);
      }
      if (account === undefined) throw new CpanelUnsupportedError(call, 'a WHM gateway needs an account to run UAPI as');
      const params: [string, string][] = [
        ['api.version', '1'],
        ['cpanel.user', account],
        ['cpanel.module', module],
        ['cpanel.function', func],
        ...flattenArgs(args),
      ];
      return readUapiThroughWhm(await get('/json-api/uapi_cpanel', params, call), call);
    },

    async api2(module, func, args?: CallArgs): Promise<CallResult> {
      const call = describe('api2', func, module);
      if (account === undefined) throw new CpanelUnsupportedError(call, 'a WHM gateway needs an account to run API 2 as');
      const params: [string, string][] = [
        ['cpanel_jsonapi_user', account],
        ['cpanel_jsonapi_apiversion', '2'],
        ['cpanel_jsonapi_module', module],
        ['cpanel_jsonapi_func', func],
        ...flattenArgs(args),
      ];
      return readApi2Envelope(await get('/json-api/cpanel', params, call), call);
    },

    async whm(func, args?: CallArgs): Promise<CallResult> {
      // WHM functions that target an account take it as `user=`; name it in errors.
      const target = typeof args?.user === 'string' ? args.user : undefined;
      const call: CallDescription = { api: 'whm', func, transport, ...(target !== undefined ? { account: target } : {}) };
      // Tokens made in cPanel reach only UAPI and API 2 (`Cpanel/Server/Handlers/Api.pm`, §1.1).
      if (options.auth.kind !== 'whm') throw new CpanelUnsupportedError(call, 'a cPanel token cannot call WHM API 1');
      const raw = await get(`/json-api/${encodeURIComponent(func)}`, [['api.version', '1'], ...flattenArgs(args)], call);
      return readWhmResult(raw, call);
    },

    async close(): Promise<void> {
      httpsAgent.destroy();
      httpAgent.destroy();
    },
  };
}

/** cPanel's 403 body: `{"cpanelresult":{"error":"Access denied","data":{"reason":"Access denied",…}}}` (§8). */
function refusalReason(parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const result = (parsed as { cpanelresult?: { error?: unknown; data?: { reason?: unknown } } }).cpanelresult;
  if (typeof result !== 'object' || result === null) return undefined;
  const reason = result.data?.reason ?? result.error;
  return typeof reason === 'string' && reason !== '' ? reason : undefined;
}

function accessDeniedReason(body: string): string | undefined {
  try {
    return refusalReason(JSON.parse(body) as unknown);
  } catch {
    return undefined;
  }
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

/** Builds a token-free error: only the code and a fixed text survive, never config, request or headers. */
function wrapAxiosError(error: unknown, call: CallDescription, maxResponseBytes: number): CpanelTransportError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown';
  const message = error instanceof Error ? error.message : '';
  if (code === 'ERR_BAD_RESPONSE' && message.startsWith('maxContentLength')) {
    return new CpanelTransportError(call, 'too-large', `the reply is larger than ${Math.round(maxResponseBytes / 1024)} KiB and was not read`);
  }
  if (TIMEOUT_CODES.has(code)) return new CpanelTransportError(call, 'timeout', `no reply in time (${code})`);
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') {
    return new CpanelTransportError(call, 'connection', `TLS certificate not accepted (${code}); pass insecure only for a server you trust`);
  }
  return new CpanelTransportError(call, 'connection', `could not reach cPanel (${code})`);
}
