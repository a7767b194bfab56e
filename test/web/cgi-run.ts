/**
 * Runs `node dist/web/cgi.js cpanel|whm` as cpsrvd would: a real process with
 * a CGI environment and the POST body on stdin, against the sandbox's
 * emulator and DNS servers. Needs `npm run build` (npm test builds first).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox';
import { testScenario } from './web-sandbox';

const CGI = path.join(__dirname, '..', '..', 'dist', 'web', 'cgi.js');
export const TOKEN = '/cpsess4417700021';
export const SCRIPT = '/frontend/jupiter/mail_doctor/index.live.cgi';

export interface CgiSandbox {
  readonly sandbox: RunningSandbox;
  readonly resellersFile: string;
  close(): Promise<void>;
}

export async function startCgiSandbox(): Promise<CgiSandbox> {
  if (!existsSync(CGI)) throw new Error(`${CGI} is missing: run \`npm run build\` first`);
  const scenario = await testScenario();
  const sandbox = await startSandbox({ scenario: scenario.file });
  const resellersFile = path.join(scenario.dir, 'resellers');
  await writeFile(resellersFile, 'hoster:list-accts,acct-summary,mailcheck\nstagiair:list-accts,acct-summary\n', 'utf8');
  return {
    sandbox,
    resellersFile,
    async close() {
      await sandbox.close();
      await rm(scenario.dir, { recursive: true, force: true });
    },
  };
}

export interface CgiReply {
  readonly code: number | null;
  readonly statusLine: string;
  readonly headers: Record<string, string[]>;
  readonly body: string;
  readonly stderr: string;
}

/** `entry`: run this executable (an installed CGI wrapper) instead of `node dist/web/cgi.js MODE`. */
export function runCgi(cgi: CgiSandbox, mode: 'cpanel' | 'whm', env: Record<string, string>, stdin = '', entry?: string): Promise<CgiReply> {
  const { sandbox } = cgi;
  return new Promise((resolve, reject) => {
    const [command, args] = entry === undefined ? [process.execPath, [CGI, mode]] : [entry, []];
    const child = spawn(command, args, {
      env: {
        PATH: process.env.PATH ?? '',
        // The network guard of the tests (test/setup) reaches the child this way.
        ...(process.env.NODE_OPTIONS === undefined ? {} : { NODE_OPTIONS: process.env.NODE_OPTIONS }),
        MAIL_DOCTOR_DNS_SERVERS: sandbox.dnsAddress,
        MAIL_DOCTOR_AUTHORITATIVE_VIA: sandbox.authoritativeAddress,
        MAIL_DOCTOR_DNS_TIMEOUT_MS: '400',
        MAIL_DOCTOR_PROFILE: sandbox.profilePath,
        MAIL_DOCTOR_SERVER_HOSTNAME: sandbox.emulator.scenario.server.hostname,
        GATEWAY_INTERFACE: 'CGI/1.1',
        SERVER_PROTOCOL: 'HTTP/1.1',
        REQUEST_METHOD: 'GET',
        QUERY_STRING: '',
        HTTP_HOST: 'cp01.hosting.example:2083',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const raw = Buffer.concat(out).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      const head = split < 0 ? raw : raw.slice(0, split);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        (headers[name] ??= []).push(line.slice(colon + 1).trim());
      }
      resolve({ code, statusLine, headers, body: split < 0 ? '' : raw.slice(split + 4), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

export const cpanelEnv = (cgi: CgiSandbox, user: string, extra: Record<string, string> = {}): Record<string, string> => ({
  REMOTE_USER: user,
  cp_security_token: TOKEN,
  SCRIPT_NAME: SCRIPT,
  CPANEL_CONNECT_SOCKET: cgi.sandbox.emulator.liveApiSocketPath(user),
  ...extra,
});

export const whmEnv = (cgi: CgiSandbox, remoteUser: string, tokenUser: string, token: string, extra: Record<string, string> = {}): Record<string, string> => ({
  REMOTE_USER: remoteUser,
  cp_security_token: TOKEN,
  SCRIPT_NAME: '/cgi/mail_doctor/index.cgi',
  MAIL_DOCTOR_WHM_URL: cgi.sandbox.emulator.httpUrl,
  MAIL_DOCTOR_WHM_USER: tokenUser,
  MAIL_DOCTOR_WHM_TOKEN: token,
  MAIL_DOCTOR_RESELLERS_FILE: cgi.resellersFile,
  PATH_INFO: '/whm',
  ...extra,
});

export const rows = (body: string): string[] => [...body.matchAll(/<tr class="md-row-[a-z]+" data-user="([^"]+)">/g)].map((m) => m[1]!).sort();
export const owned = (cgi: CgiSandbox, owner: string): string[] => cgi.sandbox.emulator.scenario.accounts.filter((a) => a.owner === owner).map((a) => a.user).sort();

