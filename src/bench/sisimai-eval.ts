/**
 * `npm run eval`: compares Mail Doctor's reasons with Sisimai's on the public
 * corpus of real bounces (test/fixtures/samples/sisimai). For every message
 * with a Diagnostic-Code field, the folded field is classified and its
 * reason set against the reason Sisimai recorded for that message. Prints
 * how many got a diagnosis, how many of those agree, and the commonest
 * disagreements — a map for improving rules, not a pass/fail test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../kb/classify';
import { diagnosticCodeField } from '../smtp/dsn-field';

/** Sisimai's older reason names (the corpus tables use them) in today's words. */
const RENAMED: Readonly<Record<string, string>> = {
  exceedlimit: 'emailtoolarge',
  mesgtoobig: 'emailtoolarge',
  speeding: 'ratelimited',
  toomanyconn: 'ratelimited',
};

function corpusDirectory(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}`;
  const at = here.lastIndexOf(marker);
  const root = at >= 0 ? here.slice(0, at) : path.resolve(here, '..', '..');
  return path.join(root, 'test', 'fixtures', 'samples', 'sisimai');
}

function main(): void {
  const dir = corpusDirectory();
  const expected = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, 'expected.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { file: string; index: number; reason: string };
    if (row.index === 0) expected.set(row.file, RENAMED[row.reason] ?? row.reason);
  }
  let withCode = 0;
  let diagnosed = 0;
  let agreed = 0;
  const confusion = new Map<string, number>();
  for (const file of readdirSync(path.join(dir, 'eml')).sort()) {
    const text = diagnosticCodeField(readFileSync(path.join(dir, 'eml', file), 'latin1'));
    const reason = expected.get(file);
    if (text === undefined || text === '' || reason === undefined) continue;
    withCode += 1;
    const c = classify(text);
    if (c.id === 'unknown') continue;
    diagnosed += 1;
    if (c.reason === reason) agreed += 1;
    else confusion.set(`${reason} → ${c.reason} (${c.id})`, (confusion.get(`${reason} → ${c.reason} (${c.id})`) ?? 0) + 1);
  }
  const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  console.log('Sisimai corpus: Diagnostic-Code fields classified by Mail Doctor');
  console.log(`messages with a Diagnostic-Code: ${withCode}`);
  console.log(`given a diagnosis (not unknown):  ${diagnosed} (${pct(diagnosed, withCode)})`);
  console.log(`same reason as Sisimai:           ${agreed} (${pct(agreed, diagnosed)} of those diagnosed)`);
  console.log('commonest disagreements (Sisimai → Mail Doctor):');
  for (const [pair, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${String(n).padStart(3)}  ${pair}`);
}

if (require.main === module) main();
