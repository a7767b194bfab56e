/**
 * Routes one call to the emulated function and applies injected faults. The
 * result is transport-neutral: the body in cPanel's shape plus, for the
 * faults that break the transport itself, what to break. Each server
 * (HTTP, LiveAPI, CLI) renders a Reply its own way.
 */
import { EmulatorState } from './emulator-state';
import type { Fault, ScenarioAccount, WhmUser } from './scenario-schema';
import { runUapi } from './uapi-functions';
import { runWhm } from './whm-functions';
import { recordsFor, searchRecords } from './track-delivery-store';
import { applyUapiListParams } from './uapi-filter';
import { Api2Result, UapiResult, api2Body, uapiFail, whmFail, whmOk } from './responses';

type TransportFault = 'http500' | 'malformed';

export interface Reply {
  readonly body: unknown;
  readonly fault?: TransportFault;
  readonly delayMs: number;
}

/** Default text for a `fail` fault without a message: a real cPanel error string (`Cpanel/Result.pm` feature gate, §1.2). */
function failText(fault: Fault): string {
  return fault.message ?? 'This feature requires the “emulated” option and is not enabled on your account.';
}

function transportPart(fault: Fault | undefined): { fault?: TransportFault; delayMs: number } {
  if (fault === undefined) return { delayMs: 0 };
  if (fault.kind === 'slow') return { delayMs: fault.delayMs ?? 0 };
  if (fault.kind === 'http500' || fault.kind === 'malformed') return { fault: fault.kind, delayMs: 0 };
  return { delayMs: 0 };
}

function uapiResultFor(state: EmulatorState, account: ScenarioAccount, module: string, func: string, args: Record<string, string>): { result: UapiResult; fault: Fault | undefined } {
  const fault = state.faultFor(`${module}::${func}`, account.user);
  if (fault?.kind === 'fail') return { result: uapiFail(failText(fault)), fault };
  const recorded = state.replyFor('uapi', `${module}::${func}`, account.user);
  if (recorded !== undefined) return { result: recorded.body as UapiResult, fault };
  const result = runUapi({ state, account, args }, module, func);
  if (result.status === 1) {
    const listed = applyUapiListParams(result.data, args);
    return { result: { ...result, data: listed.data, metadata: { ...result.metadata, ...listed.metadata } }, fault };
  }
  return { result, fault };
}

/** UAPI as the account: the body is the bare result (`/execute`, §1.2). */
export function uapiAsUser(state: EmulatorState, account: ScenarioAccount, module: string, func: string, args: Record<string, string>): Reply {
  const { result, fault } = uapiResultFor(state, account, module, func, args);
  return { body: result, ...transportPart(fault) };
}

function api2Result(state: EmulatorState, account: ScenarioAccount, module: string, func: string, args: Record<string, string>): Api2Result {
  if (module === 'EmailTrack' && func === 'search') {
    const { records, overflowed } = searchRecords(recordsFor(state, [account]), args);
    return { data: records, metadata: { overflowed: overflowed ? 1 : 0 } };
  }
  // Emulator wording (UNCONFIRMED): API 2's text for an unknown function.
  return { data: [], error: `Could not find function '${func}' in module '${module}'` };
}

/** API 2 as the account: the body is the inside of `cpanelresult` (§3.1). */
export function api2AsUser(state: EmulatorState, account: ScenarioAccount, module: string, func: string, args: Record<string, string>): Reply {
  const fault = state.faultFor(`${module}::${func}`, account.user);
  const recorded = state.replyFor('api2', `${module}::${func}`, account.user);
  if (recorded !== undefined && fault?.kind !== 'fail') return { body: recorded.body, ...transportPart(fault) };
  const result: Api2Result = fault?.kind === 'fail' ? { data: [], error: failText(fault) } : api2Result(state, account, module, func, args);
  return { body: api2Body(module, func, result), ...transportPart(fault) };
}

/** WHM API 1 as a WHM user, including `uapi_cpanel` (§2.3). */
export function whmAs(state: EmulatorState, whmUser: WhmUser, func: string, args: Record<string, string>): Reply {
  if (func === 'uapi_cpanel') {
    const user = args['cpanel.user'] ?? '';
    const module = args['cpanel.module'] ?? '';
    const fn = args['cpanel.function'] ?? '';
    const account = state.account(user);
    if (!state.hasAcl(whmUser, 'cpanel-api')) return { body: whmFail(func, 'Permission denied: this function needs the “cpanel-api” privilege.'), delayMs: 0 };
    if (account === undefined || !state.canAccess(whmUser, account)) {
      return { body: whmFail(func, `You do not have access to an account named “${user}”.`), delayMs: 0 };
    }
    const inner: Record<string, string> = {};
    for (const [k, v] of Object.entries(args)) if (!k.startsWith('cpanel.') && k !== 'api.version') inner[k] = v;
    const { result, fault } = uapiResultFor(state, account, module, fn, inner);
    // The outer metadata says OK whatever the inner status (Whostmgr/API/1/Cpanel.pm, §2.3).
    return { body: whmOk(func, { uapi: result }), ...transportPart(fault) };
  }
  const target = args.user;
  const fault = state.faultFor(func, target);
  if (fault?.kind === 'fail') return { body: whmFail(func, failText(fault)), ...transportPart(fault) };
  const recorded = state.replyFor('whm', func, target);
  if (recorded !== undefined) return { body: recorded.body, ...transportPart(fault) };
  return { body: runWhm({ state, whmUser, args }, func), ...transportPart(fault) };
}

/**
 * `/json-api/cpanel` with a WHM token: API 2 as `cpanel_jsonapi_user`
 * (§2.3 "older equivalent"). Refused accounts get an API 2 error.
 */
export function api2ViaWhm(state: EmulatorState, whmUser: WhmUser, user: string, module: string, func: string, args: Record<string, string>): Reply {
  const account = state.account(user);
  if (account === undefined || !state.canAccess(whmUser, account) || !state.hasAcl(whmUser, 'cpanel-api')) {
    return { body: api2Body(module, func, { data: [], error: `You do not have access to an account named “${user}”.` }), delayMs: 0 };
  }
  return api2AsUser(state, account, module, func, args);
}
