/** The one log line per account (pure). Never carries a token: cPanel errors are built without one. */
import type { ReportCounts } from '../report/audit-report';
import type { AccountChanges } from '../store/history-store';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function accountLine(user: string, durationMs: number, result: { counts: ReportCounts; changes: AccountChanges } | { error: string }): string {
  if ('error' in result) return `account ${user}: failed after ${seconds(durationMs)}: ${oneLine(result.error)}`;
  const c = result.counts;
  return (
    `account ${user}: ${c.critical} critical, ${c.warning} warning, ${c.info} info, ${c.couldNotCheck} could-not-check; ` +
    `${result.changes.new.length} new, ${result.changes.resolved.length} resolved; ${seconds(durationMs)}`
  );
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** syslog priorities journald reads from a `<N>` line prefix. */
type Priority = 3 | 4 | 6;

const TROUBLE = /(?<!\d )\b(failed|not (sent|stored|queued|recorded|read|cleared|deleted|checked|started)|could not|cannot|unreachable|expired|did not end|abandoned)\b/;

/**
 * How serious a daemon log line is (pure): a problem with one account or one
 * alert is a warning, a problem of the daemon itself (store, run, cPanel's
 * account list) an error, everything else information.
 */
export function priorityOf(line: string): Priority {
  if (!TROUBLE.test(line)) return 6;
  return /^(account |alert )/.test(line) ? 4 : 3;
}

/**
 * The daemon's log: information to stdout, warnings and errors to stderr.
 * Under systemd (JOURNAL_STREAM set) each line carries its priority as `<N>`
 * and no timestamp (the journal has its own); on a terminal a timestamp.
 */
export function createDaemonLog(out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, journald: boolean, now: () => Date = () => new Date()): (line: string) => void {
  return (line: string): void => {
    const priority = priorityOf(line);
    const text = oneLine(line);
    const stream = priority === 6 ? out.stdout : out.stderr;
    stream.write(journald ? `<${priority}>${text}\n` : `${now().toISOString()} ${text}\n`);
  };
}
