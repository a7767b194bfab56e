/**
 * Relative times in scenarios ("30m", "1h30m", "2d") so demo Track Delivery
 * records stay recent whenever the sandbox starts.
 */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
const DURATION = /^(?:\d+[smhd])+$/;

export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** Seconds in a duration such as "1h30m"; undefined when the text is not one. */
export function parseDurationSeconds(text: string): number | undefined {
  const t = text.trim();
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const match of t.matchAll(/(\d+)([smhd])/g)) {
    total += Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 0);
  }
  return total;
}
