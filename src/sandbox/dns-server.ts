/**
 * A DNS server on loopback for the sandbox and the tests: UDP and TCP on one
 * port (RFC 1035 §4.2, RFC 7766), answering from scenario zone data through
 * the pure answering logic in dns-answer.ts. The production resolver talks to
 * it over the real wire, so the tests exercise the code that runs in
 * production.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import type { DnsServerAddress } from '../dns/server-address';
import type { ZoneData, ZoneFault } from '../dns/zone-data';
import { answerMessage, encodeResponse, encodeUdpResponse, indexZoneData, type ZoneIndex } from './dns-answer';
import type * as dnsPacket from 'dns-packet';

interface DnsServerOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: the system picks a free port, read it from the handle. */
  readonly port?: number;
  readonly data?: ZoneData;
  /** Close TCP connections idle this long (RFC 7766 §6.2.3 lets servers do so). Default 10 s. */
  readonly tcpIdleMs?: number;
}

interface DnsQueryLogEntry {
  readonly name: string;
  readonly type: string;
  readonly transport: 'udp' | 'tcp';
}

export interface RunningDnsServer {
  readonly host: string;
  readonly port: number;
  /** "host:port", ready for a resolver's server list. */
  readonly address: string;
  readonly server: DnsServerAddress;
  /** Replaces all zone data, faults included. */
  setData(data: ZoneData): void;
  addFault(fault: ZoneFault): void;
  clearFaults(): void;
  /** Every readable question received, in order (to see what a client really sent). */
  queries(): readonly DnsQueryLogEntry[];
  clearQueries(): void;
  close(): Promise<void>;
}

const EMPTY: ZoneData = { zones: [], records: [], faults: [] };
const BIND_ATTEMPTS = 10;

function listenTcp(server: net.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

function bindUdp(socket: dgram.Socket, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    socket.once('error', onError);
    socket.bind({ address: host, port, exclusive: true }, () => {
      socket.off('error', onError);
      resolve();
    });
  });
}

/**
 * Starts the server; rejects only when no port could be bound. UDP and TCP
 * must share the port, so with port 0 a port that is free for TCP but taken
 * for UDP is given back and another one tried.
 */
export async function startDnsServer(options: DnsServerOptions = {}): Promise<RunningDnsServer> {
  const host = options.host ?? '127.0.0.1';
  const family = net.isIPv6(host) ? 6 : 4;
  const tcpIdleMs = options.tcpIdleMs ?? 10_000;
  let data = options.data ?? EMPTY;
  let index: ZoneIndex = indexZoneData(data);
  const log: DnsQueryLogEntry[] = [];
  const connections = new Set<net.Socket>();

  /** The response bytes, or undefined to stay silent. */
  const handle = (message: Buffer, transport: 'udp' | 'tcp'): Buffer | undefined => {
    const { decision, question } = answerMessage(index, message);
    if (question !== undefined) log.push({ ...question, transport });
    if (decision.kind === 'drop') return undefined;
    try {
      return transport === 'udp' ? encodeUdpResponse(decision.response) : encodeResponse(decision.response);
    } catch {
      // Data dns-packet cannot encode (a label over 63 octets in a scenario, say): fail like a broken server would.
      const failed: dnsPacket.Packet = { ...decision.response, answers: [], authorities: [], additionals: [], flags: ((decision.response.flags ?? 0) & ~0xf) | 2 };
      return encodeResponse(failed);
    }
  };

  const tcp = net.createServer((socket) => {
    connections.add(socket);
    let buffered = Buffer.alloc(0);
    socket.setTimeout(tcpIdleMs, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => connections.delete(socket));
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      // RFC 7766 §6.2.1: several queries may arrive on one connection; answer each.
      while (buffered.length >= 2) {
        const size = buffered.readUInt16BE(0);
        if (buffered.length < 2 + size) break;
        const message = buffered.subarray(2, 2 + size);
        buffered = buffered.subarray(2 + size);
        const response = handle(message, 'tcp');
        if (response === undefined) continue;
        const length = Buffer.alloc(2);
        length.writeUInt16BE(response.length, 0);
        socket.write(Buffer.concat([length, response]));
      }
    });
  });
  tcp.on('error', () => undefined);

  let udp: dgram.Socket | undefined;
  let port = 0;
  let lastError: unknown;
  for (let attempt = 0; attempt < BIND_ATTEMPTS && udp === undefined; attempt++) {
    try {
      port = await listenTcp(tcp, host, options.port ?? 0);
    } catch (error) {
      lastError = error;
      break;
    }
    const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
    try {
      await bindUdp(socket, host, port);
      udp = socket;
    } catch (error) {
      lastError = error;
      socket.close();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
      if (options.port !== undefined && options.port !== 0) break;
    }
  }
  if (udp === undefined) {
    if (tcp.listening) await new Promise<void>((resolve) => tcp.close(() => resolve()));
    throw new Error(`the DNS server could not bind ${host}:${options.port ?? 0}: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
  }
  const udpSocket = udp;
  // A send error (client gone) must not take the server down.
  udpSocket.on('error', () => undefined);
  udpSocket.on('message', (message, remote) => {
    const response = handle(message, 'udp');
    if (response !== undefined) udpSocket.send(response, remote.port, remote.address, () => undefined);
  });

  let closed: Promise<void> | undefined;
  return {
    host,
    port,
    address: family === 6 ? `[${host}]:${port}` : `${host}:${port}`,
    server: { host, port, family },
    setData(next: ZoneData): void {
      data = next;
      index = indexZoneData(data);
    },
    addFault(fault: ZoneFault): void {
      data = { ...data, faults: [...data.faults, fault] };
      index = indexZoneData(data);
    },
    clearFaults(): void {
      data = { ...data, faults: [] };
      index = indexZoneData(data);
    },
    queries: () => [...log],
    clearQueries(): void {
      log.length = 0;
    },
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve) => {
        for (const socket of connections) socket.destroy();
        let pending = 2;
        const done = (): void => {
          pending -= 1;
          if (pending === 0) resolve();
        };
        tcp.close(() => done());
        udpSocket.close(() => done());
      });
      return closed;
    },
  };
}
