/**
 * The name an SMTP server greets with (RFC 5321 §4.3.1: "220 <domain>")
 * against the reverse DNS of its address, forward-confirmed: the PTR of the
 * address must give that name, and the name must point back to the address
 * (FCrDNS; receivers such as Gmail check the pair). Pure: the DNS answers
 * come in.
 */
import type { ProviderProfile } from '../config/provider-profile';
import { dnsEvidence, dnsFailed } from '../diagnose/finding-helpers';
import type { Evidence } from '../diagnose/model';
import { normalizeIp } from '../diagnose/checks/this-server';
import type { DnsObservation } from '../dns/types';
import type { Localized } from '../kb/types';
import type { ProbeCheck } from './model';
import { bannerPtrWords } from './words';

/** The host name of an SMTP greeting, or undefined when the greeting names none. */
export function bannerName(greeting: readonly string[] | null): string | undefined {
  const first = greeting?.[0];
  const m = first === undefined ? null : /^220[ -]([^\s]+)/.exec(first);
  const name = m?.[1]?.toLowerCase().replace(/\.$/, '');
  if (name === undefined) return undefined;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name) || /^\[.+\]$/.test(name) ? name : undefined;
}

export interface PtrAnswers {
  readonly ptr: DnsObservation<'PTR'>;
  /** A or AAAA of each name the PTR gave. */
  readonly forward: readonly DnsObservation<'A' | 'AAAA'>[];
}

export function judgeBannerPtr(host: string, address: string, greeting: readonly string[] | null, dns: PtrAnswers, profile: ProviderProfile): ProbeCheck | undefined {
  const evidence: Evidence[] = [dnsEvidence(dns.ptr), ...dns.forward.map(dnsEvidence)];
  const name = bannerName(greeting);
  const problem = (issue: Localized<string>): ProbeCheck => {
    const w = bannerPtrWords(host, address, name ?? (greeting?.[0] ?? ''), issue, profile);
    return { id: 'mail-banner-ptr-mismatch', status: 'problem', severity: 'warning', title: w.title, summary: w.summary, evidence, fix: w.fix };
  };
  const couldNot = (cause: Localized<string>): ProbeCheck => ({
    id: 'mail-banner-ptr-mismatch',
    status: 'could-not-check',
    severity: 'info',
    title: { nl: 'Kon niet worden gecontroleerd', en: 'Could not be checked' },
    summary: cause,
    evidence,
  });
  if (name === undefined) return problem({ nl: 'De begroeting noemt geen hostnaam.', en: 'The greeting names no host name.' });
  if (dns.ptr.outcome.kind === 'error') return couldNot(dnsFailed(dns.ptr));
  if (dns.ptr.outcome.kind !== 'records' || dns.ptr.outcome.records.length === 0) {
    return problem({ nl: `${address} heeft geen PTR-record.`, en: `${address} has no PTR record.` });
  }
  const names = dns.ptr.outcome.records.map((r) => r.name);
  if (!names.includes(name)) {
    return problem({ nl: `Het PTR-record van ${address} geeft ${names.join(', ')}.`, en: `The PTR record of ${address} gives ${names.join(', ')}.` });
  }
  const forward = dns.forward.find((o) => o.name === name);
  if (forward === undefined) return couldNot({ nl: `${name} is niet opgevraagd in DNS.`, en: `${name} was not looked up in DNS.` });
  if (forward.outcome.kind === 'error') return couldNot(dnsFailed(forward));
  const back = forward.outcome.kind === 'records' && forward.outcome.records.some((r) => normalizeIp(r.address) === normalizeIp(address));
  if (!back) return problem({ nl: `${name} wijst niet terug naar ${address}.`, en: `${name} does not point back to ${address}.` });
  return undefined;
}
