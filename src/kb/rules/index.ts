/** All rules of the knowledge base, grouped in files by topic. Order does not decide matches: specificity does (matcher.ts). */
import type { Rule } from '../types';
import { authenticationRules } from './authentication';
import { contentRules } from './content';
import { dnsRoutingRules } from './dns-routing';
import { generalReasonRules } from './general-reasons';
import { ownServerLimitsRules } from './own-server-limits';
import { receiverPolicyRules } from './receiver-policy';
import { recipientRules } from './recipient';
import { reputationRules } from './reputation';
import { retriesRules } from './retries';

export const RULES: readonly Rule[] = [
  ...ownServerLimitsRules,
  ...contentRules,
  ...authenticationRules,
  ...reputationRules,
  ...receiverPolicyRules,
  ...recipientRules,
  ...dnsRoutingRules,
  ...retriesRules,
  ...generalReasonRules,
];
