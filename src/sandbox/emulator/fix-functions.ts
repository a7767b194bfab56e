/**
 * The UAPI functions that change an account, as the safe fixes call them,
 * with their effects on the emulator's state (so the next audit sees the
 * change) and the ways they refuse. Shapes: shared/reference/cpanel-api.md
 * §3.3 (`set_always_accept`'s docs example), §3.4 (the mailbox mutators answer
 * `data: null`), §3.7, §3.8, and api.docs.cpanel.net for
 * `EmailAuth::install_spf_records` (`data: [{domain, msg, status}]`, msg
 * `[ADD:TXT@domain.:record]` or `[REPLACE:…]`), `Email::edit_pop_quota`
 * (`data: null`; quota in MB, 0 or "unlimited" for no limit) and
 * `DNS::mass_edit_zone` (`serial`, `zone`, JSON `add`/`edit`, line indexes in
 * `remove`). Texts marked "emulator wording" are not cPanel's verbatim.
 */
import type { EmulatorState } from './emulator-state';
import { mailDomains } from './emulator-state';
import type { Scenario, ScenarioAccount } from './scenario-schema';
import { UapiResult, uapiFail, uapiOk } from './responses';
import { expectedDkim } from './uapi-functions';

interface FixContext {
  readonly state: EmulatorState;
  readonly account: ScenarioAccount;
  readonly args: Record<string, string>;
}

type ZoneRecord = Scenario['dns']['records'][number];

function norm(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function listArg(args: Record<string, string>, name: string): string[] {
  const out: string[] = [];
  if (args[name] !== undefined) out.push(args[name] as string);
  for (let i = 1; args[`${name}-${i}`] !== undefined; i += 1) out.push(args[`${name}-${i}`] as string);
  return out;
}

function txtText(r: ZoneRecord): string {
  return r.type === 'TXT' ? (Array.isArray(r.data) ? r.data.join('') : String(r.data)) : '';
}

/** Zones the account controls: its main, addon and parked domains (sub domains live in their parent's zone). */
function ownZones(account: ScenarioAccount): string[] {
  return [account.domains.main, ...account.domains.addon, ...account.domains.parked];
}

function zoneOf(account: ScenarioAccount, name: string): string | undefined {
  const n = norm(name);
  return ownZones(account)
    .sort((a, b) => b.length - a.length)
    .find((z) => n === z || n.endsWith(`.${z}`));
}

function notControlled(zone: string): UapiResult {
  return uapiFail(`You do not control a DNS zone named “${zone}”.`);
}

function mailboxFlag(field: 'holdOutgoing' | 'suspendedOutgoing' | 'suspendedIncoming' | 'suspendedLogin', value: boolean) {
  return ({ account, args }: FixContext): UapiResult => {
    const email = (args.email ?? '').toLowerCase();
    const mailbox = account.mailboxes.find((m) => m.email === email);
    // Emulator wording (UNCONFIRMED): cPanel's text for an address the account does not have.
    if (mailbox === undefined) return uapiFail(`The account “${email}” does not exist.`);
    mailbox[field] = value;
    return uapiOk(null);
  };
}

const MXCHECK = ['auto', 'local', 'remote', 'secondary'] as const;

function setAlwaysAccept({ account, args }: FixContext): UapiResult {
  const domain = (args.domain ?? '').toLowerCase();
  const mxcheck = args.mxcheck ?? '';
  if (!mailDomains(account).includes(domain)) return notControlled(domain);
  // Emulator wording (UNCONFIRMED).
  if (!(MXCHECK as readonly string[]).includes(mxcheck)) return uapiFail(`The “mxcheck” parameter must be one of: ${MXCHECK.join(', ')}.`);
  const setting = mxcheck as (typeof MXCHECK)[number];
  const row = account.routing.find((r) => r.domain === domain);
  const before = row?.mxcheck ?? 'auto';
  if (row === undefined) account.routing.push({ domain, mxcheck: setting });
  else row.mxcheck = setting;
  const detected = row?.detected ?? 'local';
  const effective = setting === 'auto' ? detected : setting;
  const flags = { local: effective === 'local' ? 1 : 0, remote: effective === 'remote' ? 1 : 0, secondary: effective === 'secondary' ? 1 : 0 };
  const text = `Set Always Accept Status to: ${setting}`;
  return uapiOk({
    checkmx: { changed: before === setting ? 0 : 1, detected, isprimary: flags.local, issecondary: flags.secondary, ...flags, mxcheck: setting, warnings: [] },
    detected,
    ...flags,
    mxcheck: setting,
    results: text,
    status: 1,
    statusmsg: text,
  });
}

function editPopQuota({ account, args }: FixContext): UapiResult {
  const domain = (args.domain ?? account.domains.main).toLowerCase();
  const email = `${(args.email ?? '').toLowerCase()}@${domain}`;
  const mailbox = account.mailboxes.find((m) => m.email === email);
  if (mailbox === undefined) return uapiFail(`The account “${email}” does not exist.`);
  const quota = (args.quota ?? '').trim().toLowerCase();
  if (quota === '0' || quota === 'unlimited') mailbox.quotaMb = 'unlimited';
  else if (/^\d+$/.test(quota)) mailbox.quotaMb = Number(quota);
  // Emulator wording (UNCONFIRMED).
  else return uapiFail(`The quota “${args.quota ?? ''}” is not a positive integer.`);
  return uapiOk(null);
}

function installSpf({ state, account, args }: FixContext): UapiResult {
  const domains = listArg(args, 'domain').map((d) => d.toLowerCase());
  const records = listArg(args, 'record');
  // Emulator wording (UNCONFIRMED): the docs require one `record` for each `domain`.
  if (domains.length === 0 || records.length !== domains.length) return uapiFail('You must provide one “record” for each “domain”.');
  const rows: Record<string, unknown>[] = [];
  for (const [i, domain] of domains.entries()) {
    const record = records[i] as string;
    const zone = zoneOf(account, domain);
    if (zone === undefined) return notControlled(domain);
    if (!/^v=spf1(\s|$)/i.test(record)) return uapiFail(`“${record}” is not an SPF record.`);
    const all = state.scenario.dns.records;
    const isSpfHere = (r: ZoneRecord) => r.type === 'TXT' && norm(r.name) === domain && /^v=spf1(\s|$)/i.test(txtText(r));
    const had = all.some(isSpfHere);
    // One SPF record per name, always: the new record takes the place of any there were.
    state.replaceDnsRecords(zone, [...all.filter((r) => !isSpfHere(r)), { name: domain, type: 'TXT', data: record }]);
    const override = account.emailAuth.find((e) => e.domain === domain);
    if (override !== undefined) delete override.spf;
    rows.push({ domain, msg: `[${had ? 'REPLACE' : 'ADD'}:TXT@${domain}.:${record}]`, status: 1 });
  }
  return uapiOk(rows);
}

function dkimSwitch(on: boolean) {
  return ({ state, account, args }: FixContext): UapiResult => {
    const domains = listArg(args, 'domain').map((d) => d.toLowerCase());
    if (domains.length === 0) return uapiFail('You must specify at least one “domain”.');
    const rows: Record<string, unknown>[] = [];
    for (const domain of domains) {
      const zone = zoneOf(account, domain);
      if (zone === undefined) return notControlled(domain);
      const name = `default._domainkey.${domain}`;
      const all = state.scenario.dns.records;
      const rest = all.filter((r) => !(r.type === 'TXT' && norm(r.name) === name));
      state.replaceDnsRecords(zone, on ? [...rest, { name, type: 'TXT', data: expectedDkim(domain, 'MISSING', []) }] : rest);
      const override = account.emailAuth.find((e) => e.domain === domain);
      if (override !== undefined) delete override.dkim;
      // Shape UNCONFIRMED: modelled on install_spf_records' rows.
      rows.push({ domain, enabled: on ? 1 : 0, msg: on ? 'Enabled DKIM.' : 'Disabled DKIM.', status: 1 });
    }
    return uapiOk(rows);
  };
}

/** The zone's records in file order: line 0 is the SOA, each record one line after it. */
function zoneLines(state: EmulatorState, zone: string): { index: number; record: ZoneRecord }[] {
  return state.scenario.dns.records.flatMap((record, index) => {
    const n = norm(record.name);
    return n === zone || n.endsWith(`.${zone}`) ? [{ index, record }] : [];
  });
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function recordData(r: ZoneRecord): string[] {
  switch (r.type) {
    case 'MX':
      return [String(r.data.preference), r.data.exchange];
    case 'TXT':
      return Array.isArray(r.data) ? [...r.data] : [r.data];
    default:
      return [r.data];
  }
}

/** §3.8: `{line_index, type, dname_b64, ttl, record_type, data_b64}`; names relative to the zone, the apex as `@`. */
function parseZone({ state, account, args }: FixContext): UapiResult {
  const zone = (args.zone ?? '').toLowerCase();
  if (!ownZones(account).includes(zone)) return notControlled(zone);
  const soa = {
    line_index: 0,
    type: 'record',
    dname_b64: b64(`${zone}.`),
    ttl: 86400,
    record_type: 'SOA',
    data_b64: [`ns1.${zone}.`, `hostmaster.${zone}.`, String(state.zoneSerial(zone)), '3600', '1800', '1209600', '86400'].map(b64),
  };
  const rows = zoneLines(state, zone).map(({ record }, i) => {
    const n = norm(record.name);
    return {
      line_index: i + 1,
      type: 'record',
      dname_b64: b64(n === zone ? '@' : n.slice(0, -(zone.length + 1))),
      ttl: record.ttl ?? 14400,
      record_type: record.type,
      data_b64: recordData(record).map(b64),
    };
  });
  return uapiOk([soa, ...rows]);
}

interface EditItem {
  line_index?: number;
  dname?: string;
  ttl?: number;
  record_type?: string;
  data?: string[];
}

function absolute(zone: string, dname: string): string {
  if (dname === '@' || dname === '') return zone;
  if (dname.endsWith('.')) return norm(dname);
  return `${dname.toLowerCase()}.${zone}`;
}

function toRecord(zone: string, item: EditItem): ZoneRecord | undefined {
  if (item.dname === undefined || !Array.isArray(item.data) || item.data.length === 0) return undefined;
  const name = absolute(zone, item.dname);
  const ttl = typeof item.ttl === 'number' ? item.ttl : undefined;
  if (item.record_type === 'TXT') return { name, type: 'TXT', ...(ttl === undefined ? {} : { ttl }), data: item.data.length === 1 ? (item.data[0] as string) : item.data };
  return undefined;
}

function massEditZone({ state, account, args }: FixContext): UapiResult {
  const zone = (args.zone ?? '').toLowerCase();
  if (!ownZones(account).includes(zone)) return notControlled(zone);
  const current = state.zoneSerial(zone);
  // Emulator wording (UNCONFIRMED): cPanel refuses an edit made against an older serial.
  if (args.serial !== String(current)) return uapiFail(`The zone “${zone}” has changed (its serial is now ${current}, not ${args.serial ?? 'given'}). Reload the zone and try again.`);
  const lines = zoneLines(state, zone);
  const parse = (text: string): EditItem | undefined => {
    try {
      const v = JSON.parse(text) as unknown;
      return typeof v === 'object' && v !== null ? (v as EditItem) : undefined;
    } catch {
      return undefined;
    }
  };
  const records = [...state.scenario.dns.records] as (ZoneRecord | null)[];
  const lineAt = (index: unknown) => (typeof index === 'number' && Number.isInteger(index) && index >= 1 ? lines[index - 1] : undefined);
  for (const text of listArg(args, 'edit')) {
    const item = parse(text);
    const line = lineAt(item?.line_index);
    const record = item && toRecord(zone, item);
    if (line === undefined || record === undefined) return uapiFail(`Invalid “edit” item: ${text}`);
    records[line.index] = record;
  }
  for (const text of listArg(args, 'remove')) {
    const line = lineAt(Number(text));
    if (line === undefined) return uapiFail(`No record starts on line ${text} of “${zone}”.`);
    records[line.index] = null;
  }
  const added: ZoneRecord[] = [];
  for (const text of listArg(args, 'add')) {
    const item = parse(text);
    const record = item && toRecord(zone, item);
    if (record === undefined) return uapiFail(`Invalid “add” item: ${text}`);
    added.push(record);
  }
  state.replaceDnsRecords(zone, [...records.filter((r): r is ZoneRecord => r !== null), ...added]);
  // Shape UNCONFIRMED: the new serial, as the docs' response sample names it.
  return uapiOk({ new_serial: String(state.zoneSerial(zone)) });
}

export const FIX_HANDLERS: Record<string, Record<string, (ctx: FixContext) => UapiResult>> = {
  Email: {
    set_always_accept: setAlwaysAccept,
    release_outgoing: mailboxFlag('holdOutgoing', false),
    hold_outgoing: mailboxFlag('holdOutgoing', true),
    unsuspend_outgoing: mailboxFlag('suspendedOutgoing', false),
    suspend_outgoing: mailboxFlag('suspendedOutgoing', true),
    unsuspend_incoming: mailboxFlag('suspendedIncoming', false),
    suspend_incoming: mailboxFlag('suspendedIncoming', true),
    unsuspend_login: mailboxFlag('suspendedLogin', false),
    suspend_login: mailboxFlag('suspendedLogin', true),
    edit_pop_quota: editPopQuota,
  },
  EmailAuth: { install_spf_records: installSpf, enable_dkim: dkimSwitch(true), disable_dkim: dkimSwitch(false) },
  DNS: { parse_zone: parseZone, mass_edit_zone: massEditZone },
};
