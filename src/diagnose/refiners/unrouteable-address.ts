/**
 * unrouteable-address: the server found no route for the recipient. For one
 * of the account's own domains the Email Routing and MX decide the fix; for
 * any other domain its live MX/A says whether the domain has a mail server.
 */
import { callFailed, loc, locSteps } from '../finding-helpers';
import type { AuditInput, Finding } from '../model';
import { mailExchangers, mxList } from '../checks/mail-exchangers';
import { ownDomain } from '../checks/mail-domains';
import { routingVerdict } from '../checks/routing-mx';
import { publishAddress } from '../checks/this-server';
import type { Refiner } from './refiner';
import { crossCheckFailed, fixWith, groupDomain, note, refine } from './refine-helpers';

function ownDomainRefinement(input: AuditInput, domain: string, ip: string | null, base: Finding): Finding {
  const verdict = routingVerdict(input, domain);
  if (verdict.kind === 'remote-mx-here') {
    return refine(base, {
      evidence: verdict.evidence,
      summary: loc(
        `${domain} is een domein van dit account; de E-mailroutering staat op extern terwijl de MX (${mxList(verdict.hosts)}) naar deze server wijst, dus de server weet niet waar de mail heen moet.`,
        `${domain} is a domain of this account; its Email Routing is Remote while the MX (${mxList(verdict.hosts)}) points to this server, so the server does not know where the mail should go.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [`Zet in cPanel E-mailroutering de routering voor ${domain} op "Local Mail Exchanger".`, 'Verstuur het bericht daarna opnieuw.'],
          [`In cPanel Email Routing set the routing for ${domain} to "Local Mail Exchanger".`, 'Then send the message again.'],
        ),
      ),
    });
  }
  const mail = mailExchangers(input, domain);
  const noServer =
    mail.kind === 'nxdomain' ||
    mail.kind === 'null-mx' ||
    (mail.kind === 'targets' && mail.targets.every((t) => t.resolution.kind === 'no-address'));
  if (noServer) {
    const ipToPublish = publishAddress(input, ip);
    const at = loc(ipToPublish ?? 'het IP-adres van de server (zie cPanel)', ipToPublish ?? "the server's IP address (see cPanel)");
    const host = `mail.${domain}`;
    return refine(base, {
      evidence: [...verdict.evidence, ...mail.evidence],
      summary: loc(`${domain} is een domein van dit account, maar heeft geen MX die naar een server met een IP-adres wijst.`, `${domain} is a domain of this account, but has no MX pointing to a server with an IP address.`),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [`Maak in de DNS van ${domain} (Zone-editor) een A-record ${host} met waarde ${at.nl}.`, `Maak een MX-record voor ${domain} met prioriteit 0 naar ${host}.`, 'Verstuur het bericht opnieuw zodra de MX zichtbaar is.'],
          [`In the DNS of ${domain} (Zone Editor) add an A record ${host} with value ${at.en}.`, `Add an MX record for ${domain} with priority 0 pointing to ${host}.`, 'Send the message again once the MX is visible.'],
        ),
        { name: domain, type: 'MX', value: `0 ${host}` },
      ),
    });
  }
  if (verdict.kind === 'unknown') return crossCheckFailed(base, verdict.cause, verdict.evidence);
  if (mail.kind === 'unknown') return crossCheckFailed(base, mail.cause, mail.evidence);
  return refine(base, {
    evidence: [...verdict.evidence, note(loc(`${domain} is een domein van dit account; routering en MX zijn in orde, dus controleer het deel voor de @.`, `${domain} is a domain of this account; routing and MX are fine, so check the part before the @.`))],
  });
}

export const refineUnrouteableAddress: Refiner = (group, input, base) => {
  const domain = groupDomain(group);
  if (!input.account.domains.ok) return crossCheckFailed(base, callFailed(input.account.domains));
  const own = ownDomain(input.account, domain);
  if (own !== undefined) return ownDomainRefinement(input, domain, own.ip, base);
  const mail = mailExchangers(input, domain);
  switch (mail.kind) {
    case 'unknown':
      return crossCheckFailed(base, mail.cause, mail.evidence);
    case 'nxdomain':
      return refine(base, {
        evidence: mail.evidence,
        summary: loc(`${domain} bestaat niet in DNS (NXDOMAIN): controleer de spelling van het adres.`, `${domain} does not exist in DNS (NXDOMAIN): check the spelling of the address.`),
      });
    case 'null-mx':
      return refine(base, {
        evidence: mail.evidence,
        summary: loc(`${domain} heeft een null MX: het domein ontvangt geen mail. Vraag om een ander adres.`, `${domain} has a null MX: the domain receives no mail. Ask for another address.`),
      });
    case 'targets':
      break;
  }
  if (mail.implicit && mail.targets.every((t) => t.resolution.kind === 'no-address')) {
    return refine(base, {
      evidence: mail.evidence,
      summary: loc(
        `${domain} bestaat, maar heeft geen MX- en geen A-record: er is geen mailserver voor dit domein. Vraag de ontvanger om een ander adres.`,
        `${domain} exists, but has no MX and no A record: there is no mail server for this domain. Ask the recipient for another address.`,
      ),
    });
  }
  if (mail.targets.every((t) => t.resolution.kind === 'no-address')) {
    return refine(base, {
      evidence: mail.evidence,
      summary: loc(
        `De MX van ${domain} (${mxList(mail.targets)}) wijst naar een naam zonder IP-adres; dat moet de ontvanger in zijn DNS oplossen.`,
        `The MX of ${domain} (${mxList(mail.targets)}) points to a name without an IP address; the recipient must fix that in their DNS.`,
      ),
      fix: fixWith(
        base,
        'other-side',
        locSteps(
          [`Laat de ontvanger via een andere weg weten dat de MX van ${domain} (${mxList(mail.targets)}) geen IP-adres heeft.`],
          [`Let the recipient know another way that the MX of ${domain} (${mxList(mail.targets)}) has no IP address.`],
        ),
      ),
    });
  }
  const unknown = mail.targets.find((t) => t.resolution.kind === 'unknown');
  if (unknown !== undefined && unknown.resolution.kind === 'unknown') return crossCheckFailed(base, unknown.resolution.cause, mail.evidence);
  return refine(base, {
    evidence: mail.evidence,
    severity: 'warning',
    summary: loc(
      `Nu heeft ${domain} een werkende mailserver (${mxList(mail.targets)}): controleer het adres en verstuur het bericht opnieuw.`,
      `${domain} now has a working mail server (${mxList(mail.targets)}): check the address and send the message again.`,
    ),
  });
};
