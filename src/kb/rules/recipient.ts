import type { Rule } from '../types';

export const recipientRules: readonly Rule[] = [];
