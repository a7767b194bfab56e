/**
 * Turns a classification into words for a person: title, why, what to do,
 * who acts — with the provider profile and the captured values filled in.
 * A text no rule knows is still explained from its reply code and its
 * RFC 3463 enhanced status code.
 */
import type { ProviderProfile } from '../config/provider-profile';
import { describeEnhancedStatus, parseEnhancedStatus, type EnhancedMeaning } from '../smtp/enhanced-status';
import { REPLY_CODE_MEANING } from '../smtp/reply-codes';
import type { Classification, Tier } from './matcher';
import { renderText } from './render';
import type { Actor, Lang, Localized, ProfileLinkKey } from './types';

export interface Explanation {
  readonly title: string;
  readonly explanation: string;
  readonly fix: readonly string[];
  readonly crossCheck?: string;
  readonly actor?: string;
  readonly links: ReadonlyArray<{ readonly key: ProfileLinkKey; readonly url: string }>;
  readonly codeMeaning?: string;
  readonly enhancedMeaning?: EnhancedMeaning;
  /** Which level of knowledge recognised the text, in words. */
  readonly recognisedBy: string;
}

/** The tiers in words, for people: which knowledge named the diagnosis. */
const TIER_WORDS: Record<Tier, Localized<string>> = {
  rule: { nl: 'herkend aan de precieze melding', en: 'recognised from the exact message' },
  'provider-code': { nl: 'herkend aan een code van de provider', en: "recognised from the provider's own code" },
  'reason-phrase': { nl: 'herkend aan de bewoording van de reden', en: 'recognised from how the reason is worded' },
  'status-code': { nl: 'afgeleid uit de statuscode alleen', en: 'derived from the status code alone' },
  unknown: { nl: 'niet herkend', en: 'not recognised' },
};

const ACTOR_WORDS: Record<Actor, Localized<string>> = {
  'account-owner': { nl: 'jij, de eigenaar van het account', en: 'you, the account owner' },
  'hosting-provider': { nl: 'je hostingprovider ({provider})', en: 'your hosting provider ({provider})' },
  'other-side': { nl: 'de ontvangende kant (de ontvanger of hun mailbeheerder)', en: "the receiving side (the recipient or their mail administrator)" },
};

const UNKNOWN_TEXT = {
  titleTemporary: { nl: 'Tijdelijk bezorgprobleem (niet herkend)', en: 'Temporary delivery problem (not recognised)' },
  titlePermanent: { nl: 'Bezorging mislukt (niet herkend)', en: 'Delivery failed (not recognised)' },
  titleNoCode: { nl: 'Melding niet herkend', en: 'Message not recognised' },
  intro: {
    nl: 'Mail Doctor kent deze melding niet precies. Wat de codes erin zeggen:',
    en: 'Mail Doctor does not know this exact message. What its codes say:',
  },
  noCodes: {
    nl: 'Mail Doctor kent deze melding niet, en er staat geen SMTP-code in. Of het tijdelijk of blijvend is, valt er daarom niet uit af te leiden.',
    en: 'Mail Doctor does not know this message, and it carries no SMTP code, so it cannot tell whether the problem is temporary or permanent.',
  },
  replyCode: { nl: 'Code {code}', en: 'Code {code}' },
  fixTemporary: {
    nl: [
      'Wacht even af: de server probeert een uitgesteld bericht zelf een aantal dagen opnieuw af te leveren.',
      'Lukt het na een dag nog steeds niet, stuur dan de volledige melding naar {support}.',
    ],
    en: [
      'Wait: the server retries a deferred message by itself for several days.',
      'If it still fails after a day, send the full message to {support}.',
    ],
  },
  fixPermanent: {
    nl: [
      'Lees de eigen woorden van de ontvangende server in de melding: daarin staat meestal de reden.',
      'Controleer het adres van de ontvanger op typefouten.',
      'Blijft het onduidelijk, stuur dan de volledige bounce naar {support}.',
    ],
    en: [
      "Read the receiving server's own words in the message: they usually state the reason.",
      "Check the recipient's address for typing errors.",
      'If it stays unclear, send the full bounce to {support}.',
    ],
  },
} as const;

function explainUnknown(c: Classification, lang: Lang, profile: ProviderProfile): Explanation {
  const { code, enhanced } = c.reply;
  const render = (t: string, extra: Record<string, string> = {}): string => renderText(t, lang, profile, extra);
  const status = enhanced === undefined ? undefined : parseEnhancedStatus(enhanced);
  const enhancedMeaning = status === undefined ? undefined : describeEnhancedStatus(status, lang);
  const codeMeaning = code === undefined ? undefined : REPLY_CODE_MEANING[code]?.[lang];
  const parts: string[] = [];
  if (code !== undefined) {
    parts.push(`${render(UNKNOWN_TEXT.replyCode[lang], { code: String(code) })}: ${codeMeaning ?? (c.temporary ? CLASS_WORDS.temporary[lang] : CLASS_WORDS.permanent[lang])}.`);
  }
  if (enhancedMeaning !== undefined && enhanced !== undefined) {
    const detail = enhancedMeaning.detailMeaning === undefined ? '' : `; ${enhancedMeaning.detailMeaning}`;
    parts.push(`${render(UNKNOWN_TEXT.replyCode[lang], { code: enhanced })}: ${enhancedMeaning.classMeaning} (${enhancedMeaning.subjectMeaning}${detail}).`);
  }
  const hasCode = parts.length > 0;
  const title = !hasCode
    ? UNKNOWN_TEXT.titleNoCode[lang]
    : c.temporary
      ? UNKNOWN_TEXT.titleTemporary[lang]
      : UNKNOWN_TEXT.titlePermanent[lang];
  const explanation = hasCode ? `${UNKNOWN_TEXT.intro[lang]} ${parts.join(' ')}` : UNKNOWN_TEXT.noCodes[lang];
  const steps = c.temporary ? UNKNOWN_TEXT.fixTemporary[lang] : UNKNOWN_TEXT.fixPermanent[lang];
  return {
    title,
    explanation,
    fix: steps.map((s) => render(s)),
    links: [],
    recognisedBy: TIER_WORDS.unknown[lang],
    ...(codeMeaning === undefined ? {} : { codeMeaning }),
    ...(enhancedMeaning === undefined ? {} : { enhancedMeaning }),
  };
}

const CLASS_WORDS = {
  temporary: { nl: 'tijdelijke fout', en: 'temporary failure' },
  permanent: { nl: 'blijvende fout', en: 'permanent failure' },
} as const;

export function explain(c: Classification, lang: Lang, profile: ProviderProfile): Explanation {
  const rule = c.match?.rule;
  if (rule === undefined) return explainUnknown(c, lang, profile);
  const captures = { ...c.captures };
  const render = (t: string): string => renderText(t, lang, profile, captures);
  const links = (rule.links ?? []).flatMap((key) => {
    const url = profile.links[key];
    return url === undefined ? [] : [{ key, url }];
  });
  const status = c.reply.enhanced === undefined ? undefined : parseEnhancedStatus(c.reply.enhanced);
  const codeMeaning = c.reply.code === undefined ? undefined : REPLY_CODE_MEANING[c.reply.code]?.[lang];
  return {
    title: render(rule.title[lang]),
    explanation: render(rule.explanation[lang]),
    fix: rule.fix[lang].map(render),
    ...(rule.crossCheck === undefined ? {} : { crossCheck: render(rule.crossCheck[lang]) }),
    actor: render(ACTOR_WORDS[rule.actor][lang]),
    links,
    recognisedBy: TIER_WORDS[c.tier][lang],
    ...(codeMeaning === undefined ? {} : { codeMeaning }),
    ...(status === undefined ? {} : { enhancedMeaning: describeEnhancedStatus(status, lang) }),
  };
}
