/**
 * max-defers-approaching: warns while a domain is on its way to cPanel's
 * "max defers and failures per hour" block (hourly-defer-fail.ts explains the
 * limit), so the customer can act before the server starts discarding mail.
 * A domain that is already blocked is left to the max-defers-failures
 * refiner, which explains the block itself.
 */
import { domainOf } from '../event-groups';
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AccountLimits, AuditInput, DeliveryEvent, Finding, Subject } from '../model';
import { EVENTS_SOURCE, recordEvidence } from './account-facts';
import {
  failuresByRecipient,
  formatUtc,
  hourlyDeferFail,
  inLastHour,
  limitsText,
  LIMITS_SOURCE,
  progressToBlock,
  sentForDomain,
  type HourlyDeferFail,
} from './hourly-defer-fail';

const ID = 'max-defers-approaching';
/** Warn from 60% of the way to the block (catalogue). */
const APPROACHING_AT = 0.6;
const MAX_EXAMPLES = 10;

/** The domains outgoing mail was sent for: cPanel's domain of the record, else the sender's domain. */
function sendingDomains(events: readonly DeliveryEvent[]): string[] {
  const names = new Set<string>();
  for (const e of events) {
    if (e.direction !== 'outgoing') continue;
    const d = e.accountDomain?.toLowerCase() ?? domainOf(e.sender);
    if (d !== null) names.add(d);
  }
  return [...names].sort();
}

function alreadyBlocked(events: readonly DeliveryEvent[], domain: string, now: number): boolean {
  return events.some(
    (e) =>
      e.classification?.id === 'max-defers-failures' &&
      inLastHour(e, now) &&
      (sentForDomain(e, domain) || e.classification.captures.domain?.toLowerCase() === domain),
  );
}

function warning(hour: HourlyDeferFail, limits: AccountLimits): Finding {
  const n = hour.counted.length;
  const frees = formatUtc(hour.firstLeavesAt!);
  const clear = formatUtc(hour.allLeaveAt!);
  const lines = failuresByRecipient(hour.counted);
  const limit = limitsText(limits);
  const subject: Subject = { kind: 'domain', name: hour.domain };
  // Critical: once the limit is reached every outgoing message of the domain is discarded for an hour.
  return problem(ID, 'critical', subject, {
    title: loc(
      `${hour.domain} nadert de grens voor mislukte berichten per uur`,
      `${hour.domain} is nearing the limit for failed messages per hour`,
    ),
    summary: loc(
      `In het afgelopen uur mislukten of werden ${n} van de ${hour.outgoing} uitgaande berichten van ${hour.domain} uitgesteld (${hour.percent}%). De grens: ${limit.nl}; daarna gooit hij een uur lang alle uitgaande mail van dit domein weg. De oudste mislukking telt niet meer mee vanaf ${frees}, alle pas vanaf ${clear}.`,
      `In the past hour ${n} of the ${hour.outgoing} outgoing messages of ${hour.domain} failed or were deferred (${hour.percent}%). The limit: ${limit.en}; it then discards all outgoing mail of this domain for an hour. The oldest failure stops counting at ${frees}, all of them at ${clear}.`,
    ),
    evidence: [
      accountEvidence(LIMITS_SOURCE, 'max_defer_fail_percentage', limits.maxDeferFailPercentage),
      accountEvidence(LIMITS_SOURCE, 'min_defer_fail_to_trigger_protection', limits.minDeferFailToTrigger),
      accountEvidence(EVENTS_SOURCE, `defers+failures of ${hour.domain} in the last hour`, `${n} of ${hour.outgoing} (${hour.percent}%)`),
      { kind: 'note', text: loc(`Mislukte ontvangers: ${lines.nl.join('; ')}`, `Failing recipients: ${lines.en.join('; ')}`) },
      ...hour.counted.slice(0, MAX_EXAMPLES).map(recordEvidence),
    ],
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Verstuur tot ${clear} zo min mogelijk mail vanaf ${hour.domain}, zeker geen mailings.`,
          `Kijk in cPanel bij Bezorging volgen naar deze mislukte adressen en haal ze uit je adresboek of mailinglijst als ze niet (meer) bestaan: ${lines.nl.join('; ')}.`,
          `Controleer je Doorstuuradressen en automatische antwoorden: doorgestuurde mail die elders wordt geweigerd en bounces op spam tellen ook mee.`,
          `Zie je berichten die je niet zelf hebt verstuurd, wijzig dan meteen het wachtwoord van dat e-mailaccount.`,
        ],
        [
          `Until ${clear}, send as little mail as possible from ${hour.domain}, and certainly no mailings.`,
          `In cPanel, open Track Delivery for these failing addresses and remove them from your address book or mailing list if they do not exist (any more): ${lines.en.join('; ')}.`,
          `Check your Forwarders and auto-responders: forwarded mail that another provider refuses and bounces to spam count too.`,
          `If you see messages you did not send yourself, change that email account's password right away.`,
        ],
      ),
      links: [],
    },
    count: n,
    firstSeen: Math.min(...hour.counted.map((e) => e.time)),
    lastSeen: Math.max(...hour.counted.map((e) => e.time)),
  });
}

export function checkMaxDefersApproaching(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const { events: eventsPart, limits: limitsPart } = input.account;
  if (!limitsPart.ok) return [couldNotCheck(ID, account, callFailed(limitsPart))];
  const limits = limitsPart.value;
  if (limits.maxDeferFailPercentage === 'unlimited') {
    return [
      ok(ID, account, loc('Voor dit account geldt geen grens voor mislukte berichten per uur.', 'This account has no limit on failed messages per hour.'), [
        accountEvidence(LIMITS_SOURCE, 'max_defer_fail_percentage', 'unlimited'),
      ]),
    ];
  }
  if (!eventsPart.ok) return [couldNotCheck(ID, account, callFailed(eventsPart))];
  // A capped list may miss failures (too few counted) or successes (too high a percentage): neither "ok" nor a warning can be trusted.
  if (eventsPart.value.overflowed) {
    return [
      couldNotCheck(
        ID,
        account,
        loc(
          'Bezorging volgen gaf niet alle berichten terug (de lijst is afgekapt), dus het aantal mislukte berichten per uur is niet betrouwbaar te tellen.',
          'Track Delivery did not return every message (the list was capped), so the failed messages per hour cannot be counted reliably.',
        ),
        [accountEvidence(EVENTS_SOURCE, 'overflowed', true)],
      ),
    ];
  }
  const events = eventsPart.value.events;
  const domains = sendingDomains(events.filter((e) => inLastHour(e, input.now)));
  if (domains.length === 0) {
    return [ok(ID, account, loc('In het afgelopen uur is er geen uitgaande mail mislukt.', 'No outgoing mail failed in the past hour.'))];
  }
  return domains.flatMap((domain): Finding[] => {
    if (alreadyBlocked(events, domain, input.now)) return [];
    const hour = hourlyDeferFail(events, domain, input.now);
    const progress = progressToBlock(hour, limits) ?? 0;
    if (progress >= APPROACHING_AT) return [warning(hour, limits)];
    return [
      ok(
        ID,
        { kind: 'domain', name: domain },
        loc(
          `${hour.counted.length} van de ${hour.outgoing} uitgaande berichten van ${domain} mislukten of werden uitgesteld in het afgelopen uur; ruim onder de grens.`,
          `${hour.counted.length} of the ${hour.outgoing} outgoing messages of ${domain} failed or were deferred in the past hour; well below the limit.`,
        ),
      ),
    ];
  });
}
