/**
 * Entry of the emulated `uapi`, `cpapi2` and `whmapi1` executables
 * (src/sandbox/emulator/bin/*). They hold no state: they send their argument
 * list to the running emulator named by CPANEL_EMULATOR_URL (with the secret
 * in CPANEL_EMULATOR_SECRET) and print what it says cPanel would print.
 * CPANEL_EMULATOR_RUN_AS plays the Unix user the tool runs as (default root).
 */
import http from 'node:http';
import type { CliTool } from './cli-runner';

export const CLI_ENV = {
  url: 'CPANEL_EMULATOR_URL',
  secret: 'CPANEL_EMULATOR_SECRET',
  runAs: 'CPANEL_EMULATOR_RUN_AS',
} as const;

interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function post(url: string, secret: string, body: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url.replace(/\/+$/, '')}/__emulator/cli`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-emulator-secret': secret, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`emulator refused the request (HTTP ${res.statusCode ?? '?'})`));
            return;
          }
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Outcome);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs one emulated tool; resolves to the exit code (the wrapper sets process.exitCode). */
export async function runEmulatedCli(tool: CliTool, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const url = env[CLI_ENV.url];
  const secret = env[CLI_ENV.secret];
  if (!url || !secret) {
    process.stderr.write(`${tool} (Mail Doctor emulator): ${CLI_ENV.url} and ${CLI_ENV.secret} must name a running emulator.\n`);
    return 2;
  }
  try {
    const outcome = await post(url, secret, JSON.stringify({ tool, argv, runAs: env[CLI_ENV.runAs] ?? 'root' }));
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    return outcome.exitCode;
  } catch (error) {
    process.stderr.write(`${tool} (Mail Doctor emulator): ${(error as Error).message}\n`);
    return 2;
  }
}
