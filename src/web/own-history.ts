/**
 * The cPanel page's own history: the file the daemon wrote for this account
 * (jobs/history-export.ts), read from the home of the process's own user —
 * the CGI runs as the cPanel account, so the kernel lets it read its own
 * 0600 file and nobody else's. The path is fixed when the app is made, from
 * the process (os.userInfo()), never from a request. The file must be a
 * regular file (not followed through a link), owned by the process user,
 * small, of the right shape, and name the page's own account.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { HISTORY_DIR, HISTORY_FILE, type AccountHistoryFile } from '../jobs/history-export';

const MAX_BYTES = 2 * 1024 * 1024;

const problem = z.object({ id: z.string(), subject: z.string(), title: z.object({ nl: z.string(), en: z.string() }) });
const count = z.number().int().min(0);
const fileSchema = z.object({
  version: z.literal(1),
  user: z.string(),
  writtenAt: z.number(),
  runs: z
    .array(
      z.object({
        runStartedAt: z.number(),
        auditedAt: z.number(),
        error: z.string().nullable(),
        counts: z.object({ critical: count, warning: count, info: count, couldNotCheck: count }),
        new: z.array(problem),
        resolved: z.array(problem),
      }),
    )
    .max(100),
});

/** ~/.mail-doctor/history.json of the user this process runs as. */
export function ownHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  let home: string;
  try {
    home = os.userInfo().homedir;
  } catch {
    home = env.HOME ?? '';
  }
  return path.join(home, HISTORY_DIR, HISTORY_FILE);
}

/** The file's history for `user`; undefined when it is missing, not ours, not a plain file, or not what the daemon writes. */
export async function readOwnHistory(file: string, user: string, expectedUid: number | undefined = process.getuid?.()): Promise<AccountHistoryFile | undefined> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_BYTES) return undefined;
    if (expectedUid !== undefined && info.uid !== expectedUid) return undefined;
    const parsed = fileSchema.safeParse(JSON.parse(await handle.readFile('utf8')));
    if (!parsed.success || parsed.data.user !== user) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** For createApp's `ownHistory`: always the one file fixed here, whatever the request. */
export function ownHistoryReader(file: string, expectedUid?: number): (user: string) => Promise<AccountHistoryFile | undefined> {
  return (user) => readOwnHistory(file, user, expectedUid ?? process.getuid?.());
}
