/**
 * `npm run eval`: how well the knowledge base generalises, on texts no rule
 * was written from.
 *
 * 1. The Sisimai corpus (test/fixtures/samples/sisimai): for every message
 *    with a Diagnostic-Code field, the field is classified and its reason set
 *    against the reason Sisimai recorded. Printed per tier and per family
 *    (the MTA or provider the file is named for).
 * 2. The evaluation collection (test/fixtures/eval/bounce-texts.jsonl): real
 *    bounce texts quoted in public forums, issue trackers and providers' help
 *    pages, each with its source address and the ids a person accepts for it.
 *    Rules are never written from it. Printed: right id, precision when an id
 *    is named, unknown among texts with an enhanced status code; per tier and
 *    per provider family.
 * 3. A second collection of the same kind (test/fixtures/eval/fresh-texts.jsonl),
 *    gathered after the first had been looked at many times: its figures are
 *    the fresher view of how the knowledge base does on texts it never saw.
 * 4. A third collection (test/fixtures/eval/holdout-texts.jsonl), gathered
 *    while rules were written from the second and measured once after.
 * 5. A fourth (test/fixtures/eval/final-texts.jsonl), gathered while rules
 *    were written from the third, measured once after.
 * 6. A fifth (test/fixtures/eval/last-texts.jsonl), the same way after the
 *    fourth.
 * 7. A sixth (test/fixtures/eval/sixth-texts.jsonl), the same way after the
 *    fifth.
 * 8. A seventh (test/fixtures/eval/seventh-texts.jsonl), the same way after
 *    the sixth.
 * 9. An eighth (test/fixtures/eval/eighth-texts.jsonl), the same way after
 *    the seventh.
 * 10. A ninth (test/fixtures/eval/ninth-texts.jsonl), the same way after the
 *    eighth.
 * 11. A tenth (test/fixtures/eval/tenth-texts.jsonl), the same way after the
 *    ninth.
 * 12. An eleventh (test/fixtures/eval/eleventh-texts.jsonl), the same way
 *    after the tenth.
 * 13. A twelfth (test/fixtures/eval/twelfth-texts.jsonl), the same way after
 *    the eleventh.
 * 14. A thirteenth (test/fixtures/eval/thirteenth-texts.jsonl), the same way
 *    after the twelfth.
 * 15. A fourteenth (test/fixtures/eval/fourteenth-texts.jsonl), the same way
 *    after the thirteenth.
 * 16. A fifteenth (test/fixtures/eval/fifteenth-texts.jsonl), the same way
 *    after the fourteenth.
 * 17. A sixteenth (test/fixtures/eval/sixteenth-texts.jsonl), the same way
 *    after the fifteenth.
 * 18. A seventeenth (test/fixtures/eval/seventeenth-texts.jsonl), the same
 *    way after the sixteenth.
 * 19. An eighteenth (test/fixtures/eval/eighteenth-texts.jsonl), the same way
 *    after the seventeenth.
 * 20. A nineteenth (test/fixtures/eval/nineteenth-texts.jsonl), the same way
 *    after the eighteenth.
 * 21. A twentieth (test/fixtures/eval/twentieth-texts.jsonl), the same way
 *    after the nineteenth.
 * 22. A twenty-first (test/fixtures/eval/twenty-first-texts.jsonl), the same
 *    way after the twentieth.
 * 23. A twenty-second (test/fixtures/eval/twenty-second-texts.jsonl), the
 *    same way after the twenty-first.
 * 24. A twenty-third (test/fixtures/eval/twenty-third-texts.jsonl), the same
 *    way after the twenty-second.
 * 25. A twenty-fourth (test/fixtures/eval/twenty-fourth-texts.jsonl), the same
 *    way after the twenty-third.
 * 26. A twenty-fifth (test/fixtures/eval/twenty-fifth-texts.jsonl), the same
 *    way after the twenty-fourth.
 * 27. A twenty-sixth (test/fixtures/eval/twenty-sixth-texts.jsonl), the same
 *    way after the twenty-fifth.
 * 28. A twenty-seventh (test/fixtures/eval/twenty-seventh-texts.jsonl), the
 *    same way after the twenty-sixth.
 * 29. A twenty-eighth (test/fixtures/eval/twenty-eighth-texts.jsonl), the same
 *    way after the twenty-seventh.
 * 30. A twenty-ninth (test/fixtures/eval/twenty-ninth-texts.jsonl), the same
 *    way after the twenty-eighth.
 * 31. A thirtieth (test/fixtures/eval/thirtieth-texts.jsonl), gathered side by
 *    side with the twenty-ninth.
 * 32. A thirty-first (test/fixtures/eval/thirty-first-texts.jsonl), the same
 *    way after the thirtieth.
 * 33. A thirty-second (test/fixtures/eval/thirty-second-texts.jsonl), the same
 *    way after the thirty-first.
 * 34. A thirty-third (test/fixtures/eval/thirty-third-texts.jsonl), the same
 *    way after the thirty-second.
 *
 * A map for improving the knowledge base, not a pass/fail test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../util/package-root';
import { classify, type Classification } from '../kb/classify';
import { diagnosticCodeField } from '../smtp/dsn-field';
import { parseMime } from '../bounce/mime';
import { RENAMED_REASONS } from '../bounce/reasons';

/**
 * Sisimai's older reason names (the corpus tables use them) in today's words,
 * and the reasons Sisimai splits finer than the catalogue does: a receiving
 * system that is full is one kind of receiving system failing (one id,
 * receiver-system-error, reason systemerror).
 */
const RENAMED: Readonly<Record<string, string>> = { ...RENAMED_REASONS, systemfull: 'systemerror' };

const TIERS = ['rule', 'provider-code', 'reason-phrase', 'status-code', 'unknown'] as const;


const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** Counts of one group: texts, given an id, agreeing (or right), by tier. */
class Tally {
  total = 0;
  named = 0;
  good = 0;
  readonly byTier = new Map<string, { total: number; good: number }>();

  add(c: Classification, good: boolean): void {
    this.total += 1;
    if (c.id !== 'unknown') this.named += 1;
    if (good) this.good += 1;
    const t = this.byTier.get(c.tier) ?? { total: 0, good: 0 };
    t.total += 1;
    if (good) t.good += 1;
    this.byTier.set(c.tier, t);
  }
}

function printTiers(tally: Tally, goodWord: string): void {
  console.log(`  per tier (texts, ${goodWord} within the tier):`);
  for (const tier of TIERS) {
    const t = tally.byTier.get(tier);
    if (t === undefined) continue;
    console.log(`    ${tier.padEnd(14)} ${String(t.total).padStart(4)}  ${tier === 'unknown' ? '' : pct(t.good, t.total)}`);
  }
}

function printFamilies(families: Map<string, Tally>, goodWord: string): void {
  console.log(`  per family (texts, given an id, ${goodWord}):`);
  for (const [family, t] of [...families].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))) {
    console.log(`    ${family.padEnd(22)} ${String(t.total).padStart(4)}  ${pct(t.named, t.total)}  ${pct(t.good, t.total)}`);
  }
}

function sisimaiFamily(file: string): string {
  const m = /^(lhost|rhost)-(.+?)-\d+\.eml$/.exec(file);
  if (m !== null) return `${m[1]}:${m[2]}`;
  return file.replace(/-\d+\.eml$/, '');
}

/**
 * The Diagnostic-Code field as a reader sees it: from the decoded
 * delivery-status part or, for a report written inline, the decoded text (a
 * quoted-printable part breaks the field mid-word in the raw bytes); else
 * from the raw message.
 */
async function diagnosticCodeOf(bytes: Buffer): Promise<string | undefined> {
  try {
    const message = await parseMime(bytes);
    const decoded = diagnosticCodeField(message.deliveryStatus.join('\n')) ?? diagnosticCodeField(message.text);
    if (decoded !== undefined) return decoded;
  } catch {
    // Unreadable MIME: the raw bytes are all there is.
  }
  return diagnosticCodeField(bytes.toString('latin1'));
}

async function sisimaiCorpus(root: string): Promise<void> {
  const dir = path.join(root, 'test', 'fixtures', 'samples', 'sisimai');
  const expected = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, 'expected.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { file: string; index: number; reason: string };
    if (row.index === 0) expected.set(row.file, RENAMED[row.reason] ?? row.reason);
  }
  const all = new Tally();
  const families = new Map<string, Tally>();
  const confusion = new Map<string, number>();
  for (const file of readdirSync(path.join(dir, 'eml')).sort()) {
    const text = await diagnosticCodeOf(readFileSync(path.join(dir, 'eml', file)));
    const reason = expected.get(file);
    if (text === undefined || reason === undefined) continue;
    const c = classify(text);
    const agrees = c.id !== 'unknown' && c.reason === reason;
    all.add(c, agrees);
    const family = sisimaiFamily(file);
    if (!families.has(family)) families.set(family, new Tally());
    families.get(family)!.add(c, agrees);
    if (c.id !== 'unknown' && !agrees) {
      const key = `${reason} → ${c.reason} (${c.id})`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  console.log('1. Sisimai corpus: Diagnostic-Code fields');
  console.log(`  messages with a Diagnostic-Code: ${all.total}`);
  console.log(`  given an id (not unknown):        ${all.named} (${pct(all.named, all.total).trim()})`);
  console.log(`  same reason as Sisimai:           ${all.good} (${pct(all.good, all.named).trim()} of those given an id)`);
  printTiers(all, 'agreeing');
  printFamilies(families, 'agreeing');
  console.log('  commonest disagreements (Sisimai → Mail Doctor):');
  for (const [pair, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${String(n).padStart(3)}  ${pair}`);
}

interface CollectedText {
  readonly text: string;
  /** Where the text was published (an address). */
  readonly source: string;
  /** The provider (or server software) family that wrote the text. */
  readonly provider: string;
  /** Ids a person accepts for this text; ["unknown"] when no catalogue id fits. */
  readonly accept: readonly string[];
}

/** The collections in the order they were gathered; each later one was measured once before anything was learnt from it. */
const COLLECTIONS: ReadonlyArray<readonly [file: string, heading: string]> = [
  ['bounce-texts.jsonl', '2. Evaluation collection: real texts, not used to write rules'],
  ['fresh-texts.jsonl', '3. Second collection: real texts gathered later, kept apart (test/fixtures/eval/README.md gives its first figures)'],
  ['holdout-texts.jsonl', '4. Third collection: real texts gathered later still, kept apart (README there)'],
  ['final-texts.jsonl', '5. Fourth collection: real texts gathered later, kept apart (README there)'],
  ['last-texts.jsonl', '6. Fifth collection: real texts gathered later, kept apart (README there)'],
  ['sixth-texts.jsonl', '7. Sixth collection: real texts gathered later, kept apart (README there)'],
  ['seventh-texts.jsonl', '8. Seventh collection: real texts gathered later, kept apart (README there)'],
  ['eighth-texts.jsonl', '9. Eighth collection: real texts gathered later, kept apart (README there)'],
  ['ninth-texts.jsonl', '10. Ninth collection: real texts gathered later, kept apart (README there)'],
  ['tenth-texts.jsonl', '11. Tenth collection: real texts gathered later, kept apart (README there)'],
  ['eleventh-texts.jsonl', '12. Eleventh collection: real texts gathered later, kept apart (README there)'],
  ['twelfth-texts.jsonl', '13. Twelfth collection: real texts gathered later, kept apart (README there)'],
  ['thirteenth-texts.jsonl', '14. Thirteenth collection: real texts gathered later, kept apart (README there)'],
  ['fourteenth-texts.jsonl', '15. Fourteenth collection: real texts gathered later, kept apart (README there)'],
  ['fifteenth-texts.jsonl', '16. Fifteenth collection: real texts gathered later, kept apart (README there)'],
  ['sixteenth-texts.jsonl', '17. Sixteenth collection: real texts gathered later, kept apart (README there)'],
  ['seventeenth-texts.jsonl', '18. Seventeenth collection: real texts gathered later, kept apart (README there)'],
  ['eighteenth-texts.jsonl', '19. Eighteenth collection: real texts gathered later, kept apart (README there)'],
  ['nineteenth-texts.jsonl', '20. Nineteenth collection: real texts gathered later, kept apart (README there)'],
  ['twentieth-texts.jsonl', '21. Twentieth collection: real texts gathered later, kept apart (README there)'],
  ['twenty-first-texts.jsonl', '22. Twenty-first collection: real texts gathered later, kept apart (README there)'],
  ['twenty-second-texts.jsonl', '23. Twenty-second collection: real texts gathered later, kept apart (README there)'],
  ['twenty-third-texts.jsonl', '24. Twenty-third collection: real texts gathered later, kept apart (README there)'],
  ['twenty-fourth-texts.jsonl', '25. Twenty-fourth collection: real texts gathered later, kept apart (README there)'],
  ['twenty-fifth-texts.jsonl', '26. Twenty-fifth collection: real texts gathered later, kept apart (README there)'],
  ['twenty-sixth-texts.jsonl', '27. Twenty-sixth collection: real texts gathered later, kept apart (README there)'],
  ['twenty-seventh-texts.jsonl', '28. Twenty-seventh collection: real texts gathered later, kept apart (README there)'],
  ['twenty-eighth-texts.jsonl', '29. Twenty-eighth collection: real texts gathered later, kept apart (README there)'],
  ['twenty-ninth-texts.jsonl', '30. Twenty-ninth collection: real texts gathered later, kept apart (README there)'],
  ['thirtieth-texts.jsonl', '31. Thirtieth collection: real texts gathered later, kept apart (README there)'],
  ['thirty-first-texts.jsonl', '32. Thirty-first collection: real texts gathered later, kept apart (README there)'],
  ['thirty-second-texts.jsonl', '33. Thirty-second collection: real texts gathered later, kept apart (README there)'],
  ['thirty-third-texts.jsonl', '34. Thirty-third collection: real texts gathered last, kept apart (README there)'],
];

function collection(file: string, heading: string): void {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CollectedText);
  const all = new Tally();
  const families = new Map<string, Tally>();
  let namedRight = 0;
  let withEnhanced = 0;
  let unknownWithEnhanced = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const c = classify(row.text);
    const right = row.accept.includes(c.id);
    all.add(c, right);
    if (c.id !== 'unknown' && right) namedRight += 1;
    if (c.reply.enhanced !== undefined) {
      withEnhanced += 1;
      if (c.id === 'unknown') unknownWithEnhanced += 1;
    }
    if (!families.has(row.provider)) families.set(row.provider, new Tally());
    families.get(row.provider)!.add(c, right);
    if (!right) misses.push(`    ${c.id} (${c.tier}) ≠ ${row.accept.join('|')}: ${row.text.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  console.log('');
  console.log(heading);
  console.log(`  texts: ${rows.length}, provider families: ${families.size}`);
  console.log(`  right id:                             ${all.good} (${pct(all.good, all.total).trim()})`);
  console.log(`  precision when an id is named:        ${namedRight} of ${all.named} (${pct(namedRight, all.named).trim()})`);
  console.log(`  unknown among texts with enhanced code: ${unknownWithEnhanced} of ${withEnhanced} (${pct(unknownWithEnhanced, withEnhanced).trim()})`);
  printTiers(all, 'right');
  printFamilies(families, 'right');
  console.log(`  misses (${misses.length}):`);
  for (const line of misses) console.log(line);
}

async function main(): Promise<void> {
  const root = packageRoot();
  await sisimaiCorpus(root);
  const evalDir = path.join(root, 'test', 'fixtures', 'eval');
  for (const [file, heading] of COLLECTIONS) collection(path.join(evalDir, file), heading);
}

if (require.main === module) void main();
