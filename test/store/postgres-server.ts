/**
 * A real PostgreSQL server for the tests: its own cluster in a temp folder,
 * started with Debian's initdb + pg_ctl as the `postgres` user (the tests run
 * as root, and PostgreSQL refuses to run as root), on a free loopback port.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export interface RunningPostgres {
  /** A URL for a fresh, empty database on the server. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = binaries();
  if (bin === undefined) {
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `bash scripts/install-system-deps.sh` as root, which installs the postgresql package');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pg-'));
  const ids = await run('id', ['-u', 'postgres']).then((r) => Number(r.stdout.trim()));
  const group = await run('id', ['-g', 'postgres']).then((r) => Number(r.stdout.trim()));
  fs.chownSync(dir, ids, group);
  const data = path.join(dir, 'data');
  const asPostgres = (cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { cwd: dir, timeout: 60_000 });
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  await asPostgres('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  let made = 0;
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    async newDatabase(): Promise<string> {
      made += 1;
      const name = `md_test_${made}`;
      const client = new Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop(): Promise<void> {
      await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
