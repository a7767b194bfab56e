/**
 * Where in the spread window each account's audit starts (pure). The offset
 * comes from a hash of the user name, so an account is checked at about the
 * same time every night (its history compares like with like) and a new
 * account does not shift every other one.
 */

/** FNV-1a, 32 bits: small, stable across versions and platforms. */
function hashUser(user: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(user, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function spreadOffsetMs(user: string, windowMs: number): number {
  if (windowMs <= 0) return 0;
  return hashUser(user) % Math.floor(windowMs);
}

/** The users in the order their offsets come up, each with its offset. */
export function spreadSchedule(users: readonly string[], windowMs: number): Array<{ user: string; offsetMs: number }> {
  return users
    .map((user) => ({ user, offsetMs: spreadOffsetMs(user, windowMs) }))
    .sort((a, b) => a.offsetMs - b.offsetMs || a.user.localeCompare(b.user));
}
