/**
 * Which sources a problem was built from, and which sources a run could not
 * read (pure). Change detection uses the two so that a run in which Track
 * Delivery, a cPanel call or a DNS look-up failed does not "resolve" the
 * problems that came from it: they stay open with their first date, and the
 * next run that can read the source decides.
 *
 * Source names: `delivery` (Track Delivery or the Exim log), the cPanel call
 * as collect names it (`UAPI Email::list_mxs`), `dns:TYPE name`.
 */
import type { AuditInput, Finding } from './model';

const DELIVERY_SOURCE = 'delivery';

const dnsSource = (type: string, name: string): string => `dns:${type} ${name.toLowerCase().replace(/\.$/, '')}`;

/** The sources a finding's evidence came from. */
export function problemBasis(finding: Finding): string[] {
  const basis = new Set<string>();
  if (finding.count !== undefined) basis.add(DELIVERY_SOURCE);
  // A root cause made of parts (root-causes.ts) rests on what its parts were built from.
  for (const e of [finding, ...(finding.parts ?? [])].flatMap((f) => f.evidence)) {
    if (e.kind === 'event') basis.add(DELIVERY_SOURCE);
    else if (e.kind === 'account') basis.add(e.source);
    else if (e.kind === 'dns') basis.add(dnsSource(e.type, e.name));
  }
  return [...basis].sort();
}

/** The sources this audit could not read: failed cPanel calls, the delivery records, DNS look-ups without a usable answer. */
export function unreadSources(input: AuditInput): string[] {
  const unread = new Set<string>();
  const a = input.account;
  for (const part of [a.domains, a.routing, a.mailboxes, a.forwarders, a.domainForwarders, a.spam, a.clientSettings, a.spf, a.dkim, a.ptr, a.dmarc, a.limits]) {
    if (!part.ok) unread.add(part.call);
  }
  if (!a.events.ok) {
    unread.add(DELIVERY_SOURCE);
    unread.add(a.events.call);
  }
  if (!input.server.ips.ok) unread.add(input.server.ips.call);
  for (const o of input.dns.observations.values()) {
    if (o.outcome.kind === 'error') unread.add(dnsSource(o.type, o.name));
  }
  return [...unread].sort();
}
