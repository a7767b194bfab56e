/** The test guard itself: loopback is open, everything else is refused, in this process and in children. */
import { execFile } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';

describe('the network guard of the tests', () => {
  it('when a test connects to an address outside loopback, then it is refused', () => {
    expect(() => net.connect({ host: '192.0.2.1', port: 80 })).toThrow(/refused during tests/);
    const socket = dgram.createSocket('udp4');
    try {
      expect(() => socket.send(Buffer.from('x'), 53, '198.51.100.1')).toThrow(/refused during tests/);
    } finally {
      socket.close();
    }
  });

  it('when a test connects to loopback, then it is allowed', async () => {
    const server = net.createServer((s) => s.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const text = await new Promise<string>((resolve, reject) => {
      const c = net.connect({ host: '127.0.0.1', port });
      c.on('data', (d) => resolve(d.toString()));
      c.on('error', reject);
    });
    server.close();
    expect(text).toBe('hi');
  });

  it('when a test starts a node child process, then the child is guarded too', async () => {
    const out = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        ['-e', "try { require('net').connect({host:'192.0.2.1',port:80}); console.log('open') } catch (e) { console.log(e.message) }"],
        (_error, stdout) => resolve(stdout),
      );
    });
    expect(out).toMatch(/refused during tests/);
  });
});
