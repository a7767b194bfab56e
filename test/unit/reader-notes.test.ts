/**
 * The readers' notes and failures in words: every one is said in both
 * languages, the Dutch words are not the English ones, no raw code or empty
 * value shows, and numbers are written out for people.
 */
import { failureWords, noteWords, type ReaderFailure, type ReaderNote } from '../../src/text/reader-notes';

const NOTES: readonly ReaderNote[] = [
  { code: 'not-utf8' },
  { code: 'long-input', size: 20_000, limit: 16_384 },
  { code: 'body-only' },
  { code: 'large-message', size: 52_428_900, read: 8_388_608 },
  { code: 'no-failed-address' },
  { code: 'many-recipients', count: 1200, shown: 500 },
];

const FAILURES: readonly ReaderFailure['code'][] = ['empty-line', 'binary', 'empty-file', 'not-mime', 'no-header-fields', 'bounce-without-address', 'empty-mbox', 'no-such-file', 'permission-denied', 'is-folder', 'unreadable'];

describe('reader notes in words', () => {
  it.each(NOTES.map((n) => [n.code, n] as const))('%s is said in Dutch and in English, differently', (code, note) => {
    const nl = noteWords(note, 'nl');
    const en = noteWords(note, 'en');
    expect(nl).not.toBe(en);
    for (const words of [nl, en]) {
      expect(words).not.toMatch(/undefined|NaN|null/);
      expect(words).not.toContain(code);
    }
  });

  it('numbers are written for people in each language', () => {
    expect(noteWords({ code: 'large-message', size: 52_428_900, read: 8_388_608 }, 'en')).toContain('52,428,900 bytes');
    expect(noteWords({ code: 'large-message', size: 52_428_900, read: 8_388_608 }, 'nl')).toContain('52.428.900 bytes');
    expect(noteWords({ code: 'many-recipients', count: 1200, shown: 500 }, 'nl')).toBe('de melding noemt 1.200 ontvangers; de eerste 500 staan hier');
  });

  it.each(FAILURES)('failure %s is said in Dutch and in English, differently', (code) => {
    const nl = failureWords({ code } as ReaderFailure, 'nl');
    const en = failureWords({ code } as ReaderFailure, 'en');
    expect(nl.length).toBeGreaterThan(5);
    expect(nl).not.toBe(en);
    expect(nl).not.toContain(code);
  });
});
