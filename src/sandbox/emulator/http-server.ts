/**
 * The emulator's HTTP side: cPanel routes (`/execute/Module/func`,
 * `/json-api/cpanel`) and WHM routes (`/json-api/FUNC`), with token checks
 * (shared/reference/cpanel-api.md §1.1, §2.1, §2.3; 403 body from §8), and a
 * control route the emulated CLI tools use to reach the same state.
 * Listens on 127.0.0.1 only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { EmulatorState } from './emulator-state';
import type { ScenarioAccount, WhmUser } from './scenario-schema';
import { Reply, api2AsUser, api2ViaWhm, uapiAsUser, whmAs } from './dispatch';
import { ACCESS_DENIED_BODY } from './responses';
import { CliTool, runCliTool } from './cli-runner';

const CLI_CONTROL_PATH = '/__emulator/cli';

type Caller = { kind: 'cpanel'; account: ScenarioAccount } | { kind: 'whm'; whmUser: WhmUser };

function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** `Authorization: cpanel user:TOKEN` / `whm user:TOKEN` (§1.1, §2.1). */
function identify(state: EmulatorState, header: string | undefined): Caller | undefined {
  const match = /^(cpanel|whm)\s+([^:\s]+):(\S+)$/i.exec(header ?? '');
  if (match === null) return undefined;
  const [, kind = '', user = '', token = ''] = match;
  if (kind.toLowerCase() === 'cpanel') {
    const account = state.account(user);
    return account?.apiToken !== undefined && sameSecret(account.apiToken, token) ? { kind: 'cpanel', account } : undefined;
  }
  const whmUser = state.whmUser(user);
  return whmUser !== undefined && sameSecret(whmUser.token, token) ? { kind: 'whm', whmUser } : undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1024 * 1024) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, statusMessage?: string): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, statusMessage ?? http.STATUS_CODES[status] ?? '', { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendReply(res: http.ServerResponse, reply: Reply, wrap: (body: unknown) => unknown): void {
  const finish = () => {
    if (res.destroyed) return;
    if (reply.fault === 'http500') {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<html><body><h1>Internal Server Error</h1></body></html>');
      return;
    }
    if (reply.fault === 'malformed') {
      const text = JSON.stringify(wrap(reply.body));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return;
    }
    sendJson(res, 200, wrap(reply.body));
  };
  if (reply.delayMs > 0) setTimeout(finish, reply.delayMs).unref();
  else finish();
}

function deny(res: http.ServerResponse): void {
  // §8: 403 with reason phrase "Forbidden Access denied".
  sendJson(res, 403, ACCESS_DENIED_BODY, 'Forbidden Access denied');
}

interface EmulatorHttpServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startHttpServer(state: EmulatorState, cliSecret: string): Promise<EmulatorHttpServer> {
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'emulator error' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'POST' ? await readBody(req) : '';

    if (url.pathname === CLI_CONTROL_PATH) {
      const secret = req.headers['x-emulator-secret'];
      if (req.method !== 'POST' || typeof secret !== 'string' || !sameSecret(secret, cliSecret)) {
        sendJson(res, 403, { error: 'forbidden' });
        return;
      }
      const request = JSON.parse(body) as { tool: CliTool; argv: string[]; runAs: string };
      if (!['uapi', 'cpapi2', 'whmapi1'].includes(request.tool) || !Array.isArray(request.argv) || typeof request.runAs !== 'string') {
        sendJson(res, 400, { error: 'bad request' });
        return;
      }
      const outcome = runCliTool(state, request.tool, request.argv, request.runAs);
      const respond = () => sendJson(res, 200, { exitCode: outcome.exitCode, stdout: outcome.stdout, stderr: outcome.stderr });
      if (outcome.delayMs > 0) setTimeout(respond, outcome.delayMs).unref();
      else respond();
      return;
    }

    const params: Record<string, string> = {};
    url.searchParams.forEach((value, key) => {
      params[key] = value;
    });
    if (req.method === 'POST' && body !== '') new URLSearchParams(body).forEach((value, key) => (params[key] = value));

    const caller = identify(state, req.headers.authorization);
    const execute = /^\/execute\/([A-Za-z0-9_]+)\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    if (execute !== null) {
      if (caller?.kind !== 'cpanel') return deny(res);
      sendReply(res, uapiAsUser(state, caller.account, execute[1] ?? '', execute[2] ?? '', params), (b) => b);
      return;
    }

    if (url.pathname === '/json-api/cpanel') {
      if (caller === undefined) return deny(res);
      const module = params.cpanel_jsonapi_module ?? '';
      const func = params.cpanel_jsonapi_func ?? '';
      const args: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) if (!k.startsWith('cpanel_jsonapi_')) args[k] = v;
      if (params.cpanel_jsonapi_apiversion !== '2') {
        // Emulator wording: only API 2 is emulated on this route.
        sendJson(res, 200, { cpanelresult: { apiversion: params.cpanel_jsonapi_apiversion ?? '', error: 'Only cpanel_jsonapi_apiversion=2 is supported by the emulator', data: { result: 0 } } });
        return;
      }
      let reply: Reply;
      if (caller.kind === 'cpanel') {
        const asUser = params.cpanel_jsonapi_user;
        if (asUser !== undefined && asUser !== caller.account.user) return deny(res);
        reply = api2AsUser(state, caller.account, module, func, args);
      } else {
        reply = api2ViaWhm(state, caller.whmUser, params.cpanel_jsonapi_user ?? '', module, func, args);
      }
      sendReply(res, reply, (b) => ({ cpanelresult: b }));
      return;
    }

    const whm = /^\/json-api\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    if (whm !== null) {
      // A cPanel token on WHM routes is refused like a bad token (§8).
      if (caller?.kind !== 'whm') return deny(res);
      sendReply(res, whmAs(state, caller.whmUser, whm[1] ?? '', params), (b) => b);
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
