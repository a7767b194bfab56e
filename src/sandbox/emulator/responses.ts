/**
 * Builders for cPanel's reply shapes (shared/reference/cpanel-api.md):
 * bare UAPI result (§1.2), API 2 cpanelresult (§3.1), WHM API 1 envelope
 * (§2.1) and the 403 body for a refused token (§8).
 */

export interface UapiResult {
  status: 0 | 1;
  data: unknown;
  errors: string[] | null;
  messages: string[] | null;
  warnings: string[] | null;
  metadata: Record<string, unknown>;
}

export function uapiOk(data: unknown, metadata: Record<string, unknown> = {}): UapiResult {
  return { status: 1, data, errors: null, messages: null, warnings: null, metadata };
}

/** `Whostmgr/API/1/Cpanel.pm` builds a failed result literally as `{messages:undef, errors:[$reason], status:0, data:undef}` (§2.3). */
export function uapiFail(message: string): UapiResult {
  return { status: 0, data: null, errors: [message], messages: null, warnings: null, metadata: {} };
}

export interface Api2Result {
  data: unknown;
  error?: string;
  metadata?: Record<string, unknown>;
}

/**
 * `{apiversion:2, data, event:{result}, func, module, …}` — docs example for
 * EmailTrack::search (§3.1). A failing function keeps `event.result` 1 and
 * sets `error`, as cPanel writes it (https://api.docs.cpanel.net/cpanel-api-2/cpanel-api-2-returdata:
 * `event` carries the result of the call itself, not of the function).
 */
export function api2Body(module: string, func: string, result: Api2Result): Record<string, unknown> {
  const body: Record<string, unknown> = {
    apiversion: 2,
    data: result.data,
    event: { result: 1 },
    func,
    module,
  };
  if (result.error !== undefined) body.error = result.error;
  if (result.metadata !== undefined) body.metadata = result.metadata;
  return body;
}

export function whmOk(command: string, data: unknown, metadata: Record<string, unknown> = {}): Record<string, unknown> {
  return { data, metadata: { command, reason: 'OK', result: 1, version: 1, ...metadata } };
}

export function whmFail(command: string, reason: string): Record<string, unknown> {
  return { metadata: { command, reason, result: 0, version: 1 } };
}

/** §8: HTTP 403 "Forbidden Access denied" with this body, for a bad, missing or wrong-side token. */
export const ACCESS_DENIED_BODY = {
  cpanelresult: { apiversion: '2', error: 'Access denied', data: { reason: 'Access denied', result: '0' }, type: 'text' },
};

/** §8 texts for a missing function / module. */
export function missingFunctionText(module: string, func: string): string {
  return `The system could not find the function “${func}” in the module “${module}”.`;
}

export function missingModuleText(module: string): string {
  return `Failed to load module “${module}”: Can't locate Cpanel/API/${module}.pm in @INC.`;
}

/** §8: WHM API 1's answer to an unknown function. */
export function unknownWhmAppText(func: string): string {
  return `Unknown app (${func}) requested for this version (1) of the API.`;
}
