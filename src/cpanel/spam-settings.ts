/**
 * Spam settings: UAPI `Email::get_spam_settings` (shared/reference/
 * cpanel-api.md §3.6, real docs example with 0/1 integers).
 */
import { z } from 'zod';
import type { SpamSettings } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseOptionalNumber } from './loose';
import { uapiData } from './call-data';

const schema = z
  .object({
    spam_enabled: looseBool,
    spam_box_enabled: looseBool,
    spam_auto_delete: looseBool,
    spam_auto_delete_score: looseOptionalNumber.optional(),
    rewrites_subjects: looseBool.optional(),
    spam_as_acl: looseBool.optional(),
  })
  .loose();

export async function getSpamSettings(gateway: CpanelGateway): Promise<SpamSettings> {
  const d = await uapiData(gateway, 'Email', 'get_spam_settings', {}, schema);
  return {
    spamAssassinEnabled: d.spam_enabled,
    spamBoxEnabled: d.spam_box_enabled,
    autoDeleteEnabled: d.spam_auto_delete,
    autoDeleteScore: d.spam_auto_delete_score ?? null,
    rewritesSubjects: d.rewrites_subjects ?? false,
    spamAsAcl: d.spam_as_acl ?? false,
  };
}
