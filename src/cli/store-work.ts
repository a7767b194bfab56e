/**
 * How a command works on a store it opened: the store is closed whatever
 * happens, and an error on the way (a database that went away mid-read) is
 * one line on standard error and exit status 1, not a stack trace.
 */
import type { Writable } from 'node:stream';
import type { HistoryStore } from '../store/history-store';
import { errorLine } from './terminal-text';

export async function workOnStore(store: HistoryStore, stderr: Writable, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    stderr.write(errorLine((error as Error).message));
    return 1;
  } finally {
    await store.close();
  }
}
