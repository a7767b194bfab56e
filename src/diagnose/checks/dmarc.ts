/**
 * dmarc-missing: a domain that sends mail without a DMARC record (RFC 7489).
 * Large receivers (Gmail, Yahoo, Microsoft) ask senders for one; starting
 * with p=none changes nothing for delivery and brings reports.
 */
import type { AccountDomain } from '../observations';
import { domainOf } from '../event-groups';
import { callFailed, couldNotCheck, loc, locSteps } from '../finding-helpers';
import type { AuditInput, Finding } from '../model';
import { assessmentFinding } from './auth-findings';
import { assessDmarc } from './auth-state';
import { accountSubject, mailDomains } from './mail-domains';

const ID = 'dmarc-missing';

/**
 * Whether the domain sends mail: the main domain (the website's mail),
 * domains with mailboxes, and domains seen as sender in the delivery log.
 * When the mailboxes could not be read every mail domain counts: a missing
 * DMARC record is worth knowing either way.
 */
function sendsMail(input: AuditInput, d: AccountDomain): boolean {
  if (d.kind === 'main' || !input.account.mailboxes.ok) return true;
  if (input.account.mailboxes.value.some((m) => m.domain === d.domain)) return true;
  const events = input.account.events;
  return events.ok && events.value.events.some((e) => e.direction !== 'incoming' && domainOf(e.sender) === d.domain);
}

/**
 * Where aggregate reports go. RFC 7489 §7.1: a rua address in another domain
 * only receives reports when that domain publishes an authorisation record,
 * so the account's contact address is used only when it is in this domain.
 */
export function reportAddress(input: AuditInput, domain: string): string {
  const contact = input.account.contactEmail;
  return contact !== null && domainOf(contact) === domain ? contact.toLowerCase() : `postmaster@${domain}`;
}

/** The mail domains that send mail (see sendsMail); undefined when the domain list could not be read. */
export function sendingDomains(input: AuditInput): string[] | undefined {
  const domains = mailDomains(input.account);
  return domains.ok ? domains.value.filter((d) => sendsMail(input, d)).map((d) => d.domain) : undefined;
}

export function checkDmarc(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(ID, accountSubject(input.account), callFailed(domains))];
  return domains.value
    .filter((d) => sendsMail(input, d))
    .map(({ domain }) => {
      const contact = reportAddress(input, domain);
      const a = assessDmarc(input, domain, contact);
      const value = a.record?.value ?? `v=DMARC1; p=none; rua=mailto:${contact}`;
      const name = a.record?.name ?? `_dmarc.${domain}`;
      return assessmentFinding(ID, 'warning', domain, a, {
        title: loc(`${domain} heeft geen (geldig) DMARC-record`, `${domain} has no (valid) DMARC record`),
        consequence: loc(
          'Gmail, Yahoo en Microsoft verwachten een DMARC-record van domeinen die mail versturen; zonder record belandt je mail sneller in de spam of wordt hij geweigerd.',
          'Gmail, Yahoo and Microsoft expect a DMARC record from domains that send mail; without one your mail more easily lands in spam or is refused.',
        ),
        fix: {
          actor: 'account-owner',
          steps: locSteps(
            [
              `Maak in de DNS van ${domain} (cPanel Zone-editor, of waar je DNS staat) een TXT-record ${name} met de waarde: ${value}`,
              `Zorg dat ${contact} bestaat (mailbox of doorstuuradres): daar komen de DMARC-rapporten binnen.`,
              'Laat p=none een paar weken staan en kijk in de rapporten of al je mail SPF of DKIM haalt, voordat je strenger gaat (p=quarantine).',
            ],
            [
              `In the DNS of ${domain} (cPanel Zone Editor, or wherever your DNS is managed) add a TXT record ${name} with the value: ${value}`,
              `Make sure ${contact} exists (mailbox or forwarder): the DMARC reports arrive there.`,
              'Keep p=none for a few weeks and check in the reports that all your mail passes SPF or DKIM before going stricter (p=quarantine).',
            ],
          ),
          record: { name, type: 'TXT', value },
          links: [],
        },
        fine: loc(`${domain} heeft een DMARC-record.`, `${domain} has a DMARC record.`),
      });
    });
}
