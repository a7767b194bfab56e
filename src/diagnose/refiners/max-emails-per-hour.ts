/**
 * max-emails-per-hour: the domain hit the account's hourly sending limit.
 * What matters to the customer is the fate of each copy: "Message will be
 * reattempted later" waits in the queue and goes out in a later hour,
 * "Message discarded" is gone and must be sent again (reference/cpanel-api.md
 * §6.4, router check_mail_permissions).
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import type { Evidence } from '../model';
import { EVENTS_SOURCE } from '../checks/account-facts';
import { formatUtc, inLastHour, limitedDomain, isPolicyRecord, LIMITS_SOURCE, sentForDomain } from '../checks/hourly-defer-fail';
import type { Refiner } from './refiner';

function queued(message: string): boolean {
  return /reattempted later/i.test(message);
}

export const refineMaxEmailsPerHour: Refiner = (group, input, base) => {
  const domain = limitedDomain(group.events, group.subject.name);
  const { events, limits } = input.account;
  const evidence: Evidence[] = [...base.evidence];
  const limitValue = limits.ok ? limits.value.maxEmailsPerHour : null;
  if (limits.ok) evidence.push(accountEvidence(LIMITS_SOURCE, 'max_email_per_hour', limits.value.maxEmailsPerHour));
  else evidence.push({ kind: 'note', text: callFailed(limits) });

  let sentText: { nl: string; en: string } | null = null;
  if (events.ok) {
    const sent = events.value.events.filter((e) => inLastHour(e, input.now) && sentForDomain(e, domain) && !isPolicyRecord(e)).length;
    evidence.push(accountEvidence(EVENTS_SOURCE, `messages sent for ${domain} in the last hour`, `${sent}${events.value.overflowed ? '+' : ''}`));
    sentText = {
      nl: `In het afgelopen uur verstuurde ${domain} ${sent}${events.value.overflowed ? ' of meer' : ''} berichten`,
      en: `In the past hour ${domain} sent ${sent}${events.value.overflowed ? ' or more' : ''} messages`,
    };
  }

  const waiting = group.events.filter((e) => queued(e.message));
  const discarded = group.events.filter((e) => !queued(e.message));
  evidence.push(accountEvidence(EVENTS_SOURCE, 'refused copies queued / discarded', `${waiting.length} / ${discarded.length}`));
  const limitNl = limitValue === null ? '' : ` De limiet is ${limitValue === 'unlimited' ? 'onbeperkt' : `${limitValue} berichten per uur`}.`;
  const limitEn = limitValue === null ? '' : ` The limit is ${limitValue === 'unlimited' ? 'unlimited' : `${limitValue} messages per hour`}.`;
  const newest = group.events[0];
  const nextHour = newest === undefined ? null : formatUtc(Math.floor(newest.time / 3600) * 3600 + 3600);
  const support = input.profile.supportEmail ?? input.profile.supportUrl ?? input.profile.name;

  const nl: string[] = [];
  const en: string[] = [];
  if (waiting.length > 0) {
    nl.push(`${waiting.length} bericht(en) staan in de wachtrij ("Message will be reattempted later"): die gaan vanzelf weg zodra er weer ruimte is${nextHour ? `, meestal vanaf ${nextHour}` : ''}. Daarvoor hoef je niets te doen.`);
    en.push(`${waiting.length} message(s) are queued ("Message will be reattempted later"): they go out by themselves once there is room again${nextHour ? `, usually from ${nextHour}` : ''}. You need not do anything for those.`);
  }
  if (discarded.length > 0) {
    const to = [...new Set(discarded.map((e) => e.recipient ?? '?'))].slice(0, 10).join(', ');
    nl.push(`${discarded.length} bericht(en) zijn weggegooid ("Message discarded") en komen niet aan: verstuur ze opnieuw als het volgende uur is begonnen (ontvangers: ${to}).`);
    en.push(`${discarded.length} message(s) were discarded ("Message discarded") and will not arrive: send them again once the next hour has started (recipients: ${to}).`);
  }
  nl.push('Verstuur nieuwsbrieven en grote mailings in kleinere porties, verspreid over meerdere uren, of gebruik een dienst voor bulkmail.');
  en.push('Send newsletters and large mailings in smaller batches spread over several hours, or use a bulk mail service.');
  nl.push(`Heb je vaker een hogere limiet nodig, vraag dan aan ${support} of dat kan. Verstuurde je zelf niet zoveel, wijzig dan het wachtwoord: het account wordt misschien misbruikt.`);
  en.push(`If you regularly need a higher limit, ask ${support} whether that is possible. If you did not send that much yourself, change the password: the account may be misused.`);

  return {
    ...base,
    // Queued copies still arrive; only discarded ones are lost.
    severity: discarded.length > 0 ? 'critical' : 'warning',
    evidence,
    summary: loc(
      `${base.summary.nl}${sentText ? ` ${sentText.nl}.` : ''}${limitNl}`,
      `${base.summary.en}${sentText ? ` ${sentText.en}.` : ''}${limitEn}`,
    ),
    fix: { actor: 'account-owner', steps: locSteps(nl, en), links: base.fix?.links ?? [] },
  };
};
