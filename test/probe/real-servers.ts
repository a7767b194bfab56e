/**
 * Real mail servers from Debian's packages for the probe tests: Exim (SMTP)
 * and Dovecot (IMAP, POP3), each started with its own configuration in a
 * temporary directory, on free loopback ports, in the foreground, and
 * stopped by the test. They listen on 127.0.0.2: Dovecot counts a client
 * whose address equals its own as secured (and would then offer logins
 * before TLS); the kernel connects from 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { KeyPair } from './certificates';

export const SERVER_ADDRESS = '127.0.0.2';

export function findBinary(names: readonly string[]): string | undefined {
  return names.find((n) => existsSync(n));
}

export const EXIM = findBinary(['/usr/sbin/exim4', '/usr/sbin/exim']);
export const DOVECOT = findBinary(['/usr/sbin/dovecot']);

/** Free ports on the server address: bound, read and released (the servers bind them right after). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const s = net.createServer();
      s.once('error', reject);
      s.listen(0, SERVER_ADDRESS, () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function waitForPorts(ports: readonly number[], child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (const port of ports) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log()}`);
      const open = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: SERVER_ADDRESS, port }, () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      if (open) break;
      if (Date.now() > deadline) throw new Error(`port ${port} did not open: ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface RunningServer {
  readonly ports: Readonly<Record<string, number>>;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

function collectOutput(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return () => text.slice(-2000);
}

export interface EximOptions {
  readonly dir: string;
  /** The name Exim greets with. */
  readonly hostname: string;
  readonly tls: KeyPair;
  /** Offer STARTTLS (tls_advertise_hosts); default yes. */
  readonly starttls?: boolean;
  /** Offer AUTH before TLS too (a misconfiguration); default no. */
  readonly authBeforeTls?: boolean;
}

/** Exim with `smtp` (STARTTLS) and `smtps` (TLS on connect) ports; every RCPT is refused, no authenticator accepts. */
export async function startExim(o: EximOptions): Promise<RunningServer> {
  if (EXIM === undefined) throw new Error('exim4 is not installed (scripts/install-system-deps.sh installs exim4-daemon-light)');
  await mkdir(path.join(o.dir, 'spool'), { recursive: true });
  await mkdir(path.join(o.dir, 'log'), { recursive: true });
  const [plain, tlsPort] = await freePorts(2) as [number, number];
  const user = os.userInfo();
  const conf = path.join(o.dir, 'exim.conf');
  await writeFile(
    conf,
    [
      `primary_hostname = ${o.hostname}`,
      `exim_user = ${user.uid}`,
      `exim_group = ${user.gid}`,
      `spool_directory = ${path.join(o.dir, 'spool')}`,
      `log_file_path = ${path.join(o.dir, 'log')}/%slog`,
      `pid_file_path = ${path.join(o.dir, 'exim.pid')}`,
      `local_interfaces = <; ${SERVER_ADDRESS}`,
      `daemon_smtp_ports = ${plain} : ${tlsPort}`,
      `tls_on_connect_ports = ${tlsPort}`,
      `tls_advertise_hosts = ${o.starttls === false ? '' : '*'}`,
      `tls_certificate = ${o.tls.cert}`,
      `tls_privatekey = ${o.tls.key}`,
      // Exim's documented way to offer AUTH only over TLS (spec: "auth_advertise_hosts").
      `auth_advertise_hosts = ${o.authBeforeTls === true ? '*' : '${if eq{$tls_in_cipher}{}{}{*}}'}`,
      'host_lookup =',
      'rfc1413_hosts =',
      'acl_smtp_rcpt = refuse_all',
      'begin acl',
      'refuse_all:',
      '  deny',
      'begin authenticators',
      'plain:',
      '  driver = plaintext',
      '  public_name = PLAIN',
      '  server_condition = no',
      '',
    ].join('\n'),
  );
  const child = spawn(EXIM, ['-C', conf, '-bdf', '-oX', `${plain}:${tlsPort}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = collectOutput(child);
  const stop = stopper(child);
  try {
    await waitForPorts([plain, tlsPort], child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ports: { smtp: plain, smtps: tlsPort }, stop };
}

/** Dovecot with imap, imaps, pop3 and pop3s; plaintext logins refused, TLS ≥ 1.2; nobody can log in. */
export async function startDovecot(dir: string, tls: KeyPair): Promise<RunningServer> {
  if (DOVECOT === undefined) throw new Error('dovecot is not installed (scripts/install-system-deps.sh installs dovecot-imapd and dovecot-pop3d)');
  const [imap, imaps, pop3, pop3s] = await freePorts(4) as [number, number, number, number];
  for (const sub of ['base', 'state', 'mail']) await mkdir(path.join(dir, sub), { recursive: true });
  const user = os.userInfo();
  const asRoot = user.uid === 0;
  const conf = path.join(dir, 'dovecot.conf');
  await writeFile(
    conf,
    [
      `base_dir = ${path.join(dir, 'base')}`,
      `state_dir = ${path.join(dir, 'state')}`,
      `instance_name = mail-doctor-test-${path.basename(dir)}`,
      'protocols = imap pop3',
      `listen = ${SERVER_ADDRESS}`,
      `log_path = ${path.join(dir, 'dovecot.log')}`,
      'ssl = required',
      `ssl_cert = <${tls.cert}`,
      `ssl_key = <${tls.key}`,
      'ssl_min_protocol = TLSv1.2',
      'disable_plaintext_auth = yes',
      'auth_mechanisms = plain',
      ...(asRoot ? [] : [`default_login_user = ${user.username}`, `default_internal_user = ${user.username}`]),
      `mail_location = maildir:${path.join(dir, 'mail')}/%u`,
      'passdb {',
      '  driver = static',
      '  args = nopassword=n password=not-a-real-password-never-used',
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${user.uid} gid=${user.gid} home=${path.join(dir, 'mail')}/%u`,
      '}',
      'service imap-login {',
      `  inet_listener imap {\n    port = ${imap}\n  }`,
      `  inet_listener imaps {\n    port = ${imaps}\n    ssl = yes\n  }`,
      '}',
      'service pop3-login {',
      `  inet_listener pop3 {\n    port = ${pop3}\n  }`,
      `  inet_listener pop3s {\n    port = ${pop3s}\n    ssl = yes\n  }`,
      '}',
      'service anvil {\n  chroot =\n}',
      'service stats {\n  chroot =\n}',
      '',
    ].join('\n'),
  );
  const child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = collectOutput(child);
  const stop = stopper(child);
  try {
    await waitForPorts([imap, imaps, pop3, pop3s], child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ports: { imap, imaps, pop3, pop3s }, stop };
}
