/**
 * Writes a file into an account's home with the account's own rights: a
 * child process started with the account's uid and gid (no supplementary
 * groups) creates `~/DIR` and replaces `~/DIR/FILE` atomically. Root never
 * creates, opens or chowns anything in a directory the account controls, so
 * no race the account can run (a link, a directory swapped in between a
 * create and a chown) gains it more than it already has.
 *
 * The child's program is inline (`node -e`): it needs no file that the
 * account would have to be able to read. Its input comes on stdin as JSON.
 */
import { spawn } from 'node:child_process';

interface AccountFileTarget {
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  /** A directory name directly in the home, created 0700 when missing. */
  readonly dir: string;
  /** The file name in that directory, written 0600. */
  readonly file: string;
}

type AccountWriteResult = { readonly ok: true } | { readonly ok: false; readonly unsafe: boolean; readonly message: string };

const TIME_LIMIT_MS = 30_000;

/*
 * Runs as the account. Every path goes through the home's and the
 * directory's open descriptors (/proc/self/fd/N), the directory is opened
 * O_NOFOLLOW | O_DIRECTORY and must be the account's own, the data goes to a
 * fresh O_EXCL temp file that is renamed over the target.
 */
const CHILD = String.raw`
'use strict';
const fs = require('node:fs');
const { randomBytes } = require('node:crypto');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const fail = (unsafe, message) => { process.stdout.write(JSON.stringify({ ok: false, unsafe, message })); process.exit(0); };
  const C = fs.constants;
  let home, dir, temp;
  try {
    home = fs.openSync(job.home, C.O_RDONLY | C.O_DIRECTORY);
  } catch (e) { fail(false, job.home + ' cannot be opened (' + e.code + ')'); }
  const dirPath = '/proc/self/fd/' + home + '/' + job.dir;
  try { fs.mkdirSync(dirPath, { mode: 0o700 }); } catch (e) { if (e.code !== 'EEXIST') fail(false, job.home + '/' + job.dir + ' cannot be created (' + e.code + ')'); }
  try {
    dir = fs.openSync(dirPath, C.O_RDONLY | C.O_DIRECTORY | C.O_NOFOLLOW);
  } catch (e) {
    if (e.code === 'ELOOP' || e.code === 'ENOTDIR') fail(true, job.home + '/' + job.dir + ' is a link or not a directory');
    fail(false, job.home + '/' + job.dir + ' cannot be opened (' + e.code + ')');
  }
  const info = fs.fstatSync(dir);
  if (!info.isDirectory()) fail(true, job.home + '/' + job.dir + ' is not a directory');
  if (info.uid !== process.getuid()) fail(true, job.home + '/' + job.dir + ' does not belong to uid ' + process.getuid());
  try {
    fs.fchmodSync(dir, 0o700);
    temp = '/proc/self/fd/' + dir + '/.' + job.file + '.' + process.pid + '.' + randomBytes(6).toString('hex') + '.tmp';
    const fd = fs.openSync(temp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, 0o600);
    try {
      fs.fchmodSync(fd, 0o600);
      fs.writeFileSync(fd, job.text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, '/proc/self/fd/' + dir + '/' + job.file);
  } catch (e) {
    if (temp !== undefined) try { fs.unlinkSync(temp); } catch {}
    fail(false, job.home + '/' + job.dir + '/' + job.file + ' cannot be written (' + (e.code || e.message) + ')');
  }
  process.stdout.write(JSON.stringify({ ok: true }));
});
`;

/** Writes `text` as HOME/DIR/FILE with the account's rights. Never throws: the result says what happened. */
export function writeAsAccount(target: AccountFileTarget, text: string): Promise<AccountWriteResult> {
  // Dropping to another user takes root; a process writing for its own user keeps its identity.
  const self = process.getuid?.() === target.uid && process.getgid?.() === target.gid;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', CHILD], {
      ...(self ? {} : { uid: target.uid, gid: target.gid }),
      // Nothing of this process's environment (NODE_OPTIONS could load code) reaches the account's process.
      env: {},
      cwd: '/',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: TIME_LIMIT_MS,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (error) => resolve({ ok: false, unsafe: false, message: `cannot start the writer as uid ${target.uid} (${error.message})` }));
    child.on('close', (code, signal) => {
      try {
        const parsed = JSON.parse(out) as AccountWriteResult;
        resolve(parsed);
      } catch {
        const why = signal !== null ? `stopped by ${signal}` : `exit ${String(code)}: ${err.trim().split('\n').pop() ?? ''}`;
        resolve({ ok: false, unsafe: false, message: `the writer as uid ${target.uid} failed (${why})` });
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify({ home: target.home, dir: target.dir, file: target.file, text }));
  });
}
