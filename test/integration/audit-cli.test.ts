/**
 * `mail-doctor audit` as an administrator runs it: the real command in its own
 * process, against the emulated cPanel server over HTTP and the loopback DNS
 * server, for every demo account of the sandbox.
 */
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { runCli } from '../cli/run-cli';

interface JsonFinding {
  id: string;
  status: string;
  severity: string;
  subject: { kind: string; name: string };
  evidence: Array<Record<string, unknown>>;
  fix: { actor: string; steps: string[]; record: { name: string; type: string; value: string } | null } | null;
  summary: string;
  explains?: JsonFinding[];
  parts?: JsonFinding[];
}

interface JsonReport {
  user: string;
  findings: JsonFinding[];
  events: Array<Record<string, unknown>>;
}

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

function connection(): string[] {
  return [
    '--whm-url', sandbox.emulator.httpUrl,
    '--whm-token', sandbox.emulator.tokens.whm.root ?? '',
    '--dns-server', sandbox.dnsAddress,
    '--authoritative-via', sandbox.authoritativeAddress,
    '--dns-timeout', '400',
    '--profile', sandbox.profilePath,
    // The demo's mail hosts resolve to documentation addresses; the probe has its own tests (test/probe).
    '--no-probe',
  ];
}

async function audit(user: string, extra: string[] = []): Promise<JsonReport> {
  const r = await runCli(['audit', '--user', user, '--json', '--lang', 'en', ...connection(), ...extra]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(r.stdout) as JsonReport;
}

/** Every finding, the delivery findings nested under their root cause (`explains`) and the parts of a root cause included. */
const allFindings = (report: JsonReport): JsonFinding[] => report.findings.flatMap((f) => [f, ...(f.explains ?? []), ...(f.parts ?? [])]);
const problems = (report: JsonReport): string[] => [...new Set(allFindings(report).filter((f) => f.status === 'problem').map((f) => f.id))].sort();

describe('mail-doctor audit against the sandbox', () => {
  it('when the account is set up right, then no finding is a problem or could-not-check', async () => {
    const report = await audit('devries');
    expect(report.findings.filter((f) => f.status !== 'ok').map((f) => `${f.id}: ${f.summary}`)).toEqual([]);
    expect(report.events.length).toBeGreaterThan(0);
  });

  it.each(['groen', 'bos', 'jansen', 'zon', 'knip', 'stam', 'harbour', 'lumiere', 'drukkerij'])(
    'when auditing %s, then exactly the diagnoses its scenario shows are problems',
    async (user) => {
      const account = sandbox.emulator.scenario.accounts.find((a) => a.user === user);
      const expected = [...new Set(account?.shows ?? [])].sort();
      const report = await audit(user);
      expect(problems(report)).toEqual(expected);
      // A root cause made of parts (one domain's SPF, DKIM, DMARC) carries its evidence and fixes in the parts.
      for (const finding of report.findings.filter((f) => f.status === 'problem').flatMap((f) => f.parts ?? [f])) {
        expect(finding.evidence.length).toBeGreaterThan(0);
        expect(finding.fix?.steps.length ?? 0).toBeGreaterThan(0);
      }
    },
  );

  it('when sender verify fails for a domain routed Local with its MX at Google, then the fix is to route it Remote', async () => {
    const report = await audit('groen');
    // One root cause: the refusals are nested under the routing finding.
    const root = report.findings.find((f) => f.id === 'routing-local-mx-elsewhere');
    expect(root?.explains?.map((f) => f.id)).toEqual(['sender-verify-failed']);
    const finding = allFindings(report).find((f) => f.id === 'sender-verify-failed');
    expect(finding?.subject.name).toBe('tuincentrum-groen.example');
    expect(finding?.fix?.steps.join(' ')).toMatch(/Remote Mail Exchanger/);
    expect(JSON.stringify(finding?.evidence)).toMatch(/aspmx\.l\.google\.com/);
  });
});

describe('mail-doctor audit when things break', () => {
  afterEach(() => {
    sandbox.emulator.clearFaults();
    sandbox.dns.clearFaults();
  });

  it('when the DNS server times out for one domain, then its DNS checks are could-not-check and nothing is a false problem', async () => {
    sandbox.dns.addFault({ name: 'bakkerij-devries.example', behaviour: 'timeout' });
    const report = await audit('devries');
    expect(report.findings.filter((f) => f.status === 'problem').map((f) => f.id)).toEqual([]);
    const unchecked = report.findings.filter((f) => f.status === 'could-not-check');
    expect(unchecked.length).toBeGreaterThan(0);
    expect(JSON.stringify(unchecked)).toMatch(/timeout/);
  });

  it('when the DNS server answers SERVFAIL for one domain, then that is could-not-check, not "record missing"', async () => {
    sandbox.dns.addFault({ name: 'bakkerij-devries.example', behaviour: 'servfail' });
    const report = await audit('devries');
    expect(report.findings.filter((f) => f.status === 'problem').map((f) => f.id)).toEqual([]);
    expect(JSON.stringify(report.findings.filter((f) => f.status === 'could-not-check'))).toMatch(/servfail/i);
  });

  it('when a UAPI function fails with status 0, then the report still comes out and names the call', async () => {
    sandbox.emulator.setFault({ function: 'Email::list_mxs', kind: 'fail', message: 'The system could not read the MX records.' });
    const report = await audit('groen');
    const unchecked = report.findings.filter((f) => f.status === 'could-not-check');
    expect(JSON.stringify(unchecked)).toMatch(/Email::list_mxs/);
    expect(report.findings.some((f) => f.id === 'routing-local-mx-elsewhere' && f.status === 'problem')).toBe(false);
    // What does not depend on Email Routing is still found.
    expect(report.findings.some((f) => f.id === 'sender-verify-failed' && f.status === 'problem')).toBe(true);
  });

  it('when cPanel answers malformed JSON for one function, then that part is could-not-check', async () => {
    sandbox.emulator.setFault({ function: 'Email::list_pops_with_disk', kind: 'malformed' });
    const report = await audit('lumiere');
    expect(JSON.stringify(report.findings.filter((f) => f.status === 'could-not-check'))).toMatch(/list_pops_with_disk/);
    expect(report.findings.some((f) => f.id === 'mailbox-over-quota' && f.status === 'problem')).toBe(false);
  });

  it('when one call is slower than the time limit, then it is could-not-check and the rest of the report comes out', async () => {
    sandbox.emulator.setFault({ function: 'Email::get_spam_settings', kind: 'slow', delayMs: 3000 });
    const report = await audit('lumiere', ['--timeout', '1']);
    expect(JSON.stringify(report.findings.filter((f) => f.status === 'could-not-check'))).toMatch(/get_spam_settings/);
    expect(report.findings.some((f) => f.id === 'mailbox-over-quota' && f.status === 'problem')).toBe(true);
  });

  it('when the WHM token is wrong, then it exits 1 saying the credentials were refused', async () => {
    const r = await runCli(['audit', '--user', 'groen', '--whm-url', sandbox.emulator.httpUrl, '--whm-token', 'WRONGTOKEN000000', '--dns-server', sandbox.dnsAddress]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused the credentials/);
    expect(r.stderr).not.toMatch(/WRONGTOKEN/);
  });

  it('when nothing listens at the URL, then it exits 1 saying cPanel cannot be reached', async () => {
    const r = await runCli(['audit', '--user', 'groen', '--whm-url', 'http://127.0.0.1:9', '--whm-token', 'x'.repeat(32), '--dns-server', sandbox.dnsAddress]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot reach cPanel/);
  });

  it('when the account does not exist or the flags are wrong, then it says so', async () => {
    const missing = await runCli(['audit', '--user', 'nobodyhere', ...connection()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no account named nobodyhere/);
    expect((await runCli(['audit', ...connection()])).code).toBe(2);
    expect((await runCli(['audit', '--user', 'x'])).code).toBe(2);
    expect((await runCli(['audit', '--user', 'x', '--since', 'yesterday', ...connection()])).code).toBe(2);
  });
});

describe('mail-doctor audit --all', () => {
  it('when run as root, then every demo account is in the JSON with no errors', async () => {
    const r = await runCli(['audit', '--all', '--json', '--lang', 'nl', ...connection()]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { accounts: JsonReport[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    expect(out.accounts.map((a) => a.user)).toEqual(sandbox.emulator.scenario.accounts.map((a) => a.user).sort());
  });

  it('when one account fails, then the others are still audited and the failure is listed', async () => {
    sandbox.emulator.setFault({ function: 'emailtrack_search', account: 'zon', kind: 'http500' });
    try {
      const r = await runCli(['audit', '--all', '--json', ...connection()]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { accounts: JsonReport[]; errors: Array<{ user: string }> };
      expect(out.accounts.length + out.errors.length).toBe(sandbox.emulator.scenario.accounts.length);
      const zon = out.accounts.find((a) => a.user === 'zon');
      // A failing Track Delivery call is a could-not-check inside zon's report, not a crash of the run.
      expect(JSON.stringify(zon?.findings ?? out.errors)).toMatch(/emailtrack_search|zon/);
    } finally {
      sandbox.emulator.clearFaults();
    }
  });

  it('when the human output is asked for, then findings are grouped by severity in the chosen language', async () => {
    const r = await runCli(['audit', '--user', 'groen', '--lang', 'nl', ...connection()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== Ernstige problemen \(\d+\) ==/);
    expect(r.stdout).toMatch(/Wat te doen:/);
  });
});

describe('mail-doctor audit through the other transports', () => {
  it('when run with --local, then the cPanel command-line tools (real processes) give the same problems as WHM over HTTP', async () => {
    const { binaries } = sandbox.emulator.cli;
    const env = sandbox.emulator.cli.env('root');
    const r = await runCli(
      [
        'audit', '--user', 'groen', '--json', '--local',
        '--uapi-path', binaries.uapi, '--cpapi2-path', binaries.cpapi2, '--whmapi1-path', binaries.whmapi1,
        '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--profile', sandbox.profilePath, '--no-probe',
      ],
      undefined,
      env,
    );
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const local = JSON.parse(r.stdout) as JsonReport;
    expect(problems(local)).toEqual(problems(await audit('groen')));
  });

  it('when run with a cPanel token, then the account sees its own report and is refused another account', async () => {
    const token = sandbox.emulator.tokens.cpanel.groen ?? '';
    const common = ['--cpanel-url', sandbox.emulator.httpUrl, '--cpanel-user', 'groen', '--cpanel-token', token, '--dns-server', sandbox.dnsAddress, '--authoritative-via', sandbox.authoritativeAddress, '--profile', sandbox.profilePath, '--no-probe'];
    const own = await runCli(['audit', '--user', 'groen', '--json', ...common]);
    expect(own.code).toBe(0);
    expect(problems(JSON.parse(own.stdout) as JsonReport)).toEqual(problems(await audit('groen')));
    const other = await runCli(['audit', '--user', 'devries', ...common]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/only gives access to its own account/);
  });
});
