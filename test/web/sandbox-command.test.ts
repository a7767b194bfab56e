/** `mail-doctor sandbox` (npm start): the emulator, the DNS server and the pages at a printed loopback URL. */
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { runSandbox } from '../../src/cli/sandbox-command';
import { request } from './web-sandbox';

describe('mail-doctor sandbox', () => {
  it('when started, then it prints the pages URL, serves the switcher and a demo account, and stops on SIGTERM', async () => {
    let printed = '';
    let announce: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => (announce = resolve));
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        printed += chunk.toString();
        const m = /Mail Doctor pages: (http:\/\/127\.0\.0\.1:\d+\/)\?token=([\w-]+)/.exec(printed);
        if (m !== null) announce(`${m[1]!}|${m[2]!}`);
        done();
      },
    });
    const signals = new EventEmitter();
    const running = runSandbox(stdout, signals, {});
    const [base, token] = (await url).split('|') as [string, string];
    const auth = { headers: { authorization: `Bearer ${token}` } };
    try {
      expect((await request(`${base}?lang=en`)).status).toBe(401);
      const signIn = await request(`${base}?token=${token}`);
      expect(signIn.status).toBe(303);
      expect(signIn.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
      const home = await request(`${base}?lang=en`, auth);
      expect(home.status).toBe(200);
      expect(home.body).toContain('<strong>Sandbox</strong>');
      const page = await request(`${base}sandbox/cpanel/devries/?lang=en`, auth);
      expect(page.status).toBe(200);
      expect(page.body).toContain('All good');
      expect(printed).toContain('WHM root token');
      // Every printed command that talks to the sandbox names its DNS servers: none would ask the documentation addresses of the demo zones.
      const commands = printed.split('\n').filter((l) => /mail-doctor (audit|serve) /.test(l));
      expect(commands.some((l) => / serve /.test(l))).toBe(true);
      for (const l of commands) expect(l).toMatch(/--dns-server \S+ --authoritative-via \S+/);
    } finally {
      signals.emit('SIGTERM');
      await running;
    }
    await expect(request(`${base}`)).rejects.toThrow();
  });
});
