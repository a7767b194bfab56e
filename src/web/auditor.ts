/**
 * The pages' audit: the one audit service (`src/audit`), with the gateway
 * for the account from the mode (LiveAPI as the user, CLI or HTTP as root).
 */
import { auditAccount, settingsWith, type AuditSettings } from '../audit/audit-account';
import type { WireResolver } from '../dns/wire-resolver';
import type { Auditor } from './audit-service';

interface AuditorOptions extends Omit<AuditSettings, 'resolver' | 'authoritative' | 'clock' | 'sinceSeconds'> {
  readonly resolver: WireResolver;
  /** "IP:PORT" that answers for every domain's own nameservers (sandbox and tests only). */
  readonly authoritativeVia?: string;
  /** Seconds of delivery records to look at. */
  readonly since: number;
  readonly now?: () => number;
}

/** The one audit's settings from the pages' options (the safe fixes audit again with the same). */
export function auditorSettings(options: AuditorOptions): AuditSettings {
  const { resolver, authoritativeVia, since, now, ...rest } = options;
  const prepared = settingsWith({ ...rest, sinceSeconds: since, ...(now === undefined ? {} : { clock: now }) }, resolver, authoritativeVia);
  if (!prepared.ok) throw new Error(`authoritative DNS server: ${prepared.error}`);
  return prepared.settings;
}

export function createAuditor(options: AuditorOptions): Auditor {
  const settings = auditorSettings(options);
  return async (user) => (await auditAccount(settings, user)).report;
}
