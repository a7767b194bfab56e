/**
 * spf-invalid: the SPF record of each mail domain, as cPanel Email
 * Deliverability judges it and as it is live in DNS (one record, with the
 * provider's include, within RFC 7208's ten look-ups).
 */
import { callFailed, couldNotCheck, loc, locSteps } from '../finding-helpers';
import type { AuditInput, Finding } from '../model';
import { assessmentFinding } from './auth-findings';
import { assessSpf } from './auth-state';
import { accountSubject, mailDomains } from './mail-domains';
import { lookupCount, LOOKUP_LIMIT, spfTerms } from './spf-record';

const ID = 'spf-invalid';

export function spfFixSteps(domain: string, value: string | undefined, include: string): { nl: string[]; en: string[] } {
  const lookups = value === undefined ? 0 : lookupCount(spfTerms(value));
  const nl = [
    value !== undefined
      ? `Vervang in de DNS van ${domain} (cPanel Zone-editor, of waar je DNS staat) alle TXT-records die met v=spf1 beginnen door precies dit ene record: ${value}`
      : `Zorg dat ${domain} precies één SPF-record heeft (TXT, begint met v=spf1) met include:${include} erin.`,
    `Of open cPanel > E-mail > Email Deliverability en gebruik "Repair" bij SPF van ${domain}.`,
  ];
  const en = [
    value !== undefined
      ? `In the DNS of ${domain} (cPanel Zone Editor, or wherever your DNS is managed) replace every TXT record starting with v=spf1 with exactly this one record: ${value}`
      : `Make sure ${domain} has exactly one SPF record (TXT, starting with v=spf1) containing include:${include}.`,
    `Or open cPanel > Email > Email Deliverability and use "Repair" for the SPF of ${domain}.`,
  ];
  if (lookups > LOOKUP_LIMIT) {
    nl.push(`Dit record vraagt ${lookups} DNS-opzoekingen (maximaal ${LOOKUP_LIMIT}): haal include:-onderdelen weg van diensten die je niet meer gebruikt.`);
    en.push(`This record needs ${lookups} DNS lookups (at most ${LOOKUP_LIMIT}): remove include: parts of services you no longer use.`);
  }
  return { nl, en };
}

export function checkSpf(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(ID, accountSubject(input.account), callFailed(domains))];
  return domains.value.map(({ domain }) => {
    const a = assessSpf(input, domain);
    const steps = spfFixSteps(domain, a.record?.value, input.profile.spfInclude);
    return assessmentFinding(ID, 'warning', domain, a, {
      title: loc(`Het SPF-record van ${domain} klopt niet`, `The SPF record of ${domain} is wrong`),
      consequence: loc(
        'Ontvangers zoals Gmail en Microsoft kunnen mail van je domein daardoor als spam zien of weigeren.',
        'Receivers such as Gmail and Microsoft may therefore treat mail from your domain as spam or refuse it.',
      ),
      fix: { actor: 'account-owner', steps: locSteps(steps.nl, steps.en), ...(a.record !== undefined ? { record: a.record } : {}), links: [] },
      fine: loc(`Het SPF-record van ${domain} is in orde.`, `The SPF record of ${domain} is fine.`),
    });
  });
}
