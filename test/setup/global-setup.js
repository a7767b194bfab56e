/**
 * Runs once in jest's main process, before the workers start: every worker,
 * and every process a test starts, inherits NODE_OPTIONS and so loads the
 * network guard (test/setup/no-network.js) before anything else.
 */
'use strict';
const path = require('node:path');

module.exports = async function globalSetup() {
  // Quoted: NODE_OPTIONS splits on spaces, and a checkout path may contain some.
  const guard = `--require ${JSON.stringify(path.join(__dirname, "no-network.js"))}`;
  if (!(process.env.NODE_OPTIONS ?? '').includes(guard)) {
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${guard}`.trim();
  }
};
