/**
 * The provider-code tier: codes and fixed phrases that large providers
 * publish for their own rejections, each mapped onto a diagnosis. Taken from
 * the providers' reference pages (named per group) and, where marked, from
 * Sisimai's per-provider tables (BSD-2, see SISIMAI-LICENSE beside this file).
 *
 * Two kinds: a code that appears as a token in the text ("[TSS04]", "(S3150)",
 * "OFR004_104") is a phrase; a provider's own enhanced status code ("5.7.708")
 * is looked up by code, since the reply parser has already taken it out of
 * the text.
 */
import type { DiagnosisId } from '../types';
import { providerToken, standaloneCodes } from './provider-token';
import type { ProviderCodeEntry, TierEntry } from './tier-entry';

const MICROSOFT = 'Microsoft, "Email non-delivery reports and SMTP errors in Exchange Online" (learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online)';
const MICROSOFT_OUTLOOK = 'Microsoft, Outlook.com postmaster "Troubleshooting" (sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)';
const GOOGLE = 'Google, "SMTP errors and codes" (support.google.com/a/answer/3726730)';
const YAHOO = 'Yahoo, "SMTP error codes" (senders.yahooinc.com/smtp-error-codes)';
const AOL = 'AOL postmaster error codes (postmaster.aol.com/error-codes), now part of Yahoo';
const APPLE = 'Apple, "Postmaster information for iCloud Mail" (support.apple.com/HT204137)';
const MIMECAST = 'Mimecast, "SMTP Error Codes" (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754)';
const PROOFPOINT = 'Proofpoint, "Proofpoint Dynamic Reputation / IP blocked" (ipcheck.proofpoint.com, help.proofpoint.com)';
const ORANGE = 'Orange and La Poste reply codes as tabled in Sisimai lib/Sisimai/Rhost/FrancePTT.pm (BSD-2), after postmastery.com/orange-postmaster-smtp-error-codes-ofr';
const GMX = 'GMX / WEB.DE postmaster, "Error codes" (postmaster.gmx.net/en/error-messages, postmaster.web.de)';
const TONLINE = 'Deutsche Telekom postmaster (postmaster.t-online.de)';
const IONOS = 'IONOS, "Error messages of the IONOS mail servers" (ionos.com/help, "Bounce messages")';
const YANDEX = 'Yandex Mail, "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/yandex.html)';
const COMCAST = 'Comcast, "Mail delivery error codes" (postmaster.comcast.net/mail-error-codes.html)';
const COX = 'Cox, "Email error codes" (cox.com/business/support/email-error-codes.html; postmaster.cox.net "Error Codes")';
const NETEASE = 'NetEase Mail (163.com, 126.com, yeah.net), "退信代码说明" (its table of bounce codes, help.mail.163.com)';
const TREND_MICRO = 'Trend Micro Email Reputation Services, reply text of a listed sender (ers.trendmicro.com)';
const SISIMAI = 'Sisimai Rhost tables (lib/Sisimai/Rhost/*.pm), BSD-2';

const token = providerToken;

/**
 * Orange's and La Poste's numbered replies. The number after OFR, LPN or OUK
 * (an optional three-digit server part, then "_" or "-") names the reason;
 * numbers whose meaning the table leaves open ("Service refused, please try
 * later" as 105, 108, 109, 201, 423, 424, 513) are left to the other tiers.
 */
export const FRENCH_PTT: ReadonlyArray<readonly [DiagnosisId, readonly string[]]> = [
  ['server-blocklisted', ['102', '103', '510', '999']],
  ['sender-rate-limited', ['104']],
  ['smtp-auth-required', ['305', '402']],
  ['sender-authentication-failed', ['401']],
  ['sender-address-rejected', ['403', '405', '415', '421']],
  ['recipient-unknown', ['416', '418']],
  ['recipient-mailbox-full', ['417']],
  ['recipient-disabled', ['420', '426']],
  ['receiver-system-error', ['505']],
  ['remote-spam-content', ['506']],
  ['message-too-large', ['514']],
];

function frenchPttCodes(): TierEntry[] {
  return FRENCH_PTT.map(([id, numbers]) =>
    token(id, ['ofr', 'lpn', 'ouk'], ORANGE, { pattern: new RegExp(`\\b(?:ofr|lpn|ouk)(?:\\d{3})?[_-](?:${numbers.join('|')})\\b`) }),
  );
}

export const PROVIDER_CODE_PHRASES: readonly TierEntry[] = [
  // Microsoft (Outlook.com, Exchange Online Protection)
  token('microsoft-blocklist', ['(s3150)', '(s3140)', '(s3114)', '(s3115)', '(s3113)', '(s3116)'], MICROSOFT_OUTLOOK),
  token('microsoft-blocklist', ['traffic not accepted from this ip'], MICROSOFT),
  token('ip-reputation-throttled', ['(s775)', '(s843)', '(s844)'], MICROSOFT_OUTLOOK),
  // Outlook.com's older reply codes: SC (IP or content reputation, complaints), OU (block list), DY (dynamic IP or a
  // compromised server) refuse the sending IP; RP is its hourly and daily rate limit. The code stands before a
  // bracketed server id or before the words that name Hotmail, never alone.
  token('microsoft-blocklist', ['sc-001', 'sc-002', 'sc-003', 'sc-004', 'ou-001', 'ou-002', 'dy-001', 'dy-002'], MICROSOFT_OUTLOOK, { pattern: /\b(?:sc|ou|dy)-00[1-4](?: \(|\b[^.;\n]{0,40}?\b(?:hotmail|windows live|outlook\.com))/ }),
  token('ip-reputation-throttled', ['rp-001', 'rp-002', 'rp-003'], MICROSOFT_OUTLOOK, { pattern: /\brp-00[1-3] \(/ }),
  token('ip-reputation-throttled', ['access denied, please try again later', 'temporarily rate limited due to ip reputation'], MICROSOFT),
  token('recipient-unknown', ['resolver.adr.recipientnotfound', 'resolver.adr.exrecipnotfound', 'recipientnotfound'], MICROSOFT),
  // Directory-based edge blocking: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)" (also under
  // 5.7.504 in the NDR table). Only under those codes: the same words are Postfix's default text for a recipient
  // refused by an access table.
  token('recipient-unknown', ['recipient address rejected: access denied'], MICROSOFT, { enhanced: ['5.4.1', '5.7.504'], requireCode: true }),
  token('recipient-mailbox-full', ['mailbox full', 'storedrv.deliver.exception:quotaexceededexception', 'quotaexceededexception'], MICROSOFT),
  token('message-too-large', ['resolver.rst.recipsizelimit', 'messagesizeexceeded', 'message size exceeds'], MICROSOFT),
  token('exchange-distribution-list-auth', ['resolver.rst.authrequired', 'resolver.rst.notauthorized', 'resolver.rst.senderNotAllowed'.toLowerCase()], MICROSOFT),
  token('relay-denied', ['unable to relay', 'tenantattribution; relay access denied', 'relay access denied'], MICROSOFT),
  // 5.7.60: the signed-in account may not send as the From address (no Send As permission).
  token('sender-address-rejected', ['does not have permissions to send as this sender', 'sendasdeniedexception'], MICROSOFT),
  // Exchange's submission of a mailbox its outbound spam filter has blocked (STOREDRV.Submission OutboundSpamException),
  // and its per-sender limit on messages submitted at once (STOREDRV.ClientSubmit "sender thread limit exceeded").
  token('outgoing-account-locked', ['outboundspamexception'], MICROSOFT),
  token('sender-rate-limited', ['sender thread limit exceeded'], MICROSOFT),
  token('smtp-auth-required', ['client was not authenticated to send anonymous mail'], MICROSOFT),
  token('helo-refused', ['bad helo'], MICROSOFT),
  // 5.7.12, 5.7.13/135, 5.7.134, 5.7.136: a mailbox, public folder or mail user that takes mail only from its own
  // organisation (a distribution list saying so is its own rule); the sender's address itself is fine.
  token('receiver-policy', ['sender was not authenticated by organization', 'sender was not authenticated for mailbox', 'sender was not authenticated for public folder', 'sender was not authenticated'], MICROSOFT),
  token('receiver-policy', ['does not allow external forwarding', 'does not accept email over ipv6', 'access denied, rejected by recipient', 'message blocked due to organizational settings'], MICROSOFT),
  token('server-blocklisted', ['client host blocked using customer block list', 'using customer block list'], MICROSOFT),
  token('sender-authentication-failed', ["doesn't meet the required authentication level", 'does not meet the required authentication level', 'sending domain does not pass dmarc verification'], MICROSOFT),
  token('message-not-rfc-compliant', ['must be rfc 5322 section 3.6.2 compliant', 'message must be rfc 5322'], MICROSOFT),
  token('delivery-expired', ['message expired', 'messageexpired'], MICROSOFT),
  token('sending-quota-exceeded', ["reached your daily limit for message recipients", "sender's submission quota was exceeded", 'submission quota exceeded'], MICROSOFT),
  token('recipient-rate-limited', ["recipient's per hour message receive limit"], MICROSOFT),
  token('recipient-filtered', ["recipient's safe senders list", 'blocked senders list', 'sender is on the blocked list'], MICROSOFT),

  // Google (Gmail, Workspace)
  token('ip-reputation-throttled', ['unusual rate of unsolicited mail originating from your ip', 'unusual rate of unsolicited email originating from your', 'unusual rate of email originating from your ip', 'unusual rate of mail originating from your ip', 'unusual amount of unsolicited email originating from your ip'], GOOGLE, { enhanced: ['4.7.28', '4.7.'], requireCode: true }),
  token('remote-spam-content', ['unusual rate of unsolicited mail originating from your ip', 'unusual rate of unsolicited email originating from your', 'unusual amount of unsolicited email originating from your ip', 'likely unsolicited mail'], GOOGLE, { enhanced: ['5.7.28', '5.7.1', '5.7.'] }),
  token('sending-quota-exceeded', ['sending quota exceeded', 'sendingquotaexceeded', 'exceeded the maximum number of recipients'], GOOGLE),
  token('recipient-rate-limited', ['receiving mail too quickly', 'receiving mail at a rate that prevents', 'receiving too much mail'], GOOGLE),
  token('recipient-disabled', ['the email account that you tried to reach is disabled', 'p=disableduser', 'email account that you tried to reach is inactive'], GOOGLE),
  token('recipient-mailbox-full', ['the email account that you tried to reach is over quota', 'p=overquotatemp', 'p=overquotaperm', 'inbox is out of storage space'], GOOGLE),
  token('recipient-unknown', ['the email account that you tried to reach does not exist', 'p=nosuchuser'], GOOGLE),
  // 552 5.7.0: a file type Gmail does not take as an attachment (programs, scripts), also inside an archive.
  token('message-content-rejected', ['detected an illegal attachment'], GOOGLE),
  token('message-not-rfc-compliant', ['p=rfcmessagenoncompliant', 'not rfc 5322 compliant'], GOOGLE),
  token('recipient-address-rejected', ['is not a valid rfc-5321 address', 'is not a valid rfc 5321 address'], GOOGLE, { unless: ['the sender address'] }),
  token('sender-address-rejected', ['is not a valid rfc-5321 address', 'is not a valid rfc 5321 address'], GOOGLE, { pattern: /the sender address .*is not a valid rfc.?5321 address/ }),
  token('recipient-domain-not-found', ["we weren't able to find the recipient domain"], GOOGLE),
  token('recipient-rate-limited', ['receiving email too quickly', 'receiving email at a rate that prevents'], GOOGLE),
  token('sending-quota-exceeded', ['peak smtp relay limit exceeded', 'daily smtp relay limit exceeded', 'daily smtp relay sending limit exceeded', 'daily user sending limit exceeded'], GOOGLE),
  token('receiver-policy', ['ip not in whitelist for rcpt domain', "the ip you're using to send email is not authorized to send email directly to our servers"], GOOGLE),
  token('tls-required', ['tls required for rcpt domain'], GOOGLE),
  token('server-ptr-missing', ["doesn't have a ptr record", 'does not meet ipv6 sending guidelines regarding ptr records'], GOOGLE),
  token('ip-reputation-throttled', ['very low reputation of the sending ip address'], GOOGLE),
  token('remote-spam-content', ['due to the nature of the content or the links within', 'this message is likely unsolicited email'], GOOGLE),
  token('sender-authentication-failed', ['the spf record of the sending domain has one or more suspicious entries'], GOOGLE),
  // 554 5.4.6 "Message exceeded 50 hops, this may indicate an email loop": a routing loop (RFC 3463 X.4.6).
  token('mail-loop', ['message exceeded 50 hops'], GOOGLE),
  token('message-not-rfc-compliant', ['email message is malformed', 'messages missing a valid message-id', 'messages missing a valid address in the from: header', 'messages with multiple addresses in the from: header', 'is not rfc 5322 compliant'], GOOGLE),
  token('relay-denied', ['email relay denied', 'invalid credentials for relay'], GOOGLE),
  token('helo-refused', ['empty helo/ehlo argument not allowed', 'helo/ehlo argument'], GOOGLE),
  token('server-ptr-missing', ['does not have a ptr record', 'ptr record setup', 'reverse dns record'], GOOGLE),
  token('tls-required', ['must use tls', 'must be sent over tls', 'tls is required'], GOOGLE),
  token('virus-detected', ['content presents a potential security issue', 'p=blockedmessage'], GOOGLE),
  token('domain-reputation-low', ['very low reputation of the sending domain'], GOOGLE),
  token('sender-authentication-failed', ['does not pass dkim', 'dkim checks did not pass', 'spf checks did not pass', 'does not meet the requirements for from: header alignment'], GOOGLE),

  // Yahoo / AOL / Verizon Media
  token('ip-reputation-throttled', ['[tss04]', '[tss09]', '[ts01]', '[ts02]', '[ts03]', '[gl01]', 'tss04', 'tss09', 'temporarily deferred due to unexpected volume or user complaints'], YAHOO),
  // [TSS11]: the server sent to many addresses that do not exist, as a list harvester or an open relay does.
  token('ip-reputation-throttled', ['[tss11]', 'tss11', 'excessive unknown recipients'], YAHOO),
  // Yahoo's older wordings of the same deferrals (help.yahoo.com SLN3434, SLN3436): complaints, or volume typical of unsolicited bulk mail.
  token('ip-reputation-throttled', ['temporarily deferred due to user complaints', 'will be permanently deferred', 'permanently deferred; retrying will not succeed'], YAHOO),
  token('server-blocklisted', ['[bl21]', '[bl22]', '[bl23]', 'rtr:bl', 'con:b1', 'rtr:bb', 'dyn:t1', 'rtr:du'], `${YAHOO}; ${AOL}`),
  token('receiver-policy', ['[ph01]', 'ph01', 'email not accepted for policy reasons', '[cs01]', 'message rejected due to local policy', 'hvu:b1'], `${YAHOO}; ${APPLE}`),
  token('recipient-unknown', ["this user doesn't have a yahoo.com account", "doesn't have a yahoo", "this user doesn't have a"], YAHOO),
  token('recipient-disabled', ['this mailbox is disabled', 'is no longer valid.'], `${YAHOO}; ${SISIMAI}`),
  token('sender-address-rejected', ['unresolvable rfc.5321 from domain', 'from address not allowed', 'unresolvable rfc.5322 from domain'], YAHOO),
  token('sender-authentication-failed', ['yahoo requires all senders to authenticate', 'requires all senders to authenticate with either spf or dkim'], YAHOO),
  token('recipient-rate-limited', ['user is receiving mail too quickly'], YAHOO),

  // Apple iCloud
  token('recipient-moved', ['recipient no longer on server'], APPLE),
  token('server-blocklisted', ['support.proofpoint.com/dnsbl-lookup', 'ipcheck.proofpoint.com'], `${APPLE}; ${PROOFPOINT}`),

  // Mimecast
  // Mimecast's "451 Internal resource temporarily unavailable": a deferral while the sending IP's reputation is checked (or greylisting).
  token('ip-reputation-throttled', ['local ct ip reputation', 'internal resource temporarily unavailable', 'internal resources are temporarily unavailable', 'internal resource is temporarily unavailable'], MIMECAST),
  token('receiver-policy', ['host network not allowed', 'rejected by header based anti-spoofing policy', 'anti-spoofing policy', 'email rejected due to security policies', 'administrative prohibition - envelope blocked'], MIMECAST),
  token('recipient-filtered', ['envelope blocked - user entry', 'envelope blocked - user domain entry', 'envelope blocked – user entry'], MIMECAST),
  token('sender-authentication-failed', ['spf sender invalid - envelope rejected', 'dmarc sender invalid - envelope rejected', 'rejected by spf'], MIMECAST),
  token('relay-denied', ['open relay not allowed'], MIMECAST),
  token('sender-address-rejected', ['sender address blocked'], MIMECAST),

  // Yandex's own replies
  token('remote-spam-content', ['message rejected under suspicion of spam'], YANDEX),
  token('server-blocklisted', ['blocked by spam statistics'], YANDEX),
  token('recipient-disabled', ['policy rejection on the target address'], YANDEX),
  token('recipient-mailbox-full', ['mailbox size exceeded', 'mailbox size limit exceeded'], YANDEX),
  token('virus-detected', ['message infected by virus'], YANDEX),

  // Comcast: block codes in the reply (ES: dynamic or residential address space; BL: listed, by Comcast or a blocklist it uses)
  token('server-blocklisted', ['es000001', 'es000010', 'bl000000', 'bl000001', 'bl000010', 'bl000011', 'bl000100', 'bl000101', 'bl000110', 'bl000111'], COMCAST),
  token('sender-rate-limited', ['too many sessions opened'], COMCAST),
  token('ip-reputation-throttled', ['smtp-error-codes.php#rl'], COMCAST),
  token('server-ptr-missing', ['reverse dns failure : try again later', 'reverse dns failure: try again later'], COMCAST),

  // Cox: "AUP#" and a code. CXBL and CDRBL: the sending IP is blocked by Cox for spam-like behaviour (CDRBL for at
  // most 24 hours); IPBL and four flags: listed on the block lists Cox uses; CXDNS: the reverse DNS of the sending IP
  // fails; CXSNDR and CXSMTP: the sender's domain or the sender could not be verified.
  token('server-blocklisted', ['aup#cxbl', 'aup#cdrbl'], COX),
  token('server-blocklisted', ['aup#ipbl'], COX, { pattern: /\baup#ipbl[01]{3,4}\b/ }),
  token('server-ptr-missing', ['aup#cxdns'], COX),
  token('sender-address-rejected', ['aup#cxsndr', 'aup#cxsmtp'], COX),
  // CXCNCT: too many connections at once from the sending IP; CXMXRT: too many messages from the sender.
  token('sender-rate-limited', ['aup#cxcnct', 'aup#cxmxrt'], COX),

  // NetEase (163.com, 126.com): a two-part code in the reply. HL: the sending IP is held back (REP, MEP: unknown
  // recipients or forged sender domains; ICC, IFC: too many connections or messages; IHU, IPB: suspended or not allowed); MI/RP:CEL and CCL:
  // wrong or too many SMTP commands; MI:DMC and RP:DRC: too many messages or recipients in one connection; DT:RBL:
  // the IP is on a block list; DT:SPM: the content looks like spam; MI:SFQ: the sender sent too much in 15 minutes;
  // MI:SPF: the sending IP is not in the sender domain's SPF record.
  token('ip-reputation-throttled', ['hl:rep', 'hl:mep'], NETEASE, { pattern: standaloneCodes(['hl:rep', 'hl:mep']) }),
  token('sender-rate-limited', ['hl:icc', 'hl:ifc', 'mi:dmc', 'rp:drc', 'mi:sfq'], NETEASE, { pattern: standaloneCodes(['hl:icc', 'hl:ifc', 'mi:dmc', 'rp:drc', 'mi:sfq']) }),
  token('server-blocklisted', ['hl:ihu', 'hl:ipb', 'dt:rbl'], NETEASE, { pattern: standaloneCodes(['hl:ihu', 'hl:ipb', 'dt:rbl']) }),
  token('smtp-protocol-error', ['mi:cel', 'rp:cel', 'mi:ccl', 'rp:ccl'], NETEASE, { pattern: standaloneCodes(['mi:cel', 'rp:cel', 'mi:ccl', 'rp:ccl']) }),
  token('remote-spam-content', ['dt:spm'], NETEASE, { pattern: standaloneCodes(['dt:spm']) }),
  token('spf-invalid', ['mi:spf'], NETEASE, { pattern: standaloneCodes(['mi:spf']) }),

  // Trend Micro
  token('server-blocklisted', ['trend micro email reputation', 'trend micro rbl', 'mail-abuse.com/cgi-bin/lookup'], TREND_MICRO),

  // Proofpoint
  token('remote-spam-content', ['rejected as spam by content filtering', 'message rejected as spam'], PROOFPOINT),

  // Orange, Wanadoo and La Poste (France): the reason is in the code's last three digits
  // (OFR_417, OFR004_104, LPN105_405, OUK_513), whatever the text around it says.
  ...frenchPttCodes(),

  // GMX, WEB.DE, 1&1 / IONOS, T-Online
  token('receiver-policy', ['postmaster.gmx.net/en/case', 'postmaster.gmx.net/de/case', 'postmaster.web.de/en/case', 'postmaster.web.de/case', 'reject due to policy restrictions'], GMX),
  token('server-ptr-missing', ['bad dns ptr resource record', 'invalid dns ptr resource record'], IONOS),
  token('server-blocklisted', ['ionos (mxeue', 'nemesis esmtp service not available'], IONOS, { unless: ['ptr'] }),
  token('server-blocklisted', ['tosa@rx.t-online.de', 'ask your postmaster for help or to contact tosa'], TONLINE),
];

/**
 * Providers' own enhanced status codes that name a cause by themselves
 * (Microsoft's 5.7.5xx–7xx and 4.7.5xx–6xx ranges, Gmail's 4.7.28 …).
 * Generic RFC 3463 codes are in the status-code tier instead.
 */
function codes(id: DiagnosisId, list: readonly string[], source: string): ProviderCodeEntry[] {
  return list.map((enhanced) => ({ id, enhanced, source }));
}

function range(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) out.push(`${prefix}${n}`);
  return out;
}

export const PROVIDER_STATUS_CODES: readonly ProviderCodeEntry[] = [
  ...codes('microsoft-blocklist', [...range('5.7.', 600, 649), '5.7.511', '5.7.705', '5.7.708'], MICROSOFT),
  // 4.7.500-699 and 4.7.850-899: "Access denied, please try again later", suspicious traffic from the IP; 5.7.508: an IPv6 range over its limits.
  ...codes('ip-reputation-throttled', [...range('4.7.', 500, 699), ...range('4.7.', 850, 899), '5.7.508', '4.7.28'], `${MICROSOFT}; ${GOOGLE}`),
  ...codes('helo-refused', ['5.7.506'], MICROSOFT),
  // 5.7.504 "Recipient address rejected: Access denied", 5.7.505 "Access denied, banned recipient": the address is not valid there.
  ...codes('recipient-unknown', ['5.7.504', '5.7.505'], MICROSOFT),
  // 5.7.520 is left out: Microsoft's table no longer lists it, and it comes with different texts (external
  // forwarding refused, content judged spam), so the code alone does not say which.
  ...codes('receiver-policy', ['5.7.507', '5.7.510'], MICROSOFT),
  ...codes('server-blocklisted', ['5.7.513'], MICROSOFT),
  ...codes('sender-authentication-failed', ['5.7.515', '5.7.27', '4.7.27', '5.7.30', '4.7.30', '5.7.32', '4.7.32'], `${MICROSOFT}; ${GOOGLE}`),
  ...codes('dmarc-reject', ['5.7.509'], MICROSOFT),
  ...codes('message-not-rfc-compliant', ['5.7.512'], MICROSOFT),
  ...codes('smtp-auth-required', ['5.7.57'], MICROSOFT),
  ...codes('relay-denied', ['5.7.64'], MICROSOFT),
  // 5.7.133 and 5.7.124 are about a group; 5.7.134/135/136 about a mailbox, public folder or mail user (the same refusal, no list).
  ...codes('exchange-distribution-list-auth', ['5.7.133', '5.7.124'], MICROSOFT),
  ...codes('receiver-policy', ['5.7.134', '5.7.135', '5.7.136'], MICROSOFT),
  // 5.2.121/5.2.122: the recipient's per-hour receive limit (from one sender / from all senders).
  ...codes('recipient-rate-limited', ['5.2.121', '5.2.122'], MICROSOFT),
  // 5.1.90: the sender reached the daily recipient limit of the sending service.
  ...codes('sending-quota-exceeded', ['5.1.90'], MICROSOFT),
  // 5.4.14: a routing loop, stopped after 20 rounds.
  ...codes('mail-loop', ['5.4.14'], MICROSOFT),
  // 5.6.11: bare line feeds in the message.
  ...codes('message-not-rfc-compliant', ['5.6.11'], MICROSOFT),
  ...codes('delivery-expired', ['5.4.300', '4.4.7'], MICROSOFT),
  ...codes('remote-server-unreachable', ['4.4.316', '5.4.316'], MICROSOFT),
  ...codes('sending-quota-exceeded', ['5.4.5'], GOOGLE),
  ...codes('remote-spam-content', ['5.7.28'], GOOGLE),
  ...codes('tls-required', ['4.7.29', '5.7.29'], GOOGLE),
];
