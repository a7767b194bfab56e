/**
 * An emulated cpsrvd LiveAPI socket for one cPanel user (the socket a
 * `.live.cgi` page finds in `CPANEL_CONNECT_SOCKET`). Wire protocol from
 * `Cpanel/LiveAPI.pm` / `php/cpanel.php` (shared/reference/cpanel-api.md §4.6):
 * requests are `<byte length>\n<payload>`; replies are
 * `<cpanelresult>{json}</cpanelresult>`; an empty pair is cPanel's internal
 * error; `<cpanelxml shutdown="1" />` ends the session.
 */
import net from 'node:net';
import { EmulatorState } from './emulator-state';
import { Reply, api2AsUser, uapiAsUser } from './dispatch';

export interface LiveApiServer {
  readonly socketPath: string;
  close(): Promise<void>;
}

interface Action {
  module?: unknown;
  func?: unknown;
  reqtype?: unknown;
  apiversion?: unknown;
  args?: unknown;
}

function argsOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) out[k] = String(v);
  return out;
}

function frame(json: unknown, fault?: Reply['fault']): string {
  if (fault === 'http500') return '<cpanelresult></cpanelresult>';
  const text = JSON.stringify(json);
  if (fault === 'malformed') return `<cpanelresult>${text.slice(0, Math.max(1, Math.floor(text.length / 2)))}</cpanelresult>`;
  return `<cpanelresult>${text}</cpanelresult>`;
}

export async function startLiveApiServer(state: EmulatorState, user: string, socketPath: string): Promise<LiveApiServer> {
  const sockets = new Set<net.Socket>();

  function answer(payload: string): { text: string; delayMs: number; end: boolean } {
    const trimmed = payload.trim();
    if (/^<cpanelxml\s+shutdown="1"\s*\/>$/.test(trimmed)) return { text: '', delayMs: 0, end: true };
    // Emulator choice: the exact acknowledgement cpsrvd sends for the JSON switch is UNCONFIRMED; clients only read up to </cpanelresult>.
    if (/^<cpaneljson\s+enable="1"\s*>$/.test(trimmed)) return { text: frame({ cpanelresult: { event: { result: 1 }, data: { result: 'json' } } }), delayMs: 0, end: false };
    const match = /^<cpanelaction>\s*([\s\S]*?)\s*<\/cpanelaction>$/.exec(trimmed);
    if (match === null) return { text: '<cpanelresult></cpanelresult>', delayMs: 0, end: false };
    let action: Action;
    try {
      action = JSON.parse(match[1] ?? '') as Action;
    } catch {
      return { text: '<cpanelresult></cpanelresult>', delayMs: 0, end: false };
    }
    const account = state.account(user);
    const module = String(action.module ?? '');
    const func = String(action.func ?? '');
    if (account === undefined || action.reqtype !== 'exec') return { text: '<cpanelresult></cpanelresult>', delayMs: 0, end: false };
    const version = String(action.apiversion ?? '');
    if (version === 'uapi' || version === '3') {
      const reply = uapiAsUser(state, account, module, func, argsOf(action.args));
      // UAPI over LiveAPI: `cpanelresult.result` holds the UAPI result (§4.6 step 5).
      return { text: frame({ cpanelresult: { apiversion: 3, func, module, result: reply.body } }, reply.fault), delayMs: reply.delayMs, end: false };
    }
    if (version === '2') {
      const reply = api2AsUser(state, account, module, func, argsOf(action.args));
      return { text: frame({ cpanelresult: reply.body }, reply.fault), delayMs: reply.delayMs, end: false };
    }
    return { text: '<cpanelresult></cpanelresult>', delayMs: 0, end: false };
  }

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client that gave up (timeout) closes the socket while a slow reply is pending.
    socket.on('error', () => socket.destroy());
    let buffer = Buffer.alloc(0);
    let chain: Promise<void> = Promise.resolve();

    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const newline = buffer.indexOf(0x0a);
        if (newline < 0) return;
        const length = Number(buffer.subarray(0, newline).toString('ascii'));
        if (!Number.isInteger(length) || length < 0) {
          socket.destroy();
          return;
        }
        if (buffer.length < newline + 1 + length) return;
        const payload = buffer.subarray(newline + 1, newline + 1 + length).toString('utf8');
        buffer = buffer.subarray(newline + 1 + length);
        // Replies go out in request order, even when one of them is slow.
        chain = chain.then(async () => {
          const { text, delayMs, end } = answer(payload);
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs).unref());
          if (socket.destroyed) return;
          if (end) socket.end();
          else socket.write(text);
        });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });

  return {
    socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
