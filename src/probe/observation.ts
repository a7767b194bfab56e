/**
 * What the probe saw on one connection, as plain data: the connection edge
 * (connect.ts, dialogue.ts) fills it, the pure judge (judge.ts) reads it.
 */
import type { ProbeService } from './services';

/** The certificate the server showed, as read from the handshake. */
export interface CertificateFacts {
  /** The subject's common name ("" when it has none). */
  readonly subject: string;
  /** DNS names and IP addresses of subjectAltName, in order. */
  readonly altNames: readonly string[];
  readonly issuer: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  readonly fingerprint256: string;
}

export interface TlsFacts {
  /** "TLSv1.3", "TLSv1.2", "TLSv1" … as the handshake reports it. */
  readonly version: string;
  readonly cipher: string;
  readonly certificate: CertificateFacts | null;
  /**
   * OpenSSL's verdict on the chain against the trusted roots (system store
   * plus --ca-file): null when the chain is trusted, else its code
   * ("CERT_HAS_EXPIRED", "DEPTH_ZERO_SELF_SIGNED_CERT", …). The host name is
   * judged apart from this (certificate.ts).
   */
  readonly chainError: string | null;
}

export type ProbeStep = 'connect' | 'tls' | 'greeting' | 'capabilities' | 'starttls' | 'capabilities-after-tls' | 'quit';

export interface StepFailure {
  readonly step: ProbeStep;
  readonly kind: 'refused' | 'timeout' | 'unreachable' | 'closed' | 'too-long' | 'tls-failed' | 'error';
  /** The system's or the TLS library's own words, for the evidence. */
  readonly detail: string;
}

export interface ProbeObservation {
  /** The name as the customer types it (or the address when none was given). */
  readonly host: string;
  readonly address: string;
  readonly port: number;
  readonly service: ProbeService;
  /** The greeting lines exactly as read (without CRLF); null when none came. */
  readonly greeting: readonly string[] | null;
  /** EHLO / CAPABILITY / CAPA lines before TLS (STARTTLS services only). */
  readonly capabilitiesBeforeTls: readonly string[] | null;
  /** Whether the server offered and accepted STARTTLS (null for implicit TLS). */
  readonly starttls: 'not-offered' | 'accepted' | 'refused' | null;
  readonly starttlsReply: string | null;
  readonly tls: TlsFacts | null;
  /** EHLO / CAPABILITY / CAPA lines over TLS. */
  readonly capabilitiesAfterTls: readonly string[] | null;
  /** The first step that did not work; the steps after it did not run. */
  readonly failure: StepFailure | null;
  readonly elapsedMs: number;
}
