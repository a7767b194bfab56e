import { CompiledRule } from '../../src/kb/compiled-rule';
import { RULES } from '../../src/kb/rules';
import { parseReply } from '../../src/smtp/reply';

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
    const rule = RULES.find((r) => r.match.codes !== undefined && r.match.stages === undefined && r.match.unless === undefined)!;
    const compiled = new CompiledRule(rule, 0);
    const listed = rule.match.codes![0]!;
    expect(compiled.conditionBonus(parseReply(`${listed} some text`))).toBeGreaterThanOrEqual(8);
    expect(compiled.conditionBonus(parseReply('299 some text'))).toBe(-1);
  });
});
