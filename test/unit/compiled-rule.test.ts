import { CompiledRule, matchesEveryText } from '../../src/kb/compiled-rule';
import { RULES } from '../../src/kb/rules';
import { parseReply } from '../../src/smtp/reply';

const NO_FACTS = { stage: () => undefined, provider: () => undefined };

describe('CompiledRule', () => {
  it('when a rule has a pattern, then the capture names read from it are the groups its matches have', () => {
    let checked = 0;
    for (const rule of RULES) {
      if (rule.match.pattern === undefined) continue;
      const names = new CompiledRule(rule, 0).captureNames;
      for (const example of rule.examples) {
        const m = rule.match.pattern.exec(parseReply(example.text).folded);
        if (m === null) continue;
        expect([rule.id, [...names].sort()]).toEqual([rule.id, Object.keys(m.groups ?? {}).sort()]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('when a condition does not hold, then the rule is vetoed; when it holds, it earns a bonus', () => {
    // A rule of the catalogue with only a code condition, so that nothing else decides.
    const rule = { ...RULES[0]!, match: { phrases: ['some text'], codes: [550, 554] } };
    const compiled = new CompiledRule(rule, 0);
    const listed = rule.match.codes[0]!;
    expect(compiled.conditionBonus(parseReply(`${listed} some text`), NO_FACTS)).toBeGreaterThanOrEqual(8);
    expect(compiled.conditionBonus(parseReply('451 some text'), NO_FACTS)).toBe(-1);
    // Without a code the condition neither holds nor fails.
    expect(compiled.conditionBonus(parseReply('some text'), NO_FACTS)).toBe(0);
  });
});

describe('matchesEveryText', () => {
  it('when a pattern is one optional group over its whole source, then it is known to match every text', () => {
    expect(matchesEveryText(/^(?:.*?rcpt to:<(?<recipient>[^>]+)>)?/)).toBe(true);
    // A ")" inside a character class or escaped does not close the group.
    expect(matchesEveryText(/^(?:x[)(]\)(?<a>y))?/)).toBe(true);
  });

  it('when the optional group ends before the source does, or the pattern needs something, then it is not', () => {
    expect(matchesEveryText(/^(?:a)|(?:b)?/)).toBe(false);
    expect(matchesEveryText(/^(?:a)?(?:b)?x/)).toBe(false);
    expect(matchesEveryText(/^(?=.*x)(?:a)?/)).toBe(false);
    expect(matchesEveryText(/address rejected/)).toBe(false);
    expect(matchesEveryText(/^(?:a)?/g)).toBe(false);
  });

  it('when a rule pattern is judged to match every text, then it does match every example, near-miss and odd text', () => {
    const texts = ['', ' ', 'x', '550 5.1.1 <a@b.nl>: unknown', '\u0000\ufffd', ...RULES.flatMap((r) => r.examples.map((e) => e.text))];
    let judged = 0;
    for (const rule of RULES) {
      const pattern = rule.match.pattern;
      if (pattern === undefined || !matchesEveryText(pattern)) continue;
      judged += 1;
      for (const text of texts) expect([rule.id, text, pattern.exec(parseReply(text).folded) !== null]).toEqual([rule.id, text, true]);
    }
    expect(judged).toBeGreaterThan(5);
  });
});
