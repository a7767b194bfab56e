/**
 * The knowledge base proves itself: every rule's real examples get its id (so
 * no example is shadowed by another rule), every near-miss does not, every
 * text exists in both languages and renders without raw placeholders.
 */
import { DIAGNOSES } from '../../src/kb/catalogue';
import { classify } from '../../src/kb/classify';
import { CAPTURE_NAMES, PROFILE_PLACEHOLDERS, placeholdersIn, renderText } from '../../src/kb/render';
import { RULES } from '../../src/kb/rules';
import { LANGS, type Rule } from '../../src/kb/types';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';

const snippet = (text: string): string => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

describe('the catalogue is covered', () => {
  it('when a catalogue id of kind text or text+state has no rule, then this test names it', () => {
    const covered = new Set(RULES.map((r) => r.id));
    const missing = DIAGNOSES.filter((d) => (d.kind === 'text' || d.kind === 'text+state') && d.id !== 'unknown')
      .map((d) => d.id)
      .filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('when a rule is written, then it is never for `unknown` and ids are unique per rule', () => {
    expect(RULES.filter((r) => r.id === 'unknown')).toEqual([]);
    const seen = new Set<string>();
    const duplicated = RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicated).toEqual([]);
  });
});

describe.each(RULES.map((rule): [string, Rule] => [rule.id, rule]))('rule %s', (_id, rule) => {
  it('has at least two real examples with a source and at least one near-miss', () => {
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of rule.examples) expect(example.source.trim()).not.toBe('');
    expect(rule.nearMisses.length).toBeGreaterThanOrEqual(1);
    for (const miss of rule.nearMisses) expect(miss.why.trim()).not.toBe('');
  });

  it('has phrases in the folded form the matcher sees', () => {
    expect(rule.match.phrases.length).toBeGreaterThan(0);
    for (const phrase of rule.match.phrases) {
      expect(phrase).toBe(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
      expect(phrase).not.toMatch(/^[2-5]\d\d[- .]/);
      expect(phrase.length).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(rule.examples.map((e) => [snippet(e.text), e.text]))('recognises the example %s', (_s, text) => {
    expect({ text, id: classify(text).id }).toEqual({ text, id: rule.id });
  });

  it.each(rule.nearMisses.map((m) => [snippet(m.text), m.text, m.expected]))(
    'does not take the near-miss %s',
    (_s, text, expected) => {
      const result = classify(text);
      expect(result.id).not.toBe(rule.id);
      expect({ text, id: result.id }).toEqual({ text, id: expected });
    },
  );

  it('speaks Dutch and English, with only known placeholders, and no provider details of its own', () => {
    const pieces = LANGS.flatMap((lang) => [
      rule.title[lang],
      rule.explanation[lang],
      ...rule.fix[lang],
      ...(rule.crossCheck === undefined ? [] : [rule.crossCheck[lang]]),
    ]);
    for (const lang of LANGS) {
      expect(rule.title[lang].trim()).not.toBe('');
      expect(rule.explanation[lang].trim()).not.toBe('');
      expect(rule.fix[lang].length).toBeGreaterThan(0);
    }
    expect(rule.fix.nl.length).toBe(rule.fix.en.length);
    const known = new Set<string>([...PROFILE_PLACEHOLDERS, ...CAPTURE_NAMES]);
    for (const piece of pieces) {
      for (const name of placeholdersIn(piece)) expect({ piece, name, known: known.has(name) }).toEqual({ piece, name, known: true });
      expect(piece.toLowerCase()).not.toMatch(/hostingsecure|hoasted/);
      for (const lang of LANGS) expect(renderText(piece, lang, DEFAULT_PROFILE, {})).not.toMatch(/\{[A-Za-z]+\}/);
    }
    if (rule.match.pattern !== undefined) {
      const groups = [...rule.match.pattern.source.matchAll(/\(\?<([A-Za-z]+)>/g)].map((m) => m[1]);
      for (const name of groups) expect(CAPTURE_NAMES).toContain(name);
    }
  });

  it('says what the account audit cross-checks when its kind is text+state', () => {
    const kind = DIAGNOSES.find((d) => d.id === rule.id)?.kind;
    if (kind === 'text+state') expect(rule.crossCheck).toBeDefined();
    else expect(kind).toBeDefined();
  });
});
