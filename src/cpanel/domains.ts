/**
 * The account's domains: UAPI `DomainInfo::domains_data` (shared/reference/
 * cpanel-api.md §3.8; §8: `parked_domains` are plain names, not objects).
 */
import { z } from 'zod';
import type { AccountDomain, AccountDomains, DomainKind } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseList, looseOptionalString } from './loose';
import { uapiData } from './call-data';

const entry = z.object({ domain: z.string(), documentroot: looseOptionalString.optional(), ip: looseOptionalString.optional() }).loose();
// `parked_domains` holds strings (§8); objects are accepted too in case a version sends them.
const parkedEntry = z.union([z.string(), entry]);

const domainsDataSchema = z.object({
  main_domain: entry,
  addon_domains: looseList(entry),
  sub_domains: looseList(entry),
  parked_domains: looseList(parkedEntry),
});

function toDomain(kind: DomainKind, value: z.output<typeof entry> | string): AccountDomain {
  if (typeof value === 'string') return { domain: value.toLowerCase(), kind, documentRoot: null, ip: null };
  return { domain: value.domain.toLowerCase(), kind, documentRoot: value.documentroot ?? null, ip: value.ip ?? null };
}

export async function getDomains(gateway: CpanelGateway): Promise<AccountDomains> {
  const data = await uapiData(gateway, 'DomainInfo', 'domains_data', { format: 'hash' }, domainsDataSchema);
  const main = toDomain('main', data.main_domain);
  const addon = data.addon_domains.map((d) => toDomain('addon', d));
  const sub = data.sub_domains.map((d) => toDomain('sub', d));
  const parked = data.parked_domains.map((d) => toDomain('parked', d));
  return { main, addon, sub, parked, all: [main, ...addon, ...parked, ...sub] };
}
