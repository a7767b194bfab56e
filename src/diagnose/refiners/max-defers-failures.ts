/**
 * max-defers-failures: the domain is blocked for too many defers and failures
 * in an hour. The finding counts what the server counted (same rules as the
 * approaching check, checks/hourly-defer-fail.ts), names the failing
 * recipients and the forwarders behind them, and says at what time the hour
 * has let go of the last failure.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import type { Evidence } from '../model';
import { EVENTS_SOURCE, FORWARDERS_SOURCE, forwarderText, recordEvidence } from '../checks/account-facts';
import { failuresByRecipient, limitedDomain, formatUtc, hourlyDeferFail, limitsText, LIMITS_SOURCE } from '../checks/hourly-defer-fail';
import type { Refiner } from './refiner';

const MAX_EXAMPLES = 10;

export const refineMaxDefersFailures: Refiner = (group, input, base) => {
  const domain = limitedDomain(group.events, group.subject.name);
  const { events, limits, forwarders } = input.account;
  if (!events.ok) return base;
  const hour = hourlyDeferFail(events.value.events, domain, input.now);
  const evidence: Evidence[] = [...base.evidence];

  if (limits.ok) {
    evidence.push(accountEvidence(LIMITS_SOURCE, 'max_defer_fail_percentage', limits.value.maxDeferFailPercentage));
    evidence.push(accountEvidence(LIMITS_SOURCE, 'min_defer_fail_to_trigger_protection', limits.value.minDeferFailToTrigger));
  } else {
    evidence.push({ kind: 'note', text: callFailed(limits) });
  }
  evidence.push(accountEvidence(EVENTS_SOURCE, `defers+failures of ${domain} in the last hour`, `${hour.counted.length} of ${hour.outgoing} (${hour.percent}%)`));
  if (events.value.overflowed) {
    evidence.push({
      kind: 'note',
      text: loc('Bezorging volgen gaf niet alle berichten terug; het echte aantal kan hoger zijn.', 'Track Delivery did not return every message; the real count may be higher.'),
    });
  }

  const failing = new Set(hour.counted.map((e) => e.recipient?.toLowerCase()).filter((r): r is string => r !== undefined));
  const deadForwards = forwarders.ok ? forwarders.value.filter((f) => failing.has(f.destination.trim().toLowerCase())) : [];
  // Forwarded mail keeps the original (outside) sender; cPanel still counts its failure for this domain.
  const forwardedFailures = hour.counted.filter((e) => e.sender !== null && !e.sender.toLowerCase().endsWith(`@${domain}`));
  if (deadForwards.length > 0) evidence.push(accountEvidence(FORWARDERS_SOURCE, 'forwarders to failing addresses', deadForwards.map(forwarderText).join('; ')));
  if (!forwarders.ok) evidence.push({ kind: 'note', text: callFailed(forwarders) });

  const lines = failuresByRecipient(hour.counted);
  if (lines.en.length > 0) evidence.push({ kind: 'note', text: loc(`Mislukt in het afgelopen uur: ${lines.nl.join('; ')}`, `Failed in the past hour: ${lines.en.join('; ')}`) });
  evidence.push(...hour.counted.slice(0, MAX_EXAMPLES).map(recordEvidence));

  const limit = limits.ok ? limitsText(limits.value) : null;
  if (hour.allLeaveAt === null) {
    // Nothing counted in the last hour: the block seen in the log is over.
    return {
      ...base,
      severity: 'warning',
      evidence,
      summary: loc(
        `${base.summary.nl} In het afgelopen uur is er niets meer mislukt voor ${domain}, dus de blokkade is inmiddels voorbij.`,
        `${base.summary.en} Nothing failed for ${domain} in the past hour, so the block is over by now.`,
      ),
      fix: {
        actor: 'account-owner',
        steps: locSteps(
          [
            'Verstuur de berichten die tijdens de blokkade zijn weggegooid opnieuw.',
            `Kijk in cPanel bij Bezorging volgen welke berichten van ${domain} mislukten voor de blokkade, en haal niet-bestaande adressen uit je adresboek of mailinglijst.`,
          ],
          [
            'Send the messages that were discarded during the block again.',
            `In cPanel, open Track Delivery to see which messages of ${domain} failed before the block, and remove addresses that do not exist from your address book or mailing list.`,
          ],
        ),
        links: base.fix?.links ?? [],
      },
    };
  }
  const frees = formatUtc(hour.allLeaveAt);
  return {
    ...base,
    evidence,
    summary: loc(
      `${base.summary.nl} In het afgelopen uur mislukten of werden ${hour.counted.length} berichten van ${domain} uitgesteld (${hour.percent}% van ${hour.outgoing})${limit ? `. De grens: ${limit.nl}` : ''}. Vanaf ${frees} telt geen van die mislukkingen nog mee.`,
      `${base.summary.en} In the past hour ${hour.counted.length} messages of ${domain} failed or were deferred (${hour.percent}% of ${hour.outgoing})${limit ? `. The limit: ${limit.en}` : ''}. From ${frees} none of those failures counts any more.`,
    ),
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Verstuur tot ${frees} niets vanaf ${domain}: elk bericht dat in die tijd wordt weggegooid, kan de blokkade verlengen.`,
          ...(lines.en.length > 0
            ? [`Haal deze mislukte adressen uit je adresboek of mailinglijst, of verbeter de spelling: ${lines.nl.join('; ')}.`]
            : []),
          ...(deadForwards.length > 0
            ? [`Verwijder of verbeter in cPanel > Doorstuuradressen deze doorstuuradressen naar adressen die mail weigeren: ${deadForwards.map(forwarderText).join('; ')}.`]
            : forwardedFailures.length > 0
              ? [`${forwardedFailures.length} van de mislukte berichten kwamen van buiten en werden doorgestuurd; controleer je Doorstuuradressen en automatische antwoorden.`]
              : []),
          'Verstuur de weggegooide berichten opnieuw als de blokkade voorbij is.',
          `Zie je berichten die je niet zelf hebt verstuurd, wijzig dan meteen het wachtwoord van dat e-mailaccount en neem contact op met ${input.profile.supportEmail ?? input.profile.supportUrl ?? input.profile.name}.`,
        ],
        [
          `Send nothing from ${domain} until ${frees}: every message discarded in that time can extend the block.`,
          ...(lines.en.length > 0 ? [`Remove these failing addresses from your address book or mailing list, or correct their spelling: ${lines.en.join('; ')}.`] : []),
          ...(deadForwards.length > 0
            ? [`In cPanel > Forwarders, delete or correct these forwarders to addresses that refuse mail: ${deadForwards.map(forwarderText).join('; ')}.`]
            : forwardedFailures.length > 0
              ? [`${forwardedFailures.length} of the failed messages came from outside and were forwarded; check your Forwarders and auto-responders.`]
              : []),
          'Send the discarded messages again once the block is over.',
          `If you see messages you did not send yourself, change that email account's password right away and contact ${input.profile.supportEmail ?? input.profile.supportUrl ?? input.profile.name}.`,
        ],
      ),
      links: base.fix?.links ?? [],
    },
  };
};
