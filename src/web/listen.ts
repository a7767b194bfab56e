/** Serves an app on loopback only: these pages are never meant for the network. */
import http from 'node:http';
import type { RequestListener } from 'node:http';
import { guardAccess, type AccessOptions } from './access-guard';

/** With `access`, only requests for an allowed Host that carry the secret reach the app (access-guard.ts). */
export function listen(app: RequestListener, port: number, host = '127.0.0.1', access?: AccessOptions): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(access === undefined ? app : guardAccess(app, access));
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      // Idle keep-alive sockets must not keep a stopped server alive.
      server.keepAliveTimeout = 5000;
      resolve(server);
    });
  });
}
