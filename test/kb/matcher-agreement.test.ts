/**
 * The fast matcher against the plain reference matcher (reference-matcher.ts):
 * same id, same deciding phrase and score for every rule example and
 * near-miss, the public samples and every Diagnostic-Code of the Sisimai corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClassifier } from '../../src/kb/classify';
import { RULES } from '../../src/kb/rules';
import { TIERS } from '../../src/kb/tiers';
import { diagnosticCodeField } from '../../src/smtp/dsn-field';
import { parseReply } from '../../src/smtp/reply';
import { referenceClassify } from './reference-matcher';

const FIXTURES = join(__dirname, '..', 'fixtures', 'samples');

function texts(): string[] {
  const fromRules = RULES.flatMap((r) => [...r.examples.map((e) => e.text), ...r.nearMisses.map((n) => n.text)]);
  const samples = readFileSync(join(FIXTURES, 'bounces.public.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const emlDir = join(FIXTURES, 'sisimai', 'eml');
  const sisimai = readdirSync(emlDir)
    .sort()
    .flatMap((f) => diagnosticCodeField(readFileSync(join(emlDir, f), 'latin1')) ?? []);
  return [...fromRules, ...samples, ...sisimai];
}

describe('the fast matcher', () => {
  const all = texts();

  it('when the texts are gathered, then the Sisimai corpus and the rule examples are both in them', () => {
    expect(all.length).toBeGreaterThan(600);
  });

  it('when it classifies any known text, then it agrees with the reference matcher on id, tier, phrase and score', () => {
    const classifier = defaultClassifier();
    const tiers = new Set<string | undefined>();
    for (const text of all) {
      const reply = parseReply(text);
      const fast = classifier.classify(reply);
      const slow = referenceClassify(RULES, TIERS, reply);
      expect([text, { id: fast.id, tier: fast.tier, phrase: fast.match?.phrase, score: fast.match?.score }]).toEqual([text, slow]);
      tiers.add(slow.tier);
    }
    // Every tier decided at least one of these texts, so each path of the fast matcher was compared.
    expect([...tiers].sort()).toEqual(['provider-code', 'reason-phrase', 'rule', 'status-code', 'unknown']);
  });
});
