/** The state checks: one file per diagnosis (or a few close ones), each a pure function of the audit input. */
import type { Check } from '../model';
import { ACCOUNT_CHECKS } from './account-checks';
import { DNS_CHECKS } from './dns-checks';

export const CHECKS: readonly Check[] = [...DNS_CHECKS, ...ACCOUNT_CHECKS];
