/**
 * The provider profile: everything that differs between hosting providers
 * (server names, the SPF include, how to reach support, help links). Rules
 * never name a provider's servers; they use {placeholders} filled from here.
 * Pure: loading the file is in load-profile.ts.
 */
import { z } from 'zod';
import { DEFAULT_SENDER_REQUIREMENTS, mergeSenderRequirements, senderRequirementsSchema } from './sender-requirements';

const LINK_KEYS = [
  'emailSettings',
  'outgoingAuth',
  'spf',
  'dkim',
  'dmarc',
  'spamPrevention',
  'gmailFetch',
  'wordpressSmtp',
  'restoreMailbox',
  'emailRouting',
  'trackDelivery',
] as const;

/** Help links the provider profile may define (absent keys are simply not shown); rules name them by these keys. */
export type ProfileLinkKey = (typeof LINK_KEYS)[number];

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
 * Defaults taken from the support article the knowledge base was built from.
 * The article's support address is not published in readable form, so the
 * default points customers to the support site; administrators set their own.
 */
export const DEFAULT_PROFILE: ProviderProfile = {
  name: 'Hoasted',
  mailServer: 'hostingsecure.email',
  smtpPort: 465,
  imapPort: 993,
  pop3Port: 995,
  spfInclude: 'spf.hoasted.com',
  supportUrl: 'https://support.hoasted.com/',
  blocklists: ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'],
  links: {
    emailSettings: 'https://support.hoasted.com/article/76-e-mail-instellingen',
    restoreMailbox: 'https://support.hoasted.com/article/398-verwijderde-email-accounts-of-emails-terugplaatsen',
  },
  senderRequirements: DEFAULT_SENDER_REQUIREMENTS,
};

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
