/**
 * The provider-code tier for the Americas, Asia and Oceania: examples in each
 * provider's documented form, and near-misses that must not get the code's id.
 */
import { AMERICAS_ASIA_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-americas-asia';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // GoDaddy (secureserver.net)
  { text: '550 jane@example.org Blank From: addresses are not allowed. Provide a valid From. IB501', id: 'message-not-rfc-compliant', tier: 'provider-code', note: 'GoDaddy IB501: a blank From' },
  { text: '550 jane@example.org IP addresses are not allowed as a From: Address. Provide a valid From. IB502', id: 'message-not-rfc-compliant', tier: 'provider-code', note: 'GoDaddy IB502: an IP address as From' },
  { text: '550 example.org From: Domain is invalid. Provide a valid From: IB506', id: 'sender-address-rejected', tier: 'provider-code', note: 'GoDaddy IB506: the From domain has no valid DNS' },
  { text: '550 jane@example.org Invalid SPF record. Inspect your SPF settings, and try again. IB508', id: 'spf-invalid', tier: 'provider-code', note: "GoDaddy IB508: the sender domain's SPF does not allow the server" },
  { text: 'host smtp.secureserver.net said: 552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212', id: 'remote-spam-content', tier: 'provider-code', note: 'GoDaddy IB212: content judged spam' },
  { text: '552 Virus infected message rejected. IB705', id: 'virus-detected', tier: 'provider-code', note: 'GoDaddy IB705: a virus' },
  { text: '554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110', id: 'server-blocklisted', tier: 'provider-code', note: 'GoDaddy IB110: the IP blocked for an hour after spam' },
  { text: '554 This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the Internet community. IB111', id: 'server-blocklisted', tier: 'provider-code', note: 'GoDaddy IB111: the IP blocked for the day after spam' },
  { text: '550 This IP has sent too many messages this hour. IB504', id: 'sender-rate-limited', tier: 'provider-code', note: 'GoDaddy IB504: hourly message limit of the IP' },
  { text: '550 This message has exceeded the max number of messages per session. Open a new session and try again. IB510', id: 'sender-rate-limited', tier: 'provider-code', note: 'GoDaddy IB510: messages per session' },
  { text: '550 This IP has sent too many to too many recipients this hour. IB607', id: 'sender-rate-limited', tier: 'provider-code', note: 'GoDaddy IB607: hourly recipient limit of the IP, not a busy recipient' },

  // Spectrum / Charter
  { text: '554 cmsmtp 192.0.2.1 blocked. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1000', id: 'server-blocklisted', tier: 'provider-code', note: 'Spectrum AUP 1000: the IP blocked for suspicious activity' },
  { text: '554 impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1020', id: 'sender-address-rejected', tier: 'provider-code', note: 'Spectrum AUP 1020: the sending address is limited, not the IP (community answer)' },
  { text: '554 cmsmtp ESMTP server not available AUP#I-1010', id: 'sender-address-rejected', tier: 'provider-code', note: 'Spectrum AUP 1010: the sending account is blocked' },
  { text: '554 cmsmtp 192.0.2.1 rejected. AUP#I-1100', id: 'server-ptr-missing', tier: 'provider-code', note: 'Spectrum AUP 1100: full-circle DNS of the IP fails' },
  { text: '554 cmsmtp rejected AUP#I-1160', id: 'sender-authentication-failed', tier: 'provider-code', note: "Spectrum AUP 1160: against the sender domain's security policies" },
  { text: '554 cmsmtp 192.0.2.1 blocked AUP#I-1210', id: 'server-blocklisted', tier: 'provider-code', note: 'Spectrum AUP 1210: flagged by Cloudmark CSI' },
  { text: '554 cmsmtp 192.0.2.1 blocked AUP#I-1230', id: 'server-blocklisted', tier: 'provider-code', note: 'Spectrum AUP 1230: listed by Spamhaus' },
  { text: '554 cmsmtp rejected AUP#I-1260', id: 'receiver-policy', tier: 'provider-code', note: 'Spectrum AUP 1260: no mail over IPv6' },
  { text: '421 cmsmtp 192.0.2.1 blocked AUP#In-1340', id: 'sender-rate-limited', tier: 'provider-code', note: 'Spectrum AUP 1340: concurrent connections per IP' },
  { text: '421 cmsmtp 192.0.2.1 blocked AUP#1310', id: 'sender-rate-limited', tier: 'provider-code', note: 'Spectrum AUP 1310 without the I: same connection limit' },
  { text: '550 cmsmtp rejected AUP#O-1500', id: 'sender-address-rejected', tier: 'provider-code', note: 'Spectrum AUP 1500: sending as another address than signed in' },
  { text: '552 cmsmtp rejected AUP#O-1530', id: 'message-too-large', tier: 'provider-code', note: 'Spectrum AUP 1530: over 20 MB' },
  { text: '550 cmsmtp rejected AUP#O-1580', id: 'sending-quota-exceeded', tier: 'provider-code', note: 'Spectrum AUP 1580: too many recipients in a short time' },

  // AT&T / BellSouth
  { text: '550 192.0.2.1 blocked by ldap:ou=rblmx,dc=bellsouth,dc=net', id: 'server-blocklisted', tier: 'provider-code', note: 'BellSouth LDAP block list (AT&T error summary)' },
  { text: '550 Error. Blocked for abuse', id: 'server-blocklisted', tier: 'provider-code', note: 'AT&T "Blocked for abuse": a system that sent much spam' },
  { text: '550 [permfail] bellsouth.net requires valid sender domain', id: 'sender-address-rejected', tier: 'provider-code', note: 'AT&T: the sender domain could not be verified in DNS' },
  { text: '421-failure in DNS look-up.', id: 'server-ptr-missing', tier: 'provider-code', note: 'AT&T: the reverse DNS lookup of the sending IP failed' },

  // EarthLink
  { text: '550 5.7.1 Sender blocked error - ELNK_102 - https://postmaster-earthlink.vadesecure.com/inbound_error_codes#_102', id: 'server-blocklisted', tier: 'provider-code', note: 'EarthLink ELNK_102: on a Validity list' },
  { text: '550 5.7.1 Sender blocked error - ELNK_111', id: 'server-blocklisted', tier: 'provider-code', note: 'EarthLink ELNK_111: on a Spamhaus list' },
  { text: '421 4.2.1 Connection deferred - ELNK_110', id: 'sender-rate-limited', tier: 'provider-code', note: 'EarthLink ELNK_110: too many concurrent connections' },
  { text: '421 4.2.1 Connection deferred - ELNK_130', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'EarthLink ELNK_130: unacceptable traffic from the IP' },

  // Rackspace
  { text: '451 4.3.0 <mx.example.org[192.0.2.1]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Rackspace common bounces: too much spam from the server' },
  { text: '450 4.7.1 Client host [192.0.2.1] has no PTR record (G1F)', id: 'server-ptr-missing', tier: 'provider-code', note: 'Rackspace G1F: no PTR' },
  { text: '421 Too many concurrent connections from this client (G2)', id: 'sender-rate-limited', tier: 'provider-code', note: 'Rackspace G2: concurrent connections' },
  { text: '451 4.7.1 Received too many messages from a new or untrusted IP (G28)', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'Rackspace G28: a new or untrusted IP' },

  // Facebook (codes as words of their own after the status, with a link to the code's entry)
  { text: '550 5.7.1 POL-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol-p1', id: 'server-blocklisted', tier: 'provider-code', note: 'Facebook POL-P1: the IP is on the Spamhaus PBL' },
  { text: '550 5.7.1 POL-P5 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol-p5', id: 'virus-detected', tier: 'provider-code', note: 'Facebook POL-P5: a virus' },
  { text: '550 5.7.1 POL-P6 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol-p6', id: 'url-blocklisted', tier: 'provider-code', note: 'Facebook POL-P6: a URL Facebook blocks' },
  { text: '552 5.3.4 MSG-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#msg-p1', id: 'message-too-large', tier: 'provider-code', note: "Facebook MSG-P1: over Facebook's size limit" },
  { text: '550 5.7.1 MSG-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#msg-p2', id: 'message-content-rejected', tier: 'provider-code', note: 'Facebook MSG-P2: an attachment type Facebook refuses' },
  { text: '550 5.7.1 MSG-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#msg-p3', id: 'message-not-rfc-compliant', tier: 'provider-code', note: 'Facebook MSG-P3: a header field twice that may occur once' },
  { text: '550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp-p1', id: 'recipient-unknown', tier: 'provider-code', note: 'Facebook RCP-P1: no such address' },
  { text: '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp-p2', id: 'recipient-filtered', tier: 'provider-code', note: "Facebook RCP-P2: the recipient's preferences" },
  { text: '450 4.2.1 RCP-T4 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp-t4', id: 'recipient-disabled', tier: 'provider-code', note: 'Facebook RCP-T4: the address is deactivated for now' },
  { text: '450 4.3.0 RCP-T1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp-t1', id: 'receiver-system-error', tier: 'provider-code', note: 'Facebook RCP-T1: an internal fault' },
  { text: '421 4.7.0 CON-T3 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#con-t3', id: 'sender-rate-limited', tier: 'provider-code', note: 'Facebook CON-T3: too many new connections from the server' },
  { text: '550 5.1.8 DNS-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#dns-p1', id: 'sender-address-rejected', tier: 'provider-code', note: 'Facebook DNS-P1: the MAIL FROM domain does not exist' },
  { text: '550 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#dns-p3', id: 'server-ptr-missing', tier: 'provider-code', note: 'Facebook DNS-P3: no reverse DNS for the server' },

  // Zoho Mail
  { text: '541 5.4.1 Mail rejected by destination domain', id: 'recipient-filtered', tier: 'provider-code', note: "Zoho: the receiving domain's own filters" },
  { text: '452 <jane@example.org> Mailbox delivery restricted by policy error', id: 'recipient-filtered', tier: 'provider-code', note: "Zoho: the receiving domain's policy for the mailbox" },
  { text: '452 4.3.1 Temporary System Error', id: 'receiver-system-error', tier: 'provider-code', note: 'Zoho: a temporary fault' },
  { text: '554 5.7.7 Email cannot be delivered. Reason: Email flagged as Spam.', id: 'remote-spam-content', tier: 'provider-code', note: "Zoho's spam verdict" },
  { text: '552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail', id: 'virus-detected', tier: 'provider-code', note: "Zoho's virus verdict" },

  // Alibaba Mail
  { text: 'host mxn.mxhichina.com[192.0.2.27] said: 554 Reject by behaviour spam at DATA State(Connection IP address:192.0.2.1)ANTISPAM_BAT[01201311R5167S531, r41g03022]: list on rbl sites', id: 'server-blocklisted', tier: 'provider-code', note: 'Alibaba ANTISPAM_BAT: list on rbl sites' },
  { text: '554 Reject by behaviour spam at DATA State(Connection IP address:192.0.2.1)ANTISPAM_BAT[01201311R5167S531, r41g03022]: bad sending', id: 'server-blocklisted', tier: 'provider-code', note: 'Alibaba ANTISPAM_BAT: bad sending (a low-reputation IP)' },
  { text: '454 Transient reject by behaviour spam at DATA State(Connection IP address:192.0.2.1)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending', id: 'sender-rate-limited', tier: 'provider-code', note: 'Alibaba ANTISPAM_BAT: connecting too often' },
  { text: '554 Reject by behaviour spam ANTISPAM_BAT[01201311R196, c01a1]: too frequently sending', id: 'sending-quota-exceeded', tier: 'provider-code', note: "Alibaba ANTISPAM_BAT: the user's own sending limit" },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Mail from ib212@example.org rejected', id: 'unknown', tier: 'unknown', note: 'a GoDaddy code inside an address is no code' },
  { text: '550 Order IB2120 could not be delivered', id: 'unknown', tier: 'unknown', note: 'a longer number starting with a GoDaddy code is no code' },
  { text: '554 cmsmtp rejected AUP#I-1090', id: 'unknown', tier: 'unknown', note: 'Spectrum 1090 ("try again later") is left out as vague' },
  { text: '554 cmsmtp rejected AUP#I-10000', id: 'unknown', tier: 'unknown', note: 'five digits after AUP# are no Spectrum code' },
  { text: '554 cxmx blocked. AUP#CXBL', id: 'server-blocklisted', tier: 'provider-code', note: "Cox's lettered AUP# codes stay Cox's" },
  { text: '550 Mail from elnk_102@example.org rejected', id: 'unknown', tier: 'unknown', note: 'an EarthLink code inside an address is no code' },
  { text: '550 rejected (G2)', id: 'unknown', tier: 'unknown', note: "a Rackspace-like code without Rackspace's words is no code" },
  { text: '554 Your bad sending practices were noted', id: 'unknown', tier: 'unknown', note: "Alibaba's wording without ANTISPAM_BAT is no Alibaba reply" },
  { text: '550 5.7.1 Connection refused - ELNK_105', id: 'receiver-policy', tier: 'status-code', note: 'EarthLink codes that come with "Connection refused" are left out: a refusal in a 5xx reply is a policy, not an unreachable server' },
  { text: '550 Mail from pol-p1@example.org rejected', id: 'unknown', tier: 'unknown', note: 'a Facebook code inside an address is no code' },
  { text: '550 5.7.1 POL-P7 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol-p7', id: 'receiver-policy', tier: 'status-code', note: 'Facebook POL-P7 is left out: Sisimai files it under two reasons' },
  { text: '550 Attachment rejected: see section MSG-P25 of our policy', id: 'message-content-rejected', tier: 'reason-phrase', note: 'a longer code that starts like a Facebook code is no code: only the refused attachment is read' },
];

describeTierTable('the provider codes of the Americas, Asia and Oceania', AMERICAS_ASIA_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
