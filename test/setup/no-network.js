/**
 * Every test runs with the network closed except loopback and unix sockets:
 * a test that reaches out to the world would pass or fail on the weather.
 * Plain JavaScript so that the child processes the tests start (the CLI, the
 * CGI entries, the emulator's command-line tools) load the same guard through
 * NODE_OPTIONS.
 */
'use strict';
const net = require('node:net');
const dgram = require('node:dgram');

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

function refuse(target) {
  throw new Error(`network access to ${target} is refused during tests (loopback only)`);
}

function targetHost(args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  if (typeof options === 'object' && options !== null) {
    return options.path !== undefined ? undefined : options.host;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined; // a unix socket path
  return typeof args[1] === 'string' ? args[1] : undefined;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const host = targetHost(args);
  if (host !== undefined && host !== '' && !LOOPBACK.test(host)) refuse(host);
  return originalConnect.apply(this, args);
};

const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(...args) {
  // send(msg, [offset, length,] port, address, cb): the address is the first string after the message.
  const address = args.slice(1).find((a) => typeof a === 'string');
  if (address !== undefined && !LOOPBACK.test(address)) refuse(address);
  return originalSend.apply(this, args);
};
