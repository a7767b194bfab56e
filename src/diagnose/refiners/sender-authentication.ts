/**
 * What the authentication refiners (gmail-unauthenticated, dmarc-reject)
 * share: the sender domain's SPF, DKIM and DMARC as evidence, and fix steps
 * that start with the record to repair when SPF or DKIM is broken and always
 * say to send through the own server with SMTP authentication.
 */
import type { Localized } from '../../kb/types';
import { loc } from '../finding-helpers';
import type { AuditInput, Evidence, RecordToPublish } from '../model';
import { assessDkim, assessDmarc, assessSpf, type DmarcAssessment } from '../checks/auth-state';
import { reportAddress } from '../checks/dmarc';
import { dkimFixSteps } from '../checks/dkim';
import { ownDomain } from '../checks/mail-domains';
import { spfFixSteps } from '../checks/spf';
import { joinIssues } from '../checks/auth-findings';

interface SenderAuth {
  readonly own: boolean;
  readonly evidence: readonly Evidence[];
  readonly broken: boolean;
  readonly unknown: boolean;
  readonly dmarc: DmarcAssessment;
  readonly steps: { readonly nl: string[]; readonly en: string[] };
  readonly record?: RecordToPublish;
  readonly summary: Localized<string>;
}

export function senderAuth(input: AuditInput, domain: string): SenderAuth {
  const own = ownDomain(input.account, domain) !== undefined;
  const spf = assessSpf(input, domain);
  // The DKIM selector of a domain that is not on this server is unknown; only the own key is checked.
  const dkim = own ? assessDkim(input, domain) : { issues: [], unknowns: [], evidence: [] };
  const dmarc = assessDmarc(input, domain, reportAddress(input, domain));
  const nl: string[] = [];
  const en: string[] = [];
  // Another party's domain (a freemail address sent through this server) is not the owner's to repair.
  if (own && spf.issues.length > 0) {
    const s = spfFixSteps(domain, spf.record?.value, input.profile.spfInclude);
    nl.push(s.nl[0]!);
    en.push(s.en[0]!);
  }
  if (dkim.issues.length > 0) {
    const s = dkimFixSteps(domain, dkim.record);
    nl.push(s.nl[0]!, s.nl[1]!);
    en.push(s.en[0]!, s.en[1]!);
  }
  const p = input.profile;
  nl.push(
    `Verstuur via ${p.mailServer} (poort ${p.smtpPort}, SSL) met SMTP-authenticatie: zet in je mailprogramma "Uitgaande server vereist authenticatie" aan, met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor de inkomende mail. Laat ook je website via SMTP met een bestaand e-mailaccount versturen.`,
  );
  en.push(
    `Send through ${p.mailServer} (port ${p.smtpPort}, SSL) with SMTP authentication: in your mail program turn on "Outgoing server requires authentication", with the same user name and password as for incoming mail. Have your website send through SMTP with an existing email account too.`,
  );
  const issues = own ? [...spf.issues, ...dkim.issues] : [];
  const unknown = spf.unknowns.length + dkim.unknowns.length > 0;
  const summary =
    issues.length > 0
      ? loc(`De controle vond het volgende: ${joinIssues(issues).nl}`, `The check found this: ${joinIssues(issues).en}`)
      : unknown
        ? loc(`SPF en DKIM van ${domain} konden niet volledig worden gecontroleerd.`, `SPF and DKIM of ${domain} could not be fully checked.`)
        : loc(
            `SPF en DKIM van ${domain} zijn in orde, dus waarschijnlijk ging de mail zonder SMTP-authenticatie of via een andere server dan ${p.mailServer}.`,
            `SPF and DKIM of ${domain} are fine, so the message most likely went without SMTP authentication or through a server other than ${p.mailServer}.`,
          );
  const record = own ? spf.record ?? dkim.record : undefined;
  return {
    own,
    evidence: [...spf.evidence, ...dkim.evidence, ...dmarc.evidence],
    broken: issues.length > 0,
    unknown,
    dmarc,
    steps: { nl, en },
    ...(record !== undefined ? { record } : {}),
    summary,
  };
}
