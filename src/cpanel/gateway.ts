/**
 * The one interface the rest of Mail Doctor uses to talk to cPanel. Three
 * transports implement it (HTTP, LiveAPI socket, command line); the typed
 * functions in the area files (email-routing.ts, mailboxes.ts, …) take any of
 * them. A gateway is bound to one cPanel account where that applies: UAPI and
 * API 2 calls run as that account.
 */
import type { TransportName } from './errors';

type ArgValue = string | number | boolean | readonly (string | number)[] | undefined;
export type CallArgs = Readonly<Record<string, ArgValue>>;

/** What every successful call yields, whatever envelope it arrived in. */
export interface CallResult {
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly warnings: readonly string[];
  readonly messages: readonly string[];
}

export interface CpanelGateway {
  readonly transport: TransportName;
  /** The cPanel account UAPI / API 2 calls run as; undefined when the gateway is not bound to one. */
  readonly account: string | undefined;
  /** Whether WHM API 1 calls are possible on this gateway (root/reseller transports only). */
  readonly canCallWhm: boolean;
  uapi(module: string, func: string, args?: CallArgs): Promise<CallResult>;
  api2(module: string, func: string, args?: CallArgs): Promise<CallResult>;
  whm(func: string, args?: CallArgs): Promise<CallResult>;
  /** Release sockets / agents. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Flattens call arguments to cPanel's key=value pairs. A list repeats the
 * key as `name`, `name-1`, `name-2`… (the UAPI convention, docs §1.1 of
 * cpanel-api.md: e.g. `domain`, `domain-1`); booleans become 1/0 because cPanel
 * reads "true" as a string.
 */
export function flattenArgs(args: CallArgs | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  if (args === undefined) return pairs;
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      (value as readonly (string | number)[]).forEach((item, index) => {
        pairs.push([index === 0 ? key : `${key}-${index}`, String(item)]);
      });
    } else if (typeof value === 'boolean') {
      pairs.push([key, value ? '1' : '0']);
    } else {
      pairs.push([key, String(value)]);
    }
  }
  return pairs;
}
