/**
 * cPanel's "max defers and failures per hour" protection, as data: which
 * delivery records count against a domain in the current hour, what share of
 * the domain's outgoing mail they are, and when the hour lets go of them.
 * Shared by the max-defers-approaching check and the max-defers-failures
 * refiner so both count the same way.
 *
 * Our reading of the limit (reference/cpanel-api.md §2.2, §6.4; the seed's
 * "5/5 (100%)"): cPanel blocks a domain when, within one hour, its defers and
 * failures make up at least `max_defer_fail_percentage` % of the domain's
 * outgoing mail AND number at least `min_defer_fail_to_trigger_protection`.
 * Both conditions must hold, so "how close to the block" is the smaller of the
 * two ratios (count / minimum, percentage / maximum percentage).
 */
import { domainOf } from '../event-groups';
import type { AccountLimits, DeliveryEvent } from '../model';
import { loc } from '../finding-helpers';
import type { Localized } from '../../kb/types';

const DEFER_FAIL_WINDOW_SECONDS = 3600;

const COUNTED_OUTCOMES: ReadonlySet<DeliveryEvent['outcome']> = new Set(['deferred', 'failed', 'rejected']);

/**
 * The block's own discards ("has exceeded the max defers and failures") and the
 * hourly sending limit's refusals are the server's policy, not delivery
 * failures: they are what the customer sees, not what caused it, so they are
 * kept apart from the count.
 */
const POLICY_IDS: ReadonlySet<string> = new Set(['max-defers-failures', 'max-emails-per-hour']);

/**
 * Whether cPanel attributes this record to the domain. The sending domain is
 * the sender's domain, or — for mail the server sends on the domain's behalf
 * with a foreign or empty sender (forwarded mail, bounces of incoming mail to
 * senders that do not exist) — the cPanel domain Track Delivery names.
 */
export function sentForDomain(event: DeliveryEvent, domain: string): boolean {
  if (event.direction !== 'outgoing') return false;
  const d = domain.toLowerCase();
  return domainOf(event.sender) === d || event.accountDomain?.toLowerCase() === d;
}

/**
 * The domain a limit record is about: the one cPanel names in the text
 * ("Domain x.nl has exceeded …"), else the sender's, else Track Delivery's.
 * Forwarded mail keeps an outside sender, so the sender alone can name the
 * wrong domain.
 */
export function limitedDomain(events: readonly DeliveryEvent[], fallback: string): string {
  for (const e of events) {
    const named = e.classification?.captures.domain;
    if (named !== undefined && named !== '') return named.toLowerCase();
  }
  return fallback.toLowerCase();
}

export function inLastHour(event: DeliveryEvent, now: number): boolean {
  return event.time > now - DEFER_FAIL_WINDOW_SECONDS && event.time <= now;
}

export function isPolicyRecord(event: DeliveryEvent): boolean {
  return event.classification !== null && POLICY_IDS.has(event.classification.id);
}

export interface HourlyDeferFail {
  readonly domain: string;
  /** The defers and failures that count, newest first. */
  readonly counted: readonly DeliveryEvent[];
  /** Every outgoing record of the domain in the hour (the percentage's base), policy refusals excluded. */
  readonly outgoing: number;
  /** Percentage of the outgoing records that are defers or failures (0 when nothing went out). */
  readonly percent: number;
  /** The oldest counted failure leaves the hour at this time (unix seconds); null when none counted. */
  readonly firstLeavesAt: number | null;
  /** All counted failures have left the hour at this time (unix seconds); null when none counted. */
  readonly allLeaveAt: number | null;
}

export function hourlyDeferFail(events: readonly DeliveryEvent[], domain: string, now: number): HourlyDeferFail {
  const hour = events.filter((e) => inLastHour(e, now) && sentForDomain(e, domain) && !isPolicyRecord(e));
  const counted = hour.filter((e) => COUNTED_OUTCOMES.has(e.outcome)).sort((a, b) => b.time - a.time);
  const outgoing = hour.length;
  const times = counted.map((e) => e.time);
  return {
    domain: domain.toLowerCase(),
    counted,
    outgoing,
    percent: outgoing === 0 ? 0 : Math.round((counted.length / outgoing) * 1000) / 10,
    firstLeavesAt: times.length === 0 ? null : Math.min(...times) + DEFER_FAIL_WINDOW_SECONDS,
    allLeaveAt: times.length === 0 ? null : Math.max(...times) + DEFER_FAIL_WINDOW_SECONDS,
  };
}

/**
 * How far the domain is towards the block, 0…1+ (1 = blocked); null when the
 * percentage is unlimited (cPanel never blocks then).
 */
export function progressToBlock(hour: HourlyDeferFail, limits: AccountLimits): number | null {
  if (limits.maxDeferFailPercentage === 'unlimited') return null;
  const byCount = limits.minDeferFailToTrigger <= 0 ? Infinity : hour.counted.length / limits.minDeferFailToTrigger;
  const byPercent = limits.maxDeferFailPercentage <= 0 ? Infinity : hour.percent / limits.maxDeferFailPercentage;
  const progress = Math.min(byCount, byPercent);
  return hour.counted.length === 0 ? 0 : progress;
}

/** "2026-11-18 20:06 UTC": the audit has no time zone of the customer, so it names UTC. */
export function formatUtc(unix: number): string {
  return `${new Date(unix * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const OUTCOME_WORDS: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  failed: { nl: 'mislukt', en: 'failed' },
  deferred: { nl: 'uitgesteld', en: 'deferred' },
  rejected: { nl: 'geweigerd', en: 'rejected' },
};

/** One line per failing recipient, in words: "klant@example.com — failed (2×)". */
export function failuresByRecipient(events: readonly DeliveryEvent[]): { readonly nl: string[]; readonly en: string[] } {
  const tally = new Map<string, { recipient: string; outcome: string; n: number }>();
  for (const e of events) {
    const key = `${e.recipient ?? '?'}\u0000${e.outcome}`;
    const entry = tally.get(key) ?? { recipient: e.recipient ?? '?', outcome: e.outcome, n: 0 };
    entry.n += 1;
    tally.set(key, entry);
  }
  const line = (lang: 'nl' | 'en') => [...tally.values()].map((t) => `${t.recipient} — ${OUTCOME_WORDS[t.outcome]?.[lang] ?? t.outcome} (${t.n}×)`);
  return { nl: line('nl'), en: line('en') };
}

/** The block condition in words, e.g. "5 or more … that make up at least 100% …". */
export function limitsText(limits: AccountLimits): Localized<string> {
  if (limits.maxDeferFailPercentage === 'unlimited') {
    return loc('er is geen grens voor mislukte berichten per uur', 'there is no limit on failed messages per hour');
  }
  const n = limits.minDeferFailToTrigger;
  const pct = limits.maxDeferFailPercentage;
  return loc(
    `de server blokkeert bij ${n} of meer mislukte of uitgestelde berichten in een uur die samen minstens ${pct}% van de uitgaande mail zijn`,
    `the server blocks at ${n} or more failed or deferred messages in an hour that make up at least ${pct}% of the outgoing mail`,
  );
}

export const LIMITS_SOURCE = 'WHM listaccts / UAPI Variables::get_user_information';
