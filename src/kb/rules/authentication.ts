import type { Rule } from '../types';

export const authenticationRules: readonly Rule[] = [];
