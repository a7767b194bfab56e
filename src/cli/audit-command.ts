/**
 * `mail-doctor audit --user USER | --all`: collects, diagnoses and prints.
 * Exit status: 0 when the audit ran (whatever it found), 1 when cPanel could
 * not be reached at all, 2 for usage errors (handled by the caller).
 */
import type { Writable } from 'node:stream';
import { errorLine, jsonForTerminal, lineForTerminal } from './terminal-text';
import { auditAccount, auditAll, type AccountOutcome, type AuditSettings } from '../audit/audit-account';
import { cpanelUnreachable, settingsFromFlags, type AuditFlags } from './audit-flags';
import { UsageError } from './usage-error';
import { writeOut } from './write-out';
import { getDomains } from '../cpanel/domains';
import { listAccounts } from '../cpanel/whm-accounts';
import { gatewayFor } from '../audit/connection';
import { localizeReport } from '../report/audit-report';
import { startRecording, type RecordedRun, type RunRecorder } from './run-recorder';
import { resolveServerName } from '../jobs/server-identity';
import type { AuditProbeOptions } from '../audit/audit-probe';
import { formatAudit } from './format-audit';
import { plural } from '../alerts/digest';

interface AuditOptions extends AuditFlags {
  readonly user?: string;
  readonly all: boolean;
  readonly json: boolean;
  readonly maxRecordsPerType?: number;
  /** Accounts audited at once with --all. */
  readonly concurrency: number;
  /** Read delivery records from these Exim main-log files (oldest first) instead of Track Delivery. */
  readonly eximLogs?: readonly string[];
  /** Also keep the results in this history store (SQLite file or postgres:// URL), as one run. */
  readonly store?: string;
  /** The server name the stored run is filed under (default as the daemon: cPanel's host name). */
  readonly server?: string;
  /** Connect to the account's mail host names (unless --no-probe). */
  readonly probe?: AuditProbeOptions;
}

interface AuditIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly now: () => number;
  readonly env: NodeJS.ProcessEnv;
}

/** The line that confirms what a run by hand stored (stderr: stdout may hold JSON). */
function recordedLine(r: RecordedRun): string {
  const alerts = r.newProblems === 0 ? '' : r.alertsQueued ? '; their alerts are queued for the daemon to send' : '; no alerts are sent for them (alerts are off, or the daemon uses another store)';
  return lineForTerminal(
    `mail-doctor: stored as run ${r.runId} for ${r.server} in ${r.location}: ${plural(r.accounts, 'account', 'accounts')}` +
      `${r.failed > 0 ? ` (${r.failed} failed)` : ''}, ${plural(r.newProblems, 'new problem', 'new problems')}, ${r.resolvedProblems} resolved${alerts}`,
  ) + '\n';
}

/** Finds the accounts to audit, and proves on the way that cPanel answers. */
async function accountsToAudit(options: AuditOptions, io: AuditIo): Promise<string[]> {
  const c = options.connection;
  if (c.kind === 'cpanel') {
    if (options.user !== undefined && options.user !== c.user) {
      throw new UsageError(`a cPanel token only gives access to its own account (${c.user}), not ${options.user}`);
    }
    const gateway = gatewayFor(c, undefined, io.env);
    try {
      await getDomains(gateway);
    } finally {
      await gateway.close();
    }
    return [c.user];
  }
  const gateway = gatewayFor(c, undefined, io.env);
  try {
    const query = options.all ? {} : { search: options.user ?? '', searchType: 'user' as const, searchMethod: 'exact' as const };
    const accounts = await listAccounts(gateway, query);
    if (!options.all && !accounts.some((a) => a.user === options.user)) {
      throw new UsageError(`no account named ${options.user ?? ''} is visible with these credentials`);
    }
    return options.all ? accounts.map((a) => a.user).sort() : [options.user ?? ''];
  } finally {
    await gateway.close();
  }
}

function progress(io: AuditIo, done: number, total: number, user: string): void {
  if (io.stderr.isTTY !== true) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${lineForTerminal(user).padEnd(16).slice(0, 16)}`);
  if (done === total) io.stderr.write('\n');
}

export async function runAudit(options: AuditOptions, io: AuditIo): Promise<number> {
  if (!options.all && options.user === undefined) throw new UsageError('say which account: --user USER, or --all');
  if (options.all && options.user !== undefined) throw new UsageError('give either --user or --all, not both');
  const settings = await settingsFromFlags(options, options, io);

  let users: string[];
  try {
    users = await accountsToAudit(options, io);
  } catch (error) {
    const why = cpanelUnreachable(error);
    if (why === undefined) throw error;
    await writeOut(io.stderr, errorLine(why));
    return 1;
  }

  let recorder: RunRecorder | undefined;
  if (options.store !== undefined) {
    const server = await resolveServerName({ flag: options.server, connection: options.connection, env: io.env });
    const started = await startRecording(options.store, { server, clock: io.now, env: io.env });
    if (!started.ok) {
      await writeOut(io.stderr, errorLine(started.error));
      return 1;
    }
    recorder = started.recorder;
  }
  if (options.all) await auditEvery(settings, users, options, io, recorder);
  else await auditOne(settings, users[0] ?? '', options, io, recorder);
  return 0;
}

async function auditOne(settings: AuditSettings, user: string, options: AuditOptions, io: AuditIo, recorder: RunRecorder | undefined): Promise<void> {
  const began = io.now();
  try {
    const { report, contactEmail, locale } = await auditAccount(settings, user);
    await recorder?.save(user, io.now() - began, { ok: true, report }, { contactEmail, locale });
    await writeOut(io.stdout, options.json ? `${jsonForTerminal(localizeReport(report, options.lang))}\n` : formatAudit(report, options.lang));
    if (recorder !== undefined) await writeOut(io.stderr, recordedLine(await recorder.finish('completed')));
  } catch (error) {
    await recorder?.finish('failed').catch(() => undefined);
    throw error;
  }
}

async function auditEvery(settings: AuditSettings, users: readonly string[], options: AuditOptions, io: AuditIo, recorder: RunRecorder | undefined): Promise<void> {
  const reports: Array<Record<string, unknown>> = [];
  const errors: Array<{ user: string; error: string }> = [];
  let done = 0;
  const failed = async (user: string, message: string, durationMs: number): Promise<void> => {
    // One account's failure never stops the run; it is reported with the others.
    errors.push({ user, error: message });
    await recorder?.save(user, durationMs, { ok: false, error: message }).catch(() => undefined);
  };
  const onAudited = async (outcome: AccountOutcome): Promise<void> => {
    try {
      if (!outcome.ok) {
        await failed(outcome.user, outcome.error, outcome.durationMs);
        return;
      }
      const { report, contactEmail, locale } = outcome.audited;
      try {
        await recorder?.save(outcome.user, outcome.durationMs, { ok: true, report }, { contactEmail, locale });
      } catch (error) {
        await failed(outcome.user, error instanceof Error ? error.message : String(error), outcome.durationMs);
        return;
      }
      if (options.json) reports.push(localizeReport(report, options.lang));
      else await writeOut(io.stdout, `${formatAudit(report, options.lang)}\n`);
    } finally {
      done += 1;
      progress(io, done, users.length, outcome.user);
    }
  };
  await auditAll(settings, users, { concurrency: options.concurrency, onAudited });
  if (recorder !== undefined) await writeOut(io.stderr, recordedLine(await recorder.finish('completed')));
  if (options.json) {
    reports.sort((a, b) => String(a.user).localeCompare(String(b.user)));
    await writeOut(io.stdout, `${jsonForTerminal({ accounts: reports, errors })}\n`);
  } else if (errors.length > 0) {
    await writeOut(io.stdout, `${errors.map((e) => lineForTerminal(`${e.user}: ${e.error}`)).join('\n')}\n`);
  }
}
