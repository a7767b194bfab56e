/**
 * Every test runs with the network closed except loopback and unix sockets:
 * a test that reaches out to the world would pass or fail on the weather.
 * Child processes the tests start get the same guard through NODE_OPTIONS.
 */
import net from 'node:net';
import dgram from 'node:dgram';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

function refuse(target: string): never {
  throw new Error(`network access to ${target} is refused during tests (loopback only)`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  let host: string | undefined;
  let isPath = false;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const options = first as { host?: string; path?: string };
    if (options.path !== undefined) isPath = true;
    host = options.host;
  } else if (Array.isArray(first)) {
    const options = first[0] as { host?: string; path?: string } | undefined;
    if (options?.path !== undefined) isPath = true;
    host = options?.host;
  } else if (typeof first === 'string' && !/^\d+$/.test(first)) {
    isPath = true;
  } else if (typeof args[1] === 'string') {
    host = args[1];
  }
  if (!isPath && host !== undefined && host !== '' && !LOOPBACK.test(host)) refuse(host);
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
  // send(msg, [offset, length,] port, address, cb): the address is the first string argument after the buffer.
  const address = args.slice(1).find((a) => typeof a === 'string') as string | undefined;
  if (address !== undefined && !LOOPBACK.test(address)) refuse(address);
  return (originalSend as (...a: unknown[]) => void).apply(this, args);
} as typeof dgram.Socket.prototype.send;
