/**
 * Reason phrases of open-source mail servers and filters (Exim, Postfix, Sendmail, qmail, Courier, OpenSMTPD, Haraka, Dovecot, Cyrus, amavis, SpamAssassin, rspamd, postgrey and the policy services): the fixed words that software or
 * language gives a bounce reason in, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const OPEN_SOURCE_MTA_PHRASES: readonly TierEntry[] = [];
