/**
 * What the big mailbox providers (Gmail, Outlook.com, Yahoo) publish as
 * requirements for senders, as data: which provider asks for what, where it
 * says so, and the figures. Part of the provider profile so that a hosting
 * provider can follow a change of those pages without a new release.
 *
 * Sources, as published (looked up, not remembered):
 * - Google, "Email sender guidelines" (support.google.com/a/answer/81126):
 *   all senders: SPF or DKIM, valid forward and reverse DNS (PTR) of the
 *   sending IP, TLS, spam rate below 0.3 % in Postmaster Tools; 5,000+ a day:
 *   SPF and DKIM, DMARC at least p=none, From aligned with SPF or DKIM,
 *   one-click unsubscribe. The PTR name must point back to the sending IP and
 *   "PTR records verify that the sending hostname is associated with the
 *   sending IP address".
 * - Yahoo, "Sender best practices" (senders.yahooinc.com/best-practices):
 *   SPF and DKIM, DMARC at least p=none, alignment, valid forward and reverse
 *   DNS, one-click unsubscribe, spam rate below 0.3 %.
 * - Microsoft, "Strengthening email ecosystem: Outlook's new requirements for
 *   high-volume senders" (techcommunity.microsoft.com, April 2025, enforced
 *   from 5 May 2025; refusals as 550 5.7.515): SPF pass, DKIM pass, DMARC at
 *   least p=none aligned with SPF or DKIM, a working unsubscribe link.
 * - The DNS look-up limit is RFC 7208 §4.6.4 (10, and 2 void look-ups); the
 *   DKIM key size is RFC 8301 §3.2 (at least 1024 bits, 2048 recommended
 *   by Google's DKIM help, support.google.com/a/answer/174124).
 */
import type { SenderRequirements } from './profile-schema';

export const REQUIREMENT_IDS = ['spf', 'dkim', 'dmarc', 'alignment', 'ptr', 'helo', 'tls', 'bulk'] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

export const MAILBOX_PROVIDERS = ['gmail', 'outlook', 'yahoo'] as const;
export type MailboxProvider = (typeof MAILBOX_PROVIDERS)[number];

const GOOGLE = 'https://support.google.com/a/answer/81126';
const YAHOO = 'https://senders.yahooinc.com/best-practices/';
const MICROSOFT = 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730';
const RFC7208 = 'https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4';
const RFC8301 = 'https://www.rfc-editor.org/rfc/rfc8301#section-3.2';
const RFC8058 = 'https://www.rfc-editor.org/rfc/rfc8058';

export type { SenderRequirements } from './profile-schema';

export const DEFAULT_SENDER_REQUIREMENTS: SenderRequirements = {
  definitions: {
    spf: { providers: ['gmail', 'outlook', 'yahoo'], sources: [GOOGLE, MICROSOFT, YAHOO, RFC7208] },
    dkim: { providers: ['gmail', 'outlook', 'yahoo'], sources: [GOOGLE, MICROSOFT, YAHOO, RFC8301] },
    dmarc: { providers: ['gmail', 'outlook', 'yahoo'], sources: [GOOGLE, MICROSOFT, YAHOO] },
    alignment: { providers: ['gmail', 'outlook', 'yahoo'], sources: [GOOGLE, MICROSOFT, YAHOO] },
    ptr: { providers: ['gmail', 'yahoo'], sources: [GOOGLE, YAHOO] },
    helo: { providers: ['gmail'], sources: [GOOGLE] },
    tls: { providers: ['gmail'], sources: [GOOGLE] },
    bulk: { providers: ['gmail', 'outlook', 'yahoo'], sources: [GOOGLE, YAHOO, MICROSOFT, RFC8058] },
  },
  spfLookupLimit: 10,
  spfVoidLookupLimit: 2,
  dkimMinimumBits: 1024,
  dkimRecommendedBits: 2048,
  spamRatePercent: 0.3,
  monitoring: ['https://postmaster.google.com/', 'https://sendersupport.olc.protection.outlook.com/snds/', 'https://senders.yahooinc.com/'],
};

/** An administrator's partial override laid over the defaults, one requirement at a time. */
export function mergeSenderRequirements(given: unknown): unknown {
  if (given === undefined || given === null || typeof given !== 'object' || Array.isArray(given)) return given ?? DEFAULT_SENDER_REQUIREMENTS;
  const g = given as Record<string, unknown>;
  const definitions =
    typeof g.definitions === 'object' && g.definitions !== null && !Array.isArray(g.definitions)
      ? Object.fromEntries(
          Object.entries({ ...DEFAULT_SENDER_REQUIREMENTS.definitions, ...(g.definitions as Record<string, unknown>) }).map(([id, d]) => [
            id,
            typeof d === 'object' && d !== null ? { ...(DEFAULT_SENDER_REQUIREMENTS.definitions as Record<string, object>)[id], ...d } : d,
          ]),
        )
      : (g.definitions ?? DEFAULT_SENDER_REQUIREMENTS.definitions);
  return { ...DEFAULT_SENDER_REQUIREMENTS, ...g, definitions };
}
