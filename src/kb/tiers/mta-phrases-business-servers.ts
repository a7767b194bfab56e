/**
 * Reason phrases of the mail servers and gateways businesses and hosts run
 * besides the big open-source ones: the fixed texts their code or manual
 * writes into a refusal or bounce, each entry naming the source it comes
 * from.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const says = reasonPhrase;

const IREDAPD = 'iRedAPD (iRedMail policy server), iredmail/iRedAPD, libs/__init__.py (SMTP_ACTIONS';
const PMG_POLICY = 'Proxmox Mail Gateway, proxmox/pmg-api, src/bin/pmgpolicy (greylist_value: "defer_if_permit Service is unavailable (try later)")';
const JAMES_FASTFAIL = 'Apache James, apache/james-project, protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/';
const JAMES_CORE = 'Apache James, apache/james-project, protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/';

export const BUSINESS_SERVER_PHRASES: readonly TierEntry[] = [
  // iRedAPD's reject_sender_login_mismatch: the account logged in, then sent with a MAIL FROM address that is not
  // its own (nor one it may send as); the sender address of the message is what must change.
  says('sender-address-rejected', { phrases: ['sender is not same as smtp authenticate username'] }, `${IREDAPD}: reject_sender_login_mismatch)`),
  // iRedAPD's reject_null_sender: a logged-in account sent with an empty envelope sender, which a stolen password
  // is often used for; the own account's sender address is refused.
  says('sender-address-rejected', { phrases: ['policy rejection due to null sender'] }, `${IREDAPD}: reject_null_sender)`),
  // iRedAPD's message size check against the size limit of the account or domain.
  says('message-too-large', { phrases: ['message size exceed (maybe caused by big attachment file)'] }, `${IREDAPD}: reject_message_size_exceeded)`),
  // iRedAPD's senderscore plugin looks the sending IP up in Sender Score's DNS list and refuses a low score:
  // the reputation of the sending server's address (a score, not a listing), which its provider has to repair.
  says('ip-reputation-throttled', { phrases: ['server ip address has bad reputation'] }, `${IREDAPD}: reject_low_sender_score; plugins/senderscore.py)`),

  // Proxmox Mail Gateway's policy daemon defers a first delivery from an unknown sender/recipient/network triplet.
  says('greylisted', { phrases: ['service is unavailable (try later)'] }, PMG_POLICY),

  // Apache James greylisting: a new triplet, or a retry before the block time has passed.
  says(
    'greylisted',
    { phrases: ['temporary rejected: please try again later', 'temporary rejected: reconnect to fast'] },
    `${JAMES_FASTFAIL}AbstractGreylistHandler.java (TEMPORARY_REJECT, TO_FAST)`,
  ),
  // James DNSRBLHandler: the connecting IP is on a configured DNS blocklist, so only mail to postmaster/abuse or
  // after login is taken from it.
  says(
    'server-blocklisted',
    { phrases: ['rejected: unauthenticated e-mail from'], pattern: /\brejected: unauthenticated e-mail from \S+ is restricted\b/ },
    `${JAMES_FASTFAIL}DNSRBLHandler.java`,
  ),
  // James ResolvableEhloHeloHandler / ReverseEqualsEhloHeloHandler: the HELO name does not resolve, or is not the
  // reverse name of the connecting IP.
  says(
    'helo-refused',
    { phrases: ['provided ehlo/helo'], pattern: /\bprovided ehlo\/helo \S+ can not resolved\b/ },
    `${JAMES_FASTFAIL}ResolvableEhloHeloHandler.java and ReverseEqualsEhloHeloHandler.java`,
  ),
  // James ValidSenderDomainHandler: the domain of the MAIL FROM address has no usable MX record.
  says('sender-address-rejected', { phrases: ['contains a domain with no valid mx records'] }, `${JAMES_FASTFAIL}ValidSenderDomainHandler.java`),
  // James MaxRcptHandler: the message named more recipients than the server takes in one transaction.
  says('sender-rate-limited', { phrases: ['requested action not taken: max recipients reached'] }, `${JAMES_FASTFAIL}MaxRcptHandler.java`),
  // James's sender identity check: a logged-in user gave a MAIL FROM that is not its own address.
  says(
    'sender-address-rejected',
    { phrases: ['incorrect authentication for specified email address'] },
    `${JAMES_CORE}AbstractSenderAuthIdentifyVerificationHook.java (INVALID_AUTH)`,
  ),
];
