/**
 * The one normaliser: cPanel's envelopes and loose types in, typed values or
 * typed errors out — without a server.
 */
import { z } from 'zod';
import { CpanelCallError, CpanelTransportError, CallDescription } from '../../src/cpanel';
import { readApi2Envelope, readCliUapi, readUapiResult, readUapiThroughWhm, readWhmResult, isMissingFunctionError } from '../../src/cpanel/envelope';
import { looseBool, looseLimit, looseList, looseNumber } from '../../src/cpanel/loose';
import { flattenArgs } from '../../src/cpanel/gateway';

const call: CallDescription = { api: 'uapi', module: 'Email', func: 'list_pops', account: 'bob', transport: 'http-cpanel' };

describe('when cPanel sends loose types', () => {
  test('then 1/0, "1"/"0", "" and null become booleans and nonsense is refused', () => {
    expect([1, 0, '1', '0', '', null, undefined, true].map((v) => looseBool.parse(v))).toEqual([true, false, true, false, false, false, false, true]);
    expect(looseBool.safeParse('maybe').success).toBe(false);
  });

  test('then numbers as strings, "unlimited" and null lists are normalised', () => {
    expect(looseNumber.parse('42')).toBe(42);
    expect(looseLimit(true).parse('0')).toBe('unlimited');
    expect(looseLimit(false).parse('0')).toBe(0);
    expect(looseLimit(true).parse('unlimited')).toBe('unlimited');
    expect(looseList(z.string()).parse(null)).toEqual([]);
  });
});

describe('when an envelope arrives', () => {
  test('then a bare UAPI success yields data, metadata and warnings', () => {
    const r = readUapiResult({ status: '1', errors: null, data: [1], warnings: ['w'], messages: null, metadata: { transformed: 1 } }, call);
    expect(r).toEqual({ data: [1], metadata: { transformed: 1 }, warnings: ['w'], messages: [] });
  });

  test('then UAPI status 0 throws CpanelCallError with every error text', () => {
    expect(() => readUapiResult({ status: 0, errors: ['a', 'b'], data: null, metadata: {} }, call)).toThrow(CpanelCallError);
    try {
      readCliUapi({ apiversion: 3, result: { status: 0, errors: ['x'], metadata: null } }, call);
    } catch (error) {
      expect((error as CpanelCallError).errors).toEqual(['x']);
    }
  });

  test('then uapi_cpanel with OK outside and status 0 inside is a call error', () => {
    const raw = { data: { uapi: { status: 0, errors: ['inner'], data: null } }, metadata: { result: 1, reason: 'OK', command: 'uapi_cpanel' } };
    expect(() => readUapiThroughWhm(raw, call)).toThrow(/inner/);
  });

  test('then WHM result 0 carries the reason and other metadata is kept', () => {
    expect(() => readWhmResult({ metadata: { result: 0, reason: 'Unknown app (x) requested for this version (1) of the API.' } }, call)).toThrow(/Unknown app/);
    expect(readWhmResult({ data: { records: [] }, metadata: { result: 1, reason: 'OK', overflowed: 1 } }, call).metadata).toEqual({ overflowed: 1 });
  });

  test('then API 2 error or event.result 0 is a call error', () => {
    expect(() => readApi2Envelope({ cpanelresult: { error: 'eximstatsadmin returned invalid data', event: { result: 0 }, data: [] } }, call)).toThrow(CpanelCallError);
    expect(() => readApi2Envelope({ cpanelresult: { event: { result: '0' } } }, call)).toThrow(CpanelCallError);
    expect(readApi2Envelope({ cpanelresult: { event: { result: 1 }, data: [], metadata: { overflowed: 0 } } }, call).metadata).toEqual({ overflowed: 0 });
  });

  test('then each way API 2 writes a failure is the call failing with the text cPanel gave', () => {
    const failure = (inner: unknown): CpanelCallError => {
      try {
        readApi2Envelope({ cpanelresult: inner }, call);
      } catch (error) {
        if (error instanceof CpanelCallError) return error;
        throw error;
      }
      throw new Error('expected a call error');
    };
    // cPanel keeps event.result 1 and sets error.
    expect(failure({ apiversion: 2, data: [], event: { result: 1 }, error: 'eximstatsadmin returned invalid data' }).errors).toEqual(['eximstatsadmin returned invalid data']);
    // An older handler: event.result 0 with its reason and no error key.
    expect(failure({ apiversion: 2, data: [], event: { result: 0, reason: 'The feature is not enabled.' } }).errors).toEqual(['The feature is not enabled.']);
    // A function that returned false: a bare data [0].
    const bare = failure({ apiversion: 2, data: [0], event: { result: 1 } });
    expect(bare.kind).toBe('call');
    expect(bare.message).toContain('Email::list_pops');
    // A count of 0 inside a record list is data, not a failure.
    expect(readApi2Envelope({ cpanelresult: { data: [{ count: 0 }], event: { result: 1 } } }, call).data).toEqual([{ count: 0 }]);
  });

  test('then something that is no envelope is a malformed transport error', () => {
    expect(() => readUapiResult('<html>', call)).toThrow(CpanelTransportError);
    expect(() => readApi2Envelope({ nope: 1 }, call)).toThrow(CpanelTransportError);
  });

  test('then the missing-function texts are recognised', () => {
    expect(isMissingFunctionError(new CpanelCallError(call, ['The system could not find the function “validate_current_dmarcs” in the module “EmailAuth”.']))).toBe(true);
    expect(isMissingFunctionError(new CpanelCallError(call, ['Failed to load module “Nope”: …']))).toBe(true);
    expect(isMissingFunctionError(new CpanelCallError(call, ['Other']))).toBe(false);
  });
});

describe('when arguments are flattened', () => {
  test('then lists repeat as name, name-1, … and booleans become 1/0', () => {
    expect(flattenArgs({ domain: ['a.example', 'b.example'], get_restrictions: true, skip: undefined, n: 3 })).toEqual([
      ['domain', 'a.example'],
      ['domain-1', 'b.example'],
      ['get_restrictions', '1'],
      ['n', '3'],
    ]);
  });
});

describe('when the data does not have the documented shape', () => {
  const fakeGateway = (data: unknown) => ({
    transport: 'liveapi' as const,
    account: 'bob',
    canCallWhm: false,
    uapi: async () => ({ data, metadata: {}, warnings: [], messages: [] }),
    api2: async () => ({ data: null, metadata: {}, warnings: [], messages: [] }),
    whm: async () => ({ data: null, metadata: {}, warnings: [], messages: [] }),
    close: async () => undefined,
  });

  test('then one unreadable field is defaulted and noted, and the rest of the row and the other rows count', async () => {
    const { listMailboxes } = await import('../../src/cpanel');
    const rows = [
      { email: 'a@b.example', user: 'a', domain: 'b.example', _diskused: 'lots', _diskquota: '0', suspended_incoming: 1 },
      { email: 'c@b.example', user: 'c', domain: 'b.example', _diskused: '10', _diskquota: '100' },
      { email: 'd@b.example', user: 'd', domain: 'b.example', _diskused: 0, _diskquota: null },
    ];
    const { value, gaps } = await listMailboxes(fakeGateway(rows));
    expect(value.map((m) => [m.email, m.diskUsedBytes, m.quotaBytes, m.suspendedIncoming])).toEqual([
      ['a@b.example', null, 'unlimited', true],
      ['c@b.example', 10, 100, false],
      ['d@b.example', 0, 'unlimited', false],
    ]);
    expect(gaps).toEqual([{ call: 'UAPI Email::list_pops_with_disk', kind: 'field-invalid', subject: 'a@b.example', fields: ['_diskused'] }]);
  });

  test('then data that is not a list, or a list of which no row can be read, is a CpanelShapeError naming the call', async () => {
    const { CpanelShapeError, listMailboxes } = await import('../../src/cpanel');
    const notAList = await listMailboxes(fakeGateway({ email: 'a@b.example' })).catch((e: unknown) => e);
    expect(notAList).toBeInstanceOf(CpanelShapeError);
    expect((notAList as Error).message).toContain('Email::list_pops_with_disk');
    const nothingUsable = await listMailboxes(fakeGateway([{ user: 'a' }, 'x'])).catch((e: unknown) => e);
    expect(nothingUsable).toBeInstanceOf(CpanelShapeError);
    expect((nothingUsable as InstanceType<typeof CpanelShapeError>).issues[0]).toMatch(/none of the 2 rows could be read .*email/);
  });
});
