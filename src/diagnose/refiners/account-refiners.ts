/** The refiners for diagnoses decided by account state (mailboxes, forwarders, limits), one file each. */
import type { DiagnosisId } from '../../kb/catalogue';
import { refineForwarderBreaksSpf } from './forwarder-breaks-spf';
import { refineIncomingSuspended } from './incoming-suspended';
import { refineMaxDefersFailures } from './max-defers-failures';
import { refineMaxEmailsPerHour } from './max-emails-per-hour';
import { refineOutgoingHeld } from './outgoing-held';
import { refineOutgoingSuspended } from './outgoing-suspended';
import { refinePipeForwarderFailed } from './pipe-forwarder-failed';
import { refineRecipientMailboxFull } from './recipient-mailbox-full';
import type { Refiner } from './refiner';
import { refineSmtpAuthRequired } from './smtp-auth-required';

export const ACCOUNT_REFINERS: Partial<Record<DiagnosisId, Refiner>> = {
  'smtp-auth-required': refineSmtpAuthRequired,
  'max-defers-failures': refineMaxDefersFailures,
  'max-emails-per-hour': refineMaxEmailsPerHour,
  'outgoing-suspended': refineOutgoingSuspended,
  'outgoing-held': refineOutgoingHeld,
  'recipient-mailbox-full': refineRecipientMailboxFull,
  'forwarder-breaks-spf': refineForwarderBreaksSpf,
  'pipe-forwarder-failed': refinePipeForwarderFailed,
  'incoming-suspended': refineIncomingSuspended,
};
