/**
 * Account facts a cPanel user can read about itself:
 *  - `Variables::get_user_information` (§3.8, §8: key `maximum_emails_per_hour`,
 *    values are strings as in the cpuser file; the full key list is UNCONFIRMED,
 *    so every field is optional here);
 *  - `Locale::get_attributes` → `{locale, encoding, direction}` (§8);
 *  - `Features::has_feature` → data 1 / 0 / null (§8, `Cpanel/API/Features.pm`);
 *  - `Chrome::get_dom` → `{header, footer}` (§4.7, `Cpanel/API/Chrome.pm`).
 */
import { z } from 'zod';
import type { CpanelGateway } from './gateway';
import { looseLimit, looseOptionalNumber, looseOptionalString } from './loose';
import { uapiData } from './call-data';

export interface UserInformation {
  readonly user: string;
  readonly domain: string | null;
  readonly contactEmail: string | null;
  readonly maxEmailsPerHour: number | 'unlimited';
  readonly maxDeferFailPercentage: number | 'unlimited';
  readonly maxMailAccounts: number | 'unlimited';
  readonly locale: string | null;
  readonly created: number | null;
}

const userInfoSchema = z
  .object({
    user: z.string(),
    domain: looseOptionalString.optional(),
    contact_email: looseOptionalString.optional(),
    maximum_emails_per_hour: looseLimit(true).optional(),
    maximum_defer_fail_percentage: looseLimit(true).optional(),
    maximum_mail_accounts: looseLimit(false).optional(),
    lang: looseOptionalString.optional(),
    locale: looseOptionalString.optional(),
    created: looseOptionalNumber.optional(),
  })
  .loose();

export async function getUserInformation(gateway: CpanelGateway): Promise<UserInformation> {
  const d = await uapiData(gateway, 'Variables', 'get_user_information', {}, userInfoSchema);
  return {
    user: d.user,
    domain: d.domain ?? null,
    contactEmail: d.contact_email === '' ? null : d.contact_email ?? null,
    maxEmailsPerHour: d.maximum_emails_per_hour ?? 'unlimited',
    maxDeferFailPercentage: d.maximum_defer_fail_percentage ?? 'unlimited',
    maxMailAccounts: d.maximum_mail_accounts ?? 'unlimited',
    locale: d.locale ?? d.lang ?? null,
    created: d.created ?? null,
  };
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

export type FeatureState = 'enabled' | 'disabled' | 'unknown';

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
