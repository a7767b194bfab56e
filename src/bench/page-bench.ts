/**
 * How long the cPanel page takes to render for a busy account: a report of
 * 20,000 delivery records (built in memory from the knowledge base's real
 * example texts, classified before timing), then the view model and the EJS
 * render only — no cPanel, no DNS. Target: under 1 s.
 *
 *   node dist-bench/src/bench/page-bench.js [records]
 */
import { generateReport, renderCpanelPage } from '../../test/support/large-report';

const TARGET_MS = 1000;

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? '20000');
  const report = generateReport(records);
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 6; run += 1) {
    const started = process.hrtime.bigint();
    bytes = (await renderCpanelPage(report)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const [first, ...warm] = times;
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)]!;
  console.log(`page-bench: cPanel page for ${records} delivery records (${report.findings.length} findings)`);
  console.log(`  first render (templates compiled): ${first!.toFixed(1)} ms`);
  console.log(`  warm render, median of ${warm.length}: ${median.toFixed(1)} ms  (target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'MISSED'})`);
  console.log(`  page size: ${(bytes / 1024).toFixed(0)} KiB`);
}

if (require.main === module) {
  void main();
}
