/**
 * server-blocklisted: the server's sending IPs against the provider
 * profile's DNS blocklists, as the collector decoded the answers
 * (dns/blocklist.ts). A refused query (Spamhaus 127.255.255.x and the like)
 * arrives as 'could-not-check' and stays that: never "listed".
 */
import type { BlocklistResult } from '../../dns/blocklist';
import { normalizeDnsName } from '../../dns/types';
import { callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, Subject } from '../model';

const ID = 'server-blocklisted';

function blocklistEvidence(r: BlocklistResult): Evidence {
  return { kind: 'blocklist', zone: r.zone, ip: r.ip, status: r.status, codes: r.codes, meaning: r.meaning ?? r.detail ?? null };
}

function listedFinding(input: AuditInput, r: BlocklistResult): Finding {
  const codes = r.codes.join(', ');
  const meaning = r.meaning !== undefined ? ` (${r.meaning})` : '';
  return problem(ID, 'critical', { kind: 'server', name: r.ip }, {
    title: loc(`Het IP-adres ${r.ip} van de server staat op ${r.zone}`, `The server's IP address ${r.ip} is listed on ${r.zone}`),
    summary: loc(
      `De blokkadelijst ${r.zone} geeft voor ${r.ip} het antwoord ${codes}${meaning}. Ontvangers die deze lijst gebruiken, weigeren mail van deze server of zetten hem in de spam. Dit gaat over de server, niet over jouw instellingen.`,
      `The blocklist ${r.zone} answers ${codes} for ${r.ip}${meaning}. Receivers that use this list refuse mail from this server or mark it as spam. This is about the server, not about your settings.`,
    ),
    evidence: [blocklistEvidence(r)],
    fix: {
      actor: 'hosting-provider',
      steps: locSteps(
        [
          `Meld bij de support van ${input.profile.name} dat ${r.ip} op ${r.zone} staat (code ${codes}); zij zoeken de oorzaak en vragen de verwijdering aan.`,
          'Stuur bounces die deze lijst noemen mee; verstuur geweigerde mail opnieuw zodra het IP-adres van de lijst af is.',
        ],
        [
          `Tell ${input.profile.name} support that ${r.ip} is listed on ${r.zone} (code ${codes}); they find the cause and request delisting.`,
          'Include bounces that name this list; send refused mail again once the IP address is off the list.',
        ],
      ),
      links: [],
    },
  });
}

function ipFindings(input: AuditInput, ip: string): Finding[] {
  const subject: Subject = { kind: 'server', name: ip };
  const findings: Finding[] = [];
  const checked: BlocklistResult[] = [];
  for (const zone of input.profile.blocklists) {
    const r = input.dns.blocklists.find((b) => b.ip === ip && normalizeDnsName(b.zone) === normalizeDnsName(zone));
    if (r === undefined) {
      findings.push(couldNotCheck(ID, subject, loc(`${ip} is niet opgezocht in de blokkadelijst ${zone}.`, `${ip} was not looked up in the blocklist ${zone}.`)));
    } else if (r.status === 'listed') {
      findings.push(listedFinding(input, r));
    } else if (r.status === 'could-not-check') {
      const reason = r.detail ?? 'no answer';
      findings.push(
        couldNotCheck(ID, subject, loc(`De blokkadelijst ${r.zone} gaf voor ${ip} geen bruikbaar antwoord: ${reason}.`, `The blocklist ${r.zone} gave no usable answer for ${ip}: ${reason}.`), [blocklistEvidence(r)]),
      );
    } else {
      checked.push(r);
    }
  }
  if (findings.length === 0 && checked.length > 0) {
    findings.push(ok(ID, subject, loc(`${ip} staat op geen van de gecontroleerde blokkadelijsten.`, `${ip} is on none of the blocklists checked.`), checked.map(blocklistEvidence)));
  }
  return findings;
}

export function checkBlocklists(input: AuditInput): Finding[] {
  if (!input.server.ips.ok) return [couldNotCheck(ID, { kind: 'server', name: input.server.hostname }, callFailed(input.server.ips))];
  return input.server.ips.value.flatMap((ip) => ipFindings(input, ip));
}
