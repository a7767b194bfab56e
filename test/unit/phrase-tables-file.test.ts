import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPhraseTables, PhraseIndex } from '../../src/text/phrase-index';
import { decodePhraseTables, encodePhraseTables, phraseTablesKey } from '../../src/text/phrase-tables-file';
import { phraseTablesFrom } from '../../src/prebuilt/phrase-tables';
import { writePhraseTables } from '../../src/prebuilt/write-phrase-tables';
import { createClassifier } from '../../src/kb/matcher';
import { RULES } from '../../src/kb/rules';
import { TIERS } from '../../src/kb/tiers';
import { parseReply } from '../../src/smtp/reply';

const ROOT = path.join(__dirname, '..', '..');

function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 0x100000000;
  };
}

/** Texts made of pieces of the phrases (whole, cut, glued), so that they hold many phrases. */
function textsFrom(phrases: readonly string[], count: number): string[] {
  const next = random(5);
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 }, () => {
      const phrase = phrases[Math.floor(next() * phrases.length)]!;
      const from = next() < 0.5 ? 0 : Math.floor(next() * phrase.length);
      return phrase.slice(from);
    }).join(' '),
  );
}

function encoded(phrases: readonly string[]): Uint8Array {
  return encodePhraseTables(buildPhraseTables(phrases), phraseTablesKey(phrases));
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

describe('phrase tables in a file', () => {
  const phrases = RULES.flatMap((rule) => rule.match.phrases);

  it('when tables are written and read back for the same phrases, then the index finds exactly what a freshly built one finds', () => {
    const read = decodePhraseTables(encoded(phrases), phrases);
    expect(read).toBeDefined();
    const fresh = new PhraseIndex(phrases);
    const fromFile = new PhraseIndex(phrases, read);
    let found = 0;
    for (const text of textsFrom(phrases, 300)) {
      const expected = sorted(fresh.search(text));
      found += expected.length;
      expect(sorted(fromFile.search(text))).toEqual(expected);
    }
    expect(found).toBeGreaterThan(300);
  });

  it('when the automaton needs 32-bit state numbers, then those tables read back too', () => {
    const next = random(11);
    const word = (length: number): string => Array.from({ length }, () => 'abcdefgh'[Math.floor(next() * 8)]).join('');
    const many = Array.from({ length: 7000 }, () => word(14));
    const read = decodePhraseTables(encoded(many), many);
    expect(read?.ascii.tables.dense).toBeInstanceOf(Int32Array);
    const fresh = new PhraseIndex(many);
    const fromFile = new PhraseIndex(many, read);
    for (let i = 0; i < 100; i += 1) {
      const text = `${word(20)}${many[Math.floor(next() * many.length)]!}${word(30)}`;
      expect(sorted(fromFile.search(text))).toEqual(sorted(fresh.search(text)));
    }
  });

  it('when the phrases differ from those the tables were built for (one changed, or the order), then the file is not used', () => {
    const bytes = encoded(phrases);
    const changed = [...phrases];
    changed[10] = `${changed[10]!}x`;
    expect(decodePhraseTables(bytes, changed)).toBeUndefined();
    expect(decodePhraseTables(bytes, [...phrases].reverse())).toBeUndefined();
    expect(decodePhraseTables(bytes, phrases.slice(1))).toBeUndefined();
  });

  it('when the file is cut, damaged, empty or not tables at all, then it is not used', () => {
    const bytes = encoded(phrases);
    expect(decodePhraseTables(bytes.subarray(0, bytes.length - 8), phrases)).toBeUndefined();
    expect(decodePhraseTables(bytes.subarray(0, 40), phrases)).toBeUndefined();
    expect(decodePhraseTables(new Uint8Array(0), phrases)).toBeUndefined();
    expect(decodePhraseTables(new TextEncoder().encode('not tables at all, just some text'.repeat(10)), phrases)).toBeUndefined();
    // One state number changed deep in the tables: the digest no longer fits.
    const damaged = new Uint8Array(bytes);
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = damaged[middle]! ^ 0x40;
    expect(decodePhraseTables(damaged, phrases)).toBeUndefined();
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(decodePhraseTables(longer, phrases)).toBeUndefined();
  });

  it('when the tables given to an index were built for another number of phrases, then it refuses them', () => {
    expect(() => new PhraseIndex(['a', 'b'], buildPhraseTables(['a']))).toThrow(/other phrases/);
  });

  describe('the knowledge base kept in a file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'md-tables-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('when the file was written for the knowledge base, then a classifier built from it answers as one that built its own tables', () => {
      const file = path.join(dir, 'tables.bin');
      writePhraseTables(file);
      let used = false;
      const source = phraseTablesFrom(file);
      const fromFile = createClassifier(RULES, TIERS, (p) => {
        const tables = source(p);
        used = tables !== undefined;
        return tables;
      });
      expect(used).toBe(true);
      const built = createClassifier(RULES, TIERS);
      const seed = readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', 'bounces.public.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text);
      expect(seed.length).toBeGreaterThan(30);
      for (const text of seed) {
        const a = fromFile.classify(parseReply(text));
        const b = built.classify(parseReply(text));
        expect({ id: a.id, tier: a.tier, phrase: a.match?.phrase }).toEqual({ id: b.id, tier: b.tier, phrase: b.match?.phrase });
      }
    });

    it('when the file is missing or is something else, then the classifier builds its own tables', () => {
      expect(phraseTablesFrom(path.join(dir, 'missing.bin'))(['a'])).toBeUndefined();
      const other = path.join(dir, 'other.bin');
      writeFileSync(other, 'hello');
      expect(phraseTablesFrom(other)(['a'])).toBeUndefined();
      expect(phraseTablesFrom(dir)(['a'])).toBeUndefined();
    });

    it('when the product is built, then its compiled knowledge base reads the tables the build wrote', () => {
      // The compiled code in dist/ (what the CLI and the pages run), asked in a process of its own.
      const script = [
        "const cache = require('./dist/prebuilt/phrase-tables.js');",
        "const { createClassifier } = require('./dist/kb/matcher.js');",
        "const { RULES } = require('./dist/kb/rules');",
        "const { TIERS } = require('./dist/kb/tiers');",
        'let used = false;',
        'const source = cache.phraseTablesFrom();',
        'createClassifier(RULES, TIERS, (p) => { const t = source(p); used = t !== undefined; return t; });',
        'process.stdout.write(String(used));',
      ].join('\n');
      expect(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })).toBe('true');
    });
  });
});
