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
