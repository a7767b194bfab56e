/**
 * The connection probe: the only code that opens TCP and TLS connections to
 * mail servers. It greets, reads, asks for the capabilities, upgrades with
 * STARTTLS where the service uses it, and says goodbye; it never sends MAIL
 * FROM, RCPT TO, a user name or a password. Every step has a deadline and
 * every connection a cap on what it reads. Failures come back as values in
 * the observation, never as exceptions.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import { DEFAULT_READ_LIMITS, LineReader, type ReadLimits } from './line-reader';
import { runDialogue, type Session } from './dialogue';
import type { CertificateFacts, ProbeObservation, StepFailure, TlsFacts } from './observation';
import { SERVICES, type ProbeService } from './services';

interface ProbeTarget {
  /** The name the customer types; the TLS server name (SNI) unless it is an address. */
  readonly host: string;
  readonly address: string;
  readonly port: number;
  readonly service: ProbeService;
}

/** The port: what the pure code and the orchestration see of the network. */
export interface ConnectionProbe {
  probe(target: ProbeTarget): Promise<ProbeObservation>;
}

interface ConnectionProbeOptions {
  /** Deadline of each step (connect, TLS handshake, each reply). */
  readonly stepTimeoutMs: number;
  /** Trusted roots: the system store plus --ca-file, as PEM texts. */
  readonly trustedCa: readonly string[];
  readonly limits?: ReadLimits;
}

function errorKind(error: NodeJS.ErrnoException): StepFailure['kind'] {
  if (error.code === 'ECONNREFUSED') return 'refused';
  if (error.code === 'ETIMEDOUT') return 'timeout';
  if (error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH') return 'unreachable';
  return 'error';
}

function openTcp(address: string, port: number, timeoutMs: number): Promise<{ ok: true; socket: net.Socket } | { ok: false; failure: StepFailure }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, failure: { step: 'connect', kind: 'timeout', detail: `no answer to the connection within ${timeoutMs} ms (filtered?)` } });
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      // Errors after this show up as a closed stream or a failed handshake; an unheard 'error' event would end the process.
      socket.on('error', () => undefined);
      resolve({ ok: true, socket });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ok: false, failure: { step: 'connect', kind: errorKind(error), detail: error.message } });
    });
  });
}

function certificateFacts(cert: tls.PeerCertificate): CertificateFacts | null {
  if (cert === null || typeof cert !== 'object' || Object.keys(cert).length === 0) return null;
  const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
  const altNames = (cert.subjectaltname ?? '')
    .split(',')
    .map((s) => s.trim())
    .flatMap((s) => {
      const m = /^(DNS|IP Address):(.+)$/.exec(s);
      return m?.[2] !== undefined ? [m[2].trim()] : [];
    });
  const date = (text: string): string => {
    const t = Date.parse(text);
    return Number.isNaN(t) ? text : new Date(t).toISOString();
  };
  return {
    subject: one(cert.subject?.CN),
    altNames,
    issuer: one(cert.issuer?.CN) || one(cert.issuer?.O),
    notBefore: date(cert.valid_from),
    notAfter: date(cert.valid_to),
    fingerprint256: cert.fingerprint256 ?? '',
  };
}

/**
 * TLS over a fresh connection or over the plain one after STARTTLS. The
 * client accepts every protocol version and cipher so that it can *report*
 * an outdated server instead of failing on it; nothing secret is ever sent.
 */
function startTls(
  target: ProbeTarget,
  options: ConnectionProbeOptions,
  socket: net.Socket,
): Promise<{ ok: true; stream: tls.TLSSocket; facts: TlsFacts } | { ok: false; failure: StepFailure }> {
  return new Promise((resolve) => {
    const servername = net.isIP(target.host) === 0 ? target.host : undefined;
    const stream = tls.connect({
      socket,
      ...(servername === undefined ? {} : { servername }),
      ca: [...options.trustedCa],
      rejectUnauthorized: false,
      // The name is judged in certificate.ts against the name the customer types.
      checkServerIdentity: () => undefined,
      minVersion: 'TLSv1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
    });
    const timer = setTimeout(() => {
      stream.destroy();
      resolve({ ok: false, failure: { step: 'tls', kind: 'timeout', detail: `no TLS handshake within ${options.stepTimeoutMs} ms` } });
    }, options.stepTimeoutMs);
    stream.once('secureConnect', () => {
      clearTimeout(timer);
      stream.removeAllListeners('error');
      const cipher = stream.getCipher();
      const authError = stream.authorizationError as unknown;
      resolve({
        ok: true,
        stream,
        facts: {
          version: stream.getProtocol() ?? 'unknown',
          cipher: cipher.standardName ?? cipher.name,
          certificate: certificateFacts(stream.getPeerCertificate(false)),
          chainError: stream.authorized ? null : authError instanceof Error ? ((authError as NodeJS.ErrnoException).code ?? authError.message) : String(authError ?? 'unknown'),
        },
      });
    });
    stream.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      stream.destroy();
      resolve({ ok: false, failure: { step: 'tls', kind: 'tls-failed', detail: error.code !== undefined ? `${error.code}: ${error.message}` : error.message } });
    });
  });
}

export function createConnectionProbe(options: ConnectionProbeOptions): ConnectionProbe {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  return {
    async probe(target: ProbeTarget): Promise<ProbeObservation> {
      const began = Date.now();
      const spec = SERVICES[target.service];
      const base = { host: target.host, address: target.address, port: target.port, service: target.service };
      const empty = { greeting: null, capabilitiesBeforeTls: null, starttls: null, starttlsReply: null, tls: null, capabilitiesAfterTls: null };
      const opened = await openTcp(target.address, target.port, options.stepTimeoutMs);
      if (!opened.ok) return { ...base, ...empty, failure: opened.failure, elapsedMs: Date.now() - began };
      const reader = new LineReader(limits);
      let stream: Duplex = opened.socket;
      const sockets: Duplex[] = [opened.socket];
      let tlsFacts: TlsFacts | null = null;
      const session: Session = {
        protocol: spec.protocol,
        stepTimeoutMs: options.stepTimeoutMs,
        localAddress: opened.socket.localAddress ?? '127.0.0.1',
        read: (timeoutMs) => reader.next(timeoutMs),
        send: (line) => {
          stream.write(`${line}\r\n`);
        },
        upgrade: async () => {
          reader.detach();
          const secured = await startTls(target, options, opened.socket);
          if (!secured.ok) return secured;
          stream = secured.stream;
          sockets.push(secured.stream);
          tlsFacts = secured.facts;
          reader.attach(secured.stream);
          return { ok: true };
        },
      };
      try {
        if (spec.tls === 'implicit') {
          const secured = await startTls(target, options, opened.socket);
          if (!secured.ok) return { ...base, ...empty, failure: secured.failure, elapsedMs: Date.now() - began };
          stream = secured.stream;
          sockets.push(secured.stream);
          tlsFacts = secured.facts;
        }
        reader.attach(stream);
        const result = await runDialogue(session, spec.tls);
        return { ...base, ...result, tls: tlsFacts, elapsedMs: Date.now() - began };
      } finally {
        for (const s of sockets.reverse()) s.destroy();
      }
    },
  };
}
