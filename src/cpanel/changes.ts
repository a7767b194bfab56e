/**
 * The calls that change an account, for the safe fixes. A refusal is cPanel's
 * own: status 0 with its errors (the envelope normaliser turns it into a
 * CpanelCallError naming the call), or a row of the reply with `status: 0`
 * (`EmailAuth::install_spf_records` answers per domain, api.docs.cpanel.net),
 * which becomes the same error with the row's `msg`.
 *
 * Zones: `DNS::parse_zone(zone)` (shared/reference/cpanel-api.md §3.8:
 * `{line_index, type, dname_b64, ttl, record_type, data_b64[]}`, names
 * relative to the zone) and `DNS::mass_edit_zone(zone, serial, add, edit,
 * remove)` (api.docs.cpanel.net/openapi/cpanel/operation/dns-mass_edit_zone:
 * `add`/`edit` items are JSON objects, the serial must be the zone's current
 * one or the edit is refused).
 */
import { z } from 'zod';
import type { StoredZone, ZoneLine } from '../diagnose/observations';
import { CpanelCallError, CpanelShapeError } from './errors';
import type { CallArgs, CallResult, CpanelGateway } from './gateway';
import { describeGatewayCall } from './call-data';

const rowStatus = z.object({ status: z.union([z.number(), z.string()]), msg: z.string().nullish(), domain: z.string().nullish() }).loose();

/** Makes one change; a reply row that says `status: 0` is a refusal like any other. */
export async function makeChange(gateway: CpanelGateway, api: 'uapi' | 'whm', module: string | null, func: string, args: CallArgs): Promise<CallResult> {
  const result = api === 'whm' ? await gateway.whm(func, args) : await gateway.uapi(module ?? '', func, args);
  const rows = Array.isArray(result.data) ? result.data : [];
  const refused = rows.flatMap((row) => {
    const parsed = rowStatus.safeParse(row);
    return parsed.success && String(parsed.data.status) === '0' ? [parsed.data.msg ?? `${parsed.data.domain ?? 'a row'}: no reason given`] : [];
  });
  if (refused.length > 0) throw new CpanelCallError(describeGatewayCall(gateway, api, func, module ?? undefined), refused);
  return result;
}

const zoneRow = z
  .object({
    line_index: z.coerce.number().int(),
    type: z.string(),
    dname_b64: z.string().optional(),
    ttl: z.coerce.number().optional(),
    record_type: z.string().optional(),
    data_b64: z.array(z.string()).optional(),
  })
  .loose();

function decode(text: string): string {
  return Buffer.from(text, 'base64').toString('utf8');
}

/** A name as the zone file writes it (relative, `@`, or absolute with a dot) made absolute. */
function absoluteName(zone: string, dname: string): string {
  if (dname === '@' || dname === '') return zone;
  if (dname.endsWith('.')) return dname.slice(0, -1).toLowerCase();
  return `${dname.toLowerCase()}.${zone}`;
}

export async function parseZone(gateway: CpanelGateway, zone: string): Promise<StoredZone> {
  const call = describeGatewayCall(gateway, 'uapi', 'parse_zone', 'DNS');
  const result = await gateway.uapi('DNS', 'parse_zone', { zone });
  const rows = z.array(z.unknown()).safeParse(result.data);
  if (!rows.success) throw new CpanelShapeError(call, ['data is not a list of zone lines']);
  const records: ZoneLine[] = [];
  let serial: string | null = null;
  for (const raw of rows.data) {
    const parsed = zoneRow.safeParse(raw);
    if (!parsed.success || parsed.data.type !== 'record' || parsed.data.record_type === undefined) continue;
    const r = parsed.data;
    const data = (r.data_b64 ?? []).map(decode);
    if (r.record_type === 'SOA') serial = data[2] ?? null;
    records.push({ lineIndex: r.line_index, name: absoluteName(zone.toLowerCase(), decode(r.dname_b64 ?? '')), type: r.record_type as string, ttl: r.ttl ?? 14400, data });
  }
  if (serial === null) throw new CpanelShapeError(call, [`the zone "${zone}" has no SOA record with a serial`]);
  return { zone: zone.toLowerCase(), serial, records };
}

interface ZoneEdit {
  readonly zone: string;
  readonly serial: string;
  /** JSON objects as the docs describe them: `{dname, ttl, record_type, data}`. */
  readonly add?: readonly string[];
  /** The same with `line_index`. */
  readonly edit?: readonly string[];
  /** Line indexes. */
  readonly remove?: readonly number[];
}

/** Returns the zone's new serial when cPanel names it. */
export async function massEditZone(gateway: CpanelGateway, edit: ZoneEdit): Promise<string | null> {
  const result = await makeChange(gateway, 'uapi', 'DNS', 'mass_edit_zone', {
    zone: edit.zone,
    serial: edit.serial,
    ...(edit.add && edit.add.length > 0 ? { add: edit.add } : {}),
    ...(edit.edit && edit.edit.length > 0 ? { edit: edit.edit } : {}),
    ...(edit.remove && edit.remove.length > 0 ? { remove: edit.remove } : {}),
  });
  const parsed = z.object({ new_serial: z.union([z.string(), z.number()]) }).loose().safeParse(result.data);
  return parsed.success ? String(parsed.data.new_serial) : null;
}
