/**
 * Lint for src/ (typescript-eslint, flat config), run by `npm test` before
 * jest. Besides the recommended rules it holds the import boundaries of
 * ARCHITECTURE.md ("Rules that keep it honest"):
 *   - the folders of src/ form layers: each may import only the folders
 *     listed for it below, and those lists allow no loop (checked on load);
 *   - kb, diagnose and report are the pure core: no I/O module, and of dns
 *     only its pure files (types, reverse names, blocklist decoding);
 *   - only cpanel (and the sandbox and the benchmarks) use axios or start
 *     processes; only jobs imports node-cron.
 * Inline `eslint-disable` comments are not honoured: an exception is written
 * here, with its reason, or the code is changed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { assertNoFolderLoop, folderBoundaries } from './eslint/folder-boundaries.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Which folders each folder of src/ may import (its own files always). Read it bottom-up: util is the floor. */
const mayImport = {
  util: [],
  text: ['util'],
  smtp: ['text', 'util'],
  config: ['util'],
  kb: ['smtp', 'text', 'config', 'util'],
  prebuilt: ['kb', 'text', 'util'],
  bounce: ['kb', 'smtp', 'config', 'text', 'util'],
  dns: ['util'],
  probe: ['diagnose', 'kb', 'dns', 'config', 'text', 'util'],
  cpanel: ['diagnose', 'util'],
  diagnose: ['kb', 'smtp', 'config', 'dns', 'text', 'util'],
  report: ['bounce', 'diagnose', 'kb', 'smtp', 'config', 'text', 'util'],
  fix: ['diagnose', 'kb', 'config', 'text', 'util'],
  delivery: ['cpanel', 'smtp', 'text', 'util'],
  collect: ['bounce', 'cpanel', 'dns', 'delivery', 'diagnose', 'kb', 'smtp', 'config', 'text', 'util'],
  audit: ['fix', 'probe', 'bounce', 'collect', 'cpanel', 'dns', 'delivery', 'report', 'diagnose', 'kb', 'smtp', 'config', 'text', 'util'],
  store: ['fix', 'bounce', 'report', 'diagnose', 'kb', 'config', 'text', 'util'],
  jobs: ['bounce', 'audit', 'store', 'cpanel', 'dns', 'report', 'diagnose', 'kb', 'config', 'text', 'util'],
  alerts: ['bounce', 'jobs', 'store', 'report', 'diagnose', 'kb', 'config', 'text', 'util'],
  sandbox: ['probe', 'dns', 'config', 'text', 'util'],
  web: ['fix', 'probe', 'bounce', 'audit', 'jobs', 'store', 'sandbox', 'cpanel', 'dns', 'delivery', 'report', 'diagnose', 'kb', 'smtp', 'config', 'text', 'prebuilt', 'util'],
  cli: ['fix', 'probe', 'bounce', 'web', 'alerts', 'audit', 'jobs', 'store', 'sandbox', 'collect', 'cpanel', 'dns', 'delivery', 'report', 'diagnose', 'kb', 'smtp', 'config', 'text', 'prebuilt', 'util'],
  bench: ['fix', 'probe', 'bounce', 'cli', 'web', 'alerts', 'audit', 'jobs', 'store', 'sandbox', 'collect', 'cpanel', 'dns', 'delivery', 'report', 'diagnose', 'kb', 'smtp', 'config', 'text', 'prebuilt', 'util'],
};
assertNoFolderLoop(mayImport);

/**
 * Narrowed imports: the pure core reads these files of an I/O folder and no others, and the cPanel
 * wrappers map cPanel's replies onto the core's observation types and import nothing else of it.
 */
const pureOnly = {
  cpanel: { diagnose: ['observations'] },
  diagnose: { dns: ['types', 'reverse-name', 'blocklist'] },
  report: { dns: ['types'] },
  kb: { dns: ['types'] },
};

/**
 * Imports that would break the boundaries, each with what replaces it. Empty: keep it so; nothing may be
 * added here without a reason.
 */
const exceptions = [];

const PURE_CORE = new Set(['text', 'smtp', 'kb', 'diagnose', 'report', 'fix']);
/** Folders that may start processes or talk HTTP with axios. */
const PROCESS_AND_HTTP = new Set(['cpanel', 'sandbox', 'bench']);

/** node:net's address predicates are plain functions; its sockets are I/O. */
const NET_PREDICATES = ['isIP', 'isIPv4', 'isIPv6'];

function restrictedImports(folder, startsProcesses = PROCESS_AND_HTTP.has(folder)) {
  const paths = [];
  const patterns = [];
  if (!startsProcesses) {
    for (const name of ['axios', 'child_process', 'node:child_process']) {
      paths.push({ name, message: 'only src/cpanel (and the sandbox and the benchmarks) talk HTTP with axios or start processes' });
    }
  }
  if (folder !== 'jobs') paths.push({ name: 'node-cron', message: 'only src/jobs schedules' });
  if (PURE_CORE.has(folder)) {
    paths.push({ name: 'node:net', allowImportNames: NET_PREDICATES, message: 'the pure core may use only the address predicates of node:net' });
    // Anything but relative imports, zod and node:net (checked above) is I/O or a framework.
    patterns.push({ regex: '^(?!\\.|zod$|node:net$)', message: `src/${folder} is pure: no I/O module, no framework` });
  }
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'release/**', 'node_modules/**', 'test/**', 'templates/**', 'plugin/**', 'scripts/**', 'bin/**', 'eslint/**', '*.config.*'] },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { 'folder-boundaries': folderBoundaries } } },
    rules: {
      'local/folder-boundaries': ['error', { srcRoot: path.join(here, 'src'), mayImport, pureOnly, exceptions }],
      // Underscore names are the deliberate "not used" of destructuring and of express's four-argument error handler.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Stripping control characters from attacker-controlled text before a terminal or a page is a rule of this
      // project (style: security), so regular expressions that name them are intended.
      'no-control-regex': 'off',
    },
  },
  ...Object.keys(mayImport).map((folder) => ({ files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': restrictedImports(folder) } })),
  // The one process outside cpanel: root writes a history export into an account's home only through a child
  // started with the account's uid and gid, so that no link or directory swap the account can race gains it anything.
  { files: ['src/jobs/write-as-account.ts'], rules: { 'no-restricted-imports': restrictedImports('jobs', true) } },
);
