/**
 * A skipped test proves nothing, and jest's summary only counts them. This
 * reporter ends every run by naming each skipped test and its file, loudly,
 * so that a run that skipped (no root, a missing system package) is never
 * read as a run that checked everything.
 */
'use strict';
const path = require('node:path');

class SkipReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') {
          skipped.push(`  ${path.relative(this.rootDir, file.testFilePath)}: ${test.fullName}`);
        }
      }
    }
    if (skipped.length === 0) return;
    const bar = '!'.repeat(78);
    process.stderr.write(
      [
        '',
        bar,
        `!! ${skipped.length} test${skipped.length === 1 ? ' was' : 's were'} SKIPPED: they did not run, so nothing they check was checked.`,
        '!! (Each file says what it needs: root for real ownership and mounts, a system package, …)',
        ...skipped,
        bar,
        '',
      ].join('\n'),
    );
  }
}

module.exports = SkipReporter;
