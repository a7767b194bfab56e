/**
 * One title per catalogue id, in words, for where a diagnosis is named apart
 * from any one finding (the WHM trend of past runs, a history that holds an id
 * the current report no longer has). A rule's title when the id has a rule;
 * the ids decided from the account's state or a connection probe alone have
 * their titles here (a finding's own title names the real domain or address;
 * these say the same without one). Pure.
 */
import type { DiagnosisId } from './catalogue';
import { isDiagnosisId } from './catalogue';
import { RULES } from './rules';
import type { Lang, Localized } from './types';

const WITHOUT_RULE: Partial<Record<DiagnosisId, Localized<string>>> = {
  'dmarc-missing': { nl: 'Een domein heeft geen (geldig) DMARC-record', en: 'A domain has no (valid) DMARC record' },
  'dkim-key-weak': { nl: 'De DKIM-sleutel van een domein is te kort', en: "A domain's DKIM key is too short" },
  'dmarc-invalid': { nl: 'Het DMARC-record van een domein bevat een fout', en: "A domain's DMARC record has an error" },
  'dmarc-no-reports': { nl: 'Het DMARC-record van een domein vraagt geen rapporten (rua)', en: "A domain's DMARC record asks for no reports (rua)" },
  'ptr-generic-name': { nl: 'De reverse DNS-naam van de server lijkt op een naam uit een adressenpool', en: "The server's reverse DNS name looks like an address-pool name" },
  'form-mail-nonexistent-sender': { nl: 'Een website verstuurt mail als een adres dat niet bestaat', en: 'A website sends mail as an address that does not exist' },
  'mail-authentication': { nl: 'De e-mailauthenticatie (SPF, DKIM, DMARC) van een domein is niet in orde', en: "A domain's mail authentication (SPF, DKIM, DMARC) is not in order" },
  'login-suspended': { nl: 'Inloggen op een mailbox staat uit', en: 'Logging in to a mailbox is switched off' },
  'mail-auth-without-tls': { nl: 'Inloggen op de mailserver kan zonder versleuteling', en: 'Logging in to the mail server works without encryption' },
  'mail-banner-invalid': { nl: 'De mailserver begroet niet zoals het hoort', en: 'The mail server does not greet as it should' },
  'mail-banner-ptr-mismatch': { nl: 'De naam in de begroeting van de mailserver klopt niet met de reverse DNS', en: "The mail server's greeting name does not match reverse DNS" },
  'mail-cert-expired': { nl: 'Het certificaat van de mailserver is verlopen', en: "The mail server's certificate has expired" },
  'mail-cert-name-mismatch': { nl: 'Het certificaat van de mailserver is voor een andere naam', en: "The mail server's certificate is for another name" },
  'mail-cert-not-yet-valid': { nl: 'Het certificaat van de mailserver is nog niet geldig', en: "The mail server's certificate is not valid yet" },
  'mail-cert-untrusted': { nl: 'Het certificaat van de mailserver wordt niet vertrouwd', en: "The mail server's certificate is not trusted" },
  'mail-host-not-found': { nl: 'De naam van de mailserver bestaat niet in DNS', en: "The mail server's name does not exist in DNS" },
  'mail-host-unroutable': { nl: 'De mailserver wijst naar een onbereikbaar adres', en: 'The mail server points to an unreachable address' },
  'mail-port-closed': { nl: 'De mailserver is niet bereikbaar', en: 'The mail server cannot be reached' },
  'mail-tls-missing': { nl: 'De mailserver biedt geen versleuteling', en: 'The mail server offers no encryption' },
  'mail-tls-outdated': { nl: 'De mailserver gebruikt verouderde TLS', en: 'The mail server uses outdated TLS' },
  'mailbox-over-quota': { nl: 'Een mailbox is (bijna) vol', en: 'A mailbox is (nearly) full' },
  'max-defers-approaching': { nl: 'Een domein nadert de grens voor mislukte berichten per uur', en: 'A domain is nearing the limit for failed messages per hour' },
  'mx-cname': { nl: 'De MX van een domein wijst naar een CNAME', en: 'The MX of a domain points to a CNAME' },
  'mx-missing': { nl: 'Een domein heeft geen werkende MX', en: 'A domain has no working MX' },
  'mx-not-propagated': { nl: 'De MX van een domein is nog niet overal bijgewerkt', en: 'The MX of a domain has not been updated everywhere yet' },
  'routing-local-mx-elsewhere': { nl: 'E-mailroutering staat op lokaal, maar de MX wijst naar een andere server', en: 'Email Routing is Local, but the MX points to another server' },
  'routing-remote-mx-here': { nl: 'E-mailroutering staat op extern, maar de MX wijst naar deze server', en: 'Email Routing is Remote, but the MX points to this server' },
  'spam-box-enabled': { nl: 'Mail kan in de spammap terechtkomen', en: 'Mail may end up in the spam folder' },
  unknown: { nl: 'Onbekende bezorgfout', en: 'Unknown delivery error' },
};

const RULE_TITLES: ReadonlyMap<string, Localized<string>> = new Map(RULES.map((r) => [r.id, r.title]));

/** The id's title in both languages; undefined only for an id the catalogue does not have. */
export function diagnosisTitle(id: string): Localized<string> | undefined {
  if (!isDiagnosisId(id)) return undefined;
  return WITHOUT_RULE[id] ?? RULE_TITLES.get(id);
}

/** The id's title in one language; an id the catalogue does not have (an older version's) is named as such, never shown raw. */
export function diagnosisTitleIn(id: string, lang: Lang): string {
  return diagnosisTitle(id)?.[lang] ?? (lang === 'nl' ? 'Een diagnose die deze versie niet meer kent' : 'A diagnosis this version no longer knows');
}
