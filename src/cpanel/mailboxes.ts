/**
 * Mailboxes with disk use and restrictions: UAPI `Email::list_pops_with_disk`
 * with `get_restrictions=1` (shared/reference/cpanel-api.md §3.4; field names
 * from Jupiter `email_accounts/services/emailAccountsService.js`; params in
 * docs https://api.docs.cpanel.net/openapi/cpanel/operation/list_pops_with_disk/).
 * `_diskused` / `_diskquota` are bytes, `_diskquota` 0 meaning unlimited.
 * Read per row: a mailbox without disk figures keeps its restrictions (the
 * suspension checks still need it) with null figures and a noted gap.
 */
import { z } from 'zod';
import type { Mailbox, Observed } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseLimit, looseNumber, looseOptionalNumber } from './loose';
import { describeGatewayCall, uapiData } from './call-data';
import { readRows, type RowReader } from './rows';

function readMailbox(row: RowReader): Mailbox | undefined {
  const email = row.required('email', z.string().includes('@'));
  if (email === undefined) return undefined;
  row.subject = email.toLowerCase();
  const [localPart = '', domainPart = ''] = row.subject.split('@');
  const used = row.expected('_diskused', looseNumber, null);
  // A null `_diskquota` is unlimited, as null is for every cPanel limit (loose.ts); only an absent one is "no figure".
  const quota = row.raw._diskquota === null ? 'unlimited' : row.expected('_diskquota', looseLimit(true), null);
  const floatPercent = row.optional('diskusedpercent_float', looseOptionalNumber, null);
  const percent =
    quota === 'unlimited' || quota === null || used === null ? null : floatPercent ?? (quota > 0 ? Math.round((used / quota) * 10000) / 100 : null);
  return {
    email: row.subject,
    user: row.optional('user', z.string(), localPart),
    domain: row.optional('domain', z.string(), domainPart).toLowerCase(),
    diskUsedBytes: used,
    quotaBytes: quota,
    diskUsedPercent: percent,
    suspendedLogin: row.optional('suspended_login', looseBool, false),
    suspendedIncoming: row.optional('suspended_incoming', looseBool, false),
    suspendedOutgoing: row.optional('suspended_outgoing', looseBool, false),
    holdOutgoing: row.optional('hold_outgoing', looseBool, false),
  };
}

export async function listMailboxes(gateway: CpanelGateway, options: { domain?: string } = {}): Promise<Observed<Mailbox[]>> {
  const result = await gateway.uapi('Email', 'list_pops_with_disk', { get_restrictions: 1, domain: options.domain });
  return readRows(result.data, describeGatewayCall(gateway, 'uapi', 'list_pops_with_disk', 'Email'), readMailbox);
}

/**
 * Messages held in the queue for a mailbox with an outgoing hold: UAPI
 * `Email::get_held_message_count(email)` → an integer (shared/reference/
 * cpanel-api.md §3.4).
 */
export async function getHeldMessageCount(gateway: CpanelGateway, email: string): Promise<number> {
  return uapiData(gateway, 'Email', 'get_held_message_count', { email }, looseNumber);
}
