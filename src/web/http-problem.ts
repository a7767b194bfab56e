/**
 * How a route stops: a refusal or a missing page (`HttpProblem`, shown as the
 * problem page by the app's error handler), or a response already sent
 * (`Handled`). `wrap` carries both out of an async handler to express.
 */
import express, { type NextFunction, type Request, type Response } from 'express';

/** The response has been sent already; the handler stops. */
export class Handled extends Error {}

export class HttpProblem extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 502,
    readonly kind: 'acl' | 'account' | 'csrf' | 'feature' | 'forbidden' | 'not-found' | 'no-daemon' | 'cpanel-session',
    /** What exactly failed, in words (already the reader's language), shown under the message. */
    readonly detail?: string,
  ) {
    super(`${status} ${kind}`);
  }
}

type Handler = (req: Request, res: Response) => Promise<void>;

export function wrap(handler: Handler) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof Handled) return;
      next(error);
    }
  };
}

export function firstQueryValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** The posted form of a state change: refused (403) when another site sent it or its CSRF token is not the session's. */
export function checkedForm(req: Request, verify: (body: Record<string, unknown>) => boolean): Record<string, unknown> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  // The token decides; a browser that says the form came from another site is refused even before that.
  if (req.get('sec-fetch-site') === 'cross-site') throw new HttpProblem(403, 'csrf');
  if (!verify(body)) throw new HttpProblem(403, 'csrf');
  return body;
}

/** The parser of the pages' small forms: bounded in size and in fields. */
export function formBody() {
  return express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 20 });
}
