/** The refiners of text+state diagnoses that DNS (and Email Routing / Email Deliverability) decide. */
import type { DiagnosisId } from '../../kb/catalogue';
import { refineDmarcReject } from './dmarc-reject';
import { refineGmailUnauthenticated } from './gmail-unauthenticated';
import { refineMxTarget } from './mx-target';
import { refineRecipientDomainNotFound } from './recipient-domain-not-found';
import { refineRecipientNullMx } from './recipient-null-mx';
import type { Refiner } from './refiner';
import { refineSenderDomainNoNameservers } from './sender-domain-no-nameservers';
import { refineSenderVerifyFailed } from './sender-verify-failed';
import { refineServerPtrMissing } from './server-ptr-missing';
import { refineUnrouteableAddress } from './unrouteable-address';

export const DNS_REFINERS: Partial<Record<DiagnosisId, Refiner>> = {
  'sender-verify-failed': refineSenderVerifyFailed,
  'gmail-unauthenticated': refineGmailUnauthenticated,
  'dmarc-reject': refineDmarcReject,
  'server-ptr-missing': refineServerPtrMissing,
  'recipient-domain-not-found': refineRecipientDomainNotFound,
  'recipient-null-mx': refineRecipientNullMx,
  'unrouteable-address': refineUnrouteableAddress,
  'cloudflare-mx': refineMxTarget,
  'mx-invalid-record': refineMxTarget,
  'sender-domain-no-nameservers': refineSenderDomainNoNameservers,
};
