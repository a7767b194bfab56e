/**
 * The provider-code tier for mailbox providers and ISPs of the Americas, Asia and Oceania: codes and fixed
 * phrases from their published references, each entry naming its source.
 */
import type { DiagnosisId } from '../types';
import { providerToken, standalone, standaloneCodes } from './provider-token';
import type { TierEntry } from './tier-entry';

const GODADDY = 'GoDaddy, "Fix rejected email with a bounce error" (godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685); IB codes as tabled in Sisimai lib/sisimai/rhost/godaddy.rb (BSD-2)';
const SPECTRUM = 'Spectrum (Charter), "Understanding email error codes" (spectrumbusiness.net/support/internet/understanding-email-error-codes), AUP# numbers as tabled in Sisimai lib/sisimai/rhost/spectrum.rb (BSD-2); Spectrum community answer on AUP#1020 (community.spectrum.net/discussion/172891)';
const ATT = 'AT&T / BellSouth, "Error Message Summary" (att.net/general-info/bls_info/block_enduser.html, rbl.att.net/block_enduser.html) and "Individual Users" (att.net/general-info/mail_info/block_enduser.html)';
const EARTHLINK = 'EarthLink postmaster (Vade), "Inbound SMTP error codes" (postmaster-earthlink.vadesecure.com/inbound_error_codes)';
const RACKSPACE = 'Rackspace, "Common email bounce messages" (docs.rackspace.com/docs/common-email-bounces)';
const RACKSPACE_CODES = 'Rackspace Email postmaster (postmaster.emailsrvr.com), inbound codes as listed at smtp.codes/rackspace';
const FACEBOOK = 'Facebook postmaster, "SMTP response codes" (postmaster.facebook.com/response_codes), as tabled in Sisimai rhost/for-facebook.go (go-sisimai 76b75059, BSD-2)';
const ZOHO = 'Zoho Mail replies as tabled in Sisimai rhost/for-zoho.go (go-sisimai 657974f3, BSD-2), read as smtp.codes/zoho explains them';
const ALIBABA = 'Alibaba Cloud Enterprise Mail (mxhichina.com) help on ANTISPAM_BAT rejections, as reproduced by its resellers (zyy100.com/article-show-50-246.html, qcnsw.com/jcxq1944_142.html, j32w2.cn/news_in/2519)';

const token = providerToken;

/**
 * Spectrum's "AUP#" and a four-digit number (AUP#I-1000, AUP#In-1340,
 * AUP#O-1530, AUP#1310): I/In for mail coming in, O/Out for its own customers'
 * mail going out. Numbers the table leaves vague (1090 "can't be processed,
 * try later") or that no diagnosis fits (1540, 1550: too many messages in one
 * session or recipients in one message; 1560: too many invalid recipients)
 * are left out.
 */
const SPECTRUM_AUP: ReadonlyArray<readonly [DiagnosisId, string]> = [
  // 1000: the IP is blocked for suspicious activity; 1200-1210: flagged by Cloudmark CSI; 1220-1250: listed by Spamhaus.
  ['server-blocklisted', '1000|120\\d|1210|12[2-4]\\d|1250'],
  // 1010-1080: the sending account (address) is blocked or limited for suspicious activity, not the IP;
  // 1500, 1520: sending as another address than the one signed in with, or one of a domain Spectrum does not host.
  ['sender-address-rejected', '1010|10[2-7]\\d|1080|1500|1520'],
  // 1100-1150: the connecting IP fails Spectrum's full-circle (reverse) DNS check.
  ['server-ptr-missing', '11[0-4]\\d|1150'],
  // 1160-1190: the message goes against the sender domain's own security policies.
  ['sender-authentication-failed', '11[6-8]\\d|1190'],
  // 1260: Spectrum takes no mail over IPv6.
  ['receiver-policy', '1260'],
  // 1300-1490: limits on concurrent and total connections, and on messages and recipients, per sending IP.
  ['sender-rate-limited', '1[34]\\d\\d'],
  ['message-too-large', '1530'],
  // 1580: the customer sent to too many recipients in a short time.
  ['sending-quota-exceeded', '1580'],
];

function spectrumCodes(): TierEntry[] {
  return SPECTRUM_AUP.map(([id, numbers]) =>
    token(id, ['aup#'], SPECTRUM, { pattern: standalone(`aup#(?:in?|o(?:ut)?)?-?(?:${numbers})`) }),
  );
}

/**
 * Facebook's codes stand as words of their own after the status ("550 5.7.1
 * RCP-P1 http://postmaster.facebook.com/response_codes?ip=…#rcp-p1"). POL-P7
 * is left out: Sisimai files it under two reasons (domain authentication and
 * abuse policy).
 */
const FACEBOOK_CODES: ReadonlyArray<readonly [DiagnosisId, readonly string[]]> = [
  // POL-P1: the IP is on the Spamhaus PBL; POL-P2–P4, POL-T1–T3: Facebook takes no mail from the server for hours or days.
  ['server-blocklisted', ['pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-t1', 'pol-t2', 'pol-t3']],
  ['virus-detected', ['pol-p5']],
  ['url-blocklisted', ['pol-p6']],
  ['message-too-large', ['msg-p1', 'int-p2']],
  // MSG-P2: an attachment type Facebook does not accept; MSG-P3: a header field that may occur once occurs more often.
  ['message-content-rejected', ['msg-p2']],
  ['message-not-rfc-compliant', ['msg-p3']],
  ['recipient-unknown', ['rcp-p1', 'int-p1', 'int-p3', 'int-p4']],
  ['recipient-filtered', ['rcp-p2', 'rcp-p3']],
  ['recipient-disabled', ['rcp-t4']],
  // RCP-T1: the recipient is unavailable through an internal fault; CON-T1: Facebook's own servers hold too many connections.
  ['receiver-system-error', ['rcp-t1', 'con-t1']],
  // CON-T2–T4, MSG-T1: too many connections from the sending server, too many new ones, too many recipients.
  ['sender-rate-limited', ['con-t2', 'con-t3', 'con-t4', 'msg-t1']],
  // DNS-P1, DNS-P2, DNS-T1: the MAIL FROM domain does not exist, has no MX or does not resolve now.
  ['sender-address-rejected', ['dns-p1', 'dns-p2', 'dns-t1']],
  ['server-ptr-missing', ['dns-p3', 'dns-t2']],
];

function facebookCodes(): TierEntry[] {
  return FACEBOOK_CODES.map(([id, codes]) => token(id, codes, FACEBOOK, { pattern: standaloneCodes(codes) }));
}

/** GoDaddy's IB codes stand at the end of the reply ("… by the internet community IB212"). */
function ib(id: DiagnosisId, codes: readonly string[]): TierEntry {
  return token(id, codes, GODADDY, { pattern: standaloneCodes(codes) });
}

export const AMERICAS_ASIA_CODE_PHRASES: readonly TierEntry[] = [
  // GoDaddy (secureserver.net). IB501/IB502: a blank From or an IP address as From; IB506: the From domain has no
  // valid DNS; IB508: the sender domain's SPF does not allow the sending server; IB212: content judged spam; IB705:
  // a virus; IB110/IB111: the IP is blocked for an hour or the day after sending spam; IB504, IB510, IB607: the IP
  // sent too many messages or recipients this hour or session.
  ib('message-not-rfc-compliant', ['ib501', 'ib502']),
  ib('sender-address-rejected', ['ib506']),
  ib('spf-invalid', ['ib508']),
  ib('remote-spam-content', ['ib212']),
  ib('virus-detected', ['ib705']),
  ib('server-blocklisted', ['ib110', 'ib111']),
  ib('sender-rate-limited', ['ib504', 'ib510', 'ib607']),

  // Spectrum / Charter (charter.net, rr.com): "AUP#" and a number, see SPECTRUM_AUP.
  ...spectrumCodes(),

  // AT&T and BellSouth: an LDAP block list of systems that behaved like spammers, or a sending system AT&T believes
  // sent much spam; a sender domain that could not be verified in DNS; a failed reverse DNS lookup of the sending IP.
  token('server-blocklisted', ['blocked by ldap:ou=rblmx', 'error. blocked for abuse', 'blocked for abuse. see http://att.net/blocks'], ATT),
  token('sender-address-rejected', ['requires valid sender domain'], ATT),
  token('server-ptr-missing', ['failure in dns look-up'], ATT),

  // EarthLink (Vade): ELNK_102 and ELNK_111, the IP is on a Validity or Spamhaus list ("Sender blocked error");
  // ELNK_110, deferred for too many concurrent connections from the IP; ELNK_130, deferred because the IP is a
  // source of unacceptable messages. The codes that come with "Connection refused" are left to the rules.
  token('server-blocklisted', ['elnk'], EARTHLINK, { pattern: standalone('elnk\\d*_(?:102|111)') }),
  token('sender-rate-limited', ['elnk'], EARTHLINK, { pattern: standalone('elnk\\d*_110') }),
  token('ip-reputation-throttled', ['elnk'], EARTHLINK, { pattern: standalone('elnk\\d*_130') }),

  // Rackspace Email (emailsrvr.com): too much spam from the sending server; G1F: the IP has no PTR; G2: too many
  // concurrent connections from the IP; G28: too many messages from a new or untrusted IP.
  token('ip-reputation-throttled', ['throttled - too much spam from your mail server'], RACKSPACE),
  token('server-ptr-missing', ['(g1f)'], RACKSPACE_CODES, { pattern: /no ptr record.*\(g1f\)/ }),
  token('sender-rate-limited', ['(g2)'], RACKSPACE_CODES, { pattern: /too many concurrent connections.*\(g2\)/ }),
  token('ip-reputation-throttled', ['(g28)'], RACKSPACE_CODES, { pattern: /new or untrusted ip.*\(g28\)/ }),

  // Facebook (facebook.com, fb.com): see FACEBOOK_CODES.
  ...facebookCodes(),

  // Zoho Mail: the receiving domain's own filters refuse the message (its administrator can allow it); Zoho's
  // temporary fault; its spam and virus verdicts (its greylisting reply is the greylisting rule's).
  token('recipient-filtered', ['mail rejected by destination domain', 'mailbox delivery restricted by policy error'], ZOHO),
  token('receiver-system-error', ['temporary system error'], ZOHO),
  token('remote-spam-content', ['email cannot be delivered. reason: email flagged as spam'], ZOHO),
  token('virus-detected', ['detected by zoho mail'], ZOHO),

  // Alibaba Mail (mxhichina.com), ANTISPAM_BAT: the sending IP has a bad name with anti-spam lists; it connects
  // more often than Alibaba takes (454, temporary); "too frequently sending": an Alibaba user went over its own
  // sending limits.
  token('server-blocklisted', ['list on rbl sites', 'bad sending'], ALIBABA, { pattern: /antispam_bat.*(?:list on rbl sites|bad sending)/ }),
  token('sender-rate-limited', ['currently unexpected sending'], ALIBABA, { pattern: /antispam_bat.*currently unexpected sending/ }),
  token('sending-quota-exceeded', ['too frequently sending'], ALIBABA, { pattern: /antispam_bat.*too frequently sending/ }),
];
