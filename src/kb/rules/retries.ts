import type { Rule } from '../types';

export const retriesRules: readonly Rule[] = [];
