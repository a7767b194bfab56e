/**
 * Whole-bounce reading speed: Mail Doctor's bounce reader and Sisimai
 * (Debian's libsisimai-perl, Sisimai 4.25) on the same 629 messages of the
 * Sisimai corpus, in messages per CPU-second (user + system, start-up and
 * module loading excluded), and the ratio. Sisimai is installed on demand
 * with apt-get when running as root; otherwise the bench says what is
 * missing and times Mail Doctor alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { readBounce } from '../bounce/read-bounce';
import { corpusDirectory } from './bounce-eval';

/** Rounds of each reader just after the warm-up pass, and in steady state, where more rounds steady the median of the pairs. */
const WARM_ROUNDS = 5;
const STEADY_ROUNDS = 9;

function repoRoot(): string {
  return path.resolve(corpusDirectory(), '..', '..', '..', '..');
}

function sisimaiInstalled(): boolean {
  return spawnSync('perl', ['-MSisimai', '-e', '1'], { stdio: 'ignore' }).status === 0;
}

/** Installs libsisimai-perl like the test packages: as root with apt-get, else says what is missing. */
function ensureSisimai(): boolean {
  if (sisimaiInstalled()) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt) {
    console.log('Sisimai is not installed: the comparison needs the Debian package libsisimai-perl (install it with apt-get as root).');
    return false;
  }
  console.log('installing libsisimai-perl for the comparison …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update', '-qq'], { stdio: 'ignore', env });
  const r = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', 'libsisimai-perl'], { stdio: 'ignore', env });
  if (r.status !== 0 || !sisimaiInstalled()) {
    console.log('libsisimai-perl could not be installed: Mail Doctor is timed alone.');
    return false;
  }
  return true;
}

/** Sisimai in a child process that runs one timed pass each time it is asked (scripts/sisimai-bench.pl). */
interface PacedSisimai {
  readonly version: string;
  /** One timed pass over the folder: its CPU seconds. */
  round(): Promise<number>;
  close(): void;
}

async function startSisimai(dir: string): Promise<PacedSisimai> {
  const child = spawn('perl', [path.join(repoRoot(), 'scripts', 'sisimai-bench.pl'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => {
    const line = await lines.next();
    if (line.done === true) throw new Error('the Sisimai bench script stopped before answering');
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const ready = await next();
  return {
    version: String(ready['version'] ?? ''),
    round: async () => {
      child.stdin.write('round\n');
      return Number((await next())['seconds']);
    },
    close: () => child.stdin.end(),
  };
}

/**
 * Passes before the steady-state figure: V8 keeps optimising the reader's
 * code and regular expressions for several passes over the corpus, while
 * Perl's speed does not change after its first pass. A long-running reader
 * (an mbox, the cPanel page in a server process) runs at the steady rate; a
 * single `mail-doctor bounce` run on one file does not, so both are printed.
 */
const STEADY_WARM_UP = 8;

/** One pass of Mail Doctor's reader over the files, each read from disk as Sisimai reads it: its CPU seconds. */
async function mailDoctorRound(files: readonly string[]): Promise<number> {
  const start = process.cpuUsage();
  for (const file of files) await readBounce(readFileSync(file));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Rounds of the two readers taken in turns, so that both meet the same load of a shared machine. */
interface Pairs {
  readonly mailDoctor: number[];
  readonly sisimai: number[];
}

async function pairedRounds(files: readonly string[], sisimai: PacedSisimai | undefined, rounds: number): Promise<Pairs> {
  const pairs: Pairs = { mailDoctor: [], sisimai: [] };
  for (let round = 0; round < rounds; round += 1) {
    // Which reader goes first alternates, so that neither always meets the other's after-effects (caches, frequency).
    if (sisimai !== undefined && round % 2 === 1) pairs.sisimai.push(await sisimai.round());
    pairs.mailDoctor.push(await mailDoctorRound(files));
    if (sisimai !== undefined && round % 2 === 0) pairs.sisimai.push(await sisimai.round());
  }
  return pairs;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function report(label: string, pairs: Pairs, messages: number): void {
  const rate = (seconds: readonly number[]): number => (messages * seconds.length) / sum(seconds);
  console.log(`${label.padEnd(28)}Mail Doctor ${rate(pairs.mailDoctor).toFixed(0).padStart(5)} messages/CPU-s (${sum(pairs.mailDoctor).toFixed(2)} CPU-s)` + (pairs.sisimai.length === 0 ? '' : `, Sisimai ${rate(pairs.sisimai).toFixed(0).padStart(5)} (${sum(pairs.sisimai).toFixed(2)} CPU-s)`));
  if (pairs.sisimai.length === 0) return;
  // Each pair ran back to back: its ratio is free of the load drifting between the two readers' turns.
  const ratios = pairs.mailDoctor.map((md, i) => pairs.sisimai[i]! / md);
  console.log(`${''.padEnd(28)}ratio Mail Doctor / Sisimai: ${(rate(pairs.mailDoctor) / rate(pairs.sisimai)).toFixed(2)}× over the rounds, median of the round pairs ${median(ratios).toFixed(2)}× (lowest–highest ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×); goal ≥ 3×`);
}

/**
 * CPU seconds (user + system) of one command run, start-up included, read
 * with the POSIX shell's `times` (no GNU time needed): what one
 * `mail-doctor bounce` over many files costs, beside the same for Sisimai.
 */
function commandCpu(command: readonly string[]): number | undefined {
  const r = spawnSync('sh', ['-c', '"$@" > /dev/null 2>&1; times', 'sh', ...command], { encoding: 'utf8', timeout: 300_000 });
  // Second line: the children's user and system time, "0m1.080000s 0m0.290000s".
  const line = r.stdout?.split('\n')[1] ?? '';
  const m = /^(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(line.trim());
  if (r.status !== 0 || m === null) return undefined;
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
}

/** One run of each command over all files, in turns, three times: the medians. */
function oneRun(files: readonly string[], withSisimai: boolean): void {
  const cli = path.join(__dirname, '..', 'cli', 'main.js');
  const md: number[] = [];
  const sis: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const a = commandCpu([process.execPath, cli, 'bounce', '--json', ...files]);
    if (a !== undefined) md.push(a);
    // Sisimai's JSON for each message, as the command writes Mail Doctor's records.
    const b = withSisimai ? commandCpu(['perl', '-MSisimai', '-e', 'print Sisimai->dump($_, "delivered" => 1, "vacation" => 1) for @ARGV', ...files]) : undefined;
    if (b !== undefined) sis.push(b);
  }
  if (md.length === 0) {
    console.log('one command run:            could not be timed (no POSIX shell?)');
    return;
  }
  const rate = (xs: readonly number[]): number => files.length / median(xs);
  const line = `one command run, start-up included: Mail Doctor ${rate(md).toFixed(0).padStart(5)} messages/CPU-s (\`mail-doctor bounce --json\`, ${median(md).toFixed(2)} CPU-s)`;
  console.log(sis.length === 0 ? line : `${line}, Sisimai ${rate(sis).toFixed(0)} (Sisimai->dump per file, ${median(sis).toFixed(2)} CPU-s): ${(rate(md) / rate(sis)).toFixed(2)}×`);
}

async function main(): Promise<void> {
  const dir = path.join(corpusDirectory(), 'eml');
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
  console.log(`Whole bounces: messages read per CPU-second on the Sisimai corpus (${files.length} messages; ${WARM_ROUNDS} rounds of each reader after the warm-up pass, ${STEADY_ROUNDS} in steady state, taken in turns)`);
  // Warm-up pass (the engine compiles the hot code), like Sisimai's.
  let recipients = 0;
  for (const file of files) recipients += Math.max(1, (await readBounce(readFileSync(file))).recipients.length);
  const sisimai = ensureSisimai() ? await startSisimai(dir) : undefined;
  try {
    if (sisimai !== undefined) console.log(`Sisimai ${sisimai.version} (Perl), the peer; Mail Doctor found ${recipients} recipient rows on its warm-up pass`);
    report('after one warm-up pass:', await pairedRounds(files, sisimai, WARM_ROUNDS), files.length);
    for (let pass = 1 + WARM_ROUNDS; pass < STEADY_WARM_UP; pass += 1) await mailDoctorRound(files);
    report(`steady (after ${STEADY_WARM_UP} passes):`, await pairedRounds(files, sisimai, STEADY_ROUNDS), files.length);
  } finally {
    sisimai?.close();
  }
  oneRun(files, sisimai !== undefined);
}

if (require.main === module) void main();
