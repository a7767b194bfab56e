/** The one duration grammar: command-line flags, the daemon's configuration and the sandbox scenarios read the same texts. */
import { durationSeconds, parseDuration } from '../../src/util/duration';

describe('durations', () => {
  it('when a duration has one unit, several units or none, then it is read in seconds', () => {
    expect(durationSeconds('90m')).toBe(5400);
    expect(durationSeconds('7d')).toBe(604_800);
    expect(durationSeconds('2w')).toBe(1_209_600);
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('3600')).toBe(3600);
    expect(durationSeconds(' 24h ')).toBe(86_400);
    expect(durationSeconds('0s')).toBe(0);
  });

  it('when the text is not a duration, then it is refused', () => {
    for (const text of ['', 'yesterday', '7 days', '1.5h', '-3m', 'h', '30m ago', '7d1']) expect(durationSeconds(text)).toBeUndefined();
  });

  it('when a look-back must be longer than nothing, then zero is refused and the rest is the same grammar', () => {
    expect(parseDuration('0')).toBeUndefined();
    expect(parseDuration('0m')).toBeUndefined();
    expect(parseDuration('1h30m')).toBe(5400);
  });
});
