/** Spreading the accounts over the window: deterministic per user, inside the window, independent of the others. */
import { spreadOffsetMs, spreadSchedule } from '../../src/jobs/spread';

describe('spreading accounts over the window', () => {
  const window = 120 * 60_000;
  const users = Array.from({ length: 500 }, (_, i) => `user${i}`);

  it('when the same user is placed twice, then it gets the same offset, inside the window', () => {
    for (const u of users) {
      const offset = spreadOffsetMs(u, window);
      expect(offset).toBe(spreadOffsetMs(u, window));
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(window);
    }
  });

  it('when accounts are added, then the others keep their place', () => {
    const before = new Map(spreadSchedule(users.slice(0, 100), window).map((s) => [s.user, s.offsetMs]));
    for (const s of spreadSchedule(users, window)) if (before.has(s.user)) expect(s.offsetMs).toBe(before.get(s.user));
  });

  it('when 500 accounts are spread, then every quarter of the window gets a fair share and the order follows the offsets', () => {
    const schedule = spreadSchedule(users, window);
    const quarters = [0, 0, 0, 0];
    for (const s of schedule) quarters[Math.floor((s.offsetMs / window) * 4)]! += 1;
    for (const q of quarters) expect(q).toBeGreaterThan(80);
    expect(schedule.map((s) => s.offsetMs)).toEqual([...schedule.map((s) => s.offsetMs)].sort((a, b) => a - b));
  });

  it('when the window is zero, then everyone starts at once', () => {
    expect(spreadSchedule(['a', 'b'], 0).map((s) => s.offsetMs)).toEqual([0, 0]);
  });
});
