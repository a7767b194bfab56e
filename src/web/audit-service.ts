/**
 * Where the pages get reports from. An interface, so that a store filled by
 * the daemon can back it later; today a short in-memory cache in front of a
 * live audit, with a bound on how many audits run at once (each audit asks
 * cPanel and DNS dozens of questions; a WHM overview asks for every account).
 */
import { createLimiter } from '../util/limiter';
import type { AuditReport } from '../report/audit-report';

interface ReportResult {
  readonly report: AuditReport;
  /** Unix milliseconds when the report was made (from the cache or the store, possibly earlier than now). */
  readonly madeAt: number;
}

export interface AuditService {
  /** The account's report, at most `maxAgeMs` old when the service keeps them. */
  report(user: string): Promise<ReportResult>;
  /** Drops a kept report (a fix changed the account): the next view audits afresh. */
  forget?(user: string): void;
}

/** Runs one audit; what "the audit" is depends on the mode (LiveAPI, CLI as root, HTTP). */
export type Auditor = (user: string) => Promise<AuditReport>;

interface CachingAuditServiceOptions {
  readonly ttlMs?: number;
  readonly concurrency?: number;
  readonly clock?: () => number;
  /** Accounts kept at most; the oldest entries go first. */
  readonly maxEntries?: number;
}

const DEFAULT_TTL_MS = 5 * 60 * 1000;

export function createCachingAuditService(auditor: Auditor, options: CachingAuditServiceOptions = {}): AuditService {
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const clock = options.clock ?? Date.now;
  const maxEntries = options.maxEntries ?? 2000;
  const limit = createLimiter(options.concurrency ?? 3);
  const done = new Map<string, ReportResult>();
  // Two page views asking for the same account at once share one audit.
  const running = new Map<string, Promise<ReportResult>>();

  return {
    forget(user: string): void {
      done.delete(user);
    },
    report(user: string): Promise<ReportResult> {
      const cached = done.get(user);
      if (cached !== undefined && clock() - cached.madeAt < ttl) return Promise.resolve(cached);
      const inFlight = running.get(user);
      if (inFlight !== undefined) return inFlight;
      const started = limit(async () => {
        const report = await auditor(user);
        return { report, madeAt: clock() };
      })
        .then((result) => {
          done.delete(user);
          done.set(user, result);
          while (done.size > maxEntries) done.delete(done.keys().next().value as string);
          return result;
        })
        .finally(() => running.delete(user));
      running.set(user, started);
      return started;
    },
  };
}
