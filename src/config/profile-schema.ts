/**
 * Checking a provider profile: the schema of the profile and of its sender
 * requirements, and the merge of an administrator's overrides onto the
 * defaults. Only a profile file (or the daemon's configuration) needs this;
 * the defaults themselves are in provider-profile.ts and
 * sender-requirements.ts.
 */
import { z } from 'zod';
import { DEFAULT_PROFILE, LINK_KEYS } from './provider-profile';
import { MAILBOX_PROVIDERS, mergeSenderRequirements, REQUIREMENT_IDS, type RequirementId } from './sender-requirements';

const url = z.string().url().max(2000);

const definitionSchema = z
  .object({
    providers: z.array(z.enum(MAILBOX_PROVIDERS)).max(MAILBOX_PROVIDERS.length),
    sources: z.array(url).min(1).max(10),
  })
  .strict();

const senderRequirementsSchema = z
  .object({
    definitions: z.object(Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, definitionSchema])) as Record<RequirementId, typeof definitionSchema>).strict(),
    /** RFC 7208 §4.6.4: DNS-querying terms per SPF evaluation. */
    spfLookupLimit: z.number().int().min(1).max(100),
    /** RFC 7208 §4.6.4: look-ups that may answer "no such record" before a receiver may give up. */
    spfVoidLookupLimit: z.number().int().min(0).max(100),
    dkimMinimumBits: z.number().int().min(512).max(16384),
    dkimRecommendedBits: z.number().int().min(512).max(16384),
    /** Per cent of delivered mail marked as spam that a provider still accepts. */
    spamRatePercent: z.number().min(0).max(100),
    /** Where a sender sees what cannot be seen from here: Postmaster Tools, SNDS, Yahoo's sender hub. */
    monitoring: z.array(url).max(10),
  })
  .strict();

export type SenderRequirements = z.infer<typeof senderRequirementsSchema>;

const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/i, 'must be a host name');

const providerProfileSchema = z
  .object({
    /** The provider's name as customers know it. */
    name: z.string().min(1).max(100),
    /** Host name customers set as outgoing (SMTP) and incoming server. */
    mailServer: hostname,
    smtpPort: z.number().int().min(1).max(65535),
    imapPort: z.number().int().min(1).max(65535),
    pop3Port: z.number().int().min(1).max(65535),
    /** The domain customers include in their SPF record (include:…). */
    spfInclude: hostname,
    supportEmail: z.string().email().max(254).optional(),
    supportUrl: z.string().url().max(2000).optional(),
    /** DNS blocklist zones the audit checks the server's IPs against. */
    blocklists: z.array(hostname).max(50),
    links: z.partialRecord(z.enum(LINK_KEYS), z.string().url().max(2000)),
    /** Gmail, Outlook.com and Yahoo's published sender requirements, with their sources (sender-requirements.ts). */
    senderRequirements: senderRequirementsSchema,
  })
  .strict();

export type ProviderProfile = z.infer<typeof providerProfileSchema>;

/**
 * Merges an administrator's overrides onto the defaults and validates the
 * result. Returns the problems in words instead of throwing, so a bad file
 * can be reported with its path by the caller.
 */
export function resolveProfile(
  overrides: unknown,
): { ok: true; profile: ProviderProfile } | { ok: false; problems: string[] } {
  if (overrides === undefined || overrides === null) return { ok: true, profile: DEFAULT_PROFILE };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    return { ok: false, problems: ['the profile must be an object'] };
  }
  const given = overrides as Record<string, unknown>;
  // Another provider's profile keeps the technical defaults but not the default provider's
  // help articles and support contacts: those would send its customers to someone else's site.
  const otherProvider = typeof given.name === 'string' && given.name !== DEFAULT_PROFILE.name;
  const { links: defaultLinks, supportUrl: _url, supportEmail: _email, ...technical } = DEFAULT_PROFILE;
  const base = otherProvider ? technical : DEFAULT_PROFILE;
  const merged = {
    ...base,
    ...given,
    links: { ...(otherProvider ? {} : defaultLinks), ...(typeof given.links === 'object' && given.links !== null ? given.links : {}) },
    senderRequirements: mergeSenderRequirements(given.senderRequirements),
  };
  const parsed = providerProfileSchema.safeParse(merged);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(profile)'}: ${issue.message}`),
  };
}
