/**
 * server-ptr-missing (state): each sending IP needs reverse DNS whose name
 * points back to the same IP ("forward-confirmed reverse DNS"; Gmail's
 * 5.7.25 and many others refuse mail without it). Judged from the live PTR
 * and its forward look-up, and from cPanel's EmailAuth::validate_current_ptrs.
 */
import { isIPv4 } from 'node:net';
import { reverseLookupName, unmapIPv4 } from '../../dns/reverse-name';
import type { Localized } from '../../kb/types';
import { accountEvidence, callFailed, couldNotCheck, dnsAnswer, dnsEvidence, dnsFailed, loc, locSteps, notLookedUp, ok, problem } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, Fix } from '../model';
import { PTR_CALL } from './auth-state';
import { normalizeIp } from './this-server';

const ID = 'server-ptr-missing';

interface PtrAssessment {
  readonly issues: readonly Localized<string>[];
  readonly unknowns: readonly Localized<string>[];
  readonly evidence: readonly Evidence[];
  /** The reverse name (…in-addr.arpa) and the mail host name it should give. */
  readonly reverseName?: string;
  readonly hostname: string;
}

function forwardConfirmation(input: AuditInput, ip: string, names: readonly string[]): { confirmed: boolean; unknown?: Localized<string>; evidence: Evidence[] } {
  const type = isIPv4(ip) ? ('A' as const) : ('AAAA' as const);
  const evidence: Evidence[] = [];
  let unknown: Localized<string> | undefined;
  for (const name of names) {
    const obs = dnsAnswer(input, type, name);
    if (obs === undefined) {
      unknown ??= notLookedUp(type, name);
      continue;
    }
    evidence.push(dnsEvidence(obs));
    if (obs.outcome.kind === 'error') {
      unknown ??= dnsFailed(obs);
      continue;
    }
    if (obs.outcome.kind === 'records' && obs.outcome.records.some((r) => normalizeIp(r.address) === normalizeIp(ip))) {
      return { confirmed: true, evidence };
    }
  }
  return { confirmed: false, evidence, ...(unknown !== undefined ? { unknown } : {}) };
}

function livePtr(input: AuditInput, ip: string): { issue?: Localized<string>; unknown?: Localized<string>; evidence: Evidence[]; reverseName?: string } {
  const plain = unmapIPv4(ip);
  const reverseName = reverseLookupName(plain);
  if (reverseName === undefined) return { unknown: loc(`"${ip}" is geen IP-adres.`, `"${ip}" is not an IP address.`), evidence: [] };
  const obs = dnsAnswer(input, 'PTR', reverseName);
  if (obs === undefined) return { unknown: notLookedUp('PTR', reverseName), evidence: [], reverseName };
  const evidence = [dnsEvidence(obs)];
  if (obs.outcome.kind === 'error') return { unknown: dnsFailed(obs), evidence, reverseName };
  if (obs.outcome.kind !== 'records' || obs.outcome.records.length === 0) {
    return { issue: loc(`${ip} heeft geen PTR-record (reverse DNS).`, `${ip} has no PTR record (reverse DNS).`), evidence, reverseName };
  }
  const names = obs.outcome.records.map((r) => r.name);
  const forward = forwardConfirmation(input, plain, names);
  const all = [...evidence, ...forward.evidence];
  if (forward.confirmed) return { evidence: all, reverseName };
  if (forward.unknown !== undefined) return { unknown: forward.unknown, evidence: all, reverseName };
  return {
    issue: loc(
      `Het PTR-record van ${ip} wijst naar ${names.join(', ')}, maar die naam wijst niet terug naar ${ip}.`,
      `The PTR record of ${ip} points to ${names.join(', ')}, but that name does not point back to ${ip}.`,
    ),
    evidence: all,
    reverseName,
  };
}

function cpanelPtr(input: AuditInput, ip: string): { issue?: Localized<string>; unknown?: Localized<string>; evidence: Evidence[]; helo?: string } {
  const part = input.account.ptr;
  if (!part.ok) return { unknown: callFailed(part), evidence: [] };
  const rows = part.value.filter((r) => r.ipAddress === null || normalizeIp(r.ipAddress) === normalizeIp(ip));
  const bad = rows.find((r) => !r.valid && !r.couldNotCheck);
  const failed = rows.find((r) => r.couldNotCheck);
  const shown = bad ?? failed ?? rows[0];
  if (shown === undefined) return { evidence: [] };
  const evidence = [
    accountEvidence(PTR_CALL, `${shown.domain} state`, shown.state),
    accountEvidence(PTR_CALL, `${shown.domain} ptr_records`, shown.ptrNames.join(', ')),
    ...(shown.helo !== null ? [accountEvidence(PTR_CALL, `${shown.domain} helo`, shown.helo)] : []),
  ];
  const helo = shown.helo ?? undefined;
  if (bad !== undefined) {
    return {
      issue: loc(`cPanel Email Deliverability geeft de PTR van ${ip} de status ${bad.state}.`, `cPanel Email Deliverability gives the PTR of ${ip} the state ${bad.state}.`),
      evidence,
      ...(helo !== undefined ? { helo } : {}),
    };
  }
  if (failed !== undefined) {
    return { unknown: loc(`cPanel kon de PTR van ${ip} niet controleren (${failed.error ?? failed.state}).`, `cPanel could not check the PTR of ${ip} (${failed.error ?? failed.state}).`), evidence };
  }
  return { evidence, ...(helo !== undefined ? { helo } : {}) };
}

export function assessPtr(input: AuditInput, ip: string): PtrAssessment {
  const live = livePtr(input, ip);
  const cpanel = cpanelPtr(input, ip);
  const parts = [live, cpanel];
  return {
    issues: parts.flatMap((p) => (p.issue !== undefined ? [p.issue] : [])),
    unknowns: parts.flatMap((p) => (p.unknown !== undefined ? [p.unknown] : [])),
    evidence: [...live.evidence, ...cpanel.evidence],
    hostname: cpanel.helo ?? input.server.hostname,
    ...(live.reverseName !== undefined ? { reverseName: live.reverseName } : {}),
  };
}

/** The addresses a host name has in the gathered DNS answers (A or AAAA, as the IP's family); undefined when not looked up. */
function addressesOf(input: AuditInput, host: string, ip: string): string[] | undefined {
  const obs = dnsAnswer(input, isIPv4(unmapIPv4(ip)) ? 'A' : 'AAAA', host);
  if (obs === undefined || obs.outcome.kind === 'error') return undefined;
  return obs.outcome.kind === 'records' ? obs.outcome.records.map((r) => normalizeIp(r.address)) : [];
}

/**
 * The PTR of `ip` must name a host that points back to `ip`. The mail host
 * name is right only when it already has `ip` (or no address at all); when it
 * points to another of the server's addresses (a dedicated IP next to the
 * main one), moving it would break the server, so the IP needs a name of its
 * own. The customer cannot publish a PTR: the record goes to the provider.
 */
export function ptrFix(input: AuditInput, ip: string, a: PtrAssessment): Fix {
  const host = a.hostname;
  const hostAddresses = addressesOf(input, host, ip);
  const hostElsewhere = hostAddresses !== undefined && hostAddresses.length > 0 && !hostAddresses.includes(normalizeIp(ip));
  const first = hostElsewhere
    ? loc(
        `Vraag de support van ${input.profile.name} om ${ip} een PTR-record te geven met een eigen hostnaam die met een A-record naar ${ip} terugwijst, en de server die naam te laten gebruiken (HELO) als hij vanaf ${ip} verstuurt. Laat ${host} zoals hij is: die wijst naar ${hostAddresses.join(', ')}, het hoofdadres van de server.`,
        `Ask ${input.profile.name} support to give ${ip} a PTR record with a host name of its own that points back to ${ip} with an A record, and to have the server use that name (HELO) when it sends from ${ip}. Leave ${host} as it is: it points to ${hostAddresses.join(', ')}, the server's main address.`,
      )
    : loc(
        `Vraag de support van ${input.profile.name} om het PTR-record van ${ip} op ${host} te zetten${hostAddresses?.length ? '' : `, en ${host} met een A-record naar ${ip} te laten wijzen`}.`,
        `Ask ${input.profile.name} support to set the PTR record of ${ip} to ${host}${hostAddresses?.length ? '' : `, and to point ${host} to ${ip} with an A record`}.`,
      );
  return {
    actor: 'hosting-provider',
    steps: locSteps(
      [first.nl, 'Dit kun je niet zelf in cPanel instellen: het PTR-record hoort bij de eigenaar van het IP-adres. Verstuur geweigerde mail opnieuw zodra het is hersteld.'],
      [first.en, 'You cannot set this in cPanel yourself: the PTR record belongs to the owner of the IP address. Send refused mail again once it is fixed.'],
    ),
    ...(a.reverseName !== undefined && !hostElsewhere ? { record: { name: a.reverseName, type: 'PTR' as const, value: host } } : {}),
    links: [],
  };
}

function ipFinding(input: AuditInput, ip: string): Finding {
  const subject = { kind: 'server' as const, name: ip };
  const a = assessPtr(input, ip);
  if (a.issues.length > 0) {
    return problem(ID, 'critical', subject, {
      title: loc(`Het IP-adres ${ip} van de server mist een geldige reverse DNS`, `The server's IP address ${ip} lacks valid reverse DNS`),
      summary: loc(
        `${a.issues.map((i) => i.nl).join(' ')} Gmail en veel andere ontvangers weigeren mail van een IP-adres zonder geldige reverse DNS. Dit regelt je hostingprovider.`,
        `${a.issues.map((i) => i.en).join(' ')} Gmail and many other receivers refuse mail from an IP address without valid reverse DNS. Your hosting provider sets this.`,
      ),
      evidence: a.evidence,
      fix: ptrFix(input, ip, a),
    });
  }
  const unknown = a.unknowns[0];
  if (unknown !== undefined) return couldNotCheck(ID, subject, unknown, a.evidence);
  return ok(ID, subject, loc(`${ip} heeft een PTR-record dat terugwijst naar hetzelfde adres.`, `${ip} has a PTR record that points back to the same address.`), a.evidence);
}

export function checkServerPtr(input: AuditInput): Finding[] {
  if (!input.server.ips.ok) return [couldNotCheck(ID, { kind: 'server', name: input.server.hostname }, callFailed(input.server.ips))];
  return input.server.ips.value.map((ip) => ipFinding(input, ip));
}
