/** `npm run bench`: every benchmark in turn; each prints its own figures. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES = ['classify-bench.js', 'cli-start-bench.js', 'audit-bench.js', 'store-bench.js', 'page-bench.js', 'whm-bench.js', 'bounce-bench.js'];

for (const bench of BENCHES) {
  execFileSync(process.execPath, [join(__dirname, bench)], { stdio: 'inherit' });
  console.log('');
}
