/**
 * What `npm start` shows: the sandbox's own demo mail servers answer for the
 * demo server name, so the "Set up your mail program" card of a demo
 * account shows a live ✓ — while the demo's names still resolve to
 * documentation addresses for everything else.
 */
import { wireResolverFor } from '../../src/dns/wire-resolver';
import { sandboxMailProbe, startDemoMailServers, type DemoMailServers } from '../../src/sandbox/demo-mail-servers';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { createSandboxApp } from '../../src/web/modes';
import { request, serve } from '../web/web-sandbox';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

jest.setTimeout(120_000);

let sandbox: RunningSandbox;
let mail: DemoMailServers | undefined;
let served: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  sandbox = await startSandbox();
  mail = await startDemoMailServers(sandbox.emulator.scenario.server.hostname);
  const resolver = wireResolverFor([sandbox.dnsAddress], { timeoutMs: SANDBOX_DNS_TIMEOUT_MS });
  if (!resolver.ok) throw new Error(resolver.error);
  if (mail === undefined) throw new Error('openssl is needed for the sandbox demo mail servers');
  const { app } = createSandboxApp({ sandbox, resolver: resolver.resolver, history: false, mailProbe: await sandboxMailProbe(mail, resolver.resolver) });
  served = await serve(app);
});

afterAll(async () => {
  await served?.close();
  await mail?.close();
  await sandbox?.close();
});

describe('when a demo account opens its cPanel page in the sandbox', () => {
  it('then both lines of the card are ✓ with what the demo servers said', async () => {
    const r = await request(`${served.url}/sandbox/cpanel/devries/?lang=en`);
    expect(r.status).toBe(200);
    const rows = [...r.body.matchAll(/<tr class="md-setup-[a-z-]+" data-status="([a-z-]+)">([\s\S]*?)<\/tr>/g)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()}`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ok Incoming mail \(IMAP\) cp01\.hosting\.example 993 .*got &#34;\* OK/);
    expect(rows[1]).toMatch(/^ok Outgoing mail \(SMTP\) cp01\.hosting\.example 465 .*got &#34;220 cp01\.hosting\.example ESMTP/);
  });
});
