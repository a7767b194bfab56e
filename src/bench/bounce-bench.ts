/**
 * Whole-bounce reading speed: Mail Doctor's bounce reader and Sisimai
 * (Debian's libsisimai-perl, Sisimai 4.25) on the same 629 messages of the
 * Sisimai corpus, in messages per CPU-second (user + system, start-up and
 * module loading excluded), and the ratio. Sisimai is installed on demand
 * with apt-get when running as root; otherwise the bench says what is
 * missing and times Mail Doctor alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBounce } from '../bounce/read-bounce';
import { corpusDirectory } from './bounce-eval';

const ROUNDS = 5;

interface Figures {
  readonly messages: number;
  readonly cpuSeconds: number;
  /** CPU seconds of the quickest round: on a shared machine the least disturbed one. */
  readonly bestRoundSeconds: number;
  readonly recipients?: number;
  readonly version?: string;
}

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

function timeSisimai(dir: string): Figures {
  const out = execFileSync('perl', [path.join(repoRoot(), 'scripts', 'sisimai-bench.pl'), dir, String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

/**
 * Passes before the steady-state figure: V8 keeps optimising the reader's
 * code and regular expressions for several passes over the corpus, while
 * Perl's speed does not change after its first pass. A long-running reader
 * (an mbox, the cPanel page in a server process) runs at the steady rate; a
 * single `mail-doctor bounce` run on one file does not, so both are printed.
 */
const STEADY_WARM_UP = 8;

async function timeRounds(files: readonly string[]): Promise<Figures> {
  let cpuSeconds = 0;
  let bestRoundSeconds = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.cpuUsage();
    // Each message is read from disk, as Sisimai reads it.
    for (const file of files) await readBounce(readFileSync(file));
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    cpuSeconds += seconds;
    bestRoundSeconds = Math.min(bestRoundSeconds, seconds);
  }
  return { messages: files.length * ROUNDS, cpuSeconds, bestRoundSeconds };
}

async function timeMailDoctor(dir: string): Promise<{ readonly early: Figures; readonly steady: Figures }> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
  let recipients = 0;
  // Warm-up pass (the engine compiles the hot code), like Sisimai's.
  for (const file of files) recipients += Math.max(1, (await readBounce(readFileSync(file))).recipients.length);
  const early = { ...(await timeRounds(files)), recipients };
  for (let pass = 1 + ROUNDS; pass < STEADY_WARM_UP; pass += 1) for (const file of files) await readBounce(readFileSync(file));
  const steady = await timeRounds(files);
  return { early, steady };
}

function rate(f: Figures): number {
  return f.messages / f.cpuSeconds;
}

async function main(): Promise<void> {
  const dir = path.join(corpusDirectory(), 'eml');
  console.log(`Whole bounces: messages read per CPU-second on the Sisimai corpus (${readdirSync(dir).filter((f) => f.endsWith('.eml')).length} messages × ${ROUNDS} rounds)`);
  const { early, steady } = await timeMailDoctor(dir);
  console.log(`Mail Doctor bounce reader:  ${rate(early).toFixed(0).padStart(6)} messages/CPU-s  (${early.cpuSeconds.toFixed(2)} CPU-s; rounds 2–${1 + ROUNDS}, after one warm-up pass)`);
  console.log(`  steady state:             ${rate(steady).toFixed(0).padStart(6)} messages/CPU-s  (${steady.cpuSeconds.toFixed(2)} CPU-s; after ${STEADY_WARM_UP} passes)`);
  if (!ensureSisimai()) return;
  const ss = timeSisimai(dir);
  console.log(`Sisimai ${ss.version ?? ''} (Perl):`.padEnd(28) + `${rate(ss).toFixed(0).padStart(6)} messages/CPU-s  (${ss.cpuSeconds.toFixed(2)} CPU-s)`);
  console.log(`ratio Mail Doctor / Sisimai: ${(rate(early) / rate(ss)).toFixed(2)}× after one warm-up pass, ${(rate(steady) / rate(ss)).toFixed(2)}× in steady state (goal ≥ 3×)`);
  // The quickest round of each: on a shared machine the figures above move by a third from run to run; these move less.
  const best = (f: Figures): number => f.messages / ROUNDS / f.bestRoundSeconds;
  console.log(`quickest round of each: Mail Doctor ${best(early).toFixed(0)} (after one warm-up) and ${best(steady).toFixed(0)} (steady), Sisimai ${best(ss).toFixed(0)} messages/CPU-s; ratio ${(best(early) / best(ss)).toFixed(2)}× and ${(best(steady) / best(ss)).toFixed(2)}×`);
}

if (require.main === module) void main();
