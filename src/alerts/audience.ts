/**
 * Who is told what (pure): one root cause once, to the one who has to act.
 *
 * - The account's contact gets the new problems it can fix itself (the
 *   fix's actor is the account owner) at or above `minSeverity`.
 * - The administrator gets provider-side problems (actor: the hosting
 *   provider) and server-wide ones (subject: the server) once per run, with
 *   the accounts they were seen in, named by server — not once per account.
 *   Customers' own problems reach the administrator in full only when no
 *   customer is told (no contact address, opted out, contacts not notified);
 *   otherwise as one line per account.
 * - Problems only the receiving side can act on (greylisting, a full remote
 *   mailbox) and problems below `minSeverity` are not alerted at all.
 * - What was resolved goes to the administrator.
 */
import type { Finding, Severity } from '../diagnose/model';
import type { Actor } from '../kb/types';
import type { AccountChanges, AlertItem, OutboxEntry, ProblemRef } from '../store/history-store';
import { problemKey } from '../store/changes';
import type { AuditReport } from '../report/audit-report';

const SEVERITY_RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };

export interface AudienceSettings {
  readonly adminEmail: string;
  readonly adminLanguage: string;
  readonly notifyAccountContacts: boolean;
  readonly optOut: readonly string[];
  readonly minSeverity: Severity;
}

/** One account's part of a run, as the alerts see it. */
export interface ChangedAccount {
  readonly user: string;
  readonly report: AuditReport;
  readonly changes: AccountChanges;
  readonly contactEmail: string | null;
  /** The language of the account's digest ('nl' / 'en'). */
  readonly lang: string;
}

function findingFor(report: AuditReport, p: ProblemRef): Finding | undefined {
  return report.findings.find((f) => f.status === 'problem' && problemKey(f) === p.key);
}

const actorOf = (f: Finding | undefined): Actor => f?.fix?.actor ?? 'hosting-provider';

function itemOf(p: ProblemRef, f: Finding | undefined, change: AlertItem['change'], user: string | null, accounts: readonly string[]): AlertItem {
  return {
    change,
    user,
    accounts,
    key: p.key,
    id: p.id,
    severity: f?.severity ?? p.severity,
    subject: p.subject,
    title: f?.title ?? p.title,
    summary: f?.summary ?? null,
    steps: f?.fix?.steps ?? null,
    record: f?.fix?.record === undefined ? null : { type: f.fix.record.type, name: f.fix.record.name, value: f.fix.record.value },
    links: f?.fix?.links ?? [],
  };
}

type Audience = 'customer' | 'admin' | 'nobody';

/** Who has to hear about a new problem. */
function audienceOf(p: ProblemRef, f: Finding | undefined, minSeverity: Severity): Audience {
  const severity = f?.severity ?? p.severity;
  if (SEVERITY_RANK[severity] < SEVERITY_RANK[minSeverity]) return 'nobody';
  const actor = actorOf(f);
  if (p.subject.kind === 'server' || actor === 'hosting-provider') return 'admin';
  if (actor === 'account-owner') return 'customer';
  return 'nobody';
}

/** Whether the account's own contact is told at all. */
function contactTold(a: ChangedAccount, settings: AudienceSettings): boolean {
  const optedOut = settings.optOut.some((u) => u.toLowerCase() === a.user.toLowerCase());
  return settings.notifyAccountContacts && !optedOut && a.contactEmail !== null;
}

const customerItemKey = (user: string, key: string): string => `new|${user}|${key}`;
export const adminItemKey = (change: AlertItem['change'], user: string | null, key: string): string =>
  user === null ? `admin|${change}|${key}` : `admin|${change}|${user}|${key}`;

/** The customer's entries for one account. */
export function customerEntries(a: ChangedAccount, settings: AudienceSettings): OutboxEntry[] {
  if (!contactTold(a, settings) || a.contactEmail === null) return [];
  return a.changes.new
    .map((p) => ({ p, f: findingFor(a.report, p) }))
    .filter(({ p, f }) => audienceOf(p, f, settings.minSeverity) === 'customer')
    .map(({ p, f }) => ({
      recipient: `account:${a.user}`,
      address: a.contactEmail as string,
      lang: a.lang,
      itemKey: customerItemKey(a.user, p.key),
      item: itemOf(p, f, 'new', a.user, [a.user]),
    }));
}

/** The administrator's entries for a whole run: provider-side and server-wide problems once, customers' own where nobody else is told, and what was resolved. */
export function adminEntries(accounts: readonly ChangedAccount[], settings: AudienceSettings): OutboxEntry[] {
  if (settings.adminEmail === '') return [];
  const entry = (itemKey: string, item: AlertItem): OutboxEntry => ({ recipient: 'admin', address: settings.adminEmail, lang: settings.adminLanguage, itemKey, item });
  const shared = new Map<string, { p: ProblemRef; f: Finding | undefined; accounts: string[] }>();
  const sharedResolved = new Map<string, { p: ProblemRef; accounts: string[] }>();
  const own: OutboxEntry[] = [];
  for (const a of accounts) {
    for (const p of a.changes.new) {
      const f = findingFor(a.report, p);
      const audience = audienceOf(p, f, settings.minSeverity);
      if (audience === 'admin') {
        const had = shared.get(p.key) ?? { p, f, accounts: [] };
        had.accounts.push(a.user);
        shared.set(p.key, had);
      } else if (audience === 'customer') {
        const told = contactTold(a, settings);
        const item = itemOf(p, f, 'new', a.user, [a.user]);
        // The customer acts; the administrator only needs the full text when the customer is not told.
        own.push(entry(adminItemKey('new', a.user, p.key), told ? { ...item, summary: null, steps: null, record: null, links: [] } : item));
      }
    }
    for (const p of a.changes.resolved) {
      if (SEVERITY_RANK[p.severity] < SEVERITY_RANK[settings.minSeverity]) continue;
      if (p.subject.kind === 'server') {
        const had = sharedResolved.get(p.key) ?? { p, accounts: [] };
        had.accounts.push(a.user);
        sharedResolved.set(p.key, had);
      } else own.push(entry(adminItemKey('resolved', a.user, p.key), itemOf(p, undefined, 'resolved', a.user, [a.user])));
    }
  }
  return [
    ...[...shared.values()].map((s) => entry(adminItemKey('new', null, s.p.key), itemOf(s.p, s.f, 'new', null, s.accounts.sort()))),
    ...own,
    ...[...sharedResolved.values()].map((s) => entry(adminItemKey('resolved', null, s.p.key), itemOf(s.p, undefined, 'resolved', null, s.accounts.sort()))),
  ];
}

/** The open "new" entries a resolved problem withdraws (it was never told, and now there is nothing to tell). */
export function withdrawnBy(a: ChangedAccount): string[] {
  return a.changes.resolved.flatMap((p) => [customerItemKey(a.user, p.key), adminItemKey('new', a.user, p.key)]);
}
