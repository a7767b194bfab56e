/**
 * The provider-code tier for mail filtering appliances and services not covered elsewhere: codes and fixed phrases from their published
 * references, each entry naming its source.
 *
 * What other tables or rules already get right is not repeated (Cisco's SPF, DMARC and poor-reputation texts, SpamExperts' spam
 * verdict, Barracuda Reputation, Proofpoint's block lists).
 */
import type { DiagnosisId, RuleMatch } from '../types';
import { providerToken, standalone, standaloneCodes } from './provider-token';
import type { TierEntry } from './tier-entry';

const SOPHOS = 'Sophos Email (Sophos Central), "SMTP error codes" (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html)';
const BROADCOM = 'Broadcom (Symantec) Email Security.cloud, formerly MessageLabs: knowledge articles 164955, 162152, 165165, 173082, 175710 (knowledge.broadcom.com/external/article/…) and the symanteccloud.com troubleshooting page, as quoted in Sisimai lib/sisimai/rhost/messagelabs.rb (BSD-2); wordtothewise.com "Looking for message labs help?" for the [7.7] reply';
const CLOUDMARK = 'Cloudmark, "CSI IP Reputation Remediation Portal" (csi.cloudmark.com/reasons-admin.php) and "Why is Cloudmark blocking my messages?" (cloudmark.com/en/knowledgebase/cloudmark-sender-intelligence)';
const VADE_OX = 'Vade (Hornetsecurity) postmaster for the OX App Suite platform, "Inbound SMTP error codes" (postmaster-oxsus.vadesecure.com/inbound_error_codes, postmaster-oxseu.vadesecure.com/inbound_error_codes)';

const INVALUEMENT = 'invaluement anti-spam DNSBLs: ivmSIP and ivmSIP/24 list sending IPs and ranges, ivmURI the domains and addresses found in messages (invaluement.com)';
const SPFBL = 'SPFBL (spfbl.net, its README "Serviço SPFBL"): a service joining SPF and DNSBL checks, whose refusals name it as "[SPFBL] listed" (held back) or "[SPFBL] blocked"';

const token = providerToken;

/** Sophos Email's codes stand as words of their own in the reply ("550 5.7.1 XGEMAIL_0011 Command rejected"). */
function xgemail(id: DiagnosisId, numbers: readonly string[]): TierEntry {
  const codes = numbers.map((n) => `xgemail_${n}`);
  return token(id, codes, SOPHOS, { pattern: standaloneCodes(codes) });
}

/**
 * Vade's codes on the OX platform: OXSUS or OXSEU, an optional number, "_" and the reason ("OXSUS0001_101"), numbered as
 * on Vade's EarthLink page (provider-codes-americas-asia.ts).
 */
function oxVade(id: DiagnosisId, numbers: string, more: Omit<RuleMatch, 'phrases'> = {}): TierEntry {
  return token(id, ['oxsus', 'oxseu'], VADE_OX, { pattern: standalone(`ox(?:sus|seu)\\d*_(?:${numbers})`), ...more });
}

export const FILTER_CODE_PHRASES: readonly TierEntry[] = [
  // Sophos Email. 0001-0003: DKIM, SPF or DMARC of the message failed; 0004: the sending IP failed a block-list (RBL) test;
  // 0006: the TLS version does not meet the recipient's policy; 0009: the sender is on the recipient user's own block list;
  // 0010: the recipient domain is not one Sophos protects; 0011: no such recipient; 0012: over the size limit;
  // 0014/0015: the recipient's inbound rate limit, from this sender or from all senders.
  xgemail('sender-authentication-failed', ['0001']),
  xgemail('spf-invalid', ['0002']),
  xgemail('dmarc-reject', ['0003']),
  xgemail('server-blocklisted', ['0004']),
  xgemail('tls-required', ['0006']),
  xgemail('recipient-filtered', ['0009']),
  xgemail('relay-denied', ['0010']),
  xgemail('recipient-unknown', ['0011']),
  xgemail('message-too-large', ['0012']),
  xgemail('recipient-rate-limited', ['0014', '0015']),

  // Broadcom Email Security.cloud (MessageLabs). [7.7]: the sending IP has a negative reputation with Symantec; a TLS-only
  // recipient domain; the IP on the Spamhaus PBL; the sender's domain or address on the recipient's own block list, or its IP
  // on the company's list; a recipient address that is not registered; bare line feeds or a message that breaks RFC 2822.
  token('ip-reputation-throttled', ['connection rejected by policy [7.7]'], BROADCOM),
  token('tls-required', ['tls/sslv3 connection required'], BROADCOM),
  token('server-blocklisted', ['mail rejected because your ip is in the pbl'], BROADCOM),
  token('server-blocklisted', ['sorry, your ip address'], BROADCOM, { pattern: /sorry, your ip address (?:\(?[0-9a-f.:]+\)? )?has been blocked/ }),
  token('sender-address-rejected', ['sorry, your domain has been blacklisted', 'sorry, your domain has been blocked', 'sorry, your email address has been blocked'], BROADCOM),
  token('receiver-policy', ['sorry, your ip address has been blacklisted'], BROADCOM),
  token('recipient-unknown', ['recipient mailbox is not allowed'], BROADCOM),
  token('message-not-rfc-compliant', ['stray linefeeds in message', 'requested action aborted [4]'], BROADCOM),

  // Cloudmark Sender Intelligence: a reply that sends the sender to the CSI portal means the sending IP's CSI reputation is bad.
  token('server-blocklisted', ['csi.cloudmark.com', 'cloudmark csi'], CLOUDMARK),
  // invaluement's lists by name: the sending IP or its /24 range (ivmSIP, ivmSIP/24), or something named in the message (ivmURI).
  token('server-blocklisted', ['ivmsip'], INVALUEMENT),
  token('url-blocklisted', ['ivmuri'], INVALUEMENT),
  // SPFBL's own listing of the sending server ("[SPFBL] listed.", "[SPFBL] blocked."); its SPF refusal says "not allowed to send".
  token('server-blocklisted', ['[spfbl] listed', '[spfbl] blocked', 'spfbl listed', 'spfbl blocked'], SPFBL),

  // Vade on the OX platform. 101, 102, 111: the IP is on the Vade Threat Network, Validity or Spamhaus list (102 was once a 421
  // deferral for a busy backend, so only a 5xx counts); 105, 108: no or no matching reverse DNS; 110: too many concurrent
  // connections; 130: the IP is held back as a source of unacceptable mail. Codes that come with "Connection refused" and 4xx
  // are left to the rules; 403 (unknown user or malformed address) is left out, its page gives it two meanings.
  oxVade('server-blocklisted', '101|111'),
  oxVade('server-blocklisted', '102', { codes: [550, 554] }),
  oxVade('server-ptr-missing', '105|108'),
  oxVade('sender-rate-limited', '110'),
  oxVade('ip-reputation-throttled', '130'),
];
