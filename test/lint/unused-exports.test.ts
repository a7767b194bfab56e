/**
 * The unused-export check of `npm run lint` (scripts/unused-exports.mjs): on a
 * small tree written for the test, every way a name can be taken (named,
 * through an `export *` barrel, a namespace read as W.x, `await import()`,
 * a type import) counts, and every name nobody takes is listed; on the
 * repository itself the list is empty. The script is an ES module, so it runs
 * in a process of its own.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const REPO = join(__dirname, '..', '..');
const CHECKER = pathToFileURL(join(REPO, 'scripts', 'unused-exports.mjs')).href;

interface Found {
  readonly unused: Array<{ file: string; line: number; name: string }>;
  readonly missingEntries: string[];
}

async function check(root: string, entryPoints?: readonly string[]): Promise<Found> {
  const script = `
    import { findUnusedExports } from ${JSON.stringify(CHECKER)};
    const [root, entries] = JSON.parse(process.argv[1]);
    process.stdout.write(JSON.stringify(entries === null ? findUnusedExports(root) : findUnusedExports(root, entries)));
  `;
  const arg = JSON.stringify([root, entryPoints ?? null]);
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, arg], { cwd: REPO, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Found;
}

function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'md-unused-exports-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('unused exports', () => {
  let root = '';
  afterEach(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
    root = '';
  });

  it('when a name is taken in any of the ways TypeScript allows, then it counts as used; the names nobody takes are listed', async () => {
    root = writeTree({
      'src/shapes.ts': [
        'export interface Used { readonly a: number }',
        'export interface Unused { readonly b: number }',
        'export const LOCAL_ONLY = 1;',
        'export function helper(): number { return LOCAL_ONLY; }',
        '',
      ].join('\n'),
      'src/barrel.ts': "export * from './shapes';\nexport { other } from './other';\n",
      'src/other.ts': 'export function other(): void {}\nexport function dynamicOnly(): void {}\nexport function notImported(): void {}\n',
      'src/words.ts': "export const A = 'a';\nexport const B = 'b';\n",
      'src/user.ts': "import * as W from './words';\nimport { helper } from './barrel';\nexport const value = W.A + String(helper());\n",
      'src/main.ts': "import { value } from './user';\nexport const shown = value;\n",
      'test/t.test.ts': "import type { Used } from '../src/shapes';\nexport async function f(u: Used): Promise<number> {\n  const { dynamicOnly } = await import('../src/other');\n  dynamicOnly();\n  return u.a;\n}\n",
    });
    const found = await check(root, ['src/main.ts']);
    expect(found.unused.map((u) => `${u.file} ${u.name}`)).toEqual([
      'src/barrel.ts other',
      'src/other.ts notImported',
      'src/shapes.ts Unused',
      'src/shapes.ts LOCAL_ONLY',
      'src/words.ts B',
    ]);
    expect(found.missingEntries).toEqual([]);
  }, 60_000);

  it('when a listed entry point no longer exists, then it is reported', async () => {
    root = writeTree({ 'src/a.ts': 'export const a = 1;\n', 'test/a.test.ts': "import { a } from '../src/a';\nexport const b = a;\n" });
    const found = await check(root, ['src/gone.ts']);
    expect(found).toEqual({ unused: [], missingEntries: ['src/gone.ts'] });
  }, 60_000);

  it('when the repository is checked, then no export of src/ goes unused and every entry point exists', async () => {
    expect(await check(REPO)).toEqual({ unused: [], missingEntries: [] });
  }, 120_000);
});
