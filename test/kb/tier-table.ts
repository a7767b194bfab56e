/**
 * The one way a table of the provider-code or reason-phrase tier is tested:
 * each example is recognised with its id and tier, each near-miss gets what
 * it names instead, the fast matcher agrees with the reference matcher on all
 * of them, and every entry of the table is decided by one of the examples
 * (the winning phrase is one of the entry's) and writes its phrases as the
 * scan sees text.
 */
import { classify, defaultClassifier } from '../../src/kb/classify';
import type { Tier } from '../../src/kb/matcher';
import { RULES } from '../../src/kb/rules';
import { TIERS } from '../../src/kb/tiers';
import type { TierEntry } from '../../src/kb/tiers/tier-entry';
import { parseReply } from '../../src/smtp/reply';
import { referenceClassify } from './reference-matcher';

export interface TierCase {
  readonly text: string;
  readonly id: string;
  readonly tier: Tier;
  /** Where the text comes from, or why it is a near-miss. */
  readonly note: string;
}

function expectClassified(c: TierCase): void {
  const result = classify(c.text);
  expect({ text: c.text, id: result.id, tier: result.tier }).toEqual({ text: c.text, id: c.id, tier: c.tier });
}

export function describeTierTable(title: string, entries: readonly TierEntry[], examples: readonly TierCase[], nearMisses: readonly TierCase[]): void {
  describe(title, () => {
    it.each(examples.map((c) => [c.note, c] as const))('recognises %s', (_note, c) => expectClassified(c));

    it.each(nearMisses.map((c) => [c.note, c] as const))('does not fall for a near-miss: %s', (_note, c) => expectClassified(c));

    it('when the fast matcher classifies these texts, then it agrees with the reference matcher', () => {
      const classifier = defaultClassifier();
      for (const { text } of [...examples, ...nearMisses]) {
        const reply = parseReply(text);
        const fast = classifier.classify(reply);
        expect([text, { id: fast.id, tier: fast.tier, phrase: fast.match?.phrase, score: fast.match?.score }]).toEqual([text, referenceClassify(RULES, TIERS, reply)]);
      }
    });

    it('when the entries are listed, then each is decided by one of the examples and writes its phrases as the scan sees text', () => {
      for (const entry of entries) {
        const decided = examples.some((c) => {
          if (c.id !== entry.id || c.tier !== entry.tier) return false;
          const match = classify(c.text).match;
          return match !== undefined && entry.match.phrases.includes(match.phrase);
        });
        expect([entry.source, entry.match.phrases, decided]).toEqual([entry.source, entry.match.phrases, true]);
        // A space at either end is kept where a fact has one: it asks for a word boundary there.
        for (const phrase of entry.match.phrases) {
          expect(phrase).toBe(phrase.toLowerCase().replace(/\s+/g, ' '));
          expect(phrase.trim().length).toBeGreaterThanOrEqual(4);
        }
      }
    });
  });
}
