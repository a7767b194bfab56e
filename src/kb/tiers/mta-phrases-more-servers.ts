/**
 * Reason phrases of more mail server software and filters: the fixed texts
 * their code or manual writes into a refusal or bounce, each entry naming
 * the source file or manual it comes from.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

const POSTFIX_SMTPD = 'Postfix, src/smtpd/smtpd.c (mail_cmd: smtpd_client_message_rate_limit, "450 4.7.1 Error: too much mail from %s")';
const CPANEL_ACLS = 'cPanel & WHM Exim ACL blocks (asmrdevelop/cpanel mirror: etc/exim/acls/';
const COURIER_SUBMIT = 'Courier MTA, courier/courier/submit.C (checkdns: BOFH sender checks; svarshavchik/courier)';
const HARAKA_RESOLVABLE = 'Haraka, plugins/mail_from.is_resolvable.js (haraka/Haraka)';
const POSTFIX_QMGR = 'Postfix, src/qmgr/qmgr_active.c (a message past maximal_queue_lifetime: "status=expired, returned to sender")';
const RSPAMD_GREYLIST = 'rspamd, src/plugins/lua/greylist.lua (rspamd/rspamd: settings.message = "Try again later", action "soft reject", which a milter answers with 451 4.7.1)';
const OPENBSD_SPAMD = 'OpenBSD spamd(8), libexec/spamd/spamd.c (greylisting mode: "451 Temporary failure, please try again later.")';
const RSPAMD_RATELIMIT = 'rspamd, src/plugins/lua/ratelimit.lua (rspamd/rspamd: message_func "Ratelimit \\"%s\\" exceeded"; older versions set "Ratelimit exceeded")';

/**
 * A fixed sentence that is the whole reply: the codes are taken out of the words a pattern reads, so the sentence
 * follows the start or a quoting prefix ("said:", "[…]"), and only a Postfix stage may follow it.
 */
function bareSentence(words: string): RegExp {
  return new RegExp(String.raw`(?:^|[:)\]]\s*)${words}\.?\s*(?:$|\n|\(in\s+reply\s+to\b)`);
}

export const MORE_SERVER_PHRASES: readonly TierEntry[] = [
  // Postfix's queue manager gave up on a message older than maximal_queue_lifetime and returns it: its log line for
  // the expiry itself, which names no reply.
  says('delivery-expired', { phrases: ['status=expired, returned to sender'] }, POSTFIX_QMGR),

  // Postfix smtpd: the connecting client started more mail transactions per time unit than
  // smtpd_client_message_rate_limit allows; a limit on the sending server, not a verdict on the message.
  says('sender-rate-limited', { phrases: ['error: too much mail from'] }, POSTFIX_SMTPD),

  // rspamd's ratelimit module defers mail once a bucket is full; the bucket's name says whose limit it is
  // (rspamd.com/doc/modules/ratelimit.html): "to" and "bounce_to" count all mail for one recipient, whoever sends it;
  // "user" counts what one logged-in user sends (the sender's own provider's limit); the others ("to_ip",
  // "to_ip_from", a sending IP, a sender address, a custom selector) limit what this sending side may hand over. A
  // quote may arrive escaped (\").
  says(
    'recipient-rate-limited',
    { phrases: ['ratelimit "to"', 'ratelimit \\"to\\"', 'ratelimit "bounce_to"', 'ratelimit \\"bounce_to\\"'], pattern: /\bratelimit \\?"(?:to|bounce_to)\\?" exceeded\b/ },
    RSPAMD_RATELIMIT,
  ),
  says('sending-quota-exceeded', { phrases: ['ratelimit "user"', 'ratelimit \\"user\\"'], pattern: /\bratelimit \\?"user\\?" exceeded\b/ }, RSPAMD_RATELIMIT),
  says(
    'sender-rate-limited',
    {
      phrases: ['ratelimit "', 'ratelimit \\"', 'ratelimit exceeded'],
      pattern: /\bratelimit (?:\\?"(?!(?:to|bounce_to|user)\\?")[a-z0-9_]+\\?" )?exceeded\b/,
    },
    RSPAMD_RATELIMIT,
  ),

  // rspamd's greylisting defers a first delivery with its default message alone ("Try again later", a soft reject
  // that Postfix's milter answers as 451 4.7.1, other glue as a bare 451). Only the bare sentence under a deferral's
  // code: a deferral that gives any reason says more, and under another enhanced code it is that code's reason.
  says(
    'greylisted',
    {
      phrases: ['try again later'],
      codes: [450, 451],
      enhanced: ['4.7.1'],
      requireCode: true,
      pattern: bareSentence(String.raw`(?:please\s+)?try\s+again\s+later`),
    },
    RSPAMD_GREYLIST,
  ),

  // OpenBSD's spamd answers a sender it has not seen before after DATA with this fixed deferral (greylisting mode, its
  // default). The sentence alone: followed by a reason, it is that reason's.
  says(
    'greylisted',
    {
      phrases: ['temporary failure, please try again later'],
      codes: [450, 451],
      pattern: bareSentence(String.raw`temporary\s+failure,\s+please\s+try\s+again\s+later`),
    },
    OPENBSD_SPAMD,
  ),

  // cPanel's dictionary-attack block: after more than four unknown recipients in one connection the host is
  // ratelimited and dropped, so further mail from that server is refused for a while.
  says('sender-rate-limited', { phrases: ['number of failed recipients exceeded'] }, `${CPANEL_ACLS}ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack)`),
  // cPanel: the administrator banned the connecting IP (spammeripblocks) or the sender's domain (blocked_domains),
  // or every IP of the sender's country; the receiver's own lists, whatever the message.
  says(
    'receiver-policy',
    { phrases: ['your host is not allowed to connect to this server', 'your country is not allowed to connect to this server'] },
    `${CPANEL_ACLS}ACL_CONNECT_BLOCK/spammerlist, ACL_RECIPIENT_BLOCK/blockeddomains, ACL_CONNECT_BLOCK/blockedcountryips)`,
  ),
  // cPanel refuses outside mail to addresses at the server's own host name (root@, mailer-daemon@ the host).
  says(
    'receiver-policy',
    { phrases: ['you do not have sufficient privileges to send mail to this address'] },
    `${CPANEL_ACLS}ACL_RBL_BLOCK/primary_hostname_bl)`,
  ),
  // cPanel's HELO check: the client greeted with the receiving server's own IP address literal.
  says('helo-refused', { phrases: ['is _my_ address'], pattern: /\binterface: \S+ is _my_ address\b/ }, `${CPANEL_ACLS}ACL_MAIL_BLOCK/requirehelonoforge)`),

  // Courier's BOFH sender checks at MAIL FROM: the sender's domain does not exist, its MX points to an address on
  // the receiver's badmx list, or its DNS lookup failed for now. All are about the sender's domain, not the recipient.
  says('sender-address-rejected', { phrases: ['domain does not exist:'], codes: [517], pattern: /\bdomain does not exist: \S+\./ }, COURIER_SUBMIT),
  says('sender-address-rejected', { phrases: ['mail server at '], codes: [517], pattern: /\bmail server at \S+ is blocked\b/ }, COURIER_SUBMIT),
  says('sender-address-rejected', { phrases: ['dns lookup failure: '], codes: [417], pattern: /\bdns lookup failure: \S+ try again later\b/ }, COURIER_SUBMIT),

  // Haraka's mail_from.is_resolvable: the sender's domain has no MX and no A record, or its MX hosts have no address.
  says('sender-address-rejected', { phrases: ['no mx for your from address', 'mx without a records'] }, HARAKA_RESOLVABLE),
  // Haraka's outbound delivery skips an MX that is one of its own addresses unless local_mx_ok is set.
  says('mx-points-back-here', { phrases: ['skipping since local_mx_ok=false'] }, 'Haraka, outbound (haraka/Haraka: "MX … is local, skipping since local_mx_ok=false")'),
];
