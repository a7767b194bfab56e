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
        const m = /Mail Doctor pages: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed);
        if (m !== null) announce(m[1]!);
        done();
      },
    });
    const signals = new EventEmitter();
    const running = runSandbox(stdout, signals, {});
    const base = await url;
    try {
      const home = await request(`${base}?lang=en`);
      expect(home.status).toBe(200);
      expect(home.body).toContain('<strong>Sandbox</strong>');
      const page = await request(`${base}sandbox/cpanel/devries/?lang=en`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('All good');
      expect(printed).toContain('WHM root token');
    } finally {
      signals.emit('SIGTERM');
      await running;
    }
    await expect(request(`${base}`)).rejects.toThrow();
  });
});
