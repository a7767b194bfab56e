/**
 * dkim-invalid: the DKIM key of each mail domain (selector "default", the one
 * cPanel signs with), as cPanel Email Deliverability judges it and as it is
 * live in DNS.
 */
import { callFailed, couldNotCheck, loc, locSteps } from '../finding-helpers';
import type { AuditInput, Finding, RecordToPublish } from '../model';
import { assessmentFinding } from './auth-findings';
import { assessDkim, DKIM_SELECTOR } from './auth-state';
import { accountSubject, mailDomains } from './mail-domains';

const ID = 'dkim-invalid';

export function dkimFixSteps(domain: string, record: RecordToPublish | undefined): { nl: string[]; en: string[] } {
  const name = `${DKIM_SELECTOR}._domainkey.${domain}`;
  return {
    nl: [
      `Open cPanel > E-mail > Email Deliverability en gebruik "Repair" bij DKIM van ${domain}.`,
      record !== undefined
        ? `Staat de DNS van ${domain} ergens anders, zet daar dan een TXT-record ${name} met precies deze waarde: ${record.value}`
        : `Staat de DNS van ${domain} ergens anders, neem dan het DKIM-record (${name}) over dat Email Deliverability toont.`,
      `Verwijder oude DKIM-records op ${name} van een vorige provider, zodat alleen de sleutel van deze server overblijft.`,
    ],
    en: [
      `Open cPanel > Email > Email Deliverability and use "Repair" for the DKIM of ${domain}.`,
      record !== undefined
        ? `If the DNS of ${domain} is managed elsewhere, add a TXT record ${name} there with exactly this value: ${record.value}`
        : `If the DNS of ${domain} is managed elsewhere, copy the DKIM record (${name}) that Email Deliverability shows.`,
      `Remove old DKIM records at ${name} from a previous provider, so only this server's key remains.`,
    ],
  };
}

export function checkDkim(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(ID, accountSubject(input.account), callFailed(domains))];
  return domains.value.map(({ domain }) => {
    const a = assessDkim(input, domain);
    const steps = dkimFixSteps(domain, a.record);
    return assessmentFinding(ID, 'warning', domain, a, {
      title: loc(`DKIM van ${domain} werkt niet`, `DKIM of ${domain} does not work`),
      consequence: loc(
        'Ontvangers kunnen de handtekening op je mail dan niet controleren, waardoor mail vaker als spam wordt gezien of geweigerd.',
        'Receivers then cannot verify the signature on your mail, so it is more often treated as spam or refused.',
      ),
      fix: { actor: 'account-owner', steps: locSteps(steps.nl, steps.en), ...(a.record !== undefined ? { record: a.record } : {}), links: [] },
      fine: loc(`DKIM van ${domain} is in orde.`, `DKIM of ${domain} is fine.`),
    });
  });
}
