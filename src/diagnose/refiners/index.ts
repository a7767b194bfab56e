/** The refiners by diagnosis id: one file per text+state diagnosis, registered in two lists by area. */
import type { DiagnosisId } from '../../kb/catalogue';
import { ACCOUNT_REFINERS } from './account-refiners';
import { DNS_REFINERS } from './dns-refiners';
import type { Refiner } from './refiner';

export const REFINERS: Partial<Record<DiagnosisId, Refiner>> = { ...DNS_REFINERS, ...ACCOUNT_REFINERS };
