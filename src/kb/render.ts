/**
 * Fills the {placeholders} in rule texts. Provider placeholders come from the
 * provider profile; capture placeholders come from the matched text (a rule's
 * `pattern` named groups) or, when the text did not carry the value, from a
 * neutral wording so that no sentence ever shows a raw "{domain}".
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { Lang, Localized } from './types';

export const PROFILE_PLACEHOLDERS = [
  'provider',
  'mailServer',
  'smtpPort',
  'imapPort',
  'pop3Port',
  'spfInclude',
  'support',
] as const;
type ProfilePlaceholder = (typeof PROFILE_PLACEHOLDERS)[number];

/** Values a rule's pattern may capture, each with the wording used when it is absent. */
const CAPTURE_FALLBACKS = {
  domain: { nl: 'het domein', en: 'the domain' },
  sender: { nl: 'het afzenderadres', en: 'the sender address' },
  recipient: { nl: 'het adres van de ontvanger', en: "the recipient's address" },
  address: { nl: 'het genoemde adres', en: 'the address mentioned' },
  ip: { nl: 'het IP-adres van de server', en: "the server's IP address" },
  host: { nl: 'de ontvangende server', en: 'the receiving server' },
  url: { nl: 'de genoemde link', en: 'the link mentioned' },
  list: { nl: 'een blokkadelijst', en: 'a blocklist' },
  count: { nl: 'het aantal', en: 'the number' },
  limit: { nl: 'de limiet', en: 'the limit' },
  percent: { nl: 'het percentage', en: 'the percentage' },
  program: { nl: 'het programma', en: 'the program' },
  code: { nl: 'de code', en: 'the code' },
} as const satisfies Record<string, Localized<string>>;
type CaptureName = keyof typeof CAPTURE_FALLBACKS;
export const CAPTURE_NAMES = Object.keys(CAPTURE_FALLBACKS) as CaptureName[];

function isCaptureName(name: string): name is CaptureName {
  return Object.prototype.hasOwnProperty.call(CAPTURE_FALLBACKS, name);
}

function supportWords(profile: ProviderProfile, lang: Lang): string {
  const via = profile.supportEmail ?? profile.supportUrl;
  const who = lang === 'nl' ? `de support van ${profile.name}` : `${profile.name} support`;
  return via === undefined ? who : `${who} (${via})`;
}

function profileValue(name: ProfilePlaceholder, profile: ProviderProfile, lang: Lang): string {
  switch (name) {
    case 'provider':
      return profile.name;
    case 'mailServer':
      return profile.mailServer;
    case 'smtpPort':
      return String(profile.smtpPort);
    case 'imapPort':
      return String(profile.imapPort);
    case 'pop3Port':
      return String(profile.pop3Port);
    case 'spfInclude':
      return profile.spfInclude;
    case 'support':
      return supportWords(profile, lang);
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Replaces every {name}. Unknown names are left as they are so that the
 * knowledge-base tests can find them; they never reach a user because those
 * tests fail first.
 */
export function renderText(
  template: string,
  lang: Lang,
  profile: ProviderProfile,
  captures: Readonly<Partial<Record<string, string>>>,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if ((PROFILE_PLACEHOLDERS as readonly string[]).includes(name)) {
      return profileValue(name as ProfilePlaceholder, profile, lang);
    }
    if (isCaptureName(name)) {
      const value = captures[name];
      return value !== undefined && value !== '' ? value : CAPTURE_FALLBACKS[name][lang];
    }
    return whole;
  });
}

/** Names used in a template, for the tests that check every rule's texts. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
