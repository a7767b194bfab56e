/** recipient-null-mx: confirms from the live MX that the domain publishes RFC 7505's null MX. */
import { dnsAnswer, dnsEvidence, dnsFailed, loc, locSteps, notLookedUp } from '../finding-helpers';
import { isNullMx } from '../checks/mail-exchangers';
import type { Refiner } from './refiner';
import { crossCheckFailed, fixWith, groupDomain, refine } from './refine-helpers';

export const refineRecipientNullMx: Refiner = (group, input, base) => {
  const domain = groupDomain(group);
  const mx = dnsAnswer(input, 'MX', domain);
  if (mx === undefined) return crossCheckFailed(base, notLookedUp('MX', domain));
  const evidence = [dnsEvidence(mx)];
  if (mx.outcome.kind === 'error') return crossCheckFailed(base, dnsFailed(mx), evidence);
  if (mx.outcome.kind === 'records' && isNullMx(mx.outcome.records)) {
    return refine(base, {
      evidence,
      summary: loc(
        `Bevestigd: de MX van ${domain} is "0 ." (null MX), dus dit domein ontvangt geen enkele mail.`,
        `Confirmed: the MX of ${domain} is "0 ." (null MX), so this domain receives no mail at all.`,
      ),
    });
  }
  if (mx.outcome.kind === 'records') {
    return refine(base, {
      evidence,
      severity: 'warning',
      summary: loc(
        `Nu heeft ${domain} wel een gewone MX: het domein ontvangt inmiddels weer mail.`,
        `${domain} now has an ordinary MX: the domain receives mail again.`,
      ),
      fix: fixWith(base, 'account-owner', locSteps([`Verstuur het bericht aan ${domain} opnieuw.`], [`Send the message to ${domain} again.`])),
    });
  }
  return refine(base, {
    evidence,
    summary: loc(
      `Nu geeft ${domain} geen null MX meer, maar ook geen MX (${mx.outcome.kind}); vraag de ontvanger om een ander adres.`,
      `${domain} no longer gives a null MX, but no MX either (${mx.outcome.kind}); ask the recipient for another address.`,
    ),
  });
};
