/**
 * mx-not-propagated: the domain's own (authoritative) nameservers and the
 * recursive resolver give different MX sets. After an MX change resolvers
 * keep the old answer until its TTL runs out (RFC 1035 §3.2.1, RFC 2308 for
 * "no record" answers), so mail may still go to the old place for a while.
 * Nameservers of one zone that disagree among themselves mean the zone has
 * not reached all of them yet.
 */
import type { AccountDomain } from '../observations';
import { callFailed, couldNotCheck, dnsAnswer, dnsEvidence, dnsFailed, loc, locSteps, notLookedUp, ok, problem } from '../finding-helpers';
import type { AuditInput, Finding, Subject } from '../model';
import { mxSet } from './mail-exchangers';
import { accountSubject, mailDomains } from './mail-domains';

const ID = 'mx-not-propagated';

function waitWords(ttl: number | undefined): { nl: string; en: string } {
  if (ttl === undefined) return { nl: 'tot de TTL verlopen is (meestal binnen een paar uur)', en: 'until the TTL has run out (usually within a few hours)' };
  if (ttl < 3600) {
    const minutes = Math.max(1, Math.ceil(ttl / 60));
    return { nl: `nog hooguit ${minutes} minuten (de TTL)`, en: `at most ${minutes} more minutes (the TTL)` };
  }
  const hours = Math.ceil(ttl / 3600);
  return { nl: `nog hooguit ${hours} uur (de TTL)`, en: `at most ${hours} more hours (the TTL)` };
}

function domainFinding(input: AuditInput, d: AccountDomain): Finding[] {
  const subject: Subject = { kind: 'domain', name: d.domain };
  const recursive = dnsAnswer(input, 'MX', d.domain);
  if (recursive === undefined) return [couldNotCheck(ID, subject, notLookedUp('MX', d.domain))];
  if (recursive.outcome.kind === 'error') return [couldNotCheck(ID, subject, dnsFailed(recursive), [dnsEvidence(recursive)])];
  // A domain that does not exist has no nameservers to ask; mx-missing reports it.
  if (recursive.outcome.kind === 'nxdomain') return [];
  const authoritative = input.dns.authoritativeMx.get(d.domain);
  if (authoritative === undefined) {
    const ns = dnsAnswer(input, 'NS', d.domain);
    const noNameservers = ns !== undefined && (ns.outcome.kind === 'nodata' || ns.outcome.kind === 'nxdomain');
    return [
      couldNotCheck(
        ID,
        subject,
        noNameservers
          ? loc(`DNS geeft geen NS-records voor ${d.domain}, dus de eigen nameservers konden niet naar de MX worden gevraagd.`, `DNS gives no NS records for ${d.domain}, so its own nameservers could not be asked for the MX.`)
          : loc(`De eigen nameservers van ${d.domain} zijn niet naar de MX gevraagd.`, `The own nameservers of ${d.domain} were not asked for its MX.`),
        [dnsEvidence(recursive), ...(ns !== undefined ? [dnsEvidence(ns)] : [])],
      ),
    ];
  }
  const answered = authoritative.filter((o) => o.outcome.kind !== 'error');
  const failed = authoritative.find((o) => o.outcome.kind === 'error');
  const evidence = [dnsEvidence(recursive), ...authoritative.map(dnsEvidence)];
  if (answered.length === 0) {
    const cause = failed !== undefined
      ? dnsFailed(failed)
      : loc(`Geen van de nameservers van ${d.domain} kon worden gevraagd.`, `None of the nameservers of ${d.domain} could be asked.`);
    return [couldNotCheck(ID, subject, cause, evidence)];
  }
  const live = mxSet(recursive);
  const authoritativeSets = [...new Set(answered.map(mxSet))];
  const servers = answered.map((o) => o.server).join(', ');
  if (authoritativeSets.length === 1 && authoritativeSets[0] === live) {
    return [ok(ID, subject, loc(`De nameservers van ${d.domain} en de resolver geven dezelfde MX.`, `The nameservers of ${d.domain} and the resolver give the same MX.`), evidence)];
  }
  const ttl = recursive.outcome.kind === 'records' ? recursive.outcome.ttl : undefined;
  const wait = waitWords(ttl);
  const nsDisagree = authoritativeSets.length > 1;
  return [
    problem(ID, 'warning', subject, {
      title: loc(`De MX van ${d.domain} is nog niet overal bijgewerkt`, `The MX of ${d.domain} has not been updated everywhere yet`),
      summary: nsDisagree
        ? loc(
            `De nameservers van ${d.domain} (${servers}) geven verschillende MX-records: ${authoritativeSets.join(' | ')}. Afhankelijk van welke nameserver een verzender vraagt, gaat mail naar een andere plek.`,
            `The nameservers of ${d.domain} (${servers}) give different MX records: ${authoritativeSets.join(' | ')}. Depending on which nameserver a sender asks, mail goes to a different place.`,
          )
        : loc(
            `De eigen nameservers van ${d.domain} zeggen ${authoritativeSets[0]}, maar de resolver geeft nog ${live}. Een recente MX-wijziging is nog niet overal zichtbaar, dus een deel van de mail gaat nog naar de oude plek.`,
            `The own nameservers of ${d.domain} say ${authoritativeSets[0]}, but the resolver still gives ${live}. A recent MX change is not visible everywhere yet, so some mail still goes to the old place.`,
          ),
      evidence,
      fix: {
        actor: 'account-owner',
        steps: nsDisagree
          ? locSteps(
              [
                `Wacht ${wait.nl} en controleer opnieuw met een MX-check (bijvoorbeeld MXToolbox).`,
                `Blijven de nameservers van ${d.domain} langer dan een dag verschillende MX-records geven, neem dan contact op met de partij waar de DNS van ${d.domain} staat: de nameservers lopen niet gelijk.`,
              ],
              [
                `Wait ${wait.en} and check again with an MX lookup (for example MXToolbox).`,
                `If the nameservers of ${d.domain} keep giving different MX records for more than a day, contact whoever hosts the DNS of ${d.domain}: the nameservers are out of sync.`,
              ],
            )
          : locSteps(
              [
                `Wacht ${wait.nl}: daarna geven alle resolvers de nieuwe MX (${authoritativeSets[0]}).`,
                'Controleer daarna opnieuw met een MX-check (bijvoorbeeld MXToolbox); mail die in de tussentijd naar de oude server ging, staat daar nog.',
              ],
              [
                `Wait ${wait.en}: after that every resolver gives the new MX (${authoritativeSets[0]}).`,
                'Then check again with an MX lookup (for example MXToolbox); mail that went to the old server in the meantime is still there.',
              ],
            ),
        links: [],
      },
    }),
  ];
}

export function checkMxPropagation(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(ID, accountSubject(input.account), callFailed(domains))];
  return domains.value.flatMap((d) => domainFinding(input, d));
}
