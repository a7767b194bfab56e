/**
 * sender-domain-no-nameservers: a receiver found no nameservers for the
 * sender's domain. The live NS answer decides: none → the registration or
 * delegation is broken (fix at the registrar); present → most likely a
 * passing failure at the receiver.
 */
import { dnsAnswer, dnsEvidence, dnsFailed, describeRecord, loc, locSteps, notLookedUp } from '../finding-helpers';
import type { Refiner } from './refiner';
import { crossCheckFailed, fixWith, groupDomain, refine } from './refine-helpers';

export const refineSenderDomainNoNameservers: Refiner = (group, input, base) => {
  const domain = groupDomain(group);
  const ns = dnsAnswer(input, 'NS', domain);
  if (ns === undefined) return crossCheckFailed(base, notLookedUp('NS', domain));
  const evidence = [dnsEvidence(ns)];
  if (ns.outcome.kind === 'error') return crossCheckFailed(base, dnsFailed(ns), evidence);
  if (ns.outcome.kind === 'records' && ns.outcome.records.length > 0) {
    const names = describeRecord(ns).join(', ');
    return refine(base, {
      evidence,
      severity: 'warning',
      summary: loc(
        `Nu heeft ${domain} wel nameservers (${names}); waarschijnlijk was het een tijdelijke storing bij de ontvangende server.`,
        `${domain} does have nameservers now (${names}); most likely it was a passing failure at the receiving server.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          ['Verstuur het bericht over een uur opnieuw.', `Komt dezelfde melding terug, stuur de bounce dan naar ${input.profile.name}.`],
          ['Send the message again in an hour.', `If the same refusal comes back, send the bounce to ${input.profile.name}.`],
        ),
      ),
    });
  }
  return refine(base, {
    evidence,
    severity: 'critical',
    summary: loc(
      `Ook nu vindt DNS geen nameservers voor ${domain} (${ns.outcome.kind}): het domein is niet (meer) goed geregistreerd of gedelegeerd, en dan komt ook geen mail aan.`,
      `DNS still finds no nameservers for ${domain} (${ns.outcome.kind}): the domain is not (or no longer) properly registered or delegated, and then no mail arrives either.`,
    ),
    fix: fixWith(
      base,
      'account-owner',
      locSteps(
        [`Controleer bij je domeinregistratie (registrar) of ${domain} actief is, niet verlopen, en de juiste nameservers heeft.`, `Weet je niet waar ${domain} geregistreerd is, neem dan contact op met ${input.profile.name}.`],
        [`Check with your domain registrar that ${domain} is active, not expired, and has the right nameservers.`, `If you do not know where ${domain} is registered, contact ${input.profile.name}.`],
      ),
    ),
  });
};
