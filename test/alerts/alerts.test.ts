/**
 * Alert digests through a real SMTP server on loopback: real audits of
 * sandbox accounts (emulated WHM + loopback DNS), stored in SQLite, then
 * mailed by nodemailer to the smtp-server peer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMailer, type Mailer } from '../../src/alerts/mailer';
import { createAlerts, type AlertSettings } from '../../src/alerts/send-alerts';
import { createAccountAuditor, type AccountAuditor } from '../../src/jobs/account-auditor';
import { runAudits } from '../../src/jobs/run-audits';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import type { HistoryStore } from '../../src/store/history-store';
import { openStore } from '../../src/store/open-store';
import { languageOfLocale } from '../../src/alerts/digest';
import { fakeAuditor } from '../jobs/fake-auditor';
import { startSmtpPeer, type SmtpPeer } from './smtp-peer';

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
};

async function run(users: string[], settings: AlertSettings = SETTINGS, clock = Date.now, a: AccountAuditor = auditor): Promise<void> {
  const alerts = createAlerts(settings, { store, mailer, clock, log: (l) => lines.push(l) });
  const outcome = await runAudits(
    { store, auditor: a, log: (l) => lines.push(l), clock, onAccount: (d) => alerts.onAccount(d), onRunEnd: (w) => alerts.onRunEnd(w) },
    { trigger: 'schedule', users, concurrency: 2, spreadMs: 0, signal: new AbortController().signal, owner: { host: 'h', pid: process.pid }, staleAfterMs: 1e9, holderAlive: () => true },
  );
  expect(outcome.kind).toBe('done');
}

describe('alert digests', () => {
  it("when a run finds new problems, then the account's contact gets a digest in the account's language with titles and fixes, and the admin one listing them", async () => {
    await run(['groen', 'devries']);
    const contact = sandbox.emulator.scenario.accounts.find((a) => a.user === 'groen')?.contactEmail;
    expect(peer.received.map((m) => m.to[0]).sort()).toEqual(['admin@hosting.example', contact].sort());
    const toAccount = peer.received.find((m) => m.to[0] === contact)!;
    expect(toAccount.from).toBe('mail-doctor@server.hosting.example');
    expect(toAccount.subject).toMatch(/^Mail Doctor: \d+ nieuwe problemen met de e-mail van groen$/);
    expect(toAccount.text).toMatch(/Bij de laatste controle vond Mail Doctor van Hoasted nieuwe problemen/);
    expect(toAccount.text).toMatch(/Wat te doen:\n {4}1\. /);
    expect(toAccount.text).toMatch(/tuincentrum-groen\.example/);
    expect(toAccount.headers['auto-submitted']).toBe('auto-generated');
    const toAdmin = peer.received.find((m) => m.to[0] === 'admin@hosting.example')!;
    expect(toAdmin.subject).toMatch(/^Mail Doctor: \d+ new problems in 1 account$/);
    expect(toAdmin.text).toMatch(/^New problems since the previous check:\n\ngroen:\n {2}\* \[(critical|warning|info)\] /);
    for (const m of peer.received) expect(m.raw).not.toContain(sandbox.emulator.tokens.whm.root ?? 'no token');
  });

  it('when the next run finds nothing new, then nothing is sent', async () => {
    await run(['groen'], { ...SETTINGS, minHoursBetween: 0 });
    const after = peer.received.length;
    expect(after).toBe(2);
    await run(['groen'], { ...SETTINGS, minHoursBetween: 0 });
    expect(peer.received.length).toBe(after);
  });

  it('when new problems come again within the rate limit, then no second digest goes out until the window has passed', async () => {
    let now = Date.UTC(2026, 10, 20, 2, 30);
    const clock = (): number => now;
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', locale: 'en_US', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], SETTINGS, clock, fake);
    expect(peer.received.length).toBe(2);
    expect(peer.received.find((m) => m.to[0] === 'bos@bos.example')?.subject).toBe('Mail Doctor: 1 new problem with the e-mail of bos');
    now += 3_600_000;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'spf-invalid', subject: { kind: 'domain', name: 'b.example' } }] };
    await run(['bos'], SETTINGS, clock, fake);
    expect(peer.received.length).toBe(2);
    expect(lines.join('\n')).toMatch(/alert to account:bos not sent: one was sent 1\.0 h ago \(at most one per 24 h\)/);
    now += 24 * 3_600_000;
    fake.accounts.bos = { ...fake.accounts.bos, problems: [{ id: 'greylisted', subject: { kind: 'domain', name: 'c.example' } }] };
    await run(['bos'], SETTINGS, clock, fake);
    expect(peer.received.length).toBe(4);
  });

  it('when an account opted out or contacts are not notified, then only the admin gets a digest', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], { ...SETTINGS, optOut: ['BOS'] }, Date.now, fake);
    expect(peer.received.map((m) => m.to[0])).toEqual(['admin@hosting.example']);
  });

  it('when alerts are off, then nothing is sent', async () => {
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], { ...SETTINGS, enabled: false }, Date.now, fake);
    expect(peer.received).toEqual([]);
  });

  it('when the SMTP server cannot be reached, then the run still completes and the failure is logged', async () => {
    await peer.close();
    const fake = fakeAuditor({ bos: { contactEmail: 'bos@bos.example', problems: [{ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' } }] } });
    await run(['bos'], SETTINGS, Date.now, fake);
    expect(lines.join('\n')).toMatch(/account bos: alert not sent: /);
    expect((await store.lastRun())?.status).toBe('completed');
    expect(await store.lastAlertAt('account:bos')).toBeNull();
    peer = await startSmtpPeer();
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
