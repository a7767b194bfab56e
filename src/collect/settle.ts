/**
 * Runs one collection step and turns its failure into a value: the audit
 * carries on without that part, and every check that needed it says
 * could-not-check naming the call. cPanel errors already name the call and
 * never carry a token; anything else is described by its message only.
 */
import { isCpanelError } from '../cpanel/errors';
import type { Part } from '../diagnose/model';

export async function settle<T>(call: string, step: () => Promise<T>): Promise<Part<T>> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    if (isCpanelError(error)) return { ok: false, call, error: error.message };
    return { ok: false, call, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs tasks with at most `limit` in flight: cPanel and DNS servers are shared with everyone else. */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active -= 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
