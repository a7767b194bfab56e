/**
 * The MX records of each mail domain: are there any that lead to a server
 * (mx-missing), and does an MX point at an alias (mx-cname)? RFC 2181 §10.3
 * forbids an MX target that is a CNAME; some receivers follow it anyway,
 * others refuse ("invalid DNS MX or A/AAAA resource record", seed article).
 */
import { isIP } from 'node:net';
import type { AccountDomain } from '../observations';
import { callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, RecordToPublish, Subject } from '../model';
import { currentMailExchangers, mxList, type MailTarget } from './mail-exchangers';
import { domainOf } from '../event-groups';
import { accountSubject, mailDomains } from './mail-domains';
import { publishAddress } from './this-server';

const MISSING = 'mx-missing';
const CNAME = 'mx-cname';

/** Mailboxes or forwarders on the domain: someone expects mail there. */
function hasMailboxesOrForwarders(input: AuditInput, d: AccountDomain): boolean {
  const { mailboxes, forwarders } = input.account;
  return (mailboxes.ok && mailboxes.value.some((m) => m.domain === d.domain)) || (forwarders.ok && forwarders.value.some((f) => domainOf(f.source) === d.domain));
}

function addressWords(ip: string | undefined): { nl: string; en: string } {
  return ip === undefined
    ? { nl: 'het IP-adres van de server (rechts in het hoofdscherm van cPanel)', en: "the server's IP address (right-hand column of the cPanel home screen)" }
    : { nl: ip, en: ip };
}

function noMailServer(input: AuditInput, d: AccountDomain, why: { nl: string; en: string }, evidence: readonly Evidence[]): Finding {
  const ip = publishAddress(input, d.ip);
  const at = addressWords(ip);
  const host = `mail.${d.domain}`;
  const record: RecordToPublish = { name: d.domain, type: 'MX', value: `0 ${host}` };
  return problem(MISSING, 'critical', { kind: 'domain', name: d.domain }, {
    title: loc(`${d.domain} heeft geen werkende MX`, `${d.domain} has no working MX`),
    summary: loc(
      `${why.nl} Andere servers weten daardoor niet waar mail voor ${d.domain} heen moet, en die mail komt niet aan.`,
      `${why.en} Other servers therefore do not know where to deliver mail for ${d.domain}, and that mail does not arrive.`,
    ),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Maak in de DNS van ${d.domain} (in cPanel: Zone-editor, of bij de partij waar je DNS staat) een A-record: ${host} met waarde ${at.nl}.`,
          `Maak een MX-record voor ${d.domain} met prioriteit 0 dat naar ${host} wijst.`,
          `Staat je mail bij een andere provider (E-mailroutering op "Remote Mail Exchanger")? Zet dan de MX-records van die provider in plaats van deze.`,
          'Controleer na een uur met een MX-check (bijvoorbeeld MXToolbox) of de wijziging zichtbaar is.',
        ],
        [
          `In the DNS of ${d.domain} (in cPanel: Zone Editor, or wherever your DNS is managed) add an A record: ${host} with value ${at.en}.`,
          `Add an MX record for ${d.domain} with priority 0 pointing to ${host}.`,
          `Is your mail hosted by another provider (Email Routing set to "Remote Mail Exchanger")? Then publish that provider's MX records instead.`,
          'After an hour, check with an MX lookup (for example MXToolbox) that the change is visible.',
        ],
      ),
      // The MX needs the A record of its host first; without the server's IP only the MX can be given exactly.
      ...(ip === undefined ? { record } : { record: { name: host, type: 'A' as const, value: ip }, moreRecords: [record] }),
      links: [],
    },
  });
}

function unresolvableHosts(input: AuditInput, d: AccountDomain, broken: readonly MailTarget[], allBroken: boolean, evidence: readonly Evidence[]): Finding {
  const names = mxList(broken);
  const ip = publishAddress(input, d.ip);
  const at = addressWords(ip);
  const own = broken.find((t) => t.exchange === d.domain || t.exchange.endsWith(`.${d.domain}`));
  const literal = broken.find((t) => isIP(t.exchange) !== 0);
  const record: RecordToPublish | undefined =
    own !== undefined && ip !== undefined ? { name: own.exchange, type: 'A', value: ip } : undefined;
  return problem(MISSING, allBroken ? 'critical' : 'warning', { kind: 'domain', name: d.domain }, {
    title: loc(`De MX van ${d.domain} wijst naar een naam zonder IP-adres`, `The MX of ${d.domain} points to a name without an IP address`),
    summary: loc(
      `De MX van ${d.domain} wijst naar ${names}, maar die naam heeft geen A- of AAAA-record${literal !== undefined ? ' (een MX mag niet rechtstreeks een IP-adres bevatten)' : ''}. ${allBroken ? 'Mail voor dit domein kan daardoor nergens worden afgeleverd.' : 'Servers die deze MX proberen, lopen vast; de andere MX-records werken wel.'}`,
      `The MX of ${d.domain} points to ${names}, but that name has no A or AAAA record${literal !== undefined ? ' (an MX must not hold an IP address directly)' : ''}. ${allBroken ? 'Mail for this domain therefore cannot be delivered anywhere.' : 'Servers that try this MX get stuck; the other MX records do work.'}`,
    ),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          own !== undefined
            ? `Maak in de DNS van ${d.domain} (Zone-editor) een A-record: ${own.exchange} met waarde ${at.nl}.`
            : `Laat de MX van ${d.domain} wijzen naar een naam die wel een A-record heeft, bijvoorbeeld mail.${d.domain} met een A-record naar ${at.nl}.`,
          'Controleer na een uur met een MX-check (bijvoorbeeld MXToolbox) of de MX-naam een IP-adres heeft.',
        ],
        [
          own !== undefined
            ? `In the DNS of ${d.domain} (Zone Editor) add an A record: ${own.exchange} with value ${at.en}.`
            : `Point the MX of ${d.domain} to a name that does have an A record, for example mail.${d.domain} with an A record for ${at.en}.`,
          'After an hour, check with an MX lookup (for example MXToolbox) that the MX name has an IP address.',
        ],
      ),
      ...(record !== undefined ? { record } : {}),
      links: [],
    },
  });
}

function cnameFinding(d: AccountDomain, target: MailTarget, aliases: readonly string[], addresses: readonly string[], evidence: readonly Evidence[]): Finding {
  const finalName = aliases[aliases.length - 1] ?? target.exchange;
  const inOwnZone = target.exchange === d.domain || target.exchange.endsWith(`.${d.domain}`);
  const address = addresses[0];
  const record: RecordToPublish =
    inOwnZone && address !== undefined
      ? { name: target.exchange, type: 'A', value: address }
      : { name: d.domain, type: 'MX', value: `${target.preference} ${finalName}` };
  const stepNl = inOwnZone && address !== undefined
    ? `Verwijder in de DNS van ${d.domain} (Zone-editor, of bij Cloudflare e.d.) de CNAME ${target.exchange} → ${aliases.join(' → ')} en maak in plaats daarvan een A-record: ${target.exchange} met waarde ${address}.`
    : `Laat de MX van ${d.domain} rechtstreeks naar ${finalName} wijzen (prioriteit ${target.preference}) in plaats van naar de alias ${target.exchange}.`;
  const stepEn = inOwnZone && address !== undefined
    ? `In the DNS of ${d.domain} (Zone Editor, or at Cloudflare etc.) delete the CNAME ${target.exchange} → ${aliases.join(' → ')} and create an A record instead: ${target.exchange} with value ${address}.`
    : `Point the MX of ${d.domain} directly to ${finalName} (priority ${target.preference}) instead of the alias ${target.exchange}.`;
  return problem(CNAME, 'warning', { kind: 'domain', name: d.domain }, {
    title: loc(`De MX van ${d.domain} wijst naar een CNAME`, `The MX of ${d.domain} points to a CNAME`),
    summary: loc(
      `De MX van ${d.domain} wijst naar ${target.exchange}, en dat is een alias (CNAME) voor ${aliases.join(' → ')}. Dat is niet toegestaan (RFC 2181): sommige servers weigeren dan mail voor ${d.domain} met "invalid DNS MX or A/AAAA resource record".`,
      `The MX of ${d.domain} points to ${target.exchange}, which is an alias (CNAME) for ${aliases.join(' → ')}. That is not allowed (RFC 2181): some servers then refuse mail for ${d.domain} with "invalid DNS MX or A/AAAA resource record".`,
    ),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps([stepNl, 'Controleer na een uur met een MX-check of de MX-naam nu een A-record is.'], [stepEn, 'After an hour, check with an MX lookup that the MX name is now an A record.']),
      record,
      links: [],
    },
  });
}

function domainFindings(input: AuditInput, d: AccountDomain): Finding[] {
  const subject: Subject = { kind: 'domain', name: d.domain };
  const mail = currentMailExchangers(input, d.domain);
  switch (mail.kind) {
    case 'unknown':
      return [couldNotCheck(MISSING, subject, mail.cause, mail.evidence)];
    case 'nxdomain':
      return [
        noMailServer(
          input,
          d,
          loc(
            `${d.domain} bestaat niet in DNS (NXDOMAIN): er is geen MX en geen A-record. Controleer ook of het domein nog geregistreerd is en de juiste nameservers heeft.`,
            `${d.domain} does not exist in DNS (NXDOMAIN): there is no MX and no A record. Also check that the domain is still registered and has the right nameservers.`,
          ),
          mail.evidence,
        ),
      ];
    case 'null-mx':
      // RFC 7505: a deliberate "no mail here". Only a problem when the domain is used for mail.
      if (!hasMailboxesOrForwarders(input, d)) {
        return [ok(MISSING, subject, loc(`${d.domain} ontvangt bewust geen mail (null MX).`, `${d.domain} deliberately receives no mail (null MX).`), mail.evidence)];
      }
      return [
        noMailServer(
          input,
          d,
          loc(
            `${d.domain} heeft een "null MX" (MX 0 "."): daarmee zegt het domein dat het geen mail ontvangt, terwijl er mailboxen of doorstuuradressen voor zijn.`,
            `${d.domain} publishes a "null MX" (MX 0 "."): it says the domain receives no mail, while it has mailboxes or forwarders.`,
          ),
          mail.evidence,
        ),
      ];
    case 'targets':
      break;
  }
  const findings: Finding[] = [];
  const broken = mail.targets.filter((t) => t.resolution.kind === 'no-address');
  const unknown = mail.targets.filter((t) => t.resolution.kind === 'unknown');
  if (mail.implicit && broken.length > 0) {
    findings.push(
      noMailServer(
        input,
        d,
        loc(`${d.domain} heeft geen MX-record en ook geen A-record.`, `${d.domain} has no MX record and no A record either.`),
        mail.evidence,
      ),
    );
  } else if (broken.length > 0) {
    findings.push(unresolvableHosts(input, d, broken, broken.length === mail.targets.length, mail.evidence));
  } else {
    const first = unknown[0];
    if (first !== undefined && first.resolution.kind === 'unknown') {
      findings.push(couldNotCheck(MISSING, subject, first.resolution.cause, mail.evidence));
    } else {
      findings.push(
        ok(
          MISSING,
          subject,
          mail.implicit
            ? loc(`${d.domain} heeft geen MX, maar wel een A-record: mail gaat naar dat adres.`, `${d.domain} has no MX but does have an A record: mail goes to that address.`)
            : loc(`De MX van ${d.domain} (${mxList(mail.targets)}) heeft een IP-adres.`, `The MX of ${d.domain} (${mxList(mail.targets)}) has an IP address.`),
          mail.evidence,
        ),
      );
    }
  }
  if (!mail.implicit) {
    for (const t of mail.targets) {
      if (t.resolution.kind === 'resolved' && t.resolution.aliases.length > 0) {
        findings.push(cnameFinding(d, t, t.resolution.aliases, t.resolution.addresses, mail.evidence));
      }
    }
  }
  return findings;
}

export function checkMxRecords(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(MISSING, accountSubject(input.account), callFailed(domains))];
  return domains.value.flatMap((d) => domainFindings(input, d));
}
