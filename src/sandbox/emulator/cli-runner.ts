/**
 * What cPanel's `uapi`, `cpapi2` and `whmapi1` print for an argument list,
 * computed inside the running emulator so the CLI processes see the same
 * state as HTTP and LiveAPI. Output envelopes: `uapi` wraps the result in
 * `{apiversion:3, func, module, result}` (§1.4), `cpapi2` prints
 * `{cpanelresult:{…}}`, `whmapi1` the WHM API 1 envelope (§2.1).
 * Only `--output=json` / `jsonpretty` are emulated.
 */
import { EmulatorState } from './emulator-state';
import { Reply, api2AsUser, uapiAsUser, whmAs } from './dispatch';

export type CliTool = 'uapi' | 'cpapi2' | 'whmapi1';

interface CliOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly delayMs: number;
}

function fail(message: string): CliOutcome {
  return { exitCode: 1, stdout: '', stderr: `${message}\n`, delayMs: 0 };
}

/** `key=value` with URI-encoded values, as the tools decode them (docs note, §1.4). */
function parseKeyValues(items: string[]): Record<string, string> | string {
  const args: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) return `Invalid argument “${item}”: arguments must be key=value.`;
    const key = item.slice(0, eq);
    const raw = item.slice(eq + 1);
    try {
      args[key] = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      args[key] = raw;
    }
  }
  return args;
}

export function runCliTool(state: EmulatorState, tool: CliTool, argv: readonly string[], runAs: string): CliOutcome {
  let output = 'yaml';
  let user: string | undefined;
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('--user=')) user = arg.slice('--user='.length);
    else if (arg.startsWith('--')) return fail(`Unknown option: ${arg}`);
    else positional.push(arg);
  }
  if (output !== 'json' && output !== 'jsonpretty') return fail(`The emulator only supports --output=json and --output=jsonpretty (got “${output}”).`);
  const pretty = output === 'jsonpretty';

  const render = (reply: Reply, wrap: (body: unknown) => unknown): CliOutcome => {
    if (reply.fault === 'http500') return { exitCode: 1, stdout: '', stderr: 'Internal error: the API call failed unexpectedly.\n', delayMs: reply.delayMs };
    const text = JSON.stringify(wrap(reply.body), null, pretty ? 3 : undefined);
    const stdout = reply.fault === 'malformed' ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : `${text}\n`;
    return { exitCode: 0, stdout, stderr: '', delayMs: reply.delayMs };
  };

  if (tool === 'whmapi1') {
    if (user !== undefined) return fail('whmapi1 does not take --user.');
    const whmUser = state.whmUser(runAs);
    if (whmUser === undefined) return fail(`whmapi1 must run as root or a reseller (running as “${runAs}”).`);
    const [func, ...rest] = positional;
    if (func === undefined) return fail('Usage: whmapi1 [--output=json] FUNCTION [key=value ...]');
    const args = parseKeyValues(rest);
    if (typeof args === 'string') return fail(args);
    return render(whmAs(state, whmUser, func, args), (body) => body);
  }

  // uapi / cpapi2: root (or a reseller) must name the account; a cPanel user runs as itself.
  const asRoot = state.whmUser(runAs) !== undefined && state.account(runAs) === undefined;
  const target = user ?? (asRoot ? undefined : runAs);
  if (target === undefined) return fail(`${tool}: run as root, you must pass --user=USERNAME.`);
  if (!asRoot && user !== undefined && user !== runAs) return fail(`${tool}: only root may use --user.`);
  const account = state.account(target);
  if (account === undefined) return fail(`The user “${target}” does not exist.`);
  const [module, func, ...rest] = positional;
  if (module === undefined || func === undefined) return fail(`Usage: ${tool} [--output=json] [--user=USER] Module function [key=value ...]`);
  const args = parseKeyValues(rest);
  if (typeof args === 'string') return fail(args);

  if (tool === 'uapi') {
    return render(uapiAsUser(state, account, module, func, args), (result) => ({ apiversion: 3, func, module, result }));
  }
  return render(api2AsUser(state, account, module, func, args), (body) => ({ cpanelresult: body }));
}
