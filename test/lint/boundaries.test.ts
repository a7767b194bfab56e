/**
 * The import boundaries of ARCHITECTURE.md as ESLint enforces them: the
 * project's own configuration, run on small texts that stand at a path in
 * src/ (the files need not exist), in a process of its own (ESLint's
 * configuration is an ES module).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const REPO = join(__dirname, '..', '..');

interface Probe {
  readonly file: string;
  readonly code: string;
}

const SCRIPT = `
import { ESLint } from 'eslint';
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const p of probes) {
  const [result] = await eslint.lintText(p.code, { filePath: p.file });
  out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
}
process.stdout.write(JSON.stringify(out));
`;

async function lint(probes: readonly Probe[]): Promise<string[][]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(probes)], { cwd: REPO, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as string[][];
}

const use = (line: string): string => `${line}\nexport const probe = [${/import (?:type )?\{?\s*(\w+)/.exec(line)?.[1] ?? ''}];\n`;

describe('import boundaries', () => {
  it('when a folder imports what ARCHITECTURE.md says it never may, then lint fails; what it may import passes', async () => {
    const cases: Array<{ file: string; line: string; rule: string | null }> = [
      { file: 'src/web/probe.ts', line: "import cron from 'node-cron';", rule: 'no-restricted-imports' },
      { file: 'src/jobs/probe.ts', line: "import cron from 'node-cron';", rule: null },
      { file: 'src/web/probe.ts', line: "import axios from 'axios';", rule: 'no-restricted-imports' },
      { file: 'src/jobs/probe.ts', line: "import { execFile } from 'node:child_process';", rule: 'no-restricted-imports' },
      { file: 'src/cpanel/probe.ts', line: "import axios from 'axios';", rule: null },
      { file: 'src/kb/probe.ts', line: "import { readFileSync } from 'node:fs';", rule: 'no-restricted-imports' },
      { file: 'src/report/probe.ts', line: "import express from 'express';", rule: 'no-restricted-imports' },
      { file: 'src/diagnose/probe.ts', line: "import { isIP } from 'node:net';", rule: null },
      { file: 'src/diagnose/probe.ts', line: "import { createServer } from 'node:net';", rule: 'no-restricted-imports' },
      { file: 'src/diagnose/probe.ts', line: "import { WireResolver } from '../dns/wire-resolver';", rule: 'local/folder-boundaries' },
      { file: 'src/diagnose/probe.ts', line: "import { normalizeDnsName } from '../dns/types';", rule: null },
      { file: 'src/kb/probe.ts', line: "import { createHttpGateway } from '../cpanel/http-transport';", rule: 'local/folder-boundaries' },
      { file: 'src/util/probe.ts', line: "import { RULES } from '../kb/rules';", rule: 'local/folder-boundaries' },
      { file: 'src/collect/probe.ts', line: "import { createApp } from '../web/app';", rule: 'local/folder-boundaries' },
      { file: 'src/audit/probe.ts', line: "import { runAudits } from '../jobs/run-audits';", rule: 'local/folder-boundaries' },
      { file: 'src/web/probe.ts', line: "import { auditAccount } from '../audit/audit-account';", rule: null },
    ];
    const results = await lint(cases.map((c) => ({ file: c.file, code: use(c.line) })));
    const seen = cases.map((c, i) => ({ file: c.file, line: c.line, rules: [...new Set((results[i] ?? []).map((m) => m.split(':')[0]))] }));
    expect(seen).toEqual(cases.map((c) => ({ file: c.file, line: c.line, rules: c.rule === null ? [] : [c.rule] })));
  }, 120_000);

  it('when the allowed imports would let two folders reach each other, then the configuration refuses to load', async () => {
    const script = `
      import { assertNoFolderLoop } from './eslint/folder-boundaries.mjs';
      assertNoFolderLoop({ util: [], kb: ['smtp', 'util'], smtp: ['util'] });
      try { assertNoFolderLoop({ util: [], kb: ['smtp'], smtp: ['util', 'report'], report: ['kb'] }); process.stdout.write('loaded'); }
      catch (e) { process.stdout.write(e.message); }
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO });
    expect(stdout).toMatch(/^folder loop in the import boundaries: (kb|smtp|report) → .* → \1$/);
  }, 60_000);
});
