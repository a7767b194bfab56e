/** The DNS state checks: routing against MX, the MX records, SPF/DKIM/DMARC, blocklists and reverse DNS. */
import type { Check } from '../model';
import { checkBlocklists } from './blocklists';
import { checkDkim } from './dkim';
import { checkDmarc } from './dmarc';
import { checkMxPropagation } from './mx-propagation';
import { checkMxRecords } from './mx-records';
import { checkRoutingMx } from './routing-mx';
import { checkSenderRequirements } from './sender-requirements';
import { checkServerPtr } from './server-ptr';
import { checkSpf } from './spf';

export const DNS_CHECKS: readonly Check[] = [
  checkRoutingMx,
  checkMxRecords,
  checkMxPropagation,
  checkSpf,
  checkDkim,
  checkDmarc,
  checkBlocklists,
  checkServerPtr,
  checkSenderRequirements,
];
