/**
 * Audits accounts for a run (the daemon, `audit --store`): lists the
 * accounts and audits one, keeping what the alerts need besides the report
 * (the account's contact address and locale). The I/O edge of the jobs:
 * cPanel gateways and the DNS resolver are made here.
 */
import { collectAccount } from '../collect/collect-account';
import type { AuthoritativeResolverFactory } from '../collect/collect-dns';
import { authoritativeResolvers } from '../collect/authoritative';
import type { ProviderProfile } from '../config/provider-profile';
import { listAccounts } from '../cpanel/whm-accounts';
import { systemWireResolver, wireResolverFor, type WireResolver } from '../dns/wire-resolver';
import { defaultClassifier } from '../kb/classify';
import type { AuditReport } from '../report/audit-report';
import { buildReport } from '../report/build-report';
import { gatewayFor, serverHostname, type Connection } from '../cli/connection';

export interface AuditedAccount {
  readonly report: AuditReport;
  readonly contactEmail: string | null;
  readonly locale: string | null;
}

export interface AccountAuditor {
  listUsers(): Promise<string[]>;
  audit(user: string): Promise<AuditedAccount>;
}

export interface AuditorSettings {
  readonly connection: Connection;
  readonly profile: ProviderProfile;
  readonly dnsServers: readonly string[];
  readonly dnsTimeoutMs: number;
  /** Sandbox and tests only: ask this "IP:PORT" instead of the domains' own nameservers. */
  readonly authoritativeVia?: string;
  /** Seconds of delivery records to look back at. */
  readonly sinceSeconds: number;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: () => number;
}

export type MadeAuditor = { readonly ok: true; readonly auditor: AccountAuditor } | { readonly ok: false; readonly error: string };

export async function createAccountAuditor(settings: AuditorSettings): Promise<MadeAuditor> {
  let resolver: WireResolver;
  if (settings.dnsServers.length === 0) resolver = await systemWireResolver({ timeoutMs: settings.dnsTimeoutMs });
  else {
    const made = wireResolverFor(settings.dnsServers, { timeoutMs: settings.dnsTimeoutMs });
    if (!made.ok) return { ok: false, error: `dns.servers: ${made.error}` };
    resolver = made.resolver;
  }
  const made = authoritativeResolvers(resolver, settings.authoritativeVia);
  if (!made.ok) return { ok: false, error: `dns.authoritativeVia: ${made.error}` };
  const authoritative: AuthoritativeResolverFactory = made.factory;
  const classifier = defaultClassifier();
  const hostname = serverHostname(settings.connection);

  return {
    ok: true,
    auditor: {
      async listUsers(): Promise<string[]> {
        const gateway = gatewayFor(settings.connection, undefined, settings.env);
        try {
          return (await listAccounts(gateway)).map((a) => a.user).sort();
        } finally {
          await gateway.close();
        }
      },
      async audit(user: string): Promise<AuditedAccount> {
        const gateway = gatewayFor(settings.connection, user, settings.env);
        try {
          const now = Math.floor(settings.clock() / 1000);
          const input = await collectAccount({
            gateway,
            user,
            window: { since: now - settings.sinceSeconds, until: now },
            now,
            resolver,
            authoritative,
            profile: settings.profile,
            classifier,
            serverHostname: hostname,
          });
          return { report: buildReport(input), contactEmail: input.account.contactEmail, locale: input.account.locale };
        } finally {
          await gateway.close();
        }
      },
    },
  };
}
