/**
 * The rest of the big providers' tables (Microsoft's Exchange Online NDR codes, Google's SMTP errors and codes):
 * each entry's documented reply is recognised, and look-alikes are not.
 */
import { BIG_PROVIDER_PHRASES } from '../../src/kb/tiers/provider-codes-big-providers';
import { describeTierTable, type TierCase } from './tier-table';

const MS = 'Microsoft "Email non-delivery reports and SMTP errors in Exchange Online"';
const G = 'Google "SMTP errors and codes"';
const AOL = 'AOL postmaster "Error Messages"';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 5.7.503 Access denied, banned sender', id: 'outgoing-account-locked', tier: 'provider-code', note: `${MS}: 5.7.503, a sending account banned for spam` },
  { text: '4.7.26 Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed', id: 'sender-authentication-failed', tier: 'provider-code', note: `${MS}: 4.7.26, IPv6 mail without SPF or DKIM` },
  { text: '550 5.1.0 Sender denied', id: 'recipient-address-rejected', tier: 'provider-code', note: `${MS}: 5.1.0, a recipient that could not be resolved` },
  { text: '550 5.1.8 Access denied, bad outbound sender', id: 'outgoing-account-locked', tier: 'provider-code', note: `${MS}: 5.1.8, the sending account blocked for spam` },
  { text: '550 5.7.501 Access denied, spam abuse detected', id: 'outgoing-account-locked', tier: 'provider-code', note: `${MS}: 5.7.501, the sending account banned for spam` },
  { text: '550 5.6.11 Invalid characters', id: 'message-not-rfc-compliant', tier: 'provider-code', note: `${MS}: 5.6.11, bare line feeds in the message` },
  { text: '530 5.7.1 Client was not authenticated', id: 'smtp-auth-required', tier: 'provider-code', note: `${MS}: 5.7.1, the receiving system wants a login` },
  { text: "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.", id: 'tls-required', tier: 'provider-code', note: `${MS}: 5.7.322, the destination's certificate expired` },
  { text: '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records', id: 'tls-required', tier: 'provider-code', note: `${MS}: 5.7.324, the destination's DNSSEC does not verify` },
  { text: '550 5.7.505 Access denied, banned recipient', id: 'recipient-unknown', tier: 'provider-code', note: `${MS}: 5.7.505, the recipient is not valid` },
  { text: '550 5.7.705 Access denied, tenant has exceeded threshold', id: 'microsoft-blocklist', tier: 'provider-code', note: `${MS}: 5.7.705, the tenant's outgoing mail blocked` },
  { text: '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.', id: 'smtp-protocol-error', tier: 'provider-code', note: `${G}: 451 4.3.0, several recipient domains in one transaction` },
  { text: '451 4.4.2 Timeout - closing connection.', id: 'remote-server-unreachable', tier: 'provider-code', note: `${G}: 451 4.4.2, a timed-out connection` },
  { text: '421 4.7.0 Connection expired, try reconnecting.', id: 'remote-server-unreachable', tier: 'provider-code', note: `${G}: 421 4.7.0, an expired connection` },
  { text: '451 4.5.0 SMTP protocol violation.', id: 'smtp-protocol-error', tier: 'provider-code', note: `${G}: 451 4.5.0, the SMTP dialogue broken` },
  { text: '501 5.7.11 Syntax error (no parameters allowed).', id: 'smtp-protocol-error', tier: 'provider-code', note: `${G}: 501 5.7.11, STARTTLS given with parameters` },
  { text: '503 5.7.0 No identity changes permitted.', id: 'smtp-protocol-error', tier: 'provider-code', note: `${G}: 503 5.7.0, a second login in one session` },
  { text: '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.', id: 'sender-rate-limited', tier: 'provider-code', note: `${G}: 452 4.5.3, too many recipients of one domain in a transaction` },
  { text: '454 4.7.0 Too many login attempts, please try again later.', id: 'smtp-login-failed', tier: 'provider-code', note: `${G}: 454 4.7.0, too many login attempts` },
  { text: '534 5.7.14 Please log in through your web browser and then try again.', id: 'smtp-login-failed', tier: 'provider-code', note: `${G}: 534 5.7.14, a browser sign-in needed` },
  { text: '504 5.7.40 XOAUTH is no longer supported.', id: 'smtp-login-failed', tier: 'provider-code', note: `${G}: 504 5.7.40, an authentication method Gmail no longer takes` },
  { text: '454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later.', id: 'receiver-system-error', tier: 'provider-code', note: `${G}: 454 4.7.0, logging in failed on Gmail's side` },
  { text: '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain example.com. To protect our users from spam, email sent from your domain has been temporarily rate limited.', id: 'domain-reputation-low', tier: 'provider-code', note: `${G}: 421 4.7.28, the DKIM domain rate limited` },
  { text: '421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF domain [example.com]. To protect our users from spam, mail sent from your domain has been temporarily rate limited.', id: 'domain-reputation-low', tier: 'provider-code', note: `${G}: 421 4.7.28 in its shorter wording, the SPF domain rate limited` },
  { text: '421 4.7.28 Our system has detected an unusual rate of mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.', id: 'ip-reputation-throttled', tier: 'provider-code', note: `${G}: 421 4.7.28 in its shorter wording, the IP address rate limited` },
  { text: '550 5.7.1 Client does not have permission to send as this sender (SendAsDenied)', id: 'sender-address-rejected', tier: 'provider-code', note: "Exchange's SendAsDenied response: the login may not send as that address" },
  { text: '554 5.2.252 SendAsDenied; jan@example.nl not allowed to send as info@example.org', id: 'sender-address-rejected', tier: 'provider-code', note: "Exchange files SendAsDenied under a mailbox code (5.2.252): the event's name says it is the sender" },
  { text: "Your message couldn't be delivered because you weren't recognized as a valid sender. Contact your email admin for assistance.", id: 'outgoing-account-locked', tier: 'provider-code', note: "Exchange Online's report sentence for 5.1.8: the sending account is blocked for suspected spam" },
  { text: '421 4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited.', id: 'url-blocklisted', tier: 'provider-code', note: `${G}: 421 4.7.28, a link's domain rate limited` },
  { text: '550 5.7.0 Email sending denied.', id: 'relay-denied', tier: 'provider-code', note: `${G}: 550 5.7.0, the Workspace SMTP relay refuses the sender` },
  { text: '554 5.7.0 Too many unauthenticated commands.', id: 'smtp-auth-required', tier: 'provider-code', note: `${G}: 554 5.7.0, commands without a login` },
  { text: '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance.', id: 'google-policy-prohibited', tier: 'provider-code', note: `${G}: 550 5.7.1, an organisation's policy against the message` },
  { text: 'mx.aol.example refused to talk to me: 421 4.7.1 : (DNS:NR) see the postmaster pages', id: 'server-ptr-missing', tier: 'provider-code', note: `${AOL}: DNS:NR, a connecting IP without reverse DNS` },
  { text: '421 4.2.1 : see http://postmaster.info.aol.com/errors/421dnsnr.html', id: 'server-ptr-missing', tier: 'provider-code', note: `${AOL}: the DNS:NR page named in the reply, under a code of the wrong class` },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '553 5.1.8 Sender denied', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'about the sender (5.1.8), so Microsoft\'s 5.1.0 reading does not apply' },
  { text: '550 5.1.1 Invalid characters in recipient address', id: 'recipient-unknown', tier: 'status-code', note: 'a bad address, not the bare line feeds of 5.6.11' },
  { text: '451 Timeout - closing connection', id: 'delivery-expired', tier: 'provider-code', note: 'without Gmail\'s 4.4.2 the wording keeps its other table\'s reading' },
  { text: '421 4.7.0 Connection expired', id: 'delivery-expired', tier: 'provider-code', note: 'without "try reconnecting" it is not Gmail\'s idle connection' },
  { text: '554 5.4.6 Hop count exceeded - possible mail loop', id: 'mail-loop', tier: 'rule', note: 'another server\'s loop wording keeps the loop rule' },
  { text: '535 5.7.8 Authentication failed: Unrecognized authentication type', id: 'smtp-login-failed', tier: 'rule', note: 'a failed login stays with the login rule' },
  { text: '550 5.1.2 host lookup failed: dns:nrpe.example.net', id: 'recipient-domain-not-found', tier: 'status-code', note: "a host name that starts with AOL's letters is not its DNS:NR code" },
];

describeTierTable("the rest of the big providers' tables", BIG_PROVIDER_PHRASES, EXAMPLES, NEAR_MISSES);
