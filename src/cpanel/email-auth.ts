/**
 * Email Deliverability checks: UAPI `EmailAuth::validate_current_spfs|dkims|
 * ptrs` and, on cPanel 124+, `validate_current_dmarcs` (shared/reference/
 * cpanel-api.md §3.7; field names from api-evangelist/cpanel
 * `cpanel-emailauth-api-openapi.yml`). §8: SPF says `INVALID` in the 2024
 * source where docs say `MISMATCHED`; any state but VALID is not valid and
 * ERROR means "could not check". A server without the DMARC function answers
 * "could not find the function": that is "not available", not a failure.
 */
import { z } from 'zod';
import type { AuthCheck, Availability, Observed, PtrCheck } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { isMissingFunctionError } from './envelope';
import { looseOptionalString } from './loose';
import { describeGatewayCall } from './call-data';
import { readRows, type RowReader } from './rows';

const recordSchema = z.object({ current: looseOptionalString.optional() }).loose();

/** The row's domain and state word (upper-cased; any word is kept, unknown ones too): without them a row says nothing. */
function head(row: RowReader): { domain: string; state: string } | undefined {
  const domain = row.required('domain', z.string().min(1));
  if (domain !== undefined) row.subject = domain.toLowerCase();
  const state = row.required('state', z.string().min(1));
  return domain === undefined || state === undefined ? undefined : { domain, state: state.toUpperCase() };
}

function base(domain: string, st: string, expected: string | null, current: string[], error: string | null): AuthCheck {
  return {
    domain: domain.toLowerCase(),
    state: st,
    valid: st === 'VALID',
    couldNotCheck: st === 'ERROR' || st === 'DNS_ERROR',
    expected,
    currentRecords: current,
    error: error === '' ? null : error,
  };
}

function currents(row: RowReader): string[] {
  const records = row.optional('records', z.array(z.unknown()), [] as unknown[]);
  return records.flatMap((r) => {
    const parsed = recordSchema.safeParse(r);
    return parsed.success && parsed.data.current ? [parsed.data.current] : [];
  });
}

function text(row: RowReader, key: string): string | null {
  return row.optional(key, looseOptionalString, null);
}

async function rowsOf<T>(gateway: CpanelGateway, func: string, domains: readonly string[], read: (row: RowReader) => T | undefined): Promise<Observed<T[]>> {
  const result = await gateway.uapi('EmailAuth', func, { domain: domains });
  return readRows(result.data, describeGatewayCall(gateway, 'uapi', func, 'EmailAuth'), read);
}

export async function validateSpf(gateway: CpanelGateway, domains: readonly string[]): Promise<Observed<AuthCheck[]>> {
  return rowsOf(gateway, 'validate_current_spfs', domains, (row) => {
    const h = head(row);
    return h && base(h.domain, h.state, text(row, 'expected'), currents(row), text(row, 'error'));
  });
}

export async function validateDkim(gateway: CpanelGateway, domains: readonly string[]): Promise<Observed<AuthCheck[]>> {
  return rowsOf(gateway, 'validate_current_dkims', domains, (row) => {
    const h = head(row);
    // cPanel names the DKIM record (`default._domainkey.example.com`); report the mail domain.
    return h && base(h.domain.replace(/^[^.]+\._domainkey\./i, ''), h.state, text(row, 'expected'), currents(row), text(row, 'error'));
  });
}

const ptrRecordSchema = z.object({ domain: z.string() }).loose();

export async function validatePtr(gateway: CpanelGateway, domains: readonly string[]): Promise<Observed<PtrCheck[]>> {
  return rowsOf(gateway, 'validate_current_ptrs', domains, (row) => {
    const h = head(row);
    if (h === undefined) return undefined;
    const records = row.optional('ptr_records', z.array(z.unknown()), [] as unknown[]);
    const names = records.flatMap((r) => {
      const parsed = ptrRecordSchema.safeParse(r);
      return parsed.success ? [parsed.data.domain] : [];
    });
    if (names.length < records.length) row.noteMissing('ptr_records.domain');
    return { ...base(h.domain, h.state, null, names, text(row, 'error')), ipAddress: text(row, 'ip_address'), helo: text(row, 'helo'), ptrNames: names };
  });
}

export async function validateDmarc(gateway: CpanelGateway, domains: readonly string[]): Promise<Observed<Availability<AuthCheck[]>>> {
  try {
    const rows = await rowsOf(gateway, 'validate_current_dmarcs', domains, (row) => {
      const h = head(row);
      const record = text(row, 'record');
      return h && base(h.domain, h.state, text(row, 'suggested'), record ? [record] : [], text(row, 'error'));
    });
    return { value: { available: true, value: rows.value }, gaps: rows.gaps };
  } catch (error) {
    if (isMissingFunctionError(error)) {
      return { value: { available: false, reason: 'this cPanel version has no EmailAuth::validate_current_dmarcs (added in cPanel 124)' }, gaps: [] };
    }
    throw error;
  }
}
