/** The loopback DNS server on the wire: garbage, TCP framing, and shutting down. */
import dgram from 'node:dgram';
import net from 'node:net';
import * as dnsPacket from 'dns-packet';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { WireResolver } from '../../src/dns/wire-resolver';
import { sandboxZone } from './sandbox-zone';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let server: RunningDnsServer;

beforeAll(async () => {
  server = await startDnsServer({ data: sandboxZone });
});

afterAll(async () => {
  await server.close();
});

function udpExchange(port: number, message: Buffer, waitMs = 300): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      resolve(undefined);
    }, waitMs);
    socket.on('message', (reply) => {
      clearTimeout(timer);
      socket.close();
      resolve(reply);
    });
    socket.send(message, port, '127.0.0.1');
  });
}

function framed(message: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(message.length, 0);
  return Buffer.concat([length, message]);
}

describe('the loopback DNS server', () => {
  it('when started on port 0, then it tells which port it got, the same for UDP and TCP', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.address).toBe(`127.0.0.1:${server.port}`);
  });

  it('when it receives garbage over UDP, then it answers FORMERR or nothing, and keeps answering', async () => {
    await udpExchange(server.port, Buffer.from('not dns at all'));
    const formerr = await udpExchange(server.port, Buffer.from([0xab, 0xcd, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]));
    expect(formerr && dnsPacket.decode(formerr)).toMatchObject({ id: 0xabcd, rcode: 'FORMERR' });
    const resolver = new WireResolver({ servers: [server.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 });
    expect((await resolver.query('example.test', 'A')).outcome.kind).toBe('records');
  });

  it('when two queries arrive on one TCP connection, then both are answered (RFC 7766 §6.2.1)', async () => {
    const queries = [
      dnsPacket.encode({ type: 'query', id: 1, questions: [{ name: 'example.test', type: 'A' }] }),
      dnsPacket.encode({ type: 'query', id: 2, questions: [{ name: 'mail.example.test', type: 'A' }] }),
    ];
    const ids = await new Promise<number[]>((resolve, reject) => {
      const socket = net.createConnection({ host: '127.0.0.1', port: server.port });
      let buffered = Buffer.alloc(0);
      const seen: number[] = [];
      socket.on('error', reject);
      // Both queries in one write, split oddly, to exercise the framing.
      socket.on('connect', () => {
        const all = Buffer.concat(queries.map(framed));
        socket.write(all.subarray(0, 5));
        setTimeout(() => socket.write(all.subarray(5)), 20);
      });
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
          const size = buffered.readUInt16BE(0);
          seen.push(dnsPacket.decode(buffered.subarray(2, 2 + size)).id ?? -1);
          buffered = buffered.subarray(2 + size);
        }
        if (seen.length === 2) {
          socket.destroy();
          resolve(seen.sort());
        }
      });
    });
    expect(ids).toEqual([1, 2]);
  });

  it('when a TCP client sends garbage framing, then the server survives', async () => {
    await new Promise<void>((resolve) => {
      const socket = net.createConnection({ host: '127.0.0.1', port: server.port }, () => {
        socket.end(Buffer.from([0x00, 0x03, 0xff, 0xff, 0xff]));
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    const resolver = new WireResolver({ servers: [server.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 });
    expect((await resolver.query('example.test', 'MX')).outcome.kind).toBe('records');
  });

  it('when closed, then both sockets stop, even with a TCP client connected', async () => {
    const other = await startDnsServer({ data: sandboxZone });
    const client = net.createConnection({ host: '127.0.0.1', port: other.port });
    await new Promise((resolve) => client.on('connect', resolve));
    const clientClosed = new Promise((resolve) => client.on('close', resolve));
    client.on('error', () => undefined);
    await other.close();
    await clientClosed;
    await expect(
      new Promise((resolve, reject) => {
        const probe = net.createConnection({ host: '127.0.0.1', port: other.port });
        probe.on('connect', () => {
          probe.destroy();
          resolve('connected');
        });
        probe.on('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(await udpExchange(other.port, dnsPacket.encode({ type: 'query', id: 3, questions: [{ name: 'example.test', type: 'A' }] }), 150)).toBeUndefined();
  });
});
