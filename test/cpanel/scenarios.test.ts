/**
 * Scenario files: readable validation errors, and the demo scenarios cover
 * every `state` and `text+state` diagnosis of the catalogue.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ScenarioError, authoritativeDnsData, loadScenarioFile, parseScenarioText, startEmulator, validateScenario } from '../../src/sandbox/emulator';
import { createHttpGateway, listAccounts, listMailboxes, searchDeliveriesAsUser, validateSpf } from '../../src/cpanel';

const SCENARIO_DIR = path.join(__dirname, '..', '..', 'src', 'sandbox', 'scenarios');
// The folder also holds the sandbox's provider profile; a scenario is a file with a top-level `server`.
const demoFiles = fs
  .readdirSync(SCENARIO_DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .filter((f) => {
    const doc = YAML.parse(fs.readFileSync(path.join(SCENARIO_DIR, f), 'utf8')) as unknown;
    return typeof doc === 'object' && doc !== null && 'server' in doc;
  });

const minimal = {
  server: { hostname: 'cp.example', ips: ['203.0.113.1'] },
  accounts: [{ user: 'alice', domains: { main: 'alice.example' } }],
};

function issuesOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError');
}

describe('when a scenario is invalid', () => {
  test('then a wrong type names the exact path', () => {
    const issues = issuesOf(() =>
      validateScenario({ ...minimal, accounts: [{ ...minimal.accounts[0], mailboxes: [{ email: 'a@alice.example', quotaMb: 'lots' }] }] }),
    );
    expect(issues.some((i) => i.startsWith('accounts[0].mailboxes[0].quotaMb:'))).toBe(true);
  });

  test('then a misspelt key is reported as unknown, not ignored', () => {
    const issues = issuesOf(() => validateScenario({ ...minimal, accounts: [{ ...minimal.accounts[0], mailbox: [] }] }));
    expect(issues).toContain('accounts[0]: unknown key(s) "mailbox"');
  });

  test('then cross-references are checked: owner, mailbox domain, fault account, duration', () => {
    const issues = issuesOf(() =>
      validateScenario({
        ...minimal,
        accounts: [
          {
            user: 'alice',
            owner: 'nobody',
            domains: { main: 'alice.example' },
            mailboxes: [{ email: 'x@elsewhere.example' }],
            deliveries: [{ ago: 'yesterday', type: 'success', sender: 'x@alice.example', recipient: 'y@example.com' }],
          },
        ],
        faults: [{ function: 'Email::list_mxs', account: 'bob', kind: 'fail' }],
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        'accounts[0].owner: owner "nobody" is not one of whm.users',
        'accounts[0].mailboxes[0].email: "elsewhere.example" is not one of this account\'s domains',
        'faults[0].account: no account "bob" in this scenario',
        'accounts[0].deliveries[0].ago: expected a duration such as "30m", "2h" or "1h30m"',
      ]),
    );
  });

  test('then broken YAML says so, and the message lists every issue on its own line', () => {
    const issues = issuesOf(() => parseScenarioText('server:\n  hostname: [unclosed\n', 'broken.yaml'));
    expect(issues[0]).toMatch(/^not valid YAML/);
    try {
      parseScenarioText('server: {}\n', 'empty.yaml');
    } catch (error) {
      expect((error as Error).message).toMatch(/^invalid scenario empty\.yaml:\n  - server\.hostname: /);
    }
  });

  test('then a bad DNS record is reported under dns.records', () => {
    const issues = issuesOf(() => validateScenario({ ...minimal, dns: { records: [{ name: 'a.example', type: 'A', data: 'not-an-ip' }] } }));
    expect(issues.some((i) => i.startsWith('dns.records[0]'))).toBe(true);
  });
});

describe('when the demo scenarios are loaded', () => {
  test('then every file validates', async () => {
    expect(demoFiles.length).toBeGreaterThan(0);
    for (const file of demoFiles) await expect(loadScenarioFile(path.join(SCENARIO_DIR, file))).resolves.toBeDefined();
  });

  test('then together they declare every state and text+state diagnosis of the catalogue', async () => {
    const catalogue = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'diagnoses.json'), 'utf8')) as { id: string; kind: string }[];
    const wanted = catalogue.filter((d) => d.kind === 'state' || d.kind === 'text+state').map((d) => d.id);
    const shown = new Set<string>();
    for (const file of demoFiles) {
      const scenario = await loadScenarioFile(path.join(SCENARIO_DIR, file));
      for (const account of scenario.accounts) for (const id of account.shows) shown.add(id);
    }
    expect(wanted.filter((id) => !shown.has(id))).toEqual([]);
    const ids = new Set(catalogue.map((d) => d.id));
    expect([...shown].filter((id) => !ids.has(id))).toEqual([]);
  });

  test('then the authoritative DNS view differs from the recursive one only where declared', async () => {
    const scenario = await loadScenarioFile(path.join(SCENARIO_DIR, 'demo.yaml'));
    const authoritative = authoritativeDnsData(scenario);
    const mx = (records: typeof scenario.dns.records) =>
      records.filter((r) => r.type === 'MX' && r.name === 'drukkerij-vanleeuwen.example').map((r) => (r.type === 'MX' ? r.data.exchange : ''));
    expect(mx(scenario.dns.records)).toEqual(['mx.oude-provider.example']);
    expect(mx(authoritative.records)).toEqual(['mail.drukkerij-vanleeuwen.example']);
    expect(authoritative.records.length).toBe(scenario.dns.records.length);
  });

  test('then the demo emulator serves its data with recent Track Delivery records', async () => {
    const emu = await startEmulator({ scenario: path.join(SCENARIO_DIR, 'demo.yaml') });
    const root = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'whm', user: 'root', token: emu.tokens.whm.root ?? '' }, account: 'zon' });
    const stam = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'stam', token: emu.tokens.cpanel.stam ?? '' } });
    const lumiere = createHttpGateway({ baseUrl: emu.httpUrl, auth: { kind: 'cpanel', user: 'lumiere', token: emu.tokens.cpanel.lumiere ?? '' } });
    try {
      expect((await listAccounts(root)).length).toBe(10);
      const hour = await searchDeliveriesAsUser(root, { since: Date.now() / 1000 - 3600 });
      expect(hour.records.filter((r) => r.type === 'failure')).toHaveLength(6);
      const spf = (await validateSpf(stam, ['advocatenkantoor-stam.example', 'stam-legal.example'])).value;
      expect(spf.map((s) => s.state)).toEqual(['INVALID', 'INVALID']);
      const boxes = (await listMailboxes(lumiere)).value;
      expect(boxes.find((b) => b.email === 'chef@bistro-lumiere.example')?.diskUsedPercent).toBeGreaterThan(100);
    } finally {
      await root.close();
      await stam.close();
      await lumiere.close();
      await emu.close();
    }
  });
});
