/**
 * Validates the `data` of a successful call against the function's zod
 * schema; a mismatch becomes a CpanelShapeError naming the call and the
 * paths that did not fit.
 */
import { z } from 'zod';
import { CallDescription, CpanelApi, CpanelShapeError } from './errors';
import type { CallResult, CpanelGateway } from './gateway';
import { formatIssues } from './loose';

export function describeGatewayCall(gateway: CpanelGateway, api: CpanelApi, func: string, module?: string, account?: string): CallDescription {
  const who = account ?? gateway.account;
  return {
    api,
    func,
    transport: gateway.transport,
    ...(module !== undefined ? { module } : {}),
    ...(who !== undefined ? { account: who } : {}),
  };
}

export function parseData<T extends z.ZodType>(schema: T, result: CallResult, call: CallDescription): z.output<T> {
  const parsed = schema.safeParse(result.data);
  if (!parsed.success) throw new CpanelShapeError(call, formatIssues(parsed.error).slice(0, 5));
  return parsed.data;
}

/** Runs a UAPI call and validates its data in one step. */
export async function uapiData<T extends z.ZodType>(
  gateway: CpanelGateway,
  module: string,
  func: string,
  args: Parameters<CpanelGateway['uapi']>[2],
  schema: T,
): Promise<z.output<T>> {
  const result = await gateway.uapi(module, func, args);
  return parseData(schema, result, describeGatewayCall(gateway, 'uapi', func, module));
}
