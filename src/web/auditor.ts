/**
 * One live audit of one account, the same pipeline as `mail-doctor audit`:
 * collect (cPanel + DNS) → diagnose → report. The gateway for the account
 * comes from the mode (LiveAPI as the user, CLI or HTTP as root).
 */
import { collectAccount } from '../collect/collect-account';
import type { AuthoritativeResolverFactory } from '../collect/collect-dns';
import { authoritativeResolvers } from '../collect/authoritative';
import type { ProviderProfile } from '../config/provider-profile';
import type { CpanelGateway } from '../cpanel/gateway';
import type { WireResolver } from '../dns/wire-resolver';
import { defaultClassifier } from '../kb/classify';
import type { AuditReport } from '../report/audit-report';
import { buildReport } from '../report/build-report';
import type { Auditor } from './audit-service';

export interface AuditorOptions {
  /** A gateway bound to the account; closed after the audit. */
  readonly openGateway: (user: string) => CpanelGateway;
  readonly resolver: WireResolver;
  /** "IP:PORT" that answers for every domain's own nameservers (sandbox and tests only). */
  readonly authoritativeVia?: string;
  readonly profile: ProviderProfile;
  readonly serverHostname: string;
  /** Seconds of delivery records to look at. */
  readonly since: number;
  readonly maxRecordsPerType?: number;
  readonly now?: () => number;
}

function authoritativeFactory(resolver: WireResolver, via: string | undefined): AuthoritativeResolverFactory {
  const made = authoritativeResolvers(resolver, via);
  if (!made.ok) throw new Error(`authoritative DNS server: ${made.error}`);
  return made.factory;
}

export function createAuditor(options: AuditorOptions): Auditor {
  const authoritative = authoritativeFactory(options.resolver, options.authoritativeVia);
  const now = options.now ?? Date.now;
  return async (user: string): Promise<AuditReport> => {
    const gateway = options.openGateway(user);
    try {
      const seconds = Math.floor(now() / 1000);
      const input = await collectAccount({
        gateway,
        user,
        window: { since: seconds - options.since, until: seconds },
        now: seconds,
        resolver: options.resolver,
        authoritative,
        profile: options.profile,
        classifier: defaultClassifier(),
        serverHostname: options.serverHostname,
        ...(options.maxRecordsPerType === undefined ? {} : { maxRecordsPerType: options.maxRecordsPerType }),
      });
      return buildReport(input);
    } finally {
      await gateway.close();
    }
  };
}
