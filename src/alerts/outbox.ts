/**
 * Sends what the outbox holds (the daemon calls this after each run and on
 * its poll timer). Per recipient, everything open goes out as ONE digest,
 * written now from the queued items, so a digest held by the rate limit or
 * a failed send carries what came since.
 *
 * - rate limit: at most one digest per recipient per `minHoursBetween`; the
 *   entries wait as `held` until the limit allows, then go together;
 * - a failed send: `failed` with the reason, retried with a growing pause
 *   (5 min, 10, 20, … at most 6 h), until sent or `expireHours` old;
 * - dry run: writes the digests the queued alerts make (due or not), changes nothing.
 */
import type { Lang } from '../kb/types';
import type { HistoryStore, OutboxRow } from '../store/history-store';
import { accountDigest, adminDigest, asLang, type Digest } from './digest';
import type { Mailer } from './mailer';

export interface OutboxSettings {
  readonly from: string;
  readonly minHoursBetween: number;
  readonly expireHours: number;
  readonly providerName: string;
  readonly serverName: string;
  readonly reportUrl: string;
}

export interface FlushResult {
  readonly sent: number;
  readonly held: number;
  readonly failed: number;
  readonly expired: number;
  /** The digests a dry run would have sent. */
  readonly wouldSend: ReadonlyArray<{ readonly to: string; readonly digest: Digest }>;
}

const HOUR = 3_600_000;
const RETRY_FIRST_MS = 5 * 60_000;
const RETRY_MAX_MS = 6 * HOUR;

function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

function digestFor(recipient: string, rows: readonly OutboxRow[], settings: OutboxSettings): Digest {
  const lang: Lang = asLang(rows[0]?.lang ?? 'en');
  const items = rows.map((r) => r.item);
  if (recipient === 'admin') return adminDigest(items, lang, { name: settings.serverName, reportUrl: settings.reportUrl });
  return accountDigest(recipient.replace(/^account:/, ''), items, lang, settings.providerName);
}

const due = (r: OutboxRow, now: number): boolean =>
  r.state === 'pending' || (r.state === 'held' && (r.heldUntil ?? 0) <= now) || (r.state === 'failed' && (r.nextAttemptAt ?? 0) <= now);

export async function flushOutbox(
  deps: { store: HistoryStore; mailer: Mailer | null; clock: () => number; log: (line: string) => void },
  settings: OutboxSettings,
  options: { dryRun?: boolean } = {},
): Promise<FlushResult> {
  const { store, mailer, clock, log } = deps;
  const now = clock();
  const open = await store.outbox();
  const byRecipient = new Map<string, OutboxRow[]>();
  for (const r of open) byRecipient.set(r.recipient, [...(byRecipient.get(r.recipient) ?? []), r]);
  let sent = 0;
  let held = 0;
  let failed = 0;
  let expired = 0;
  const wouldSend: Array<{ to: string; digest: Digest }> = [];

  for (const [recipient, all] of byRecipient) {
    const old = all.filter((r) => now - r.createdAt >= settings.expireHours * HOUR);
    const rows = all.filter((r) => !old.includes(r));
    if (old.length > 0 && options.dryRun !== true) {
      const last = old.find((r) => r.reason !== null)?.reason;
      await store.updateAlerts(
        old.map((r) => r.id),
        { state: 'expired', reason: `not delivered within ${settings.expireHours} h${last === undefined ? '' : `: ${last}`}` },
      );
      expired += old.length;
      log(`alert to ${recipient}: ${old.length} item${old.length === 1 ? '' : 's'} expired after ${settings.expireHours} h without delivery`);
    }
    if (rows.length === 0) continue;
    const address = rows[rows.length - 1]!.address;
    if (options.dryRun === true) {
      // Everything queued, due or not: what the next digest to this recipient will say.
      wouldSend.push({ to: address, digest: digestFor(recipient, rows, settings) });
      continue;
    }
    if (!rows.some((r) => due(r, now))) continue;
    const digest = digestFor(recipient, rows, settings);
    const last = await store.lastAlertAt(recipient);
    const until = last === null ? null : last + settings.minHoursBetween * HOUR;
    if (until !== null && now < until) {
      const fresh = rows.filter((r) => r.state !== 'held' || r.heldUntil !== until);
      if (fresh.length > 0) {
        await store.updateAlerts(
          fresh.map((r) => r.id),
          { state: 'held', heldUntil: until },
        );
        log(
          `alert to ${recipient} held until ${new Date(until).toISOString()}: one was sent ${((now - (last ?? now)) / HOUR).toFixed(1)} h ago (at most one per ${settings.minHoursBetween} h)`,
        );
      }
      held += rows.length;
      continue;
    }
    if (mailer === null) continue;
    try {
      await mailer.send({ from: settings.from, to: address, subject: digest.subject, text: digest.text });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);
      const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
      const next = now + retryDelayMs(attempts);
      await store.updateAlerts(
        rows.map((r) => r.id),
        { state: 'failed', reason, attempts, nextAttemptAt: next },
      );
      failed += rows.length;
      log(`alert to ${recipient} not sent (attempt ${attempts}, next ${new Date(next).toISOString()}): ${reason}`);
      continue;
    }
    await store.updateAlerts(
      rows.map((r) => r.id),
      { state: 'sent', reason: null, sentAt: now },
    );
    await store.recordAlert(recipient, now);
    sent += rows.length;
    log(`alert sent to ${recipient} (${rows.length} item${rows.length === 1 ? '' : 's'})`);
  }
  return { sent, held, failed, expired, wouldSend };
}
