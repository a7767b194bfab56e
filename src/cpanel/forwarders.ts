/**
 * Forwarders: UAPI `Email::list_forwarders` (address → destination) and
 * `Email::list_domain_forwarders` (whole domain → domain), shared/reference/
 * cpanel-api.md §3.5. A destination can be an address, a `|pipe`, `:fail:`
 * or `:blackhole:` (backing file /etc/valiases/<domain>).
 */
import { z } from 'zod';
import type { DomainForwarder, Forwarder, ForwardKind, Observed } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { describeGatewayCall } from './call-data';
import { readRows, type RowReader } from './rows';

function classifyDestination(destination: string): { kind: ForwardKind; domain: string | null } {
  const d = destination.trim();
  if (d.startsWith('|') || d.startsWith('"|')) return { kind: 'pipe', domain: null };
  if (/^:fail:/i.test(d)) return { kind: 'fail', domain: null };
  if (/^:blackhole:/i.test(d)) return { kind: 'blackhole', domain: null };
  const at = d.lastIndexOf('@');
  if (at > 0 && at < d.length - 1) return { kind: 'address', domain: d.slice(at + 1).toLowerCase() };
  return { kind: 'other', domain: null };
}

/** A row needs both ends; one without them is skipped and noted. */
function ends(row: RowReader): { dest: string; forward: string } | undefined {
  const dest = row.required('dest', z.string().min(1));
  if (dest !== undefined) row.subject = dest.toLowerCase();
  const forward = row.required('forward', z.string().min(1));
  return dest === undefined || forward === undefined ? undefined : { dest, forward };
}

/**
 * The forwarders of one domain. The docs mark `domain` as required
 * (https://api.docs.cpanel.net/openapi/cpanel/operation/list_forwarders/),
 * so callers ask per domain.
 */
export async function listForwarders(gateway: CpanelGateway, domain: string): Promise<Observed<Forwarder[]>> {
  const result = await gateway.uapi('Email', 'list_forwarders', { domain });
  return readRows(result.data, describeGatewayCall(gateway, 'uapi', 'list_forwarders', 'Email'), (row) => {
    const pair = ends(row);
    if (pair === undefined) return undefined;
    const { kind, domain: destinationDomain } = classifyDestination(pair.forward);
    return { source: pair.dest.toLowerCase(), destination: pair.forward, kind, destinationDomain };
  });
}

export async function listDomainForwarders(gateway: CpanelGateway, domain: string): Promise<Observed<DomainForwarder[]>> {
  const result = await gateway.uapi('Email', 'list_domain_forwarders', { domain });
  return readRows(result.data, describeGatewayCall(gateway, 'uapi', 'list_domain_forwarders', 'Email'), (row) => {
    const pair = ends(row);
    return pair === undefined ? undefined : { domain: pair.dest.toLowerCase(), destinationDomain: pair.forward.toLowerCase() };
  });
}
