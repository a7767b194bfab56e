/** A mistake in the command line: the caller prints it with the usage hint and exits 2. */
export class UsageError extends Error {}

/** A flag's value as a positive whole number, else a usage error naming the flag. */
export function positiveWhole(name: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive whole number`);
  return n;
}
