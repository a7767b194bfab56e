/**
 * Alerts after a run: a digest to each account's contact address about its
 * own new problems (when turned on and the account did not opt out), and one
 * to the administrator about all of them. At most one digest per recipient
 * per `minHoursBetween`, recorded in the store so a restart or a second run
 * the same night does not send again.
 */
import type { AccountDone } from '../jobs/run-audits';
import type { Lang } from '../kb/types';
import type { HistoryStore } from '../store/history-store';
import { accountDigest, adminDigest, languageOfLocale, type DigestAccount } from './digest';
import type { Mailer } from './mailer';

export interface AlertSettings {
  readonly enabled: boolean;
  readonly from: string;
  readonly adminEmail: string;
  readonly adminLanguage: Lang;
  readonly notifyAccountContacts: boolean;
  readonly optOut: readonly string[];
  readonly minHoursBetween: number;
  readonly providerName: string;
}

export interface AlertHooks {
  onAccount(done: AccountDone): Promise<void>;
  onRunEnd(withNew: readonly AccountDone[]): Promise<void>;
}

export function createAlerts(settings: AlertSettings, deps: { store: HistoryStore; mailer: Mailer; clock: () => number; log: (line: string) => void }): AlertHooks {
  const { store, mailer, clock, log } = deps;
  const optedOut = new Set(settings.optOut.map((u) => u.toLowerCase()));

  /** Sends unless the key sent within the window; records the send. */
  async function sendLimited(key: string, to: string, digest: { subject: string; text: string }): Promise<boolean> {
    const last = await store.lastAlertAt(key);
    const now = clock();
    if (last !== null && now - last < settings.minHoursBetween * 3_600_000) {
      log(`alert to ${key} not sent: one was sent ${((now - last) / 3_600_000).toFixed(1)} h ago (at most one per ${settings.minHoursBetween} h)`);
      return false;
    }
    await mailer.send({ from: settings.from, to, subject: digest.subject, text: digest.text });
    await store.recordAlert(key, now);
    log(`alert sent to ${key}`);
    return true;
  }

  const digestAccount = (d: AccountDone): DigestAccount => ({ user: d.user, report: d.audited.report, newProblems: d.changes.new });

  return {
    async onAccount(done: AccountDone): Promise<void> {
      if (!settings.enabled || !settings.notifyAccountContacts || done.changes.new.length === 0) return;
      if (optedOut.has(done.user.toLowerCase())) return;
      const to = done.audited.contactEmail;
      if (to === null) {
        log(`account ${done.user}: no contact address, no alert`);
        return;
      }
      const lang = languageOfLocale(done.audited.locale);
      await sendLimited(`account:${done.user}`, to, accountDigest(digestAccount(done), lang, settings.providerName));
    },
    async onRunEnd(withNew: readonly AccountDone[]): Promise<void> {
      if (!settings.enabled || settings.adminEmail === '' || withNew.length === 0) return;
      await sendLimited('admin', settings.adminEmail, adminDigest(withNew.map(digestAccount), settings.adminLanguage));
    },
  };
}
