/**
 * Bounce-phrase facts from Sisimai (p5-sisimai v5.1.0: lib/Sisimai/Reason/*.pm,
 * lib/Sisimai/Rhost/*.pm), as collected in the shared reference file
 * sisimai-facts.json: per reason, lower-case phrases, ordered phrase pairs and
 * veto phrases; per remote provider, [reason, reply code (0 = any), status
 * ("" = any), phrase] rows.
 *
 * Copyright (c) 2014- azumakuniyuki. BSD 2-Clause License: see SISIMAI-LICENSE
 * in this folder. Data only; how Mail Doctor uses it is in reason-phrases.ts
 * and provider-codes.ts.
 */

export interface SisimaiReasonFacts {
  readonly phrases: readonly string[];
  /** Two (or three) phrases that must all appear, in this order. */
  readonly pairs: ReadonlyArray<readonly [string, string, ...string[]]>;
  readonly isnot: readonly string[];
}

export const SISIMAI_REASONS: Readonly<Record<string, SisimaiReasonFacts>> = {
  "authfailure": {
    "phrases": [
      "//spf.pobox.com",
      "bad spf records for",
      "dmarc policy",
      "please inspect your spf settings",
      "sender policy framework (spf) fail",
      "sender policy framework violation",
      "spf (sender policy framework) domain authentication fail",
      "spf check: fail"
    ],
    "pairs": [
      [
        " is not allowed to send mail.",
        "_401"
      ],
      [
        "is not allowed to send from <",
        " per it's spf record"
      ]
    ],
    "isnot": []
  },
  "badreputation": {
    "phrases": [
      "a poor email reputation score",
      "has been temporarily rate limited due to ip reputation",
      "ip/domain reputation problems",
      "likely suspicious due to the very low reputation",
      "none/bad reputation",
      "temporarily deferred due to unexpected volume or user complaints",
      "the sending mta's poor reputation"
    ],
    "pairs": [],
    "isnot": []
  },
  "blocked": {
    "phrases": [
      " said: 550 blocked",
      "//www.spamcop.net/bl.",
      "bad sender ip address",
      "banned sending ip",
      "blacklisted by",
      "blocked using ",
      "blocked - see http",
      "dnsbl:attrbl",
      "client host rejected: abus detecte gu_eib_02",
      "client host rejected: abus detecte gu_eib_04",
      "client host rejected: may not be mail exchanger",
      "client host rejected: was not authenticated",
      "confirm this mail server",
      "connection dropped",
      "connection refused by",
      "connection reset by peer",
      "connection was dropped by remote host",
      "connections not accepted from ip addresses on spamhaus xbl",
      "currently sending spam see: ",
      "domain does not exist:",
      "dynamic/zombied/spam ips blocked",
      "error: no valid recipients from ",
      "esmtp not accepting connections",
      "extreme bad ip profile",
      "go away",
      "helo command rejected:",
      "host network not allowed",
      "hosts with dynamic ip",
      "invalid ip for sending mail of domain",
      "is in a black list",
      "is not allowed to send mail from",
      "no access from mail server",
      "no matches to nameserver query",
      "not currently accepting mail from your ip",
      "part of their network is on our block list",
      "please use the smtp server of your isp",
      "refused - see http",
      "rejected - multi-blacklist",
      "rejected because the sending mta or the sender has not passed validation",
      "rejecting open proxy",
      "sender ip address rejected",
      "server access forbidden by your ip ",
      "service not available, closing transmission channel",
      "smtp error from remote mail server after initial connection:",
      "sorry, that domain isn't in my list of allowed rcpthosts",
      "sorry, your remotehost looks suspiciously like spammer",
      "temporarily deferred due to unexpected volume or user complaints",
      "to submit messages to this e-mail system has been rejected",
      "too many spams from your ip",
      "too many unwanted messages have been sent from the following ip address above",
      "was blocked by ",
      "we do not accept mail from dynamic ips",
      "you are not allowed to connect",
      "you are sending spam",
      "your ip address is listed in the rbl",
      "your network is temporary blacklisted",
      "your server requires confirmation"
    ],
    "pairs": [
      [
        "access from ip address ",
        " blocked"
      ],
      [
        "client host ",
        " blocked using"
      ],
      [
        "connections will not be accepted from ",
        " because the ip is in spamhaus's list"
      ],
      [
        "dnsbl:rbl ",
        ">_is_blocked"
      ],
      [
        "email blocked by ",
        ".barracudacentral.org"
      ],
      [
        "email blocked by ",
        "spamhaus"
      ],
      [
        "ip ",
        " is blocked by earthlink"
      ],
      [
        "is in an ",
        "rbl on "
      ],
      [
        "mail server at ",
        " is blocked"
      ],
      [
        "mail from ",
        " refused:"
      ],
      [
        "message from ",
        " rejected based on blacklist"
      ],
      [
        "messages from ",
        " temporarily deferred due to user complaints"
      ],
      [
        "server ip ",
        " listed as abusive"
      ],
      [
        "sorry! your ip address",
        " is blocked by rbl"
      ],
      [
        "the domain ",
        " is blacklisted"
      ],
      [
        "the email ",
        " is blacklisted"
      ],
      [
        "the ip",
        " is blacklisted"
      ],
      [
        "veuillez essayer plus tard. service refused, please try later. ",
        "103"
      ],
      [
        "veuillez essayer plus tard. service refused, please try later. ",
        "510"
      ],
      [
        "your sender's ip address is listed at ",
        ".abuseat.org"
      ],
      [
        "(",
        "@",
        ":blocked)"
      ],
      [
        "host ",
        " refused to talk to me: ",
        " blocked"
      ]
    ],
    "isnot": []
  },
  "contenterror": {
    "phrases": [
      "duplicate header",
      "header size exceeds maximum permitted",
      "improper use of 8-bit data in message header",
      "message header size, or recipient list, exceeds policy limit",
      "message mime complexity exceeds the policy maximum",
      "routing loop detected -- too many received: headers",
      "this message contain invalid mime headers",
      "this message contain improperly-formatted binary content",
      "this message contain text that uses unnecessary base64 encoding"
    ],
    "pairs": [],
    "isnot": []
  },
  "exceedlimit": {
    "phrases": [
      "message header size exceeds limit",
      "message too large"
    ],
    "pairs": [],
    "isnot": []
  },
  "expired": {
    "phrases": [
      "connection timed out",
      "could not find a gateway for",
      "delivery attempts will continue to be",
      "delivery expired",
      "delivery time expired",
      "failed to deliver to domain ",
      "giving up on",
      "have been failing for a long time",
      "has been delayed",
      "it has not been collected after",
      "message expired after sitting in queue for",
      "message expired, cannot connect to remote server",
      "message expired, connection refulsed",
      "message timed out",
      "retry time not reached for any host after a long failure period",
      "server did not respond",
      "this message has been in the queue too long",
      "unable to deliver message after multiple retries",
      "was not reachable within the allowed queue period",
      "your message could not be delivered for more than"
    ],
    "pairs": [
      [
        "could not be delivered for",
        " days"
      ]
    ],
    "isnot": []
  },
  "filtered": {
    "phrases": [
      "because the recipient is only accepting mail from specific email addresses",
      "bounced address",
      "due to extended inactivity new mail is not currently being accepted for this mailbox",
      "has restricted sms e-mail",
      "is not accepting any mail",
      "message rejected due to user rules",
      "not found recipient account",
      "refused due to recipient preferences",
      "resolver.rst.notauthorized",
      "this account is protected by",
      "user not found",
      "user refuses to receive this mail",
      "user reject",
      "we failed to deliver mail because the following address recipient id refuse to receive mail",
      "you have been blocked by the recipient"
    ],
    "pairs": [],
    "isnot": []
  },
  "hasmoved": {
    "phrases": [
      " has been replaced by "
    ],
    "pairs": [],
    "isnot": []
  },
  "hostunknown": {
    "phrases": [
      "domain does not exist",
      "domain is not reachable",
      "domain must exist",
      "host or domain name not found",
      "host unknown",
      "host unreachable",
      "mail domain mentioned in email address is unknown",
      "name or service not known",
      "no such domain",
      "recipient address rejected: unknown domain name",
      "recipient domain must exist",
      "the account or domain may not exist",
      "unknown host",
      "unroutable address",
      "unrouteable address"
    ],
    "pairs": [
      [
        "553 ",
        " does not exist"
      ]
    ],
    "isnot": []
  },
  "mailboxfull": {
    "phrases": [
      "452 insufficient disk space",
      "account disabled temporarly for exceeding receiving limits",
      "account is exceeding their quota",
      "account is over quota",
      "account is temporarily over quota",
      "boite du destinataire pleine",
      "delivery failed: over quota",
      "disc quota exceeded",
      "diskspace quota",
      "does not have enough space",
      "exceeded storage allocation",
      "exceeding its mailbox quota",
      "full mailbox",
      "is over disk quota",
      "is over quota temporarily",
      "mail file size exceeds the maximum size allowed for mail delivery",
      "mail quota exceeded",
      "mailbox exceeded the local limit",
      "mailbox full",
      "mailbox has exceeded its disk space limit",
      "mailbox is full",
      "mailbox over quota",
      "mailbox quota usage exceeded",
      "mailbox size limit exceeded",
      "maildir over quota",
      "maildir delivery failed: userdisk quota ",
      "maildir delivery failed: domaindisk quota ",
      "mailfolder is full",
      "no space left on device",
      "not enough storage space in",
      "not sufficient disk space",
      "over the allowed quota",
      "quota exceeded",
      "quota violation for",
      "recipient reached disk quota",
      "recipient rejected: mailbox would exceed maximum allowed storage",
      "the recipient mailbox has exceeded its disk space limit",
      "the user's space has been used up",
      "the user you are trying to reach is over quota",
      "too much mail data",
      "user has exceeded quota, bouncing mail",
      "user has too many messages on the server",
      "user is over quota",
      "user is over the quota",
      "user over quota",
      "user over quota. (#5.1.1)",
      "was automatically rejected: quota exceeded",
      "would be over the allowed quota"
    ],
    "pairs": [],
    "isnot": []
  },
  "mailererror": {
    "phrases": [
      " || exit ",
      "procmail: ",
      "bin/procmail",
      "bin/maidrop",
      "command failed: ",
      "command died with status ",
      "command output:",
      "mailer error",
      "pipe to |/",
      "x-unix; "
    ],
    "pairs": [],
    "isnot": []
  },
  "mesgtoobig": {
    "phrases": [
      "exceeded maximum inbound message size",
      "line limit exceeded",
      "max message size exceeded",
      "message file too big",
      "message length exceeds administrative limit",
      "message size exceeds fixed limit",
      "message size exceeds fixed maximum message size",
      "message size exceeds maximum value",
      "message too big",
      "message too large for this ",
      "size limit",
      "taille limite du message atteinte"
    ],
    "pairs": [],
    "isnot": []
  },
  "networkerror": {
    "phrases": [
      "could not connect and send the mail to",
      "dns records for the destination computer could not be found",
      "hop count exceeded - possible mail loop",
      "host is unreachable",
      "host name lookup failure",
      "host not found, try again",
      "mail forwarding loop for ",
      "malformed name server reply",
      "malformed or unexpected name server reply",
      "maximum forwarding loop count exceeded",
      "message looping",
      "message probably in a routing loop",
      "no route to host",
      "too many hops",
      "unable to resolve route ",
      "unrouteable mail domain"
    ],
    "pairs": [],
    "isnot": []
  },
  "norelaying": {
    "phrases": [
      "as a relay",
      "email address is not verified.",
      "insecure mail relay",
      "is not permitted to relay through this server without authentication",
      "mail server requires authentication when attempting to send to a non-local e-mail address",
      "no relaying",
      "not a gateway",
      "not allowed to relay through this machine",
      "not an open relay, so get lost",
      "not local host",
      "relay access denied",
      "relay denied",
      "relaying mail to ",
      "relay not permitted",
      "relaying denied",
      "relaying mail to ",
      "specified domain is not allowed",
      "that domain isn't in my list of allowed rcpthost",
      "this system is not configured to relay mail",
      "unable to relay for",
      "we don't handle mail for"
    ],
    "pairs": [],
    "isnot": []
  },
  "notaccept": {
    "phrases": [
      "does not accept mail (nullmx)",
      "host/domain does not accept mail",
      "host does not accept mail",
      "mail receiving disabled",
      "name server: .: host not found",
      "no mx record found for domain=",
      "no route for current request",
      "smtp protocol returned a permanent error"
    ],
    "pairs": [],
    "isnot": []
  },
  "notcompliantrfc": {
    "phrases": [
      "this message is not rfc 5322 compliant",
      "https://support.google.com/mail/?p=rfcmessagenoncompliant"
    ],
    "pairs": [],
    "isnot": []
  },
  "policyviolation": {
    "phrases": [
      "an illegal attachment on your message",
      "because the recipient is not accepting mail with ",
      "by non-member to a members-only list",
      "closed mailing list",
      "denied by policy",
      "email not accepted for policy reasons",
      "email rejected due to security policies",
      "header are not accepted",
      "header error",
      "local policy violation",
      "message bounced due to organizational settings",
      "message given low priority",
      "message not accepted for policy reasons",
      "message rejected due to local policy",
      "messages with multiple addresses",
      "rejected for policy reasons",
      "protocol violation",
      "the email address used to send your message is not subscribed to this group",
      "the message was rejected by organization policy",
      "this message was blocked because its content presents a potential",
      "we do not accept messages containing images or other attachments",
      "you're using a mass mailer"
    ],
    "pairs": [
      [
        "you have exceeded the",
        "allowable number of posts without solving a captcha"
      ]
    ],
    "isnot": []
  },
  "rejected": {
    "phrases": [
      "access denied (in reply to mail from command)",
      "access denied (sender blacklisted)",
      "address rejected",
      "administrative prohibition",
      "batv failed to verify",
      "batv validation failure",
      "backscatter protection detected an invalid or expired email address",
      "because the sender isn't on the recipient's list of senders to accept mail from",
      "bogus mail from",
      "can't determine purported responsible address",
      "connections not accepted from servers without a valid sender domain",
      "denied [bouncedeny]",
      "denied by secumail valid-address-filter",
      "delivery not authorized, message refused",
      "does not exist e2110",
      "domain of sender address ",
      "email address is on senderfilterconfig list",
      "emetteur invalide",
      "empty envelope senders not allowed",
      "envelope blocked - ",
      "error: no third-party dsns",
      "from: domain is invalid. please provide a valid from:",
      "fully qualified email address required",
      "invalid domain, see <url:",
      "invalid sender",
      "is not a registered gateway user",
      "mail from not owned by user",
      "message rejected: email address is not verified",
      "mx records for ",
      "null sender is not allowed",
      "recipient addresses rejected : access denied",
      "recipient not accepted. (batv: no tag",
      "returned mail not accepted here",
      "rfc 1035 violation: recursive cname records for",
      "rule imposed mailbox access for",
      "sending this from a different address or alias using the ",
      "sender address has been blacklisted",
      "sender email address rejected",
      "sender is in my black list",
      "sender is spammer",
      "sender not pre-approved",
      "sender rejected",
      "sender domain is empty",
      "sender verify failed",
      "sender was rejected",
      "spam reporting address",
      "syntax error: empty email address",
      "the message has been rejected by batv defense",
      "this server does not accept mail from",
      "transaction failed unsigned dsn for",
      "unroutable sender address",
      "you are not allowed to post to this mailing list",
      "you are sending to/from an address that has been blacklisted",
      "your access to submit messages to this e-mail system has been rejected",
      "your email address has been blacklisted"
    ],
    "pairs": [],
    "isnot": [
      "5.1.0 address rejected",
      "recipient address rejected",
      "sender ip address rejected"
    ]
  },
  "requireptr": {
    "phrases": [
      "access denied. ip name lookup failed",
      "all mail servers must have a ptr record with a valid reverse dns entry",
      "bad dns ptr resource record",
      "cannot find your hostname",
      "client host rejected: cannot find your hostname",
      "fix reverse dns for ",
      "ips with missing ptr records",
      "no ptr record found.",
      "please get a custom reverse dns name from your isp for your host",
      "ptr record setup",
      "reverse dns failed",
      "reverse dns required",
      "sender ip reverse lookup rejected",
      "the ip address sending this message does not have a ptr record setup",
      "the corresponding forward dns entry does not point to the sending ip",
      "this system will not accept messages from servers/devices with no reverse dns",
      "unresolvable relay host name",
      "we do not accept mail from hosts with dynamic ip or generic dns ptr-records"
    ],
    "pairs": [
      [
        "domain ",
        " mismatches client ip"
      ],
      [
        "dns lookup failure: ",
        " try again later"
      ],
      [
        "reverse dns lookup for host ",
        " failed permanently"
      ],
      [
        "server access ",
        " forbidden by invalid rdns record of your mail server"
      ],
      [
        "service permits ",
        " unverifyable sending ips"
      ]
    ],
    "isnot": []
  },
  "securityerror": {
    "phrases": [
      "account not subscribed to ses",
      "authentication credentials invalid",
      "authentication failure",
      "authentication required",
      "authentication turned on in your email client",
      "executable files are not allowed in compressed files",
      "insecure mail relay",
      "recipient address rejected: access denied",
      "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
      "starttls is required to send mail",
      "tls required but not supported",
      "unauthenticated senders not allowed",
      "verification failure",
      "you are not authorized to send mail, authentication is required"
    ],
    "pairs": [
      [
        "authentication failed; server ",
        " said: "
      ],
      [
        "authentification invalide",
        "305"
      ],
      [
        "authentification requise",
        "402"
      ],
      [
        "domain ",
        " is a dead domain"
      ],
      [
        "user ",
        " is not authorized to perform ses:sendrawemail on resource"
      ]
    ],
    "isnot": []
  },
  "spamdetected": {
    "phrases": [
      " - spam",
      "//www.spamhaus.org/help/help_spam_16.htm",
      "//dsbl.org/help/help_spam_16.htm",
      "//mail.163.com/help/help_spam_16.htm",
      "554 5.7.0 reject, id=",
      "appears to be unsolicited",
      "blacklisted url in message",
      "block for spam",
      "blocked by policy: no spam please",
      "blocked by spamassassin",
      "blocked for abuse. see http://att.net/blocks",
      "cannot be forwarded because it was detected as spam",
      "considered unsolicited bulk e-mail (spam) by our mail filters",
      "content filter rejection",
      "cyberoam anti spam engine has identified this email as a bulk email",
      "denied due to spam list",
      "high probability of spam",
      "is classified as spam and is rejected",
      "listed in work.drbl.imedia.ru",
      "the mail server detected your message as spam and has prevented delivery.",
      "mail appears to be unsolicited",
      "mail content denied",
      "may consider spam",
      "message considered as spam or virus",
      "message contains spam or virus",
      "message content rejected",
      "message detected as spam",
      "message filtered",
      "message filtered. please see the faqs section on spam",
      "message filtered. refer to the troubleshooting page at ",
      "message looks like spam",
      "message is being rejected as it seems to be a spam",
      "message refused by mailmarshal spamprofiler",
      "message refused by trustwave seg spamprofiler",
      "message rejected as spam",
      "message rejected because of unacceptable content",
      "message rejected due to suspected spam content",
      "message rejected for policy reasons",
      "message was rejected for possible spam/virus content",
      "our email server thinks this email is spam",
      "our system has detected that this message is ",
      "probable spam",
      "reject bulk.advertising",
      "rejected: spamassassin score ",
      "rejected - bulk email",
      "rejecting banned content",
      "rejecting mail content",
      "related to content with spam-like characteristics",
      "sender domain listed at ",
      "sending address not accepted due to spam filter",
      "spam blocked",
      "spam check",
      "spam content matched",
      "spam detected",
      "spam email",
      "spam email not accepted",
      "spam message rejected.",
      "spam not accepted",
      "spam refused",
      "spam rejection",
      "spam score ",
      "spambouncer identified spam",
      "spamming not allowed",
      "too many spam complaints",
      "too much spam.",
      "the email message was detected as spam",
      "the message has been rejected by spam filtering engine",
      "the message was rejected due to classification as bulk mail",
      "the content of this message looked like spam",
      "this message appears to be spam",
      "this message has been identified as spam",
      "this message has been scored as spam with a probability",
      "this message was classified as spam",
      "this message was rejected by recurrent pattern detection system",
      "transaction failed spam message not queued",
      "we dont accept spam",
      "your email appears similar to spam we have received before",
      "your email breaches local uribl policy",
      "your email had spam-like ",
      "your email is considered spam",
      "your email is probably spam",
      "your email was detected as spam",
      "your message as spam and has prevented delivery",
      "your message has been temporarily blocked by our filter",
      "your message has been rejected because it appears to be spam",
      "your message has triggered a spam block",
      "your message may contain the spam contents",
      "your message failed several antispam checks"
    ],
    "pairs": [
      [
        "greylisted",
        " please try again in"
      ],
      [
        "mail rejete. mail rejected. ",
        "506"
      ],
      [
        "our filters rate at and above ",
        " percent probability of being spam"
      ],
      [
        "rejected by ",
        " (spam)"
      ],
      [
        "rejected due to spam ",
        "classification"
      ],
      [
        "rejected due to spam ",
        "content"
      ],
      [
        "rule imposed as ",
        " is blacklisted on"
      ],
      [
        "spam ",
        " exceeded"
      ],
      [
        "this message scored ",
        " spam points"
      ]
    ],
    "isnot": []
  },
  "speeding": {
    "phrases": [
      "mail sent from your IP address has been temporarily rate limited",
      "please try again slower",
      "receiving mail at a rate that prevents additional messages from being delivered"
    ],
    "pairs": [],
    "isnot": []
  },
  "suspend": {
    "phrases": [
      " is currently suspended",
      " temporary locked",
      "archived recipient",
      "boite du destinataire archivee",
      "email account that you tried to reach is disabled",
      "has been suspended",
      "inactive account",
      "invalid/inactive user",
      "is a deactivated mailbox",
      "is unavailable: user is terminated",
      "mailbox currently suspended",
      "mailbox disabled",
      "mailbox is frozen",
      "mailbox unavailable or access denied",
      "recipient rejected: temporarily inactive",
      "recipient suspend the service",
      "this account has been disabled or discontinued",
      "this account has been temporarily suspended",
      "this address no longer accepts mail",
      "this mailbox is disabled",
      "user or domain is disabled",
      "user suspended",
      "vdelivermail: account is locked email bounced"
    ],
    "pairs": [],
    "isnot": []
  },
  "systemerror": {
    "phrases": [
      "aliasing/forwarding loop broken",
      "can't create user output file",
      "could not load drd for domain",
      "internal error reading data",
      "internal server error: operation now in progress",
      "interrupted system call",
      "it encountered an error while being processed",
      "it would create a mail loop",
      "local configuration error",
      "local error in processing",
      "loop was found in the mail exchanger",
      "loops back to myself",
      "mail system configuration error",
      "queue file write error",
      "recipient deferred because there is no mdb",
      "remote server is misconfigured",
      "server configuration error",
      "service currently unavailable",
      "system config error",
      "temporary local problem",
      "timeout waiting for input",
      "transaction failed "
    ],
    "pairs": [],
    "isnot": []
  },
  "systemfull": {
    "phrases": [
      "mail system full",
      "requested mail action aborted: exceeded storage allocation"
    ],
    "pairs": [],
    "isnot": []
  },
  "toomanyconn": {
    "phrases": [
      "all available ips are at maximum connection limit",
      "connection rate limit exceeded",
      "exceeds per-domain connection limit for",
      "has exceeded the max emails per hour ",
      "throttling failure: daily message quota exceeded",
      "throttling failure: maximum sending rate exceeded",
      "too many connections",
      "too many connections from your host.",
      "too many concurrent smtp connections",
      "too many errors from your ip",
      "too many recipients",
      "too many smtp sessions for this host",
      "trop de connexions, ",
      "we have already made numerous attempts to deliver this message"
    ],
    "pairs": [],
    "isnot": []
  },
  "userunknown": {
    "phrases": [
      "#5.1.1 bad address",
      "550 address invalid",
      "5.1.0 address rejected.",
      "address does not exist",
      "address not present in directory",
      "address unknown",
      "can't accept user",
      "does not exist.",
      "destination addresses were unknown",
      "destination server rejected recipients",
      "email address does not exist",
      "email address could not be found",
      "invalid address",
      "invalid mailbox",
      "invalid mailbox path",
      "invalid recipient",
      "is not a known user",
      "is not a valid mailbox",
      "is not an active address at this host",
      "mailbox does not exist",
      "mailbox invalid",
      "mailbox is inactive",
      "mailbox is unavailable",
      "mailbox not present",
      "mailbox not found",
      "mailbox unavaiable",
      "nessun utente simile in questo indirizzo",
      "no account by that name here",
      "no existe dicha persona",
      "no existe ese usuario ",
      "no mail box available for this user",
      "no mailbox by that name is currently available",
      "no mailbox found",
      "no such address here",
      "no such mailbox",
      "no such person at this address",
      "no such recipient",
      "no such user",
      "no thank you rejected: account unavailable",
      "no valid recipients, bye",
      "not a valid recipient",
      "not a valid user here",
      "not a local address",
      "not email addresses",
      "recipient address rejected. (in reply to rcpt to command)",
      "recipient address rejected: access denied",
      "recipient address rejected: invalid user",
      "recipient address rejected: invalid-recipient",
      "recipient address rejected: unknown user",
      "recipient address rejected: userunknown",
      "recipient does not exist",
      "recipient is not accepted",
      "recipient is not local",
      "recipient not exist",
      "recipient not found",
      "recipient not ok",
      "recipient refuses to accept your mail",
      "recipient unknown",
      "requested action not taken: mailbox unavailable",
      "resolver.adr.recipient notfound",
      "sorry, user unknown",
      "sorry, badrcptto",
      "sorry, no mailbox here by that name",
      "sorry, your envelope recipient has been denied",
      "that domain or user isn't in my list of allowed rcpthosts",
      "the email account that you tried to reach does not exist",
      "the following recipients was undeliverable",
      "the user's email name is not found",
      "there is no one at this address",
      "this address no longer accepts mail",
      "this email address is wrong or no longer valid",
      "this recipient is in my badrecipientto list",
      "this recipient is not in my validrcptto list",
      "this spectator does not exist",
      "unknown mailbox",
      "unknown recipient",
      "unknown user",
      "user does not exist",
      "user missing home directory",
      "user not active",
      "user not exist",
      "user not found",
      "user not known",
      "user unknown",
      "utilisateur inconnu !",
      "vdeliver: invalid or unknown virtual user",
      "your envelope recipient is in my badrcptto list"
    ],
    "pairs": [
      [
        "<",
        "> not found"
      ],
      [
        "<",
        ">... blocked by "
      ],
      [
        "account ",
        " does not exist at the organization"
      ],
      [
        "adresse d au moins un destinataire invalide. invalid recipient.",
        "416"
      ],
      [
        "adresse d au moins un destinataire invalide. invalid recipient.",
        "418"
      ],
      [
        "bad",
        "recipient"
      ],
      [
        "mailbox ",
        "does not exist"
      ],
      [
        "mailbox ",
        "unavailable or access denied"
      ],
      [
        "no ",
        " in name directory"
      ],
      [
        "non",
        "existent user"
      ],
      [
        "rcpt <",
        " does not exist"
      ],
      [
        "rcpt (",
        "t exist "
      ],
      [
        "recipient ",
        " was not found in"
      ],
      [
        "recipient address rejected: user ",
        "  does not exist"
      ],
      [
        "recipient address rejected: user unknown in ",
        "  table"
      ],
      [
        "said: 550-5.1.1 ",
        " user unknown "
      ],
      [
        "said: 550 5.1.1 ",
        " user unknown "
      ],
      [
        "this user doesn't have a ",
        " account"
      ],
      [
        "unknown e",
        "mail address"
      ],
      [
        "unknown local",
        "part"
      ],
      [
        "user ",
        " was not found"
      ],
      [
        "user ",
        " does not exist"
      ],
      [
        "user (",
        ") unknown"
      ]
    ],
    "isnot": []
  },
  "vacation": {
    "phrases": [
      "i am away on vacation",
      "i am away until",
      "i am out of the office",
      "i will be traveling for work on"
    ],
    "pairs": [],
    "isnot": []
  },
  "virusdetected": {
    "phrases": [
      "it has a potentially executable attachment",
      "the message was rejected because it contains prohibited virus or spam content",
      "this form of attachment has been used by recent viruses or other malware",
      "virus detected",
      "virus phishing/malicious_url detected",
      "your message was infected with a virus"
    ],
    "pairs": [],
    "isnot": []
  }
};

/** [reason, reply code (0 = any), enhanced status ("" = any), phrase]. */
export type SisimaiRhostRow = readonly [string, number, string, string];

export const SISIMAI_RHOSTS: Readonly<Record<string, readonly SisimaiRhostRow[]>> = {
  "Apple": [
    [
      "blocked",
      0,
      "",
      "rejected due to having a domain present in the spamhaus"
    ],
    [
      "blocked",
      0,
      "",
      "rejected due to listing in spamhaus"
    ],
    [
      "blocked",
      0,
      "",
      "blocked - see https://support.proofpoint.com/dnsbl-lookup"
    ],
    [
      "blocked",
      0,
      "",
      "not accepting connections"
    ],
    [
      "hasmoved",
      0,
      "",
      "recipient no longer on server"
    ],
    [
      "mailboxfull",
      0,
      "",
      "user is over quota"
    ],
    [
      "norelaying",
      0,
      "",
      "relay access denied"
    ],
    [
      "rejected",
      0,
      "",
      "sender address rejected"
    ],
    [
      "speeding",
      0,
      "",
      "due to excessive volume"
    ],
    [
      "userunknown",
      0,
      "",
      "inactive email address"
    ],
    [
      "userunknown",
      0,
      "",
      "user does not exist"
    ],
    [
      "userunknown",
      0,
      "",
      "unknown or illegal alias"
    ]
  ],
  "Cox": [
    [
      "blocked",
      0,
      "",
      "cox too many bad commands from"
    ],
    [
      "blocked",
      0,
      "",
      "too many invalid recipients"
    ],
    [
      "requireptr",
      0,
      "",
      "dns check failure - try again later"
    ],
    [
      "requireptr",
      0,
      "",
      "rejected - no rdns"
    ],
    [
      "policyviolation",
      0,
      "",
      "esmtp no data before greeting"
    ],
    [
      "policyviolation",
      0,
      "",
      "attachment extension is forbidden"
    ],
    [
      "rejected",
      0,
      "",
      "sender rejected"
    ],
    [
      "systemerror",
      0,
      "",
      "esmtp server temporarily not available"
    ],
    [
      "toomanyconn",
      0,
      "",
      "too many sessions from"
    ],
    [
      "toomanyconn",
      0,
      "",
      "requested action aborted: try again later"
    ],
    [
      "toomanyconn",
      0,
      "",
      "message threshold exceeded"
    ],
    [
      "userunknown",
      0,
      "",
      "recipient rejected"
    ]
  ],
  "GoDaddy": [
    [
      "blocked",
      0,
      "",
      "rbl reject"
    ],
    [
      "blocked",
      0,
      "",
      "www.spamhaus.org/query/bl?ip="
    ],
    [
      "expired",
      0,
      "",
      "has been in the queue too long"
    ],
    [
      "expired",
      0,
      "",
      "delivery timeout"
    ],
    [
      "mailboxfull",
      0,
      "",
      "account storage limit"
    ],
    [
      "spamdetected",
      0,
      "",
      "message rejected for spam or virus content"
    ],
    [
      "suspend",
      0,
      "",
      "account disabled"
    ],
    [
      "systemerror",
      0,
      "",
      "message is looping"
    ],
    [
      "userunknown",
      0,
      "",
      "recipient not found"
    ],
    [
      "userunknown",
      0,
      "",
      "account does not exist"
    ]
  ],
  "Google": [
    [
      "authfailure",
      451,
      "4.7.24",
      "the spf record of the sending domain"
    ],
    [
      "authfailure",
      550,
      "5.7.24",
      "the spf record of the sending domain"
    ],
    [
      "authfailure",
      421,
      "4.7.26",
      "senders to authenticate with either spf or dkim"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "senders to authenticate with either spf or dkim"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "fails to pass spf checks for an spf record with a hard fail"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "has an spf record with a hard fail policy"
    ],
    [
      "authfailure",
      451,
      "4.7.26",
      "is not accepted due to domain's dmarc policy"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "is not accepted due to domain's dmarc policy"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "is not accepted due to domain's dmarc policy"
    ],
    [
      "authfailure",
      550,
      "5.7.1",
      "fails to pass authentication checks"
    ],
    [
      "authfailure",
      550,
      "5.7.26",
      "fails to pass authentication checks"
    ],
    [
      "authfailure",
      421,
      "4.7.27",
      "senders to authenticate with spf"
    ],
    [
      "authfailure",
      421,
      "4.7.27",
      "senders to authenticate their email with spf"
    ],
    [
      "authfailure",
      550,
      "5.7.27",
      "senders to authenticate with spf"
    ],
    [
      "authfailure",
      421,
      "4.7.30",
      "senders to authenticate their email with dkim"
    ],
    [
      "authfailure",
      550,
      "5.7.30",
      "senders to authenticate with dkim"
    ],
    [
      "authfailure",
      421,
      "4.7.32",
      "aligned with either the authenticated spf or dkim"
    ],
    [
      "badreputation",
      421,
      "4.7.0",
      "very low reputation of the sending ip address"
    ],
    [
      "badreputation",
      421,
      "4.7.0",
      "very low reputation of the sending domain"
    ],
    [
      "badreputation",
      550,
      "5.7.1",
      "due to the very low reputation of the sending ip address"
    ],
    [
      "badreputation",
      550,
      "5.7.1",
      "due to the very low reputation of the sending domain"
    ],
    [
      "blocked",
      421,
      "4.7.0",
      "ip not in whitelist for rcpt domain"
    ],
    [
      "blocked",
      421,
      "4.7.0",
      "try again later, closing connection."
    ],
    [
      "blocked",
      501,
      "5.5.4",
      "empty helo/ehlo argument not allowed"
    ],
    [
      "blocked",
      501,
      "5.5.4",
      "helo/ehlo argument is invalid"
    ],
    [
      "blocked",
      421,
      "4.7.0",
      "an unusual rate of unsolicited mail"
    ],
    [
      "blocked",
      421,
      "4.7.28",
      "an unusual rate of mail"
    ],
    [
      "blocked",
      550,
      "5.7.1",
      "an unusual rate of unsolicited mail"
    ],
    [
      "blocked",
      550,
      "5.7.28",
      "an unusual rate of unsolicited mail"
    ],
    [
      "exceedlimit",
      552,
      "5.2.3",
      "exceeded google's message size limits"
    ],
    [
      "exceedlimit",
      552,
      "5.3.4",
      "exceeds google's limit of limit attachments."
    ],
    [
      "exceedlimit",
      552,
      "5.3.4",
      "your message exceeded google's message header size limits"
    ],
    [
      "exceedlimit",
      552,
      "5.3.4",
      "bytes per individual header size"
    ],
    [
      "exceedlimit",
      552,
      "5.3.4",
      "exceeds google's header name limit of"
    ],
    [
      "exceedlimit",
      552,
      "5.3.4",
      "exceeds google's message header size limit"
    ],
    [
      "expired",
      421,
      "4.7.0",
      "connection expired"
    ],
    [
      "expired",
      451,
      "4.4.2",
      "timeout - closing connection"
    ],
    [
      "mailboxfull",
      452,
      "4.2.2",
      "inbox is out of storage space"
    ],
    [
      "mailboxfull",
      552,
      "5.2.2",
      "inbox is out of storage space and inactive"
    ],
    [
      "mailboxfull",
      452,
      "4.2.2",
      "is over quota"
    ],
    [
      "mailboxfull",
      552,
      "5.2.2",
      "is over quota"
    ],
    [
      "mailboxfull",
      550,
      "5.7.1",
      "email quota exceeded"
    ],
    [
      "mesgtoobig",
      552,
      "5.3.4",
      "exceeded google's message size limits"
    ],
    [
      "mesgtoobig",
      552,
      "5.3.4",
      "exceeds google's message size limit of"
    ],
    [
      "networkerror",
      554,
      "5.4.6",
      "message exceeded 50 hops"
    ],
    [
      "networkerror",
      554,
      "5.6.0",
      "message exceeded 50 hops"
    ],
    [
      "norelaying",
      550,
      "5.7.0",
      "mail relay denied"
    ],
    [
      "norelaying",
      550,
      "5.7.1",
      "invalid credentials for relay"
    ],
    [
      "norelaying",
      550,
      "5.7.1",
      "is not authorized to send email directly to our servers"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "missing a valid address in the from: header"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "multiple addresses in from: header are not accepted"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "is not rfc 5322 compliant"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "missing a valid message-id: header"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "contains a unicode character in a disallowed header"
    ],
    [
      "notcompliantrfc",
      550,
      "5.7.1",
      "encoded-word syntax is not permitted"
    ],
    [
      "notcompliantrfc",
      553,
      "5.1.7",
      "is not a valid rfc 5321 address"
    ],
    [
      "notcompliantrfc",
      554,
      "5.6.0",
      "mail message is malformed"
    ],
    [
      "policyviolation",
      552,
      "5.7.0",
      "illegal attachment on your message"
    ],
    [
      "policyviolation",
      552,
      "5.7.0",
      "blocked because its content presents a potential security issue"
    ],
    [
      "policyviolation",
      550,
      "5.7.1",
      "you are sending to (or from) has a policy that prohibited"
    ],
    [
      "policyviolation",
      421,
      "4.7.28",
      "sending messages with the same message-id:"
    ],
    [
      "rejected",
      550,
      "5.7.0",
      "mail sending denied"
    ],
    [
      "rejected",
      550,
      "5.7.1",
      "unauthenticated email is not accepted"
    ],
    [
      "requireptr",
      421,
      "4.7.0",
      "does not have a ptr record"
    ],
    [
      "requireptr",
      421,
      "4.7.23",
      " have a ptr record, or the ptr record"
    ],
    [
      "requireptr",
      550,
      "5.7.1",
      "does not meet ipv6 sending guidelines regarding ptr records and authentication"
    ],
    [
      "requireptr",
      550,
      "5.7.25",
      "does not have a ptr record"
    ],
    [
      "requireptr",
      550,
      "5.7.25",
      "does not match the ip address of the hostname"
    ],
    [
      "securityerror",
      421,
      "4.7.0",
      "tls required for rcpt domain"
    ],
    [
      "securityerror",
      454,
      "4.7.0",
      "too many login attempts"
    ],
    [
      "securityerror",
      501,
      "5.5.2",
      "cannot decode response"
    ],
    [
      "securityerror",
      503,
      "5.7.0",
      "no identity changes permitted"
    ],
    [
      "securityerror",
      530,
      "5.5.1",
      "authentication required."
    ],
    [
      "securityerror",
      530,
      "5.7.0",
      "authentication required."
    ],
    [
      "securityerror",
      535,
      "5.7.1",
      "application-specific password required"
    ],
    [
      "securityerror",
      535,
      "5.7.9",
      "application-specific password required"
    ],
    [
      "securityerror",
      535,
      "5.7.1",
      "please log in with your web browser"
    ],
    [
      "securityerror",
      534,
      "5.7.9",
      "please log in with your web browser"
    ],
    [
      "securityerror",
      534,
      "5.7.14",
      "please log in through your web browser"
    ],
    [
      "securityerror",
      535,
      "5.7.1",
      "username and password not accepted"
    ],
    [
      "securityerror",
      535,
      "5.7.8",
      "username and password not accepted"
    ],
    [
      "securityerror",
      421,
      "4.7.29",
      "senders to use tls/ssl for smtp"
    ],
    [
      "securityerror",
      550,
      "5.7.29",
      "senders to use tls/ssl for smtp"
    ],
    [
      "spamdetected",
      421,
      "4.7.0",
      "due to the nature of the content or the links within"
    ],
    [
      "spamdetected",
      550,
      "5.7.1",
      "likely unsolicited mail"
    ],
    [
      "speeding",
      450,
      "4.2.1",
      "is receiving mail too quickly"
    ],
    [
      "speeding",
      450,
      "4.2.1",
      "peak smtp relay limit exceeded for customer"
    ],
    [
      "speeding",
      450,
      "4.2.1",
      "rate that prevents additional messages from being delivered"
    ],
    [
      "speeding",
      550,
      "5.2.1",
      "rate that prevents additional messages from being delivered"
    ],
    [
      "speeding",
      550,
      "5.4.5",
      "daily sending quota exceeded"
    ],
    [
      "speeding",
      550,
      "5.4.5",
      "daily user sending limit exceeded"
    ],
    [
      "speeding",
      550,
      "5.4.5",
      "daily smtp relay limit exceeded for"
    ],
    [
      "speeding",
      550,
      "5.7.1",
      "daily smtp relay limit exceeded for"
    ],
    [
      "speeding",
      550,
      "5.7.1",
      "daily smtp relay sending limit exceeded for"
    ],
    [
      "speeding",
      550,
      "5.7.1",
      "this mail has been rate limited"
    ],
    [
      "suspend",
      550,
      "5.2.1",
      "account that you tried to reach is disabled"
    ],
    [
      "suspend",
      550,
      "5.2.1",
      "account that you tried to reach is inactive"
    ],
    [
      "syntaxerror",
      451,
      "4.5.0",
      "smtp protocol violation"
    ],
    [
      "syntaxerror",
      454,
      "4.5.0",
      "smtp protocol violation"
    ],
    [
      "syntaxerror",
      525,
      "5.7.10",
      "smtp protocol violation"
    ],
    [
      "syntaxerror",
      535,
      "5.5.4",
      "optional argument not permitted"
    ],
    [
      "syntaxerror",
      454,
      "5.5.1",
      "starttls may not be repeated"
    ],
    [
      "syntaxerror",
      501,
      "5.7.11",
      "syntax error"
    ],
    [
      "syntaxerror",
      501,
      "5.5.2",
      "syntax error"
    ],
    [
      "syntaxerror",
      555,
      "5.5.2",
      "syntax error"
    ],
    [
      "syntaxerror",
      502,
      "5.5.1",
      "too many unrecognized commands, goodbye"
    ],
    [
      "syntaxerror",
      502,
      "5.5.1",
      "unimplemented command"
    ],
    [
      "syntaxerror",
      502,
      "5.5.1",
      "unrecognized command"
    ],
    [
      "syntaxerror",
      503,
      "5.5.1",
      "bad sequence of commands"
    ],
    [
      "syntaxerror",
      503,
      "5.5.1",
      "ehlo/helo first"
    ],
    [
      "syntaxerror",
      503,
      "5.5.1",
      "mail first"
    ],
    [
      "syntaxerror",
      503,
      "5.5.1",
      "rcpt first"
    ],
    [
      "syntaxerror",
      503,
      "5.5.1",
      "no data after bdat"
    ],
    [
      "syntaxerror",
      504,
      "5.7.4",
      "unrecognized authentication type"
    ],
    [
      "syntaxerror",
      504,
      "5.7.4",
      "xoauth is no longer supported"
    ],
    [
      "syntaxerror",
      530,
      "5.7.0",
      "must issue a starttls command first"
    ],
    [
      "syntaxerror",
      554,
      "5.7.0",
      "too many unauthenticated commands"
    ],
    [
      "systemerror",
      421,
      "4.3.0",
      "temporary system problem"
    ],
    [
      "systemerror",
      421,
      "4.7.0",
      "temporary system problem"
    ],
    [
      "systemerror",
      421,
      "4.4.5",
      "server busy"
    ],
    [
      "systemerror",
      451,
      "4.3.0",
      "multiple destination domains per transaction is unsupported"
    ],
    [
      "systemerror",
      451,
      "4.3.0",
      "mail server has temporarily rejected this message"
    ],
    [
      "systemerror",
      451,
      "4.3.0",
      "mail server temporarily rejected message"
    ],
    [
      "systemerror",
      452,
      "4.5.3",
      "domain policy size per transaction exceeded"
    ],
    [
      "systemerror",
      454,
      "4.7.0",
      "cannot authenticate due to temporary system problem"
    ],
    [
      "toomanyconn",
      452,
      "4.5.3",
      "your message has too many recipients"
    ],
    [
      "toomanyconn",
      550,
      "5.5.3",
      "too many recipients for this sender"
    ],
    [
      "userunknown",
      550,
      "5.1.1",
      "the email account that you tried to reach does not exist"
    ],
    [
      "userunknown",
      553,
      "5.1.2",
      "we weren't able to find the recipient domain"
    ],
    [
      "userunknown",
      553,
      "5.1.3",
      "is not a valid rfc 5321 address"
    ]
  ],
  "Microsoft": [
    [
      "authfailure",
      0,
      "4.7.26",
      "must pass either spf or dkim validation, this message is not signed"
    ],
    [
      "authfailure",
      0,
      "4.7.323",
      "tlsa-invalid: the domain failed dane validation"
    ],
    [
      "authfailure",
      0,
      "5.7.323",
      "tlsa-invalid: the domain failed dane validation"
    ],
    [
      "authfailure",
      0,
      "4.7.324",
      "dnssec-invalid: destination domain returned invalid dnssec records"
    ],
    [
      "authfailure",
      0,
      "5.7.324",
      "dnssec-invalid: destination domain returned invalid dnssec records"
    ],
    [
      "authfailure",
      0,
      "4.7.325",
      "certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)"
    ],
    [
      "authfailure",
      0,
      "5.7.325",
      "certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)"
    ],
    [
      "authfailure",
      0,
      "5.7.23",
      "the message was rejected because of sender policy framework violation"
    ],
    [
      "authfailure",
      0,
      "5.7.322",
      "certificate-expired: destination mail server's certificate is expired"
    ],
    [
      "authfailure",
      0,
      "5.7.509",
      "does not pass dmarc verification"
    ],
    [
      "badreputation",
      0,
      "4.7.650",
      "has been temporarily rate limited due to ip reputation"
    ],
    [
      "blocked",
      0,
      "4.4.2",
      "connection dropped"
    ],
    [
      "blocked",
      0,
      "4.7.",
      "access denied, please try again later"
    ],
    [
      "blocked",
      0,
      "5.7.25",
      "must have a reverse dns record"
    ],
    [
      "blocked",
      0,
      "5.7.506",
      "access denied, bad helo"
    ],
    [
      "blocked",
      0,
      "5.7.507",
      "access denied, rejected by recipient"
    ],
    [
      "blocked",
      0,
      "5.7.510",
      "does not accept email over ipv6"
    ],
    [
      "blocked",
      0,
      "5.7.511",
      "access denied, banned sender"
    ],
    [
      "blocked",
      0,
      "5.7.513",
      "using customer block list"
    ],
    [
      "blocked",
      0,
      "5.7.",
      "access denied, banned sending ip "
    ],
    [
      "blocked",
      0,
      "4.7.",
      "access denied, please try again later"
    ],
    [
      "blocked",
      0,
      "5.5.4",
      "invalid domain name"
    ],
    [
      "blocked",
      0,
      "5.7.51",
      "restrictdomainstoipaddresses or restrictdomainstocertificate"
    ],
    [
      "blocked",
      0,
      "5.7.1",
      "part of their network is on our block list (s3150)"
    ],
    [
      "contenterror",
      0,
      "5.3.0",
      "too many related errors"
    ],
    [
      "contenterror",
      0,
      "5.6.11",
      "invalid characters"
    ],
    [
      "contenterror",
      0,
      "5.4.11",
      "agent generated message depth exceeded"
    ],
    [
      "contenterror",
      0,
      "5.5.6",
      "invalid message content"
    ],
    [
      "exceedlimit",
      0,
      "5.2.3",
      "resolver.rst.recipsizelimit; message too large for this recipient"
    ],
    [
      "expired",
      0,
      "4.4.1",
      "connection timed out"
    ],
    [
      "expired",
      0,
      "4.4.7",
      "message delayed"
    ],
    [
      "expired",
      0,
      "4.4.7",
      "queue expired; message expired"
    ],
    [
      "expired",
      0,
      "4.4.7",
      "message expired"
    ],
    [
      "expired",
      0,
      "5.4.300",
      "message expired"
    ],
    [
      "mailboxfull",
      0,
      "5.2.2",
      "mailbox full"
    ],
    [
      "mesgtoobig",
      0,
      "5.3.4",
      "message size exceeds fixed maximum message size"
    ],
    [
      "mesgtoobig",
      0,
      "5.3.4",
      "message too big for system"
    ],
    [
      "networkerror",
      0,
      "5.4.4",
      "smtpsend.dns.nonexistentdomain; nonexistent domain"
    ],
    [
      "networkerror",
      0,
      "5.4.6",
      "hop count exceeded - possible mail loop"
    ],
    [
      "networkerror",
      0,
      "4.4.316",
      "connection refused"
    ],
    [
      "networkerror",
      0,
      "5.4.4",
      "invalid arguments"
    ],
    [
      "networkerror",
      0,
      "5.4.6",
      "routing loop detected"
    ],
    [
      "networkerror",
      0,
      "5.4.14",
      "routing loop detected"
    ],
    [
      "norelaying",
      0,
      "5.7.1",
      "unable to relay"
    ],
    [
      "norelaying",
      0,
      "5.7.1",
      "client was not authenticated"
    ],
    [
      "norelaying",
      0,
      "5.4.1",
      "relay access denied"
    ],
    [
      "norelaying",
      0,
      "5.7.1",
      "unable to relay"
    ],
    [
      "norelaying",
      0,
      "5.7.64",
      "tenantattribution; relay access denied"
    ],
    [
      "norelaying",
      0,
      "5.4.310",
      "does not exist"
    ],
    [
      "notaccept",
      0,
      "4.3.2",
      "system not accepting network messages"
    ],
    [
      "notaccept",
      0,
      "4.4.4",
      "hosted tenant which has no mail-enabled subscriptions"
    ],
    [
      "notaccept",
      0,
      "5.3.2",
      "storedrv.deliver: missing or bad storedriver mdb properties"
    ],
    [
      "policyviolation",
      0,
      "5.0.350",
      "x-dg-ref header is too long"
    ],
    [
      "policyviolation",
      0,
      "5.0.350",
      "requested action not taken: policy violation detected (as345)"
    ],
    [
      "policyviolation",
      0,
      "5.7.",
      "delivery not authorized, message refused"
    ],
    [
      "rejected",
      0,
      "5.1.7",
      "invalid address"
    ],
    [
      "rejected",
      0,
      "5.1.7",
      "unknown sender address"
    ],
    [
      "rejected",
      0,
      "5.1.0",
      "sender denied"
    ],
    [
      "rejected",
      0,
      "5.1.8",
      "access denied, bad outbound sender"
    ],
    [
      "rejected",
      0,
      "5.7.1",
      "delivery not authorized"
    ],
    [
      "rejected",
      0,
      "5.7.12",
      "sender was not authenticated by organization"
    ],
    [
      "rejected",
      0,
      "5.7.124",
      "sender not in allowed-senders list"
    ],
    [
      "rejected",
      0,
      "5.7.133",
      "sender not authenticated for group"
    ],
    [
      "rejected",
      0,
      "5.7.134",
      "sender was not authenticated for mailbox"
    ],
    [
      "rejected",
      0,
      "5.7.13",
      "sender was not authenticated for public folder"
    ],
    [
      "rejected",
      0,
      "5.7.135",
      "sender was not authenticated for public folder"
    ],
    [
      "rejected",
      0,
      "5.7.136",
      "sender was not authenticated"
    ],
    [
      "rejected",
      0,
      "5.7.",
      "access denied, spam abuse detected"
    ],
    [
      "rejected",
      0,
      "5.7.512",
      "access denied, message must be rfc 5322 section 3.6.2 compliant"
    ],
    [
      "rejected",
      0,
      "5.7.750",
      "service unavailable. client blocked from sending from unregistered domains"
    ],
    [
      "rejected",
      0,
      "5.7.",
      "access denied, banned sender"
    ],
    [
      "securityerror",
      0,
      "5.7.3",
      "cannot achieve exchange server authentication"
    ],
    [
      "securityerror",
      0,
      "5.7.3",
      "not authorized"
    ],
    [
      "securityerror",
      0,
      "4.4.317",
      "starttls is required to send mail"
    ],
    [
      "securityerror",
      0,
      "5.4.317",
      "starttls is required to send mail"
    ],
    [
      "securityerror",
      0,
      "4.7.321",
      "starttls-not-supported: destination mail server must support tls to receive mail"
    ],
    [
      "securityerror",
      0,
      "5.7.321",
      "starttls-not-supported: destination mail server must support tls to receive mail"
    ],
    [
      "securityerror",
      0,
      "5.7.1",
      "client was not authenticated"
    ],
    [
      "securityerror",
      0,
      "5.7.57",
      "client was not authenticated to send anonymous mail during mail from"
    ],
    [
      "spamdetected",
      0,
      "5.2.1",
      "content filter agent quarantined this message"
    ],
    [
      "speeding",
      0,
      "4.3.2",
      "storedrv.deliver; recipient thread limit exceeded"
    ],
    [
      "speeding",
      0,
      "5.1.90",
      "your message can't be sent because you've reached your daily limit for message recipients"
    ],
    [
      "speeding",
      0,
      "5.2.2",
      "submission quota exceeded"
    ],
    [
      "speeding",
      0,
      "5.2.121",
      "recipient's per hour message receive limit from specific sender exceeded"
    ],
    [
      "speeding",
      0,
      "5.2.122",
      "recipient's per hour message receive limit exceeded"
    ],
    [
      "speeding",
      0,
      "5.7.508",
      "has exceeded permitted limits within"
    ],
    [
      "speeding",
      0,
      "5.7.",
      "access denied, tenant has exceeded threshold"
    ],
    [
      "speeding",
      0,
      "5.7.",
      "access denied, traffic not accepted from this ip"
    ],
    [
      "suspend",
      0,
      "5.7.504",
      "recipient address rejected: access denied"
    ],
    [
      "suspend",
      0,
      "5.7.505",
      "access denied, banned recipient"
    ],
    [
      "suspend",
      0,
      "5.2.1",
      "mailbox cannot be accessed"
    ],
    [
      "syntaxerror",
      0,
      "5.3.3",
      "unrecognized command"
    ],
    [
      "syntaxerror",
      0,
      "5.5.2",
      "send hello first"
    ],
    [
      "systemerror",
      0,
      "4.3.2",
      "service not available"
    ],
    [
      "systemerror",
      0,
      "4.3.2",
      "service not active"
    ],
    [
      "systemerror",
      0,
      "5.3.5",
      "system incorrectly configured"
    ],
    [
      "systemerror",
      0,
      "5.3.190",
      "journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled"
    ],
    [
      "systemerror",
      0,
      "5.0.0",
      "helo / ehlo requires domain address"
    ],
    [
      "systemerror",
      0,
      "5.1.4",
      "destination mailbox address ambiguous"
    ],
    [
      "systemerror",
      0,
      "5.2.4",
      "mailing list expansion problem"
    ],
    [
      "systemerror",
      0,
      "5.2.14",
      "misconfigured forwarding address"
    ],
    [
      "systemerror",
      0,
      "4.4.3",
      "temporary server error. please try again later attr18"
    ],
    [
      "systemerror",
      0,
      "4.7.0",
      "temporary server error. please try again later. prx4 nexthop:"
    ],
    [
      "systemerror",
      0,
      "4.4.24",
      "message failed to be replicated: insufficient system resource:"
    ],
    [
      "systemerror",
      0,
      "4.4.25",
      "message failed to be replicated: no healthy secondary server available to accept replica at this time."
    ],
    [
      "systemerror",
      0,
      "4.4.28",
      "message failed to be replicated: the operation was canceled"
    ],
    [
      "systemerror",
      0,
      "4.4.318",
      "(suspiciousremoteservererror)"
    ],
    [
      "systemerror",
      0,
      "5.4.318",
      "(suspiciousremoteservererror)"
    ],
    [
      "systemerror",
      0,
      "4.7.500",
      "server busy. please try again later from "
    ],
    [
      "systemerror",
      0,
      "4.7.700",
      "pfa agent busy, please try again."
    ],
    [
      "systemfull",
      0,
      "4.3.1",
      "insufficient system resources"
    ],
    [
      "toomanyconn",
      0,
      "5.5.3",
      "too many recipients"
    ],
    [
      "toomanyconn",
      0,
      "4.5.3",
      "too many recipients"
    ],
    [
      "toomanyconn",
      0,
      "5.2.122",
      "the recipient has exceeded their limit for"
    ],
    [
      "userunknown",
      0,
      "5.1.1",
      "resolver.adr.exrecipnotfound; not found"
    ],
    [
      "userunknown",
      0,
      "5.1.1",
      "user unknown"
    ],
    [
      "userunknown",
      0,
      "5.1.3",
      "storedrv.submit; invalid recipient address"
    ],
    [
      "userunknown",
      0,
      "5.1.",
      "recipient address reserved by rfc 2606"
    ],
    [
      "userunknown",
      0,
      "5.1.6",
      "recipient addresses in single label domains not accepted"
    ],
    [
      "userunknown",
      0,
      "5.1.1",
      "bad destination mailbox address"
    ],
    [
      "userunknown",
      0,
      "5.1.10",
      "recipient not found"
    ],
    [
      "userunknown",
      0,
      "5.4.1",
      "recipient address rejected: access denied"
    ],
    [
      "userunknown",
      0,
      "5.5.0",
      "requested action not taken: mailbox unavailable"
    ],
    [
      "userunknown",
      0,
      "5.1.2",
      "invalid x.400 address"
    ]
  ],
  "Mimecast": [
    [
      "authfailure",
      0,
      "",
      "spf sender invalid - envelope rejected"
    ],
    [
      "authfailure",
      0,
      "",
      "dkim sender invalid - envelope rejected"
    ],
    [
      "authfailure",
      0,
      "",
      "dmarc sender invalid - envelope rejected"
    ],
    [
      "badreputation",
      0,
      "",
      "internal resources are temporarily unavailable"
    ],
    [
      "badreputation",
      0,
      "",
      "local ct ip reputation - (reject)"
    ],
    [
      "blocked",
      0,
      "",
      "sender address blocked"
    ],
    [
      "blocked",
      0,
      "",
      "recipient temporarily unavailable"
    ],
    [
      "blocked",
      0,
      "",
      "ip temporarily blacklisted"
    ],
    [
      "blocked",
      0,
      "",
      "< details of rbl >"
    ],
    [
      "expired",
      0,
      "",
      "journal messages past the expiration"
    ],
    [
      "mesgtoobig",
      0,
      "",
      "maximum email size exceeded"
    ],
    [
      "networkerror",
      0,
      "",
      "the incorrect hostname used for inbounds"
    ],
    [
      "networkerror",
      0,
      "",
      "the incorrect hostname used for inbounds"
    ],
    [
      "networkerror",
      0,
      "",
      "mail loop detected"
    ],
    [
      "norelaying",
      0,
      "",
      "open relay not allowed"
    ],
    [
      "norelaying",
      0,
      "",
      "open relay is not allowed"
    ],
    [
      "notaccept",
      0,
      "",
      "account inbounds disabled"
    ],
    [
      "onhold",
      0,
      "",
      "account outbounds disabled"
    ],
    [
      "onhold",
      0,
      "",
      "hostname is not authorized"
    ],
    [
      "onhold",
      0,
      "",
      "journal message past expiration"
    ],
    [
      "policyviolation",
      0,
      "",
      "anti-spoofing policy - inbound not allowed"
    ],
    [
      "policyviolation",
      0,
      "",
      "rejected by header-based anti-spoofing policy"
    ],
    [
      "policyviolation",
      0,
      "",
      "message bounced due to content examination policy"
    ],
    [
      "policyviolation",
      0,
      "",
      "host network not allowed"
    ],
    [
      "policyviolation",
      0,
      "",
      "host network, not allowed"
    ],
    [
      "rejected",
      0,
      "",
      "administrative prohibition envelope blocked"
    ],
    [
      "rejected",
      0,
      "",
      "envelope blocked - user entry"
    ],
    [
      "rejected",
      0,
      "",
      "envelope blocked - user domain entry"
    ],
    [
      "rejected",
      0,
      "",
      "rejected by header-based manually blocked senders - block for manual block"
    ],
    [
      "rejected",
      0,
      "",
      "rejected by header-based blocked senders - block policy for header from"
    ],
    [
      "rejected",
      0,
      "",
      "envelope rejected - block policy for envelope from address"
    ],
    [
      "securityerror",
      0,
      "",
      "incorrect authentication data"
    ],
    [
      "securityerror",
      0,
      "",
      "submitter failed to disabled"
    ],
    [
      "securityerror",
      0,
      "",
      "submitter failed to authenticate"
    ],
    [
      "securityerror",
      0,
      "",
      "this route requires encryption (tls)"
    ],
    [
      "securityerror",
      0,
      "",
      "this route requires tls version 1.2 or greater"
    ],
    [
      "securityerror",
      0,
      "",
      "this route requires high-strength ciphers"
    ],
    [
      "securityerror",
      0,
      "",
      "configuration is invalid for this certificate"
    ],
    [
      "systemerror",
      0,
      "",
      "unable to process connection at this time"
    ],
    [
      "systemerror",
      0,
      "",
      "message ended early"
    ],
    [
      "systemerror",
      0,
      "",
      "unable to process command"
    ],
    [
      "systemerror",
      0,
      "",
      "unable to process an email at this time"
    ],
    [
      "toomanyconn",
      0,
      "",
      "account service is temporarily unavailable"
    ],
    [
      "toomanyconn",
      0,
      "",
      "too many recipients"
    ],
    [
      "toomanyconn",
      0,
      "",
      "exceeding outbound thread limit"
    ],
    [
      "userunknown",
      0,
      "",
      "invalid address"
    ],
    [
      "userunknown",
      0,
      "",
      "user unknown"
    ],
    [
      "userunknown",
      0,
      "",
      "invalid recipient"
    ],
    [
      "virusdetected",
      0,
      "",
      "email rejected due to security policies"
    ]
  ],
  "Tencent": [
    [
      "authfailure",
      0,
      "",
      "spf check failed"
    ],
    [
      "authfailure",
      0,
      "",
      "dmarc check failed"
    ],
    [
      "blocked",
      0,
      "",
      "suspected bounce attacks"
    ],
    [
      "blocked",
      0,
      "",
      "suspected spam ip"
    ],
    [
      "blocked",
      0,
      "",
      "connection denied"
    ],
    [
      "mesgtoobig",
      0,
      "",
      "message too large"
    ],
    [
      "rejected",
      0,
      "",
      "suspected spam"
    ],
    [
      "rejected",
      0,
      "",
      "mail is rejected by recipients"
    ],
    [
      "spandetected",
      0,
      "",
      "spam is embedded in the email"
    ],
    [
      "spandetected",
      0,
      "",
      "mail content denied"
    ],
    [
      "speeding",
      0,
      "",
      "mailbox unavailable or access denined"
    ],
    [
      "suspend",
      0,
      "",
      "is a deactivated mailbox"
    ],
    [
      "syntaxerror",
      0,
      "",
      "bad address syntax"
    ],
    [
      "toomanyconn",
      0,
      "",
      "ip frequency limited"
    ],
    [
      "toomanyconn",
      0,
      "",
      "domain frequency limited"
    ],
    [
      "toomanyconn",
      0,
      "",
      "sender frequency limited"
    ],
    [
      "toomanyconn",
      0,
      "",
      "connection frequency limited"
    ],
    [
      "userunknown",
      0,
      "",
      "mailbox not found"
    ]
  ],
  "YahooInc": [
    [
      "authfailure",
      0,
      "",
      "yahoo requires all senders to authenticate with either spf or dkim"
    ],
    [
      "norelaying",
      0,
      "",
      "relaying denied for "
    ],
    [
      "speeding",
      0,
      "",
      "user is receiving mail too quickly"
    ],
    [
      "suspend",
      0,
      "",
      " is no longer valid."
    ],
    [
      "suspend",
      0,
      "",
      "this mailbox is disabled"
    ],
    [
      "syntaxerror",
      0,
      "",
      "syntax error in parameters or arguments"
    ],
    [
      "toomanyconn",
      0,
      "",
      "max message per connection reached"
    ],
    [
      "userunknown",
      0,
      "",
      "dd this user doesn't have a "
    ],
    [
      "userunknown",
      0,
      "",
      "mailbox not found"
    ]
  ]
};
