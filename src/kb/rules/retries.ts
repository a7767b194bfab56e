/**
 * Delivery that is being retried or has been given up: the receiving server
 * cannot be reached, Exim waits for the next retry time, or the retry period
 * ran out.
 */
import type { Rule } from '../types';

const DOMAIN_IN_QUOTES = /^(?:.*?for '(?<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)')?/;

export const retriesRules: readonly Rule[] = [
  {
    id: 'remote-server-unreachable',
    match: {
      phrases: [
        'connection refused',
        'connection timed out',
        'all host address lookups failed',
        'host lookup did not complete',
        'did not complete (dns timeout?)',
        'network is unreachable',
        'no route to host',
        'did not accept our requests to connect',
      ],
      pattern: /^(?:.*?(?:connect to |h=|server at )(?<host>[a-z0-9][a-z0-9.-]*\.[a-z]{2,}))?/,
      // A final "message expired" mentions the last connection error; the expiry is the news.
      // A refusal that names reverse DNS ("Connection refused - rDNS required") is about the sending server's PTR.
      // A refusal that names a listing ("Connection refused. <ip> is listed on the Exploits Block List", Telstra; Vade's
      // and Daum's blocking codes) is a server that answered and refuses the sending IP.
      // A refusal that gives its reason ("Connection refused due to abuse of this server") or comes under a security or policy status
      // (X.7.x, RFC 3463) was written by a server that answered: its policy, not a network failure.
      unless: [
        'message expired', 'queue.expired', 'retry timeout exceeded', 'failing for a long time', 'sender verify', 'rdns', 'reverse dns', 'is listed on', 'is listed in', 'block list', 'blocklist', 'blacklist',
        'refused due to', 'refused because', 'refused for policy',
      ],
      notEnhanced: ['4.7.', '5.7.'],
      // A connection that fails is reported without a server reply, or with a temporary one (421, 450 4.4.x …);
      // a server that answers "554 Connection refused …" was reached and refuses by policy.
      codes: [421, 426, 441, 442, 447, 450, 451, 452, 454],
    },
    temporary: 'by-code',
    temporaryWhen: [
      'connection refused',
      'connection timed out',
      'failed temporarily',
      'host lookup did not complete',
      'did not complete (dns timeout?)',
      'network is unreachable',
      'no route to host',
    ],
    actor: 'other-side',
    title: {
      nl: 'De ontvangende mailserver is niet bereikbaar',
      en: 'The receiving mail server cannot be reached',
    },
    explanation: {
      nl: 'De server kon {host} niet bereiken: de mailserver van de ontvanger weigerde de verbinding, reageerde niet op tijd, of de naam ervan kon niet worden opgezocht. Dat ligt meestal aan de kant van de ontvanger en is vaak tijdelijk. De server probeert het automatisch opnieuw, soms dagenlang.',
      en: "The server could not reach {host}: the recipient's mail server refused the connection, did not answer in time, or its name could not be looked up. This is usually on the recipient's side and often temporary. The server retries automatically, sometimes for days.",
    },
    fix: {
      nl: [
        'Wacht af: het bericht blijft in de wachtrij en wordt automatisch opnieuw aangeboden. In Bezorging volgen zie je of het alsnog is afgeleverd.',
        'Controleer met een MX-check (bijvoorbeeld MXToolbox) of het domein van de ontvanger een MX heeft die naar een bereikbare server wijst.',
        'Duurt het langer dan een dag, laat de ontvanger dan via een andere weg weten dat zijn mailserver geen mail aanneemt.',
      ],
      en: [
        'Wait: the message stays queued and is offered again automatically. Track Delivery shows whether it got through later.',
        "Use an MX check (for example MXToolbox) to see that the recipient's domain has an MX pointing to a reachable server.",
        'If it lasts more than a day, tell the recipient another way that their mail server is not accepting mail.',
      ],
    },
    crossCheck: {
      nl: 'Live MX- en A-records van het domein van de ontvanger: bestaan ze en wijzen ze naar een adres dat mail kan aannemen.',
      en: "Live MX and A records of the recipient's domain: do they exist and point to an address that can take mail.",
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: '2013-05-07 14:10:36 me@mycompany.com R=dnslookup T=remote_smtp defer (111): Connection refused',
        source: 'Exim main log quoted in a public forum post (code corpus)',
      },
      {
        text: '2013-01-05 18:29:28 1TrXXb-0003AY-Fw == vv1984@gmail.com R=smarthost T=remote_smtp_smarthost defer (110): Connection timed out',
        source: 'Exim main log quoted in a public forum post (code corpus)',
      },
      {
        text: "Server at neko.example.jp (153.126.192.107) returned '450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=neko.example.jp] [LastAttemptedIP=153.126.192.107:25]'",
        source: 'Sisimai corpus, lhost-office365-08.eml (Microsoft 365 delay notice)',
      },
      {
        text: 'Diagnostic-Code: X-Postfix; connect to bukkoji.example.org[192.0.2.1]:25: Connection timed out',
        source: 'Sisimai corpus, lhost-postfix-15.eml',
      },
      {
        text: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720  [nora.nyaan.jp 192.0.2.222: timed out]',
        source: 'Sisimai corpus, rfc3464-55.eml (Gmail)',
      },
      {
        text: 'all host address lookups failed permanently',
        source: 'Exim smtp transport message (src/src/transports/smtp.c), listed in cpanel-api.md §6.4',
      },
      {
        text: 'host lookup did not complete',
        source: 'Exim dnslookup router message (src/src/routers/dnslookup.c)',
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after initial connection: 554 Connection refused by mx.example.org (DNSBL)',
        why: 'The server was reached and answered: it refuses the sending server, it is not unreachable.',
        expected: 'server-blocklisted',
      },
      {
        text: '421 BigPond Outbound [OB105. Connection refused. 192.0.2.1 is listed on the Exploits Block List (XBL)',
        why: 'Telstra answered and names the list the sending IP is on (crowdsupport.telstra.com.au, "Why is my email being blacklisted?").',
        expected: 'server-blocklisted',
      },
      {
        text: '421 mx.example.org Connection refused: 192.0.2.1 is listed in zen.spamhaus.org',
        why: 'A refusal that names the list the sending IP is on is about that IP, even in a temporary reply.',
        expected: 'server-blocklisted',
      },
      {
        text: '554 5.7.1 Connection refused for policy reasons: too many complaints about 192.0.2.1',
        why: 'A refusal that says why, under a policy status (X.7.1): the server answered and refuses by its policy.',
        expected: 'receiver-policy',
      },
      {
        text: "550 5.4.316 Message expired, connection refused(Socket error code 10061)",
        why: 'Microsoft gave up: the message expired after days of refused connections.',
        expected: 'delivery-expired',
      },
      {
        text: 'host lookup for 6049.smtp.antispamcloud.com did not complete',
        why: "The DNS look-up that failed is for the provider's spam filter, not for the recipient.",
        expected: 'antispam-host-lookup',
      },
    ],
  },
  {
    id: 'delivery-expired',
    match: {
      phrases: [
        'retry timeout exceeded',
        'have been failing for a long time',
        'retry time not reached for any host after a long failure period',
        'queue.expired',
        'message expired',
        'envelope expired',
        'message could not be delivered for too long',
        'delivery time expired',
      ],
      pattern: /^(?:.*?hosts for '(?<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)')?/,
      // "mailbox is full: retry timeout exceeded": the lasting cause was a full mailbox.
      // A delay warning ("THIS IS A WARNING ONLY", "Delivery is delayed", "will be retried until") is no final failure.
      unless: ['mailbox is full', 'mailbox full', 'quota', 'warning only', 'will be retried until', 'delivery is delayed', 'has been delayed'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Bezorging opgegeven na lang opnieuw proberen',
      en: 'Delivery given up after retrying for a long time',
    },
    explanation: {
      nl: 'De server heeft dagenlang geprobeerd het bericht af te leveren bij {domain}, maar dat lukte niet binnen de maximale tijd. Daarom is het nu definitief teruggestuurd. De echte oorzaak staat bij de eerdere, tijdelijke mislukkingen van hetzelfde bericht.',
      en: 'The server kept trying to deliver this message to {domain} for days, but did not succeed within the maximum time. It has now been returned for good. The real cause is in the earlier, temporary failures of the same message.',
    },
    fix: {
      nl: [
        'Zoek het bericht op in Bezorging volgen en bekijk de eerdere uitstelmeldingen: die zeggen waarom het steeds mislukte (bijvoorbeeld de server van de ontvanger was onbereikbaar).',
        'Los die oorzaak op of laat de ontvanger dat doen, en verstuur het bericht daarna opnieuw.',
        'Is het dringend, neem dan via een andere weg contact op met de ontvanger.',
      ],
      en: [
        'Look the message up in Track Delivery and read the earlier deferral messages: they say why it kept failing (for example the recipient\'s server was unreachable).',
        'Fix that cause or have the recipient fix it, then send the message again.',
        'If it is urgent, contact the recipient another way.',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      { text: 'retry timeout exceeded', source: 'Sisimai corpus, lhost-exim-06.eml' },
      {
        text: 'all hosts have been failing for a long time and were last tried after this message arrived',
        source: 'Sisimai corpus, lhost-exim-08.eml',
      },
      {
        text: "all hosts for 'mbus.co.za' have been failing for a long time (and retry time not reached)",
        source: 'Exim bounce diagnostic in a public Sisimai result set (code corpus); wording listed in cpanel-api.md §6.4',
      },
      {
        text: 'retry time not reached for any host after a long failure period',
        source: 'Exim smtp transport message (src/src/transports/smtp.c), listed in cpanel-api.md §6.4',
      },
      {
        text: 'Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired',
        source: 'Sisimai corpus, lhost-exchange2007-05.eml',
      },
      {
        text: "550 5.4.316 Message expired, connection refused(Socket error code 10061)",
        source: 'Sisimai corpus, lhost-office365-08.eml',
      },
    ],
    nearMisses: [
      {
        text: 'mailbox is full: retry timeout exceeded',
        why: 'The retries ran out, but the lasting cause was a full mailbox: that is what the person must act on.',
        expected: 'recipient-mailbox-full',
      },
      {
        text: "Retry time not reached for any host for 'voorbeeld.nl'",
        why: 'Still within the retry period: the message waits for its next attempt, it was not given up.',
        expected: 'retry-time-not-reached',
      },
    ],
  },
  {
    id: 'retry-time-not-reached',
    match: {
      phrases: ['retry time not reached for any host', 'retry time not reached'],
      pattern: DOMAIN_IN_QUOTES,
      unless: ['after a long failure period', 'failing for a long time', 'retry timeout exceeded'],
    },
    temporary: true,
    actor: 'other-side',
    title: {
      nl: 'Wacht op de volgende poging',
      en: 'Waiting for the next attempt',
    },
    explanation: {
      nl: 'Een eerdere poging om mail af te leveren bij {domain} is tijdelijk mislukt, bijvoorbeeld omdat de ontvangende server het te druk had. De server wacht nu een tijdje voordat hij het opnieuw probeert; deze regel zegt alleen dat dat moment nog niet is aangebroken. Het bericht komt meestal gewoon aan, met wat vertraging.',
      en: 'An earlier attempt to deliver mail to {domain} failed temporarily, for example because the receiving server was too busy. The server now waits a while before trying again; this line only says that the moment has not come yet. The message usually arrives, just with some delay.',
    },
    fix: {
      nl: [
        'Je hoeft niets te doen: de server probeert het vanzelf opnieuw.',
        'Kijk in Bezorging volgen bij hetzelfde bericht naar de eerste uitstelmelding: die vertelt waarom de eerste poging mislukte.',
        'Blijft het uren of dagen zo, kijk dan naar die eerste oorzaak of laat de ontvanger weten dat zijn server geen mail aanneemt.',
      ],
      en: [
        'You do not need to do anything: the server tries again by itself.',
        'In Track Delivery, look at the first deferral of the same message: it tells why the first attempt failed.',
        'If it goes on for hours or days, look into that first cause or tell the recipient that their server is not accepting mail.',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: "Retry time not reached for any host for 'voorbeeld.nl'",
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: "== project.15@papacarlo.planfix.ru R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'papacarlo.planfix.ru'",
        source: 'Exim main log line from a public forum post, quoted in cpanel-api.md §6.2',
      },
      {
        text: 'retry time not reached for any host',
        source: 'Exim smtp transport message (src/src/transports/smtp.c), listed in cpanel-api.md §6.4',
      },
    ],
    nearMisses: [
      {
        text: "all hosts for 'mbus.co.za' have been failing for a long time (and retry time not reached)",
        why: 'The retry period is over: Exim gave up and returned the message.',
        expected: 'delivery-expired',
      },
      {
        text: 'retry time not reached for any host after a long failure period',
        why: 'Same start, but "after a long failure period" means the message was given up.',
        expected: 'delivery-expired',
      },
    ],
  },
];
