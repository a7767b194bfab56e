/**
 * The bounce-reason vocabulary shared with public corpora (Sisimai's names):
 * the knowledge base's catalogue reasons plus the ones only a whole report
 * can give (a feedback report, an auto-reply, a success notice …).
 */
const SISIMAI_REASONS = [
  'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'emailtoolarge', 'expired', 'failedstarttls',
  'feedback', 'filtered', 'hasmoved', 'hostunknown', 'mailboxfull', 'mailererror', 'networkerror', 'norelaying',
  'notaccept', 'notcompliantrfc', 'onhold', 'policyviolation', 'ratelimited', 'rejected', 'requireptr', 'securityerror',
  'spamdetected', 'suspend', 'syntaxerror', 'systemerror', 'systemfull', 'undefined', 'userunknown', 'vacation',
  'virusdetected',
] as const;

export type SisimaiReason = (typeof SISIMAI_REASONS)[number];

const SET: ReadonlySet<string> = new Set(SISIMAI_REASONS);

export function isValidReason(value: string): value is SisimaiReason {
  return SET.has(value);
}

/** Sisimai's older reason names (its older tables use them) in today's words. */
export const RENAMED_REASONS: Readonly<Record<string, SisimaiReason>> = {
  exceedlimit: 'emailtoolarge',
  mesgtoobig: 'emailtoolarge',
  speeding: 'ratelimited',
  toomanyconn: 'ratelimited',
};
