/**
 * Which DNS server to ask, as configured: "IP" or "IP:PORT", IPv6 either bare
 * or as "[IP]:PORT" (the form node's dns.getServers() prints). Pure.
 */
import { isIP } from 'node:net';

export interface DnsServerAddress {
  readonly host: string;
  readonly port: number;
  readonly family: 4 | 6;
}

type ParsedServerAddress =
  | { readonly ok: true; readonly server: DnsServerAddress }
  | { readonly ok: false; readonly error: string };

const DEFAULT_PORT = 53;

function withPort(host: string, portText: string | undefined, original: string): ParsedServerAddress {
  const family = isIP(host);
  if (family !== 4 && family !== 6) return { ok: false, error: `"${original}" is not an IP address` };
  let port = DEFAULT_PORT;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText)) return { ok: false, error: `"${original}" has no valid port` };
    port = Number(portText);
    if (port < 1 || port > 65535) return { ok: false, error: `"${original}" has a port outside 1–65535` };
  }
  return { ok: true, server: { host, port, family } };
}

export function parseServerAddress(text: string): ParsedServerAddress {
  const trimmed = text.trim();
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(trimmed);
  if (bracketed) return withPort(bracketed[1] ?? '', bracketed[2], trimmed);
  // More than one colon and no brackets: a bare IPv6 address, never with a port.
  if ((trimmed.match(/:/g) ?? []).length > 1) return withPort(trimmed, undefined, trimmed);
  const [host, port] = trimmed.split(':');
  return withPort(host ?? '', port, trimmed);
}

/** "IP" for port 53, "IP:PORT" otherwise, IPv6 in brackets when a port is shown. */
export function formatServerAddress(server: DnsServerAddress): string {
  if (server.port === DEFAULT_PORT) return server.host;
  return server.family === 6 ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}

/** The `nameserver` lines of a resolv.conf(5) text, in order. */
export function nameserversFromResolvConf(text: string): string[] {
  const servers: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*nameserver\s+(\S+)/.exec(line);
    if (match?.[1] !== undefined) servers.push(match[1]);
  }
  return servers;
}
