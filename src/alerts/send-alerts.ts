/**
 * Alerts after a run. Nothing is mailed straight from the run: each
 * account's new problems are queued in the store's outbox for whoever has
 * to act (audience.ts), the administrator's part once at the end of the
 * run, and then the outbox is sent (outbox.ts). A send that fails or is held
 * by the rate limit stays queued and goes out later — the problems are
 * never "used up" by being stored.
 *
 * The first run on a server (no earlier finished run in the store) is a
 * baseline when `baselineFirstRun` is set: recorded, nothing mailed.
 */
import type { DaemonConfig } from '../jobs/daemon-config';
import type { Severity } from '../diagnose/model';
import type { Lang } from '../kb/types';
import type { HistoryStore } from '../store/history-store';
import type { AccountDone } from '../jobs/run-audits';
import { adminEntries, adminItemKey, customerEntries, withdrawnBy, type AudienceSettings, type ChangedAccount } from './audience';
import { languageOfLocale } from './digest';
import type { Mailer } from './mailer';
import { flushOutbox, type FlushResult, type OutboxSettings } from './outbox';

export interface AlertSettings {
  readonly enabled: boolean;
  readonly from: string;
  readonly adminEmail: string;
  readonly adminLanguage: Lang;
  readonly notifyAccountContacts: boolean;
  readonly optOut: readonly string[];
  readonly minHoursBetween: number;
  readonly providerName: string;
  /** Problems below this severity are not alerted. */
  readonly minSeverity: Severity;
  /** Queued alerts not delivered within this many hours are given up (and logged). */
  readonly expireHours: number;
  /** The first run on a server records without mailing. */
  readonly baselineFirstRun: boolean;
  /** The server's name in the administrator's digest, and the WHM report's address. */
  readonly serverName: string;
  readonly reportUrl: string;
}

export interface AlertHooks {
  onAccount(done: AccountDone): Promise<void>;
  onRunEnd(changed: readonly AccountDone[]): Promise<void>;
  /** Sends (or, dry, writes) what the outbox holds. */
  flush(options?: { dryRun?: boolean }): Promise<FlushResult>;
}

/** The WHM page of a server, for the administrator's digest. */
function whmReportUrl(serverName: string): string {
  return `https://${serverName}:2087/cgi/mail_doctor/index.cgi`;
}

/** The alert settings of a daemon configuration, for the server named `serverName`. */
export function alertSettingsOf(config: DaemonConfig, serverName: string): AlertSettings {
  const a = config.alerts;
  return {
    enabled: a.enabled,
    from: a.from,
    adminEmail: a.adminEmail,
    adminLanguage: a.adminLanguage,
    notifyAccountContacts: a.notifyAccountContacts,
    optOut: a.optOut,
    minHoursBetween: a.minHoursBetween,
    providerName: config.provider.name,
    minSeverity: a.minSeverity,
    expireHours: a.expireHours,
    baselineFirstRun: a.baselineFirstRun,
    serverName,
    reportUrl: a.reportUrl ?? whmReportUrl(serverName),
  };
}

export function createAlerts(
  settings: AlertSettings,
  deps: { store: HistoryStore; mailer: Mailer | null; clock: () => number; log: (line: string) => void; dryRun?: boolean },
): AlertHooks {
  const { store, clock, log } = deps;
  const audience: AudienceSettings = {
    adminEmail: settings.adminEmail,
    adminLanguage: settings.adminLanguage,
    notifyAccountContacts: settings.notifyAccountContacts,
    optOut: settings.optOut,
    minSeverity: settings.minSeverity,
  };
  const outboxSettings: OutboxSettings = {
    from: settings.from,
    minHoursBetween: settings.minHoursBetween,
    expireHours: settings.expireHours,
    providerName: settings.providerName,
    serverName: settings.serverName,
    reportUrl: settings.reportUrl,
  };
  let baseline: Promise<boolean> | undefined;
  /** Decided once per run (the hooks object lives for one daemon; the first run is the only baseline). */
  const isBaseline = (): Promise<boolean> => {
    if (!settings.baselineFirstRun) return Promise.resolve(false);
    baseline ??= store.listRuns(20).then((runs) => !runs.some((r) => r.status === 'completed' || r.status === 'interrupted'));
    return baseline;
  };
  const withdrawnAdmin = new Set<string>();

  const changedOf = (d: AccountDone): ChangedAccount => ({
    user: d.user,
    report: d.audited.report,
    changes: d.changes,
    contactEmail: d.audited.contactEmail,
    lang: languageOfLocale(d.audited.locale),
  });

  const flush = (options: { dryRun?: boolean } = {}): Promise<FlushResult> => flushOutbox({ store, mailer: deps.mailer, clock, log }, outboxSettings, options);

  return {
    async onAccount(done: AccountDone): Promise<void> {
      if (!settings.enabled) return;
      const a = changedOf(done);
      for (const key of await store.withdrawAlerts(withdrawnBy(a), clock())) if (key.startsWith('admin|')) withdrawnAdmin.add(key);
      if (await isBaseline()) return;
      if (a.contactEmail === null && settings.notifyAccountContacts && a.changes.new.length > 0) log(`account ${a.user}: no contact address, no alert to the account`);
      await store.enqueueAlerts(customerEntries(a, audience), clock());
    },
    async onRunEnd(changed: readonly AccountDone[]): Promise<void> {
      if (!settings.enabled) return;
      if (await isBaseline()) {
        const n = changed.reduce((sum, d) => sum + d.changes.new.length, 0);
        log(`first run on ${settings.serverName}: a baseline, ${n} problem${n === 1 ? '' : 's'} recorded, no alerts sent`);
        baseline = Promise.resolve(false);
        return;
      }
      // A resolved problem whose "new" alert was withdrawn unsent is not news to the administrator either.
      const entries = adminEntries(changed.map(changedOf), audience).filter(
        (e) => e.item.change !== 'resolved' || e.item.user === null || !withdrawnAdmin.has(adminItemKey('new', e.item.user, e.item.key)),
      );
      withdrawnAdmin.clear();
      await store.enqueueAlerts(entries, clock());
      if (deps.dryRun !== true) await flush();
    },
    flush,
  };
}
