/**
 * Mail client settings of a mailbox: UAPI `Email::get_client_settings(account)`.
 * Field names from the docs response sample
 * (https://api.docs.cpanel.net/openapi/cpanel/operation/get_client_settings/):
 * `inbox_host`, `inbox_port`, `inbox_service`, `mail_domain`, `smtp_host`,
 * `smtp_port`, `smtp_username`, `has_plaintext_authentication` …
 */
import { z } from 'zod';
import type { ClientSettings } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseNumber, looseOptionalNumber, looseOptionalString } from './loose';
import { uapiData } from './call-data';

const schema = z
  .object({
    account: z.string(),
    inbox_host: z.string(),
    inbox_port: looseNumber,
    inbox_service: z.string(),
    inbox_username: looseOptionalString.optional(),
    mail_domain: looseOptionalString.optional(),
    smtp_host: z.string(),
    smtp_port: looseNumber,
    smtp_insecure_port: looseOptionalNumber.optional(),
    smtp_username: looseOptionalString.optional(),
    has_plaintext_authentication: looseBool.optional(),
  })
  .loose();

export async function getClientSettings(gateway: CpanelGateway, account: string): Promise<ClientSettings> {
  const d = await uapiData(gateway, 'Email', 'get_client_settings', { account }, schema);
  return {
    account: d.account,
    incoming: { host: d.inbox_host, port: d.inbox_port, service: d.inbox_service, username: d.inbox_username ?? null },
    outgoing: { host: d.smtp_host, port: d.smtp_port, insecurePort: d.smtp_insecure_port ?? null, username: d.smtp_username ?? null },
    mailDomain: d.mail_domain ?? null,
    plaintextAuthenticationAllowed: d.has_plaintext_authentication ?? false,
  };
}
