/**
 * Mailboxes with disk use and restrictions: UAPI `Email::list_pops_with_disk`
 * with `get_restrictions=1` (shared/reference/cpanel-api.md §3.4; field names
 * from Jupiter `email_accounts/services/emailAccountsService.js`; params in
 * docs https://api.docs.cpanel.net/openapi/cpanel/operation/list_pops_with_disk/).
 * `_diskused` / `_diskquota` are bytes, `_diskquota` 0 meaning unlimited.
 */
import { z } from 'zod';
import type { Mailbox } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseLimit, looseList, looseNumber, looseOptionalNumber } from './loose';
import { uapiData } from './call-data';

const popSchema = z
  .object({
    email: z.string(),
    user: z.string(),
    domain: z.string(),
    _diskused: looseNumber,
    _diskquota: looseLimit(true),
    diskusedpercent_float: looseOptionalNumber.optional(),
    suspended_login: looseBool.optional(),
    suspended_incoming: looseBool.optional(),
    suspended_outgoing: looseBool.optional(),
    hold_outgoing: looseBool.optional(),
  })
  .loose();

export async function listMailboxes(gateway: CpanelGateway, options: { domain?: string } = {}): Promise<Mailbox[]> {
  const rows = await uapiData(
    gateway,
    'Email',
    'list_pops_with_disk',
    { get_restrictions: 1, domain: options.domain },
    looseList(popSchema),
  );
  return rows.map((row) => {
    const quota = row._diskquota;
    const percent =
      quota === 'unlimited' ? null : row.diskusedpercent_float ?? (quota > 0 ? Math.round((row._diskused / quota) * 10000) / 100 : null);
    return {
      email: row.email.toLowerCase(),
      user: row.user,
      domain: row.domain.toLowerCase(),
      diskUsedBytes: row._diskused,
      quotaBytes: quota,
      diskUsedPercent: percent,
      suspendedLogin: row.suspended_login ?? false,
      suspendedIncoming: row.suspended_incoming ?? false,
      suspendedOutgoing: row.suspended_outgoing ?? false,
      holdOutgoing: row.hold_outgoing ?? false,
    };
  });
}

/**
 * Messages held in the queue for a mailbox with an outgoing hold: UAPI
 * `Email::get_held_message_count(email)` → an integer (shared/reference/
 * cpanel-api.md §3.4).
 */
export async function getHeldMessageCount(gateway: CpanelGateway, email: string): Promise<number> {
  return uapiData(gateway, 'Email', 'get_held_message_count', { email }, looseNumber);
}
