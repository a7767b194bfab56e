/**
 * The one duration grammar of Mail Doctor, for the command line (`--since`),
 * the daemon's configuration (`schedule.since`) and the sandbox scenarios
 * (`ago`, `every`): whole numbers with a unit, one or more in a row ("90m",
 * "7d", "1h30m", "2w"), or a bare number of seconds ("3600").
 */
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
const DURATION = /^(?:\d+|(?:\d+[smhdw])+)$/;

/** Seconds in a duration, zero included; undefined when the text is not one. */
export function durationSeconds(text: string): number | undefined {
  const t = text.trim();
  if (!DURATION.test(t)) return undefined;
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  for (const match of t.matchAll(/(\d+)([smhdw])/g)) total += Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 0);
  return total;
}

/** A duration that must be longer than nothing (how far back to look); undefined otherwise. */
export function parseDuration(text: string): number | undefined {
  const seconds = durationSeconds(text);
  return seconds !== undefined && seconds > 0 ? seconds : undefined;
}
