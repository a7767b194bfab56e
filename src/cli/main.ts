/**
 * The `mail-doctor` command. The only place that knows about argv, exit codes
 * and the process's streams; every subcommand gets them passed in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { loadProfile, ProfileError } from '../config/load-profile';
import type { ConnectionFlags } from '../audit/connection';
import { parseDuration } from '../util/duration';
import { DEFAULT_STORE } from '../store/default-location';
import { chosenLanguage } from './language';
import { errorLine } from './terminal-text';
import { positiveWhole, UsageError } from './usage-error';
import { usePrebuiltPhraseTables } from '../prebuilt/phrase-tables';

// Each command's code is loaded when that command runs: `explain` and `bounce`
// answer in a fraction of the time when they do not first load the web server,
// the cPanel gateway and the store.
const load = {
  audit: () => import('./audit-command'),
  auditFlags: () => import('./audit-flags'),
  fix: () => import('./fix-command'),
  explain: () => import('./explain-command'),
  bounce: () => import('./bounce-command'),
  daemon: () => import('./daemon-command'),
  history: () => import('./history-command'),
  sandbox: () => import('./sandbox-command'),
  serve: () => import('./serve-command'),
  probe: () => import('./probe-command'),
  connection: () => import('../audit/connection'),
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The flags every command that talks to cPanel takes; `timeout` replaces the meaning of --timeout (probe). */
function addConnectionOptions(command: Command, timeout: { help: string; default: string } = { help: 'time limit per cPanel call, from connecting to the last byte', default: '30' }): Command {
  return command
    .option('--whm-url <url>', 'WHM base URL, e.g. https://server.example.com:2087 (env MAIL_DOCTOR_WHM_URL)')
    .option('--whm-user <user>', 'WHM user the token belongs to: root or a reseller (env MAIL_DOCTOR_WHM_USER)')
    .option('--whm-token-file <file>', 'file holding the WHM API token: keeps it out of the process list (env MAIL_DOCTOR_WHM_TOKEN_FILE)')
    .option('--whm-token <token>', 'WHM API token; visible to local users in ps, prefer --whm-token-file (env MAIL_DOCTOR_WHM_TOKEN)')
    .option('--cpanel-url <url>', 'cPanel base URL, e.g. https://server.example.com:2083 (env MAIL_DOCTOR_CPANEL_URL)')
    .option('--cpanel-user <user>', 'cPanel account of the token (env MAIL_DOCTOR_CPANEL_USER)')
    .option('--cpanel-token-file <file>', 'file holding the cPanel API token (env MAIL_DOCTOR_CPANEL_TOKEN_FILE)')
    .option('--cpanel-token <token>', 'cPanel API token; visible in ps, prefer --cpanel-token-file (env MAIL_DOCTOR_CPANEL_TOKEN)')
    .option('--local', 'use the cPanel command-line tools on this server (root)')
    .option('--uapi-path <path>', 'path of uapi for --local')
    .option('--cpapi2-path <path>', 'path of cpapi2 for --local')
    .option('--whmapi1-path <path>', 'path of whmapi1 for --local')
    .option('--insecure', 'accept a self-signed TLS certificate')
    .option('--timeout <seconds>', timeout.help, timeout.default)
    .option('--max-response-mb <n>', 'largest cPanel reply read, in MiB (default 16)')
    .option('--dns-server <ip[:port]>', 'DNS server to ask (repeatable; default: the system resolvers)', collect, [])
    .option('--dns-timeout <ms>', 'time limit per DNS question', '2500')
    .option('--authoritative-via <ip:port>', "ask this server instead of the domains' own nameservers (the sandbox's printed commands give it)")
    .option('--profile <file>', 'provider profile (JSON or YAML) (env MAIL_DOCTOR_PROFILE)', process.env.MAIL_DOCTOR_PROFILE);
}

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

/** The version in package.json (dist/cli and src/cli both sit two folders below it). */
function ownVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mail-doctor')
    .description('Explains e-mail delivery failures for cPanel accounts, in Dutch or English, with the fix.')
    .version(ownVersion(), '--version', 'print the version of Mail Doctor')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  program
    .command('explain')
    .description('explain delivery failure texts: each TEXT, or each line of standard input')
    .argument('[text...]', 'a bounce text, Track Delivery message or Exim log line')
    .option('--json', 'one JSON object per input line')
    .addOption(new Option('--lang <lang>', 'language of the explanation').choices(['nl', 'en']))
    .option('--profile <file>', 'provider profile (JSON or YAML)', process.env.MAIL_DOCTOR_PROFILE)
    .action(async (texts: string[], opts: { json?: boolean; lang?: string; profile?: string }) => {
      const lang = chosenLanguage(opts.lang, process.env);
      const profile = await loadProfile(opts.profile);
      await (await load.explain()).runExplain(texts, process.stdin, process.stdout, { json: opts.json === true, lang, profile });
      setExit(EXIT_OK);
    });

  program
    .command('bounce')
    .description('explain whole bounce e-mails, recipient by recipient: each FILE (or standard input) is one message')
    .argument('[file...]', 'an e-mail message (.eml); - or none for standard input')
    .option('--json', 'one JSON object per bounced recipient')
    .option('--mbox', 'each FILE is an mbox holding many messages')
    .addOption(new Option('--lang <lang>', 'language of the explanation').choices(['nl', 'en']))
    .option('--profile <file>', 'provider profile (JSON or YAML)', process.env.MAIL_DOCTOR_PROFILE)
    .action(async (files: string[], opts: { json?: boolean; mbox?: boolean; lang?: string; profile?: string }) => {
      const lang = chosenLanguage(opts.lang, process.env);
      const profile = await loadProfile(opts.profile);
      await (await load.bounce()).runBounce(files, process.stdin, process.stdout, { json: opts.json === true, mbox: opts.mbox === true, lang, profile });
      setExit(EXIT_OK);
    });

  const audit = program
    .command('audit')
    .description('audit one account (--user) or every account the credentials can see (--all)')
    .option('--user <user>', 'the cPanel account to audit')
    .option('--all', 'audit every account')
    .option('--json', 'print the report as JSON')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['nl', 'en']))
    .option('--since <duration>', 'how far back to look at delivery records (e.g. 7d, 24h, 90m)', '7d')
    .option('--max-records <n>', 'Track Delivery records per type (cPanel allows at most 5000)')
    .option('--concurrency <n>', 'accounts audited at once with --all', '2')
    .option('--exim-log <file>', 'read delivery records from this Exim main log instead of Track Delivery (repeatable, oldest first; .gz allowed)', collect, [])
    .option('--store <path>', 'also keep the results as one run in this history store (SQLite file or postgres:// URL)')
    .option('--server <name>', "with --store: the server name to file the run under (default: the configuration's, else cPanel's host name)")
    .option('--no-probe', "do not connect to the account's mail host names")
    .option('--probe-ports <list>', 'ports the probe connects to (as probe --ports)')
    .option('--ca-file <file>', 'the probe also trusts the certificates in this PEM file')
    .addOption(new Option('--loopback-only', 'the probe connects to nothing outside 127.0.0.0/8 and ::1 (tests, sandbox)').hideHelp());
  addConnectionOptions(audit).action(async (opts: ConnectionFlags & Record<string, unknown>) => {
    const { runAudit } = await load.audit();
    const { auditProbeOptions } = await load.probe();
    setExit(
      await runAudit(
        {
          ...(await (await load.auditFlags()).auditFlags(opts, process.env)),
          ...(typeof opts.user === 'string' ? { user: opts.user } : {}),
          all: opts.all === true,
          json: opts.json === true,
          ...(opts.maxRecords === undefined ? {} : { maxRecordsPerType: positiveWhole('max-records', opts.maxRecords) }),
          concurrency: positiveWhole('concurrency', opts.concurrency),
          eximLogs: opts.eximLog as string[],
          ...(typeof opts.store === 'string' ? { store: opts.store } : {}),
          ...(typeof opts.server === 'string' ? { server: opts.server } : {}),
          ...auditProbeOptions(opts),
        },
        { stdout: process.stdout, stderr: process.stderr, now: () => Date.now(), env: process.env },
      ),
    );
  });

  const fixCommand = program
    .command('fix')
    .description("apply the fix of one finding (preview without --yes), or take an applied fix back (--undo)")
    .option('--user <user>', 'the cPanel account')
    .option('--finding <id>', 'the finding to fix (its id, as audit shows it)')
    .option('--subject <name>', 'the domain or mailbox the finding is about, when it is there for more than one')
    .option('--yes', 'apply the change (without it: only show what would change)')
    .option('--undo <log-id>', 'take back an applied fix, by its fix log id')
    .option('--json', 'print the result as JSON')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['nl', 'en']))
    .option('--since <duration>', 'how far back the audits before and after look at delivery records', '7d')
    .option('--store <path>', 'the history store that keeps the fix log (SQLite file or postgres:// URL)', DEFAULT_STORE)
    .option('--server <name>', "the server name the fix log is filed under (default: cPanel's host name)");
  addConnectionOptions(fixCommand).action(async (opts: ConnectionFlags & Record<string, unknown>) => {
    const text = (name: string): Record<string, string> => (typeof opts[name] === 'string' ? { [name]: opts[name] as string } : {});
    const { runFix } = await load.fix();
    setExit(
      await runFix(
        {
          ...(await (await load.auditFlags()).auditFlags(opts, process.env)),
          ...text('user'),
          ...text('finding'),
          ...text('subject'),
          ...text('undo'),
          ...text('server'),
          yes: opts.yes === true,
          json: opts.json === true,
          store: String(opts.store),
        },
        { stdout: process.stdout, stderr: process.stderr, now: () => Date.now(), env: process.env },
      ),
    );
  });

  const probe = program
    .command('probe')
    .description('connect to mail servers like a mail program does: banner, TLS, certificate, AUTH, reverse DNS')
    .argument('[host...]', 'host names or addresses (default: the profile\'s mail server, and with --user the account\'s mail host names)')
    .option('--user <user>', 'also probe this cPanel account\'s mail host names')
    .option('--json', 'one JSON object per host')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['nl', 'en']))
    .option('--ca-file <file>', 'also trust the certificates in this PEM file')
    .option('--ports <list>', 'ports to probe: 465,587,25,993,995 by default; 143 and 110 with STARTTLS; SERVICE:PORT for another port')
    .option('--concurrency <n>', 'connections at once', '4')
    .addOption(new Option('--loopback-only', 'connect to nothing outside 127.0.0.0/8 and ::1 (tests, sandbox)').hideHelp());
  addConnectionOptions(probe, { help: 'time limit per step of each connection (connect, TLS, each reply), in seconds', default: '5' }).action(
    async (hosts: string[], opts: ConnectionFlags & Record<string, unknown>) => setExit(await (await load.probe()).probeAction(hosts, opts, process.env, { stdout: process.stdout, stderr: process.stderr, env: process.env })),
  );

  program
    .command('daemon')
    .description('audit every account on the schedule of the configuration file until SIGTERM (what the systemd unit runs)')
    .requiredOption('--config <file>', 'the configuration file', '/etc/mail-doctor/config.yaml')
    .option('--request-run', 'ask the running daemon for a run now, then exit (what the WHM page does)')
    .option('--user <user>', 'with --request-run: only this account')
    .option('--once', 'run once now and exit, instead of waiting for the schedule')
    .option('--dry-run', 'send no alerts: print the digests that would go out now (after the run, with --once)')
    .option('--server <name>', 'the server name to file runs under (default: server.hostname, else cPanel\'s host name)')
    .action(async (opts: { config: string; requestRun?: boolean; user?: string; once?: boolean; dryRun?: boolean; server?: string }) => {
      const stopSignal = new Promise<string>((resolve) => {
        process.once('SIGTERM', () => resolve('SIGTERM'));
        process.once('SIGINT', () => resolve('SIGINT'));
      });
      const { runDaemon } = await load.daemon();
      setExit(
        await runDaemon(
          {
            configPath: opts.config,
            requestRun: opts.requestRun === true,
            once: opts.once === true,
            dryRun: opts.dryRun === true,
            ...(opts.user === undefined ? {} : { user: opts.user }),
            ...(opts.server === undefined ? {} : { server: opts.server }),
          },
          { stdout: process.stdout, stderr: process.stderr, env: process.env, stopSignal, exit: (code) => process.exit(code) },
        ),
      );
    });

  program
    .command('history')
    .description("an account's stored runs: counts per run, and what was new, resolved or still open")
    .requiredOption('--user <user>', 'the cPanel account')
    .option('--json', 'print the history as JSON')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['nl', 'en']))
    .option('--store <path>', 'the history store (SQLite file or postgres:// URL)', DEFAULT_STORE)
    .option('--server <name>', 'the server whose history to show (default: the only server in the store, else each server that has the account)')
    .option('--limit <n>', 'at most this many runs', '30')
    .action(async (opts: { user: string; json?: boolean; lang?: string; store: string; server?: string; limit: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new UsageError('--limit takes a positive whole number');
      const lang = chosenLanguage(opts.lang, process.env);
      const { runHistory } = await load.history();
      setExit(
        await runHistory(
          { user: opts.user, json: opts.json === true, lang, store: opts.store, limit, ...(opts.server === undefined ? {} : { server: opts.server }) },
          { stdout: process.stdout, stderr: process.stderr },
        ),
      );
    });

  program
    .command('sandbox')
    .description('run the built-in sandbox: an emulated cPanel server with demo accounts and a DNS server on loopback')
    .action(async () => {
      await (await load.sandbox()).runSandbox(process.stdout);
      setExit(EXIT_OK);
    });

  const serve = program
    .command('serve')
    .description('serve the WHM pages (overview at /whm, one account at /whm/accounts/USER) on 127.0.0.1')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', '8025')
    .option('--since <duration>', 'how far back each report looks at delivery records', '7d')
    .option('--concurrency <n>', 'accounts audited at once', '3')
    .option('--store <path>', "the daemon's history store (SQLite file or postgres:// URL): last and next run, trends, audit now")
    .option('--token-file <file>', 'the sign-in secret (created 0600 with a random secret when missing; default: a new secret each start)')
    .option('--host-name <name>', 'also answer for this Host name besides 127.0.0.1 and localhost (repeatable)', collect, [])
    .option('--server <name>', "with --store: the server whose history to show (default: cPanel's host name)");
  addConnectionOptions(serve).action(async (opts: ConnectionFlags & Record<string, unknown>) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number (0-65535)');
    const since = parseDuration(String(opts.since));
    if (since === undefined) throw new UsageError(`--since takes a duration such as 7d, 24h or 90m, not ${String(opts.since)}`);
    const concurrency = Number(opts.concurrency);
    if (!Number.isInteger(concurrency) || concurrency <= 0) throw new UsageError('--concurrency takes a positive whole number');
    const dnsTimeoutMs = Number(opts.dnsTimeout);
    if (!Number.isInteger(dnsTimeoutMs) || dnsTimeoutMs <= 0) throw new UsageError('--dns-timeout takes a positive whole number');
    const connection = (await load.connection()).resolveConnection(opts, process.env);
    if (!connection.ok) throw new UsageError(connection.error);
    const { runServe } = await load.serve();
    setExit(
      await runServe(
        {
          port,
          connection: connection.connection,
          dnsServers: [...(opts.dnsServer as string[]), ...(process.env.MAIL_DOCTOR_DNS_SERVERS ?? '').split(',').filter((s) => s.trim() !== '')],
          ...(typeof opts.authoritativeVia === 'string' ? { authoritativeVia: opts.authoritativeVia } : {}),
          dnsTimeoutMs,
          profile: await loadProfile(typeof opts.profile === 'string' ? opts.profile : undefined),
          since,
          concurrency,
          ...(typeof opts.store === 'string' ? { store: opts.store } : {}),
          ...(typeof opts.tokenFile === 'string' ? { tokenFile: opts.tokenFile } : {}),
          hostNames: opts.hostName as string[],
          ...(typeof opts.server === 'string' ? { server: opts.server } : {}),
        },
        process.stdout,
      ),
    );
  });

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  // A command is a fresh process: the knowledge base's tables come ready-made from the build.
  usePrebuiltPhraseTables();
  let code = EXIT_OK;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ProfileError || error instanceof UsageError) {
      process.stderr.write(errorLine(error.message));
      return EXIT_USAGE;
    }
    process.stderr.write(errorLine((error as Error).message));
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
