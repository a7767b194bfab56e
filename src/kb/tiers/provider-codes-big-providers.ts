/**
 * The rest of the three largest mailbox providers' published reply tables
 * (Microsoft's Exchange Online NDR codes, Google's SMTP errors and codes,
 * Yahoo's SMTP error codes) beyond what provider-codes.ts already holds:
 * each entry naming the page it comes from. Phrases and tokens in the text
 * are tier entries; a provider's own enhanced status code is looked up by
 * code (see provider-codes.ts).
 */
import type { DiagnosisId } from '../types';
import { providerEventName, providerToken } from './provider-token';
import type { ProviderCodeEntry, TierEntry } from './tier-entry';

const MS_PAGES = 'learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online';
const MICROSOFT = `Microsoft, "Email non-delivery reports and SMTP errors in Exchange Online" (${MS_PAGES}/non-delivery-reports-in-exchange-online)`;
const MICROSOFT_5_1_8 = `Microsoft, "Fix email delivery issues for error code 5.1.8 in Exchange Online" (${MS_PAGES}/fix-error-code-5-1-8-in-exchange-online)`;
const MICROSOFT_5_7_700 = `Microsoft, "Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online" (${MS_PAGES}/fix-error-code-5-7-700-through-5-7-750)`;
const GOOGLE = 'Google, "SMTP errors and codes" (support.google.com/a/answer/3726730)';
const AOL = 'AOL postmaster, "Error Messages" (postmaster.info.aol.com/errors/), and its reverse DNS requirements';

const token = providerToken;

export const BIG_PROVIDER_PHRASES: readonly TierEntry[] = [
  // Microsoft (Exchange Online)
  // 4.7.26: mail that reaches Exchange Online over IPv6 must pass SPF or DKIM, and this message passed neither.
  token('sender-authentication-failed', ['must pass either spf or dkim validation'], MICROSOFT),
  // 5.1.0 "Sender denied": despite the wording, Microsoft means a recipient it could not resolve (a reply to a saved
  // message whose legacyExchangeDN no longer resolves, or a badly formed address). Only with that code.
  // Only from Microsoft: another server's "5.1.0 Sender denied" refuses the sender.
  token('recipient-address-rejected', ['sender denied'], MICROSOFT, { enhanced: ['5.1.0'], requireCode: true, providers: ['microsoft'] }),
  // Exchange's SendAsDenied response ("550 5.7.1 Client does not have permission to send as this sender"; in a
  // submission error "5.2.252 SendAsDenied", "MapiExceptionSendAsDenied"): the login may not send as that address.
  providerEventName('sender-address-rejected', ['sendasdenied'], `${MICROSOFT}; Microsoft, "SmtpResponse.SendAsDenied Field" (learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80))`),
  // 5.1.8 and 5.7.501: the sending account itself is blocked for sending spam, usually because it was compromised.
  token('outgoing-account-locked', ['access denied, bad outbound sender'], `${MICROSOFT}; ${MICROSOFT_5_1_8}`, { enhanced: ['5.1.8'], requireCode: true }),
  // The same block in the words Exchange Online's report gives the person who sent the message ("… because you weren't
  // recognized as a valid sender. The most common reason for this is that your email address is suspected of sending
  // spam …").
  token('outgoing-account-locked', ["weren't recognized as a valid sender", 'were not recognized as a valid sender'], MICROSOFT_5_1_8),
  token('outgoing-account-locked', ['access denied, spam abuse detected'], MICROSOFT, { enhanced: ['5.7.501'], requireCode: true }),
  // 5.7.502/5.7.503 "Access denied, banned sender": the same for a sender banned outright (the words name the IP
  // only under 5.7.511, which the microsoft-blocklist rule reads).
  token('outgoing-account-locked', ['access denied, banned sender'], MICROSOFT, { enhanced: ['5.7.502', '5.7.503'], requireCode: true }),
  // 5.6.11 "Invalid characters": bare line feeds that the sending program put into the message.
  token('message-not-rfc-compliant', ['invalid characters'], MICROSOFT, { enhanced: ['5.6.11'], requireCode: true }),
  // Microsoft's 5.7.1 "Delivery not authorized" (a group that takes mail only from allowed senders) is left out: the
  // words are RFC 3463's own description of 5.7.1, which any server quotes for any policy refusal, and a text that
  // does not name its provider would be taken for Microsoft's group.
  // 5.7.1 "Client was not authenticated": the receiving system wants the sending system to log in first.
  token('smtp-auth-required', ['client was not authenticated'], MICROSOFT, { enhanced: ['5.7.1'], requireCode: true }),
  // 5.7.322 and 5.7.324: Exchange Online would not hand over the message because the destination's TLS (an expired
  // certificate) or its DNSSEC, on which DANE rests, does not hold up; the destination's side must be fixed.
  token('tls-required', ["certificate-expired: destination mail server's certificate is expired"], MICROSOFT, { enhanced: ['5.7.322'], requireCode: true }),
  token('tls-required', ['dnssec-invalid: destination domain returned invalid dnssec records'], MICROSOFT, { enhanced: ['5.7.324'], requireCode: true }),
  // 5.7.505 "banned recipient": the address written to is not a valid one there.
  token('recipient-unknown', ['access denied, banned recipient'], MICROSOFT, { enhanced: ['5.7.505'], requireCode: true }),
  // 5.7.705: the whole tenant sent so much spam or bulk mail that Microsoft stopped its outgoing mail.
  token('microsoft-blocklist', ['access denied, tenant has exceeded threshold'], `${MICROSOFT}; ${MICROSOFT_5_7_700}`, { enhanced: ['5.7.705'], requireCode: true }),

  // Google (Gmail, Workspace)
  // 451 4.3.0: one transaction carried recipients of several domains, which Gmail does not take; send again per domain.
  token('smtp-protocol-error', ['multiple destination domains per transaction is unsupported'], GOOGLE, { enhanced: ['4.3.0'], requireCode: true }),
  // 451 4.4.2 and 421 4.7.0: Gmail closed an idle or timed-out connection; the next connection may work.
  token('remote-server-unreachable', ['timeout - closing connection'], GOOGLE, { enhanced: ['4.4.2'], requireCode: true }),
  token('remote-server-unreachable', ['connection expired, try reconnecting'], GOOGLE),
  // 451 4.5.0 and 523 5.7.10: the client broke the SMTP dialogue (commands pipelined after STARTTLS and the like).
  token('smtp-protocol-error', ['smtp protocol violation'], GOOGLE),
  // 501 5.7.11 (STARTTLS given with parameters) and 503 5.7.0 (a second AUTH after logging in): commands Gmail refuses.
  token('smtp-protocol-error', ['syntax error (no parameters allowed)', 'no identity changes permitted'], GOOGLE),
  // 452 4.5.3: too many recipients of one domain in one transaction; the rest must go in another transaction.
  token('sender-rate-limited', ['domain policy size per transaction exceeded'], GOOGLE, { enhanced: ['4.5.3'], requireCode: true }),
  // 454 4.7.0, 534 5.7.14, 504 5.7.40: logging in to Gmail's SMTP failed (too many tries, a browser sign-in needed,
  // an authentication method Gmail no longer takes).
  token('smtp-login-failed', ['too many login attempts, please try again later', 'please log in through your web browser', 'unrecognized authentication type', 'xoauth is no longer supported'], GOOGLE),
  // 454 4.7.0: logging in failed on Gmail's side for a while.
  token('receiver-system-error', ['cannot authenticate due to a temporary system problem'], GOOGLE),
  // 421 4.7.28: the rate limit counts the DKIM or SPF domain, not the IP address: the domain's reputation (also in
  // Gmail's shorter wording, "an unusual rate of mail originating from your SPF domain").
  token(
    'domain-reputation-low',
    [
      'unusual rate of unsolicited email originating from your dkim domain',
      'unusual rate of unsolicited email originating from your spf domain',
      ...['mail', 'email', 'unsolicited mail'].flatMap((what) => ['dkim', 'spf'].map((domain) => `unusual rate of ${what} originating from your ${domain}`)),
    ],
    GOOGLE,
  ),
  // 421 4.7.28: a domain of a link in the message drew the rate limit.
  token('url-blocklisted', ['unusual rate of unsolicited email containing one of your url domains'], GOOGLE),
  // 550 5.7.0 "Email sending denied": Workspace's SMTP relay service does not relay for this sender.
  token('relay-denied', ['email sending denied'], GOOGLE),
  // 554 5.7.0: commands that need a login were given without one, too often.
  token('smtp-auth-required', ['too many unauthenticated commands'], GOOGLE),
  // 550 5.7.1: the recipient's (or sender's) organisation has a rule against this message; its current wording.
  token('google-policy-prohibited', ['has a policy that prohibits the email that you sent'], GOOGLE),

  // AOL (now Yahoo's): its DNS block DNS:NR, the connecting IP has no reverse DNS at all (the reply links
  // ".../errors/421dnsnr.html").
  token('server-ptr-missing', ['(dns:nr)', '421dnsnr'], AOL),
];

function codes(id: DiagnosisId, list: readonly string[], source: string): ProviderCodeEntry[] {
  return list.map((enhanced) => ({ id, enhanced, source }));
}

export const BIG_PROVIDER_STATUS_CODES: readonly ProviderCodeEntry[] = [
  // 5.7.501-503: the sending account is banned for spam (5.7.511, the same words about an IP, is in provider-codes.ts).
  ...codes('outgoing-account-locked', ['5.7.501', '5.7.502', '5.7.503'], MICROSOFT),
  // 5.7.321-324: outbound DANE / DNSSEC checks of the destination failed (no STARTTLS, expired certificate, TLSA or DNSSEC invalid).
  ...codes('tls-required', ['5.7.321', '5.7.322', '5.7.323', '5.7.324'], MICROSOFT),
  // 5.7.750: much mail from domains the tenant has not added and verified.
  ...codes('sender-address-rejected', ['5.7.750'], `${MICROSOFT}; ${MICROSOFT_5_7_700}`),
];
