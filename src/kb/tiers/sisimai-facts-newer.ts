/**
 * Bounce-phrase facts that Sisimai added after v5.1.0 (sisimai-facts.ts), from
 * its Go port (github.com/sisimai/go-sisimai, reason/why-*.go and
 * rhost/for-*.go at the commits named below): only what neither v5.1.0 nor
 * Mail Doctor's own rules already say, in the same shape — per reason, lower-case phrases, ordered
 * phrases (pairs or triples) and veto phrases; per remote provider, [reason,
 * reply code (0 = any), status ("" = any), phrase] rows. Reason names are
 * Sisimai's of that version (emailtoolarge, ratelimited).
 *
 * Copyright (c) 2014- azumakuniyuki and the sisimai development team. BSD
 * 2-Clause License: see SISIMAI-LICENSE in this folder. Data only; how Mail
 * Doctor uses it is in reason-phrases.ts.
 */
import type { SisimaiReasonFacts, SisimaiRhostRow } from './sisimai-facts';

export const SISIMAI_NEWER_REASONS: Readonly<Record<string, SisimaiReasonFacts>> = {
  // reason/why-blocked.go (0f27c016)
  blocked: {
    phrases: [],
    pairs: [['mail from ', ' refused, see ', 'orbs'], ['your access ip', ' has been rejected']],
    isnot: [],
  },
  // reason/why-emailtoolarge.go (075d2f78)
  emailtoolarge: { phrases: ['exceeded the maximum incoming message size'], pairs: [], isnot: [] },
  // reason/why-filtered.go (014413ae): shorter forms of v5.1.0's phrases
  filtered: {
    phrases: ['account is protected by', 'recipient id refuse to receive mail', 'recipient is only accepting mail from specific email addresses'],
    pairs: [],
    isnot: [],
  },
  // reason/why-mailboxfull.go (0867989e)
  mailboxfull: {
    phrases: ['mailbox would exceed maximum allowed storage', "user's space has been used up"],
    pairs: [
      ['account is ', ' quota'],
      ['disk', 'quota'],
      ['enough ', ' space'],
      ['mailbox ', 'exceeded', ' limit'],
      ['mailbox ', 'full'],
      ['mailbox ', 'quota'],
      ['maildir ', 'quota'],
      ['over ', 'quota'],
      ['quota ', 'exceeded'],
    ],
    isnot: [],
  },
  // reason/why-notcompliantrfc.go (031a34ba)
  notcompliantrfc: { phrases: [], pairs: [[' multiple ', ' header']], isnot: [] },
  // reason/why-ratelimited.go (20bca4b2): speeding and toomanyconn in one reason
  ratelimited: {
    phrases: [],
    pairs: [
      ['connection ', 'limit'],
      ['temporarily', 'rate limited'],
      ['throttled ', 'postmaster.comcast.net'],
      ['too many ', 'session'],
    ],
    isnot: [],
  },
  // reason/why-requireptr.go (02714b77)
  requireptr: { phrases: ['cannot resolve your address.'], pairs: [], isnot: [] },
  // reason/why-spamdetected.go (0f27c016)
  spamdetected: { phrases: [], pairs: [['mail score (', ' over ']], isnot: [] },
  // reason/why-systemerror.go (2143e0cb)
  systemerror: { phrases: [], pairs: [['unable to connect ', 'daemon']], isnot: [] },
  // reason/why-userunknown.go (017c0852)
  userunknown: {
    phrases: ['weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann'],
    pairs: [],
    isnot: [],
  },
};

export const SISIMAI_NEWER_RHOSTS: Readonly<Record<string, readonly SisimaiRhostRow[]>> = {
  // rhost/for-apple.go (76b75059)
  Apple: [['authfailure', 0, '', 'blocked for failing both spf and dkim autentication checks']],
  // rhost/for-cloudflare.go (2143e0cb): Cloudflare Email Routing
  Cloudflare: [['blocked', 0, '', 'found on one or more dnsbls']],
  // rhost/for-microsoft.go (194cc336)
  Microsoft: [
    ['networkerror', 0, '4.4.312', 'dns query failed'],
    ['networkerror', 0, '5.4.312', 'dns query failed'],
  ],
  // rhost/for-yahooinc.go (76b75059)
  YahooInc: [['notcompliantrfc', 0, '', 'headers are not rfc compliant']],
};
