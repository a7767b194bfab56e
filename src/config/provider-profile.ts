/**
 * The provider profile: everything that differs between hosting providers
 * (server names, the SPF include, how to reach support, help links). Rules
 * never name a provider's servers; they use {placeholders} filled from here.
 * Pure: loading the file is in load-profile.ts, checking one in
 * profile-schema.ts (kept apart so that the defaults load without the schema
 * library: a CLI call without a profile file does not pay for it).
 */
import type { ProviderProfile } from './profile-schema';
import { DEFAULT_SENDER_REQUIREMENTS } from './sender-requirements';

export type { ProviderProfile } from './profile-schema';

export const LINK_KEYS = [
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
