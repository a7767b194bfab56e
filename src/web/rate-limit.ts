/**
 * A per-key limit on how often something may be asked for: at most `max`
 * times in any `windowMs`. "Audit now" uses it per WHM user, so that a
 * stuck button, a script or a hostile reseller cannot queue run after run
 * for the daemon.
 */
export interface RateLimit {
  /** Counts an attempt by `key` at `now`; false when the key has used up its window. */
  allow(key: string, now: number): boolean;
}

export function createRateLimit(options: { readonly max: number; readonly windowMs: number }): RateLimit {
  const attempts = new Map<string, number[]>();
  return {
    allow(key, now) {
      const recent = (attempts.get(key) ?? []).filter((t) => now - t < options.windowMs);
      if (recent.length >= options.max) {
        attempts.set(key, recent);
        return false;
      }
      recent.push(now);
      attempts.set(key, recent);
      return true;
    },
  };
}

/** "Audit now": three requests per WHM user in ten minutes. */
export const AUDIT_NOW_LIMIT = { max: 3, windowMs: 10 * 60_000 } as const;

/**
 * The same limit across processes (the WHM page is a new CGI process per
 * request, so a count in memory forgets): the user's requests still waiting
 * in the store, made within the window.
 */
export function tooManyWaiting(waiting: readonly { readonly requestedBy: string; readonly requestedAt: number }[], user: string, now: number): boolean {
  return waiting.filter((r) => r.requestedBy === user && now - r.requestedAt < AUDIT_NOW_LIMIT.windowMs).length >= AUDIT_NOW_LIMIT.max;
}
