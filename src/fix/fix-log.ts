/**
 * One applied fix as the fix log keeps it (the history store as root, the
 * account's own `~/.mail-doctor/fix-log.jsonl` from the cPanel page): who,
 * when, which account, the call with its parameters, the value before and
 * after, and the step that undoes it.
 */
import type { Severity } from '../diagnose/model';
import type { Localized } from '../kb/types';
import type { FixKind, FixStep } from './fix-action';

export interface FixLogEntry {
  /** `fx-` and 12 hex digits: what `fix --undo` and the Undo button name. */
  readonly id: string;
  /** Unix seconds. */
  readonly at: number;
  /** Who applied it: the WHM or cPanel user, or the command line's user. */
  readonly by: string;
  readonly account: string;
  readonly findingId: string;
  readonly subject: string;
  /** The finding's severity when it was fixed. */
  readonly severity: Severity;
  readonly kind: FixKind;
  readonly title: Localized<string>;
  /** The step as it was carried out, in one line (`UAPI Email::release_outgoing email="…"`). */
  readonly call: string;
  readonly step: FixStep;
  readonly before: Localized<string>;
  readonly after: Localized<string>;
  readonly undo: FixStep | null;
  /** Set once undone: unix seconds and who. */
  readonly undoneAt: number | null;
  readonly undoneBy: string | null;
}

export function isFixLogId(text: string): boolean {
  return /^fx-[0-9a-f]{12}$/.test(text);
}

/** The entry's JSON line for the account's own log file: the entry, and later an `undone` line naming it. */
export type FixLogLine = { readonly type: 'applied'; readonly entry: FixLogEntry } | { readonly type: 'undone'; readonly id: string; readonly at: number; readonly by: string };

/** The entries of a log file's lines, newest first, each with its undo applied; lines that do not parse are skipped. */
export function readFixLogLines(text: string): FixLogEntry[] {
  const entries = new Map<string, FixLogEntry>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null) continue;
    const l = parsed as Partial<FixLogLine> & Record<string, unknown>;
    if (l.type === 'applied' && typeof l.entry === 'object' && l.entry !== null && typeof (l.entry as FixLogEntry).id === 'string') {
      entries.set((l.entry as FixLogEntry).id, l.entry as FixLogEntry);
    } else if (l.type === 'undone' && typeof l.id === 'string') {
      const e = entries.get(l.id);
      if (e !== undefined) entries.set(l.id, { ...e, undoneAt: Number(l.at), undoneBy: String(l.by) });
    }
  }
  return [...entries.values()].sort((a, b) => b.at - a.at);
}
