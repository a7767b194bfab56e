/**
 * The emulator's lookups and Track Delivery records are built once per state
 * (the scenario never changes after validation); only the times follow the
 * clock. These tests pin what that caching must not change, and that a
 * server of hundreds of accounts answers per-account calls quickly.
 */
import { EmulatorState } from '../../src/sandbox/emulator/emulator-state';
import { validateScenario } from '../../src/sandbox/emulator/scenario-load';
import { TrackRecord, recordsFor } from '../../src/sandbox/emulator/track-delivery-store';
import { whmAs } from '../../src/sandbox/emulator/dispatch';
import { manyAccountsScenario } from '../support/scale-scenarios';

const START_MS = Date.UTC(2026, 10, 26, 12, 0, 0);

function crossScenario() {
  const base = manyAccountsScenario(3);
  const accounts = base.accounts ?? [];
  // klant0 mails klant1 (local delivery) and an outside address; klant2 only receives from outside.
  accounts[0]!.deliveries = [
    { ago: '5m', type: 'success', sender: 'info@klant0.example', recipient: 'info@klant1.example' },
    { ago: '6m', type: 'failure', sender: 'info@klant0.example', recipient: 'x@elsewhere.net', message: 'Unrouteable address', repeat: { count: 3, every: '1m' } },
  ];
  accounts[2]!.deliveries = [{ ago: '7m', type: 'success', sender: 'someone@outside.net', recipient: 'info@KLANT2.example' }];
  return base;
}

describe('emulator state at scale', () => {
  it('finds accounts by user and by any mail domain, case-insensitively, first account winning', () => {
    const state = new EmulatorState(validateScenario(manyAccountsScenario(5)));
    expect(state.account('klant3')?.user).toBe('klant3');
    expect(state.account('nobody')).toBeUndefined();
    expect(state.accountByDomain('KLANT4.example')?.user).toBe('klant4');
    expect(state.accountByDomain('unknown.example')).toBeUndefined();
    expect(state.accountPosition(state.scenario.accounts[2]!)).toBe(2);
  });

  it('gives each account the records it sent or received, in scenario order, with times from the clock', () => {
    let now = START_MS;
    const state = new EmulatorState(validateScenario(crossScenario()), () => now);
    const all = recordsFor(state, state.scenario.accounts);
    const concerns = (user: string) => (r: TrackRecord) => r.user === user || r.deliveryuser === user;
    for (const account of state.scenario.accounts) {
      const own = recordsFor(state, [account]);
      const expected = all.filter((r, i) => concerns(account.user)(r) || state.scenario.accounts.indexOf(account) === ownerOf(state, i));
      expect(own).toEqual(expected);
    }
    // klant1's own 20 records, after the one klant0 (earlier in the scenario) delivered to it.
    const klant1 = recordsFor(state, [state.account('klant1')!]);
    expect(klant1).toHaveLength(21);
    expect(klant1[0]).toMatchObject({ user: 'klant0', deliveryuser: 'klant1', transport_is_remote: 0 });
    expect(recordsFor(state, [state.account('klant2')!]).filter((r) => r.deliveryuser === 'klant2')).toHaveLength(1);

    const before = recordsFor(state, [state.account('klant0')!]);
    now += 90_000;
    const after = recordsFor(state, [state.account('klant0')!]);
    after.forEach((r, i) => {
      expect(r.sendunixtime).toBe(Number(before[i]!.sendunixtime) + 90);
      expect(r.actionunixtime).toBe(Number(r.sendunixtime) + 2);
      expect(r.actiontime).toBe(new Date(Number(r.actionunixtime) * 1000).toISOString().replace('T', ' ').slice(0, 19));
    });
    // Callers get their own objects: changing one reply does not leak into the next.
    after[0]!.message = 'changed';
    expect(recordsFor(state, [state.account('klant0')!])[0]!.message).not.toBe('changed');
  });

  // How fast this is, is a figure of `npm run bench` (src/bench/audit-bench.ts), not an assertion.
  it('answers per-account Track Delivery searches on a 500-account server with each account\'s own records', () => {
    const state = new EmulatorState(validateScenario(manyAccountsScenario(500)), () => START_MS);
    const root = state.whmUser('root')!;
    for (let i = 0; i < 500; i += 1) {
      const reply = whmAs(state, root, 'emailtrack_search', { user: `klant${i}`, success: '1', defer: '1', failure: '1', max_results_by_type: '0' });
      expect(((reply.body as { data: { records: unknown[] } }).data.records).length).toBe(20);
    }
  });
});

/** Position in the scenario of the account whose deliveries made the i-th record of `recordsFor(all)`. */
function ownerOf(state: EmulatorState, i: number): number {
  let seen = 0;
  for (const [position, account] of state.scenario.accounts.entries()) {
    const count = account.deliveries.reduce((sum, d) => sum + (d.repeat?.count ?? 1), 0);
    if (i < seen + count) return position;
    seen += count;
  }
  return -1;
}
