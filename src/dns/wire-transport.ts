/**
 * Moving one DNS message to one server and back: UDP (RFC 1035 §4.2.1) and
 * TCP with its two-octet length prefix (RFC 1035 §4.2.2, RFC 7766 §8).
 * Failures are values; nothing here throws.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { DnsServerAddress } from './server-address';

type ExchangeResult =
  | { readonly ok: true; readonly message: Buffer }
  | { readonly ok: false; readonly reason: 'timeout' | 'network'; readonly detail: string };

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== undefined ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * Sends the query over UDP and waits for the first datagram `isAnswer`
 * accepts; others (late answers to an earlier try, spoofing attempts) are
 * ignored (RFC 5452 §9.1). The socket is connected, so only datagrams from
 * the server itself arrive, and an ICMP "port unreachable" surfaces as an
 * error instead of a timeout.
 */
export function exchangeUdp(
  server: DnsServerAddress,
  query: Buffer,
  timeoutMs: number,
  isAnswer: (message: Buffer) => boolean,
): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(server.family === 6 ? 'udp6' : 'udp4');
    let done = false;
    const finish = (result: ExchangeResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.removeAllListeners('message');
      // Errors after we are done (e.g. a late ICMP message) have nowhere to go.
      socket.on('error', () => undefined);
      try {
        socket.close();
      } catch {
        // Already closed by a failed bind; nothing left to release.
      }
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', detail: `no UDP answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('error', (error) => finish({ ok: false, reason: 'network', detail: describe(error) }));
    socket.on('message', (message) => {
      if (isAnswer(message)) finish({ ok: true, message });
    });
    socket.connect(server.port, server.host, () => {
      socket.send(query, (error) => {
        if (error) finish({ ok: false, reason: 'network', detail: describe(error) });
      });
    });
  });
}

/** Sends the query over TCP and reads one length-prefixed message back. */
export function exchangeTcp(server: DnsServerAddress, query: Buffer, timeoutMs: number): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    let done = false;
    let received = Buffer.alloc(0);
    const socket = net.createConnection({ host: server.host, port: server.port });
    const finish = (result: ExchangeResult): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', detail: `no TCP answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('error', (error) => finish({ ok: false, reason: 'network', detail: describe(error) }));
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length, 0);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length >= 2 + size) finish({ ok: true, message: received.subarray(2, 2 + size) });
    });
    socket.on('end', () => finish({ ok: false, reason: 'network', detail: 'the server closed the TCP connection before a full answer' }));
  });
}
