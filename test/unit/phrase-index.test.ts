import { buildPhraseTables, KEY_LENGTH, PhraseIndex } from '../../src/text/phrase-index';
import { RULES } from '../../src/kb/rules';

/** What the index must equal: every phrase tested one by one. */
function naive(phrases: readonly string[], text: string): number[] {
  return phrases.flatMap((phrase, index) => (text.includes(phrase) ? [index] : []));
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

describe('PhraseIndex', () => {
  it('when phrases overlap, nest and share prefixes, then every occurrence is found once', () => {
    const phrases = ['verify failed', 'sender verify failed', 'verify', 'fail', 'failed', 'ed s', 'over quota', 'quota'];
    const index = new PhraseIndex(phrases);
    const text = 'sender verify failed for <a@b>: mailbox over quota; verify failed again';
    expect(sorted(index.search(text))).toEqual(naive(phrases, text));
  });

  it('when phrases are longer than the key the automaton reads, then they are found only whole, and told apart', () => {
    const shared = 'the email account that you tried to reach on the server of this domain ';
    expect(shared.length).toBeGreaterThan(KEY_LENGTH);
    const phrases = [`${shared}does not exist`, `${shared}is disabled`, 'tried to reach', `${'x'.repeat(KEY_LENGTH - 1)}😀 and more`];
    const index = new PhraseIndex(phrases);
    for (const text of [
      `550 ${shared}does not exist`,
      `550 ${shared}is disabled, and ${shared}does not exist`,
      `550 ${shared}is`,
      `${'x'.repeat(KEY_LENGTH - 1)}😀 and more`,
      `${'x'.repeat(KEY_LENGTH - 1)}😀 and less`,
    ]) {
      expect(sorted(index.search(text))).toEqual(naive(phrases, text));
    }
  });

  it('when a phrase holds characters outside ASCII, then only its exact text counts', () => {
    const phrases = ['geweigerd – spam', 'geweigerd — spam', 'spam'];
    const index = new PhraseIndex(phrases);
    expect(sorted(index.search('bericht geweigerd — spam'))).toEqual([1, 2]);
    expect(sorted(index.search('bericht geweigerd – spam'))).toEqual([0, 2]);
  });

  it('when the text holds a lone surrogate or a character sharing bytes with a phrase, then only real occurrences count', () => {
    const index = new PhraseIndex(['é', 'user unknown']);
    expect(index.search('\ud800 user unknown \udc00')).toEqual([1]);
    // "è" (C3 A8) and "é" (C3 A9) share their first byte.
    expect(index.search('è')).toEqual([]);
    expect(index.search('xé')).toEqual([0]);
  });

  it('when text has characters no phrase uses, then matching restarts after them', () => {
    const index = new PhraseIndex(['ab', 'abc']);
    expect(index.search('a#bc')).toEqual([]);
    expect(sorted(index.search('xx abc'))).toEqual([0, 1]);
  });

  it('when the same index searches many texts, then each search reports only its own phrases', () => {
    const index = new PhraseIndex(['one', 'two']);
    expect(index.search('one')).toEqual([0]);
    expect(index.search('two')).toEqual([1]);
    expect(index.search('none')).toEqual([0]);
    expect(index.search('')).toEqual([]);
  });

  it('when texts are cut from the knowledge base phrases at random, then it agrees with testing each phrase', () => {
    const phrases = RULES.flatMap((rule) => rule.match.phrases);
    const index = new PhraseIndex(phrases);
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 0x100000000;
    };
    let found = 0;
    for (let round = 0; round < 500; round += 1) {
      // Pieces of phrases glued together: full phrases, prefixes, suffixes and overlaps.
      const parts: string[] = [];
      for (let k = 0; k < 6; k += 1) {
        const phrase = phrases[Math.floor(next() * phrases.length)]!;
        const from = next() < 0.5 ? 0 : Math.floor(next() * phrase.length);
        const to = next() < 0.5 ? phrase.length : from + Math.floor(next() * (phrase.length - from + 1));
        parts.push(phrase.slice(from, to));
      }
      const text = parts.join(next() < 0.5 ? ' ' : '');
      const expected = naive(phrases, text);
      found += expected.length;
      expect(sorted(index.search(text))).toEqual(expected);
    }
    // The texts must actually hold phrases, or the comparison proves nothing.
    expect(found).toBeGreaterThan(500);
  });

  it('when phrases in ASCII and in other scripts are mixed, then each is found where it stands, in texts of either kind', () => {
    const phrases = ['mailbox full', 'postfach voll', 'boîte pleine', 'ящик переполнен', 'user unknown', 'é', 'full'];
    const tables = buildPhraseTables(phrases);
    // Two automata: the phrases with other characters apart from the ASCII ones.
    expect([...tables.other.phrases]).toEqual([2, 3, 5]);
    const index = new PhraseIndex(phrases, tables);
    for (const text of ['552 mailbox full', '552 Postfach voll', '552 boîte pleine, mailbox full', 'ящик переполнен: user unknown', 'café', 'plain ascii text', '']) {
      expect(sorted(index.search(text.toLowerCase()))).toEqual(naive(phrases, text.toLowerCase()));
    }
  });

  it('when a search starts further on, then only the phrases marked to be found anywhere are found before that point, each once', () => {
    const phrases = ['t=address_pipe', 'spam', 'user unknown'];
    const index = new PhraseIndex(phrases, undefined, (p) => p.startsWith('t='));
    const text = '** spam@example.org t=address_pipe: user unknown';
    const from = text.indexOf(': ') + 2;
    expect(sorted(index.search(text, from))).toEqual([0, 2]);
    // The marked phrase in the searched part as well is still reported once.
    expect(index.search('t=address_pipe t=address_pipe', 3)).toEqual([0]);
    // From the start, everything is searched as before.
    expect(sorted(index.search(text))).toEqual([0, 1, 2]);
  });

  it('when there are more states than 16-bit entries hold, then it still agrees with testing each phrase', () => {
    let seed = 11;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 0x100000000;
    };
    const word = (length: number): string => Array.from({ length }, () => 'abcdefgh'[Math.floor(next() * 8)]).join('');
    // 7,000 random 14-letter phrases make about 75,000 trie states, more than a 16-bit entry numbers.
    const phrases = Array.from({ length: 7000 }, () => word(14));
    const tables = buildPhraseTables(phrases);
    expect(tables.ascii.tables.dense).toBeInstanceOf(Int32Array);
    const index = new PhraseIndex(phrases, tables);
    let found = 0;
    for (let round = 0; round < 200; round += 1) {
      const text = `${word(20)}${phrases[Math.floor(next() * phrases.length)]!}${word(30)}`;
      const expected = naive(phrases, text);
      found += expected.length;
      expect(sorted(index.search(text))).toEqual(expected);
    }
    expect(found).toBeGreaterThanOrEqual(200);
  });
});
