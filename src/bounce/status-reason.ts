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

export function reasonFromStatus(status: string | undefined, action: string | undefined): SisimaiReason | undefined {
  if (status !== undefined) {
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
