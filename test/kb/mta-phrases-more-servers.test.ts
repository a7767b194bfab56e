/**
 * The reason phrases of more mail server software (Postfix smtpd, rspamd,
 * cPanel's Exim ACLs, Courier, Haraka): each entry's fixed text is
 * recognised, and look-alikes are not.
 */
import { MORE_SERVER_PHRASES } from '../../src/kb/tiers/mta-phrases-more-servers';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '[outbound] MX 192.0.2.25 is local, skipping since local_mx_ok=false', id: 'mx-points-back-here', tier: 'reason-phrase', note: "Haraka skips an MX that is its own address" },
  // Postfix
  { text: '450 4.7.1 Error: too much mail from 192.0.2.1', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Postfix smtpd.c: smtpd_client_message_rate_limit reached' },
  { text: 'host mx.example.com[192.0.2.3] said: 450 4.7.1 Error: too much mail from 192.0.2.1 (in reply to MAIL FROM command)', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Postfix smtpd.c: the same limit as quoted by the sending Postfix' },
  { text: 'postfix/qmgr[1234]: 3F2A1C0D1E: from=<jan@example.org>, status=expired, returned to sender', id: 'delivery-expired', tier: 'reason-phrase', note: "Postfix qmgr: a message past maximal_queue_lifetime is returned" },
  // rspamd
  { text: '451 4.7.1 Ratelimit "to_ip_from" exceeded', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'rspamd ratelimit.lua: message_func names the full bucket' },
  { text: '451 4.7.1 Ratelimit "to" exceeded', id: 'recipient-rate-limited', tier: 'reason-phrase', note: 'rspamd: the per-recipient bucket is full' },
  { text: 'message sending failed: 4.7.1 Ratelimit \\"user\\" exceeded (451)', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: "rspamd: the logged-in user's bucket, quotes escaped as an application logs them" },
  { text: '451 4.7.1 Ratelimit exceeded', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'rspamd ratelimit.lua (older versions): soft reject text' },
  { text: '451 4.7.1 Try again later', id: 'greylisted', tier: 'reason-phrase', note: "rspamd greylist.lua: the default message of its soft reject" },
  { text: 'host mx.example.net[192.0.2.3] said: 451 4.7.1 Please try again later (in reply to end of DATA command)', id: 'greylisted', tier: 'reason-phrase', note: 'rspamd greylisting as the sending Postfix quotes it' },
  { text: '451 Try again later', id: 'greylisted', tier: 'reason-phrase', note: 'the same soft reject without an enhanced code' },
  { text: '451 Temporary failure, please try again later.', id: 'greylisted', tier: 'reason-phrase', note: "OpenBSD spamd.c: greylisting's fixed deferral after DATA" },
  { text: 'host mail.example.org[192.0.2.7] said: 451 Temporary failure, please try again later. (in reply to DATA command)', id: 'greylisted', tier: 'reason-phrase', note: 'the same quoted by Postfix' },
  // cPanel's Exim ACLs
  { text: '550 Number of failed recipients exceeded.  Come back in a few hours.', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'cPanel dictionary_attack ACL: too many unknown recipients in one connection' },
  { text: '550 Your host is not allowed to connect to this server.', id: 'receiver-policy', tier: 'reason-phrase', note: "cPanel spammerlist / blockeddomains ACL: the receiver's own ban" },
  { text: '550 Your country is not allowed to connect to this server.', id: 'receiver-policy', tier: 'reason-phrase', note: 'cPanel blockedcountryips ACL: a country filter' },
  { text: '550 You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.', id: 'receiver-policy', tier: 'reason-phrase', note: "cPanel primary_hostname_bl ACL: mail to the server's own host name" },
  { text: '550 REJECTED - Interface: 192.0.2.1 is _my_ address', id: 'helo-refused', tier: 'reason-phrase', note: "cPanel requirehelonoforge ACL: HELO with the receiver's own IP literal" },
  // Courier
  { text: '517-Domain does not exist: example.com.', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Courier submit.C: the sender's domain does not exist" },
  { text: 'MAIL FROM:<jan@example.com>: 517-Domain does not exist: example.com.', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Courier submit.C: the same after MAIL FROM' },
  { text: '517 Mail server at 192.0.2.1 is blocked.', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Courier submit.C: the sender domain's MX is on the badmx list" },
  { text: '417 DNS lookup failure: example.com.  Try again later.', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Courier submit.C: the sender domain's DNS lookup failed for now" },
  // Haraka
  { text: '550 No MX for your FROM address', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Haraka mail_from.is_resolvable: the sender's domain has no MX and no A" },
  { text: '450 MX without A records', id: 'sender-address-rejected', tier: 'reason-phrase', note: "Haraka mail_from.is_resolvable: the sender domain's MX hosts have no address" },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '[outbound] MX 192.0.2.25 is local, delivering since local_mx_ok=true', id: 'unknown', tier: 'unknown', note: 'Haraka told to deliver to a local MX' },
  { text: 'status=deferred (connect to mx.example.org[192.0.2.4]:25: Connection timed out)', id: 'remote-server-unreachable', tier: 'rule', note: "a deferral, not Postfix's expiry line" },
  { text: '552 Error: too much mail data', id: 'message-too-large', tier: 'reason-phrase', note: '"too much mail data" is the size limit, not the rate limit' },
  { text: '451 Ratelimit settings could not be read', id: 'unknown', tier: 'unknown', note: '"ratelimit" without "exceeded"' },
  { text: '450 4.7.1 Service unavailable - try again later', id: 'receiver-policy', tier: 'status-code', note: 'a deferral that says more than "try again later" is not the bare greylisting text' },
  { text: '451 4.3.2 Please try again later', id: 'receiver-system-error', tier: 'status-code', note: 'X.3.2, not the 4.7.1 of a milter soft reject' },
  { text: '554 5.7.1 Try again later', id: 'receiver-policy', tier: 'status-code', note: 'a permanent refusal is no greylisting' },
  { text: '421 Try again later', id: 'unknown', tier: 'unknown', note: 'a closing connection, not the deferral of a greylisting' },
  { text: '451 4.7.1 Try again later, your IP is listed', id: 'receiver-policy', tier: 'status-code', note: 'a deferral that names its reason is not the bare soft reject (the reason words are not this entry)' },
  { text: '451 Temporary failure, please try again later. Mailbox database is offline', id: 'unknown', tier: 'unknown', note: 'the deferral with a reason of its own is not the bare spamd text' },
  { text: '550 Number of recipients exceeded', id: 'unknown', tier: 'unknown', note: "no cPanel's failed-recipients wording" },
  { text: '550 Your host is not allowed to relay through this server', id: 'relay-denied', tier: 'reason-phrase', note: 'not allowed to relay, not to connect: the reason words read the refused relaying' },
  { text: '550 You do not have sufficient disk space', id: 'unknown', tier: 'unknown', note: 'no privileges to send to the address' },
  { text: '550 That is my address, not yours', id: 'unknown', tier: 'unknown', note: 'no "_my_ address" of the cPanel HELO check' },
  { text: '550 Domain does not exist: example.com.', id: 'server-blocklisted', tier: 'reason-phrase', note: "without Courier's 517 the older reading stays" },
  { text: '550 Mail server at 192.0.2.1 is blocked.', id: 'server-blocklisted', tier: 'reason-phrase', note: "without Courier's 517 the older reading stays" },
  { text: '451 DNS lookup failure: example.com. Try again later.', id: 'server-ptr-missing', tier: 'reason-phrase', note: "without Courier's 417 the older reading stays" },
  { text: '550 No MX for recipient domain example.org', id: 'no-mail-exchanger', tier: 'reason-phrase', note: "the recipient's domain, not Haraka's FROM address text: the reason words read it" },
];

describeTierTable('the reason phrases of more mail server software', MORE_SERVER_PHRASES, EXAMPLES, NEAR_MISSES);
