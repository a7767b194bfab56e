/**
 * The provider-code tier for web hosting companies' own mail servers: codes and fixed phrases from their published
 * references, each entry naming its source.
 *
 * The cPanel/Exim texts most hosts share (hourly limits, max defers, outgoing spam filter) are rules of their own
 * (rules/own-server-limits.ts) and are not repeated here.
 */
import { providerToken, standalone } from './provider-token';
import type { TierEntry } from './tier-entry';

const GANDI = 'Gandi, "Troubleshooting page for GandiMail" (postmaster.gandi.net); "Better spam protection in Gandi Mail" (news.gandi.net/en/2018/08/better-spam-protection-in-gandi-mail)';
const DREAMHOST = 'DreamHost, "SMTP quota overview" (help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview); MailRoute support documentation, "Outbound Email Quotas" (the same reply for the same per-mailbox sending quota)';
const BLUEHOST = 'Bluehost, "What Does My Email Bounce Mean?" (bluehost.com/help/article/what-does-my-email-bounce-mean)';

const token = providerToken;

/** Gandi's filter names its verdict as "Reject for policy reason RULEn_n" (with or without a full stop before the code). */
function gandiRule(codes: string): RegExp {
  return new RegExp(`reject for policy reason\\.?${standalone(codes).source}`);
}

export const HOSTING_CODE_PHRASES: readonly TierEntry[] = [
  // Gandi Mail: RULE1_1 a possible virus or malware; RULE2_1 phishing (heuristics or a suspicious link), RULE2_2 a
  // likely scam, RULE3_1 suspicious commercial mail, RULE3_2 a high spam score. "sasl_rate_limit" and "blocked you
  // maybe infected" are left out: the page gives the first no meaning and the second is about the client's own IP.
  token('virus-detected', ['rule1_1'], GANDI, { pattern: gandiRule('rule1_1') }),
  token('remote-spam-content', ['rule2_1', 'rule2_2', 'rule3_1', 'rule3_2'], GANDI, { pattern: gandiRule('rule[23]_[12]') }),

  // DreamHost (and MailRoute): the sending mailbox went over its hourly quota of recipients, messages or data.
  token('sending-quota-exceeded', ['policy rejection- quota exceeded'], DREAMHOST),

  // Bluehost's incoming servers: the sending server put more messages in one session than allowed ("Exceeded email
  // limits", try later); "GL/GL" marks a greylisting deferral. Its "recipient rejected GL/BL" (the recipient blocked the
  // sender) is left to the recipient-address rule, which already decides any "recipient rejected".
  token('sender-rate-limited', ['max messages per session'], BLUEHOST),
  token('greylisted', ['try again later - gl/gl'], BLUEHOST),
];
