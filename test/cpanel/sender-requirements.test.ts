/**
 * The Gmail · Outlook · Yahoo requirements end to end: the emulator over
 * HTTP and the loopback DNS server, collected like an audit and judged. One
 * scenario holds an account that meets every checkable row and accounts that
 * each miss one (an SPF record over the 10 look-ups through nested includes,
 * a PTR that does not point back, a DMARC record with a syntax error, a
 * 512-bit DKIM key, a generic PTR), plus refusals whose codes name a row.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createHttpGateway } from '../../src/cpanel';
import { startEmulator, type RunningEmulator } from '../../src/sandbox/emulator';
import type { ScenarioInput } from '../../src/sandbox/emulator/scenario-schema';
import { startDnsServer, type RunningDnsServer } from '../../src/sandbox/dns-server';
import { WireResolver } from '../../src/dns/wire-resolver';
import { collectAccount } from '../../src/collect/collect-account';
import { buildReport } from '../../src/report/build-report';
import { localizeReport, type AuditReport } from '../../src/report/audit-report';
import { formatAudit } from '../../src/cli/format-audit';
import { defaultClassifier } from '../../src/kb/classify';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { RequirementRow } from '../../src/diagnose/requirements/model';

function dkimKey(bits: number): string[] {
  const der = generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' });
  const text = `v=DKIM1; k=rsa; p=${der.toString('base64')}`;
  // A TXT string holds at most 255 bytes (RFC 1035 §3.3.14); longer keys are split.
  return text.match(/.{1,250}/g) ?? [];
}

const HOST = 'mx1.hoster.example';
const PROFILE = { ...DEFAULT_PROFILE, spfInclude: 'spf.hoster.example' };

/** A mail domain with everything a receiver asks for, on the server's main IP unless told otherwise. */
function healthyDomain(domain: string, opts: { spf?: string; dmarc?: string; dkimBits?: number; ip?: string } = {}): ScenarioInput['dns'] extends infer D ? (D extends { records?: infer R } ? R : never) : never {
  return [
    { name: domain, type: 'A', data: opts.ip ?? '203.0.113.10' },
    { name: domain, type: 'MX', data: { preference: 10, exchange: `mail.${domain}` } },
    { name: `mail.${domain}`, type: 'A', data: opts.ip ?? '203.0.113.10' },
    { name: domain, type: 'NS', data: 'ns1.hoster.example' },
    { name: domain, type: 'TXT', data: opts.spf ?? 'v=spf1 include:spf.hoster.example -all' },
    { name: `default._domainkey.${domain}`, type: 'TXT', data: dkimKey(opts.dkimBits ?? 2048) },
    { name: `_dmarc.${domain}`, type: 'TXT', data: opts.dmarc ?? `v=DMARC1; p=none; rua=mailto:dmarc@${domain}` },
  ] as never;
}

function account(user: string, domain: string, extra: Partial<NonNullable<ScenarioInput['accounts']>[number]> = {}): NonNullable<ScenarioInput['accounts']>[number] {
  return {
    user,
    domains: { main: domain },
    contactEmail: `owner@${domain}`,
    routing: [{ domain, mxcheck: 'local' }],
    mailboxes: [{ email: `info@${domain}`, quotaMb: 1024 }],
    ...extra,
  };
}

const GMAIL = 'gmail-smtp-in.l.google.com';
function refusal(ago: string, type: 'failure' | 'defer', sender: string, recipient: string, host: string, message: string) {
  return { ago, type, sender, recipient, host, ip: '192.0.2.27', message } as const;
}

const SCENARIO: ScenarioInput = {
  name: 'sender-requirements',
  whm: { users: [{ user: 'root', token: 'REQUIREMENTSROOTTOKEN000000000000000' }] },
  server: { hostname: HOST, ips: ['203.0.113.10', '203.0.113.40', '203.0.113.50'], cpanelVersion: '11.124.0.21', hasDmarcValidation: true, spfInclude: 'spf.hoster.example' },
  accounts: [
    account('goed', 'goed.example'),
    account('lookups', 'lookups.example', {
      deliveries: [
        refusal('1h', 'failure', 'info@lookups.example', 'klant@gmail.com', GMAIL, '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [lookups.example] with ip: [203.0.113.10] = did not pass - gsmtp'),
      ],
    }),
    account('terug', 'terug.example', { ip: '203.0.113.40' }),
    account('syntax', 'syntax.example'),
    account('zwak', 'zwak.example'),
    account('pool', 'pool.example', { ip: '203.0.113.50', emailAuth: [{ domain: 'pool.example', ptr: 'VALID' }] }),
    account('codes', 'codes.example', {
      deliveries: [
        refusal('2h', 'failure', 'info@codes.example', 'a@gmail.com', GMAIL, '550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with SPF. - gsmtp'),
        refusal('3h', 'failure', 'info@codes.example', 'b@gmail.com', GMAIL, '550-5.7.30 Your email has been blocked because DKIM does not pass. Gmail requires all senders to authenticate with DKIM. - gsmtp'),
        refusal('4h', 'defer', 'info@codes.example', 'c@gmail.com', GMAIL, "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp"),
        refusal('5h', 'failure', 'info@codes.example', 'd@gmail.com', GMAIL, '550-5.7.25 [203.0.113.10] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. - gsmtp'),
        refusal('6h', 'defer', 'info@codes.example', 'e@gmail.com', GMAIL, "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. - gsmtp"),
        refusal('7h', 'defer', 'info@codes.example', 'f@gmail.com', GMAIL, '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been rate limited. - gsmtp'),
        refusal('8h', 'failure', 'info@codes.example', 'g@outlook.com', 'outlook-com.olc.protection.outlook.com', "550 5.7.515 Access denied, sending domain [codes.example] doesn't meet the required authentication level."),
        refusal('9h', 'defer', 'info@codes.example', 'h@yahoo.com', 'mta7.am0.yahoodns.net', '421 4.7.0 [TSS04] Messages from 203.0.113.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes'),
        refusal('10h', 'defer', 'info@codes.example', 'i@yahoo.com', 'mta5.am0.yahoodns.net', '421 4.7.0 [TSS09] All messages from 203.0.113.10 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes'),
      ],
    }),
  ],
  dns: {
    zones: ['example', '113.0.203.in-addr.arpa'],
    records: [
      { name: HOST, type: 'A', data: '203.0.113.10' },
      { name: 'ns1.hoster.example', type: 'A', data: '203.0.113.53' },
      { name: 'spf.hoster.example', type: 'TXT', data: 'v=spf1 ip4:203.0.113.0/24 -all' },
      { name: '10.113.0.203.in-addr.arpa', type: 'PTR', data: HOST },
      // terug: the PTR names a host that points elsewhere.
      { name: '40.113.0.203.in-addr.arpa', type: 'PTR', data: 'mail.terug.example' },
      // pool: the PTR points back, but is the data centre's generic name.
      { name: '50.113.0.203.in-addr.arpa', type: 'PTR', data: 'dsl-dyn-50.pool.hoster.example' },
      { name: 'dsl-dyn-50.pool.hoster.example', type: 'A', data: '203.0.113.50' },
      ...healthyDomain('goed.example'),
      // lookups: 2 + (a: 5) + (b: 4, loops back to a) = 11 look-ups, over the limit only when the includes are followed.
      ...healthyDomain('lookups.example', { spf: 'v=spf1 include:spf.hoster.example include:a.spf-chain.example ~all' }),
      { name: 'a.spf-chain.example', type: 'TXT', data: 'v=spf1 a mx ptr exists:%{i}.x.spf-chain.example include:b.spf-chain.example ~all' },
      { name: 'b.spf-chain.example', type: 'TXT', data: 'v=spf1 a:one.spf-chain.example a:two.spf-chain.example mx:three.spf-chain.example include:a.spf-chain.example ~all' },
      ...healthyDomain('terug.example', { spf: 'v=spf1 ip4:203.0.113.40 include:spf.hoster.example -all' }).map((r: { name: string; type: string }) =>
        (r.type === 'A' && (r.name === 'terug.example' || r.name === 'mail.terug.example') ? { ...r, data: '198.51.100.9' } : r) as never,
      ),
      ...healthyDomain('syntax.example', { dmarc: 'v=DMARC1; p=nome; rua=mailto:dmarc@syntax.example; pct=100' }),
      ...healthyDomain('zwak.example', { dkimBits: 512 }),
      ...healthyDomain('pool.example', { spf: 'v=spf1 ip4:203.0.113.50 include:spf.hoster.example -all', ip: '203.0.113.50' }),
      ...healthyDomain('codes.example'),
    ],
  },
};

let emu: RunningEmulator;
let dns: RunningDnsServer;
const reports = new Map<string, AuditReport>();

async function audit(user: string): Promise<AuditReport> {
  const cached = reports.get(user);
  if (cached !== undefined) return cached;
  const resolver = new WireResolver({ servers: [dns.server], timeoutMs: 2000, tries: 2 });
  const gateway = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: emu.tokens.whm.root ?? '' }, account: user });
  try {
    const now = Math.floor(Date.now() / 1000);
    const input = await collectAccount({ gateway, user, window: { since: now - 86400, until: now }, now, resolver, profile: PROFILE, classifier: defaultClassifier(), serverHostname: HOST });
    const report = buildReport(input);
    reports.set(user, report);
    return report;
  } finally {
    await gateway.close();
  }
}

async function rows(user: string, domain: string): Promise<Map<string, RequirementRow>> {
  const report = await audit(user);
  const d = report.requirements?.find((x) => x.domain === domain);
  if (d === undefined) throw new Error(`no requirements for ${domain}`);
  return new Map(d.rows.map((r) => [r.id, r]));
}

const problemIds = (report: AuditReport): string[] => [...new Set(report.findings.filter((f) => f.status === 'problem').map((f) => f.id))].sort();

beforeAll(async () => {
  emu = await startEmulator({ scenario: SCENARIO });
  dns = await startDnsServer({ data: emu.scenario.dns });
});

afterAll(async () => {
  await Promise.all([emu.close(), dns.close()]);
});

describe('when a domain has everything the providers ask for', () => {
  test('then every row that can be checked here is met, the rest say so, and no problem is reported', async () => {
    const r = await rows('goed', 'goed.example');
    expect([...r.values()].map((x) => `${x.id}=${x.status}`)).toEqual(['spf=met', 'dkim=met', 'dmarc=met', 'alignment=met', 'ptr=met', 'helo=met', 'tls=cannot-check', 'bulk=cannot-check']);
    expect(r.get('dkim')?.evidence.map((e) => e.en)).toContain('The RSA key is 2048 bits.');
    expect(r.get('bulk')?.links).toContain('https://postmaster.google.com/');
    expect(r.get('spf')?.sources).toContain('https://support.google.com/a/answer/81126');
    expect(problemIds(await audit('goed'))).toEqual([]);
  });
});

describe('when the SPF record stays under 10 look-ups itself but its includes take it over', () => {
  test('then the look-ups are counted through the nested includes (a loop cut), the row is not met and names spf-invalid, and Gmail\'s 5.7.26 points to it', async () => {
    const report = await audit('lookups');
    const spf = (await rows('lookups', 'lookups.example')).get('spf')!;
    expect(spf.status).toBe('not-met');
    expect(spf.finding).toBe('spf-invalid');
    expect(spf.evidence[0]?.en).toMatch(/needs 11 DNS lookups \(counting the include: records\)/);
    expect(spf.rejections.map((x) => x.text.en)).toEqual([expect.stringMatching(/^Gmail said 5\.7\.26 on \d+ \w+; the SPF record of lookups\.example needs 11 DNS lookups/)]);
    // One problem for one cause: the SPF card, not a second one for the requirement.
    expect(problemIds(report).filter((id) => id.startsWith('spf'))).toEqual(['spf-invalid']);
    expect(report.findings.find((f) => f.id === 'spf-invalid')?.fix?.record?.value).toBe('v=spf1 include:spf.hoster.example include:a.spf-chain.example ~all');
  });
});

describe('when the PTR of the sending IP names a host that does not point back', () => {
  test('then the PTR row is not met and refers to the reverse-DNS finding, and so does the HELO row', async () => {
    const r = await rows('terug', 'terug.example');
    expect(r.get('ptr')).toMatchObject({ status: 'not-met', finding: 'server-ptr-missing' });
    expect(r.get('ptr')?.evidence.map((e) => e.en).join(' ')).toContain('mail.terug.example, but that name does not point back to 203.0.113.40');
    expect(r.get('helo')).toMatchObject({ status: 'not-met', finding: 'server-ptr-missing' });
    expect(problemIds(await audit('terug'))).toContain('server-ptr-missing');
  });
});

describe('when the PTR points back but is a generic pool name', () => {
  test('then the PTR row is not met with ptr-generic-name, reported once for the server', async () => {
    const report = await audit('pool');
    const ptr = (await rows('pool', 'pool.example')).get('ptr')!;
    expect(ptr).toMatchObject({ status: 'not-met', finding: 'ptr-generic-name' });
    expect(ptr.evidence[0]?.en).toContain('dsl-dyn-50.pool.hoster.example points back');
    expect(report.findings.filter((f) => f.id === 'ptr-generic-name' && f.status === 'problem')).toHaveLength(1);
    expect(problemIds(report)).toEqual(['ptr-generic-name']);
  });
});

describe('when the DMARC record has a syntax error', () => {
  test('then the row is not met, names the wrong value, warns about the tag DMARCbis drops, and offers a corrected record starting at p=none', async () => {
    const report = await audit('syntax');
    const dmarc = (await rows('syntax', 'syntax.example')).get('dmarc')!;
    expect(dmarc).toMatchObject({ status: 'not-met', finding: 'dmarc-invalid' });
    const words = dmarc.evidence.map((e) => e.en).join(' ');
    expect(words).toContain('p=nome is not a valid value');
    expect(words).toContain('The tag pct is dropped by the new DMARC standard');
    expect(report.findings.find((f) => f.id === 'dmarc-invalid')?.fix?.record).toEqual({ name: '_dmarc.syntax.example', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:owner@syntax.example' });
    expect(problemIds(report)).toEqual(['dmarc-invalid']);
  });
});

describe('when the published DKIM key is shorter than 1024 bits', () => {
  test('then the DKIM row is not met with dkim-key-weak, and alignment still holds through SPF', async () => {
    const r = await rows('zwak', 'zwak.example');
    expect(r.get('dkim')).toMatchObject({ status: 'not-met', finding: 'dkim-key-weak' });
    expect(r.get('dkim')?.evidence.map((e) => e.en)).toContain('The RSA key is 512 bits.');
    expect(r.get('alignment')?.status).toBe('met');
    expect(problemIds(await audit('zwak'))).toEqual(['dkim-key-weak']);
  });
});

describe('when Gmail, Outlook.com and Yahoo refuse with codes that name a requirement', () => {
  test('then each code is shown with the row it names, with the date and our side', async () => {
    const r = await rows('codes', 'codes.example');
    const codes = (id: string): string[] => (r.get(id)?.rejections ?? []).map((x) => `${x.provider} ${x.code}`);
    expect(codes('spf')).toEqual(['gmail 5.7.27']);
    expect(codes('dkim')).toEqual(['gmail 5.7.30']);
    expect(codes('alignment')).toEqual(['gmail 4.7.32']);
    expect(codes('ptr')).toEqual(['gmail 5.7.25']);
    expect(codes('tls')).toEqual(['gmail 4.7.29']);
    expect(codes('bulk')).toEqual(['gmail 4.7.28', 'yahoo TSS04', 'yahoo TSS09']);
    // Outlook.com's 5.7.515 names SPF, DKIM and DMARC; all are met here, so it sits with the DMARC row.
    expect(codes('dmarc')).toEqual(['outlook 5.7.515']);
    expect(r.get('spf')?.rejections[0]?.text.en).toMatch(/^Gmail said 5\.7\.27 on \d+ \w+; this is met now/);
    expect(r.get('tls')?.rejections[0]?.text.nl).toMatch(/^Gmail zei 4\.7\.29 op \d+ \w+; dit kon hier niet worden gecontroleerd\.$/);
  });

  test('then the JSON report and the terminal carry the requirements section', async () => {
    const report = await audit('codes');
    const json = localizeReport(report, 'en') as { requirements: { domain: string; rows: { id: string; status: string; rejections: { code: string }[] }[] }[] };
    expect(json.requirements[0]?.domain).toBe('codes.example');
    expect(json.requirements[0]?.rows.find((x) => x.id === 'bulk')?.rejections.map((x) => x.code)).toEqual(['4.7.28', 'TSS04', 'TSS09']);
    const text = formatAudit(report, 'nl');
    expect(text).toContain('== Eisen van Gmail, Outlook en Yahoo: codes.example ==');
    expect(text).toMatch(/\[hier niet te controleren\] TLS aangeboden op poort 25/);
  });
});
