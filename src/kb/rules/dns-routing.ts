import type { Rule } from '../types';

export const dnsRoutingRules: readonly Rule[] = [];
