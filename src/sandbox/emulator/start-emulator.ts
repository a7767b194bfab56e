/**
 * Starts the whole emulator from code: one state, served over HTTP
 * (127.0.0.1, port 0), one LiveAPI socket per account, and the CLI tools.
 *
 *   const emu = await startEmulator({ scenario: 'src/sandbox/scenarios/demo.yaml' });
 *   emu.httpUrl; emu.liveApiSocketPath('bakkerij'); emu.cli.binaries; emu.cli.env('root');
 *   emu.setFault({ function: 'Email::list_mxs', kind: 'fail', message: '…' });
 *   await emu.close();
 */
import { packageRoot } from '../../util/package-root';
import { access, chmod, constants, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { EmulatorState } from './emulator-state';
import type { FaultInput, RecordedReply, Scenario } from './scenario-schema';
import { loadScenarioFile, validateScenario } from './scenario-load';
import { startHttpServer } from './http-server';
import { LiveApiServer, startLiveApiServer } from './live-api-server';
import { CLI_ENV } from './cli-main';

export interface StartEmulatorOptions {
  /** A validated scenario, a plain object to validate, or the path of a YAML/JSON file. */
  readonly scenario: Scenario | string | Record<string, unknown>;
  /** Milliseconds clock (default Date.now): relative delivery times are measured from it. */
  readonly clock?: () => number;
}

export interface EmulatorCli {
  readonly binaries: { readonly uapi: string; readonly cpapi2: string; readonly whmapi1: string };
  /** Environment for a CLI child process running as `runAs` (root, a reseller or a cPanel user). */
  env(runAs?: string): NodeJS.ProcessEnv;
}

export interface RunningEmulator {
  readonly scenario: Scenario;
  readonly state: EmulatorState;
  readonly httpUrl: string;
  /** The LiveAPI socket of a cPanel account (what CPANEL_CONNECT_SOCKET holds for its pages). */
  liveApiSocketPath(user: string): string;
  readonly cli: EmulatorCli;
  /** Tokens from the scenario: WHM users and cPanel accounts that have one. */
  readonly tokens: { readonly whm: Readonly<Record<string, string>>; readonly cpanel: Readonly<Record<string, string>> };
  setFault(fault: FaultInput): void;
  clearFaults(): void;
  /** Where `create_user_session` sends a browser: the sandbox pages' emulated cPanel frame of a user. */
  setCpanelFrame(frame: (user: string) => string): void;
  /** Serve a recorded reply verbatim for a call (see recordedReplySchema). */
  setReply(reply: RecordedReply): void;
  clearReplies(): void;
  close(): Promise<void>;
}

/** src/sandbox/emulator/bin, found from src/ (ts-jest), dist/ and dist-bench/ alike. */
function binDirectory(): string {
  return path.join(packageRoot(), 'src', 'sandbox', 'emulator', 'bin');
}

const TOOLS = ['uapi', 'cpapi2', 'whmapi1'] as const;

/**
 * The wrappers in src/sandbox/emulator/bin, or, when a checkout lost their
 * executable bit, equivalent wrappers written to the emulator's temp dir.
 */
async function usableBinaries(bin: string, tempDir: string): Promise<EmulatorCli['binaries']> {
  const out: Record<string, string> = {};
  for (const tool of TOOLS) {
    const shipped = path.join(bin, tool);
    try {
      await access(shipped, constants.X_OK);
      out[tool] = shipped;
    } catch {
      const entry = path.join(path.dirname(bin), '..', '..', '..', 'dist', 'sandbox', 'emulator', 'cli-main.js');
      const script = `#!/usr/bin/env node\nrequire(${JSON.stringify(path.resolve(entry))}).runEmulatedCli(${JSON.stringify(tool)}, process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`;
      const written = path.join(tempDir, tool);
      await writeFile(written, script, 'utf8');
      await chmod(written, 0o755);
      out[tool] = written;
    }
  }
  return out as unknown as EmulatorCli['binaries'];
}

async function resolveScenario(input: StartEmulatorOptions['scenario']): Promise<Scenario> {
  if (typeof input === 'string') return loadScenarioFile(input);
  return validateScenario(input);
}

export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const scenario = await resolveScenario(options.scenario);
  const state = new EmulatorState(scenario, options.clock);
  const secret = randomBytes(24).toString('hex');
  const http = await startHttpServer(state, secret);
  state.httpUrl = http.url;
  const socketDir = await mkdtemp(path.join(os.tmpdir(), 'md-liveapi-'));
  const liveApi = new Map<string, LiveApiServer>();
  try {
    for (const account of scenario.accounts) {
      liveApi.set(account.user, await startLiveApiServer(state, account.user, path.join(socketDir, `${account.user}.sock`)));
    }
  } catch (error) {
    await Promise.all([...liveApi.values()].map((s) => s.close()));
    await http.close();
    await rm(socketDir, { recursive: true, force: true });
    throw error;
  }
  const binaries = await usableBinaries(binDirectory(), socketDir);
  let closed = false;

  return {
    scenario,
    state,
    httpUrl: http.url,
    liveApiSocketPath(user: string): string {
      const server = liveApi.get(user);
      if (server === undefined) throw new Error(`no LiveAPI socket for "${user}": not an account of this scenario`);
      return server.socketPath;
    },
    cli: {
      binaries,
      env(runAs = 'root'): NodeJS.ProcessEnv {
        return { ...process.env, [CLI_ENV.url]: http.url, [CLI_ENV.secret]: secret, [CLI_ENV.runAs]: runAs };
      },
    },
    tokens: {
      whm: Object.fromEntries(scenario.whm.users.map((u) => [u.user, u.token])),
      cpanel: Object.fromEntries(scenario.accounts.flatMap((a) => (a.apiToken !== undefined ? [[a.user, a.apiToken]] : []))),
    },
    setFault: (fault) => state.setFault(fault),
    clearFaults: () => state.clearFaults(),
    setCpanelFrame: (frame) => {
      state.cpanelFrame = frame;
    },
    setReply: (reply) => state.setReply(reply),
    clearReplies: () => state.clearReplies(),
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...liveApi.values()].map((s) => s.close()));
      await http.close();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}
