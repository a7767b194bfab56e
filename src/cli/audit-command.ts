/**
 * `mail-doctor audit --user USER | --all`: collects, diagnoses and prints.
 * Exit status: 0 when the audit ran (whatever it found), 1 when cPanel could
 * not be reached at all, 2 for usage errors (handled by the caller).
 */
import type { Writable } from 'node:stream';
import { collectAccount } from '../collect/collect-account';
import { readMainlog } from '../delivery/exim-mainlog-source';
import type { AuthoritativeResolverFactory } from '../collect/collect-dns';
import { createLimiter } from '../collect/settle';
import type { ProviderProfile } from '../config/provider-profile';
import { CpanelAuthError, CpanelTransportError, isCpanelError } from '../cpanel/errors';
import type { CpanelGateway } from '../cpanel/gateway';
import { getDomains } from '../cpanel/domains';
import { listAccounts } from '../cpanel/whm-accounts';
import { parseServerAddress } from '../dns/server-address';
import type { DnsResolver } from '../dns/types';
import { systemWireResolver, wireResolverFor, type WireResolver } from '../dns/wire-resolver';
import { defaultClassifier } from '../kb/classify';
import type { Lang } from '../kb/types';
import { localizeReport, type AuditReport } from '../report/audit-report';
import { buildReport } from '../report/build-report';
import { startRecording, type RunRecorder } from '../jobs/run-recorder';
import { gatewayFor, serverHostname, type Connection } from './connection';
import { probeAuditedAccount, type AuditProbeOptions } from './audit-probe';
import { formatAudit } from './format-audit';

export interface AuditOptions {
  readonly user?: string;
  readonly all: boolean;
  readonly json: boolean;
  readonly lang: Lang;
  /** Seconds back from now. */
  readonly since: number;
  readonly dnsServers: readonly string[];
  /**
   * Sends the questions meant for a domain's own nameservers to this server
   * instead ("IP:PORT"). Only for the sandbox and tests, whose nameservers
   * have documentation addresses that cannot be reached.
   */
  readonly authoritativeVia?: string;
  readonly dnsTimeoutMs: number;
  readonly profile: ProviderProfile;
  readonly connection: Connection;
  readonly maxRecordsPerType?: number;
  /** Accounts audited at once with --all. */
  readonly concurrency: number;
  /** Read delivery records from these Exim main-log files (oldest first) instead of Track Delivery. */
  readonly eximLogs?: readonly string[];
  /** Also keep the results in this history store (SQLite file or postgres:// URL), as one run. */
  readonly store?: string;
  /** Connect to the account's mail host names (unless --no-probe). */
  readonly probe?: AuditProbeOptions;
}

export interface AuditIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly now: () => number;
  readonly env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

/** Why cPanel could not be reached, in one line (never with a token: cPanel errors are built without one). */
function unreachable(error: unknown): string | undefined {
  if (error instanceof CpanelAuthError) return `cPanel refused the credentials: ${error.message}`;
  if (error instanceof CpanelTransportError) return `cannot reach cPanel: ${error.message}`;
  return undefined;
}

async function makeResolver(options: AuditOptions): Promise<WireResolver> {
  if (options.dnsServers.length === 0) return systemWireResolver({ timeoutMs: options.dnsTimeoutMs });
  const made = wireResolverFor(options.dnsServers, { timeoutMs: options.dnsTimeoutMs });
  if (!made.ok) throw new UsageError(made.error);
  return made.resolver;
}

function authoritativeFactory(resolver: WireResolver, via: string | undefined): AuthoritativeResolverFactory {
  const fixed = via === undefined ? undefined : parseServerAddress(via);
  if (fixed !== undefined && !fixed.ok) throw new UsageError(`--authoritative-via: ${fixed.error}`);
  return (ip: string): DnsResolver => {
    const parsed = fixed ?? parseServerAddress(ip);
    if (!parsed.ok) return resolver;
    return resolver.at(parsed.server, { recursionDesired: false });
  };
}

async function auditOne(
  gateway: CpanelGateway,
  user: string,
  options: AuditOptions,
  resolver: WireResolver,
  io: AuditIo,
): Promise<AuditReport> {
  const now = Math.floor(io.now() / 1000);
  const input = await collectAccount({
    gateway,
    user,
    window: { since: now - options.since, until: now },
    now,
    resolver,
    authoritative: authoritativeFactory(resolver, options.authoritativeVia),
    profile: options.profile,
    classifier: defaultClassifier(),
    serverHostname: serverHostname(options.connection),
    ...(options.maxRecordsPerType === undefined ? {} : { maxRecordsPerType: options.maxRecordsPerType }),
    ...(options.eximLogs === undefined || options.eximLogs.length === 0
      ? {}
      : {
          deliverySource: {
            name: `Exim main log (${options.eximLogs.join(', ')})`,
            read: (domains: readonly string[], window: { since: number; until: number }) =>
              readMainlog(options.eximLogs ?? [], { since: window.since, until: window.until, domains }),
          },
        }),
  });
  const report = buildReport(input);
  return options.probe === undefined ? report : probeAuditedAccount(input, report, resolver, options.profile, options.probe);
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(text)) resolve();
    else out.once('drain', resolve);
  });
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
  io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${user.padEnd(16).slice(0, 16)}`);
  if (done === total) io.stderr.write('\n');
}

export async function runAudit(options: AuditOptions, io: AuditIo): Promise<number> {
  if (!options.all && options.user === undefined) throw new UsageError('say which account: --user USER, or --all');
  if (options.all && options.user !== undefined) throw new UsageError('give either --user or --all, not both');
  const resolver = await makeResolver(options);

  let users: string[];
  try {
    users = await accountsToAudit(options, io);
  } catch (error) {
    const why = unreachable(error);
    if (why === undefined) throw error;
    await write(io.stderr, `mail-doctor: ${why}\n`);
    return 1;
  }

  let recorder: RunRecorder | undefined;
  if (options.store !== undefined) {
    const started = await startRecording(options.store, { server: serverHostname(options.connection), clock: io.now });
    if (!started.ok) {
      await write(io.stderr, `mail-doctor: ${started.error}\n`);
      return 1;
    }
    recorder = started.recorder;
  }

  if (!options.all) {
    const gateway = gatewayFor(options.connection, users[0], io.env);
    const began = io.now();
    try {
      const report = await auditOne(gateway, users[0]!, options, resolver, io);
      await recorder?.save(users[0]!, io.now() - began, { ok: true, report });
      await write(io.stdout, options.json ? `${JSON.stringify(localizeReport(report, options.lang))}\n` : formatAudit(report, options.lang));
      await recorder?.finish('completed');
    } catch (error) {
      await recorder?.finish('failed').catch(() => undefined);
      throw error;
    } finally {
      await gateway.close();
    }
    return 0;
  }

  const limit = createLimiter(options.concurrency);
  const reports: Array<Record<string, unknown>> = [];
  const errors: Array<{ user: string; error: string }> = [];
  let done = 0;
  await Promise.all(
    users.map((user) =>
      limit(async () => {
        const gateway = gatewayFor(options.connection, user, io.env);
        const began = io.now();
        try {
          const report = await auditOne(gateway, user, options, resolver, io);
          await recorder?.save(user, io.now() - began, { ok: true, report });
          if (options.json) reports.push(localizeReport(report, options.lang));
          else await write(io.stdout, `${formatAudit(report, options.lang)}\n`);
        } catch (error) {
          // One account's failure never stops the run; it is reported with the others.
          const message = isCpanelError(error) || error instanceof Error ? error.message : String(error);
          errors.push({ user, error: message });
          await recorder?.save(user, io.now() - began, { ok: false, error: message }).catch(() => undefined);
        } finally {
          await gateway.close();
          done += 1;
          progress(io, done, users.length, user);
        }
      }),
    ),
  );
  await recorder?.finish('completed');
  if (options.json) {
    reports.sort((a, b) => String(a.user).localeCompare(String(b.user)));
    await write(io.stdout, `${JSON.stringify({ accounts: reports, errors })}\n`);
  } else if (errors.length > 0) {
    await write(io.stdout, `${errors.map((e) => `${e.user}: ${e.error}`).join('\n')}\n`);
  }
  return 0;
}
