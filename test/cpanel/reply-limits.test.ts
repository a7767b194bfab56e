/**
 * Every call to cPanel has one deadline and a size limit, whatever the server
 * does: real loopback servers that drip a byte at a time, send a body far over
 * the limit, or hang on every LiveAPI call; and a Track Delivery answer with
 * far more records than were asked for.
 */
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHttpGateway } from '../../src/cpanel/http-transport';
import { createLiveApiGateway } from '../../src/cpanel/live-api-transport';
import { searchDeliveriesAsRoot } from '../../src/cpanel/track-delivery';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function httpServer(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const whm = (baseUrl: string, extra: { timeoutMs?: number; maxResponseBytes?: number } = {}) =>
  createHttpGateway({ baseUrl, auth: { kind: 'whm', user: 'root', token: 'T'.repeat(32) }, ...extra });

describe('the HTTP transport', () => {
  it('when the server drips one byte at a time, then the call ends at its deadline as a timeout', async () => {
    let timer: NodeJS.Timeout | undefined;
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const gateway = whm(url, { timeoutMs: 1500 });
    try {
      // Each byte comes well within the idle limit: only an overall deadline ends this.
      await expect(gateway.whm('version')).rejects.toThrow(/timeout: no complete reply within 1\.5 s/);
    } finally {
      clearInterval(timer);
      await gateway.close();
    }
  }, 60_000);

  it('when the body is far over the size limit, then it is given up while it streams in, not read whole', async () => {
    const total = 64 * 1024 * 1024;
    let sent = 0;
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const gateway = whm(url, { timeoutMs: 30_000, maxResponseBytes: 1024 * 1024 });
    try {
      await expect(gateway.whm('version')).rejects.toThrow(/too-large: the reply is larger than 1024 KiB/);
      expect(sent).toBeLessThan(total);
    } finally {
      await gateway.close();
    }
  }, 60_000);

  it('when no limit is given, then a reply of a few MB is read and a far bigger one is not', async () => {
    const body = (n: number): string => JSON.stringify({ metadata: { result: 1, reason: 'OK' }, data: { pad: 'x'.repeat(n) } });
    let size = 4 * 1024 * 1024;
    const url = await httpServer((_req, res) => res.end(body(size)));
    const gateway = whm(url, { timeoutMs: 30_000 });
    try {
      await expect(gateway.whm('version')).resolves.toMatchObject({ data: { pad: expect.any(String) as unknown } });
      size = 40 * 1024 * 1024;
      await expect(gateway.whm('version')).rejects.toThrow(/too-large/);
    } finally {
      await gateway.close();
    }
  }, 60_000);
});

describe('Track Delivery', () => {
  it('when the server sends far more records than were asked for, then only the asked-for number is read and the list counts as incomplete', async () => {
    const record = (i: number) => ({ type: 'failure', sendunixtime: 1_700_000_000 + i, message: `550 no such user ${i}`, recipient: `r${i}@example.com` });
    const url = await httpServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ metadata: { result: 1, reason: 'OK', overflowed: 0 }, data: { records: Array.from({ length: 20_000 }, (_, i) => record(i)) } }));
    });
    const gateway = whm(url, { timeoutMs: 30_000 });
    try {
      const found = await searchDeliveriesAsRoot(gateway, 'groen', { since: 0, maxResultsByType: 10, types: { failure: true, defer: true, success: true } });
      expect(found.records).toHaveLength(30);
      expect(found.overflowed).toBe(true);
      const within = await searchDeliveriesAsRoot(gateway, 'groen', { since: 0, maxResultsByType: 10_000, types: { failure: true, defer: true } });
      expect(within.records).toHaveLength(20_000);
      expect(within.overflowed).toBe(false);
    } finally {
      await gateway.close();
    }
  }, 60_000);
});

describe('the LiveAPI socket', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'md-liveapi-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function socketServer(onFrame: (socket: net.Socket) => void): Promise<{ path: string; requests: () => number }> {
    const socketPath = path.join(dir, 'live.sock');
    let requests = 0;
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('data', () => {
        requests += 1;
        onFrame(socket);
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    closers.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    return { path: socketPath, requests: () => requests };
  }

  it('when the socket never answers, then all calls together stop at the overall deadline instead of waiting per call', async () => {
    const server = await socketServer(() => undefined);
    const gateway = createLiveApiGateway({ socketPath: server.path, env: {}, timeoutMs: 600, overallTimeoutMs: 1500 });
    const errors: string[] = [];
    try {
      for (let i = 0; i < 10; i += 1) {
        await gateway.uapi('Email', 'list_pops').then(
          () => errors.push('answered'),
          (e: Error) => errors.push(e.message),
        );
      }
    } finally {
      await gateway.close();
    }
    expect(errors.every((m) => /timeout/.test(m))).toBe(true);
    expect(errors.slice(-5).every((m) => /used up/.test(m))).toBe(true);
    // The later calls were never sent: the budget was gone.
    expect(server.requests()).toBeLessThan(10);
  }, 60_000);

  it('when a reply grows past the size limit, then it is not read further and the call fails as too large', async () => {
    const server = await socketServer((socket) => {
      socket.write('<cpanelresult>');
      socket.write('x'.repeat(4 * 1024 * 1024));
    });
    const gateway = createLiveApiGateway({ socketPath: server.path, env: {}, timeoutMs: 20_000, maxReplyBytes: 1024 * 1024 });
    try {
      await expect(gateway.uapi('Email', 'list_pops')).rejects.toThrow(/too-large/);
    } finally {
      await gateway.close();
    }
  }, 60_000);
});
