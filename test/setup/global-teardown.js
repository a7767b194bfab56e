/** Removes the readable copy of the network guard that global-setup.js made. */
'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const dir = process.env.MAIL_DOCTOR_TEST_GUARD_DIR;
  if (dir !== undefined && dir !== '') fs.rmSync(dir, { recursive: true, force: true });
};
