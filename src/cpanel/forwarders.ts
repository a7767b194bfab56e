/**
 * Forwarders: UAPI `Email::list_forwarders` (address → destination) and
 * `Email::list_domain_forwarders` (whole domain → domain), shared/reference/
 * cpanel-api.md §3.5. A destination can be an address, a `|pipe`, `:fail:`
 * or `:blackhole:` (backing file /etc/valiases/<domain>).
 */
import { z } from 'zod';
import type { CpanelGateway } from './gateway';
import { looseList } from './loose';
import { uapiData } from './call-data';

export type ForwardKind = 'address' | 'pipe' | 'fail' | 'blackhole' | 'other';

export interface Forwarder {
  readonly source: string;
  readonly destination: string;
  readonly kind: ForwardKind;
  /** Domain part of an address destination (e.g. gmail.com), lower-cased; null for pipes and the like. */
  readonly destinationDomain: string | null;
}

export interface DomainForwarder {
  readonly domain: string;
  readonly destinationDomain: string;
}

const forwarderSchema = z.object({ dest: z.string(), forward: z.string() }).loose();

function classifyDestination(destination: string): { kind: ForwardKind; domain: string | null } {
  const d = destination.trim();
  if (d.startsWith('|') || d.startsWith('"|')) return { kind: 'pipe', domain: null };
  if (/^:fail:/i.test(d)) return { kind: 'fail', domain: null };
  if (/^:blackhole:/i.test(d)) return { kind: 'blackhole', domain: null };
  const at = d.lastIndexOf('@');
  if (at > 0 && at < d.length - 1) return { kind: 'address', domain: d.slice(at + 1).toLowerCase() };
  return { kind: 'other', domain: null };
}

export async function listForwarders(gateway: CpanelGateway, domain?: string): Promise<Forwarder[]> {
  const rows = await uapiData(gateway, 'Email', 'list_forwarders', { domain }, looseList(forwarderSchema));
  return rows.map((row) => {
    const { kind, domain: destinationDomain } = classifyDestination(row.forward);
    return { source: row.dest.toLowerCase(), destination: row.forward, kind, destinationDomain };
  });
}

export async function listDomainForwarders(gateway: CpanelGateway, domain: string): Promise<DomainForwarder[]> {
  const rows = await uapiData(gateway, 'Email', 'list_domain_forwarders', { domain }, looseList(forwarderSchema));
  return rows.map((row) => ({ domain: row.dest.toLowerCase(), destinationDomain: row.forward.toLowerCase() }));
}
