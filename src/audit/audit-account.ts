/**
 * The one account audit, for every way in: the command line (`audit`), the
 * pages (cPanel, WHM, `serve`, sandbox) and the daemon. collect (cPanel +
 * DNS + delivery records) → diagnose → report. The callers differ only in
 * the settings they pass: how a gateway is opened, which DNS servers, how far
 * back, where delivery records come from.
 */
import { collectAccount, type CollectOptions } from '../collect/collect-account';
import type { AuthoritativeResolverFactory } from '../collect/collect-dns';
import type { ProviderProfile } from '../config/provider-profile';
import { isCpanelError } from '../cpanel/errors';
import type { CpanelGateway } from '../cpanel/gateway';
import { readMainlog } from '../delivery/exim-mainlog-source';
import type { WireResolver } from '../dns/wire-resolver';
import { defaultClassifier } from '../kb/classify';
import type { AccountSnapshot } from '../diagnose/model';
import type { AuditReport } from '../report/audit-report';
import { buildReport } from '../report/build-report';
import { createLimiter } from '../util/limiter';
import { authoritativeFactory, resolverFor, type DnsSettings, type DnsSetupError } from './dns-setup';
import { probeAuditedAccount, type AuditProbeOptions } from './audit-probe';

export interface AuditSettings {
  /** A gateway bound to the account (LiveAPI as the user, CLI or WHM as root, a cPanel token); closed after the audit. */
  readonly openGateway: (user: string) => CpanelGateway;
  /** The host name the server sends mail as. */
  readonly serverHostname: string;
  readonly resolver: WireResolver;
  readonly authoritative: AuthoritativeResolverFactory;
  readonly profile: ProviderProfile;
  /** Seconds of delivery records to look back at. */
  readonly sinceSeconds: number;
  /** Track Delivery records per type (cPanel allows at most 5000). */
  readonly maxRecordsPerType?: number;
  /** Read delivery records from these Exim main-log files (oldest first) instead of Track Delivery. */
  readonly eximLogs?: readonly string[];
  /** Unix milliseconds. */
  readonly clock: () => number;
  /** Connect to the account's mail host names and add what the connection probe finds (audit-probe.ts); absent: no probe. */
  readonly probe?: AuditProbeOptions;
}

/** What the settings are made from: everything but the DNS side, which is built here once (or handed over ready). */
type AuditPlan = Omit<AuditSettings, 'resolver' | 'authoritative' | 'clock'> & {
  readonly dns: DnsSettings | { readonly resolver: WireResolver; readonly authoritativeVia?: string };
  readonly clock?: () => number;
};

type PreparedAudit = { readonly ok: true; readonly settings: AuditSettings } | DnsSetupError;

export async function prepareAudit(plan: AuditPlan): Promise<PreparedAudit> {
  const { dns, ...rest } = plan;
  const made = 'resolver' in dns ? { ok: true as const, resolver: dns.resolver } : await resolverFor(dns);
  if (!made.ok) return made;
  return settingsWith(rest, made.resolver, dns.authoritativeVia);
}

/** The same as `prepareAudit` for a resolver already made (the pages share one). */
export function settingsWith(plan: Omit<AuditPlan, 'dns'>, resolver: WireResolver, authoritativeVia: string | undefined): PreparedAudit {
  const authoritative = authoritativeFactory(resolver, authoritativeVia);
  if (!authoritative.ok) return authoritative;
  return { ok: true, settings: { ...plan, resolver, authoritative: authoritative.factory, clock: plan.clock ?? Date.now } };
}

/** One audited account, with what the alerts need besides the report. */
export interface AuditedAccount {
  readonly report: AuditReport;
  readonly contactEmail: string | null;
  readonly locale: string | null;
  /** What the audit read from cPanel (auditAccount always sets it): the safe fixes take their values from it. */
  readonly account?: AccountSnapshot;
}

function deliverySource(logs: readonly string[] | undefined): Pick<CollectOptions, 'deliverySource'> {
  if (logs === undefined || logs.length === 0) return {};
  return {
    deliverySource: {
      name: `Exim main log (${logs.join(', ')})`,
      read: (domains, window) => readMainlog(logs, { since: window.since, until: window.until, domains }),
    },
  };
}

export async function auditAccount(settings: AuditSettings, user: string): Promise<AuditedAccount> {
  const gateway = settings.openGateway(user);
  try {
    const now = Math.floor(settings.clock() / 1000);
    const input = await collectAccount({
      gateway,
      user,
      window: { since: now - settings.sinceSeconds, until: now },
      now,
      resolver: settings.resolver,
      authoritative: settings.authoritative,
      profile: settings.profile,
      classifier: defaultClassifier(),
      serverHostname: settings.serverHostname,
      ...(settings.maxRecordsPerType === undefined ? {} : { maxRecordsPerType: settings.maxRecordsPerType }),
      ...deliverySource(settings.eximLogs),
    });
    const built = buildReport(input);
    const report = settings.probe === undefined ? built : await probeAuditedAccount(input, built, settings.resolver, settings.profile, settings.probe);
    return { report, contactEmail: input.account.contactEmail, locale: input.account.locale, account: input.account };
  } finally {
    await gateway.close();
  }
}

/** One account's audit in a run of several: the account, or why it could not be audited. */
export type AccountOutcome =
  | { readonly user: string; readonly ok: true; readonly audited: AuditedAccount; readonly durationMs: number }
  | { readonly user: string; readonly ok: false; readonly error: string; readonly durationMs: number };

interface AuditAllOptions {
  /** Accounts audited at once. */
  readonly concurrency: number;
  /** Called as each account ends, in the order they end (to store it, print it, show progress). */
  readonly onAudited?: (outcome: AccountOutcome) => Promise<void> | void;
}

/** Audits the accounts, a bounded number at once; one account's failure never stops the others. Outcomes in the order given. */
export async function auditAll(settings: AuditSettings, users: readonly string[], options: AuditAllOptions): Promise<AccountOutcome[]> {
  const limit = createLimiter(options.concurrency);
  return Promise.all(
    users.map((user) =>
      limit(async (): Promise<AccountOutcome> => {
        const began = settings.clock();
        let outcome: AccountOutcome;
        try {
          outcome = { user, ok: true, audited: await auditAccount(settings, user), durationMs: settings.clock() - began };
        } catch (error) {
          const message = isCpanelError(error) || error instanceof Error ? error.message : String(error);
          outcome = { user, ok: false, error: message, durationMs: settings.clock() - began };
        }
        await options.onAudited?.(outcome);
        return outcome;
      }),
    ),
  );
}
