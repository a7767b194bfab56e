/**
 * `npm run eval` (third part): real bounce e-mails from public places other
 * than the Sisimai corpus (test/fixtures/eval/whole-bounces.jsonl: bounces
 * people pasted into issue threads, most of them as the body alone), read by
 * the bounce reader. Each failed recipient was labelled by reading, with a
 * reason in Sisimai's vocabulary. Prints figures, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBounce } from '../bounce/read-bounce';
import { packageRoot } from '../util/package-root';

interface CollectedBounce {
  readonly message: string;
  /** Whether the header block was quoted too (else the body alone). */
  readonly whole: boolean;
  readonly source: string;
  readonly mta: string;
  readonly recipients: ReadonlyArray<{ readonly address: string; readonly reason: string }>;
}

interface Tally {
  rows: number;
  found: number;
  agreed: number;
}

export async function wholeBounceCollection(showMisses: boolean): Promise<void> {
  const file = path.join(packageRoot(), 'test', 'fixtures', 'eval', 'whole-bounces.jsonl');
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CollectedBounce);
  const total: Tally = { rows: 0, found: 0, agreed: 0 };
  const byMta = new Map<string, Tally>();
  const misses: string[] = [];
  let errors = 0;
  for (const [n, item] of items.entries()) {
    const t = byMta.get(item.mta) ?? { rows: 0, found: 0, agreed: 0 };
    byMta.set(item.mta, t);
    let got: ReadonlyArray<{ address: string; reason: string }> = [];
    try {
      const report = await readBounce(Buffer.from(item.message, 'utf8'));
      got = report.recipients.map((r) => ({ address: r.recipient.toLowerCase(), reason: r.reason }));
    } catch (error) {
      errors += 1;
      misses.push(`#${n} ${item.mta}: no report (${error instanceof Error ? error.message : String(error)})`);
    }
    for (const want of item.recipients) {
      const row = got.find((g) => g.address === want.address.toLowerCase());
      for (const x of [t, total]) {
        x.rows += 1;
        if (row !== undefined) x.found += 1;
        if (row?.reason === want.reason) x.agreed += 1;
      }
      if (row === undefined) misses.push(`#${n} ${item.mta}: recipient ${want.address} not found (found: ${got.map((g) => g.address).join(', ') || '-'})`);
      else if (row.reason !== want.reason) misses.push(`#${n} ${item.mta}: ${want.address} reason ${row.reason} (label ${want.reason})`);
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '    -' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const whole = items.filter((i) => i.whole).length;
  console.log(`\nOther real bounces (not Sisimai's): ${items.length} messages quoted in public threads (${whole} with their header block, the rest the body alone), ${total.rows} recipient rows`);
  console.log('family                      rows  recipient found   same reason as the label');
  for (const [name, t] of [...byMta].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${name.padEnd(26)} ${String(t.rows).padStart(5)}  ${String(t.found).padStart(5)} ${pct(t.found, t.rows)}  ${String(t.agreed).padStart(5)} ${pct(t.agreed, t.rows)}`);
  }
  console.log(`${'ALL'.padEnd(26)} ${String(total.rows).padStart(5)}  ${String(total.found).padStart(5)} ${pct(total.found, total.rows)}  ${String(total.agreed).padStart(5)} ${pct(total.agreed, total.rows)}`);
  console.log(`messages that gave no report: ${errors}`);
  if (showMisses) for (const m of misses) console.log(`  miss ${m}`);
}
