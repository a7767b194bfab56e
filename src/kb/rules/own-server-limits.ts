import type { Rule } from '../types';

export const ownServerLimitsRules: readonly Rule[] = [];
