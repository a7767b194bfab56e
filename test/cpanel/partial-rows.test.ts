/**
 * One odd row must not blind a whole check: an account whose mailbox list has
 * one row without disk figures and whose Email Routing list has one row
 * without the routing flags, collected through the emulator (every transport
 * reads the same replies; the contract tests show that) and diagnosed. The
 * quota, suspension and routing findings for every other mailbox and domain
 * still come out; the odd ones are named as could-not-check.
 */
import path from 'node:path';
import { createHttpGateway } from '../../src/cpanel';
import { RunningEmulator, startEmulator } from '../../src/sandbox/emulator';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { WireResolver } from '../../src/dns/wire-resolver';
import { collectAccount } from '../../src/collect/collect-account';
import { diagnose } from '../../src/diagnose/diagnose';
import type { Finding } from '../../src/diagnose/model';
import { defaultClassifier } from '../../src/kb/classify';
import { loadProfile } from '../../src/config/load-profile';
import { SANDBOX_DNS_TIMEOUT_MS } from '../support/deadlines';

const SCENARIO = path.join(__dirname, '..', 'fixtures', 'cpanel', 'partial-rows.yaml');
const PROFILE = path.join(__dirname, '..', '..', 'src', 'sandbox', 'scenarios', 'demo-profile.yaml');

let emu: RunningEmulator;
let dns: RunningDnsServer;
let findings: Finding[];

beforeAll(async () => {
  emu = await startEmulator({ scenario: SCENARIO });
  dns = await startDnsServer({ data: emu.scenario.dns });
  const gateway = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: emu.tokens.whm.root ?? '' }, account: 'kapper' });
  try {
    const now = Math.floor(Date.now() / 1000);
    const input = await collectAccount({
      gateway,
      user: 'kapper',
      window: { since: now - 86400, until: now },
      now,
      resolver: new WireResolver({ servers: [dns.server], timeoutMs: SANDBOX_DNS_TIMEOUT_MS, tries: 1 }),
      profile: await loadProfile(PROFILE),
      classifier: defaultClassifier(),
      serverHostname: emu.scenario.server.hostname,
    });
    expect(input.account.mailboxes.ok && input.account.mailboxes.gaps).toEqual([
      { call: 'UAPI Email::list_pops_with_disk', kind: 'field-missing', subject: 'piet@knip.example', fields: ['_diskused', '_diskquota'] },
    ]);
    expect(input.account.routing.ok && input.account.routing.gaps).toEqual([
      { call: 'UAPI Email::list_mxs', kind: 'field-missing', subject: 'krul.example', fields: ['local', 'remote', 'secondary'] },
    ]);
    findings = [...diagnose(input)];
  } finally {
    await gateway.close();
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([emu.close(), dns.close()]);
});

function about(id: string, name: string): Finding[] {
  return findings.filter((f) => f.id === id && f.subject.name === name);
}

function en(text: { en: string } | undefined): string {
  return text?.en ?? '';
}

describe('when one mailbox row lacks disk figures and one routing row lacks the flags', () => {
  test('then the full mailbox is still found, and only the mailbox without figures is could-not-check, by name', () => {
    expect(about('mailbox-over-quota', 'info@kapper.example').map((f) => f.status)).toEqual(['problem']);
    expect(about('mailbox-over-quota', 'jan@kapper.example')).toEqual([]);
    const unknown = about('mailbox-over-quota', 'piet@knip.example');
    expect(unknown.map((f) => f.status)).toEqual(['could-not-check']);
    expect(en(unknown[0]?.summary)).toContain('gave no disk use or quota for piet@knip.example');
    expect(findings.filter((f) => f.id === 'mailbox-over-quota' && f.subject.kind === 'account' && f.status === 'could-not-check')).toEqual([]);
  });

  test('then the suspension checks judge every mailbox, the one without disk figures included', () => {
    expect(about('incoming-suspended', 'jan@kapper.example').map((f) => f.status)).toEqual(['problem']);
    expect(about('login-suspended', 'piet@knip.example').map((f) => f.status)).toEqual(['problem']);
    expect(findings.filter((f) => (f.id === 'incoming-suspended' || f.id === 'login-suspended') && f.status === 'could-not-check')).toEqual([]);
  });

  test('then the routing of the other domains is judged, and only the domain without flags is could-not-check', () => {
    expect(about('routing-local-mx-elsewhere', 'kapper.example').map((f) => f.status)).toEqual(['problem']);
    expect(about('routing-local-mx-elsewhere', 'knip.example').map((f) => f.status)).toEqual(['ok']);
    const krul = findings.filter((f) => f.subject.name === 'krul.example' && f.id.startsWith('routing-'));
    expect(krul.map((f) => f.status)).toEqual(['could-not-check']);
    expect(en(krul[0]?.summary)).toContain('no local/remote/secondary flags');
    expect(findings.filter((f) => f.id.startsWith('routing-') && f.subject.kind === 'account')).toEqual([]);
  });
});
