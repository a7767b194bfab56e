/**
 * Judges what the probe saw on one port: pure, from the observation, the
 * clock and the profile. The banner name against reverse DNS needs DNS
 * answers and is judged in banner-ptr.ts.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { Evidence } from '../diagnose/model';
import type { DiagnosisId } from '../kb/catalogue';
import type { Localized } from '../kb/types';
import { certificateDates, certificateNameMatches, chainTrusted, typeableNames, untrustedReason } from './certificate';
import type { ProbeCheck } from './model';
import type { ProbeObservation } from './observation';
import { SERVICES, type ProbeService } from './services';
import * as W from './words';

interface JudgeContext {
  readonly now: Date;
  readonly profile: ProviderProfile;
}

const note = (nl: string, en: string): Evidence => ({ kind: 'note', text: { nl, en } });

/** Control characters and bidi overrides out, and a length cap: a banner is attacker-controlled text. */
export function cleanLine(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?').slice(0, 300);
}

/** What the evidence of every check on this port starts with. */
function observationEvidence(o: ProbeObservation): Evidence[] {
  const ev: Evidence[] = [note(`Verbonden met ${o.address} poort ${o.port}.`, `Connected to ${o.address} port ${o.port}.`)];
  if (o.greeting !== null) ev.push(note(`Begroeting: ${o.greeting.map(cleanLine).join(' | ')}`, `Greeting: ${o.greeting.map(cleanLine).join(' | ')}`));
  const c = o.tls?.certificate;
  if (o.tls !== null) ev.push(note(`TLS: ${o.tls.version}, ${o.tls.cipher}`, `TLS: ${o.tls.version}, ${o.tls.cipher}`));
  if (c !== undefined && c !== null) {
    const names = c.altNames.join(', ') || c.subject;
    ev.push(
      note(
        `Certificaat: voor ${names}; uitgegeven door ${c.issuer}; geldig van ${c.notBefore.slice(0, 10)} tot ${c.notAfter.slice(0, 10)}`,
        `Certificate: for ${names}; issued by ${c.issuer}; valid from ${c.notBefore.slice(0, 10)} until ${c.notAfter.slice(0, 10)}`,
      ),
    );
  }
  if (o.failure !== null) ev.push(note(`Stap ${o.failure.step}: ${cleanLine(o.failure.detail)}`, `Step ${o.failure.step}: ${cleanLine(o.failure.detail)}`));
  return ev;
}

/**
 * The ways to log in a capability list offers. SMTP: the AUTH keyword of
 * EHLO (RFC 4954 §3). IMAP: AUTH=… and the LOGIN command, which is there
 * unless LOGINDISABLED says otherwise (RFC 3501 §6.2.3). POP3: SASL … and
 * USER (RFC 2449 §6.3, §6.8).
 */
export function authOffered(service: ProbeService, lines: readonly string[] | null): string[] {
  if (lines === null) return [];
  const protocol = SERVICES[service].protocol;
  if (protocol === 'smtp') {
    const line = lines.find((x) => /^250[ -]AUTH[ =]/i.test(x));
    return line === undefined ? [] : line.slice(9).trim().split(/\s+/).filter(Boolean).map((m) => m.toUpperCase());
  }
  if (protocol === 'imap') {
    const caps = lines.filter((x) => /^\* CAPABILITY /i.test(x)).flatMap((x) => x.slice(13).trim().split(/\s+/));
    const mechanisms = caps.filter((c) => /^AUTH=/i.test(c)).map((c) => c.slice(5).toUpperCase());
    const login = caps.length > 0 && !caps.some((c) => /^LOGINDISABLED$/i.test(c)) ? ['LOGIN-COMMAND'] : [];
    return [...mechanisms, ...login];
  }
  const sasl = lines.find((x) => /^SASL\b/i.test(x));
  const mechanisms = sasl === undefined ? [] : sasl.slice(4).trim().split(/\s+/).filter(Boolean).map((m) => m.toUpperCase());
  return [...mechanisms, ...(lines.some((x) => /^USER\s*$/i.test(x)) ? ['USER'] : [])];
}

function check(id: DiagnosisId, severity: ProbeCheck['severity'], words: W.Words, evidence: Evidence[]): ProbeCheck {
  return { id, status: 'problem', severity, title: words.title, summary: words.summary, evidence, fix: words.fix };
}

function couldNot(id: DiagnosisId, cause: Localized<string>, evidence: Evidence[]): ProbeCheck {
  return { id, status: 'could-not-check', severity: 'info', title: { nl: 'Kon niet worden gecontroleerd', en: 'Could not be checked' }, summary: cause, evidence };
}

function greetingWellFormed(service: ProbeService, greeting: readonly string[]): boolean {
  const first = greeting[0] ?? '';
  const last = greeting[greeting.length - 1] ?? '';
  switch (SERVICES[service].protocol) {
    case 'smtp':
      // RFC 5321 §4.3.1: "220 <domain> …"; every line of a multi-line greeting carries the code.
      return /^220 \S/.test(last) && greeting.every((line, i) => (i === greeting.length - 1 ? /^220 /.test(line) : /^220-/.test(line)));
    case 'imap':
      return /^\* (OK|PREAUTH)\b/i.test(first);
    case 'pop3':
      return /^\+OK\b/.test(first);
  }
}

const OUTDATED = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

export function judgeObservation(o: ProbeObservation, ctx: JudgeContext): ProbeCheck[] {
  const p = ctx.profile;
  const spec = SERVICES[o.service];
  const ev = observationEvidence(o);
  const out: ProbeCheck[] = [];
  const f = o.failure;

  if (f?.step === 'connect') {
    if (f.kind === 'refused') return [check('mail-port-closed', 'critical', W.portClosedWords(o.host, o.port, o.service, 'refused', p), ev)];
    if (f.kind === 'timeout') return [check('mail-port-closed', 'critical', W.portClosedWords(o.host, o.port, o.service, 'filtered', p), ev)];
    if (f.kind === 'unreachable') return [check('mail-port-closed', 'critical', W.portClosedWords(o.host, o.port, o.service, 'unreachable', p), ev)];
    return [couldNot('mail-port-closed', { nl: `De verbinding met ${o.host} poort ${o.port} mislukte: ${cleanLine(f.detail)}`, en: `The connection to ${o.host} port ${o.port} failed: ${cleanLine(f.detail)}` }, ev)];
  }

  if (f?.step === 'tls' && spec.tls === 'implicit') {
    const detail =
      f.kind === 'timeout'
        ? { nl: `De server nam de verbinding aan maar begon geen TLS binnen de tijd.`, en: `The server took the connection but did not start TLS in time.` }
        : { nl: `De server nam de verbinding aan maar de TLS-handshake mislukte (${cleanLine(f.detail)}).`, en: `The server took the connection but the TLS handshake failed (${cleanLine(f.detail)}).` };
    return [check('mail-tls-missing', 'critical', W.tlsMissingWords(o.host, o.port, o.service, detail, p), ev)];
  }

  // The greeting: none, or one that is not the protocol's "ready".
  if (o.greeting === null) {
    if (f !== null && f.step === 'greeting') return [check('mail-banner-invalid', 'critical', W.bannerWords(o.host, o.port, o.service, null, p), ev)];
  } else if (!greetingWellFormed(o.service, o.greeting)) {
    return [check('mail-banner-invalid', 'critical', W.bannerWords(o.host, o.port, o.service, cleanLine(o.greeting.join(' | ')), p), ev)];
  }

  // STARTTLS services: offered, accepted, and the handshake after it.
  if (spec.tls === 'starttls') {
    const inboundSeverity = o.service === 'smtp' ? 'warning' : 'critical';
    if (o.starttls === 'not-offered') {
      out.push(check('mail-tls-missing', inboundSeverity, W.tlsMissingWords(o.host, o.port, o.service, { nl: 'De server biedt geen STARTTLS aan.', en: 'The server does not offer STARTTLS.' }, p), ev));
    } else if (o.starttls === 'refused') {
      const reply = cleanLine(o.starttlsReply ?? '');
      out.push(check('mail-tls-missing', inboundSeverity, W.tlsMissingWords(o.host, o.port, o.service, { nl: `De server weigerde STARTTLS: ${reply}`, en: `The server refused STARTTLS: ${reply}` }, p), ev));
    } else if (f?.step === 'tls') {
      out.push(check('mail-tls-missing', inboundSeverity, W.tlsMissingWords(o.host, o.port, o.service, { nl: `Na STARTTLS mislukte de TLS-handshake (${cleanLine(f.detail)}).`, en: `After STARTTLS the TLS handshake failed (${cleanLine(f.detail)}).` }, p), ev));
    }
    const before = authOffered(o.service, o.capabilitiesBeforeTls);
    if (before.length > 0) {
      out.push(check('mail-auth-without-tls', o.service === 'smtp' ? 'warning' : 'critical', W.authWithoutTlsWords(o.host, o.port, o.service, before.join(' '), p), ev));
    }
  }

  const t = o.tls;
  if (t !== null) {
    if (OUTDATED.has(t.version)) out.push(check('mail-tls-outdated', o.service === 'smtp' ? 'warning' : 'critical', W.tlsOutdatedWords(o.host, o.port, o.service, t.version, p), ev));
    const c = t.certificate;
    if (c === null) {
      out.push(couldNot('mail-cert-untrusted', { nl: 'De server liet geen certificaat zien.', en: 'The server showed no certificate.' }, ev));
    } else {
      const dates = certificateDates(c, ctx.now);
      if (dates.kind === 'expired') out.push(check('mail-cert-expired', 'critical', W.certExpiredWords(o.host, o.port, o.service, c.notAfter, null, p), ev));
      if (dates.kind === 'expires-soon') out.push(check('mail-cert-expired', 'warning', W.certExpiredWords(o.host, o.port, o.service, c.notAfter, dates.days, p), ev));
      if (dates.kind === 'not-yet-valid') out.push(check('mail-cert-not-yet-valid', 'critical', W.certNotYetValidWords(o.host, o.port, o.service, c.notBefore, p), ev));
      if (!chainTrusted(t.chainError)) {
        out.push(check('mail-cert-untrusted', o.service === 'smtp' ? 'warning' : 'critical', W.certUntrustedWords(o.host, o.port, o.service, untrustedReason(t.chainError ?? ''), p), ev));
      }
      if (!certificateNameMatches(o.host, c)) {
        out.push(check('mail-cert-name-mismatch', o.service === 'smtp' ? 'warning' : 'critical', W.certNameWords(o.host, o.port, o.service, typeableNames(c), p), ev));
      }
    }
  }

  // A failure after the parts judged above: the rest could not be seen.
  if (f !== null && f.step !== 'tls' && f.step !== 'greeting' && out.length === 0) {
    out.push(couldNot('mail-banner-invalid', { nl: `Het gesprek met de server brak af bij stap ${f.step}: ${cleanLine(f.detail)}`, en: `The conversation with the server broke off at step ${f.step}: ${cleanLine(f.detail)}` }, ev));
  }
  return out;
}
