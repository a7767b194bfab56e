/**
 * Runs once in jest's main process, before the workers start: every worker,
 * and every process a test starts, inherits NODE_OPTIONS and so loads the
 * network guard (test/setup/no-network.js) before anything else.
 *
 * The guard is loaded from a copy in a fresh temporary folder that every
 * user can read: a test that starts a process as an unprivileged user
 * (runuser -u nobody) must be able to load it even when the checkout is in
 * a private (0700) folder. global-teardown.js removes the copy.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-doctor-test-guard-'));
  fs.chmodSync(dir, 0o755);
  const guardFile = path.join(dir, 'no-network.js');
  fs.copyFileSync(path.join(__dirname, 'no-network.js'), guardFile);
  fs.chmodSync(guardFile, 0o644);
  process.env.MAIL_DOCTOR_TEST_GUARD_DIR = dir;
  // Quoted: NODE_OPTIONS splits on spaces, and a temporary path may contain some.
  const guard = `--require ${JSON.stringify(guardFile)}`;
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${guard}`.trim();
};
