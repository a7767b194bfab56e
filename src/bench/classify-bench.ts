/**
 * Classifier throughput and memory. Runs the same pipeline as
 * `mail-doctor explain --json` (split bytes into lines, decode, parse,
 * classify, explain, serialise) over a generated stream, in a child process
 * per input size so each size's peak memory is its own.
 *
 *   node dist-bench/src/bench/classify-bench.js            # all sizes
 *   node dist-bench/src/bench/classify-bench.js --child N  # one size (used internally)
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { DEFAULT_PROFILE } from '../config/provider-profile';
import { explainOne, lineInput } from '../cli/explain-command';
import { lineText, readLineBatches } from '../delivery/line-reader';
import { defaultClassifier } from '../kb/classify';
import type { Classifier } from '../kb/matcher';
import { parseReply } from '../smtp/reply';
import { generateLines } from './line-generator';

/** Warm passes per size: the median of several is what the machine does, not what one unlucky second did. */
const WARM_PASSES = 5;

interface ChildFigures {
  lines: number;
  /**
   * CPU seconds (user + system) of this process, threads included: on a busy
   * machine wall time says more about the neighbours. `coldSeconds` is the
   * first pass in a fresh process (the engine still compiling the hot code),
   * `warmSeconds` the further passes over the same file, in order.
   */
  coldSeconds: number;
  warmSeconds: number[];
  pipelineSeconds: number;
  peakRssMiB: number;
  /** The machine yardstick, read right before each warm pass. */
  references: number[];
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Reads, parses and classifies every line of the file (no output); returns the line count and CPU seconds. */
async function classifyFile(file: string, classifier: Classifier): Promise<{ lines: number; seconds: number }> {
  const started = process.cpuUsage();
  let lines = 0;
  for await (const batch of readLineBatches(createReadStream(file), 64 * 1024)) {
    for (const raw of batch) {
      classifier.classify(parseReply(lineText(raw)));
      lines += 1;
    }
  }
  return { lines, seconds: cpuSeconds(started) };
}

/** Reading a file is what `explain` does with a log; generating inside the timed loop would measure the generator. */
async function measure(file: string): Promise<ChildFigures> {
  const classifier = defaultClassifier();
  const cold = await classifyFile(file, classifier);
  const warmSeconds: number[] = [];
  const references: number[] = [];
  for (let pass = 0; pass < WARM_PASSES; pass += 1) {
    references.push(machineReference());
    const warm = await classifyFile(file, classifier);
    if (warm.lines !== cold.lines) throw new Error('two passes read different line counts');
    warmSeconds.push(warm.seconds);
  }

  // The whole explain pipeline including rendering and JSON, written nowhere.
  const started = process.cpuUsage();
  const options = { json: true, lang: 'nl' as const, profile: DEFAULT_PROFILE };
  let bytes = 0;
  for await (const batch of readLineBatches(createReadStream(file), 64 * 1024)) {
    for (const raw of batch) bytes += JSON.stringify(explainOne(raw.number, lineInput(raw), options)).length;
  }
  const pipelineSeconds = cpuSeconds(started);
  if (bytes === 0) throw new Error('the pipeline produced no output');
  return {
    lines: cold.lines,
    coldSeconds: cold.seconds,
    warmSeconds,
    pipelineSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    references,
  };
}

/**
 * A yardstick for the machine itself: how fast a plain loop reads characters.
 * On a shared or throttled machine every figure drops together; this one says
 * by how much.
 */
function machineReference(): number {
  const text = 'smtp error from remote mail server '.repeat(30_000);
  const read = (s: string): number => {
    let sum = 0;
    for (let i = 0; i < s.length; i += 1) sum += s.charCodeAt(i);
    return sum;
  };
  for (let warm = 0; warm < 3; warm += 1) read(text);
  const started = process.cpuUsage();
  let total = 0;
  for (let round = 0; round < 10; round += 1) total += read(text);
  if (total === 0) throw new Error('unreachable');
  return (text.length * 10) / (cpuSeconds(started) * 1e6);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function parent(): Promise<void> {
  const run = promisify(execFile);
  console.log('classifier benchmark (one process per size; lines per CPU-second of that process, its helper threads included)');
  console.log('classify = read, decode, parse and classify each line; first pass = fresh process, the engine still compiling;');
  console.log(`warm = ${WARM_PASSES} more passes over the same file, their median and best (target: 100,000 lines/s on one core);`);
  console.log('explain --json = the whole command minus writing; machine = characters a plain loop reads per CPU-microsecond');
  console.log('during the warm passes (median, lowest–highest): on a shared machine every figure moves with it');
  console.log('lines      first pass   warm median    warm best   explain --json   peak RSS   machine');
  const dir = mkdtempSync(join(tmpdir(), 'mail-doctor-bench-'));
  try {
    for (const count of [100_000, 200_000, 400_000]) {
      const file = join(dir, `lines-${count}.log`);
      await pipeline(generateLines(count), createWriteStream(file));
      await report(run, file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function report(run: (file: string, args: string[], o: { maxBuffer: number }) => Promise<{ stdout: string }>, file: string): Promise<void> {
  {
    const { stdout } = await run(process.execPath, [__filename, '--child', file], { maxBuffer: 1 << 20 });
    const f = JSON.parse(stdout) as ChildFigures;
    const rate = (s: number): string => Math.round(f.lines / s).toLocaleString('en-US');
    const machine = `${median(f.references).toFixed(0)} (${Math.min(...f.references).toFixed(0)}–${Math.max(...f.references).toFixed(0)})`;
    console.log(
      `${f.lines.toLocaleString('en-US').padEnd(10)} ${rate(f.coldSeconds).padStart(10)}   ${rate(median(f.warmSeconds)).padStart(11)}   ${rate(Math.min(...f.warmSeconds)).padStart(10)}   ${rate(f.pipelineSeconds).padStart(14)}   ${f.peakRssMiB.toFixed(0).padStart(4)} MiB   ${machine}`,
    );
  }
}

if (require.main === module) {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    void measure(process.argv[childAt + 1] ?? '').then((f) => process.stdout.write(JSON.stringify(f)));
  } else {
    void parent();
  }
}
