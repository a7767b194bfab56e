/** Where the history lives when nothing else is said; its own file so that reading it loads no database driver. */
export const DEFAULT_STORE = '/var/lib/mail-doctor/history.sqlite';
