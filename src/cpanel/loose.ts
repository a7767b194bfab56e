/**
 * cPanel is written in Perl and its JSON shows it: booleans arrive as 1/0,
 * "1"/"0" or even "" ; numbers as strings ("5", "14M"); empty lists as null;
 * "unlimited" where a number is expected (docs §1.2, §3.4 of
 * shared/reference/cpanel-api.md; CpanelInc/cpanel-node-api normalises the
 * same quirks in one place). These zod helpers are the ONE place the gateway
 * turns them into real booleans, numbers and arrays.
 */
import { z } from 'zod';

const TRUE_STRINGS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_STRINGS = new Set(['0', 'false', 'no', 'off', '']);

/** 1/0, "1"/"0", true/false, null/undefined (→ false). Anything else is a shape error. */
export const looseBool = z.unknown().transform((value, ctx): boolean => {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (TRUE_STRINGS.has(v)) return true;
    if (FALSE_STRINGS.has(v)) return false;
  }
  ctx.addIssue({ code: 'custom', message: `expected a cPanel boolean (1/0), got ${JSON.stringify(value)}` });
  return z.NEVER;
});

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A number that may come as a string. */
export const looseNumber = z.unknown().transform((value, ctx): number => {
  const n = toNumber(value);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return n;
});

/** A number that may be absent / null / "" (→ null). */
export const looseOptionalNumber = z.unknown().transform((value, ctx): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = toNumber(value);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a number or nothing, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return n;
});

/**
 * A limit: a number, or unlimited. cPanel writes unlimited as "unlimited",
 * "" , null or 0 depending on the field (listaccts max_email_per_hour
 * "unlimited"; _diskquota 0 = unlimited, docs §3.4). Callers decide whether 0
 * means unlimited via `zeroIsUnlimited`.
 */
export function looseLimit(zeroIsUnlimited: boolean) {
  return z.unknown().transform((value, ctx): number | 'unlimited' => {
    if (value === null || value === undefined || value === '') return 'unlimited';
    if (typeof value === 'string' && value.trim().toLowerCase() === 'unlimited') return 'unlimited';
    const n = toNumber(value);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected a limit (number or "unlimited"), got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return zeroIsUnlimited && n === 0 ? 'unlimited' : n;
  });
}

/** A string that may come as a number; null/undefined → null. */
export const looseOptionalString = z.unknown().transform((value, ctx): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  ctx.addIssue({ code: 'custom', message: `expected a string, got ${JSON.stringify(value)}` });
  return z.NEVER;
});

/** A list that cPanel sends as null (or omits) when empty. */
export function looseList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === null || value === undefined ? [] : value), z.array(item));
}

/** A list of strings that may also come as one string or null. */
export const looseStringList = z.preprocess((value) => {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string') return [value];
  return value;
}, z.array(z.string()));

/** Format zod issues with their path, for error messages. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}
