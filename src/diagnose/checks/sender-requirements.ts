/**
 * dkim-key-weak, dmarc-invalid, dmarc-no-reports, ptr-generic-name: what the
 * big mailbox providers' sender requirements ask and no other check judges
 * (diagnose/requirements). A requirement another finding already covers
 * (SPF, DKIM off, DMARC missing, PTR missing) is not raised again here: the
 * requirements card names that finding instead.
 */
import type { DiagnosisId } from '../../kb/catalogue';
import { reverseLookupName, unmapIPv4 } from '../../dns/reverse-name';
import type { DnsRecordType } from '../../dns/types';
import { dnsAnswer, dnsEvidence, loc, locSteps, problem } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, Fix } from '../model';
import { joinIssues } from './auth-findings';
import { evaluateRequirements } from '../requirements/evaluate';
import type { RequirementRow } from '../requirements/model';

type OwnId = 'dkim-key-weak' | 'dmarc-invalid' | 'dmarc-no-reports' | 'ptr-generic-name';
const OWN: ReadonlySet<DiagnosisId> = new Set<OwnId>(['dkim-key-weak', 'dmarc-invalid', 'dmarc-no-reports', 'ptr-generic-name']);

function answerEvidence(input: AuditInput, type: DnsRecordType, name: string): Evidence[] {
  const obs = dnsAnswer(input, type, name);
  return obs === undefined ? [] : [dnsEvidence(obs)];
}

function recordFix(row: RequirementRow, domain: string): Fix {
  const record = row.record;
  const value = record?.value ?? '';
  const name = record?.name ?? `_dmarc.${domain}`;
  return {
    actor: 'account-owner',
    steps: locSteps(
      [`Vervang in de DNS van ${domain} (cPanel Zone-editor, of waar je DNS staat) het TXT-record ${name} door precies dit ene record: ${value}`, 'Houd p= zoals het was; begin je net met DMARC, laat dan p=none een paar weken staan en lees de rapporten.'],
      [`In the DNS of ${domain} (cPanel Zone Editor, or wherever your DNS is managed) replace the TXT record ${name} with exactly this one record: ${value}`, 'Keep p= as it was; if you are just starting with DMARC, keep p=none for a few weeks and read the reports.'],
    ),
    ...(record !== undefined ? { record } : {}),
    links: [],
  };
}

function domainFinding(input: AuditInput, domain: string, row: RequirementRow): Finding | undefined {
  const subject = { kind: 'domain' as const, name: domain };
  const found = joinIssues(row.evidence);
  if (row.finding === 'dkim-key-weak') {
    const bits = input.profile.senderRequirements.dkimRecommendedBits;
    return problem('dkim-key-weak', 'warning', subject, {
      title: loc(`De DKIM-sleutel van ${domain} is te zwak`, `The DKIM key of ${domain} is too weak`),
      summary: loc(`${found.nl} Gmail, Outlook.com en Yahoo tellen een handtekening met zo'n sleutel niet mee.`, `${found.en} Gmail, Outlook.com and Yahoo do not count a signature made with such a key.`),
      evidence: answerEvidence(input, 'TXT', `default._domainkey.${domain}`),
      fix: {
        actor: 'hosting-provider',
        steps: locSteps(
          [`Vraag de support van ${input.profile.name} om voor ${domain} een nieuwe DKIM-sleutel van ${bits} bits te maken (WHM > Email Deliverability).`, `Zet daarna de nieuwe sleutel die cPanel > E-mail > Email Deliverability toont in de DNS van ${domain}, als je DNS ergens anders staat.`],
          [`Ask ${input.profile.name} support to create a new DKIM key of ${bits} bits for ${domain} (WHM > Email Deliverability).`, `Then publish the new key that cPanel > Email > Email Deliverability shows in the DNS of ${domain}, if your DNS is managed elsewhere.`],
        ),
        links: [],
      },
    });
  }
  if (row.finding === 'dmarc-invalid') {
    return problem('dmarc-invalid', 'warning', subject, {
      title: loc(`Het DMARC-record van ${domain} bevat fouten`, `The DMARC record of ${domain} has errors`),
      summary: loc(`${found.nl} Ontvangers kunnen zo'n record negeren, en dan heeft je domein voor hen geen DMARC.`, `${found.en} Receivers may ignore such a record, and then your domain has no DMARC for them.`),
      evidence: answerEvidence(input, 'TXT', `_dmarc.${domain}`),
      fix: recordFix(row, domain),
    });
  }
  if (row.finding === 'dmarc-no-reports') {
    return problem('dmarc-no-reports', 'info', subject, {
      title: loc(`DMARC van ${domain} stuurt nergens rapporten heen`, `DMARC of ${domain} sends its reports nowhere`),
      summary: loc(`${found.nl} Met een rapportadres zie je welke servers namens je domein mailen en of die SPF en DKIM halen.`, `${found.en} With a report address you see which servers send as your domain and whether they pass SPF and DKIM.`),
      evidence: answerEvidence(input, 'TXT', `_dmarc.${domain}`),
      fix: recordFix(row, domain),
    });
  }
  return undefined;
}

function serverFinding(input: AuditInput, row: RequirementRow): Finding {
  const ip = input.server.ips.ok ? input.server.ips.value.join(', ') : input.server.hostname;
  const found = joinIssues(row.evidence);
  return problem('ptr-generic-name', 'warning', { kind: 'server', name: ip }, {
    title: loc(`De reverse DNS van ${ip} is een standaardnaam`, `The reverse DNS of ${ip} is a generic name`),
    summary: loc(`${found.nl} Dit regelt je hostingprovider.`, `${found.en} Your hosting provider sets this.`),
    evidence: (input.server.ips.ok ? input.server.ips.value : []).flatMap((one) => {
      const name = reverseLookupName(unmapIPv4(one));
      return name === undefined ? [] : answerEvidence(input, 'PTR', name);
    }),
    fix: {
      actor: 'hosting-provider',
      steps: locSteps(
        [`Vraag de support van ${input.profile.name} om het PTR-record van ${ip} op de eigen mailhostnaam van de server te zetten (zoals ${input.server.hostname}), met een A-record dat terugwijst.`],
        [`Ask ${input.profile.name} support to set the PTR record of ${ip} to the server's own mail host name (such as ${input.server.hostname}), with an A record pointing back.`],
      ),
      links: [],
    },
  });
}

export function checkSenderRequirements(input: AuditInput): Finding[] {
  const findings: Finding[] = [];
  let server: RequirementRow | undefined;
  for (const { domain, rows } of evaluateRequirements(input)) {
    for (const row of rows) {
      if (row.status !== 'not-met' || row.finding === undefined || !OWN.has(row.finding)) continue;
      if (row.finding === 'ptr-generic-name') server ??= row;
      else {
        const f = domainFinding(input, domain, row);
        if (f !== undefined) findings.push(f);
      }
    }
  }
  if (server !== undefined) findings.push(serverFinding(input, server));
  return findings;
}
