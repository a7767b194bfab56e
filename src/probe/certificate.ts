/**
 * Judging a server certificate against the name the customer types, the
 * clock and the chain verdict. Pure.
 */
import { isIP } from 'node:net';
import type { CertificateFacts } from './observation';

/**
 * RFC 6125 §6.4: the DNS names of subjectAltName decide; the common name
 * only when there are none. A wildcard stands for exactly one whole label,
 * and only as the left-most label (§6.4.3).
 */
export function certificateNameMatches(host: string, cert: CertificateFacts): boolean {
  const wanted = host.toLowerCase().replace(/\.$/, '');
  if (isIP(wanted) !== 0) return cert.altNames.some((n) => n.toLowerCase() === wanted);
  const dnsNames = cert.altNames.filter((n) => isIP(n) === 0);
  const names = dnsNames.length > 0 ? dnsNames : cert.subject === '' ? [] : [cert.subject];
  return names.some((pattern) => {
    const p = pattern.toLowerCase().replace(/\.$/, '');
    if (!p.startsWith('*.')) return p === wanted;
    const rest = p.slice(2);
    const dot = wanted.indexOf('.');
    return dot > 0 && wanted.slice(dot + 1) === rest && rest.includes('.');
  });
}

/** Names a mail program will accept for this certificate (wildcards left out: they are not names one can type). */
export function typeableNames(cert: CertificateFacts): string[] {
  const names = cert.altNames.length > 0 ? cert.altNames : [cert.subject];
  return [...new Set(names.filter((n) => n !== '' && !n.startsWith('*.') && isIP(n) === 0).map((n) => n.toLowerCase()))];
}

/** OpenSSL verify codes that are about the dates, which are judged apart. */
const DATE_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

export function chainTrusted(chainError: string | null): boolean {
  return chainError === null || DATE_CODES.has(chainError);
}

/** The chain verdict in words. Codes: OpenSSL's X509_V_ERR_* names as node reports them. */
export function untrustedReason(chainError: string): { nl: string; en: string } {
  switch (chainError) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return { nl: 'het certificaat is door de server zelf ondertekend (self-signed)', en: 'the certificate is signed by the server itself (self-signed)' };
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return { nl: 'de keten eindigt bij een eigen, niet vertrouwde root', en: 'the chain ends at a private root nobody trusts' };
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return {
        nl: 'de uitgever is onbekend, of de server stuurt het tussencertificaat niet mee',
        en: 'the issuer is unknown, or the server does not send the intermediate certificate',
      };
    default:
      return { nl: `de keten wordt niet vertrouwd (${chainError})`, en: `the chain is not trusted (${chainError})` };
  }
}

const EXPIRY_WARNING_DAYS = 14;

type DateVerdict = { kind: 'valid' } | { kind: 'expired' } | { kind: 'expires-soon'; days: number } | { kind: 'not-yet-valid' };

export function certificateDates(cert: CertificateFacts, now: Date): DateVerdict {
  const notBefore = Date.parse(cert.notBefore);
  const notAfter = Date.parse(cert.notAfter);
  const t = now.getTime();
  if (!Number.isNaN(notBefore) && t < notBefore) return { kind: 'not-yet-valid' };
  if (!Number.isNaN(notAfter) && t > notAfter) return { kind: 'expired' };
  if (!Number.isNaN(notAfter)) {
    const days = Math.floor((notAfter - t) / 86_400_000);
    if (days < EXPIRY_WARNING_DAYS) return { kind: 'expires-soon', days };
  }
  return { kind: 'valid' };
}
