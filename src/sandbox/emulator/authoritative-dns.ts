/**
 * The zone data the domains' own nameservers serve: the scenario's `dns`
 * with `dnsAuthoritative.records` replacing the records of the same name and
 * type. A sandbox that runs a second DNS server with this data (and points
 * the authoritative checks at it) can show an MX change that has not
 * propagated yet (catalogue id mx-not-propagated).
 */
import type { ZoneData } from '../../dns/zone-data';
import type { Scenario } from './scenario-schema';

function key(name: string, type: string): string {
  return `${name.toLowerCase().replace(/\.$/, '')} ${type}`;
}

export function authoritativeDnsData(scenario: Scenario): ZoneData {
  const overrides = scenario.dnsAuthoritative?.records ?? [];
  if (overrides.length === 0) return scenario.dns;
  const replaced = new Set(overrides.map((r) => key(r.name, r.type)));
  return {
    ...scenario.dns,
    records: [...scenario.dns.records.filter((r) => !replaced.has(key(r.name, r.type))), ...overrides],
  };
}
