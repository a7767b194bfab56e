/**
 * https:// base URLs: a self-signed certificate is refused unless the
 * gateway was told `insecure`. Uses a throw-away certificate made with the
 * openssl binary; skipped where openssl is not installed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CpanelTransportError, createHttpGateway, getLocale } from '../../src/cpanel';

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } | undefined {
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-tls-'));
const credentials = makeCertificate(dir);
const maybe = credentials === undefined ? describe.skip : describe;
let server: https.Server;
let baseUrl: string;
let seenAuthorization: string | undefined;

beforeAll(async () => {
  if (credentials === undefined) return;
  server = https.createServer(credentials, (req, res) => {
    seenAuthorization = req.headers.authorization;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ status: 1, errors: null, messages: null, warnings: null, metadata: {}, data: { locale: 'nl', encoding: 'utf-8', direction: 'ltr' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (server !== undefined) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

maybe('when cPanel has a self-signed certificate', () => {
  test('then the gateway refuses it by default with a transport error that explains why', async () => {
    const gw = createHttpGateway({ baseUrl, auth: { kind: 'cpanel', user: 'bob', token: 'TLSSECRET123456' } });
    const error = await getLocale(gw).catch((e: unknown) => e);
    await gw.close();
    expect(error).toBeInstanceOf(CpanelTransportError);
    expect((error as CpanelTransportError).failure).toBe('connection');
    expect((error as Error).message).toMatch(/certificate/i);
    expect((error as Error).message).not.toContain('TLSSECRET123456');
  });

  test('then with insecure it connects and sends the cPanel token header', async () => {
    const gw = createHttpGateway({ baseUrl, auth: { kind: 'cpanel', user: 'bob', token: 'TLSSECRET123456' }, insecure: true });
    await expect(getLocale(gw)).resolves.toEqual({ locale: 'nl', encoding: 'utf-8', direction: 'ltr' });
    await gw.close();
    expect(seenAuthorization).toBe('cpanel bob:TLSSECRET123456');
  });
});
