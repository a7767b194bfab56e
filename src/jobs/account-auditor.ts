/**
 * Audits accounts for a run (the daemon, the sandbox's history): lists the
 * accounts and audits one through the one audit service, keeping what the
 * alerts need besides the report (the account's contact address and locale).
 */
import { auditAccount, prepareAudit, type AuditedAccount } from '../audit/audit-account';
import { gatewayFor, serverHostname, type Connection } from '../audit/connection';
import type { ProviderProfile } from '../config/provider-profile';
import { listAccounts } from '../cpanel/whm-accounts';

export type { AuditedAccount } from '../audit/audit-account';

export interface AccountAuditor {
  listUsers(): Promise<string[]>;
  audit(user: string): Promise<AuditedAccount>;
}

interface AuditorSettings {
  readonly connection: Connection;
  readonly profile: ProviderProfile;
  readonly dnsServers: readonly string[];
  readonly dnsTimeoutMs: number;
  /** Sandbox and tests only: ask this "IP:PORT" instead of the domains' own nameservers. */
  readonly authoritativeVia?: string;
  /** Seconds of delivery records to look back at. */
  readonly sinceSeconds: number;
  readonly maxRecordsPerType?: number;
  /** Exim main-log files (oldest first) to read delivery records from instead of Track Delivery. */
  readonly eximLogs?: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly clock: () => number;
}

type MadeAuditor = { readonly ok: true; readonly auditor: AccountAuditor } | { readonly ok: false; readonly error: string };

export async function createAccountAuditor(settings: AuditorSettings): Promise<MadeAuditor> {
  const { connection, env, dnsServers, dnsTimeoutMs, authoritativeVia, ...rest } = settings;
  const prepared = await prepareAudit({
    ...rest,
    openGateway: (user) => gatewayFor(connection, user, env),
    serverHostname: serverHostname(connection),
    dns: { servers: dnsServers, timeoutMs: dnsTimeoutMs, ...(authoritativeVia === undefined ? {} : { authoritativeVia }) },
  });
  if (!prepared.ok) return { ok: false, error: `dns.${prepared.setting}: ${prepared.error}` };
  const audit = prepared.settings;
  return {
    ok: true,
    auditor: {
      async listUsers(): Promise<string[]> {
        const gateway = gatewayFor(connection, undefined, env);
        try {
          return (await listAccounts(gateway)).map((a) => a.user).sort();
        } finally {
          await gateway.close();
        }
      },
      audit: (user) => auditAccount(audit, user),
    },
  };
}
