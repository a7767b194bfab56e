import type { Rule } from '../types';

export const reputationRules: readonly Rule[] = [];
