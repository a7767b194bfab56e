/**
 * Where the world delivers a domain's mail, read from the gathered DNS: its
 * MX hosts and what each resolves to. Without MX records, RFC 5321 §5.1 falls
 * back to the domain's own address ("implicit MX"); a single MX with
 * preference 0 and target "." is RFC 7505's null MX (no mail at all).
 */
import type { DnsObservation, MxRecord } from '../../dns/types';
import type { Localized } from '../../kb/types';
import { dnsAnswer, dnsEvidence, dnsFailed, loc, notLookedUp } from '../finding-helpers';
import type { AuditInput, Evidence } from '../model';
import { resolveHost, type HostAddresses } from './this-server';

export interface MailTarget {
  readonly exchange: string;
  readonly preference: number;
  readonly resolution: HostAddresses;
}

type MailExchangers =
  | { readonly kind: 'unknown'; readonly cause: Localized<string>; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'nxdomain'; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'null-mx'; readonly evidence: readonly Evidence[] }
  /** `implicit`: no MX records, the targets are the domain itself. */
  | { readonly kind: 'targets'; readonly implicit: boolean; readonly targets: readonly MailTarget[]; readonly evidence: readonly Evidence[] };

export function isNullMx(records: readonly MxRecord[]): boolean {
  return records.length === 1 && records[0]!.exchange === '';
}

/** A comparable form of an MX answer: sorted "preference exchange" lines, or the negative answer. */
export function mxSet(observation: DnsObservation<'MX'>): string {
  switch (observation.outcome.kind) {
    case 'records':
      return observation.outcome.records
        .map((r) => `${r.preference} ${r.exchange === '' ? '.' : r.exchange}`)
        .sort()
        .join(', ');
    case 'nxdomain':
      return 'NXDOMAIN';
    case 'nodata':
      return '(geen MX / no MX)';
    case 'error':
      return 'error';
  }
}

/**
 * The MX the domain's own nameservers give, when they all agree and it
 * differs from the recursive answer: a change that has not spread yet
 * (mx-not-propagated). Mail will go there once the old answer's TTL runs
 * out, so routing and MX checks judge the new MX, not the cached one.
 */
function pendingMx(input: AuditInput, domain: string): DnsObservation<'MX'> | undefined {
  const recursive = dnsAnswer(input, 'MX', domain);
  if (recursive === undefined || recursive.outcome.kind === 'error') return undefined;
  const answered = (input.dns.authoritativeMx.get(domain) ?? []).filter((o) => o.outcome.kind !== 'error');
  const sets = new Set(answered.map(mxSet));
  const first = answered[0];
  if (first === undefined || sets.size !== 1 || mxSet(first) === mxSet(recursive)) return undefined;
  return first;
}

/** Where the domain's mail goes, judged on the MX being published now (see pendingMx) when it is changing. */
export function currentMailExchangers(input: AuditInput, domain: string): MailExchangers {
  const pending = pendingMx(input, domain);
  if (pending === undefined) return mailExchangers(input, domain);
  const recursive = dnsAnswer(input, 'MX', domain);
  const result = mailExchangers(input, domain, pending);
  const changing = {
    kind: 'note' as const,
    text: loc(
      `De MX van ${domain} wordt gewijzigd: beoordeeld op de nieuwe MX van de eigen nameservers (${mxSet(pending)}).`,
      `The MX of ${domain} is being changed: judged on the new MX from its own nameservers (${mxSet(pending)}).`,
    ),
  };
  return { ...result, evidence: [...(recursive !== undefined ? [dnsEvidence(recursive)] : []), ...result.evidence, changing] } as MailExchangers;
}

export function mailExchangers(input: AuditInput, domain: string, answer?: DnsObservation<'MX'>): MailExchangers {
  const mx = answer ?? dnsAnswer(input, 'MX', domain);
  if (mx === undefined) return { kind: 'unknown', cause: notLookedUp('MX', domain), evidence: [] };
  const evidence = [dnsEvidence(mx)];
  switch (mx.outcome.kind) {
    case 'error':
      return { kind: 'unknown', cause: dnsFailed(mx), evidence };
    case 'nxdomain':
      return { kind: 'nxdomain', evidence };
    case 'nodata': {
      const resolution = resolveHost(input, domain);
      return { kind: 'targets', implicit: true, targets: [{ exchange: domain, preference: 0, resolution }], evidence: [...evidence, ...resolution.evidence] };
    }
    case 'records': {
      if (isNullMx(mx.outcome.records)) return { kind: 'null-mx', evidence };
      const sorted = [...mx.outcome.records].filter((r) => r.exchange !== '').sort((a, b) => a.preference - b.preference);
      const targets = sorted.map((r) => ({ exchange: r.exchange, preference: r.preference, resolution: resolveHost(input, r.exchange) }));
      return { kind: 'targets', implicit: false, targets, evidence: [...evidence, ...targets.flatMap((t) => t.resolution.evidence)] };
    }
  }
}

export function mxList(targets: readonly MailTarget[]): string {
  return targets.map((t) => t.exchange).join(', ');
}
