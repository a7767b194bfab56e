/**
 * LAST-RESORT reason, used only when the knowledge base does not recognise a
 * recipient's text: the reason its RFC 3463 status code (or, without one,
 * the report's Action) stands for. It is labelled as such wherever it is
 * shown, because a code says much less than the remote server's words.
 * The mapping follows the subject/detail meanings of RFC 3463 §3.
 */
import type { SisimaiReason } from './reasons';

const BY_DETAIL: Readonly<Record<string, SisimaiReason>> = {
  '1.0': 'userunknown', // other address status
  '1.1': 'userunknown', // bad destination mailbox address
  '1.2': 'hostunknown', // bad destination system address
  '1.3': 'userunknown', // bad destination mailbox address syntax
  '1.4': 'filtered', // destination mailbox address ambiguous
  '1.6': 'hasmoved', // destination mailbox has moved, no forwarding address
  '1.7': 'rejected', // bad sender's mailbox address syntax
  '1.8': 'rejected', // bad sender's system address
  '1.10': 'notaccept', // recipient address has null MX (RFC 7505)
  '2.0': 'filtered', // other or undefined mailbox status
  '2.1': 'suspend', // mailbox disabled, not accepting messages
  '2.2': 'mailboxfull', // mailbox full
  '2.3': 'emailtoolarge', // message length exceeds administrative limit
  '2.4': 'systemerror', // mailing list expansion problem
  '3.0': 'systemerror', // other or undefined mail system status
  '3.1': 'systemfull', // mail system full
  '3.2': 'notaccept', // system not accepting network messages
  '3.3': 'systemerror', // system not capable of selected features
  '3.4': 'emailtoolarge', // message too big for system
  '3.5': 'systemerror', // system incorrectly configured
  '4.0': 'networkerror', // other or undefined network or routing status
  '4.1': 'networkerror', // no answer from host
  '4.2': 'networkerror', // bad connection
  '4.3': 'systemerror', // directory server failure
  '4.4': 'hostunknown', // unable to route
  '4.5': 'systemfull', // mail system congestion
  '4.6': 'networkerror', // routing loop detected
  '4.7': 'expired', // delivery time expired
  '5.0': 'syntaxerror', // other or undefined protocol status
  '5.1': 'syntaxerror', // invalid command
  '5.2': 'syntaxerror', // syntax error
  '5.3': 'ratelimited', // too many recipients
  '5.4': 'syntaxerror', // invalid command arguments
  '5.5': 'syntaxerror', // wrong protocol version
  '6.0': 'contenterror', // other or undefined media error
  '6.1': 'contenterror', // media not supported
  '6.2': 'contenterror', // conversion required and prohibited
  '6.3': 'contenterror', // conversion required but not supported
  '7.0': 'securityerror', // other or undefined security status
  '7.1': 'rejected', // delivery not authorised, message refused
  '7.2': 'securityerror', // mailing list expansion prohibited
  '7.7': 'securityerror', // message integrity failure
  '7.9': 'securityerror', // authentication mechanism is too weak
  '7.23': 'authfailure', // SPF validation failed (RFC 7372)
  '7.24': 'authfailure', // SPF validation error
  '7.25': 'requireptr', // reverse DNS validation failed
  '7.26': 'authfailure', // multiple authentication checks failed
};

/**
 * Whole codes whose reason the public bounce corpora agree on, more exact
 * than the subject/detail meaning alone (X.2.0 a refused mailbox, 4.4.7 an
 * expired queue, 5.7.1 a security refusal …). Facts from Sisimai 5.1.0
 * lib/Sisimai/SMTP/Status.pm (BSD 2-Clause, see
 * src/kb/tiers/SISIMAI-LICENSE), its older reason names in today's words.
 */
const BY_CODE: Readonly<Record<string, SisimaiReason>> = {
  '2.1.5': 'delivered', '4.1.6': 'hasmoved', '4.1.7': 'rejected', '4.1.8': 'rejected', '4.1.9': 'systemerror', '4.2.1': 'suspend',
  '4.2.2': 'mailboxfull', '4.2.3': 'emailtoolarge', '4.2.4': 'filtered', '4.3.1': 'systemfull', '4.3.2': 'notaccept', '4.3.3': 'systemerror',
  '4.3.5': 'systemerror', '4.4.1': 'expired', '4.4.2': 'networkerror', '4.4.3': 'systemerror', '4.4.4': 'networkerror', '4.4.5': 'systemfull',
  '4.4.6': 'networkerror', '4.4.7': 'expired', '4.4.8': 'networkerror', '4.5.3': 'systemerror', '4.5.5': 'systemerror', '4.6.0': 'contenterror',
  '4.6.2': 'contenterror', '4.6.5': 'contenterror', '4.7.1': 'blocked', '4.7.2': 'blocked', '4.7.5': 'securityerror', '4.7.6': 'securityerror',
  '4.7.7': 'securityerror', '4.7.12': 'securityerror', '4.7.15': 'securityerror', '4.7.16': 'emailtoolarge', '4.7.24': 'authfailure',
  '4.7.25': 'requireptr', '4.7.26': 'authfailure', '5.1.0': 'userunknown', '5.1.1': 'userunknown', '5.1.2': 'hostunknown', '5.1.3': 'userunknown',
  '5.1.4': 'filtered', '5.1.6': 'hasmoved', '5.1.7': 'rejected', '5.1.8': 'rejected', '5.1.9': 'systemerror', '5.1.10': 'notaccept',
  '5.2.0': 'filtered', '5.2.1': 'filtered', '5.2.2': 'mailboxfull', '5.2.3': 'emailtoolarge', '5.2.4': 'filtered', '5.3.0': 'systemerror',
  '5.3.1': 'systemfull', '5.3.2': 'notaccept', '5.3.3': 'systemerror', '5.3.4': 'emailtoolarge', '5.3.5': 'systemerror', '5.4.0': 'networkerror',
  '5.4.3': 'systemerror', '5.4.4': 'hostunknown', '5.5.2': 'syntaxerror', '5.5.3': 'ratelimited', '5.5.4': 'systemerror', '5.5.5': 'systemerror',
  '5.5.6': 'syntaxerror', '5.6.0': 'contenterror', '5.6.1': 'contenterror', '5.6.2': 'contenterror', '5.6.3': 'contenterror',
  '5.6.5': 'contenterror', '5.6.6': 'contenterror', '5.6.7': 'contenterror', '5.6.8': 'contenterror', '5.6.9': 'contenterror',
  '5.7.0': 'securityerror', '5.7.1': 'securityerror', '5.7.2': 'securityerror', '5.7.3': 'securityerror', '5.7.4': 'securityerror',
  '5.7.5': 'securityerror', '5.7.6': 'securityerror', '5.7.7': 'securityerror', '5.7.8': 'securityerror', '5.7.9': 'securityerror',
  '5.7.10': 'securityerror', '5.7.11': 'securityerror', '5.7.13': 'suspend', '5.7.14': 'securityerror', '5.7.15': 'securityerror',
  '5.7.16': 'emailtoolarge', '5.7.17': 'hasmoved', '5.7.18': 'hasmoved', '5.7.19': 'securityerror', '5.7.20': 'authfailure', '5.7.21': 'authfailure',
  '5.7.22': 'authfailure', '5.7.23': 'authfailure', '5.7.24': 'authfailure', '5.7.25': 'requireptr', '5.7.26': 'authfailure', '5.7.27': 'notaccept',
  '5.7.28': 'spamdetected', '5.7.29': 'authfailure', '5.7.30': 'securityerror',
};

export function reasonFromStatus(status: string | undefined, action: string | undefined): SisimaiReason | undefined {
  if (status !== undefined) {
    const exact = BY_CODE[status];
    if (exact !== undefined) return exact;
    const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status);
    if (m !== null) {
      if (m[1] === '2') return 'delivered';
      const detail = BY_DETAIL[`${m[2]!}.${m[3]!}`];
      if (detail !== undefined) return detail;
    }
  }
  if (action === 'delayed') return 'expired';
  return undefined;
}
