/**
 * "Audit now" from the WHM page. The page runs as a separate CGI process
 * (as root, like the daemon), so it cannot call into the daemon; it leaves a
 * request in the history store, which both already open, and the daemon
 * takes it on its next poll (schedule.requestPollSeconds, default 15 s).
 * Using the store rather than a flag file means it works the same for
 * SQLite and for a central PostgreSQL database (requests are per server),
 * and the page can show the request as pending until the run starts.
 */
import type { HistoryStore } from '../store/history-store';

export async function requestRun(
  store: HistoryStore,
  request: { readonly requestedBy: string; readonly user?: string; readonly now?: number },
): Promise<number> {
  return store.requestRun({
    requestedAt: request.now ?? Date.now(),
    requestedBy: request.requestedBy,
    ...(request.user === undefined ? {} : { user: request.user }),
  });
}
