/**
 * The command line, the pages and the daemon audit an account through the
 * one audit service, so for the same settings they give the same report.
 * Every demo account of the sandbox scenario, three ways: `mail-doctor audit
 * --all --json` as a real process, the pages' audit service (web/auditor +
 * web/audit-service, as `serve` and the WHM CGI wire it), and a daemon run
 * (jobs/run-audits through the store) — all against the emulator over HTTP
 * and the loopback DNS server. Only the timestamps may differ.
 */
import { serverHostname, type Connection } from '../../src/audit/connection';
import { wireResolverFor } from '../../src/dns/wire-resolver';
import { localizeReport, type AuditReport } from '../../src/report/audit-report';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { gatewayFor } from '../../src/audit/connection';
import { createCachingAuditService } from '../../src/web/audit-service';
import { createAuditor } from '../../src/web/auditor';
import { fillSandboxHistory } from '../../src/web/modes';
import { runCli } from '../cli/run-cli';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

let sandbox: RunningSandbox;

beforeAll(async () => {
  // The emulator dates its delivery records from one fixed moment, so that the three audits see the same records.
  const startedAt = Date.now();
  sandbox = await startSandbox({ clock: () => startedAt });
}, 60_000);

afterAll(async () => {
  await sandbox.close();
});

const SINCE_SECONDS = 7 * 86_400;
const DNS_TIMEOUT_MS = SANDBOX_DNS_TIMEOUT_MS;

/** The report as JSON without what depends on the moment it was made. */
function timeless(report: Record<string, unknown>): Record<string, unknown> {
  const { generatedAt: _generatedAt, window: _window, ...rest } = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  return rest;
}

function rootConnection(): Connection {
  return { kind: 'whm', baseUrl: sandbox.emulator.httpUrl, user: 'root', token: sandbox.emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 30_000 };
}

async function fromCli(): Promise<Map<string, Record<string, unknown>>> {
  const result = await runCli([
    'audit', '--all', '--json', '--lang', 'en', '--since', '7d', '--concurrency', '3',
    // The connection probe is a setting of the one service that only the command line turns on by default;
    // the pages and the daemon run without it, so the comparison leaves it out (test/probe covers it).
    '--no-probe',
    '--whm-url', sandbox.emulator.httpUrl,
    '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
    '--dns-server', sandbox.dnsAddress,
    '--authoritative-via', sandbox.authoritativeAddress,
    '--dns-timeout', String(DNS_TIMEOUT_MS),
    '--profile', sandbox.profilePath,
  ]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  const parsed = JSON.parse(result.stdout) as { accounts: Array<Record<string, unknown>>; errors: unknown[] };
  expect(parsed.errors).toEqual([]);
  return new Map(parsed.accounts.map((a) => [String(a.user), timeless(a)]));
}

async function fromPages(users: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const connection = rootConnection();
  const made = wireResolverFor([sandbox.dnsAddress], { timeoutMs: DNS_TIMEOUT_MS });
  if (!made.ok) throw new Error(made.error);
  const audits = createCachingAuditService(
    createAuditor({
      openGateway: (user) => gatewayFor(connection, user, {}),
      resolver: made.resolver,
      authoritativeVia: sandbox.authoritativeAddress,
      profile: sandbox.profile,
      serverHostname: serverHostname(connection),
      since: SINCE_SECONDS,
    }),
    { concurrency: 3 },
  );
  const reports = await Promise.all(users.map(async (user) => [user, timeless(localizeReport((await audits.report(user)).report, 'en'))] as const));
  return new Map(reports);
}

async function fromDaemonRun(users: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const history = await fillSandboxHistory(sandbox, { dnsTimeoutMs: DNS_TIMEOUT_MS });
  try {
    const reports: Array<readonly [string, Record<string, unknown>]> = [];
    for (const user of users) {
      const stored: AuditReport | null = await history.store.accountReport(user);
      if (stored === null) throw new Error(`the daemon's run stored no report for ${user}`);
      reports.push([user, timeless(localizeReport(stored, 'en'))]);
    }
    return new Map(reports);
  } finally {
    await history.store.close();
  }
}

describe('one audit path', () => {
  it('when every demo account is audited by the CLI, the pages and a daemon run, then the JSON reports are the same', async () => {
    const users = sandbox.emulator.scenario.accounts.map((a) => a.user).sort();
    expect(users.length).toBeGreaterThan(5);
    const cli = await fromCli();
    expect([...cli.keys()].sort()).toEqual(users);
    const pages = await fromPages(users);
    const daemon = await fromDaemonRun(users);
    for (const user of users) {
      const report = cli.get(user);
      // A report with something in it: the comparison is not between empty shells.
      expect((report?.findings as unknown[] | undefined)?.length ?? 0).toBeGreaterThan(0);
      expect({ user, pages: pages.get(user) }).toEqual({ user, pages: report });
      expect({ user, daemon: daemon.get(user) }).toEqual({ user, daemon: report });
    }
  }, 240_000);
});
