/** Runs one `audit` in this process and prints its own time, CPU and memory (for audit-bench). */
import { Writable } from 'node:stream';
import { main } from '../cli/main';

export interface ChildFigures {
  wallMs: number;
  userMs: number;
  systemMs: number;
  maxRssMiB: number;
  exitCode: number;
}

async function child(): Promise<void> {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const realWrite = process.stdout.write.bind(process.stdout);
  // The report goes nowhere: the figures are what this process prints.
  process.stdout.write = sink.write.bind(sink) as typeof process.stdout.write;
  const started = Date.now();
  const cpu = process.cpuUsage();
  const exitCode = await main(['audit', ...process.argv.slice(2)]);
  const used = process.cpuUsage(cpu);
  process.stdout.write = realWrite;
  const figures: ChildFigures = {
    wallMs: Date.now() - started,
    userMs: used.user / 1000,
    systemMs: used.system / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    exitCode,
  };
  process.stdout.write(JSON.stringify(figures));
}

if (require.main === module) void child();
