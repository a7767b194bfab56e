/**
 * cloudflare-mx and mx-invalid-record: an MX whose target cannot be used —
 * a CNAME (RFC 2181 §10.3), a name without A/AAAA, an IP address, or
 * Cloudflare's "_dc-mx." stand-in for a proxied mail host. Looks at the
 * recipient's domain and, when the recipient's is fine, the account's own
 * sender domain (receivers check that one too), and gives the exact record.
 */
import { isIP } from 'node:net';
import { loc, locSteps } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, RecordToPublish } from '../model';
import { domainOf, type EventGroup } from '../event-groups';
import { mailExchangers, type MailTarget } from '../checks/mail-exchangers';
import { ownDomain } from '../checks/mail-domains';
import { publishAddress } from '../checks/this-server';
import type { Localized } from '../../kb/types';
import type { Refiner } from './refiner';
import { crossCheckFailed, fixWith, groupDomain, refine } from './refine-helpers';

interface BadTarget {
  readonly domain: string;
  readonly target: MailTarget;
  readonly what: 'proxied' | 'cname' | 'no-address' | 'ip-literal';
  readonly evidence: readonly Evidence[];
}

type Inspection = { kind: 'bad'; bad: BadTarget } | { kind: 'fine'; evidence: readonly Evidence[] } | { kind: 'unknown'; cause: Localized<string>; evidence: readonly Evidence[] };

function inspect(input: AuditInput, domain: string): Inspection {
  const mail = mailExchangers(input, domain);
  if (mail.kind === 'unknown') return { kind: 'unknown', cause: mail.cause, evidence: mail.evidence };
  if (mail.kind !== 'targets' || mail.implicit) return { kind: 'fine', evidence: mail.evidence };
  for (const target of mail.targets) {
    const what = target.exchange.startsWith('_dc-mx.')
      ? ('proxied' as const)
      : isIP(target.exchange) !== 0
        ? ('ip-literal' as const)
        : target.resolution.kind === 'resolved' && target.resolution.aliases.length > 0
          ? ('cname' as const)
          : target.resolution.kind === 'no-address'
            ? ('no-address' as const)
            : undefined;
    if (what !== undefined) return { kind: 'bad', bad: { domain, target, what, evidence: mail.evidence } };
  }
  const unknown = mail.targets.find((t) => t.resolution.kind === 'unknown');
  if (unknown !== undefined && unknown.resolution.kind === 'unknown') return { kind: 'unknown', cause: unknown.resolution.cause, evidence: mail.evidence };
  return { kind: 'fine', evidence: mail.evidence };
}

function describe(bad: BadTarget): Localized<string> {
  const { domain, target } = bad;
  switch (bad.what) {
    case 'proxied':
      return loc(`De MX van ${domain} is ${target.exchange}: Cloudflare proxiet de mailserver-naam, dus niemand kan daar mail afleveren.`, `The MX of ${domain} is ${target.exchange}: Cloudflare proxies the mail server name, so nobody can deliver mail there.`);
    case 'ip-literal':
      return loc(`De MX van ${domain} bevat rechtstreeks een IP-adres (${target.exchange}); een MX moet een hostnaam zijn.`, `The MX of ${domain} holds an IP address directly (${target.exchange}); an MX must be a host name.`);
    case 'cname': {
      const chain = target.resolution.kind === 'resolved' ? target.resolution.aliases.join(' → ') : '';
      return loc(`De MX van ${domain} wijst naar ${target.exchange}, en dat is een CNAME (→ ${chain}).`, `The MX of ${domain} points to ${target.exchange}, which is a CNAME (→ ${chain}).`);
    }
    case 'no-address':
      return loc(`De MX van ${domain} wijst naar ${target.exchange}, maar die naam heeft geen A- of AAAA-record.`, `The MX of ${domain} points to ${target.exchange}, but that name has no A or AAAA record.`);
  }
}

function ownFix(input: AuditInput, bad: BadTarget, domainIp: string | null): { nl: string[]; en: string[]; record?: RecordToPublish } {
  const { domain, target } = bad;
  const inZone = target.exchange === domain || target.exchange.endsWith(`.${domain}`);
  const resolved = target.resolution.kind === 'resolved' ? target.resolution.addresses[0] : undefined;
  const ip = bad.what === 'cname' ? resolved ?? publishAddress(input, domainIp) : publishAddress(input, domainIp);
  if (bad.what === 'proxied') {
    return {
      nl: [`Zet in Cloudflare bij de DNS-records van ${domain} de naam waar de MX naar wijst (bijvoorbeeld mail.${domain}) op "DNS only" (grijze wolk).`, `Is mail.${domain} daar een CNAME, vervang die dan door een A-record met ${ip ?? 'het IP-adres van de mailserver'}.`],
      en: [`In Cloudflare, in the DNS records of ${domain}, set the name the MX points to (for example mail.${domain}) to "DNS only" (grey cloud).`, `If mail.${domain} is a CNAME there, replace it with an A record holding ${ip ?? "the mail server's IP address"}.`],
      ...(ip !== undefined ? { record: { name: `mail.${domain}`, type: 'A' as const, value: ip } } : {}),
    };
  }
  if (bad.what === 'ip-literal' || !inZone || ip === undefined) {
    return {
      nl: [`Laat de MX van ${domain} wijzen naar een hostnaam met een eigen A-record, bijvoorbeeld mail.${domain} met een A-record naar ${ip ?? 'het IP-adres van de mailserver'}.`],
      en: [`Point the MX of ${domain} to a host name with its own A record, for example mail.${domain} with an A record for ${ip ?? "the mail server's IP address"}.`],
      record: { name: domain, type: 'MX', value: `${target.preference} mail.${domain}` },
    };
  }
  return {
    nl: [
      bad.what === 'cname'
        ? `Verwijder in de DNS van ${domain} (Zone-editor, of bij Cloudflare e.d.) de CNAME ${target.exchange} en maak een A-record ${target.exchange} met waarde ${ip}.`
        : `Maak in de DNS van ${domain} (Zone-editor) een A-record ${target.exchange} met waarde ${ip}.`,
    ],
    en: [
      bad.what === 'cname'
        ? `In the DNS of ${domain} (Zone Editor, or at Cloudflare etc.) delete the CNAME ${target.exchange} and create an A record ${target.exchange} with value ${ip}.`
        : `In the DNS of ${domain} (Zone Editor) add an A record ${target.exchange} with value ${ip}.`,
    ],
    record: { name: target.exchange, type: 'A', value: ip },
  };
}

function refineBad(input: AuditInput, base: Finding, bad: BadTarget): Finding {
  const own = ownDomain(input.account, bad.domain);
  const what = describe(bad);
  if (own === undefined) {
    return refine(base, {
      evidence: bad.evidence,
      summary: what,
      fix: fixWith(
        base,
        'other-side',
        locSteps(
          [`Laat de ontvanger via een andere weg (telefoon, een ander adres) weten dat de MX van ${bad.domain} niet bruikbaar is: ${what.nl}`, 'Verstuur het bericht opnieuw als zij het hebben hersteld.'],
          [`Tell the recipient another way (phone, another address) that the MX of ${bad.domain} cannot be used: ${what.en}`, 'Send the message again once they have fixed it.'],
        ),
      ),
    });
  }
  const fix = ownFix(input, bad, own.ip);
  return refine(base, {
    evidence: bad.evidence,
    summary: loc(`${bad.domain} is een domein van dit account. ${what.nl}`, `${bad.domain} is a domain of this account. ${what.en}`),
    fix: fixWith(
      base,
      'account-owner',
      locSteps([...fix.nl, 'Controleer na een uur met een MX-check of het klopt en laat het bericht opnieuw versturen.'], [...fix.en, 'After an hour check with an MX lookup that it is right, and have the message sent again.']),
      fix.record,
    ),
  });
}

function candidateDomains(group: EventGroup, input: AuditInput): string[] {
  const domains = [groupDomain(group)];
  const sender = domainOf(group.events[0]?.sender ?? null);
  if (sender !== null && !domains.includes(sender) && ownDomain(input.account, sender) !== undefined) domains.push(sender);
  return domains;
}

export const refineMxTarget: Refiner = (group, input, base) => {
  const inspections = candidateDomains(group, input).map((d) => inspect(input, d));
  const bad = inspections.find((i): i is Extract<Inspection, { kind: 'bad' }> => i.kind === 'bad');
  if (bad !== undefined) return refineBad(input, base, bad.bad);
  const primary = inspections[0]!;
  if (primary.kind === 'unknown') return crossCheckFailed(base, primary.cause, primary.evidence);
  const domain = groupDomain(group);
  return refine(base, {
    evidence: inspections.flatMap((i) => (i.kind === 'bad' ? [] : i.evidence)),
    severity: 'warning',
    summary: loc(
      `Nu wijst de MX van ${domain} naar een naam met een gewoon A-record: het lijkt inmiddels hersteld. Verstuur het bericht opnieuw.`,
      `The MX of ${domain} now points to a name with an ordinary A record: it looks fixed now. Send the message again.`,
    ),
  });
};
