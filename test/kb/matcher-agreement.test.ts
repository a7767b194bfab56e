/**
 * The fast matcher against the plain reference matcher (reference-matcher.ts):
 * same id, same deciding phrase and score for every rule example and
 * near-miss, the public samples and every Diagnostic-Code of the Sisimai corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClassifier } from '../../src/kb/classify';
import { RULES } from '../../src/kb/rules';
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

  it('when it classifies any known text, then it agrees with the reference matcher on the rule level', () => {
    const classifier = defaultClassifier();
    let ruleDecided = 0;
    for (const text of all) {
      const reply = parseReply(text);
      const fast = classifier.classify(reply);
      const slow = referenceClassify(RULES, reply);
      const fastRule = fast.tier === 'rule' ? { id: fast.id, phrase: fast.match?.phrase, score: fast.match?.score } : { id: 'unknown', phrase: undefined, score: undefined };
      expect([text, fastRule]).toEqual([text, slow]);
      if (slow.id !== 'unknown') ruleDecided += 1;
    }
    expect(ruleDecided).toBeGreaterThan(300);
  });
});
