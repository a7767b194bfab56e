/**
 * The rows about the sending server, the same for every domain of the
 * account: its IPs' reverse DNS (judged by the same assessment as the
 * server-ptr-missing finding, plus the generic-name heuristics), the name it
 * greets and says HELO with against that PTR (from the connection probe when
 * it ran, else cPanel's mail host name), TLS on port 25 (probe only), and the
 * bulk-sender rules no DNS answer shows.
 */
import type { SenderRequirements } from '../../config/sender-requirements';
import { reverseLookupName, unmapIPv4 } from '../../dns/reverse-name';
import type { Localized } from '../../kb/types';
import { assessPtr } from '../checks/server-ptr';
import { normalizeIp } from '../checks/this-server';
import { callFailed, dnsAnswer, loc } from '../finding-helpers';
import type { AuditInput } from '../model';
import type { RowJudgement } from './auth-rows';
import type { Port25Observation } from './model';
import { genericPtrReason } from './ptr-name';

/** The PTR names of an IP from the gathered answers; undefined when not known. */
function ptrNames(input: AuditInput, ip: string): string[] | undefined {
  const name = reverseLookupName(unmapIPv4(ip));
  const obs = name === undefined ? undefined : dnsAnswer(input, 'PTR', name);
  if (obs === undefined || obs.outcome.kind === 'error') return undefined;
  return obs.outcome.kind === 'records' ? obs.outcome.records.map((r) => r.name.toLowerCase().replace(/\.$/, '')) : [];
}

function sendingIps(input: AuditInput): string[] | Localized<string> {
  if (!input.server.ips.ok) return callFailed(input.server.ips);
  return input.server.ips.value.map((ip) => unmapIPv4(ip.trim()));
}

export function ptrRow(input: AuditInput): RowJudgement {
  const ips = sendingIps(input);
  if (!Array.isArray(ips)) return { id: 'ptr', status: 'cannot-check', evidence: [ips] };
  const evidence: Localized<string>[] = [];
  let notMet: RowJudgement | undefined;
  let unknown = false;
  for (const ip of ips) {
    const a = assessPtr(input, ip);
    if (a.issues.length > 0) {
      notMet ??= { id: 'ptr', status: 'not-met', finding: 'server-ptr-missing', evidence: [] };
      evidence.push(...a.issues);
      continue;
    }
    if (a.unknowns.length > 0) {
      unknown = true;
      evidence.push(...a.unknowns);
      continue;
    }
    const names = ptrNames(input, ip) ?? [];
    const generic = names.map((n) => ({ n, why: genericPtrReason(n, ip) })).find((x) => x.why !== undefined);
    if (generic?.why !== undefined) {
      const why = generic.why.kind === 'ip-digits' ? loc('het IP-adres staat in de naam', 'the IP address is in the name') : loc(`het woord "${generic.why.word}" staat in de naam`, `the word "${generic.why.word}" is in the name`);
      evidence.push(loc(`${ip} → ${generic.n} wijst terug, maar lijkt een standaardnaam van een adressenpool (${why.nl}); ontvangers behandelen zo'n naam als een thuisverbinding.`, `${ip} → ${generic.n} points back, but looks like an address pool's generic name (${why.en}); receivers treat such a name as a home connection.`));
      notMet ??= { id: 'ptr', status: 'not-met', finding: 'ptr-generic-name', evidence: [] };
      continue;
    }
    evidence.push(loc(`${ip} → ${names.join(', ')} → ${ip}: de PTR wijst terug naar hetzelfde adres.`, `${ip} → ${names.join(', ')} → ${ip}: the PTR points back to the same address.`));
  }
  if (notMet !== undefined) return { ...notMet, evidence };
  return { id: 'ptr', status: unknown ? 'cannot-check' : 'met', evidence };
}

/** The first letter as a capital: the source's words open the sentence ("cPanel" keeps its spelling). */
function opening(words: string): string {
  return /^[a-z][A-Z]/.test(words) ? words : words.charAt(0).toUpperCase() + words.slice(1);
}

export function heloRow(input: AuditInput, port25: readonly Port25Observation[] | undefined, ptr: RowJudgement): RowJudgement {
  const ips = sendingIps(input);
  if (!Array.isArray(ips)) return { id: 'helo', status: 'cannot-check', evidence: [ips] };
  const evidence: Localized<string>[] = [];
  let status: RowJudgement['status'] = 'met';
  const fromProbe = (port25 ?? []).filter((o) => ips.some((ip) => normalizeIp(ip) === normalizeIp(o.address)));
  const pairs: { ip: string; name: string | undefined; source: Localized<string> }[] =
    fromProbe.length > 0
      ? fromProbe.map((o) => ({ ip: unmapIPv4(o.address), name: o.greetingName, source: loc(`de begroeting op poort ${o.port} van ${o.host}`, `the greeting on port ${o.port} of ${o.host}`) }))
      : ips.map((ip) => {
          const row = input.account.ptr.ok ? input.account.ptr.value.find((r) => r.ipAddress !== null && normalizeIp(r.ipAddress) === normalizeIp(ip) && r.helo !== null) : undefined;
          const name = (row?.helo ?? input.server.hostname).toLowerCase();
          return { ip, name, source: loc('de mailhostnaam van cPanel', "cPanel's mail host name") };
        });
  for (const { ip, name, source: said } of pairs) {
    const source = loc(opening(said.nl), opening(said.en));
    const names = ptrNames(input, ip);
    if (name === undefined) {
      status = 'not-met';
      evidence.push(loc(`${source.nl} noemt geen hostnaam.`, `${source.en} names no host name.`));
    } else if (names === undefined) {
      if (status === 'met') status = 'cannot-check';
      evidence.push(loc(`De PTR van ${ip} kon niet worden opgezocht.`, `The PTR of ${ip} could not be looked up.`));
    } else if (names.includes(name)) {
      evidence.push(loc(`${source.nl}: ${name}, gelijk aan de PTR van ${ip}.`, `${source.en}: ${name}, the same as the PTR of ${ip}.`));
    } else {
      status = 'not-met';
      evidence.push(
        names.length === 0
          ? loc(`${source.nl}: ${name}, maar ${ip} heeft geen PTR.`, `${source.en}: ${name}, but ${ip} has no PTR.`)
          : loc(`${source.nl}: ${name}, maar de PTR van ${ip} is ${names.join(', ')}.`, `${source.en}: ${name}, but the PTR of ${ip} is ${names.join(', ')}.`),
      );
    }
  }
  if (status !== 'not-met') return { id: 'helo', status, evidence };
  // A missing, wrong or generic PTR is one cause with one fix (set the PTR to the mail host name): the PTR row's finding.
  if (ptr.status === 'not-met' && ptr.finding !== undefined) return { id: 'helo', status, evidence, finding: ptr.finding };
  if (fromProbe.length > 0) return { id: 'helo', status, evidence, finding: 'mail-banner-ptr-mismatch' };
  return {
    id: 'helo',
    status,
    evidence,
    advice: loc(
      `Vraag de support van ${input.profile.name} om de PTR van het verzendende IP-adres en de naam waarmee de server zich meldt (HELO) gelijk te maken.`,
      `Ask ${input.profile.name} support to make the PTR of the sending IP address and the name the server introduces itself with (HELO) the same.`,
    ),
  };
}

export function tlsRow(port25: readonly Port25Observation[] | undefined): RowJudgement {
  const seen = (port25 ?? []).filter((o) => o.starttls !== 'unknown');
  if (seen.length === 0) {
    return {
      id: 'tls',
      status: 'cannot-check',
      evidence: [
        port25 === undefined
          ? loc('De verbindingstest heeft niet gedraaid, dus poort 25 is niet bekeken.', 'The connection test did not run, so port 25 was not looked at.')
          : loc('De verbindingstest kreeg geen antwoord op poort 25.', 'The connection test got no answer on port 25.'),
      ],
    };
  }
  const without = seen.filter((o) => o.starttls === 'not-offered');
  if (without.length > 0) {
    return {
      id: 'tls',
      status: 'not-met',
      finding: 'mail-tls-missing',
      evidence: without.map((o) => loc(`${o.host} (${o.address}) biedt op poort ${o.port} geen werkende STARTTLS aan.`, `${o.host} (${o.address}) offers no working STARTTLS on port ${o.port}.`)),
    };
  }
  return { id: 'tls', status: 'met', evidence: seen.map((o) => loc(`${o.host} (${o.address}) biedt STARTTLS aan op poort ${o.port}.`, `${o.host} (${o.address}) offers STARTTLS on port ${o.port}.`)) };
}

export function bulkRow(req: SenderRequirements): RowJudgement {
  return {
    id: 'bulk',
    status: 'cannot-check',
    evidence: [
      loc(
        'Uitschrijven met één klik (List-Unsubscribe en List-Unsubscribe-Post, RFC 8058) staat in je nieuwsbrieven zelf, niet in DNS of cPanel.',
        'One-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058) is in your newsletters themselves, not in DNS or cPanel.',
      ),
      loc(`Het spampercentage (onder ${req.spamRatePercent}%) zien alleen de ontvangers zelf.`, `The spam rate (below ${req.spamRatePercent}%) only the receivers themselves can see.`),
    ],
    advice: loc(
      'Verstuur je meer dan 5000 berichten per dag naar Gmail, Outlook.com of Yahoo, kijk dan in Google Postmaster Tools, Microsoft SNDS en Yahoo Sender Hub.',
      'If you send more than 5,000 messages a day to Gmail, Outlook.com or Yahoo, look in Google Postmaster Tools, Microsoft SNDS and Yahoo Sender Hub.',
    ),
    links: req.monitoring,
  };
}

