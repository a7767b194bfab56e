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
import type { AuthCheck, Availability, PtrCheck } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { isMissingFunctionError } from './envelope';
import { looseList, looseOptionalString } from './loose';
import { uapiData } from './call-data';

const state = z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.string());
const recordSchema = z.object({ current: looseOptionalString.optional() }).loose();

const spfDkimSchema = z
  .object({
    domain: z.string(),
    state,
    expected: looseOptionalString.optional(),
    records: looseList(recordSchema).optional(),
    error: looseOptionalString.optional(),
  })
  .loose();

const ptrSchema = z
  .object({
    domain: z.string(),
    state,
    error: looseOptionalString.optional(),
    ip_address: looseOptionalString.optional(),
    helo: looseOptionalString.optional(),
    ptr_records: looseList(z.object({ domain: z.string() }).loose()).optional(),
  })
  .loose();

const dmarcSchema = z
  .object({
    domain: z.string(),
    state,
    record: looseOptionalString.optional(),
    suggested: looseOptionalString.optional(),
    error: looseOptionalString.optional(),
  })
  .loose();

function base(domain: string, st: string, expected: string | null | undefined, current: string[], error: string | null | undefined): AuthCheck {
  return {
    domain: domain.toLowerCase(),
    state: st,
    valid: st === 'VALID',
    couldNotCheck: st === 'ERROR' || st === 'DNS_ERROR',
    expected: expected ?? null,
    currentRecords: current,
    error: error === '' ? null : error ?? null,
  };
}

function currents(records: { current?: string | null }[] | undefined): string[] {
  return (records ?? []).flatMap((r) => (r.current ? [r.current] : []));
}

export async function validateSpf(gateway: CpanelGateway, domains: readonly string[]): Promise<AuthCheck[]> {
  const rows = await uapiData(gateway, 'EmailAuth', 'validate_current_spfs', { domain: domains }, looseList(spfDkimSchema));
  return rows.map((r) => base(r.domain, r.state, r.expected, currents(r.records), r.error));
}

export async function validateDkim(gateway: CpanelGateway, domains: readonly string[]): Promise<AuthCheck[]> {
  const rows = await uapiData(gateway, 'EmailAuth', 'validate_current_dkims', { domain: domains }, looseList(spfDkimSchema));
  // cPanel names the DKIM record (`default._domainkey.example.com`); report the mail domain.
  return rows.map((r) => base(r.domain.replace(/^[^.]+\._domainkey\./i, ''), r.state, r.expected, currents(r.records), r.error));
}

export async function validatePtr(gateway: CpanelGateway, domains: readonly string[]): Promise<PtrCheck[]> {
  const rows = await uapiData(gateway, 'EmailAuth', 'validate_current_ptrs', { domain: domains }, looseList(ptrSchema));
  return rows.map((r) => {
    const names = (r.ptr_records ?? []).map((p) => p.domain);
    return { ...base(r.domain, r.state, null, names, r.error), ipAddress: r.ip_address ?? null, helo: r.helo ?? null, ptrNames: names };
  });
}

export async function validateDmarc(gateway: CpanelGateway, domains: readonly string[]): Promise<Availability<AuthCheck[]>> {
  try {
    const rows = await uapiData(gateway, 'EmailAuth', 'validate_current_dmarcs', { domain: domains }, looseList(dmarcSchema));
    return {
      available: true,
      value: rows.map((r) => base(r.domain, r.state, r.suggested, r.record ? [r.record] : [], r.error)),
    };
  } catch (error) {
    if (isMissingFunctionError(error)) {
      return { available: false, reason: 'this cPanel version has no EmailAuth::validate_current_dmarcs (added in cPanel 124)' };
    }
    throw error;
  }
}
