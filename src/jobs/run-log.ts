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
