/**
 * Sender authentication (SPF, DKIM, DMARC), reverse DNS and TLS: the
 * receiving side does not trust who or what is sending. The boundary that
 * matters most is between three texts that all mention authentication:
 * Gmail's "does not have authentication information" (the message left
 * without SMTP authentication or with broken SPF/DKIM: gmail-unauthenticated),
 * a DMARC-policy rejection (dmarc-reject), and an SPF failure of mail that
 * the account's forwarder passed on (forwarder-breaks-spf: Gmail checks SPF
 * for the ORIGINAL sender's domain, e.g. [gmail.com], which this server can
 * never pass).
 */
import type { Rule } from '../types';

/**
 * Freemail domains whose SPF this server can never pass: when a receiver says
 * SPF failed for one of them, the message was passed on by a forwarder.
 */
const FREEMAIL_SPF_CHECKS = ['gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'live.com', 'yahoo.com', 'icloud.com'].map(
  (domain) => `spf check for [${domain}] does not pass`,
);

export const authenticationRules: readonly Rule[] = [
  {
    id: 'gmail-unauthenticated',
    match: {
      // "pass authentication checks" is kept short on purpose: Gmail's forwarded-mail
      // text also says "does not pass authentication checks", and there the longer
      // "spf check for [gmail.com] does not pass" of forwarder-breaks-spf must win.
      phrases: [
        'does not have authentication information',
        'pass authentication checks',
        'gmail requires all senders to authenticate',
        'the sender is unauthenticated',
        'has an spf record with a hard fail policy',
      ],
      enhanced: ['5.7.', '4.7.'],
      providers: ['google'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Gmail weigert de mail: de afzender is niet geverifieerd',
      en: 'Gmail refuses the message: the sender is not authenticated',
    },
    explanation: {
      nl: 'Gmail neemt alleen mail aan die aantoonbaar van het domein van de afzender komt, via SPF of DKIM. Deze mail slaagde voor geen van beide. Meestal is de mail verstuurd zonder in te loggen op de uitgaande server, via een andere server dan {mailServer}, of klopt het SPF- of DKIM-record van het domein niet.',
      en: "Gmail only accepts mail that provably comes from the sender's domain, through SPF or DKIM. This message passed neither. Usually it was sent without logging in to the outgoing server, through a server other than {mailServer}, or the domain's SPF or DKIM record is wrong.",
    },
    fix: {
      nl: [
        'Zet in je mailprogramma bij de uitgaande server (SMTP) {mailServer} in, poort {smtpPort} met SSL, en zet "Uitgaande server vereist authenticatie" aan met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor de inkomende mail.',
        'Kijk in cPanel > E-mail > Email Deliverability of SPF en DKIM voor je domein als geldig worden getoond. Het SPF-record moet include:{spfInclude} bevatten; gebruik "Repair" als cPanel een probleem meldt.',
        'Verstuurt je website mail (contactformulier, webshop)? Laat die via SMTP met een bestaand e-mailaccount versturen in plaats van via de PHP-mailfunctie.',
        'Verstuur het bericht daarna opnieuw; een geweigerde mail komt niet vanzelf alsnog aan.',
      ],
      en: [
        'In your mail program set the outgoing server (SMTP) to {mailServer}, port {smtpPort} with SSL, and turn on "Outgoing server requires authentication" with the same user name and password as for incoming mail.',
        'In cPanel > Email > Email Deliverability check that SPF and DKIM show as valid for your domain. The SPF record must contain include:{spfInclude}; use "Repair" when cPanel reports a problem.',
        'Does your website send mail (contact form, web shop)? Have it send through SMTP with an existing email account instead of the PHP mail function.',
        'Then send the message again; a refused message is not delivered later by itself.',
      ],
    },
    crossCheck: {
      nl: 'De audit controleert SPF en DKIM van het afzenderdomein (cPanel Email Deliverability en live DNS), of de mail met SMTP-authenticatie via deze server ging (Bezorging volgen), en of er een doorstuuradres naar buiten is — dan is het forwarder-breaks-spf.',
      en: "The audit checks the sender domain's SPF and DKIM (cPanel Email Deliverability and live DNS), whether the message went through this server with SMTP authentication (Track Delivery), and whether a forwarder sends to an outside address — then it is forwarder-breaks-spf.",
    },
    links: ['outgoingAuth', 'spf', 'dkim'],
    examples: [
      {
        text: '550-5.7.26 This message does not have authentication information or fails to\n550-5.7.26 pass authentication checks. To best protect our users from spam, the\n550-5.7.26 message has been blocked.',
        source: 'seed (email-problemen-debuggen.txt), Gmail bounce quoted in the article',
      },
      {
        text: 'SMTP error from remote mail server after end of data:\nhost ASPMX.L.GOOGLE.COM [64.233.167.27]: 550-5.7.1 This message does not have authentication information or fails to pass\n550-5.7.1 authentication checks. To best protect our users from spam, the\n550-5.7.1 message has been blocked. Please visit\n550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more\n550 5.7.1 information. u16si2087533wru.356 - gsmtp',
        source: 'Exim bounce from kundenserver.de posted publicly at https://pastebin.com/vyFg8hz0',
      },
      {
        text: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [relay3.example.com] with ip: [192.0.2.22] = did not pass 550-5.7.26 550-5.7.26 For instructions on setting up authentication, go to 550 5.7.26 https://support.google.com/mail/answer/81126#authentication c2-202200202020202020222222cat.127 - gsmtp',
        source: 'Sisimai corpus, rhost-google-04.eml (Diagnostic-Code)',
      },
      {
        text: '550-5.7.26 The MAIL FROM domain [email.example.jp] has an SPF record with a hard fail\n550-5.7.26 policy (-all) but it fails to pass SPF checks with the ip:\n550-5.7.26 [203.0.113.22]. To best protect our users from spam and phishing,\n550-5.7.26 the message has been blocked. For instructions on setting up\n550-5.7.26 authentication, go to\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication q2.22 - gsmtp',
        source: 'Sisimai corpus, lhost-sendmail-60.eml (session transcript)',
      },
      {
        text: '550-5.7.1 This message does not have authentication information or fails to pass\n550-5.7.1 authentication checks. To best protect our users from spam, the\n550-5.7.1 message has been blocked. Please visit\n550-5.7.1  https://support.google.com/mail/answer/81126#authentication for more\n550 5.7.1 information. 37si3479471pgw.590 - gsmtp',
        source: 'Sisimai corpus, lhost-sendmail-59.eml (session transcript)',
      },
      {
        text: '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass, SPF = did not pass',
        source: 'Gmail reply quoted by Mithi support, https://helpcenter.mithi.com/support/solutions/articles/48001268407',
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after end of data: 550-5.7.26 This message does not pass authentication checks (SPF and DKIM both 550-5.7.26 do not pass). SPF check for [gmail.com] does not pass with ip: 550-5.7.26 [138.201.146.163].To best protect our users from spam, the message 550-5.7.26 has been blocked.',
        why: 'SPF was checked for gmail.com, a domain this server can never send for: the message of a Gmail user was passed on by a forwarder.',
        expected: 'forwarder-breaks-spf',
      },
      {
        text: "550-5.7.26 Unauthenticated email from voorbeeld.nl is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of voorbeeld.nl domain if 550-5.7.26 this was a legitimate mail.",
        why: "Same Gmail code, but the refusal is the sender domain's own DMARC policy (p=reject).",
        expected: 'dmarc-reject',
      },
    ],
  },

  {
    id: 'dmarc-reject',
    match: {
      phrases: [
        "is not accepted due to domain's dmarc policy",
        'unauthenticated email from',
        'unauthenticated email is not accepted from this domain',
        'does not pass dmarc verification',
        'has a dmarc policy of reject',
        'dmarc policy',
        'dmarc check failed',
        'dmarc sender invalid',
        'failed dmarc authentication',
        'dmarc reject policy',
        'dmarc reject',
        'dmarc rejection',
      ],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Geweigerd door het DMARC-beleid van het afzenderdomein',
      en: "Refused by the sender domain's DMARC policy",
    },
    explanation: {
      nl: 'Het domein in het Van-adres heeft een DMARC-record dat ontvangers vraagt om niet-geverifieerde mail te weigeren (p=reject). Deze mail slaagde namens dat domein voor geen van beide (SPF en DKIM), meestal omdat hij niet via {mailServer} met inloggen is verstuurd, of via een dienst die niet in het SPF-record staat.',
      en: 'The domain in the From address has a DMARC record that asks receivers to refuse unauthenticated mail (p=reject). This message passed neither SPF nor DKIM for that domain, usually because it was not sent through {mailServer} with a login, or through a service that is not in the SPF record.',
    },
    fix: {
      nl: [
        'Verstuur de mail via {mailServer} (poort {smtpPort}, SSL) met authenticatie: dezelfde gebruikersnaam en hetzelfde wachtwoord als voor de inkomende mail.',
        'Kijk in cPanel > E-mail > Email Deliverability of SPF en DKIM geldig zijn. Gebruik je daarnaast een andere verzenddienst (nieuwsbrief, webshop), zet die dan ook in het SPF-record en laat hem met DKIM voor je domein tekenen.',
        'Is het Van-adres niet van jouw domein (bijvoorbeeld een formulier dat mailt "namens" de bezoeker)? Gebruik dan je eigen adres als afzender en zet het adres van de bezoeker bij Antwoorden-aan.',
      ],
      en: [
        'Send through {mailServer} (port {smtpPort}, SSL) with authentication: the same user name and password as for incoming mail.',
        'In cPanel > Email > Email Deliverability check that SPF and DKIM are valid. If you also use another sending service (newsletter, web shop), add it to the SPF record too and have it sign with DKIM for your domain.',
        "Is the From address not of your domain (for example a form that mails \"on behalf of\" the visitor)? Then use your own address as sender and put the visitor's address in Reply-To.",
      ],
    },
    crossCheck: {
      nl: 'De audit leest het live DMARC-record van het afzenderdomein (p=reject of quarantine) en de SPF- en DKIM-status uit cPanel Email Deliverability.',
      en: "The audit reads the sender domain's live DMARC record (p=reject or quarantine) and the SPF and DKIM state from cPanel Email Deliverability.",
    },
    links: ['dmarc', 'spf', 'dkim', 'outgoingAuth'],
    examples: [
      {
        text: "550.5.7.26 Unauthenticated email from voorbeeld.nl is not accepted due to domain's DMARC policy",
        source: 'seed (email-problemen-debuggen.txt); the public sample form of the quoted bounce',
      },
      {
        text: "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.jp domain if\n550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go\n550-5.7.26 to\n550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2c2d0e28189si6418580a91.13 - gsmtp",
        source: 'Sisimai corpus, lhost-dragonfly-01.eml',
      },
      {
        text: "550-5.7.1 Unauthenticated email from cpanel.com is not accepted due to domain's\n550-5.7.1 DMARC policy. Please contact the administrator of cpanel.com domain\n550-5.7.1 if this was a legitimate mail. Please visit\n550-5.7.1  https://support.google.com/mail/answer/2451690 to learn about the\n550 5.7.1 DMARC initiative. y13si1773519pll.31 - gsmtp",
        source: 'Sisimai corpus, lhost-sendmail-58.eml (session transcript)',
      },
      {
        text: '550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject. [7FQL1BDY0XZ5XGTW.JPNP222.PROD.OUTLOOK.COM 2024-04-29T23:34:45.000Z NG5X6YLY2QZK8T7B]',
        source: 'Sisimai corpus, rhost-microsoft-04.eml (Microsoft 365, 5.7.509)',
      },
      {
        text: "554 5.7.1 Your message was rejected due to libsisimai.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
        source: 'Sisimai corpus, lhost-postfix-71.eml (iCloud)',
      },
      {
        text: '550 5.7.1 Email rejected per DMARC policy for libsisimai.org',
        source: 'Sisimai corpus, lhost-postfix-73.eml',
      },
      {
        text: '1d0RET-0007Qn-0Y ** R=dnslookup T=remote_smtp: SMTP error from remote mail server after end of data: host []: 550 5.7.1 This message was not accepted due to domain ( owner DMARC policy (RFC 7489)',
        source: 'Exim main-log lines (anonymised, mail.ru reply) quoted at https://help.ishosting.com/en/dmarc-check, joined into one line',
      },
    ],
    nearMisses: [
      {
        text: '550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks. To best protect our users from spam, the 550-5.7.26 message has been blocked.',
        why: 'Gmail refuses unauthenticated mail on its own rules, not because of the sender domain\'s DMARC policy.',
        expected: 'gmail-unauthenticated',
      },
      {
        text: '550 DKIM Sender Invalid - envelope rejected',
        why: 'Mimecast names the DKIM signature itself, not a DMARC policy.',
        expected: 'dkim-invalid',
      },
    ],
  },

  {
    id: 'forwarder-breaks-spf',
    match: {
      phrases: ['is not allowed to send mail from', ...FREEMAIL_SPF_CHECKS],
      // Captures the domain whose SPF failed (the original sender's), for the texts.
      pattern: /(?:send mail from <?|spf check for \[)(?:(?<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b)?/,
      enhanced: ['5.7.', '5.1.', '5.0.'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Doorgestuurde mail wordt geweigerd op SPF',
      en: 'Forwarded mail is refused on SPF',
    },
    explanation: {
      nl: 'De mail is wel in je mailbox aangekomen, maar een automatisch doorstuuradres stuurt hem door naar een mailbox bij een andere provider. Bij doorsturen blijft de oorspronkelijke afzender staan, dus de ontvangende server kijkt in het SPF-record van de afzender of deze server mail mag versturen voor {domain} — en dat mag niet. Domeinen met een strikt SPF-record (eindigend op -all) worden dan geweigerd, en de afzender krijgt een bounce.',
      en: 'The message did arrive in your mailbox, but an automatic forwarder passes it on to a mailbox at another provider. Forwarding keeps the original sender, so the receiving server checks the sender\'s SPF record to see whether this server may send mail for {domain} — and it may not. Domains with a strict SPF record (ending in -all) are then refused, and the sender gets a bounce.',
    },
    fix: {
      nl: [
        'Zoek in cPanel > E-mail > Doorstuuradressen het doorstuuradres naar de externe mailbox (bijvoorbeeld een Gmail- of Outlook.com-adres) en verwijder het.',
        'Laat de externe mailbox je mail in plaats daarvan ophalen via POP3 of IMAP (in Gmail: "Mail uit andere accounts ophalen") met server {mailServer}, of lees je mail in een mailprogramma of de webmail.',
        'Vraag de afzender het geweigerde bericht zo nodig opnieuw te sturen; het staat wel al in je mailbox op deze server.',
      ],
      en: [
        'In cPanel > Email > Forwarders find the forwarder to the outside mailbox (for example a Gmail or Outlook.com address) and delete it.',
        'Instead, have the outside mailbox fetch your mail through POP3 or IMAP (in Gmail: "Check mail from other accounts") with server {mailServer}, or read your mail in a mail program or webmail.',
        'Ask the sender to send the refused message again if needed; it is already in your mailbox on this server.',
      ],
    },
    crossCheck: {
      nl: 'De audit zoekt doorstuuradressen (cPanel Doorstuuradressen, ook domeinbrede) die naar een externe provider sturen; zonder zo\'n doorstuuradres is het eerder een SPF-probleem van de afzender.',
      en: "The audit looks for forwarders (cPanel Forwarders, domain forwarders too) that send to an outside provider; without such a forwarder it is rather an SPF problem of the sender.",
    },
    links: ['gmailFetch', 'emailSettings'],
    examples: [
      {
        text: '550 5.7.23 SPF sender 2a01:4f8:120:7310::2 is not allowed to send mail from <domein.nl>',
        source: 'seed (email-problemen-debuggen.txt), bounce of a forwarded message',
      },
      {
        text: 'SMTP error from remote mail server after end of data:\n550-5.7.26 This message does not pass authentication checks (SPF and DKIM both\n550-5.7.26 do not pass). SPF check for [gmail.com] does not pass with ip:\n550-5.7.26 [138.201.146.163].To best protect our users from spam, the message\n550-5.7.26 has been blocked.',
        source: 'seed (email-problemen-debuggen.txt), Gmail refusing mail of a Gmail user forwarded by a cPanel forwarder',
      },
      {
        text: 'Reason: Remote SMTP Server Returned: 550 SPF: 67.227.236.64 is not allowed to send mail from mails.jobisjob.com',
        source: 'MailEnable bounce quoted in a public GitHub repository (bounce-parser comments)',
      },
      {
        text: 'SMTP error from remote server for RCPT TO command, host: recipient-mx.com (yy.yy.yy.yy) reason: 550 xx.xx.xx.xx is not allowed to send mail from domain1.com',
        source: 'bounce quoted by Bobcares, https://bobcares.com/blog/550-is-not-allowed-to-send-mail-from',
      },
    ],
    nearMisses: [
      {
        text: "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508 <http://x.co/srbounce>",
        why: "GoDaddy tells the sender to fix the SPF record of their own domain: the server is not in it, nothing points at a forwarder.",
        expected: 'spf-invalid',
      },
      {
        text: '550-5.7.26 The MAIL FROM domain [email.example.jp] has an SPF record with a hard fail 550-5.7.26 policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [203.0.113.22]. To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked.',
        why: "Gmail's SPF hard-fail for an ordinary sender domain: the sender's own SPF or sending path is wrong.",
        expected: 'gmail-unauthenticated',
      },
    ],
  },

  {
    id: 'spf-invalid',
    match: {
      phrases: [
        'bad spf records',
        'spf validation failed',
        'sender policy framework violation',
        'please inspect your spf settings',
        "per it's spf record",
        'spf sender invalid',
        'spf (sender policy framework) domain authentication fail',
        // The reject texts of the Postfix SPF policy services (pypolicyd-spf, postfix-policyd-spf-perl).
        'spf fail - not authorized',
        'has no valid spf record',
        'openspf.net/why',
        'openspf.org/why',
      ],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het SPF-record van het afzenderdomein klopt niet',
      en: "The sender domain's SPF record is wrong",
    },
    explanation: {
      nl: 'Het SPF-record van een domein somt op welke servers mail namens dat domein mogen versturen. De ontvanger zag dat deze mail kwam van een server die daar niet in staat, of kon het record niet goed lezen (fout in de opbouw, twee SPF-records, of meer dan 10 DNS-opzoekingen).',
      en: 'A domain\'s SPF record lists the servers that may send mail for that domain. The receiver saw this message come from a server that is not in it, or could not read the record properly (a syntax error, two SPF records, or more than 10 DNS lookups).',
    },
    fix: {
      nl: [
        'Open cPanel > E-mail > Email Deliverability en kijk bij je domein naar SPF. Meldt cPanel een probleem, gebruik dan "Repair" of neem het voorgestelde record over.',
        'Zorg dat er precies één SPF-record is (een TXT-record dat begint met v=spf1) en dat het include:{spfInclude} bevat, plus de andere diensten die namens je domein mailen.',
        'Houd het aantal include:-, a- en mx-onderdelen beperkt: meer dan 10 DNS-opzoekingen maakt het hele record ongeldig.',
        'Wacht tot de DNS-wijziging door is (vaak binnen een uur) en verstuur het bericht dan opnieuw.',
      ],
      en: [
        'Open cPanel > Email > Email Deliverability and look at SPF for your domain. If cPanel reports a problem, use "Repair" or copy the suggested record.',
        'Make sure there is exactly one SPF record (a TXT record starting with v=spf1) and that it contains include:{spfInclude}, plus the other services that send mail for your domain.',
        'Keep the number of include:, a and mx parts small: more than 10 DNS lookups makes the whole record invalid.',
        'Wait until the DNS change is live (often within an hour), then send the message again.',
      ],
    },
    crossCheck: {
      nl: 'De audit vergelijkt de SPF-status in cPanel Email Deliverability met het live SPF-record: staat deze server of include:{spfInclude} erin, zijn er meerdere SPF-records, en blijft het onder de 10 DNS-opzoekingen.',
      en: 'The audit compares the SPF state in cPanel Email Deliverability with the live SPF record: does it hold this server or include:{spfInclude}, are there several SPF records, and does it stay under 10 DNS lookups.',
    },
    links: ['spf'],
    examples: [
      {
        text: 'host 192.0.2.22 [192.0.2.22]\n    SMTP error from remote mail server after MAIL FROM:<shironeko@example.org>:\n    550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/',
        source: 'Sisimai corpus, lhost-exim-29.eml (Exim bounce)',
      },
      {
        text: "Remote Server returned '550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508 <http://x.co/srbounce>'",
        source: 'Sisimai corpus, lhost-office365-03.eml (GoDaddy/secureserver.net)',
      },
      {
        text: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
        source: 'Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (5.7.23)',
      },
      {
        text: '553-SPF (Sender Policy Framework) domain authentication fail. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)',
        source: 'Symantec Email Security.cloud bounce quoted in sisimai/p5-sisimai issue #467',
      },
      {
        text: '550 SPF Sender Invalid - envelope rejected',
        source: 'Mimecast SMTP error code reference (as recorded in Sisimai::Rhost::Mimecast)',
      },
      {
        text: '550 5.7.1 <a@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=b@example.net;ip=192.0.2.1;r=mx.example.org',
        source: 'pypolicyd-spf (policyd-spf), its reject text for an SPF fail result',
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.23 SPF sender 2a01:4f8:120:7310::2 is not allowed to send mail from <domein.nl>',
        why: 'The seed ties this wording to mail that a forwarder passed on: the SPF of the original sender fails, not the account\'s own record.',
        expected: 'forwarder-breaks-spf',
      },
      {
        text: '550 DKIM Sender Invalid - envelope rejected',
        why: 'Same Mimecast wording, but about the DKIM signature.',
        expected: 'dkim-invalid',
      },
    ],
  },

  {
    id: 'dkim-invalid',
    match: {
      phrases: ['dkim sender invalid', 'dkim: encountered the following problem validating', 'bodyhash_mismatch'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De DKIM-handtekening van het afzenderdomein klopt niet',
      en: "The sender domain's DKIM signature does not verify",
    },
    explanation: {
      nl: 'Met DKIM zet de verzendende server een digitale handtekening op elke mail; de ontvanger controleert die met de sleutel in de DNS van het domein. Hier klopte de handtekening niet met die sleutel, of was er geen sleutel te vinden, dus weigerde de ontvanger de mail.',
      en: "With DKIM the sending server puts a digital signature on every message; the receiver checks it against the key in the domain's DNS. Here the signature did not match that key, or no key could be found, so the receiver refused the message.",
    },
    fix: {
      nl: [
        'Open cPanel > E-mail > Email Deliverability en kijk bij je domein naar DKIM. Meldt cPanel een probleem, gebruik dan "Repair" of zet het getoonde DKIM-record (default._domainkey) in de DNS waar je domein beheerd wordt.',
        'Staat er nog een oud DKIM-record van een vorige provider, verwijder dat dan zodat alleen de sleutel van deze server overblijft.',
        'Klopt de sleutel wel en noemt de melding de inhoud ("body hash", bodyhash_mismatch), dan is het bericht na het ondertekenen veranderd: door doorsturen, een mailinglijst of een programma dat er een voettekst of disclaimer onder zet. Verstuur het rechtstreeks, of laat die tekst toevoegen vóór het ondertekenen.',
        'Wacht tot de DNS-wijziging door is en verstuur het bericht opnieuw.',
      ],
      en: [
        'Open cPanel > Email > Email Deliverability and look at DKIM for your domain. If cPanel reports a problem, use "Repair" or put the DKIM record shown (default._domainkey) in the DNS where your domain is managed.',
        'If an old DKIM record of a previous provider is still there, remove it so only this server\'s key remains.',
        'If the key is in order and the refusal names the body ("body hash", bodyhash_mismatch), the message was changed after it was signed: by forwarding, a mailing list or a program that adds a footer or disclaimer. Send it directly, or have that text added before signing.',
        'Wait until the DNS change is live and send the message again.',
      ],
    },
    crossCheck: {
      nl: 'De audit vergelijkt de DKIM-status in cPanel Email Deliverability met het live DKIM-record (ontbreekt, afwijkend, of meer dan één).',
      en: 'The audit compares the DKIM state in cPanel Email Deliverability with the live DKIM record (missing, different, or more than one).',
    },
    links: ['dkim'],
    examples: [
      {
        text: '550 DKIM Sender Invalid - envelope rejected',
        source: 'Mimecast SMTP error code reference (as recorded in Sisimai::Rhost::Mimecast)',
      },
      {
        text: '550-DKIM: encountered the following problem validating Domain : example.com',
        source: 'Broadcom Email Security.cloud knowledge article 401119 ("DKIM error code : 550 bodyhash_mismatch")',
      },
      {
        text: '550 bodyhash_mismatch',
        source: 'Broadcom Email Security.cloud knowledge article 401119',
      },
    ],
    nearMisses: [
      {
        text: '550 SPF Sender Invalid - envelope rejected',
        why: 'Same Mimecast wording, but the SPF check failed, not DKIM.',
        expected: 'spf-invalid',
      },
    ],
  },

  {
    id: 'server-ptr-missing',
    match: {
      phrases: [
        'does not have a ptr record',
        'no ptr record found',
        'must have a ptr record',
        'regarding ptr records',
        'missing ptr record',
        'reverse dns validation failed',
        'reverse dns',
        'reverse hostname',
        'rdns record',
        'ip name lookup failed',
        'bad dns ptr resource record',
        'rdns required',
        'rdns is required',
        'no valid rdns',
        'rdns lookup failed',
        'missing rdns',
      ],
      // Blocklist texts can mention rDNS in passing; a named blocklist is server-blocklisted.
      unless: ['blocked using', 'is in an rbl'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'De server mist een geldige reverse DNS (PTR)',
      en: 'The server lacks valid reverse DNS (PTR)',
    },
    explanation: {
      nl: 'Veel ontvangers zoeken bij het IP-adres van de verzendende server de bijbehorende naam op (reverse DNS, een PTR-record) en controleren of die naam weer naar hetzelfde IP-adres wijst. Voor het IP-adres van deze server ontbrak die naam of klopte hij niet, dus werd de mail geweigerd. Dit regelt de beheerder van de server, niet jij.',
      en: "Many receivers look up the name that belongs to the sending server's IP address (reverse DNS, a PTR record) and check that this name points back to the same IP address. For this server's IP address that name was missing or wrong, so the message was refused. The server's administrator sets this, not you.",
    },
    fix: {
      nl: [
        'Stuur de volledige bounce door naar {support}, zodat het PTR-record van het IP-adres van de server op de mailservernaam gezet kan worden.',
        'Stuurde je via een andere server dan {mailServer} (bijvoorbeeld een eigen VPS of de server van je internetaansluiting)? Verstuur dan via {mailServer} met authenticatie.',
        'Verstuur het bericht opnieuw zodra het PTR-record is hersteld; tijdelijke weigeringen (4xx) probeert de server zelf opnieuw.',
      ],
      en: [
        "Forward the whole bounce to {support}, so the PTR record of the server's IP address can be set to the mail server's name.",
        'Did you send through a server other than {mailServer} (for example your own VPS or your internet connection\'s server)? Then send through {mailServer} with authentication.',
        'Send the message again once the PTR record is fixed; temporary refusals (4xx) are retried by the server itself.',
      ],
    },
    crossCheck: {
      nl: 'De audit vraagt de PTR-status op in cPanel (EmailAuth::validate_current_ptrs) en zoekt het live PTR-record van het verzendende IP-adres op, met de terugcontrole naar het IP-adres.',
      en: 'The audit asks cPanel for the PTR state (EmailAuth::validate_current_ptrs) and looks up the live PTR record of the sending IP address, with the check back to the IP address.',
    },
    examples: [
      {
        text: '550-5.7.25 [192.0.2.202] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices neko-1785a7g6767a6agg.2 - gsmtp',
        source: 'Sisimai corpus, rhost-google-06.eml (Diagnostic-Code)',
      },
      {
        text: 'host relay.example.net [192.0.2.222]\n    SMTP error from remote mail server after initial connection:\n    571 No PTR Record found. Reverse DNS required:\n    203.0.113.22',
        source: 'Sisimai corpus, lhost-exim-32.eml (Exim bounce)',
      },
      {
        text: 'host mx.nyaan.example.com [192.0.2.222]\n    SMTP error from remote mail server after initial connection:\n    554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2',
        source: 'Sisimai corpus, lhost-exim-46.eml (Exim bounce)',
      },
      {
        text: '550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.2',
        source: 'Sisimai corpus, lhost-exim-43.eml (Diagnostic-Code)',
      },
      {
        text: 'SMTP error from remote mail server after initial connection:\n    554 mta1.comcast.net comcast 203.0.113.2 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement.',
        source: 'Sisimai corpus, lhost-exim-33.eml (Exim bounce)',
      },
      {
        text: '450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]',
        source: 'Sisimai corpus, lhost-sendmail-08.eml (Diagnostic-Code)',
      },
      {
        text: '550 5.7.25 <blocked@libsisimai.net>: Recipient address rejected: Reverse DNS validation failed: See https://libsisimai.org/en/reason/#blocked',
        source: 'Sisimai corpus, lhost-opensmtpd-14.eml',
      },
    ],
    nearMisses: [
      {
        text: '554 5.7.1 <a8-95.smtp-out.amazonses.com[203.0.113.22]>: Client host rejected: blocked using mail.neko.example.org; Please see http://mail.neko.example.org/rbl/?ip=203.0.113.22 to send.',
        why: 'The client host is refused because a DNS blocklist lists its IP address, not because its reverse DNS is missing.',
        expected: 'server-blocklisted',
      },
    ],
  },

  {
    id: 'tls-required',
    match: {
      phrases: [
        'must issue a starttls command first',
        'message rejected: tls required',
        'a tls session is required',
        'tls required for rcpt domain',
        'starttls is required to send mail',
        'this route requires encryption (tls)',
        'this route requires tls version',
        'remote server does not support tls',
        'destination mail server must support tls',
        'failed mta-sts validation',
        'failed dane validation',
      ],
      stages: ['connect', 'helo', 'mail-from', 'rcpt-to', 'data', 'end-of-data', 'routing'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'Versleutelde verbinding (TLS) vereist maar niet tot stand gekomen',
      en: 'An encrypted (TLS) connection was required but not made',
    },
    explanation: {
      nl: 'Een van de twee mailservers eist dat de verbinding versleuteld is (STARTTLS, MTA-STS of DANE), maar die versleuteling kwam niet tot stand: de andere kant bood geen TLS aan, of het certificaat of de TLS-instellingen werden niet geaccepteerd. Aan je bericht of je mailprogramma ligt het niet.',
      en: 'One of the two mail servers demands an encrypted connection (STARTTLS, MTA-STS or DANE), but the encryption was not set up: the other side offered no TLS, or its certificate or TLS settings were not accepted. It is not caused by your message or your mail program.',
    },
    fix: {
      nl: [
        'Stuur de volledige bounce naar {support}, zodat de TLS-instellingen en het certificaat van de mailserver gecontroleerd worden.',
        'Noemt de melding de server van de ontvanger (bijvoorbeeld "Remote server does not support TLS")? Laat de ontvanger dan zijn beheerder de TLS- of MTA-STS-instellingen laten nakijken.',
        'Tijdelijke meldingen (4xx) probeert de server zelf opnieuw; verstuur het bericht opnieuw als het definitief geweigerd is.',
      ],
      en: [
        "Send the whole bounce to {support}, so the mail server's TLS settings and certificate can be checked.",
        'Does the message name the recipient\'s server (for example "Remote server does not support TLS")? Then ask the recipient to have their administrator check their TLS or MTA-STS settings.',
        'Temporary failures (4xx) are retried by the server itself; send the message again if it was refused for good.',
      ],
    },
    examples: [
      { text: '550 5.3.0 Message rejected: TLS required', source: 'receivers that require TLS on every connection (RFC 3207 section 4: a server may refuse mail without TLS)' },
      {
        text: '530 5.7.0 Must issue a STARTTLS command first.',
        source: 'Google Workspace SMTP error reference (530, 5.7.0)',
      },
      {
        text: '421 4.7.0 TLS required for RCPT domain, closing connection.',
        source: 'Google Workspace SMTP error reference (421, 4.7.0)',
      },
      {
        text: 'a TLS session is required, but the server did not offer TLS support',
        source: "Exim source, src/transports/smtp.c (hosts_require_tls / DANE failure message)",
      },
      {
        text: 'The error that the other server returned was: 500 Remote server does not support TLS (state 6).',
        source: 'Sisimai corpus, lhost-gmail-07.eml',
      },
      {
        text: '553 This route requires encryption (TLS)',
        source: 'Mimecast SMTP error code reference (as recorded in Sisimai::Rhost::Mimecast)',
      },
      {
        text: '5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
        source: 'Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (5.7.321)',
      },
    ],
    nearMisses: [
      {
        text: 'De identiteit van mail.voorbeeld.nl kan niet gecontroleerd worden',
        why: 'A mail program that does not trust the certificate name of the server it was told to use: a client setting, not a server-to-server TLS requirement.',
        expected: 'tls-identity-mismatch',
      },
    ],
  },

  {
    id: 'tls-identity-mismatch',
    match: {
      phrases: [
        'kan niet gecontroleerd worden',
        'kan niet worden gecontroleerd',
        'kan niet worden geverifieerd',
        'identiteit van server niet verifiëren',
        'cannot verify server identity',
        'cannot be verified by mail',
        "can't verify the identity of the server",
        'cannot verify the identity of',
        'security certificate that cannot be verified',
        'the target principal name is incorrect',
      ],
      stages: ['client'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Je mailprogramma vertrouwt het certificaat van de server niet',
      en: "Your mail program does not trust the server's certificate",
    },
    explanation: {
      nl: 'Je mailprogramma maakt een beveiligde verbinding en controleert of de servernaam die je hebt ingesteld in het certificaat van de server staat. Met een naam als mail.jouwdomein.nl is dat niet zo: het certificaat is uitgegeven op de echte naam van de mailserver, {mailServer}. Daarom waarschuwt het programma dat de identiteit niet gecontroleerd kan worden.',
      en: "Your mail program makes a secure connection and checks that the server name you set is in the server's certificate. With a name such as mail.yourdomain.com it is not: the certificate is issued to the mail server's real name, {mailServer}. So the program warns that the identity cannot be verified.",
    },
    fix: {
      nl: [
        'Open de accountinstellingen in je mailprogramma en vul bij zowel de inkomende als de uitgaande server {mailServer} in.',
        'Gebruik SSL/TLS met poort {imapPort} voor IMAP (of {pop3Port} voor POP3) en poort {smtpPort} voor de uitgaande server; gebruikersnaam is je volledige e-mailadres.',
        'Sla op en sluit het programma; open het opnieuw. Accepteer de waarschuwing niet blijvend met "Vertrouw" of "Ga door": na het vernieuwen van het certificaat komt ze terug.',
      ],
      en: [
        'Open the account settings in your mail program and enter {mailServer} for both the incoming and the outgoing server.',
        'Use SSL/TLS with port {imapPort} for IMAP (or {pop3Port} for POP3) and port {smtpPort} for the outgoing server; the user name is your full email address.',
        'Save and close the program; open it again. Do not accept the warning for good with "Trust" or "Continue": it comes back when the certificate is renewed.',
      ],
    },
    links: ['emailSettings'],
    examples: [
      {
        text: 'De identiteit van mail.voorbeeld.nl kan niet gecontroleerd worden',
        source: 'seed (email-problemen-debuggen.txt, "mail server identiteit van mail.domein.nl kan niet gecontroleerd worden"), public sample form',
      },
      {
        text: 'mail server identiteit van mail.domein.nl kan niet gecontroleerd worden',
        source: 'seed (email-problemen-debuggen.txt), section "Bounce meldingen"',
      },
      {
        text: 'Cannot Verify Server Identity. The identity of "imap.gmail.com" cannot be verified by Mail. Review the certificate details to continue.',
        source: 'iOS Mail dialog quoted in a public incident write-up on GitHub',
      },
      {
        text: 'Can\'t verify the identity of the server "mail.example.com".',
        source: 'macOS certificate-trust dialog wording ("Can\'t verify the identity of the server "%@".") as localised in public macOS app sources',
      },
    ],
    nearMisses: [
      {
        text: '530 5.7.0 Must issue a STARTTLS command first.',
        why: 'A receiving server demanding TLS from the sending server: a server-to-server matter, not the name set in a mail program.',
        expected: 'tls-required',
      },
    ],
  },
  {
    id: 'tls-handshake-failed',
    match: {
      phrases: [
        'tls error on connection to',
        'ssl routines',
        'certificate verify failed',
        'certificate verification failed',
        'tls handshake failed',
        'tls handshake failure',
        'tls negotiation failed',
        'starttls failed',
        'cannot start tls',
        'tls session failure',
        'tls connection was non-properly terminated',
        'tls not available due to',
        // GnuTLS and OpenSSL error strings, as Exim and Postfix log them after "TLS error on connection".
        'tls packet with unexpected length',
        'an unexpected tls packet was received',
        'could not negotiate a supported cipher suite',
        'sslv3 alert handshake failure',
        'tlsv1 alert protocol version',
        'no shared cipher',
      ],
      // A demand for TLS that was not offered is tls-required; a certificate the sending program does not trust (Python's
      // SSLCertVerificationError, a missing issuer, Go's x509 errors) is tls-identity-mismatch.
      unless: ['tls is required, but was not offered', 'must issue a starttls command first', 'sslcertverificationerror', '[ssl: certificate_verify_failed]', 'unable to get local issuer certificate', 'x509: certificate'],
    },
    temporary: 'by-code',
    // The sending server's own log of a failed TLS session carries no reply code: it defers and tries again.
    temporaryWhen: ['tls error on connection to', 'cannot start tls', 'tls session failure', 'starttls failed'],
    actor: 'hosting-provider',
    title: {
      nl: 'De beveiligde verbinding (TLS) tussen de mailservers mislukte',
      en: 'The secure connection (TLS) between the mail servers failed',
    },
    explanation: {
      nl: 'Voordat het bericht werd overgedragen, probeerden de twee mailservers een versleutelde verbinding (TLS) op te zetten, en dat mislukte: het certificaat van de andere server kon niet worden gecontroleerd of was verlopen, de servers hadden geen gemeenschappelijke versie of versleuteling, of de verbinding werd halverwege afgebroken. Dit is een zaak van de beheerders van de servers, niet van je mailprogramma.',
      en: 'Before the message was handed over, the two mail servers tried to set up an encrypted connection (TLS), and it failed: the other server\'s certificate could not be verified or had expired, the servers shared no TLS version or cipher, or the connection broke off halfway. This is for the servers\' administrators, not your mail program.',
    },
    fix: {
      nl: [
        'Probeer het later opnieuw: een tijdelijke storing bij de ontvanger lost zich vaak vanzelf op.',
        'Blijft het mislukken, stuur dan de volledige melding naar {support}: de beheerder kan zien of het certificaat van de ontvanger verlopen is of dat de eigen server verouderde TLS gebruikt, en dat met de ontvanger oplossen.',
      ],
      en: [
        'Try again later: a passing fault on the receiving side often clears by itself.',
        "If it keeps failing, send the full message to {support}: the administrator can see whether the receiver's certificate has expired or the own server uses outdated TLS, and sort it out with the receiver.",
      ],
    },
    examples: [
      { text: 'TLS error on connection to mx.example.org [192.0.2.1] (SSL_connect): error:0A000086:SSL routines::certificate verify failed', source: 'Exim, the log text of a failed outgoing TLS session (exim spec, "Encrypted SMTP connections using TLS/SSL")' },
      { text: '454 4.7.0 TLS not available due to temporary reason', source: 'RFC 3207 section 4, the reply to STARTTLS when TLS cannot be started' },
      { text: 'Cannot start TLS: handshake failure', source: 'Postfix smtp(8) client, a failed TLS handshake' },
      { text: 'TLS error on connection to mx.example.org [192.0.2.1] (recv): A TLS packet with unexpected length was received.', source: 'Exim built with GnuTLS: gnutls_strerror of GNUTLS_E_UNEXPECTED_PACKET_LENGTH' },
      { text: 'TLS error on connection to mx.example.org [192.0.2.1] (SSL_connect): error:0A00010B:SSL routines::wrong version number', source: 'Exim built with OpenSSL: the peer did not answer in TLS' },
    ],
    nearMisses: [
      { text: 'delivery temporarily suspended: TLS is required, but was not offered by host mx.example.org[192.0.2.1]', why: 'The receiver does not offer TLS at all while it is required: that is the TLS requirement.', expected: 'tls-required' },
      { text: '530 5.7.0 Must issue a STARTTLS command first', why: 'The receiver demands TLS before it takes mail.', expected: 'tls-required' },
    ],
  },
];
