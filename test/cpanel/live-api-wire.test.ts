/**
 * The emulator's LiveAPI socket on the wire, byte for byte as
 * `Cpanel/LiveAPI.pm` speaks it: `<length>\n<payload>` frames, replies up to
 * `</cpanelresult>`, an empty result for what cPanel cannot answer, and
 * shutdown.
 */
import net from 'node:net';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { CONTRACT_SCENARIO } from './transports';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ scenario: CONTRACT_SCENARIO });
});
afterAll(async () => {
  await emu.close();
});

class RawClient {
  private buffer = '';
  private readonly socket: net.Socket;
  constructor(path: string) {
    this.socket = net.createConnection({ path });
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => {
      this.buffer += chunk;
    });
  }
  send(payload: string): void {
    this.socket.write(`${Buffer.byteLength(payload)}\n${payload}`);
  }
  async reply(): Promise<string> {
    for (let i = 0; i < 200 && !this.buffer.includes('</cpanelresult>'); i += 1) await new Promise((r) => setTimeout(r, 10));
    const end = this.buffer.indexOf('</cpanelresult>') + '</cpanelresult>'.length;
    const out = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    return out;
  }
  closed(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) resolve();
      else this.socket.once('close', () => resolve());
    });
  }
  destroy(): void {
    this.socket.destroy();
  }
}

describe('when a LiveAPI client talks to the socket', () => {
  test('then JSON mode is acknowledged and UAPI replies carry the result under cpanelresult.result', async () => {
    const client = new RawClient(emu.liveApiSocketPath('bakker'));
    try {
      client.send('<cpaneljson enable="1">');
      expect(await client.reply()).toMatch(/^<cpanelresult>\{.*\}<\/cpanelresult>$/);
      client.send('<cpanelaction>\n{"module":"Locale","reqtype":"exec","func":"get_attributes","apiversion":"uapi","args":{}}\n</cpanelaction>');
      const reply = await client.reply();
      const json = JSON.parse(reply.slice('<cpanelresult>'.length, -'</cpanelresult>'.length)) as { cpanelresult: { result: { status: number; data: unknown } } };
      expect(json.cpanelresult.result).toMatchObject({ status: 1, data: { locale: 'nl' } });
    } finally {
      client.destroy();
    }
  });

  test('then two frames in one write, with multi-byte text, are answered in order', async () => {
    const client = new RawClient(emu.liveApiSocketPath('bakker'));
    try {
      const a = '<cpanelaction>\n{"module":"Chrome","reqtype":"exec","func":"get_dom","apiversion":"uapi","args":{"page_title":"één"}}\n</cpanelaction>';
      const b = '<cpanelaction>\n{"module":"EmailTrack","reqtype":"exec","func":"search","apiversion":2,"args":{"success":1}}\n</cpanelaction>';
      (client as unknown as { socket: net.Socket }).socket.write(`${Buffer.byteLength(a)}\n${a}${Buffer.byteLength(b)}\n${b}`);
      expect(await client.reply()).toContain('<title>één</title>');
      const second = await client.reply();
      expect(second).toContain('"apiversion":2');
      expect(second).toContain('"event":{"result":1}');
    } finally {
      client.destroy();
    }
  });

  test('then an action cPanel cannot run gets the empty result, and shutdown closes the socket', async () => {
    const client = new RawClient(emu.liveApiSocketPath('bakker'));
    client.send('<cpanelaction>\nnot json\n</cpanelaction>');
    expect(await client.reply()).toBe('<cpanelresult></cpanelresult>');
    client.send('<cpanelxml shutdown="1" />');
    await client.closed();
  });
});
