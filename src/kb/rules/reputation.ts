/**
 * Reputation and blocklists: the receiver distrusts the sending server's IP
 * address or the sending domain. Microsoft's own list (S3150, 5.7.606–649)
 * is kept apart from DNS blocklists a receiver names (Spamhaus, SpamCop,
 * Barracuda, …), because the delisting route differs; both are for the
 * hosting provider to act on, unlike a domain's own low reputation.
 */
import type { Rule } from '../types';

export const reputationRules: readonly Rule[] = [
  {
    id: 'microsoft-blocklist',
    match: {
      phrases: ['part of their network is on our block list', 'banned sending ip', 'access denied, banned sender'],
      providers: ['microsoft'],
      // Under 5.7.502/5.7.503 the same "Access denied, banned sender" is about the sending account of a Microsoft 365
      // tenant, banned for spam (Microsoft's NDR table); only under 5.7.511 is it the IP.
      notEnhanced: ['5.7.502', '5.7.503'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'Microsoft blokkeert het IP-adres van de server',
      en: "Microsoft blocks the server's IP address",
    },
    explanation: {
      nl: 'Microsoft (Outlook.com, Hotmail, Live en Microsoft 365) heeft het IP-adres waarvandaan de mail kwam, of een reeks adressen waar het bij hoort, op een eigen blokkadelijst gezet. Dat gebeurt op basis van het gedrag van alle verzenders op dat adres, niet alleen van jou. Alleen de beheerder van de server kan het adres laten vrijgeven.',
      en: 'Microsoft (Outlook.com, Hotmail, Live and Microsoft 365) has put the IP address the message came from, or a range it belongs to, on its own block list. That is based on the behaviour of all senders on that address, not just you. Only the server\'s administrator can get the address released.',
    },
    fix: {
      nl: [
        'Stuur de volledige bounce (met de code tussen haakjes, zoals S3150 of AS…) door naar {support}, zodat het IP-adres bij Microsoft van de lijst gehaald kan worden.',
        'Verstuur belangrijke berichten aan Microsoft-adressen later opnieuw, als het adres is vrijgegeven.',
      ],
      en: [
        'Forward the whole bounce (with the code in brackets, such as S3150 or AS…) to {support}, so the IP address can be taken off the list at Microsoft.',
        'Send important messages to Microsoft addresses again later, once the address is released.',
      ],
    },
    examples: [
      {
        text: "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        source: 'seed (email-problemen-debuggen.txt), Microsoft bounce quoted in the article',
      },
      {
        text: "host hotmail-com.olc.protection.outlook.com [104.47.55.161]\nSMTP error from remote mail server after pipelined MAIL from:<sysadmin@easy-trademarks.com> SIZE=2538:\n550 5.7.1 Unfortunately, messages from [88.198.83.90] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BN8NAM12FT066.eop-nam12.prod.protection.outlook.com 2023-05-22T11:57:51.362Z 08DB59E499E4A279]",
        source: 'Exim bounce posted publicly at https://pastebin.com/ExQUnA6B',
      },
      {
        text: 'host rci-rogers-com.mail.protection.outlook.com [23.103.157.10]\nSMTP error from remote mail server after RCPT TO:<Nataline.rodrigues@rci.rogers.com>:\n550 5.7.606 Access denied, banned sending IP [199.250.222.182]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
        source: 'Exim bounce posted publicly at https://pastebin.com/JxYau839',
      },
      {
        text: '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
        source: 'Sisimai corpus, rhost-microsoft-01.eml',
      },
      {
        text: "SMTP error from remote mail server after MAIL FROM:<sironeko@example.com> SIZE=222:\n    host mx4.example.org [192.0.2.22]: 550 NN-222 (NEKO-CAT-222) Unfortunately, messages from 203.0.113.2 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://example.com/neko/nyaan.html#errors.",
        source: 'Sisimai corpus, lhost-exim-54.eml (Exim bounce, anonymised Hotmail reply)',
      },
    ],
    nearMisses: [
      {
        text: '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
        why: 'Microsoft only slows the IP address down for a while; it is not (yet) on the block list and the server retries.',
        expected: 'ip-reputation-throttled',
      },
      {
        text: '550 5.7.1 Service unavailable, Client host [23.129.64.184] blocked using Spamhaus.',
        why: 'The receiver names a public DNS blocklist (Spamhaus), which has its own delisting route.',
        expected: 'server-blocklisted',
      },
      {
        text: '550 5.7.502 Access denied, banned sender',
        why: "Microsoft's NDR table: under 5.7.502 (and 5.7.503) the banned sender is a Microsoft 365 account that sent spam, not the IP.",
        expected: 'outgoing-account-locked',
      },
    ],
  },

  {
    id: 'ip-reputation-throttled',
    match: {
      phrases: [
        'rate limited due to ip reputation',
        'deferred due to unexpected volume or user complaints',
        'very low reputation of the sending ip address',
        'unusual rate of unsolicited mail originating from your ip address',
        'local ct ip reputation',
      ],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'De ontvanger remt mail af vanwege de reputatie van het server-IP',
      en: "The receiver holds back mail because of the server IP's reputation",
    },
    explanation: {
      nl: 'De ontvangende provider vertrouwt het IP-adres van de verzendende server op dit moment te weinig, bijvoorbeeld door veel mail in korte tijd of door spamklachten over mail van dat adres. Dat adres delen meestal meerdere klanten. Bij een tijdelijke melding (4xx) probeert de server het later zelf opnieuw; bij een definitieve (5xx) is de mail niet afgeleverd.',
      en: "The receiving provider does not trust the sending server's IP address enough right now, for example because of a lot of mail in a short time or spam complaints about mail from that address. That address is usually shared by several customers. After a temporary reply (4xx) the server tries again later by itself; after a permanent one (5xx) the message was not delivered.",
    },
    fix: {
      nl: [
        'Is de melding tijdelijk (4xx), wacht dan: de server probeert het bericht vanzelf opnieuw. Kijk in cPanel > E-mail > Bezorging volgen of het later alsnog is afgeleverd.',
        'Komt de melding vaak terug of is ze definitief (5xx), stuur de bounce dan naar {support}, zodat aan de reputatie van het server-IP gewerkt kan worden.',
        'Verstuur je zelf grote aantallen mails (nieuwsbrief)? Spreid ze over de dag en stuur alleen naar mensen die erom gevraagd hebben.',
      ],
      en: [
        'If the reply is temporary (4xx), wait: the server retries the message by itself. Check in cPanel > Email > Track Delivery whether it was delivered later.',
        "If it keeps coming back or is permanent (5xx), send the bounce to {support}, so the server IP's reputation can be worked on.",
        'Do you send large numbers of messages yourself (newsletter)? Spread them over the day and send only to people who asked for them.',
      ],
    },
    crossCheck: {
      nl: 'De audit telt hoeveel uitgestelde berichten met deze melding er recent waren (Bezorging volgen) en van welk server-IP ze kwamen.',
      en: 'The audit counts how many recent deferrals carry this reply (Track Delivery) and which server IP they came from.',
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: '451 4.7.650 The mail server [192.0.2.25] has been\n    temporarily rate limited due to IP reputation. For e-mail delivery\n    information, see https://postmaster.live.com (S775)',
        source: 'Sisimai corpus, rhost-microsoft-05.eml (Microsoft 4.7.650)',
      },
      {
        text: 'Remote host said: 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
        source: 'Sisimai corpus, lhost-qmail-19.eml (Yahoo TSS04)',
      },
      {
        text: 'host mx-eu.mail.am0.yahoodns.net[*********] said:\n421 4.7.0 [TSS04] Messages from ********* temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\n(in reply to MAIL FROM command)',
        source: 'Postfix delay notice quoted at https://secuserve.zammad.com/help/en-us/5-f-a-q/397-deferred-yahoo-said-421-4-7-0-tss04',
      },
      {
        text: '<neko-1718501322@gmail.com>: host gmail-smtp-in.l.google.com[64.233.188.26]\n    said: 550-5.7.1 [192.0.2.22      18] Our system has detected that this\n    message is 550-5.7.1 likely suspicious due to the very low reputation of\n    the sending IP 550-5.7.1 address. To best protect our users from spam, the\n    message has been 550-5.7.1 blocked. Please visit 550 5.7.1\n    https://support.google.com/mail/answer/188131 for more information.\n    p22nn000202cat.22 - gsmtp (in reply to end of DATA command)',
        source: 'Sisimai corpus, lhost-postfix-58.eml (Gmail, IP reputation)',
      },
      {
        text: '550-5.7.1 [194.XXX.XXX.181] Our system has detected an unusual rate of\n550-5.7.1 unsolicited mail originating from your IP address. To protect our\n550-5.7.1 users from spam, mail sent from your IP address has been blocked.\n550-5.7.1 Please visit http://www.google.com/mail/help/bulk_mail.html to review\n550 5.7.1 our Bulk Email Senders Guidelines. k8si8849879lbl.62',
        source: 'Gmail bounce quoted in a public GitHub repository (Zimbra scripts README, "Example of a 550 error")',
      },
    ],
    nearMisses: [
      {
        text: '421 4.7.0 [168.245.2.241 15] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
        why: "Gmail blames the sending domain's reputation, not the server's IP address: the domain owner acts.",
        expected: 'domain-reputation-low',
      },
    ],
  },

  {
    id: 'domain-reputation-low',
    match: {
      phrases: ['very low reputation of the sending domain', 'low reputation of the sending domain'],
      providers: ['google'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Gmail vertrouwt je domein (nog) niet',
      en: 'Gmail does not trust your domain (yet)',
    },
    explanation: {
      nl: 'Gmail houdt per verzendend domein bij hoe ontvangers op de mail reageren. Voor het domein waarmee je verstuurt is die reputatie zo laag dat Gmail de mail tegenhoudt. Oorzaken zijn vaak: mail die als spam gemeld wordt, veel mail naar niet-bestaande adressen, een nieuw domein dat ineens veel verstuurt, of ontbrekende SPF, DKIM of DMARC.',
      en: 'Gmail keeps track, per sending domain, of how recipients react to its mail. For the domain you send from, that reputation is so low that Gmail holds the mail back. Common causes: mail reported as spam, much mail to addresses that do not exist, a new domain that suddenly sends a lot, or missing SPF, DKIM or DMARC.',
    },
    fix: {
      nl: [
        'Zorg dat SPF, DKIM en DMARC voor je domein in orde zijn: cPanel > E-mail > Email Deliverability moet alles als geldig tonen, en voeg een DMARC-record toe als dat ontbreekt (begin met p=none).',
        'Stuur alleen mail naar mensen die erom gevraagd hebben, haal adressen die bouncen uit je lijsten en zet een afmeldlink in nieuwsbrieven.',
        'Verstuur minder tegelijk en bouw het volume langzaam op; de reputatie herstelt zich in de loop van dagen tot weken.',
      ],
      en: [
        'Make sure SPF, DKIM and DMARC are in order for your domain: cPanel > Email > Email Deliverability must show everything as valid, and add a DMARC record if it is missing (start with p=none).',
        'Only send to people who asked for your mail, remove addresses that bounce from your lists and put an unsubscribe link in newsletters.',
        'Send less at once and build volume up slowly; the reputation recovers over days to weeks.',
      ],
    },
    crossCheck: {
      nl: 'De audit bekijkt SPF, DKIM en DMARC van het verzendende domein.',
      en: 'The audit looks at SPF, DKIM and DMARC of the sending domain.',
    },
    links: ['spamPrevention', 'dmarc', 'spf', 'dkim'],
    examples: [
      {
        text: '421 4.7.0 [168.245.2.241 15] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. k185-20020a816fc2000000b002f1a7cbf3c5si958081ywc.57 - gsmtp',
        source: 'Gmail reply recorded as bounce-event test data in a public GitHub repository',
      },
      {
        text: '550-5.7.1 [86.48.29.176 19] Gmail has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. 550-5.7.1 For more information, go to 550 5.7.1  https://support.google.com/mail/answer/188131 (in reply to end of DATA command)',
        source: 'Gmail reply from a Postfix mail.log quoted in incident notes in a public GitHub repository (the IP placeholder filled with the node IP the notes name)',
      },
      {
        text: '5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. c8-20020a05600c054800b003ef06c14bd6si9876543wmb.229 - gsmtp',
        source: 'Gmail delivery-status message recorded as event test data in a public GitHub repository',
      },
    ],
    nearMisses: [
      {
        text: '550-5.7.1 [192.0.2.22 18] Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best protect our users from spam, the message has been 550-5.7.1 blocked.',
        why: "Same Gmail text, but about the server's IP address: the hosting provider acts, not the domain owner.",
        expected: 'ip-reputation-throttled',
      },
    ],
  },

  {
    id: 'server-blocklisted',
    match: {
      phrases: [
        'is in an rbl',
        'blocked using',
        'spamhaus.org/query',
        'listed on zen.spamhaus.org',
        'blocked using spamhaus',
        'bl.spamcop.net',
        'spamcop.net/bl',
        'barracudacentral.org',
        'barracuda reputation',
        'barracudanetworks.com/reputation',
        'found on a block list',
        'found on a blocklist',
        'ip is on a block list',
        'ip is on a blocklist',
        'listed in rbl',
        'listed in an rbl',
        'listed in a dnsbl',
        'listed in dnsbl',
        // The public IP blocklists' own zone names (each list's documentation): a reply that names one says where the IP is listed.
        'zen.spamhaus.org',
        'sbl.spamhaus.org',
        'xbl.spamhaus.org',
        'pbl.spamhaus.org',
        'sbl-xbl.spamhaus.org',
        'dnsbl.sorbs.net',
        'b.barracudacentral.org',
        'bl.mailspike.net',
        'dnsbl-1.uceprotect.net',
        'dnsbl-2.uceprotect.net',
        'dnsbl-3.uceprotect.net',
        'psbl.surriel.com',
        'cbl.abuseat.org',
        'ix.dnsbl.manitu.net',
        'dnsbl.dronebl.org',
        'bl.spameatingmonkey.net',
        'rbl.interserver.net',
        'bl.blocklist.de',
      ],
      // Optional: the list's name, for the explanation ({list}).
      pattern: /^(?:.*?(?:blocked using |is in an rbl on |is in an rbl \(|listed on |listed at |listed in |found in |www\.)(?<list>[a-z0-9][a-z0-9-]*\.[a-z0-9.-]*[a-z0-9]))?/,
      // A domain list's verdict on a link, the sender address, the HELO name or a domain in the body is not the server's IP.
      unless: ['url in this email', 'uribl', 'surbl', 'dbl.spamhaus.org', 'sender address [', 'helo command [', 'spamhaus.org/query/domain'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'Het IP-adres van de server staat op een blokkadelijst',
      en: "The server's IP address is on a blocklist",
    },
    explanation: {
      nl: 'De ontvanger controleert het IP-adres van de verzendende server bij publieke blokkadelijsten (DNSBL’s zoals Spamhaus, SpamCop of Barracuda) en vond het op {list}. Zulke lijsten zetten een adres erop na spam vanaf dat adres of die reeks, ook als die niet van jou kwam. Het van de lijst halen regelt de beheerder van de server. Staat de melding (bijvoorbeeld "JunkMail rejected") in Bezorging volgen bij mail die náár jou gestuurd werd, dan is het juist de server van de afzender die op de lijst staat.',
      en: "The receiver checks the sending server's IP address against public blocklists (DNSBLs such as Spamhaus, SpamCop or Barracuda) and found it on {list}. Such lists add an address after spam from that address or its range, even if it did not come from you. Getting it delisted is for the server's administrator. If the reply (for example \"JunkMail rejected\") shows in Track Delivery on mail sent to you, it is the sender's server that is listed.",
    },
    fix: {
      nl: [
        'Stuur de volledige bounce (met de naam van de lijst en de link erin) naar {support}, zodat de oorzaak opgelost en het adres van de lijst gehaald kan worden.',
        'Stuurde je via een andere server dan {mailServer}, bijvoorbeeld rechtstreeks vanaf je internetaansluiting? Verstuur dan via {mailServer} met authenticatie.',
        'Verstuur belangrijke berichten opnieuw zodra het adres niet meer op de lijst staat; tijdelijke weigeringen (4xx) probeert de server zelf opnieuw.',
        'Ging het om mail die náár jou werd gestuurd? Laat de afzender weten dat de server van zijn provider op de genoemde lijst staat; die moet het oplossen.',
      ],
      en: [
        'Send the whole bounce (with the name of the list and the link in it) to {support}, so the cause can be fixed and the address delisted.',
        'Did you send through a server other than {mailServer}, for example directly from your internet connection? Then send through {mailServer} with authentication.',
        'Send important messages again once the address is off the list; temporary refusals (4xx) are retried by the server itself.',
        "Was it mail sent to you? Tell the sender that their provider's server is on the list named; they must fix it.",
      ],
    },
    crossCheck: {
      nl: 'De audit zoekt het verzendende IP-adres van de server op bij de blokkadelijsten uit het providerprofiel en leest de antwoordcode: een Spamhaus-antwoord 127.255.255.x betekent dat de vraag geweigerd werd (niet te controleren), niet dat het adres op de lijst staat.',
      en: "The audit looks up the server's sending IP address on the blocklists in the provider profile and reads the answer code: a Spamhaus answer 127.255.255.x means the query was refused (could not check), not that the address is listed.",
    },
    examples: [
      { text: '554 5.7.1 Rejected 192.0.2.1 found in dnsbl.sorbs.net', source: 'SORBS usage documentation (dnsbl.sorbs.net zone); Postfix reject_rbl_client reply form' },
      { text: '550 5.7.1 Client host rejected: Your IP address is listed in RBL', source: 'common wording of RBL refusals in MTA access rules' },
      {
        text: 'RCPT TO <name@domain> failed: "JunkMail rejected - host86-169-86-150.range86-169.btcentralplus.com ([192.168.1.150]) [86.169.86.150]:41784 is in an RBL, see http://www.spamhaus.org/query/bl?ip=86.169.86.150"',
        source: 'cPanel/Exim ACL rejection ("JunkMail rejected - $sender_fullhost is in an RBL", cpanel-api.md §6.4) as reported by an Evolution user in a public GitHub repository',
      },
      {
        text: '521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net\n 521 5.7.1 Please see http://support.mailhostbox.com/email-administrators-guide-error-codes/ for explanation of the problem.',
        source: 'Sisimai corpus, lhost-amazonses-16.eml (Diagnostic-Code)',
      },
      {
        text: '554 5.7.1 <a8-95.smtp-out.amazonses.com[203.0.113.22]>: Client host rejected: blocked using mail.neko.example.org; Please see http://mail.neko.example.org/rbl/?ip=203.0.113.22 to send.',
        source: 'Sisimai corpus, lhost-amazonses-14.eml (Postfix reject_rbl_client)',
      },
      {
        text: '553 http://www.spamhaus.org/query/bl?ip=192.0.2.222',
        source: 'Sisimai corpus, rhost-godaddy-02.eml (session transcript)',
      },
      {
        text: '550 5.7.1 Service unavailable, Client host [23.129.64.184] blocked using Spamhaus.',
        source: 'receiver reply quoted in the comments of a public GitHub repository (bounce classifier)',
      },
    ],
    nearMisses: [
      {
        text: "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        why: "Microsoft's own block list, not a public DNSBL: delisting goes through Microsoft.",
        expected: 'microsoft-blocklist',
      },
      {
        text: 'host mx.nyaan.example.com [192.0.2.222] SMTP error from remote mail server after initial connection: 554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2',
        why: 'The server is refused for a missing PTR record, no blocklist is named.',
        expected: 'server-ptr-missing',
      },
    ],
  },
  {
    id: 'sender-rate-limited',
    match: {
      phrases: [
        'too many connections from your',
        'too many concurrent smtp connections',
        'too many smtp sessions for this host',
        'maximum number of concurrent server connections',
        'all available ips are at maximum connection limit',
        'connection rate limit exceeded',
        'exceeds per-domain connection limit',
        'max message per connection reached',
        'ip frequency limited',
        'connection frequency limited',
        'domain frequency limited',
        'sender frequency limited',
        'please try again slower',
      ],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'De ontvanger beperkt hoeveel mail je server tegelijk mag sturen',
      en: 'The receiver limits how much mail your server may send it at once',
    },
    explanation: {
      nl: 'De ontvangende provider neemt van één verzendende server (of één afzender) maar een beperkt aantal verbindingen, berichten of ontvangers per keer of per uur aan. Deze aflevering ging over die grens, dus stelde de ontvanger haar uit of weigerde haar. Het zegt niets over het bericht zelf. Na een tijdelijke weigering (4xx) probeert de server het later vanzelf opnieuw en komt de mail meestal met wat vertraging aan.',
      en: 'The receiving provider accepts only a limited number of connections, messages or recipients at a time or per hour from one sending server (or one sender). This delivery went over that limit, so the receiver deferred or refused it. It says nothing about the message itself. After a temporary refusal (4xx) the server tries again later by itself and the mail usually arrives with some delay.',
    },
    fix: {
      nl: [
        'Bij een tijdelijke weigering (4xx): wacht af, de server probeert het zelf opnieuw.',
        'Gebeurt het als je veel ontvangers tegelijk mailt (een nieuwsbrief, een mailing), verstuur dan in kleinere porties of gebruik een dienst voor bulkmail.',
        'Blijft het gebeuren zonder mailings, stuur de bounce dan naar {support}: de beheerder kan beperken hoeveel verbindingen de server tegelijk naar die ontvanger opent.',
      ],
      en: [
        'With a temporary refusal (4xx): wait, the server tries again by itself.',
        'If it happens when you mail many recipients at once (a newsletter, a mailing), send in smaller batches or use a bulk mail service.',
        'If it keeps happening without mailings, send the bounce to {support}: the administrator can limit how many connections the server opens to that receiver at once.',
      ],
    },
    examples: [
      { text: '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel', source: 'Microsoft Exchange: the receiving server\'s connection limit per sending host' },
      { text: '452 4.3.2 Connection rate limit exceeded.', source: 'Postfix anvil(8): smtpd_client_connection_rate_limit' },
      { text: '550 Ip frequency limited [RkNGMjlFQTVEQ0E Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725', source: 'Tencent QQ Mail frequency limits, as tabled in Sisimai::Rhost::Tencent' },
      { text: '421 4.7.0 Too many connections from your host. Please try again later.', source: 'Sisimai phrase facts (TooManyConn)' },
    ],
    nearMisses: [
      { text: '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', why: 'Google: the recipient receives too much mail, not this server sending too fast.', expected: 'recipient-rate-limited' },
      { text: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.', why: "Microsoft: a limit because of the IP's reputation.", expected: 'ip-reputation-throttled' },
      { text: 'Domain example.org has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.', why: "The own server's hourly limit for a domain has its own diagnosis.", expected: 'max-emails-per-hour' },
    ],
  },
];
