/**
 * `mail-doctor fix` as an administrator runs it: the real command in its own
 * process against the emulated cPanel server (HTTP) and the loopback DNS
 * servers. Per action: audit → preview (nothing changes) → apply (the
 * problem is gone in the re-audit, the fix log has the entry) → undo (the
 * emulator's state is as before and the problem is back).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { runCli } from '../cli/run-cli';
import { emulatorState } from '../support/emulator-state';

interface JsonFinding {
  id: string;
  status: string;
  severity: string;
  subject: { kind: string; name: string };
  explains?: JsonFinding[];
  /** The parts of a root cause made of several findings (a domain's SPF, DKIM and DMARC). */
  parts?: JsonFinding[];
}

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = await mkdtemp(path.join(os.tmpdir(), 'md-fix-'));
});

afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

function connection(token = sandbox.emulator.tokens.whm.root ?? '', whmUser = 'root'): string[] {
  return [
    '--whm-url', sandbox.emulator.httpUrl,
    '--whm-user', whmUser,
    '--whm-token', token,
    '--dns-server', sandbox.dnsAddress,
    '--authoritative-via', sandbox.authoritativeAddress,
    '--dns-timeout', '400',
    '--profile', sandbox.profilePath,
    '--store', path.join(dir, 'history.sqlite'),
    '--lang', 'en',
  ];
}

async function fixJson(args: string[], token?: string): Promise<{ code: number | null; body: Record<string, unknown>; stderr: string }> {
  const r = await runCli(['fix', ...args, '--json', ...connection(token)]);
  return { code: r.code, body: r.stdout.trim() === '' ? {} : (JSON.parse(r.stdout) as Record<string, unknown>), stderr: r.stderr };
}

async function problems(user: string): Promise<string[]> {
  const args = connection().filter((a, i, all) => a !== '--store' && all[i - 1] !== '--store');
  const r = await runCli(['audit', '--user', user, '--json', '--no-probe', ...args]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const report = JSON.parse(r.stdout) as { findings: JsonFinding[] };
  return report.findings
    .flatMap((f) => [f, ...(f.explains ?? []), ...(f.parts ?? [])])
    .filter((f) => f.status === 'problem' && f.severity !== 'info')
    .map((f) => `${f.id} ${f.subject.name}`);
}

/** The emulator's whole state as it would answer: accounts and DNS records. */
const stateSnapshot = (): string => emulatorState(sandbox.emulator.scenario);

function account(user: string) {
  const a = sandbox.emulator.scenario.accounts.find((x) => x.user === user);
  if (a === undefined) throw new Error(`no account ${user}`);
  return a;
}

function txt(name: string): string[] {
  return sandbox.emulator.scenario.dns.records
    .filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    .map((r) => (Array.isArray(r.data) ? r.data.join('') : String(r.data)))
    .sort();
}

interface Case {
  readonly user: string;
  readonly finding: string;
  readonly subject: string;
  readonly call: RegExp;
  /** The piece of emulator state the fix changes, read fresh. */
  readonly state: () => unknown;
}

const CASES: Case[] = [
  { user: 'groen', finding: 'routing-local-mx-elsewhere', subject: 'tuincentrum-groen.example', call: /^UAPI Email::set_always_accept domain="tuincentrum-groen.example" mxcheck="remote"$/, state: () => JSON.stringify(account('groen').routing) },
  { user: 'bos', finding: 'routing-remote-mx-here', subject: 'bos-verhuur.example', call: /^UAPI Email::set_always_accept domain="bos-verhuur.example" mxcheck="local"$/, state: () => JSON.stringify(account('bos').routing) },
  { user: 'jansen', finding: 'outgoing-held', subject: 'nieuwsbrief@webwinkel-jansen.example', call: /^UAPI Email::release_outgoing email="nieuwsbrief@webwinkel-jansen.example"$/, state: () => JSON.stringify(account('jansen').mailboxes) },
  { user: 'jansen', finding: 'outgoing-suspended', subject: 'verkoop@webwinkel-jansen.example', call: /^UAPI Email::unsuspend_outgoing email="verkoop@webwinkel-jansen.example"$/, state: () => JSON.stringify(account('jansen').mailboxes) },
  { user: 'lumiere', finding: 'incoming-suspended', subject: 'reservations@bistro-lumiere.example', call: /^UAPI Email::unsuspend_incoming email="reservations@bistro-lumiere.example"$/, state: () => JSON.stringify(account('lumiere').mailboxes) },
  { user: 'lumiere', finding: 'login-suspended', subject: 'ancien@bistro-lumiere.example', call: /^UAPI Email::unsuspend_login email="ancien@bistro-lumiere.example"$/, state: () => JSON.stringify(account('lumiere').mailboxes) },
  { user: 'lumiere', finding: 'mailbox-over-quota', subject: 'chef@bistro-lumiere.example', call: /^UAPI Email::edit_pop_quota email="chef" domain="bistro-lumiere.example" quota="\d+"$/, state: () => JSON.stringify(account('lumiere').mailboxes) },
  { user: 'stam', finding: 'spf-invalid', subject: 'advocatenkantoor-stam.example', call: /^UAPI EmailAuth::install_spf_records domain="advocatenkantoor-stam.example" record="v=spf1 include:spf.oude-provider.example ip4:203.0.113.10 include:spf.hosting.example -all"$/, state: () => txt('advocatenkantoor-stam.example') },
  { user: 'stam', finding: 'dkim-invalid', subject: 'stam-legal.example', call: /^UAPI EmailAuth::enable_dkim domain="stam-legal.example"$/, state: () => txt('default._domainkey.stam-legal.example') },
  { user: 'stam', finding: 'dmarc-missing', subject: 'advocatenkantoor-stam.example', call: /^UAPI DNS::mass_edit_zone zone="advocatenkantoor-stam.example" .*add TXT _dmarc.advocatenkantoor-stam.example "v=DMARC1; p=none/, state: () => txt('_dmarc.advocatenkantoor-stam.example') },
];

describe('mail-doctor fix against the sandbox', () => {
  it.each(CASES)('when $finding for $subject is fixed, then the preview changes nothing, the re-audit no longer shows it, and undo restores the state', async (c) => {
    const key = `${c.finding} ${c.subject}`;
    expect(await problems(c.user)).toContain(key);
    const before = c.state();
    const whole = stateSnapshot();

    const preview = await fixJson(['--user', c.user, '--finding', c.finding, '--subject', c.subject]);
    expect({ code: preview.code, status: preview.body.status, stderr: preview.stderr }).toEqual({ code: 0, status: 'previewed', stderr: '' });
    const action = preview.body.action as { call: string; before: string; after: string; undo: string | null };
    expect(action.call).toMatch(c.call);
    expect(action.before).not.toEqual(action.after);
    expect(action.undo).not.toBeNull();
    expect(stateSnapshot()).toEqual(whole);

    const applied = await fixJson(['--user', c.user, '--finding', c.finding, '--subject', c.subject, '--yes']);
    expect({ code: applied.code, status: applied.body.status, gone: applied.body.gone, stderr: applied.stderr }).toEqual({ code: 0, status: 'applied', gone: true, stderr: '' });
    expect(c.state()).not.toEqual(before);
    expect(await problems(c.user)).not.toContain(key);

    const logId = String(applied.body.logId);
    expect(logId).toMatch(/^fx-[0-9a-f]{12}$/);
    const undone = await fixJson(['--undo', logId]);
    expect({ code: undone.code, status: undone.body.status, back: undone.body.back, stderr: undone.stderr }).toEqual({ code: 0, status: 'undone', back: true, stderr: '' });
    expect(c.state()).toEqual(before);
    expect(await problems(c.user)).toContain(key);

    const again = await fixJson(['--undo', logId]);
    expect({ code: again.code, status: again.body.status }).toEqual({ code: 1, status: 'refused' });
    expect(String(again.body.reason)).toMatch(/already undone/);
  });

  it.each([
    { finding: 'outgoing-held', subject: 'nieuwsbrief@webwinkel-jansen.example', flag: 'hold' as const, box: 'holdOutgoing' as const, call: 'WHM API 1 release_outgoing_email user="jansen"', undo: 'WHM API 1 hold_outgoing_email user="jansen"' },
    { finding: 'outgoing-suspended', subject: 'verkoop@webwinkel-jansen.example', flag: 'suspended' as const, box: 'suspendedOutgoing' as const, call: 'WHM API 1 unsuspend_outgoing_email user="jansen"', undo: 'WHM API 1 suspend_outgoing_email user="jansen"' },
  ])('when the whole account\'s $flag is on (not the mailbox\'s), then the fix lifts it through WHM, and undo puts it back', async (c) => {
    const a = account('jansen');
    const mailbox = a.mailboxes.find((m) => m.email === c.subject);
    if (mailbox === undefined) throw new Error(`no mailbox ${c.subject}`);
    const saved = { account: a.outgoing[c.flag], mailbox: mailbox[c.box] };
    a.outgoing[c.flag] = true;
    mailbox[c.box] = false;
    try {
      const key = `${c.finding} ${c.subject}`;
      expect(await problems('jansen')).toContain(key);
      const whole = stateSnapshot();
      const preview = await fixJson(['--user', 'jansen', '--finding', c.finding, '--subject', c.subject]);
      expect({ code: preview.code, status: preview.body.status }).toEqual({ code: 0, status: 'previewed' });
      expect(preview.body.action).toMatchObject({ call: c.call, undo: c.undo });
      expect(stateSnapshot()).toEqual(whole);

      const applied = await fixJson(['--user', 'jansen', '--finding', c.finding, '--subject', c.subject, '--yes']);
      expect({ code: applied.code, status: applied.body.status, gone: applied.body.gone, stderr: applied.stderr }).toEqual({ code: 0, status: 'applied', gone: true, stderr: '' });
      expect(a.outgoing[c.flag]).toBe(false);
      expect(await problems('jansen')).not.toContain(key);

      const undone = await fixJson(['--undo', String(applied.body.logId)]);
      expect({ code: undone.code, status: undone.body.status, back: undone.body.back }).toEqual({ code: 0, status: 'undone', back: true });
      expect(a.outgoing[c.flag]).toBe(true);
      expect(await problems('jansen')).toContain(key);
    } finally {
      a.outgoing[c.flag] = saved.account;
      mailbox[c.box] = saved.mailbox;
    }
  });

  it('when a finding is nested under its root cause, then fixing it applies the root cause\'s fix', async () => {
    const preview = await fixJson(['--user', 'groen', '--finding', 'sender-verify-failed']);
    expect(preview.code).toBe(0);
    expect((preview.body.action as { call: string }).call).toMatch(/^UAPI Email::set_always_accept domain="tuincentrum-groen.example" mxcheck="remote"$/);
  });

  it('when cPanel refuses the change, then the state stays as it was, nothing is logged and the reason is shown with exit 1', async () => {
    sandbox.emulator.setFault({ function: 'Email::release_outgoing', account: 'jansen', kind: 'fail', message: 'The mail queue is locked by another process.' });
    try {
      const whole = stateSnapshot();
      const r = await runCli(['fix', '--user', 'jansen', '--finding', 'outgoing-held', '--yes', ...connection()]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('cPanel refused the change');
      expect(r.stdout).toContain('Email::release_outgoing');
      expect(r.stdout).toContain('The mail queue is locked by another process.');
      expect(stateSnapshot()).toEqual(whole);
    } finally {
      sandbox.emulator.clearFaults();
    }
  });

  it('when the zone changed between reading it and editing it, then cPanel refuses the stale serial and the zone stays as it was', async () => {
    const b64 = (t: string) => Buffer.from(t).toString('base64');
    const zone = 'advocatenkantoor-stam.example';
    sandbox.emulator.setReply({
      api: 'uapi',
      function: 'DNS::parse_zone',
      account: 'stam',
      body: {
        status: 1,
        errors: null,
        messages: null,
        warnings: null,
        metadata: {},
        data: [{ line_index: 0, type: 'record', dname_b64: b64(`${zone}.`), ttl: 86400, record_type: 'SOA', data_b64: [`ns1.${zone}.`, `hostmaster.${zone}.`, '2023120100', '3600', '1800', '1209600', '86400'].map(b64) }],
      },
    });
    try {
      const whole = stateSnapshot();
      const r = await fixJson(['--user', 'stam', '--finding', 'dmarc-missing', '--subject', zone, '--yes']);
      expect({ code: r.code, status: r.body.status }).toEqual({ code: 1, status: 'refused' });
      expect(String(r.body.reason)).toContain('DNS::mass_edit_zone');
      expect(String(r.body.reason)).toMatch(/has changed/);
      expect(stateSnapshot()).toEqual(whole);
    } finally {
      sandbox.emulator.clearReplies();
    }
  });

  it('when the problem is for someone else to fix, then there is no action and the words say who to ask', async () => {
    const whole = stateSnapshot();
    const r = await runCli(['fix', '--user', 'harbour', '--finding', 'server-ptr-missing', '--yes', ...connection()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no automatic fix/);
    expect(r.stdout).toMatch(/hosting provider/);
    expect(stateSnapshot()).toEqual(whole);
  });

  it('when the account is healthy, then no fix is offered', async () => {
    for (const finding of ['routing-local-mx-elsewhere', 'spf-invalid', 'dkim-invalid', 'dmarc-missing', 'mailbox-over-quota', 'outgoing-held']) {
      const r = await fixJson(['--user', 'devries', '--finding', finding, '--yes']);
      expect({ finding, code: r.code, status: r.body.status }).toEqual({ finding, code: 2, status: 'not-found' });
    }
  });

  it('when a finding is there for several domains and no subject is named, then the command lists them and changes nothing', async () => {
    const whole = stateSnapshot();
    const r = await fixJson(['--user', 'stam', '--finding', 'dkim-invalid', '--yes']);
    expect({ code: r.code, status: r.body.status }).toEqual({ code: 2, status: 'not-found' });
    expect(r.body.subjects).toEqual(expect.arrayContaining(['advocatenkantoor-stam.example', 'stam-legal.example', 'stam-nieuw.example']));
    expect(stateSnapshot()).toEqual(whole);
  });

  it('when a reseller names an account of another owner, then nothing is changed and the command says the account is not visible', async () => {
    const whole = stateSnapshot();
    const r = await runCli(['fix', '--user', 'stam', '--finding', 'spf-invalid', '--subject', 'stam-nieuw.example', '--yes', ...connection(sandbox.emulator.tokens.whm.hoster, 'hoster')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no account named stam is visible/);
    expect(stateSnapshot()).toEqual(whole);
  });

  it('when a cPanel token names another account, then nothing is changed', async () => {
    const whole = stateSnapshot();
    const whm = ['--whm-url', '--whm-user', '--whm-token'];
    const args = connection().filter((a, i, all) => !whm.includes(a) && !whm.includes(all[i - 1] ?? ''));
    const r = await runCli(['fix', '--user', 'lumiere', '--finding', 'login-suspended', '--yes', '--cpanel-url', sandbox.emulator.httpUrl, '--cpanel-user', 'groen', '--cpanel-token', sandbox.emulator.tokens.cpanel.groen ?? '', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/only acts for its own account \(groen\)/);
    expect(stateSnapshot()).toEqual(whole);
  });

  it('when the log id is unknown or malformed, then it is a usage error', async () => {
    const unknown = await runCli(['fix', '--undo', 'fx-000000000000', ...connection()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/has no entry fx-000000000000/);
    const malformed = await runCli(['fix', '--undo', 'nonsense', ...connection()]);
    expect(malformed.code).toBe(2);
  });
});
