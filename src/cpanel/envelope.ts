/**
 * The ONE normaliser for cPanel's envelopes (shared/reference/cpanel-api.md):
 *  - bare UAPI result `{status, errors, data, messages, warnings, metadata}` (§1.2);
 *  - the `uapi` CLI wrapper `{apiversion, func, module, result: {…}}` (§1.4);
 *  - WHM `uapi_cpanel`, which nests the UAPI result in `data.uapi` and says
 *    OK in `metadata` even when the inner call failed (§2.3);
 *  - API 2 `{cpanelresult: {data, event: {result}, error}}` (§3.1);
 *  - WHM API 1 `{data, metadata: {result, reason}}` (§2.1).
 * Every path ends in a CallResult or a typed error naming the call.
 */
import { z } from 'zod';
import { CallDescription, CpanelCallError, CpanelTransportError } from './errors';
import type { CallResult } from './gateway';
import { looseBool, looseStringList } from './loose';

export function parseJsonText(text: string, call: CallDescription): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const preview = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    throw new CpanelTransportError(call, 'malformed', `reply is not JSON (${JSON.stringify(preview)})`);
  }
}

const record = z.record(z.string(), z.unknown());

const uapiResultSchema = z.object({
  status: looseBool,
  errors: looseStringList.optional(),
  messages: looseStringList.optional(),
  warnings: looseStringList.optional(),
  data: z.unknown().optional(),
  metadata: z.preprocess((v) => (v === null || v === undefined ? {} : v), record),
});

function malformed(call: CallDescription, what: string): CpanelTransportError {
  return new CpanelTransportError(call, 'malformed', `reply is not ${what}`);
}

/** A bare UAPI result (HTTP `/execute`, `data.uapi`, `result` of the CLI / LiveAPI). */
export function readUapiResult(raw: unknown, call: CallDescription): CallResult {
  const parsed = uapiResultSchema.safeParse(raw);
  if (!parsed.success) throw malformed(call, 'a UAPI result');
  const r = parsed.data;
  if (!r.status) throw new CpanelCallError(call, r.errors ?? []);
  return { data: r.data ?? null, metadata: r.metadata, warnings: r.warnings ?? [], messages: r.messages ?? [] };
}

/** `uapi --output=json` wraps the result in `result` (§1.4). */
export function readCliUapi(raw: unknown, call: CallDescription): CallResult {
  const parsed = z.object({ result: z.unknown() }).safeParse(raw);
  if (!parsed.success) throw malformed(call, 'a uapi CLI envelope');
  return readUapiResult(parsed.data.result, call);
}

const whmSchema = z.object({
  data: z.unknown().optional(),
  metadata: z.object({ result: looseBool, reason: z.string().nullish() }).loose(),
});

/** WHM API 1: metadata.result 0 → call error carrying metadata.reason (§2.1). */
export function readWhmResult(raw: unknown, call: CallDescription): CallResult {
  const parsed = whmSchema.safeParse(raw);
  if (!parsed.success) throw malformed(call, 'a WHM API 1 envelope');
  const { data, metadata } = parsed.data;
  if (!metadata.result) throw new CpanelCallError(call, metadata.reason ? [metadata.reason] : []);
  const { result: _result, reason: _reason, ...rest } = metadata;
  return { data: data ?? null, metadata: rest, warnings: [], messages: [] };
}

/**
 * WHM `uapi_cpanel`: the outer metadata can say OK while `data.uapi.status`
 * is 0 (`Whostmgr/API/1/Cpanel.pm`, §2.3), so both levels are checked.
 */
export function readUapiThroughWhm(raw: unknown, call: CallDescription): CallResult {
  const outer = readWhmResult(raw, call);
  const inner = z.object({ uapi: z.unknown() }).safeParse(outer.data);
  if (!inner.success) throw malformed(call, 'a uapi_cpanel envelope (no data.uapi)');
  return readUapiResult(inner.data.uapi, call);
}

const api2Schema = z.object({
  data: z.unknown().optional(),
  error: z.string().nullish(),
  event: z.object({ result: looseBool, reason: z.string().nullish() }).loose().nullish(),
  metadata: z.preprocess((v) => (v === null || v === undefined ? {} : v), record),
});

/** API 2 writes a function's bare false return as `data: [0]` (no records, no error text). */
function isBareFalse(data: unknown): boolean {
  return Array.isArray(data) && data.length === 1 && (data[0] === 0 || data[0] === '0');
}

/**
 * The inside of `cpanelresult` for API 2 (§3.1). cPanel keeps
 * `event.result` 1 and sets `error` when a function fails; older handlers
 * set `event.result` 0 with `event.reason`; a function that returns false
 * leaves `data: [0]`. Each is the call's own failure, with the text cPanel gave.
 */
export function readApi2Inner(raw: unknown, call: CallDescription): CallResult {
  const parsed = api2Schema.safeParse(raw);
  if (!parsed.success) throw malformed(call, 'an API 2 result');
  const r = parsed.data;
  const texts = [r.error, r.event?.reason].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if ((r.error !== undefined && r.error !== null && r.error !== '') || r.event?.result === false || isBareFalse(r.data)) {
    throw new CpanelCallError(call, [...new Set(texts)]);
  }
  return { data: r.data ?? null, metadata: r.metadata, warnings: [], messages: [] };
}

/** `{cpanelresult: {…}}` as sent by `/json-api/cpanel` and `cpapi2 --output=json`. */
export function readApi2Envelope(raw: unknown, call: CallDescription): CallResult {
  const parsed = z.object({ cpanelresult: z.unknown() }).safeParse(raw);
  if (!parsed.success) throw malformed(call, 'an API 2 envelope (no cpanelresult)');
  return readApi2Inner(parsed.data.cpanelresult, call);
}

/**
 * cPanel's texts for a function or module the server does not have (§8):
 * `The system could not find the function “f” in the module “M”.` and
 * `Failed to load module “M”: …`. Callers turn these into "not available".
 */
export function isMissingFunctionError(error: unknown): boolean {
  if (!(error instanceof CpanelCallError)) return false;
  return error.errors.some((text) => /could not find the function|Failed to load module|Unknown app \(/i.test(text));
}
