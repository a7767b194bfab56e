/**
 * The machine's own DNS servers, for when the configuration names none.
 * Reads /etc/resolv.conf; falls back to what node's resolver was configured
 * with. Reads only: node's global resolver is never changed.
 */
import { readFile } from 'node:fs/promises';
import { getServers } from 'node:dns';
import { nameserversFromResolvConf, parseServerAddress, type DnsServerAddress } from './server-address';

export async function systemDnsServers(resolvConfPath = '/etc/resolv.conf'): Promise<DnsServerAddress[]> {
  let configured: string[] = [];
  try {
    configured = nameserversFromResolvConf(await readFile(resolvConfPath, 'utf8'));
  } catch {
    // No readable resolv.conf (containers, Windows): node's own list below is the answer.
  }
  if (configured.length === 0) configured = getServers();
  const servers: DnsServerAddress[] = [];
  for (const text of configured) {
    const parsed = parseServerAddress(text);
    if (parsed.ok) servers.push(parsed.server);
  }
  return servers;
}
