/**
 * The sandbox the page tests run against: the demo scenario with two WHM
 * logins added for the access tests — the reseller `hoster` also gets the
 * `mailcheck` ACL the WHM page needs, and `stagiair` is a reseller without it.
 * Served in-process on 127.0.0.1, port 0.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import YAML from 'yaml';
import { wireResolverFor } from '../../src/dns/wire-resolver';
import { scenariosDirectory, startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { createApp, type AppOptions } from '../../src/web/app';
import { listen } from '../../src/web/listen';
import { createSandboxApp } from '../../src/web/modes';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

export const STAGIAIR_TOKEN = 'SANDBOXSTAGIAIRTOKEN0000000000000000';

export interface WebSandbox {
  readonly sandbox: RunningSandbox;
  readonly url: string;
  readonly scenarioPath: string;
  close(): Promise<void>;
}

/** The demo scenario with the extra WHM logins, written to a temp file. */
export async function testScenario(): Promise<{ file: string; dir: string }> {
  const demo = YAML.parse(await readFile(path.join(scenariosDirectory(), 'demo.yaml'), 'utf8')) as {
    whm: { users: Array<{ user: string; token: string; privileges?: string[] }> };
  };
  const hoster = demo.whm.users.find((u) => u.user === 'hoster');
  if (hoster === undefined) throw new Error('the demo scenario has no reseller hoster');
  hoster.privileges = [...(hoster.privileges ?? []), 'mailcheck'];
  demo.whm.users.push({ user: 'stagiair', token: STAGIAIR_TOKEN, privileges: ['list-accts', 'acct-summary'] });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'md-web-'));
  const file = path.join(dir, 'scenario.yaml');
  await writeFile(file, YAML.stringify(demo), 'utf8');
  return { file, dir };
}

export async function serve(app: Parameters<typeof listen>[0]): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = await listen(app, 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `history: true` fills a store with one run at start (as `mail-doctor sandbox` does) and waits for it. */
export async function startWebSandbox(options: { history?: boolean } = {}): Promise<WebSandbox> {
  const { file, dir } = await testScenario();
  const sandbox = await startSandbox({ scenario: file });
  const resolver = wireResolverFor([sandbox.dnsAddress], { timeoutMs: SANDBOX_DNS_TIMEOUT_MS });
  if (!resolver.ok) throw new Error(resolver.error);
  const { app, history } = createSandboxApp({ sandbox, resolver: resolver.resolver, history: options.history === true });
  await history;
  const served = await serve(app);
  // As `mail-doctor sandbox` does: WHM's cPanel sessions open the pages' emulated cPanel frame.
  sandbox.emulator.setCpanelFrame((user) => `${served.url}/sandbox/cpanel/${encodeURIComponent(user)}/`);
  return {
    sandbox,
    url: served.url,
    scenarioPath: file,
    async close() {
      await served.close();
      await (await history)?.close();
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** A plain HTTP client that sees every status code and never follows redirects. */
export async function request(url: string, init: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | undefined;
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const res = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** The value of a form field (our own markup: name before value). */
export function formField(html: string, name: string): string | undefined {
  const m = new RegExp(`name="${name}"[^>]*? value="([^"]*)"`).exec(html);
  return m?.[1];
}

export type { AppOptions };
export { createApp };
