/**
 * Who may talk to pages served on loopback (`serve`, the sandbox). Loopback
 * alone is not enough: any web page a browser on this machine opens can
 * reach 127.0.0.1 through DNS rebinding (its own name, resolved to
 * 127.0.0.1), and any local user can connect. So every request must
 *   1. name an allowed Host (127.0.0.1, localhost, [::1], --host-name):
 *      a rebound name is refused with 421 before anything is read, and
 *   2. carry the secret: `?token=SECRET` once (answered with an HttpOnly,
 *      SameSite=Strict cookie and a redirect that drops the token from the
 *      address), the cookie after that, or `Authorization: Bearer SECRET`.
 *      Without it: 401 and no data.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parseCookies } from './security';

const SESSION_COOKIE = 'mail_doctor_session';
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export interface AccessOptions {
  /** The secret a visitor must show. */
  readonly token: string;
  /** Host names besides the loopback ones the pages may be asked for (e.g. behind an SSH tunnel's name). */
  readonly hostNames?: readonly string[];
}

/** A fresh secret: 32 random bytes, URL-safe. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The Host header's name without the port, lower case; undefined when absent or not a plain name. */
function hostName(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header.trim());
  return m === null ? undefined : m[1]!.toLowerCase().replace(/\.$/, '');
}

function sameSecret(given: string | undefined, expected: Buffer): boolean {
  if (given === undefined || given === '') return false;
  const buffer = Buffer.from(given, 'utf8');
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

function refuse(res: ServerResponse, status: 401 | 421, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(status === 401 ? { 'WWW-Authenticate': 'Bearer realm="mail-doctor"' } : {}),
  });
  res.end(text);
}

/** Wraps the app: only requests for an allowed host that carry the secret reach it. */
export function guardAccess(app: RequestListener, options: AccessOptions): RequestListener {
  if (options.token.length < 16) throw new Error('the access token is too short (at least 16 characters)');
  const secret = Buffer.from(options.token, 'utf8');
  // The cookie holds a value derived from the secret, not the secret itself.
  const cookieValue = createHmac('sha256', secret).update('mail-doctor session cookie').digest('base64url');
  const cookieSecret = Buffer.from(cookieValue, 'utf8');
  const allowed = new Set([...LOOPBACK_NAMES, ...(options.hostNames ?? []).map((h) => h.toLowerCase().replace(/\.$/, ''))]);

  return (req: IncomingMessage, res: ServerResponse) => {
    const host = hostName(req.headers.host);
    if (host === undefined || !allowed.has(host)) {
      refuse(res, 421, 'This server only answers for its own address (127.0.0.1 or localhost).\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const queryToken = url.searchParams.get('token') ?? undefined;
    if (queryToken !== undefined && sameSecret(queryToken, secret)) {
      url.searchParams.delete('token');
      const rest = url.searchParams.toString();
      res.writeHead(303, {
        'Set-Cookie': `${SESSION_COOKIE}=${cookieValue}; Path=/; HttpOnly; SameSite=Strict`,
        Location: `${url.pathname.replace(/^[/\\]+/, '/')}${rest === '' ? '' : `?${rest}`}`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.end();
      return;
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const cookie = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!sameSecret(bearer, secret) && !sameSecret(cookie, cookieSecret)) {
      refuse(res, 401, 'Sign in with the address mail-doctor printed when it started (it ends in ?token=…).\n');
      return;
    }
    app(req, res);
  };
}
