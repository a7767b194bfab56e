/**
 * Alert digests through a real SMTP server on loopback: real audits of
 * sandbox accounts (emulated WHM + loopback DNS), stored in SQLite, queued in
 * the store's outbox and mailed by nodemailer to the smtp-server peer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMailer, type Mailer } from '../../src/alerts/mailer';
import { createAlerts, type AlertHooks, type AlertSettings } from '../../src/alerts/send-alerts';
import { createAccountAuditor, type AccountAuditor } from '../../src/jobs/account-auditor';
import { runAudits } from '../../src/jobs/run-audits';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import type { HistoryStore } from '../../src/store/history-store';
import type { AccountAuditor as Auditor } from '../../src/jobs/account-auditor';
import { openStore } from '../../src/store/open-store';
import { languageOfLocale } from '../../src/alerts/digest';
import { fakeAuditor } from '../jobs/fake-auditor';
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from './smtp-peer';

let sandbox: RunningSandbox;
let peer: SmtpPeer;
let auditor: AccountAuditor;
let dir: string;
let store: HistoryStore;
let mailer: Mailer;
let lines: string[];

beforeAll(async () => {
  sandbox = await startSandbox();
  const made = await createAccountAuditor({
    connection: { kind: 'whm', baseUrl: sandbox.emulator.httpUrl, user: 'root', token: sandbox.emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 10_000 },
    profile: sandbox.profile,
    dnsServers: [sandbox.dnsAddress],
    dnsTimeoutMs: 300,
    authoritativeVia: sandbox.authoritativeAddress,
    sinceSeconds: 7 * 86400,
    env: {},
    clock: Date.now,
  });
  if (!made.ok) throw new Error(made.error);
  auditor = made.auditor;
});
afterAll(async () => {
  await sandbox.close();
});

beforeEach(async () => {
  peer = await startSmtpPeer();
  mailer = createMailer({ transport: 'smtp', host: '127.0.0.1', port: peer.port, security: 'none', username: '', password: '' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-alerts-'));
  const opened = await openStore(path.join(dir, 'h.sqlite'), { server: 'this-host' });
  if (!opened.ok) throw new Error(opened.error);
  store = opened.store;
  lines = [];
});
afterEach(async () => {
  mailer.close();
  await peer.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SETTINGS: AlertSettings = {
  enabled: true,
  from: 'mail-doctor@server.hosting.example',
  adminEmail: 'admin@hosting.example',
  adminLanguage: 'en',
  notifyAccountContacts: true,
  optOut: [],
  minHoursBetween: 24,
  providerName: 'Hoasted',
  minSeverity: 'warning',
  expireHours: 72,
  baselineFirstRun: false,
  serverName: 'cp01.hosting.example',
  reportUrl: 'https://cp01.hosting.example:2087/cgi/mail_doctor/index.cgi',
};

const HOUR = 3_600_000;

function hooks(settings: AlertSettings = SETTINGS, clock: () => number = Date.now): AlertHooks {
  return createAlerts(settings, { store, mailer, clock, log: (l) => lines.push(l) });
}

async function run(users: string[], settings: AlertSettings = SETTINGS, clock: () => number = Date.now, a: Auditor = auditor, alerts = hooks(settings, clock)): Promise<void> {
  const outcome = await runAudits(
    { store, auditor: a, log: (l) => lines.push(l), clock, onAccount: (d) => alerts.onAccount(d), onRunEnd: (w) => alerts.onRunEnd(w) },
    { trigger: 'schedule', users, concurrency: 2, spreadMs: 0, signal: new AbortController().signal, owner: { host: 'h', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true },
  );
  expect(outcome.kind).toBe('done');
}

/** The real audit of `real`, filed as `as`: a second account on the same server with the same problems. */
function twin(real: string, as: string): Auditor {
  return {
    listUsers: async () => [real, as],
    audit: async (user: string) => {
      const a = await auditor.audit(user === as ? real : user);
      return user === as ? { ...a, contactEmail: `contact@${as}.example`, report: { ...a.report, user: as } } : a;
    },
  };
}

const to = (address: string): ReceivedMail[] => peer.received.filter((m) => m.to.includes(address));
const contactOf = (user: string): string => sandbox.emulator.scenario.accounts.find((a) => a.user === user)?.contactEmail ?? '';

describe('alert digests', () => {
  it("when a run finds new problems, then the account's contact gets one digest in the account's language with titles and fixes, in one register", async () => {
    await run(['groen', 'devries']);
    const contact = contactOf('groen');
    expect(peer.received.map((m) => m.to[0]).sort()).toEqual(['admin@hosting.example', contact].sort());
    const toAccount = to(contact)[0]!;
    expect(toAccount.from).toBe('mail-doctor@server.hosting.example');
    expect(toAccount.subject).toMatch(/^Mail Doctor: 2 nieuwe problemen met de e-mail van groen$/);
    expect(toAccount.text).toMatch(/Bij de laatste controle vond Mail Doctor van Hoasted iets in de e-mail van je account groen/);
    expect(toAccount.text).toMatch(/Wat je kunt doen:\n {4}1\. /);
    expect(toAccount.text).toMatch(/^\* Ernstig: /m);
    expect(toAccount.text).toMatch(/tuincentrum-groen\.example/);
    // Dutch in one register and without English labels or raw subject kinds.
    expect(toAccount.text).not.toMatch(/\b(U|u|uw)\b|\[critical\]|\[warning\]|\(domain /);
    expect(toAccount.headers['auto-submitted']).toBe('auto-generated');
    const toAdmin = to('admin@hosting.example')[0]!;
    expect(toAdmin.subject).toBe('Mail Doctor on cp01.hosting.example: 2 new problems');
    expect(toAdmin.text).toMatch(/^New problems per account:\n\ngroen:\n {2}\* Critical: .*\(the account's contact address has been told\)$/m);
    expect(toAdmin.text).toMatch(/The full overview is in WHM: https:\/\/cp01\.hosting\.example:2087\/cgi\/mail_doctor\/index\.cgi/);
    for (const m of peer.received) expect(m.raw).not.toContain(sandbox.emulator.tokens.whm.root ?? 'no token');
  });

  it('when the next run finds nothing new, then nothing is sent', async () => {
    await run(['groen'], { ...SETTINGS, minHoursBetween: 0 });
    expect(peer.received.length).toBe(2);
    await run(['groen'], { ...SETTINGS, minHoursBetween: 0 });
    expect(peer.received.length).toBe(2);
  });

  it('when a PTR problem of the server shows in two accounts, then the admin hears of it once, named by server, and no customer; greylisting is not alerted', async () => {
    await run(['harbour', 'harbour-twin'], SETTINGS, Date.now, twin('harbour', 'harbour-twin'));
    const report = (await auditor.audit('harbour')).report;
    const ptr = report.findings.find((f) => f.id === 'server-ptr-missing' && f.status === 'problem')!;
    const grey = report.findings.find((f) => f.id === 'greylisted' && f.status === 'problem')!;
    expect(ptr.subject).toEqual({ kind: 'server', name: '203.0.113.20' });
    const admin = to('admin@hosting.example');
    expect(admin.length).toBe(1);
    expect(admin[0]!.text.split(ptr.title.en).length - 1).toBe(1);
    expect(admin[0]!.text).toMatch(/^For the hosting provider, on server cp01\.hosting\.example:/m);
    expect(admin[0]!.text).toMatch(/seen in 2 accounts: harbour, harbour-twin/);
    const customers = peer.received.filter((m) => !m.to.includes('admin@hosting.example'));
    expect(customers.map((m) => m.to[0]).sort()).toEqual(['contact@harbour-twin.example', contactOf('harbour')].sort());
    for (const m of customers) {
      expect(m.text).not.toContain(ptr.title.en);
      expect(m.text).not.toContain('203.0.113.20');
      expect(m.text).toMatch(/typfout-domein\.example/);
    }
    for (const m of peer.received) expect(m.text).not.toContain(grey.title.en);
  });

  it('when the SMTP server refuses a digest, then it stays queued as failed with the reason, and a later retry delivers it once', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', locale: 'en_US', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    const alerts = hooks(SETTINGS, clock);
    peer.refuseNext = 2;
    await run(['bos'], SETTINGS, clock, fake, alerts);
    expect(peer.received).toEqual([]);
    const failed = await store.outbox();
    expect(failed.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
      ['account:bos', 'failed', 1],
      ['admin', 'failed', 1],
    ]);
    expect(failed[0]!.reason).toMatch(/451|temporarily unavailable/);
    expect(lines.join('\n')).toMatch(/alert to account:bos not sent \(attempt 1, next 2026-11-20T02:35:00\.000Z\): /);
    // Too early for the retry: nothing happens.
    now += 60_000;
    await alerts.flush();
    expect(peer.received).toEqual([]);
    now += 5 * 60_000;
    await alerts.flush();
    expect(to('bos@bos.example').map((m) => m.subject)).toEqual(['Mail Doctor: 1 new problem with the e-mail of bos']);
    expect(to('admin@hosting.example').length).toBe(1);
    now += 48 * HOUR;
    await alerts.flush();
    await run(['bos'], SETTINGS, clock, fake, alerts);
    expect(peer.received.length).toBe(2);
    expect(await store.outbox()).toEqual([]);
    expect((await store.outbox(['sent'])).length).toBe(2);
  });

  it('when new problems come within the rate limit, then they are held and go out when the limit allows, in one digest with what came since', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', locale: 'en_US', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    const alerts = hooks(SETTINGS, clock);
    await run(['bos'], SETTINGS, clock, fake, alerts);
    expect(to('bos@bos.example').length).toBe(1);
    now += HOUR;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }, { id: 'spf-invalid', subject: { kind: 'domain', name: 'b.example' } }] };
    await run(['bos'], SETTINGS, clock, fake, alerts);
    expect(to('bos@bos.example').length).toBe(1);
    expect(lines.join('\n')).toMatch(/alert to account:bos held until 2026-11-21T02:30:00\.000Z: one was sent 1\.0 h ago \(at most one per 24 h\)/);
    expect((await store.outbox()).find((r) => r.recipient === 'account:bos')).toMatchObject({ state: 'held', heldUntil: Date.UTC(2026, 10, 21, 2, 30) });
    now += 2 * HOUR;
    fake.accounts.bos = {
      ...fake.accounts.bos,
      problems: [
        { id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } },
        { id: 'spf-invalid', subject: { kind: 'domain', name: 'b.example' } },
        { id: 'dkim-invalid', subject: { kind: 'domain', name: 'c.example' } },
      ],
    };
    await run(['bos'], SETTINGS, clock, fake, alerts);
    expect(to('bos@bos.example').length).toBe(1);
    // The poll timer of the daemon, after the window: both held problems in one digest.
    now = Date.UTC(2026, 10, 21, 2, 31);
    await alerts.flush();
    const later = to('bos@bos.example');
    expect(later.length).toBe(2);
    expect(later[1]!.subject).toBe('Mail Doctor: 2 new problems with the e-mail of bos');
    expect(later[1]!.text).toMatch(/spf-invalid at b\.example/);
    expect(later[1]!.text).toMatch(/dkim-invalid at c\.example/);
    expect(later[1]!.text).not.toMatch(/mx-missing/);
  });

  it('when a held problem is resolved before the limit allows, then it is withdrawn and never mailed', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    const alerts = hooks({ ...SETTINGS, adminEmail: '' }, clock);
    await run(['bos'], { ...SETTINGS, adminEmail: '' }, clock, fake, alerts);
    now += HOUR;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }, { id: 'spf-invalid', subject: { kind: 'domain', name: 'b.example' } }] };
    await run(['bos'], { ...SETTINGS, adminEmail: '' }, clock, fake, alerts);
    now += HOUR;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] };
    await run(['bos'], { ...SETTINGS, adminEmail: '' }, clock, fake, alerts);
    now += 30 * HOUR;
    await alerts.flush();
    expect(peer.received.length).toBe(1);
    expect((await store.outbox(['withdrawn'])).map((r) => r.itemKey)).toEqual(['new|bos|spf-invalid|domain|b.example']);
  });

  it('when Track Delivery cannot be read in one run, then its problems are neither resolved nor new, keep their date, and nothing is mailed twice', async () => {
    const fast = { ...SETTINGS, minHoursBetween: 0 };
    await run(['groen'], fast);
    const first = await store.accountHistory('groen');
    const deliveryBased = first[0]!.changes.new.filter((p) => (p.basis ?? []).includes('delivery'));
    expect(deliveryBased.length).toBeGreaterThan(0);
    const sent = peer.received.length;
    sandbox.emulator.setFault({ function: 'emailtrack_search', kind: 'fail', message: 'Track Delivery is temporarily unavailable' });
    try {
      await run(['groen'], fast);
    } finally {
      sandbox.emulator.clearFaults();
    }
    const outage = (await store.accountHistory('groen', { limit: 1 }))[0]!;
    expect(outage.changes.resolved).toEqual([]);
    expect(outage.changes.stillOpen.map((p) => p.key)).toEqual(expect.arrayContaining(deliveryBased.map((p) => p.key)));
    await run(['groen'], fast);
    const after = (await store.accountHistory('groen', { limit: 1 }))[0]!;
    expect(after.changes.new).toEqual([]);
    expect(after.changes.resolved).toEqual([]);
    for (const p of deliveryBased) expect(after.changes.stillOpen.find((o) => o.key === p.key)?.openSince).toBe(p.openSince);
    expect(peer.received.length).toBe(sent);
  });

  it('when the first run on a server is a baseline, then it sends nothing, and the next run only what is new since', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    const settings = { ...SETTINGS, baselineFirstRun: true };
    const alerts = hooks(settings, clock);
    await run(['bos'], settings, clock, fake, alerts);
    expect(peer.received).toEqual([]);
    expect(await store.outbox()).toEqual([]);
    expect(lines.join('\n')).toMatch(/first run on cp01\.hosting\.example: a baseline, 1 problem recorded, no alerts sent/);
    now += 24 * HOUR;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }, { id: 'spf-invalid', subject: { kind: 'domain', name: 'b.example' } }] };
    // A new daemon process (restart): the store already has a finished run, so no baseline.
    await run(['bos'], settings, clock, fake, hooks(settings, clock));
    expect(to('bos@bos.example').map((m) => m.subject)).toEqual(['Mail Doctor: 1 new problem with the e-mail of bos']);
    expect(to('bos@bos.example')[0]!.text).not.toMatch(/mx-missing/);
  });

  it('when a dry run looks at the outbox, then it shows the digests and sends and changes nothing', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    peer.refuseNext = 2;
    await run(['bos'], SETTINGS, Date.now, fake);
    const before = await store.outbox();
    const dry = await hooks().flush({ dryRun: true });
    expect(dry.wouldSend.map((m) => m.to).sort()).toEqual(['admin@hosting.example', 'bos@bos.example']);
    expect(dry.wouldSend.find((m) => m.to === 'bos@bos.example')?.digest.subject).toBe('Mail Doctor: 1 new problem with the e-mail of bos');
    expect(peer.received).toEqual([]);
    expect(await store.outbox()).toEqual(before);
  });

  it('when an account opted out, then only the admin gets a digest, with the full text of its problems', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], { ...SETTINGS, optOut: ['BOS'] }, Date.now, fake);
    expect(peer.received.map((m) => m.to[0])).toEqual(['admin@hosting.example']);
    expect(peer.received[0]!.text).toMatch(/What you can do:\n {6}1\. Repair mx-missing for a\.example\./);
  });

  it('when a problem is below the configured severity, then nobody is alerted', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'spf-invalid', severity: 'warning', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], { ...SETTINGS, minSeverity: 'critical' }, Date.now, fake);
    expect(peer.received).toEqual([]);
  });

  it('when alerts are off, then nothing is sent', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], { ...SETTINGS, enabled: false }, Date.now, fake);
    expect(peer.received).toEqual([]);
  });

  it('when the SMTP server cannot be reached, then the run still completes, the failure is logged and the alert stays queued', async () => {
    await peer.close();
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], SETTINGS, Date.now, fake);
    expect(lines.join('\n')).toMatch(/alert to account:bos not sent \(attempt 1, next .*\): /);
    expect((await store.lastRun())?.status).toBe('completed');
    expect(await store.lastAlertAt('account:bos')).toBeNull();
    expect((await store.outbox()).map((r) => r.state)).toEqual(['failed', 'failed']);
    peer = await startSmtpPeer();
  });

  it('when queued alerts cannot be delivered for longer than expireHours, then they are given up and logged', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    const alerts = hooks(SETTINGS, clock);
    peer.refuseNext = 100;
    await run(['bos'], SETTINGS, clock, fake, alerts);
    now += 73 * HOUR;
    await alerts.flush();
    expect(await store.outbox()).toEqual([]);
    const expired = await store.outbox(['expired']);
    expect(expired.length).toBe(2);
    expect(expired[0]!.reason).toMatch(/^not delivered within 72 h: .*451|temporarily/);
    expect(lines.join('\n')).toMatch(/alert to account:bos: 1 item expired after 72 h without delivery/);
  });

  it("when the account's cPanel locale is Dutch in any spelling, then the digest is Dutch, otherwise English", () => {
    expect(['nl', 'nl_NL', 'NL_be', 'i_nl_be'].map(languageOfLocale)).toEqual(['nl', 'nl', 'nl', 'nl']);
    expect(['en', 'en_US', 'de', null, 'enl'].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });
});

describe('the sendmail transport', () => {
  it("when alerts go through the server's own MTA, then nodemailer hands the message to the sendmail binary", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'md-sendmail-'));
    try {
      const out = path.join(folder, 'message.eml');
      const fakeSendmail = path.join(folder, 'sendmail');
      // Stands in for Exim's sendmail: keeps its arguments and the message it reads.
      fs.writeFileSync(fakeSendmail, `#!/bin/sh\necho "$@" > "${out}.args"\ncat > "${out}"\n`, { mode: 0o755 });
      const sendmail = createMailer({ transport: 'sendmail', sendmailPath: fakeSendmail });
      await sendmail.send({ from: 'mail-doctor@server.example', to: 'admin@hosting.example', subject: 'Mail Doctor: test', text: 'Hallo' });
      sendmail.close();
      expect(fs.readFileSync(`${out}.args`, 'utf8')).toMatch(/-f mail-doctor@server\.example.*admin@hosting\.example/);
      expect(fs.readFileSync(out, 'utf8')).toMatch(/Subject: Mail Doctor: test/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
