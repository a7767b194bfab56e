/**
 * Account facts a cPanel user can read about itself:
 *  - `Variables::get_user_information` (§3.8, §8: key `maximum_emails_per_hour`,
 *    values are strings as in the cpuser file; docs
 *    https://api.docs.cpanel.net/openapi/cpanel/operation/get_user_information/;
 *    every field is optional here, `user` included);
 *  - `Locale::get_attributes` → `{locale, encoding, direction}` (§8);
 *  - `Features::has_feature` → data 1 / 0 / null (§8, `Cpanel/API/Features.pm`);
 *  - `Chrome::get_dom` → `{header, footer}` (§4.7, `Cpanel/API/Chrome.pm`).
 */
import { z } from 'zod';
import type { CpanelGateway } from './gateway';
import { looseLimit, looseOptionalNumber, looseOptionalString } from './loose';
import { describeGatewayCall, uapiData } from './call-data';
import { readObject } from './rows';
import type { Observed } from '../diagnose/observations';

interface UserInformation {
  /** null when the reply does not name the user (the docs do not mark it as always present). */
  readonly user: string | null;
  readonly domain: string | null;
  readonly contactEmail: string | null;
  readonly maxEmailsPerHour: number | 'unlimited';
  readonly maxDeferFailPercentage: number | 'unlimited';
  readonly maxMailAccounts: number | 'unlimited';
  readonly locale: string | null;
  readonly created: number | null;
}

/** Field by field: an unreadable limit is noted and read as cPanel's own default (unlimited), not a reason to lose the rest. */
export async function getUserInformation(gateway: CpanelGateway): Promise<Observed<UserInformation>> {
  const result = await gateway.uapi('Variables', 'get_user_information', {});
  return readObject(result.data, describeGatewayCall(gateway, 'uapi', 'get_user_information', 'Variables'), (row) => {
    const contact = row.optional('contact_email', looseOptionalString, null);
    return {
      user: row.optional('user', z.string(), null),
      domain: row.optional('domain', looseOptionalString, null),
      contactEmail: contact === '' ? null : contact,
      maxEmailsPerHour: row.optional('maximum_emails_per_hour', looseLimit(true), 'unlimited'),
      maxDeferFailPercentage: row.optional('maximum_defer_fail_percentage', looseLimit(true), 'unlimited'),
      maxMailAccounts: row.optional('maximum_mail_accounts', looseLimit(false), 'unlimited'),
      locale: row.optional('locale', looseOptionalString, null) ?? row.optional('lang', looseOptionalString, null),
      created: row.optional('created', looseOptionalNumber, null),
    };
  });
}

export interface LocaleAttributes {
  readonly locale: string;
  readonly encoding: string;
  readonly direction: 'ltr' | 'rtl';
}

const localeSchema = z.object({
  locale: z.string(),
  encoding: z.string().default('utf-8'),
  direction: z.enum(['ltr', 'rtl']).default('ltr'),
});

export async function getLocale(gateway: CpanelGateway): Promise<LocaleAttributes> {
  return uapiData(gateway, 'Locale', 'get_attributes', {}, localeSchema);
}

type FeatureState = 'enabled' | 'disabled' | 'unknown';

export async function hasFeature(gateway: CpanelGateway, name: string): Promise<FeatureState> {
  const schema = z.union([z.null(), z.undefined(), z.number(), z.string()]);
  const value = await uapiData(gateway, 'Features', 'has_feature', { name }, schema);
  if (value === null || value === undefined) return 'unknown';
  return Number(value) === 1 ? 'enabled' : 'disabled';
}

export interface ChromeDom {
  readonly header: string;
  readonly footer: string;
}

export async function getChrome(gateway: CpanelGateway, pageTitle: string, appKey?: string): Promise<ChromeDom> {
  return uapiData(gateway, 'Chrome', 'get_dom', { page_title: pageTitle, app_key: appKey }, z.object({ header: z.string(), footer: z.string() }));
}
