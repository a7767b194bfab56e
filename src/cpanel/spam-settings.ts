/**
 * Spam settings: UAPI `Email::get_spam_settings` (shared/reference/
 * cpanel-api.md §3.6, real docs example with 0/1 integers; docs
 * https://api.docs.cpanel.net/openapi/cpanel/operation/get_spam_settings/).
 * Read field by field: an unreadable auto-delete score is "no score", noted,
 * not a reason to lose the other settings.
 */
import type { Observed, SpamSettings } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseNumber } from './loose';
import { describeGatewayCall } from './call-data';
import { readObject } from './rows';

export async function getSpamSettings(gateway: CpanelGateway): Promise<Observed<SpamSettings>> {
  const result = await gateway.uapi('Email', 'get_spam_settings', {});
  return readObject(result.data, describeGatewayCall(gateway, 'uapi', 'get_spam_settings', 'Email'), (row) => ({
    spamAssassinEnabled: row.expected('spam_enabled', looseBool, false),
    spamBoxEnabled: row.expected('spam_box_enabled', looseBool, false),
    autoDeleteEnabled: row.expected('spam_auto_delete', looseBool, false),
    autoDeleteScore: row.raw.spam_auto_delete_score === '' ? null : row.optional('spam_auto_delete_score', looseNumber, null),
    rewritesSubjects: row.optional('rewrites_subjects', looseBool, false),
    spamAsAcl: row.optional('spam_as_acl', looseBool, false),
  }));
}
