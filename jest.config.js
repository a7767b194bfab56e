/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  setupFiles: ['<rootDir>/test/setup/no-network.js'],
  // Skipped tests are named at the end of the run, not just counted.
  reporters: ['default', '<rootDir>/test/setup/skip-reporter.js'],
  // Two cores: run two workers so server-backed suites do not starve each other.
  maxWorkers: 2,
  // Many tests start real servers and processes (the CLI, the emulator's tools, chromium): the limit must
  // hold on a loaded machine running at a quarter of its speed, where a 20 s test takes 80 s.
  testTimeout: 120000,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
