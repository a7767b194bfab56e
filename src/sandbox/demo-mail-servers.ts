/**
 * Mail servers for the sandbox's demo server name, so that the cPanel page's
 * "Set up your mail program" card can show a live ✓ without a real server:
 * small SMTP (465), IMAP (993) and POP3 (995) speakers with TLS from the
 * first byte, on loopback ports of their own, with a certificate made for
 * the demo host name at start (openssl). They greet, list capabilities and
 * say goodbye; they accept no mail and no login.
 *
 * The demo's names resolve to documentation addresses, which the probe never
 * connects to; `sandboxMailProbe` gives the card a view of the demo network
 * instead: the demo host name at this loopback address, its mail ports at
 * these servers' ports.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';
import type { DnsObservation, DnsRecordType, DnsResolver } from '../dns/types';
import { createConnectionProbe, type ConnectionProbe } from '../probe/connect';
import { systemRoots } from '../probe/trust-store';

const ADDRESS = '127.0.0.1';

export interface DemoMailServers {
  readonly hostname: string;
  readonly address: string;
  /** The standard port (465, 993, 995) → this server's port. */
  readonly ports: ReadonlyMap<number, number>;
  readonly certificatePem: string;
  close(): Promise<void>;
}

type Speaker = (socket: tls.TLSSocket, hostname: string) => void;

function lines(socket: tls.TLSSocket, onLine: (line: string) => void): void {
  let buffer = '';
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    if (buffer.length > 4096) socket.destroy();
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, at).replace(/\r$/, ''));
      buffer = buffer.slice(at + 1);
    }
  });
}

const smtp: Speaker = (s, host) => {
  s.write(`220 ${host} ESMTP Mail Doctor sandbox\r\n`);
  lines(s, (line) => {
    if (/^(EHLO|HELO)\b/i.test(line)) s.write(`250-${host}\r\n250-AUTH PLAIN LOGIN\r\n250 HELP\r\n`);
    else if (/^QUIT\b/i.test(line)) s.end('221 2.0.0 bye\r\n');
    else s.write('502 5.5.1 the sandbox accepts no mail\r\n');
  });
};

const imap: Speaker = (s, host) => {
  s.write(`* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ${host} Mail Doctor sandbox ready\r\n`);
  lines(s, (line) => {
    const [tag = '*', command = ''] = line.split(' ');
    if (/^CAPABILITY$/i.test(command)) s.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`);
    else if (/^LOGOUT$/i.test(command)) s.end(`* BYE\r\n${tag} OK bye\r\n`);
    else s.write(`${tag} NO the sandbox has no mailboxes\r\n`);
  });
};

const pop3: Speaker = (s, host) => {
  s.write(`+OK ${host} Mail Doctor sandbox ready\r\n`);
  lines(s, (line) => {
    if (/^CAPA$/i.test(line)) s.write('+OK\r\nSASL PLAIN\r\nUSER\r\n.\r\n');
    else if (/^QUIT$/i.test(line)) s.end('+OK bye\r\n');
    else s.write('-ERR the sandbox has no mailboxes\r\n');
  });
};

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, ADDRESS, () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** Starts the three servers; undefined when openssl is missing (the card then says it could not check). */
export async function startDemoMailServers(hostname: string): Promise<DemoMailServers | undefined> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mail-doctor-sandbox-mail-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
      '-days', '365', '-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname}`,
    ]);
    const options = { key: await readFile(key), cert: await readFile(cert) };
    const certificatePem = options.cert.toString('utf8');
    const servers: tls.Server[] = [];
    const ports = new Map<number, number>();
    for (const [port, speak] of [[465, smtp], [993, imap], [995, pop3]] as const) {
      const server = tls.createServer(options, (socket) => {
        socket.on('error', () => undefined);
        socket.setTimeout(30_000, () => socket.destroy());
        speak(socket, hostname);
      });
      server.on('tlsClientError', () => undefined);
      servers.push(server);
      ports.set(port, await listen(server));
    }
    return {
      hostname,
      address: ADDRESS,
      ports,
      certificatePem,
      close: async () => {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      },
    };
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The card's resolver and connection port in the sandbox: the demo host
 * name answers with the servers' loopback address, its mail ports lead to
 * the servers; every other name and port is asked and probed as usual.
 */
export async function sandboxMailProbe(servers: DemoMailServers, resolver: DnsResolver): Promise<{ resolver: DnsResolver; connection: ConnectionProbe }> {
  const name = servers.hostname.toLowerCase();
  const demoResolver: DnsResolver = {
    async query<T extends DnsRecordType>(asked: string, type: T): Promise<DnsObservation<T>> {
      if (asked.toLowerCase().replace(/\.$/, '') !== name || (type !== 'A' && type !== 'AAAA')) return resolver.query(asked, type);
      const outcome = type === 'A' ? { kind: 'records' as const, records: [{ address: servers.address }] } : { kind: 'nodata' as const };
      return { name, type, server: 'sandbox', at: new Date().toISOString(), outcome } as unknown as DnsObservation<T>;
    },
  };
  const real = createConnectionProbe({ stepTimeoutMs: 3000, trustedCa: [...(await systemRoots()), servers.certificatePem] });
  const connection: ConnectionProbe = {
    probe: (target) => real.probe({ ...target, port: target.address === servers.address ? (servers.ports.get(target.port) ?? target.port) : target.port }),
  };
  return { resolver: demoResolver, connection };
}
