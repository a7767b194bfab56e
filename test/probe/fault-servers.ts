/**
 * Small node servers for faults the real servers cannot be made to show: a
 * closed port, a port that accepts and says nothing, a greeting that is not
 * mail, and a server that speaks only TLS 1.0. All on 127.0.0.2, port 0.
 */
import net from 'node:net';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import type { KeyPair } from './certificates';
import { SERVER_ADDRESS } from './real-servers';

export interface FaultServer {
  readonly port: number;
  close(): Promise<void>;
}

function listening(server: net.Server): Promise<FaultServer> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, SERVER_ADDRESS, () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** A port nobody listens on: bound, read, released. */
export async function closedPort(): Promise<number> {
  const s = await listening(net.createServer());
  await s.close();
  return s.port;
}

export function silentServer(): Promise<FaultServer> {
  return listening(net.createServer(() => undefined));
}

export function garbageServer(): Promise<FaultServer> {
  return listening(net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')));
}

/** IMAP over TLS 1.0 only (OpenSSL 3 needs security level 0 for it). */
export function tls10ImapServer(pair: KeyPair): Promise<FaultServer> {
  const server = tls.createServer({ key: readFileSync(pair.key), cert: readFileSync(pair.cert), minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' }, (s) => {
    s.on('error', () => undefined);
    s.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n');
    s.on('data', (d: Buffer) => {
      const tag = d.toString().split(' ')[0] ?? '*';
      if (/LOGOUT/i.test(d.toString())) s.end(`* BYE\r\n${tag} OK bye\r\n`);
      else s.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`);
    });
  });
  return listening(server);
}
