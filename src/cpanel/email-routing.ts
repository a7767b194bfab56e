/**
 * Email Routing per domain: UAPI `Email::list_mxs` (shared/reference/
 * cpanel-api.md §3.3; docs https://api.docs.cpanel.net/openapi/cpanel/operation/list_mxs/).
 * `mxcheck` is what the owner chose (auto|local|remote|secondary), `detected`
 * what auto-detection decided (the docs' enum includes `auto`), and the
 * local/remote/secondary flags the mode in effect. Read per row:
 *  - a legacy numeric `mxcheck` is mapped as cPanel's own `mx_compat` does
 *    (0 → auto, 1 → local; `Cpanel/Email/MX.pm`);
 *  - a row without the flags (cPanel returns early for a domain without MX
 *    entries) keeps its domain and choice, with `effective` null;
 *  - a value this version does not know stays "unknown".
 */
import { z } from 'zod';
import type { EmailRouting, Observed, RoutingMode, RoutingSetting } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseNumber } from './loose';
import { describeGatewayCall } from './call-data';
import { readRows, type RowReader } from './rows';

const SETTINGS: readonly RoutingSetting[] = ['auto', 'local', 'remote', 'secondary'];
/** `Cpanel::Email::MX::mx_compat`: the numeric form older servers store. */
const LEGACY_MXCHECK: Readonly<Record<string, RoutingSetting>> = { '0': 'auto', '1': 'local' };

function setting(row: RowReader, key: string): RoutingSetting | 'unknown' | null {
  const raw = row.raw[key];
  if (raw === undefined || raw === null || raw === '') return null;
  const text = String(raw).trim().toLowerCase();
  const known = SETTINGS.find((s) => s === text) ?? LEGACY_MXCHECK[text];
  if (known !== undefined) return known;
  row.noteUnknown(key);
  return 'unknown';
}

function effectiveMode(row: RowReader): RoutingMode | null {
  const flags = (['remote', 'secondary', 'local'] as const).filter((k) => row.has(k));
  if (flags.length === 0) {
    row.noteMissing('local', 'remote', 'secondary');
    return null;
  }
  for (const flag of flags) if (row.optional(flag, looseBool, false)) return flag;
  return null;
}

const entrySchema = z.object({ mx: z.string(), priority: looseNumber }).loose();

function readRouting(row: RowReader): EmailRouting | undefined {
  const domain = row.required('domain', z.string().min(1));
  if (domain === undefined) return undefined;
  row.subject = domain.toLowerCase();
  const configured = setting(row, 'mxcheck');
  if (configured === null) row.noteMissing('mxcheck');
  const entries = row.optional('entries', z.array(z.unknown()), [] as unknown[]);
  const mxRecords = entries.flatMap((e) => {
    const parsed = entrySchema.safeParse(e);
    return parsed.success ? [{ exchange: parsed.data.mx.toLowerCase(), priority: parsed.data.priority }] : [];
  });
  if (mxRecords.length < entries.length) row.noteMissing('entries.mx/priority');
  return {
    domain: row.subject,
    configured: configured ?? 'unknown',
    detected: setting(row, 'detected'),
    effective: effectiveMode(row),
    alwaysAccept: row.optional('alwaysaccept', looseBool, null),
    mxRecords,
  };
}

export async function listEmailRouting(gateway: CpanelGateway, domain?: string): Promise<Observed<EmailRouting[]>> {
  const result = await gateway.uapi('Email', 'list_mxs', { domain });
  return readRows(result.data, describeGatewayCall(gateway, 'uapi', 'list_mxs', 'Email'), readRouting);
}
