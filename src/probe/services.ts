/**
 * The mail services a mail program (or another mail server) connects to, and
 * which port list to probe. Pure.
 *
 * Ports and TLS modes: RFC 8314 §3 (465 submissions and 993/995 with TLS from
 * the first byte), RFC 6409 (587 submission with STARTTLS), RFC 3207 (SMTP
 * STARTTLS on 25), RFC 3501 §6.2.1 / RFC 2595 §4 (IMAP STARTTLS, POP3 STLS).
 */
export type ProbeService = 'smtp' | 'submission' | 'smtps' | 'imaps' | 'pop3s' | 'imap' | 'pop3';
export type MailProtocol = 'smtp' | 'imap' | 'pop3';
export type TlsMode = 'implicit' | 'starttls';

interface ServiceSpec {
  readonly service: ProbeService;
  readonly protocol: MailProtocol;
  readonly tls: TlsMode;
  readonly defaultPort: number;
  /** Mail programs log in here, so AUTH and TLS matter to a person. */
  readonly forMailPrograms: boolean;
}

export const SERVICES: Readonly<Record<ProbeService, ServiceSpec>> = {
  smtps: { service: 'smtps', protocol: 'smtp', tls: 'implicit', defaultPort: 465, forMailPrograms: true },
  submission: { service: 'submission', protocol: 'smtp', tls: 'starttls', defaultPort: 587, forMailPrograms: true },
  smtp: { service: 'smtp', protocol: 'smtp', tls: 'starttls', defaultPort: 25, forMailPrograms: false },
  imaps: { service: 'imaps', protocol: 'imap', tls: 'implicit', defaultPort: 993, forMailPrograms: true },
  pop3s: { service: 'pop3s', protocol: 'pop3', tls: 'implicit', defaultPort: 995, forMailPrograms: true },
  imap: { service: 'imap', protocol: 'imap', tls: 'starttls', defaultPort: 143, forMailPrograms: true },
  pop3: { service: 'pop3', protocol: 'pop3', tls: 'starttls', defaultPort: 110, forMailPrograms: true },
};

export interface PortPlan {
  readonly port: number;
  readonly service: ProbeService;
}

/** What a probe without --ports checks: the article's ports and the inbound MX. */
export const DEFAULT_PORTS: readonly PortPlan[] = [465, 587, 25, 993, 995].map((port) => ({ port, service: serviceForPort(port) as ProbeService }));

export function serviceForPort(port: number): ProbeService | undefined {
  return (Object.values(SERVICES).find((s) => s.defaultPort === port) ?? undefined)?.service;
}

function isService(text: string): text is ProbeService {
  return Object.prototype.hasOwnProperty.call(SERVICES, text);
}

/**
 * "465,587,993", and "SERVICE:PORT" for a service on another port
 * ("smtps:2465"); 143 and 110 are probed with STARTTLS.
 */
export function parsePortList(text: string): { ok: true; ports: PortPlan[] } | { ok: false; error: string } {
  const ports: PortPlan[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    const m = /^(?:([a-z0-9]+):)?(\d{1,5})$/.exec(entry);
    const port = m === null ? NaN : Number(m[2]);
    if (m === null || !Number.isInteger(port) || port < 1 || port > 65535) {
      return { ok: false, error: `--ports: "${raw.trim()}" is not a port (e.g. 465) or SERVICE:PORT (e.g. smtps:2465)` };
    }
    const named = m[1];
    if (named !== undefined && !isService(named)) {
      return { ok: false, error: `--ports: unknown service "${named}" (known: ${Object.keys(SERVICES).join(', ')})` };
    }
    const service = named ?? serviceForPort(port);
    if (service === undefined) return { ok: false, error: `--ports: say which service runs on ${port}, e.g. smtps:${port}` };
    if (ports.some((p) => p.port === port)) return { ok: false, error: `--ports: ${port} is given twice` };
    ports.push({ port, service });
  }
  if (ports.length === 0) return { ok: false, error: '--ports: give at least one port' };
  return { ok: true, ports };
}
