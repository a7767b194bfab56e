/**
 * Which host names to probe when none are given: the names a customer is
 * told to type. From the provider profile (its mail server) and from the
 * account (mail.DOMAIN for each mail domain, and the incoming and outgoing
 * servers of cPanel's Email::get_client_settings). Pure. A visitor of the
 * pages never names a host: these are the only sources.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { AccountDomains, ClientSettings } from '../diagnose/observations';
import type { HostSource } from './model';

export interface HostToProbe {
  readonly host: string;
  readonly source: HostSource;
}

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function clean(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

export function profileHosts(profile: ProviderProfile): HostToProbe[] {
  return [{ host: clean(profile.mailServer), source: 'profile' }];
}

export function accountHosts(domains: AccountDomains | null, settings: ClientSettings | null): HostToProbe[] {
  const names: string[] = [];
  if (settings !== null) names.push(settings.incoming.host, settings.outgoing.host);
  if (domains !== null) {
    for (const d of [domains.main, ...domains.addon, ...domains.parked, ...domains.sub]) names.push(`mail.${d.domain}`);
  }
  return names.map(clean).filter((n) => HOST.test(n)).map((host) => ({ host, source: 'account' as const }));
}

/** One entry per name, the first source winning (so one connection per host and port). */
export function uniqueHosts(hosts: readonly HostToProbe[]): HostToProbe[] {
  const seen = new Set<string>();
  return hosts.filter((h) => {
    const key = clean(h.host);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The mail host names of an audited account, from what the audit already collected. */
export function auditedAccountHosts(domains: { ok: true; value: AccountDomains } | { ok: false }, settings: { ok: true; value: ClientSettings | null } | { ok: false }): HostToProbe[] {
  return uniqueHosts(accountHosts(domains.ok ? domains.value : null, settings.ok ? settings.value : null));
}
