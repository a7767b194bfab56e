import type { Rule } from '../types';

export const receiverPolicyRules: readonly Rule[] = [];
