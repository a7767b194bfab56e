/**
 * WHM API 1 account facts for root / resellers: `listaccts` (data.acct[],
 * shared/reference/cpanel-api.md §2.2) and `myprivs` (data.privileges[0],
 * ACL name → 0/1, §2.5).
 */
import { z } from 'zod';
import type { CpanelGateway } from './gateway';
import { looseBool, looseLimit, looseList, looseOptionalString } from './loose';
import { describeGatewayCall, parseData } from './call-data';

export interface WhmAccount {
  readonly user: string;
  readonly domain: string;
  readonly owner: string;
  readonly contactEmail: string | null;
  readonly ip: string | null;
  readonly plan: string | null;
  readonly suspended: boolean;
  readonly outgoingMailHold: boolean;
  readonly outgoingMailSuspended: boolean;
  readonly maxEmailPerHour: number | 'unlimited';
  readonly maxDeferFailPercentage: number | 'unlimited';
  readonly minDeferFailToTriggerProtection: number | 'unlimited';
  readonly mailboxFormat: string | null;
}

const acctSchema = z
  .object({
    user: z.string(),
    domain: z.string(),
    owner: z.string(),
    email: looseOptionalString.optional(),
    ip: looseOptionalString.optional(),
    plan: looseOptionalString.optional(),
    suspended: looseBool.optional(),
    outgoing_mail_hold: looseBool.optional(),
    outgoing_mail_suspended: looseBool.optional(),
    max_email_per_hour: looseLimit(true).optional(),
    max_defer_fail_percentage: looseLimit(true).optional(),
    min_defer_fail_to_trigger_protection: looseLimit(false).optional(),
    mailbox_format: looseOptionalString.optional(),
  })
  .loose();

interface ListAccountsQuery {
  readonly search?: string;
  readonly searchType?: 'domain' | 'owner' | 'user' | 'ip' | 'package';
  readonly searchMethod?: 'exact' | 'regex';
}

export async function listAccounts(gateway: CpanelGateway, query: ListAccountsQuery = {}): Promise<WhmAccount[]> {
  const result = await gateway.whm('listaccts', {
    search: query.search,
    searchtype: query.searchType,
    searchmethod: query.searchMethod,
  });
  const data = parseData(z.object({ acct: looseList(acctSchema) }), result, describeGatewayCall(gateway, 'whm', 'listaccts'));
  return data.acct.map((a) => ({
    user: a.user,
    domain: a.domain.toLowerCase(),
    owner: a.owner,
    // cPanel leaves the contact address empty or "*unknown*" when none is set.
    contactEmail: a.email && a.email !== '*unknown*' ? a.email : null,
    ip: a.ip ?? null,
    plan: a.plan ?? null,
    suspended: a.suspended ?? false,
    outgoingMailHold: a.outgoing_mail_hold ?? false,
    outgoingMailSuspended: a.outgoing_mail_suspended ?? false,
    maxEmailPerHour: a.max_email_per_hour ?? 'unlimited',
    maxDeferFailPercentage: a.max_defer_fail_percentage ?? 'unlimited',
    minDeferFailToTriggerProtection: a.min_defer_fail_to_trigger_protection ?? 'unlimited',
    mailboxFormat: a.mailbox_format ?? null,
  }));
}

export interface WhmPrivileges {
  /** Root, or a reseller with the `all` ACL. */
  readonly all: boolean;
  /**
   * ACL name → granted. A value other than 0/1 (a third-party plugin's own
   * privilege) is kept as "unknown": never a grant, never a reason to reject
   * the whole map.
   */
  readonly acls: Readonly<Record<string, boolean | 'unknown'>>;
}

export function hasAcl(privileges: WhmPrivileges, acl: string): boolean {
  return privileges.all || privileges.acls[acl] === true;
}

export async function getPrivileges(gateway: CpanelGateway): Promise<WhmPrivileges> {
  const result = await gateway.whm('myprivs');
  const call = describeGatewayCall(gateway, 'whm', 'myprivs');
  const data = parseData(z.object({ privileges: looseList(z.record(z.string(), z.unknown())) }), result, call);
  const acls: Record<string, boolean | 'unknown'> = {};
  for (const hash of data.privileges) {
    for (const [name, value] of Object.entries(hash)) {
      const parsed = looseBool.safeParse(value);
      acls[name] = parsed.success ? parsed.data : 'unknown';
    }
  }
  return { all: acls.all === true, acls };
}
