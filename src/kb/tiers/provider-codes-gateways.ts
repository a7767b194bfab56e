/**
 * The provider-code tier for mail filtering gateways and security services: codes and fixed
 * phrases from their published references, each entry naming its source.
 *
 * What the other tiers already get right (Mimecast's anti-spoofing and block-list replies,
 * Barracuda Reputation, Trend Micro RBL+, "Local Policy Violation") is not repeated here.
 */
import { providerToken, standaloneCodes } from './provider-token';
import type { TierEntry } from './tier-entry';

const MIMECAST = 'Mimecast, "Mimecast SMTP Error Codes" (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691)';
const PROOFPOINT_ESSENTIALS = 'Proofpoint Essentials, "User email address is \\"marked as invalid\\"" (help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/040_usersandgroups)';
const CISCO = 'Cisco, "AsyncOS for Cisco Email Security Appliances User Guide", Email Authentication: SPF and DMARC verification defaults (cisco.com, AsyncOS 8.5–9.8 user guides)';
const TREND_MICRO = 'Trend Micro, "Frequently asked questions (FAQs) about messages blocked by Email Reputation Services (ERS)" (success.trendmicro.com/solution/1097055)';
const MAILCHANNELS_OUT = 'MailChannels, "Outbound SMTP errors" and "Unblock senders" (docs.mailchannels.com/outbound/smtp-errors, docs.mailchannels.com/outbound/unblock-senders; support.mailchannels.com "Fixing the 5.7.1 [ESR] error")';
const MAILCHANNELS_IN = 'MailChannels, "Inbound SMTP errors" (docs.mailchannels.com/inbound/smtp-errors)';

const token = providerToken;

export const GATEWAY_CODE_PHRASES: readonly TierEntry[] = [
  // Mimecast: the recipient organisation's whole inbound flow is switched off in its Mimecast account (451).
  token('recipient-disabled', ['account inbounds disabled'], MIMECAST),
  // Mimecast: authentication on the submission port (587) failed, the details do not match a Mimecast cloud password.
  token('smtp-login-failed', ['submitter failed to authenticate'], MIMECAST),
  // Mimecast 553: a Secure Receipt/Delivery policy demands TLS with strong ciphers, and the connection did not offer them.
  token('tls-required', ['this route requires high-strength ciphers'], MIMECAST),

  // Proofpoint Essentials: the recipient was marked invalid in SMTP Discovery (an expired, never confirmed address).
  token('recipient-unknown', ['user email address is marked as invalid'], PROOFPOINT_ESSENTIALS),

  // Cisco Secure Email (IronPort) default reject texts of its SPF and DMARC verification.
  token('sender-authentication-failed', ['spf unauthorized mail is prohibited'], CISCO),
  token('dmarc-reject', ['dmarc unauthenticated mail is prohibited'], CISCO),

  // Trend Micro Email Reputation Services: the sending IP is on its RBL+ list.
  token('server-blocklisted', ['refused by rbl-plus.mail-abuse.org'], TREND_MICRO),

  // MailChannels Outbound Filtering, a relay many hosting providers send through. [ESA] and [ESR]: the sending
  // account is blocked for abuse (spam, complaints, invalid recipients), by the system or the abuse team.
  token('outgoing-account-locked', ['[esa] sender blocked', '[esr]'], MAILCHANNELS_OUT, { pattern: standaloneCodes(['[esa]', '[esr]']) }),
  // [RBL]: the sending IP or domain is on a global blocklist; [BFD]: the sender domain's SPF does not allow the relay.
  token('server-blocklisted', ['[rbl] sender blocked'], MAILCHANNELS_OUT),
  token('sender-authentication-failed', ['[bfd] sender prohibited by spf'], MAILCHANNELS_OUT),

  // MailChannels Inbound Filtering: [S09] greylisting; [S10] the connecting IP is blocked; [IB_FEB] a forbidden
  // attachment type; the sender domain's own SPF policy says reject.
  token('greylisted', ['[s09] try again later'], MAILCHANNELS_IN),
  token('server-blocklisted', ['[s10] blocked'], MAILCHANNELS_IN),
  token('message-content-rejected', ['[ib_feb]', 'contained an attachment type that is not allowed'], MAILCHANNELS_IN),
  token('sender-authentication-failed', ["email has been rejected due to the domain's spf policy"], MAILCHANNELS_IN),
];
