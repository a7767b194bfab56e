/**
 * The provider-code tier for regional ISPs and hosting providers (the
 * Benelux, the UK, the rest of Europe, North America, Asia): codes and fixed
 * phrases from their published references, each entry naming its source.
 *
 * Only providers whose own pages give a concrete reply text are here (IONOS beyond what provider-codes.ts already
 * has, BT, Infomaniak). What the other tiers already get right is not repeated: TransIP's 550 5.7.1 page quotes
 * Google's and Microsoft's wordings, and KPN's plain "Mail rejected" and its IP block are the kpn-mail-rejected rule.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const IONOS_INBOUND = 'IONOS (1&1), "SMTP Error Messages of the IONOS Mail Servers" (ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver; help.1and1.com "SMTP Error Messages for the 1&1 Mail Server")';
const IONOS_LIMITS = 'IONOS, "What are the mass mailing limits?" (ionos.ca/help/email/general-topics/what-are-the-mass-mailing-limits)';
const IONOS_SENDER = 'IONOS, "Important change for sending emails with different sender addresses" and "No sending of emails with a different sender address" (ionos.com/help/email/general-topics/important-change-for-sending-emails-with-different-sender-addresses, ionos.com/help/hosting/no-sending-of-emails-with-a-different-sender-address)';
const BT_BUSINESS = 'BT Business, "My emails are being rejected - I\'m getting messages with the error code 550" (btbusiness.custhelp.com/app/answers/detail/a_id/15074)';
const BT_EMAIL = 'BT, "BT Email Error 550 – what it means and how to fix it" (bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-)';
const INFOMANIAK = 'Infomaniak, "Resolve an email issue (following an error report)" (infomaniak.com/en/support/faq/858)';

const token = providerToken;

export const REGIONAL_CODE_PHRASES: readonly TierEntry[] = [
  // IONOS (1&1) receiving mail for its customers. "421/450 Reject due to policy violations": the sending server's IP is
  // blocked for a while after mail to too many addresses that do not exist, or the sender address was reported as a
  // spam source (450 also for a HELO name that keeps changing); "421 Rate limit reached. Please try again later": too
  // many messages in too short a time.
  token('ip-reputation-throttled', ['reject due to policy violations'], IONOS_INBOUND),
  token('sender-rate-limited', ['rate limit reached. please try again later'], IONOS_INBOUND),

  // IONOS's own outgoing servers. "450 Mail send limit exceeded.": the mailbox went over its hourly sending limit
  // (which grows with the account's age and usual volume); "Sender address is not allowed": since 29 January 2024
  // the sender address must be on the domain of the mailbox (or of the hosting contract) that sends it.
  token('sending-quota-exceeded', ['mail send limit exceeded'], IONOS_LIMITS),
  token('sender-address-rejected', ['sender address is not allowed'], IONOS_SENDER),

  // BT (btinternet.com, btopenworld.com). "550 Message rejected due to sender IP reputation ([ip])": BT's network
  // judges the sending IP a spam source; "550 Recipient Not Authorised [recipient rejected due to no authorised
  // destination groups]": BT's outgoing server refuses the From address (misspelt, not one of the account's, or
  // created less than 24 hours ago); "550 unknown local user": no such btinternet or btopenworld address.
  token('ip-reputation-throttled', ['message rejected due to sender ip reputation'], BT_BUSINESS),
  token('sender-address-rejected', ['no authorised destination groups'], BT_EMAIL),
  token('recipient-unknown', ['unknown local user'], BT_EMAIL),

  // Infomaniak's worked example of a bounce: "recipient rejected, account administratively disabled", the
  // recipient's provider has suspended the mailbox (the address exists), even when the reply carries 5.1.1.
  token('recipient-disabled', ['account administratively disabled'], INFOMANIAK),
];
