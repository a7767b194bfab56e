/** Everything the classifier knows beyond its rules, most specific tier first. */
import type { TierKnowledge } from '../matcher';
import { PROVIDER_CODE_PHRASES, PROVIDER_STATUS_CODES } from './provider-codes';
import { AMERICAS_ASIA_CODE_PHRASES } from './provider-codes-americas-asia';
import { EUROPE_CODE_PHRASES } from './provider-codes-europe';
import { GATEWAY_CODE_PHRASES } from './provider-codes-gateways';
import { FILTER_CODE_PHRASES } from './provider-codes-filters';
import { HOSTING_CODE_PHRASES } from './provider-codes-hosts';
import { ISP_CODE_PHRASES } from './provider-codes-isps';
import { REGIONAL_CODE_PHRASES } from './provider-codes-regional';
import { LOCALISED_NDR_PHRASES } from './provider-codes-localised';
import { ESP_CODE_PHRASES } from './provider-codes-esps';
import { BIG_PROVIDER_PHRASES, BIG_PROVIDER_STATUS_CODES } from './provider-codes-big-providers';
import { ASIA_RUSSIA_CODE_PHRASES } from './provider-codes-asia-russia';
import { SECURITY_GATEWAY_CODE_PHRASES } from './provider-codes-security-gateways';
import { MORE_WORLD_CODE_PHRASES } from './provider-codes-more-world';
import { REASON_PHRASES, SISIMAI_PROVIDER_PHRASES } from './reason-phrases';
import { statusCodeDiagnosis } from './status-codes';

export const TIERS: TierKnowledge = {
  entries: [...PROVIDER_CODE_PHRASES, ...BIG_PROVIDER_PHRASES, ...GATEWAY_CODE_PHRASES, ...EUROPE_CODE_PHRASES, ...AMERICAS_ASIA_CODE_PHRASES, ...ISP_CODE_PHRASES, ...FILTER_CODE_PHRASES, ...HOSTING_CODE_PHRASES, ...REGIONAL_CODE_PHRASES, ...LOCALISED_NDR_PHRASES, ...ESP_CODE_PHRASES, ...ASIA_RUSSIA_CODE_PHRASES, ...SECURITY_GATEWAY_CODE_PHRASES, ...MORE_WORLD_CODE_PHRASES, ...SISIMAI_PROVIDER_PHRASES, ...REASON_PHRASES],
  providerCodes: [...PROVIDER_STATUS_CODES, ...BIG_PROVIDER_STATUS_CODES],
  statusCode: statusCodeDiagnosis,
};
