/**
 * Reason phrases of commercial and groupware mail servers (Exchange, MDaemon, hMailServer, Kerio Connect, Zimbra, IceWarp, SmarterMail, Axigen, CommuniGate Pro, GroupWise, Domino, Oracle Communications Messaging Server): the fixed words that software or
 * language gives a bounce reason in, each entry naming its source.
 */
import type { TierEntry } from './tier-entry';

export const COMMERCIAL_MTA_PHRASES: readonly TierEntry[] = [];
