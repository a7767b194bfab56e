/** Everything the classifier knows beyond its rules, most specific tier first. */
import type { TierKnowledge } from '../matcher';
import { PROVIDER_CODE_PHRASES, PROVIDER_STATUS_CODES } from './provider-codes';
import { REASON_PHRASES, SISIMAI_PROVIDER_PHRASES } from './reason-phrases';
import { statusCodeDiagnosis } from './status-codes';

export const TIERS: TierKnowledge = {
  entries: [...PROVIDER_CODE_PHRASES, ...SISIMAI_PROVIDER_PHRASES, ...REASON_PHRASES],
  providerCodes: PROVIDER_STATUS_CODES,
  statusCode: statusCodeDiagnosis,
};
