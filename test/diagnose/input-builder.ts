/**
 * Builds audit inputs for the check tests: a healthy account (every check
 * must find nothing wrong) that a test then breaks in one place.
 */
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { DnsObservation, DnsOutcome, DnsRecordType } from '../../src/dns/types';
import { defaultClassifier } from '../../src/kb/classify';
import { parseReply } from '../../src/smtp/reply';
import {
  dnsKey,
  type AccountSnapshot,
  type AuditInput,
  type DeliveryEvent,
  type DnsFacts,
  type Outcome,
  type Part,
} from '../../src/diagnose/model';

export const NOW = 1_795_000_000; // a fixed "now" (2026-11-18) so tests never depend on the clock
export const SERVER_IP = '203.0.113.10';
export const DOMAIN = 'bakkerij-jansen.nl';
/** A real 2048-bit RSA key (made with openssl): the sender requirements read its size. */
export const HEALTHY_DKIM_KEY =
  'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAulqQinxTxF3gti5LWevNuvwIsJynit1DoRuYSFgfX9tZF/q+YusvwOeQYpxwzlMqnkJZPpzkf6sPvvDkyyAoy9Hc3aPQbKM4R5SpZvETsT50ArKGIw4lsHw1V8AcItdMzZE79YsqoMjlfBgy8v9A+zRBV4UEJJx1a3bodjPm666rT/XwIj+pk3rpLZ3uS6jhDGJKvRR545Qlf6abwx9sO5/uCVMhegpwt41tf11nPGG/AFqGJHlevFY0MRr2cOg2xOf6KguUchrd7Ui5Oe62JFvRdh/0DCs9HxNR+h7uqZaUQR+9MHIn8A+zNoS5Ps7XN7qLSKI6Z5l44LlL/qDmFwIDAQAB';

export function okPart<T>(value: T): Part<T> {
  return { ok: true, value };
}

export function failedPart<T>(call: string, error: string): Part<T> {
  return { ok: false, call, error };
}

export function observation<T extends DnsRecordType>(type: T, name: string, outcome: DnsOutcome<T>): DnsObservation<T> {
  return { name, type, server: '127.0.0.1:53', at: new Date(NOW * 1000).toISOString(), outcome };
}

export function records<T extends DnsRecordType>(type: T, name: string, recs: unknown[]): DnsObservation<T> {
  return observation(type, name, { kind: 'records', records: recs, ttl: 300 } as unknown as DnsOutcome<T>);
}

export function txt(text: string): { text: string; chunks: string[] } {
  return { text, chunks: [text] };
}

function healthyDns(): DnsObservation[] {
  return [
    records('MX', DOMAIN, [{ preference: 0, exchange: `mail.${DOMAIN}` }]),
    records('A', `mail.${DOMAIN}`, [{ address: SERVER_IP }]),
    records('A', DOMAIN, [{ address: SERVER_IP }]),
    records('NS', DOMAIN, [{ name: 'ns1.hosting.example' }, { name: 'ns2.hosting.example' }]),
    records('TXT', DOMAIN, [txt(`v=spf1 +a +mx +ip4:${SERVER_IP} include:spf.hoasted.com ~all`)]),
    records('TXT', `_dmarc.${DOMAIN}`, [txt('v=DMARC1; p=none; rua=mailto:dmarc@bakkerij-jansen.nl')]),
    records('TXT', `default._domainkey.${DOMAIN}`, [txt(HEALTHY_DKIM_KEY)]),
    records('PTR', '10.113.0.203.in-addr.arpa', [{ name: 'server1.hosting.example' }]),
    records('A', 'server1.hosting.example', [{ address: SERVER_IP }]),
  ];
}

export function healthyAccount(): AccountSnapshot {
  const main = { domain: DOMAIN, kind: 'main' as const, documentRoot: '/home/jansen/public_html', ip: SERVER_IP };
  const auth = (domain: string) => ({ domain, state: 'VALID', valid: true, couldNotCheck: false, expected: null, currentRecords: [], error: null });
  return {
    user: 'jansen',
    contactEmail: 'eigenaar@bakkerij-jansen.nl',
    locale: 'nl',
    domains: okPart({ main, addon: [], sub: [], parked: [], all: [main] }),
    routing: okPart([{ domain: DOMAIN, configured: 'local', detected: 'local', effective: 'local', alwaysAccept: true, mxRecords: [{ exchange: `mail.${DOMAIN}`, priority: 0 }] }]),
    mailboxes: okPart([
      { email: `info@${DOMAIN}`, user: 'info', domain: DOMAIN, diskUsedBytes: 100 * 2 ** 20, quotaBytes: 2 ** 30, diskUsedPercent: 9.8, suspendedLogin: false, suspendedIncoming: false, suspendedOutgoing: false, holdOutgoing: false },
    ]),
    forwarders: okPart([]),
    domainForwarders: okPart([]),
    spam: okPart({ spamAssassinEnabled: true, spamBoxEnabled: false, autoDeleteEnabled: false, autoDeleteScore: null, rewritesSubjects: true, spamAsAcl: false }),
    clientSettings: okPart({ account: `info@${DOMAIN}`, incoming: { host: 'hostingsecure.email', port: 993, service: 'imap', username: `info@${DOMAIN}` }, outgoing: { host: 'hostingsecure.email', port: 465, insecurePort: 587, username: `info@${DOMAIN}` }, mailDomain: DOMAIN, plaintextAuthenticationAllowed: false }),
    spf: okPart([auth(DOMAIN)]),
    dkim: okPart([auth(DOMAIN)]),
    ptr: okPart([{ ...auth(DOMAIN), ipAddress: SERVER_IP, helo: 'server1.hosting.example', ptrNames: ['server1.hosting.example'] }]),
    dmarc: okPart({ available: true, value: [auth(DOMAIN)] }),
    limits: okPart({ maxEmailsPerHour: 500, maxDeferFailPercentage: 100, minDeferFailToTrigger: 5, outgoingMailHold: false, outgoingMailSuspended: false }),
    events: okPart({ events: [], overflowed: false }),
  };
}

export function healthyInput(): AuditInput {
  const dns: DnsFacts = {
    observations: new Map(healthyDns().map((o) => [dnsKey(o.type, o.name), o])),
    authoritativeMx: new Map([[DOMAIN, [records('MX', DOMAIN, [{ preference: 0, exchange: `mail.${DOMAIN}` }])]]]),
    blocklists: DEFAULT_PROFILE.blocklists.map((zone) => ({ zone, ip: SERVER_IP, status: 'not-listed' as const, codes: [] })),
  };
  return {
    account: healthyAccount(),
    server: { hostname: 'server1.hosting.example', ips: okPart([SERVER_IP]) },
    dns,
    window: { since: NOW - 7 * 86400, until: NOW },
    now: NOW,
    profile: DEFAULT_PROFILE,
  };
}

/** Replaces (or adds) DNS answers. */
export function withDns(input: AuditInput, ...observations: DnsObservation[]): AuditInput {
  const map = new Map(input.dns.observations);
  for (const o of observations) map.set(dnsKey(o.type, o.name), o);
  return { ...input, dns: { ...input.dns, observations: map } };
}

export function withAccount(input: AuditInput, change: Partial<AccountSnapshot>): AuditInput {
  return { ...input, account: { ...input.account, ...change } };
}

export interface EventSpec {
  message: string;
  outcome?: Outcome;
  sender?: string;
  recipient?: string;
  ago?: number; // seconds before NOW
  direction?: DeliveryEvent['direction'];
  spamScore?: number;
}

/** A delivery record as the collector builds it: parsed and classified. */
export function event(spec: EventSpec): DeliveryEvent {
  const outcome = spec.outcome ?? 'failed';
  const classified = outcome === 'failed' || outcome === 'deferred' || outcome === 'rejected';
  return {
    time: NOW - (spec.ago ?? 600),
    outcome,
    direction: spec.direction ?? 'outgoing',
    sender: spec.sender ?? `info@${DOMAIN}`,
    recipient: spec.recipient ?? 'klant@example.com',
    message: spec.message,
    router: 'dkim_lookuphost',
    transport: 'dkim_remote_smtp',
    remoteHost: null,
    remoteIp: null,
    messageId: null,
    senderAuth: 'dovecot_login',
    senderHost: null,
    spamScore: spec.spamScore ?? null,
    accountDomain: DOMAIN,
    classification: classified ? defaultClassifier().classify(parseReply(spec.message)) : null,
  };
}

export function withEvents(input: AuditInput, events: DeliveryEvent[]): AuditInput {
  return withAccount(input, { events: okPart({ events, overflowed: false }) });
}
