/**
 * What one `mail-doctor` call costs a person at the terminal: wall time of a
 * fresh process for `explain` with one text and `bounce` with one message
 * (start-up, loading, building the knowledge base's phrase index, the
 * answer), median of several runs, beside a bare `node` start for scale.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { corpusDirectory } from './bounce-eval';

const RUNS = 7;
const CLI = path.join(__dirname, '..', 'cli', 'main.js');

function medianWallMs(args: readonly string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr?.toString() ?? r.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1]!;
}

function main(): void {
  const message = path.join(corpusDirectory(), 'eml', 'lhost-postfix-01.eml');
  console.log(`CLI start-up: wall time of one fresh process, median of ${RUNS} runs`);
  console.log(`  node alone:                          ${medianWallMs(['-e', '0']).toFixed(0).padStart(5)} ms`);
  console.log(`  mail-doctor explain "<one text>":    ${medianWallMs([CLI, 'explain', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown']).toFixed(0).padStart(5)} ms`);
  console.log(`  mail-doctor bounce <one message>:    ${medianWallMs([CLI, 'bounce', message]).toFixed(0).padStart(5)} ms`);
  console.log(`  mail-doctor --version:               ${medianWallMs([CLI, '--version']).toFixed(0).padStart(5)} ms`);
}

if (require.main === module) main();
