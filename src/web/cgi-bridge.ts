/**
 * The CGI side of the bridge, pure (RFC 3875): the request a CGI
 * environment describes, the URL prefix of the pages, and the CGI form of a
 * response. cgi.ts feeds the request to the app in-process.
 */
import { safeSecurityToken } from './cpanel-links';

export type CgiMode = 'cpanel' | 'whm';

/** A POST larger than this is not a bounce someone pasted or uploaded (10 MB each, plus the form's own bytes). */
export const MAX_CGI_BODY = 21 * 1024 * 1024;

interface CgiRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const METHODS = new Set(['GET', 'HEAD', 'POST']);

/** The request the CGI environment describes (RFC 3875 §4.1). */
export function requestFromCgi(env: NodeJS.ProcessEnv, body: Buffer): CgiRequest {
  const method = (env.REQUEST_METHOD ?? 'GET').toUpperCase();
  let path = env.PATH_INFO ?? '';
  if (!path.startsWith('/')) path = `/${path}`;
  // A path is a path: no scheme or host can be smuggled in front of the app.
  path = path.replace(/^\/+/, '/');
  const query = env.QUERY_STRING ?? '';
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || !key.startsWith('HTTP_')) continue;
    headers[key.slice(5).toLowerCase().replace(/_/g, '-')] = value;
  }
  if (env.CONTENT_TYPE) headers['content-type'] = env.CONTENT_TYPE;
  return { method: METHODS.has(method) ? method : 'GET', url: query === '' ? path : `${path}?${query}`, headers, body };
}

interface InjectedResponse {
  readonly statusCode: number;
  readonly statusMessage: string;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  readonly rawPayload: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'transfer-encoding', 'keep-alive', 'date']);

export function formatCgiResponse(response: InjectedResponse): Buffer {
  const lines = [`Status: ${response.statusCode} ${response.statusMessage || 'Unknown'}`];
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      // Header values come from the app; a line break in one would start a header of its own.
      lines.push(`${name}: ${String(v).replace(/[\r\n]+/g, ' ')}`);
    }
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), response.rawPayload]);
}

/** The URL prefix of the pages: the session token (`/cpsessNNN`) and the script's path. */
export function basePathFromCgi(env: NodeJS.ProcessEnv): string {
  const token = safeSecurityToken(env.cp_security_token);
  const script = /^\/[\w./-]*$/.test(env.SCRIPT_NAME ?? '') ? (env.SCRIPT_NAME as string).replace(/\/+$/, '') : '';
  if (token !== '' && script.startsWith(`${token}/`)) return script;
  return `${token}${script}`;
}

