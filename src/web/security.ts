/**
 * The defences every response and every form gets. Everything the pages show
 * comes from mail and DNS, which strangers control; the templates escape it
 * all, and these headers make a mistake there harmless: no inline script can
 * run, nothing is loaded from elsewhere, the pages cannot be framed by
 * another site, and account data is never cached.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // cPanel's own port (2083) too: WHM's "open this account's cPanel" answers its POST with a redirect to a
  // one-time login there, and a browser holds redirects after a form to this list as well.
  "form-action 'self' https://*:2083",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * cPanel's and WHM's own header/footer carry inline scripts and styles
 * (WHM's generated header even has `nonce="00000000000"` placeholders for
 * this, cpanel-api.md §5.4). They are trusted HTML, so their script and style
 * tags get this response's nonce and the policy allows that nonce — never
 * 'unsafe-inline'. Text from mail and DNS cannot carry the nonce: it is
 * escaped, and the nonce is new for every response.
 */
export function policyWithNonce(nonce: string): string {
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`).replace(
    "style-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
  );
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function addNonce(html: string, nonce: string): string {
  return html.replace(/nonce="0+"/g, `nonce="${nonce}"`).replace(/<(script|style)\b(?![^>]*\bnonce=)/gi, `<$1 nonce="${nonce}"`);
}

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  next();
}

/**
 * A CSRF token is an HMAC of the identity with a secret the attacker cannot
 * know: in CGI mode derived from the session's cp_security_token (which only
 * the logged-in browser has in its URL), else random per process. A form
 * made for one identity is refused for any other.
 */
export class CsrfTokens {
  private readonly secret: Buffer;

  private constructor(secret: Buffer) {
    this.secret = secret;
  }

  static random(): CsrfTokens {
    return new CsrfTokens(randomBytes(32));
  }

  /** For CGI: every request is a new process, so the secret must come from the session itself. */
  static fromSessionToken(sessionToken: string, processSecret = ''): CsrfTokens {
    return new CsrfTokens(createHash('sha256').update(`mail-doctor csrf\u0000${sessionToken}\u0000${processSecret}`).digest());
  }

  tokenFor(identity: string): string {
    return createHmac('sha256', this.secret).update(identity).digest('base64url');
  }

  verify(identity: string, given: unknown): boolean {
    if (typeof given !== 'string' || given.length === 0 || given.length > 200) return false;
    const expected = Buffer.from(this.tokenFor(identity));
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

/** Cookies without a library: `name=value` pairs, values URI-decoded where they can be. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (header === undefined) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === '') continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}
