/**
 * `mail-doctor sandbox` (what `npm start` runs): starts the emulated cPanel
 * server with the demo accounts and its DNS server on loopback, serves the
 * Mail Doctor pages for them on 127.0.0.1, prints how to reach everything,
 * and runs until stopped (Ctrl+C).
 */
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { wireResolverFor } from '../dns/wire-resolver';
import { startSandbox, type RunningSandbox } from '../sandbox/start-sandbox';
import { listen } from '../web/listen';
import { newAccessToken } from '../web/access-guard';
import { createSandboxApp } from '../web/modes';
import { untilStopSignal } from './stop-signal';
import { sandboxMailProbe, startDemoMailServers } from '../sandbox/demo-mail-servers';

function describeSandbox(sandbox: RunningSandbox, pagesUrl?: string): string {
  const { emulator } = sandbox;
  const root = emulator.tokens.whm.root ?? '';
  const accounts = emulator.scenario.accounts.map((a) => `    ${a.user.padEnd(10)} ${a.purpose ?? ''}`.trimEnd());
  const common = `--whm-url ${emulator.httpUrl} --whm-token ${root} --dns-server ${sandbox.dnsAddress} --authoritative-via ${sandbox.authoritativeAddress} --profile ${sandbox.profilePath}`;
  return [
    'Mail Doctor sandbox — an emulated cPanel & WHM server with demo accounts (sandbox data only).',
    '',
    ...(pagesUrl === undefined ? [] : [`  Mail Doctor pages: ${pagesUrl}   (open this in a browser)`, '']),
    `  cPanel/WHM API:  ${emulator.httpUrl}`,
    `  DNS server:      ${sandbox.dnsAddress} (UDP and TCP; the domains' own nameservers: ${sandbox.authoritativeAddress})`,
    `  WHM root token:  ${root}   (a sandbox token: it opens nothing but this emulator)`,
    '',
    '  Demo accounts:',
    ...accounts,
    '',
    '  Try, in another terminal (--no-probe: the demo server\'s mail host names are documentation addresses, which',
    '  the connection probe would rightly report as unreachable; the pages\' "Set up your mail program" card probes',
    '  the sandbox\'s own loopback mail servers instead):',
    `    ./bin/mail-doctor audit --user groen --no-probe ${common}`,
    `    ./bin/mail-doctor audit --all --json --no-probe ${common}`,
    `    ./bin/mail-doctor serve --port 0 ${common}`,
    "    ./bin/mail-doctor explain '550 5.1.1 The email account that you tried to reach does not exist.'",
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

/** Port of the pages: MAIL_DOCTOR_SANDBOX_PORT, else any free one. */
function pagesPort(env: NodeJS.ProcessEnv): number {
  const n = Number(env.MAIL_DOCTOR_SANDBOX_PORT ?? '0');
  return Number.isInteger(n) && n >= 0 && n < 65536 ? n : 0;
}

export async function runSandbox(stdout: Writable, signals: NodeJS.EventEmitter = process, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const sandbox = await startSandbox();
  const resolver = wireResolverFor([sandbox.dnsAddress], { timeoutMs: 1000 });
  if (!resolver.ok) throw new Error(resolver.error);
  // The card "Set up your mail program" gets servers to connect to: small demo ones on loopback.
  const mail = await startDemoMailServers(sandbox.emulator.scenario.server.hostname);
  const mailProbe = mail === undefined ? undefined : await sandboxMailProbe(mail, resolver.resolver);
  const { app } = createSandboxApp({ sandbox, resolver: resolver.resolver, ...(mailProbe === undefined ? {} : { mailProbe }) });
  // The sandbox's pages are guarded like serve's: any web page could otherwise reach them by DNS rebinding.
  const token = newAccessToken();
  const pages = await listen(app, pagesPort(env), '127.0.0.1', { token });
  const address = pages.address() as AddressInfo;
  // WHM's "open this account's cPanel" lands on the pages' emulated cPanel frame of that account.
  sandbox.emulator.setCpanelFrame((user) => `http://127.0.0.1:${address.port}/sandbox/cpanel/${encodeURIComponent(user)}/`);
  stdout.write(describeSandbox(sandbox, `http://127.0.0.1:${address.port}/?token=${token}`));
  await untilStopSignal(signals);
  pages.closeAllConnections();
  await new Promise<void>((resolve) => pages.close(() => resolve()));
  await mail?.close();
  await sandbox.close();
}
