/**
 * recipient-domain-not-found: the receiver's DNS said the domain does not
 * exist. The live answer now decides: NXDOMAIN again → a wrong or expired
 * domain; records now → the failure was a passing nameserver problem.
 */
import { dnsAnswer, dnsEvidence, dnsFailed, loc, locSteps, notLookedUp } from '../finding-helpers';
import type { Refiner } from './refiner';
import { likelyMeant } from './common-domains';
import { crossCheckFailed, fixWith, groupDomain, refine } from './refine-helpers';

export const refineRecipientDomainNotFound: Refiner = (group, input, base) => {
  const domain = groupDomain(group);
  const mx = dnsAnswer(input, 'MX', domain);
  const a = dnsAnswer(input, 'A', domain);
  if (mx === undefined) return crossCheckFailed(base, notLookedUp('MX', domain));
  const evidence = [dnsEvidence(mx), ...(a !== undefined ? [dnsEvidence(a)] : [])];
  if (mx.outcome.kind === 'error') return crossCheckFailed(base, dnsFailed(mx), evidence);
  if (mx.outcome.kind === 'nxdomain') {
    const meant = likelyMeant(domain);
    const nl = [
      meant !== undefined
        ? `Controleer het adres: ${domain} bestaat niet, bedoelde je ${meant}?`
        : `Controleer de spelling van het deel na de @: ${domain} bestaat niet.`,
      'Klopt de spelling wel, vraag de ontvanger dan via een andere weg om een adres dat werkt: het domein is opgeheven of verlopen.',
    ];
    const en = [
      meant !== undefined ? `Check the address: ${domain} does not exist, did you mean ${meant}?` : `Check the spelling of the part after the @: ${domain} does not exist.`,
      'If the spelling is right, ask the recipient another way for an address that works: the domain has been cancelled or has expired.',
    ];
    return refine(base, {
      evidence,
      summary: loc(`Ook nu bestaat ${domain} niet in DNS (NXDOMAIN).`, `${domain} still does not exist in DNS (NXDOMAIN).`),
      fix: fixWith(base, 'account-owner', locSteps(nl, en)),
    });
  }
  const hasRecords = mx.outcome.kind === 'records' || (a !== undefined && a.outcome.kind === 'records');
  if (hasRecords) {
    return refine(base, {
      evidence,
      severity: 'warning',
      summary: loc(
        `Nu bestaat ${domain} wel en heeft het een mailserver: de melding kwam door een tijdelijke storing bij de nameservers.`,
        `${domain} exists now and has a mail server: the failure came from a passing nameserver outage.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps([`Verstuur het bericht aan ${domain} opnieuw.`], [`Send the message to ${domain} again.`]),
      ),
    });
  }
  if (a === undefined) return crossCheckFailed(base, notLookedUp('A', domain), evidence);
  if (a.outcome.kind === 'error') return crossCheckFailed(base, dnsFailed(a), evidence);
  return refine(base, {
    evidence,
    summary: loc(
      `${domain} bestaat wel, maar heeft geen MX- en geen A-record: er is geen mailserver om bij af te leveren.`,
      `${domain} does exist, but has no MX and no A record: there is no mail server to deliver to.`,
    ),
    fix: fixWith(
      base,
      'other-side',
      locSteps(
        [`Laat de ontvanger weten dat ${domain} geen mailserver heeft (geen MX), of vraag om een ander adres.`],
        [`Let the recipient know that ${domain} has no mail server (no MX), or ask for another address.`],
      ),
    ),
  });
};
