/**
 * Typed errors for every way a cPanel call can go wrong. Each error names the
 * call (API, module, function, account, transport) so a log line or a
 * "could not check" finding says exactly which call failed, and never carries
 * a token: messages are built here from the call description only.
 */

export type CpanelApi = 'uapi' | 'api2' | 'whm';
export type TransportName = 'http-cpanel' | 'http-whm' | 'liveapi' | 'cli';

export interface CallDescription {
  readonly api: CpanelApi;
  /** UAPI / API 2 module; undefined for WHM API 1. */
  readonly module?: string;
  readonly func: string;
  /** The cPanel account the call runs as (UAPI / API 2) or targets (WHM `user=`). */
  readonly account?: string;
  readonly transport: TransportName;
}

function describeCall(call: CallDescription): string {
  const name = call.module !== undefined ? `${call.module}::${call.func}` : call.func;
  const api = call.api === 'uapi' ? 'UAPI' : call.api === 'api2' ? 'API 2' : 'WHM API 1';
  const who = call.account !== undefined ? ` for account "${call.account}"` : '';
  return `${api} ${name}${who} via ${call.transport}`;
}

type CpanelErrorKind = 'call' | 'auth' | 'transport' | 'unsupported' | 'shape';

export abstract class CpanelError extends Error {
  abstract readonly kind: CpanelErrorKind;
  readonly call: CallDescription;
  protected constructor(call: CallDescription, message: string) {
    super(message);
    this.call = call;
    this.name = new.target.name;
  }
}

/** cPanel answered and said no: UAPI status 0, API 2 event.result 0, WHM metadata.result 0. */
export class CpanelCallError extends CpanelError {
  readonly kind = 'call' as const;
  /** cPanel's own error texts, verbatim. */
  readonly errors: readonly string[];
  constructor(call: CallDescription, errors: readonly string[]) {
    const text = errors.length > 0 ? errors.join('; ') : 'no error text given';
    super(call, `${describeCall(call)} failed: ${text}`);
    this.errors = errors;
  }
}

/** The token or user was refused (HTTP 401/403, cPanel's "Access denied"). */
export class CpanelAuthError extends CpanelError {
  readonly kind = 'auth' as const;
  readonly httpStatus: number | undefined;
  constructor(call: CallDescription, reason: string, httpStatus?: number) {
    super(call, `${describeCall(call)} was refused: ${reason}`);
    this.httpStatus = httpStatus;
  }
}

type TransportFailure =
  | 'timeout'
  | 'connection'
  | 'http-status'
  | 'malformed'
  | 'empty-reply'
  | 'too-large'
  | 'process';

/** The call never produced a cPanel answer we can read. */
export class CpanelTransportError extends CpanelError {
  readonly kind = 'transport' as const;
  readonly failure: TransportFailure;
  readonly httpStatus: number | undefined;
  constructor(call: CallDescription, failure: TransportFailure, detail: string, httpStatus?: number) {
    super(call, `${describeCall(call)}: ${failure}: ${detail}`);
    this.failure = failure;
    this.httpStatus = httpStatus;
  }
}

/** The transport cannot make this kind of call at all (e.g. WHM API 1 over LiveAPI). */
export class CpanelUnsupportedError extends CpanelError {
  readonly kind = 'unsupported' as const;
  constructor(call: CallDescription, reason: string) {
    super(call, `${describeCall(call)} is not possible: ${reason}`);
  }
}

/** The data cPanel returned does not have the shape we rely on. */
export class CpanelShapeError extends CpanelError {
  readonly kind = 'shape' as const;
  readonly issues: readonly string[];
  constructor(call: CallDescription, issues: readonly string[]) {
    super(call, `${describeCall(call)} returned data of an unexpected shape: ${issues.join('; ')}`);
    this.issues = issues;
  }
}

export function isCpanelError(value: unknown): value is CpanelError {
  return value instanceof CpanelError;
}
