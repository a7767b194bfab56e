/**
 * The emulator's whole state as the fix tests compare it: accounts as they
 * are, DNS records as a set (a zone edit may move a record to another line
 * or spell out its TTL, which changes nothing a resolver sees).
 */
import type { Scenario } from '../../src/sandbox/emulator/scenario-schema';

export function emulatorState(scenario: Scenario): string {
  const dns = scenario.dns.records.map((r) => JSON.stringify({ name: r.name, type: r.type, data: r.data })).sort();
  return JSON.stringify({ accounts: scenario.accounts, dns });
}
