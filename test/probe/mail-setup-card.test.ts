/**
 * The cPanel page's "Set up your mail program" card over HTTP, in the
 * sandbox app: the account's client settings (cp01.hosting.example, 993 and
 * 465) with a live ✓ or ✗ from the probe. The server name is pointed at a
 * real Exim and Dovecot on loopback; as those cannot listen on 993 and 465
 * here, the tests' connection port sends the settings' ports to the
 * servers' ephemeral ones (the probe's own connection code does the work).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { wireResolverFor } from '../../src/dns/wire-resolver';
import { createConnectionProbe, type ConnectionProbe } from '../../src/probe/connect';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { createSandboxApp } from '../../src/web/modes';
import { request, serve } from '../web/web-sandbox';
import { makeCertificates } from './certificates';
import { closedPort } from './fault-servers';
import { SERVER_ADDRESS, startDovecot, startExim, type RunningServer } from './real-servers';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

jest.setTimeout(120_000);

const HOST = 'cp01.hosting.example';
let dir: string;
let sandbox: RunningSandbox;
let exim: RunningServer;
let dovecot: RunningServer;
let served: Awaited<ReturnType<typeof serve>>;
const portMap = new Map<number, number>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mail-doctor-card-'));
  const certs = await makeCertificates(path.join(dir, 'certs'), HOST);
  exim = await startExim({ dir: path.join(dir, 'exim'), hostname: HOST, tls: certs.good });
  dovecot = await startDovecot(path.join(dir, 'dovecot'), certs.good);
  sandbox = await startSandbox();
  const original = sandbox.emulator.scenario.dns;
  sandbox.dns.setData({ ...original, records: [...original.records.filter((r) => r.name !== HOST), { name: HOST, type: 'A', data: SERVER_ADDRESS }] });
  const real = createConnectionProbe({ stepTimeoutMs: 3000, trustedCa: [await readFile(certs.caFile, 'utf8')] });
  const mapped: ConnectionProbe = { probe: (t) => real.probe({ ...t, port: portMap.get(t.port) ?? t.port }) };
  const resolver = wireResolverFor([sandbox.dnsAddress], { timeoutMs: SANDBOX_DNS_TIMEOUT_MS });
  if (!resolver.ok) throw new Error(resolver.error);
  const { app } = createSandboxApp({ sandbox, resolver: resolver.resolver, history: false, mailProbe: { connection: mapped } });
  served = await serve(app);
});

afterAll(async () => {
  await served?.close();
  await sandbox?.close();
  await Promise.all([exim?.stop(), dovecot?.stop()]);
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

const rows = (body: string): string[] => [...body.matchAll(/<tr class="md-setup-[a-z-]+" data-status="([a-z-]+)">([\s\S]*?)<\/tr>/g)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()}`);

describe('when a customer opens the cPanel page', () => {
  it('then the card shows the settings with a ✓ and what each server said just now', async () => {
    portMap.set(993, dovecot.ports.imaps!).set(465, exim.ports.smtps!);
    const r = await request(`${served.url}/sandbox/cpanel/devries/?lang=en`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('Set up your mail program');
    const lines = rows(r.body);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ok Incoming mail \(IMAP\) cp01\.hosting\.example 993 SSL\/TLS on ✓ works We connected to port 993 just now and got &#34;\* OK .*Dovecot/);
    expect(lines[1]).toMatch(/^ok Outgoing mail \(SMTP\) cp01\.hosting\.example 465 SSL\/TLS on ✓ works We connected to port 465 just now and got &#34;220 cp01\.hosting\.example ESMTP/);
    expect(r.body).toContain('info@bakkerij-devries.example');
    expect(r.body).toMatch(/same user name and password/);
  });

  it('then a server that cannot be reached gets a ✗ with the reason, in Dutch too', async () => {
    portMap.set(993, await closedPort()).set(465, exim.ports.smtps!);
    const r = await request(`${served.url}/sandbox/cpanel/devries/?lang=nl`);
    expect(r.body).toContain('Stel je mailprogramma in');
    const lines = rows(r.body);
    expect(lines[0]).toMatch(/^problem Inkomende mail \(IMAP\) cp01\.hosting\.example 993 SSL\/TLS aan ✗ probleem .*is niet bereikbaar/);
    expect(lines[1]).toMatch(/^ok Uitgaande mail/);
  });

  it('then no request parameter can make it probe another host', async () => {
    portMap.set(993, dovecot.ports.imaps!);
    const r = await request(`${served.url}/sandbox/cpanel/devries/?lang=en&host=evil.example&server=10.0.0.1`);
    expect(rows(r.body).map((l) => l.split(' ').slice(0, 6).join(' '))).toEqual(['ok Incoming mail (IMAP) cp01.hosting.example 993', 'ok Outgoing mail (SMTP) cp01.hosting.example 465']);
  });

  it('then the smtp-auth-required fix links to the card', async () => {
    const r = await request(`${served.url}/sandbox/cpanel/knip/?lang=en`);
    expect(r.body).toContain('id="mail-setup"');
    expect(r.body).toMatch(/<a href="#mail-setup">Set up your mail program \(with a live test\)<\/a>/);
  });
});
