/**
 * The not-found page links back to the requested path (the language links):
 * a path that starts with `//` or `/\` must not become a link to another site.
 * Raw request paths over a real socket: fetch would normalise them first.
 */
import http from 'node:http';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

let web: WebSandbox;

beforeAll(async () => {
  web = await startWebSandbox();
});

afterAll(async () => {
  await web.close();
});

function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(web.url);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: hostname, port, path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

const hrefs = (html: string): string[] => [...html.matchAll(/\b(?:href|action|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x2F;|&#47;/g, '/').replace(/&#92;|&#x5C;/gi, '\\'));

describe('links on the not-found page', () => {
  it.each(['//evil.example/x', '/\\evil.example/x', '/\\/evil.example/x', '///evil.example/x', '/%2Fevil.example/x'])(
    'when the path is %s, then every link on the page stays on this site',
    async (path) => {
      const r = await rawGet(path);
      expect(r.status).toBe(404);
      const links = hrefs(r.body);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link).toMatch(/^(#|\/(?![/\\]))/);
      }
    },
  );
});
