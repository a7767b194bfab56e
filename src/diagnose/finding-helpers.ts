/**
 * Small builders the checks share, so that every finding says the same
 * things the same way: how a failed cPanel call or DNS look-up becomes
 * `could-not-check`, how a DNS answer becomes evidence.
 */
import { diagnosis, type DiagnosisId } from '../kb/catalogue';
import type { Localized } from '../kb/types';
import type { DnsObservation, DnsRecordType } from '../dns/types';
import { dnsKey, type AuditInput, type Evidence, type Finding, type Part, type Severity, type Subject } from './model';

export function loc(nl: string, en: string): Localized<string> {
  return { nl, en };
}

export function locSteps(nl: readonly string[], en: readonly string[]): Localized<readonly string[]> {
  if (nl.length !== en.length) throw new Error('fix steps must have as many Dutch as English steps');
  return { nl, en };
}

/**
 * What a check looks at, in words, so that a "could not check" card says what
 * could not be checked ("Could not check: the SPF record of x.example").
 */
const CHECKED: Partial<Record<DiagnosisId, (name: string) => Localized<string>>> = {
  'spf-invalid': (n) => loc(`het SPF-record van ${n}`, `the SPF record of ${n}`),
  'dkim-invalid': (n) => loc(`de DKIM-sleutel van ${n}`, `the DKIM key of ${n}`),
  'dmarc-missing': (n) => loc(`het DMARC-record van ${n}`, `the DMARC record of ${n}`),
  'mx-not-propagated': (n) => loc(`of alle nameservers van ${n} dezelfde MX geven`, `whether all nameservers of ${n} give the same MX`),
  'mx-missing': (n) => loc(`de MX van ${n}`, `the MX of ${n}`),
  'mx-cname': (n) => loc(`de MX van ${n}`, `the MX of ${n}`),
  'cloudflare-mx': (n) => loc(`de MX van ${n}`, `the MX of ${n}`),
  'routing-local-mx-elsewhere': (n) => loc(`of de e-mailroutering van ${n} bij de MX past`, `whether the Email Routing of ${n} matches its MX`),
  'routing-remote-mx-here': (n) => loc(`of de e-mailroutering van ${n} bij de MX past`, `whether the Email Routing of ${n} matches its MX`),
  'server-blocklisted': (n) => loc(`of ${n} op een blocklist staat`, `whether ${n} is on a blocklist`),
  'server-ptr-missing': (n) => loc(`de reverse DNS (PTR) van ${n}`, `the reverse DNS (PTR) of ${n}`),
  'mailbox-over-quota': (n) => loc(`de opslag van de mailboxen (${n})`, `the mailboxes' storage (${n})`),
  'spam-box-enabled': (n) => loc(`de spaminstellingen (${n})`, `the spam settings (${n})`),
  'max-defers-approaching': (n) => loc(`de grens voor mislukte berichten per uur (${n})`, `the limit for failed messages per hour (${n})`),
  'form-mail-nonexistent-sender': (n) => loc(`de afzenders van websiteformulieren (${n})`, `the senders of website forms (${n})`),
  'incoming-suspended': (n) => loc(`of ontvangen aan staat voor ${n}`, `whether receiving is on for ${n}`),
  'login-suspended': (n) => loc(`of inloggen aan staat voor ${n}`, `whether logging in is on for ${n}`),
  'outgoing-suspended': (n) => loc(`of verzenden aan staat voor ${n}`, `whether sending is on for ${n}`),
  'outgoing-held': (n) => loc(`of verzenden aan staat voor ${n}`, `whether sending is on for ${n}`),
};

function couldNotCheckTitle(id: DiagnosisId, subject: Subject): Localized<string> {
  const what = CHECKED[id]?.(subject.name) ?? loc(subject.name, subject.name);
  return loc(`Kon niet controleren: ${what.nl}`, `Could not check: ${what.en}`);
}

/** A finding that could not be decided, naming what failed. */
export function couldNotCheck(id: DiagnosisId, subject: Subject, cause: Localized<string>, evidence: readonly Evidence[] = []): Finding {
  return {
    id,
    reason: diagnosis(id).reason,
    status: 'could-not-check',
    severity: 'info',
    subject,
    title: couldNotCheckTitle(id, subject),
    summary: cause,
    evidence,
  };
}

/** The cause text for a cPanel call that failed. */
export function callFailed(part: Extract<Part<unknown>, { ok: false }>): Localized<string> {
  return loc(
    `De cPanel-aanroep ${part.call} mislukte: ${part.error}`,
    `The cPanel call ${part.call} failed: ${part.error}`,
  );
}

export function ok(id: DiagnosisId, subject: Subject, summary: Localized<string>, evidence: readonly Evidence[] = []): Finding {
  return {
    id,
    reason: diagnosis(id).reason,
    status: 'ok',
    severity: 'info',
    subject,
    title: loc('In orde', 'OK'),
    summary,
    evidence,
  };
}

export function problem(
  id: DiagnosisId,
  severity: Severity,
  subject: Subject,
  fields: Pick<Finding, 'title' | 'summary' | 'evidence' | 'fix'> & Partial<Pick<Finding, 'count' | 'firstSeen' | 'lastSeen'>>,
): Finding {
  return { id, reason: diagnosis(id).reason, status: 'problem', severity, subject, ...fields };
}

/** Looks up a gathered DNS answer; undefined when it was never asked. */
export function dnsAnswer<T extends DnsRecordType>(input: AuditInput, type: T, name: string): DnsObservation<T> | undefined {
  return input.dns.observations.get(dnsKey(type, name)) as DnsObservation<T> | undefined;
}

export function describeRecord(observation: DnsObservation): string[] {
  if (observation.outcome.kind !== 'records') return [];
  return observation.outcome.records.map((record) => {
    const r = record as unknown as Record<string, unknown>;
    if (typeof r.address === 'string') return r.address;
    if (typeof r.exchange === 'string') return `${String(r.preference)} ${r.exchange === '' ? '.' : r.exchange}`;
    if (typeof r.text === 'string') return r.text;
    if (typeof r.name === 'string') return r.name;
    return JSON.stringify(record);
  });
}

export function dnsEvidence(observation: DnsObservation): Evidence {
  const outcome =
    observation.outcome.kind === 'error'
      ? `error: ${observation.outcome.reason} (${observation.outcome.detail})`
      : observation.outcome.kind;
  return {
    kind: 'dns',
    name: observation.name,
    type: observation.type,
    server: observation.server,
    outcome,
    records: describeRecord(observation),
  };
}

/** "the DNS look-up of MX voorbeeld.nl timed out" — the could-not-check cause for a DNS error. */
export function dnsFailed(observation: DnsObservation): Localized<string> {
  if (observation.outcome.kind === 'error' && observation.outcome.reason === 'not-public') {
    const server = observation.server;
    return loc(
      `De nameserver op ${server} is niet gevraagd naar ${observation.type} ${observation.name}: dat adres hoort bij een documentatie-, privé- of ander speciaal bereik (RFC 5737, RFC 1918, RFC 6890), dat geen openbare nameserver heeft. Controleer de NS-records en hun adressen.`,
      `The nameserver at ${server} was not asked for ${observation.type} ${observation.name}: that address is in a documentation, private or other special-purpose range (RFC 5737, RFC 1918, RFC 6890), which no public nameserver has. Check the NS records and their addresses.`,
    );
  }
  const detail = observation.outcome.kind === 'error' ? observation.outcome.reason : observation.outcome.kind;
  return loc(
    `De DNS-opvraging ${observation.type} ${observation.name} gaf geen bruikbaar antwoord (${detail}).`,
    `The DNS look-up ${observation.type} ${observation.name} gave no usable answer (${detail}).`,
  );
}

export function notLookedUp(type: DnsRecordType, name: string): Localized<string> {
  return loc(`${type} ${name} is niet opgevraagd in DNS.`, `${type} ${name} was not looked up in DNS.`);
}

export function accountEvidence(source: string, field: string, value: unknown): Evidence {
  return { kind: 'account', source, field, value: typeof value === 'string' ? value : JSON.stringify(value) };
}
