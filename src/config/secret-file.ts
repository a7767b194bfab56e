/**
 * Secrets from files, so that a token never has to be on a command line
 * (where `ps` shows it to every local user) or in shell history.
 */
import { constants, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

type SecretResult = { readonly ok: true; readonly secret: string } | { readonly ok: false; readonly error: string };

/** At most this much is read: a token file holds one line. */
const MAX_SECRET_BYTES = 4096;

function firstLine(text: string): string {
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

/** The first line of FILE, trimmed; an error that names the file when it cannot be read or is empty. */
async function readSecretFile(file: string, what: string): Promise<SecretResult> {
  let text: string;
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const buffer = Buffer.alloc(MAX_SECRET_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, MAX_SECRET_BYTES, 0);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, error: `${what} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const secret = firstLine(text);
  if (secret === '') return { ok: false, error: `${what} ${file} is empty` };
  return { ok: true, secret };
}

/**
 * The secret in FILE; when FILE does not exist it is created (0600, never
 * over an existing file or a symlink) holding a fresh secret from `make`.
 */
export async function readOrCreateSecretFile(file: string, what: string, make: () => string): Promise<SecretResult> {
  try {
    const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    const secret = make();
    try {
      await handle.writeFile(`${secret}\n`, 'utf8');
    } finally {
      await handle.close();
    }
    return { ok: true, secret };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      return { ok: false, error: `${what} ${file} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  return readSecretFile(file, what);
}

/** Synchronous read for the command-line flag parsing, which is synchronous. */
function readSecretFileSync(file: string, what: string): SecretResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `${what} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const secret = firstLine(text.slice(0, MAX_SECRET_BYTES));
  if (secret === '') return { ok: false, error: `${what} ${file} is empty` };
  return { ok: true, secret };
}

/**
 * A token given directly, or as a file: the flag, then the flag's file, then
 * the environment variable, then the environment's file variable.
 * undefined when none is given; an error when a file is given but unusable.
 */
export function pickToken(
  direct: { flag: string | undefined; env: string | undefined },
  file: { flag: string | undefined; env: string | undefined },
  what: string,
): SecretResult | undefined {
  const given = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);
  if (given(direct.flag) !== undefined) return { ok: true, secret: direct.flag! };
  const path = given(file.flag) ?? (given(direct.env) === undefined ? given(file.env) : undefined);
  if (path !== undefined) return readSecretFileSync(path, what);
  if (given(direct.env) !== undefined) return { ok: true, secret: direct.env! };
  return undefined;
}
