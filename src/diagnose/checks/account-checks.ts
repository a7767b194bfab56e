/** The account-state checks: mailboxes, forwarders, spam settings and the sending limits, one file each. */
import type { Check } from '../model';
import { checkFormMailSender } from './form-mail-sender';
import { checkMailboxQuota } from './mailbox-quota';
import { checkIncomingSuspended, checkLoginSuspended } from './mailbox-suspensions';
import { checkMaxDefersApproaching } from './max-defers-approaching';
import { checkSpamBox } from './spam-box';

export const ACCOUNT_CHECKS: readonly Check[] = [
  checkMaxDefersApproaching,
  checkSpamBox,
  checkIncomingSuspended,
  checkLoginSuspended,
  checkMailboxQuota,
  checkFormMailSender,
];
