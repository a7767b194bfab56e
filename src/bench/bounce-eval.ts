/**
 * `npm run eval` (second part): reads every message of the Sisimai corpus
 * (test/fixtures/samples/sisimai) as a whole bounce and compares, per MTA
 * family, the recipients and reasons with Sisimai's. Recipient addresses are
 * checked against Sisimai 4.25's own output (recipients-sisimai-4.25.jsonl);
 * reasons against the newer Sisimai tables (expected.jsonl). Prints figures,
 * not pass/fail: a map for improving the reader and the knowledge base.
 * `--misses` also lists every disagreement.
 */
import { packageRoot } from '../util/package-root';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasServerWords, readBounce, type BounceReport } from '../bounce/read-bounce';
import { RENAMED_REASONS } from '../bounce/reasons';
import { wholeBounceCollection } from './whole-bounce-collection';

interface ExpectedRow {
  readonly file: string;
  readonly index: number;
  readonly reason: string;
}

interface Sisimai425Row {
  readonly file: string;
  readonly index: number;
  readonly recipient: string;
}

export function corpusDirectory(): string {
  return path.join(packageRoot(), 'test', 'fixtures', 'samples', 'sisimai');
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** "lhost-exim-07.eml" → "lhost-exim". */
export function family(file: string): string {
  return file.replace(/-\d+\.eml$/, '');
}

interface Tally {
  rows: number;
  found: number;
  agreed: number;
  agreedByKb: number;
  agreedByReport: number;
  agreedByFallback: number;
  crashes: number;
}

const KIND_REASON: Readonly<Record<string, string>> = { 'feedback-report': 'feedback', 'auto-reply': 'vacation', delivered: 'delivered' };

/** What the report says about recipient row `index`: address and reason, with where the reason came from. */
export function rowOf(report: BounceReport, index: number): { address?: string; reason?: string; source: string; words?: boolean } {
  const special = KIND_REASON[report.kind];
  if (special !== undefined) {
    const address = report.aboutAll?.[index] ?? report.about;
    return { ...(address === undefined ? {} : { address }), reason: special, source: 'message-kind' };
  }
  const r = report.recipients[index];
  if (r === undefined) return { source: 'none' };
  // Whether the reader found the remote server's words for this recipient (beyond the address itself).
  const words = hasServerWords(r.diagnosticCode);
  return { address: r.recipient, reason: r.reason, source: r.reasonSource, words };
}

async function main(): Promise<void> {
  const showMisses = process.argv.includes('--misses');
  const dir = corpusDirectory();
  const expected = jsonLines<ExpectedRow>(path.join(dir, 'expected.jsonl'));
  const addresses = new Map(jsonLines<Sisimai425Row>(path.join(dir, 'recipients-sisimai-4.25.jsonl')).map((r) => [`${r.file}#${r.index}`, r.recipient.toLowerCase()]));
  const byFile = new Map<string, ExpectedRow[]>();
  for (const row of expected) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
  const tallies = new Map<string, Tally>();
  const total: Tally = { rows: 0, found: 0, agreed: 0, agreedByKb: 0, agreedByReport: 0, agreedByFallback: 0, crashes: 0 };
  const special: Record<string, { rows: number; recognised: number }> = { feedback: { rows: 0, recognised: 0 }, vacation: { rows: 0, recognised: 0 }, delivered: { rows: 0, recognised: 0 } };
  const misses: string[] = [];
  const missBy = { kbWrong: 0, kbUnknown: 0, noWords: 0, notFound: 0, kind: 0 };
  const files = readdirSync(path.join(dir, 'eml')).filter((f) => f.endsWith('.eml')).sort();
  for (const file of files) {
    const rows = byFile.get(file) ?? [];
    const t = tallies.get(family(file)) ?? { rows: 0, found: 0, agreed: 0, agreedByKb: 0, agreedByReport: 0, agreedByFallback: 0, crashes: 0 };
    tallies.set(family(file), t);
    let report: BounceReport | undefined;
    try {
      report = await readBounce(readFileSync(path.join(dir, 'eml', file)));
    } catch (error) {
      t.crashes += 1;
      total.crashes += 1;
      misses.push(`${file}: ERROR ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const row of rows) {
      t.rows += 1;
      total.rows += 1;
      const want = RENAMED_REASONS[row.reason] ?? row.reason;
      const got = report === undefined ? { source: 'none' } : rowOf(report, row.index);
      const sisimaiAddress = addresses.get(`${file}#${row.index}`);
      const found = got.address !== undefined && (sisimaiAddress === undefined || sisimaiAddress === got.address.toLowerCase());
      if (found) {
        t.found += 1;
        total.found += 1;
      }
      const agreed = got.reason === want;
      if (agreed) {
        for (const x of [t, total]) {
          x.agreed += 1;
          if (got.source === 'knowledge-base' || got.source === 'message-kind') x.agreedByKb += 1;
          else if (got.source === 'knowledge-base+report') x.agreedByReport += 1;
          else x.agreedByFallback += 1;
        }
      }
      const s = special[want];
      if (s !== undefined) {
        s.rows += 1;
        if (agreed) s.recognised += 1;
      }
      if (!agreed) {
        if (got.address === undefined) missBy.notFound += 1;
        else if (got.source === 'message-kind') missBy.kind += 1;
        else if (got.words === false) missBy.noWords += 1;
        else if (got.source === 'knowledge-base' || got.source === 'knowledge-base+report') missBy.kbWrong += 1;
        else missBy.kbUnknown += 1;
      }
      if (!found || !agreed) {
        misses.push(`${file}#${row.index}: ${found ? '' : `recipient ${got.address ?? '-'} (Sisimai ${sisimaiAddress ?? '?'}) `}${agreed ? '' : `reason ${got.reason ?? '-'} [${got.source}] (Sisimai ${want})`}`);
      }
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '    -' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(`Whole bounces: the Sisimai corpus read by Mail Doctor's bounce reader (${files.length} messages, ${total.rows} recipient rows)`);
  console.log('family                      rows  recipient found   same reason   (kb / kb+report / status-code fallback)  crashes');
  for (const [name, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${name.padEnd(26)} ${String(t.rows).padStart(5)}  ${String(t.found).padStart(5)} ${pct(t.found, t.rows)}  ${String(t.agreed).padStart(5)} ${pct(t.agreed, t.rows)}   (${t.agreedByKb} / ${t.agreedByReport} / ${t.agreedByFallback})  ${t.crashes}`);
  }
  console.log(`${'ALL'.padEnd(26)} ${String(total.rows).padStart(5)}  ${String(total.found).padStart(5)} ${pct(total.found, total.rows)}  ${String(total.agreed).padStart(5)} ${pct(total.agreed, total.rows)}   (${total.agreedByKb} / ${total.agreedByReport} / ${total.agreedByFallback})  ${total.crashes}`);
  const kbAndReport = total.agreedByKb + total.agreedByReport;
  console.log(`same reason: knowledge base (or message kind) alone ${total.agreedByKb} (${pct(total.agreedByKb, total.rows).trim()}); with the report's stage/temporary-status refinements ${kbAndReport} (${pct(kbAndReport, total.rows).trim()}); with the LAST-RESORT status-code fallback ${total.agreed} (${pct(total.agreed, total.rows).trim()})`);
  const said = (k: string): string => `${special[k]!.recognised} of ${special[k]!.rows}`;
  console.log(`feedback reports recognised: ${said('feedback')}; auto-replies: ${said('vacation')}; success notices: ${said('delivered')}`);
  console.log(`crashes (a file that gave an error): ${total.crashes}`);
  console.log(
    `reason misses by cause: reader found no recipient ${missBy.notFound}, reader found no server words ${missBy.noWords}, wrong message kind ${missBy.kind}; ` +
      `knowledge base gave another reason ${missBy.kbWrong}, knowledge base did not recognise the server's words ${missBy.kbUnknown} (of these, the status-code fallback is what was compared)`,
  );
  if (showMisses) for (const m of misses) console.log(`  miss ${m}`);
  await wholeBounceCollection(showMisses);
}

if (require.main === module) void main();
