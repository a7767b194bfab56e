/**
 * Where mail should go: the recipient domain, its MX records, the routing on
 * this server, and the DNS look-ups the server itself depends on.
 */
import type { Rule } from '../types';

const DOMAIN = '[a-z0-9-]+(?:\\.[a-z0-9-]+)+';

export const dnsRoutingRules: readonly Rule[] = [
  {
    id: 'unrouteable-address',
    match: {
      phrases: [
        'unrouteable address',
        'unroutable address',
        // cPanel's exim.conf :fail: text when no route to a remote domain is found.
        'the account or domain may not exist, they may be blacklisted, or missing the proper dns entries',
        // Gmail: the domain exists but has neither MX nor A records.
        'had no relevant answers',
      ],
      pattern: new RegExp(
        `^(?:.*?(?:\\*\\* |rejected rcpt <?|rcpt to:<|deliver mail to )(?<recipient>[^<>\\s:@]+@[a-z0-9.-]*[a-z0-9]))?`,
      ),
      // Inside a sender check ("sender verify fail for <x>: Unrouteable address") it is about our sender.
      unless: ['sender verify', 'verification failed', 'sender address', 'verify sender'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Geen route naar dit adres',
      en: 'No route to this address',
    },
    explanation: {
      nl: 'De server kon niet bepalen waar mail voor {recipient} heen moet. Meestal zit er een fout in het adres of bestaat het domein niet (meer). Het kan ook komen doordat het domein geen (werkende) MX heeft, of doordat de E-mailroutering van een domein op deze server verkeerd staat.',
      en: 'The server could not work out where mail for {recipient} should go. Usually the address has a typo or the domain does not exist (any more). It can also happen when the domain has no (working) MX record, or when the Email Routing of a domain on this server is set wrongly.',
    },
    fix: {
      nl: [
        'Controleer het adres, vooral het deel na de @ (bijvoorbeeld .nl in plaats van .nll, of gmial.com).',
        'Is het domein van jezelf of van de ontvanger: kijk met een MX-check (bijvoorbeeld MXToolbox) of het domein een MX heeft die naar een bestaande mailserver wijst.',
        'Staat het domein op deze server: open in cPanel E-mailroutering en kies de lokale mailserver (Local Mail Exchanger) als de mailboxen hier staan, of de externe mailserver (Remote Mail Exchanger) als de mail elders binnenkomt.',
      ],
      en: [
        'Check the address, especially the part after the @ (for example .com typed as .cmo, or gmial.com).',
        'Whether the domain is yours or the recipient\'s: use an MX check (for example MXToolbox) to see that it has an MX record pointing to an existing mail server.',
        'If the domain is on this server: in cPanel open Email Routing and choose Local Mail Exchanger when the mailboxes are here, or Remote Mail Exchanger when mail is received elsewhere.',
      ],
    },
    crossCheck: {
      nl: 'De live MX- en A-records van het domein van de ontvanger, en als dat domein op deze server staat de E-mailroutering ervan.',
      en: "The live MX and A records of the recipient's domain and, when that domain is on this server, its Email Routing.",
    },
    links: ['emailRouting'],
    examples: [
      { text: '550 unrouteable address', source: 'Seed article (email-problemen-debuggen), public sample' },
      {
        text: '2014-08-05 07:44:15 1XEZPr-0000T9-Hk ** postmaster@108: Unrouteable address',
        source: 'Exim main log line from a public forum post, quoted in cpanel-api.md §6.2',
      },
      {
        text: 'H=[V4NET.0.0.1] F=<userx@test.ex> rejected RCPT verify@test.ex: Unrouteable address',
        source: 'Exim test suite log (Exim/exim test/log), quoted in cpanel-api.md §6.2',
      },
      {
        text: 'nyan@haineko.org Unrouteable address',
        source: 'Sisimai corpus, lhost-mailru-06.eml (Exim-based bounce)',
      },
      {
        text: 'The mail server could not deliver mail to kijitora@example.net.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
        source: 'Sisimai corpus, lhost-exim-31.eml (cPanel exim.conf :fail: text, cpanel-api.md §6.4)',
      },
      {
        text: "DNS Error: 16578478 DNS type 'mx' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'mx' lookup of gmal.com had no relevant answers. 16578478 DNS type 'aaaa' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'aaaa' lookup of gmal.com had no relevant answers.",
        source: 'Sisimai corpus, rfc3464-62.eml (Gmail)',
      },
    ],
    nearMisses: [
      {
        text: 'H=(exim.test.ex) [V4NET.0.0.97] sender verify fail for <junkjunk@exim.test.ex>: Unrouteable address',
        why: 'Here the unrouteable address is the SENDER, found during sender verification.',
        expected: 'sender-verify-failed',
      },
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 550 Unroutable sender address',
        why: 'The receiver cannot route back to our sender address.',
        expected: 'sender-verify-failed',
      },
    ],
  },
  {
    id: 'recipient-domain-not-found',
    match: {
      phrases: [
        'responded with code nxdomain',
        'domain name not found',
        'host or domain name not found',
        'infodomainnonexistent',
        'dns domain',
        "able to find the recipient domain",
        "couldn't find any host named",
        'recipient address rejected: domain not found',
        'because the domain is not reachable',
        'no such domain',
        'host unknown',
        'dns lookup failure: host',
      ],
      // The look-ahead keeps the short "dns domain" to its "… does not exist" form; the rest captures the domain.
      pattern: new RegExp(
        `^(?=.*(?:nxdomain|not found|does not exist|nonexistent|find the recipient domain|find any host named|not reachable|no such domain|host unknown))(?:.*?(?:lookup of |not found: |name=|dns domain |host named |lookup failure: host )(?<domain>${DOMAIN}))?`,
      ),
      // Postfix's dns_strerror() writes a failed look-up (TRY_AGAIN: no answer from the domain's nameservers) as "Host
      // not found, try again": the domain may well exist, the look-up did not finish. NO_DATA, "Host found but no data
      // record of requested type", is a domain that exists without the record: no mail server.
      unless: ['sender address', 'sender domain', 'sender verify', 'verification failed', 'client host', 'host not found, try again', 'host found but no data record'],
      stages: ['rcpt-to', 'connect', 'routing', 'data', 'end-of-data'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het domein van de ontvanger bestaat niet',
      en: "The recipient's domain does not exist",
    },
    explanation: {
      nl: 'Volgens DNS bestaat {domain} niet (meer): er is geen enkel record voor gevonden, dus ook geen mailserver. Meestal is het domein verkeerd gespeld of opgeheven. Heel soms is het een storing bij de nameservers van dat domein, vooral als je er kort geleden nog wel mail van kreeg.',
      en: 'According to DNS, {domain} does not exist (any more): no record at all was found, so no mail server either. Usually the domain is misspelled or has been cancelled. Very occasionally the domain\'s nameservers are having an outage, especially if you received mail from it recently.',
    },
    fix: {
      nl: [
        'Controleer de spelling van het deel na de @ (bijvoorbeeld hotmail.nl in plaats van hotmial.nl).',
        'Zoek het domein op met een DNS-check (bijvoorbeeld MXToolbox). Bestaat het echt niet, vraag de ontvanger dan om een ander adres.',
        'Kreeg je kort geleden nog mail van dit domein, wacht dan een paar uur en verstuur het opnieuw: dan is het waarschijnlijk een storing bij hun nameservers.',
      ],
      en: [
        'Check the spelling of the part after the @ (for example hotmail.com typed as hotmial.com).',
        'Look the domain up with a DNS check (for example MXToolbox). If it really does not exist, ask the recipient for another address.',
        'If you received mail from this domain recently, wait a few hours and send again: their nameservers are probably having an outage.',
      ],
    },
    crossCheck: {
      nl: 'Live DNS van het domein van de ontvanger: bestaat het (NS, SOA), en heeft het MX- of A-records.',
      en: "Live DNS of the recipient's domain: does it exist (NS, SOA), and does it have MX or A records.",
    },
    examples: [
      {
        text: "DNS type 'mx' lookup of domein.nl responded with code NXDOMAIN Domain name not found: domein.nl",
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp",
        source: 'Sisimai corpus, rfc3464-53.eml (Gmail)',
      },
      {
        text: '<kijitora@neko.example.jp>: Host or domain name not found. Name service error for name=neko.example.jp type=AAAA: Host not found',
        source: 'Sisimai corpus, lhost-postfix-06.eml',
      },
      {
        text: 'DNS lookup failure: host example.net not found',
        source: 'DragonFly Mail Agent (dma) net.c: the reply when the MX and address look-ups of the domain fail',
      },
      {
        text: 'Diagnostic-Code: X-Outbound-Mail-Relay; Host or domain name not found. Name service error for name=haineko.org type=A: Host not found',
        source: 'Sisimai corpus, rhost-aol-05.eml',
      },
      {
        text: "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
        source: 'Google Workspace "Gmail SMTP errors and codes" reference',
      },
      {
        text: '554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)',
        source: 'Sisimai corpus, rhost-outlook-03.eml (Outlook.com)',
      },
      { text: '550 Host unknown', source: 'Sisimai corpus, lhost-sendmail-24.eml' },
      { text: 'No such domain.', source: 'Sisimai corpus, lhost-courier-04.eml' },
    ],
    nearMisses: [
      {
        text: 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again',
        why: "Postfix's TRY_AGAIN: the domain's nameservers did not answer; the look-up failed, the domain may exist.",
        expected: 'remote-server-unreachable',
      },
      {
        text: 'Host or domain name not found. Name service error for name=mail.example.org type=A: Host found but no data record of requested type',
        why: "Postfix's NO_DATA: the name exists but has no address record, so there is no server to deliver to.",
        expected: 'no-mail-exchanger',
      },
      {
        text: "DNS Error: 80458680 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
        why: 'The domain exists (NOERROR) but publishes a null MX: it deliberately receives no mail.',
        expected: 'recipient-null-mx',
      },
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<sironeko@neko.example.com>: 553 Sender address rejected: Domain not found',
        why: 'The receiver cannot find OUR sender domain, not the recipient domain.',
        expected: 'sender-verify-failed',
      },
    ],
  },
  {
    id: 'recipient-null-mx',
    match: {
      phrases: [
        'returned null mx',
        'null mx',
        'nullmx',
        "doesn't receive email according to the administrator",
        'does not accept mail',
        'domain does not accept email',
        'domain does not accept e-mail',
        'an mx or srv record indicated no smtp service',
      ],
      pattern: new RegExp(`^(?:.*?(?:lookup of |the domain |domain )(?<domain>${DOMAIN}))?`),
      // "does not accept mail from <you>" is a block, and "this address does not accept mail" one mailbox: not a domain without mail.
      unless: ['sender address', 'sender verify', 'verification failed', 'does not accept mail from', 'address does not accept mail'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Dit domein ontvangt geen e-mail',
      en: 'This domain does not receive email',
    },
    explanation: {
      nl: 'De eigenaar van {domain} heeft in DNS vastgelegd dat het domein helemaal geen e-mail ontvangt (een zogenaamde null MX, RFC 7505). Elk bericht naar dit domein wordt daarom direct geweigerd; opnieuw proberen heeft geen zin.',
      en: 'The owner of {domain} has published in DNS that the domain receives no email at all (a so-called null MX, RFC 7505). Every message to this domain is therefore refused straight away; trying again will not help.',
    },
    fix: {
      nl: [
        'Controleer of je het goede domein hebt: misschien bedoelde je een ander domein van dezelfde organisatie.',
        'Vraag de ontvanger via een andere weg om een adres dat wel mail ontvangt.',
        'Is het je eigen domein en wil je er wel mail op ontvangen: verwijder de null MX (MX met prioriteit 0 en doel ".") en zet de juiste MX terug.',
      ],
      en: [
        'Check that you have the right domain: perhaps you meant another domain of the same organisation.',
        'Ask the recipient another way for an address that does receive mail.',
        'If it is your own domain and you do want to receive mail on it: remove the null MX (an MX with priority 0 and target ".") and restore the right MX.',
      ],
    },
    crossCheck: {
      nl: 'Live MX van het domein: één MX-record met voorkeur 0 en doel "." is een null MX.',
      en: 'Live MX of the domain: a single MX record with preference 0 and target "." is a null MX.',
    },
    examples: [
      {
        text: "DNS Error: 80458680 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
        source: 'Sisimai corpus, rfc3464-52.eml (Gmail)',
      },
      {
        text: 'Status: 5.1.10 (host/domain does not accept mail)',
        source: 'Sisimai corpus, lhost-messagingserver-10.eml',
      },
      {
        text: 'Diagnostic-Code: SMTP; 550 Host does not accept mail',
        source: 'Sisimai corpus, lhost-sendmail-57.eml',
      },
      {
        text: 'an MX or SRV record indicated no SMTP service',
        source: 'Exim dnslookup router message (src/src/routers/dnslookup.c, Exim 4.95+)',
      },
    ],
    nearMisses: [
      {
        text: "DNS type 'mx' lookup of domein.nl responded with code NXDOMAIN Domain name not found: domein.nl",
        why: 'NXDOMAIN: the domain does not exist at all, rather than existing and refusing mail.',
        expected: 'recipient-domain-not-found',
      },
    ],
  },
  {
    id: 'no-mail-exchanger',
    match: {
      phrases: ["couldn't find a mail exchanger or ip address", "couldn't find a mail exchanger"],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Geen mailserver gevonden voor het adres',
      en: 'No mail server found for the address',
    },
    explanation: {
      nl: 'De verzendende server (qmail) vond voor het adres geen mailserver en geen IP-adres. Vaak komt dat niet door het domein maar door hoe het adres geschreven is, bijvoorbeeld enkele aanhalingstekens rond de naam ("\'Voornaam Achternaam\'" <naam@domein.nl>), waardoor het domeindeel verkeerd gelezen wordt.',
      en: 'The sending server (qmail) found no mail server and no IP address for the address. Often the cause is not the domain but how the address is written, for example single quotes around the name ("\'First Last\'" <name@domain.com>), so that the domain part is read wrongly.',
    },
    fix: {
      nl: [
        'Open het adres in je adresboek of mailprogramma en haal extra aanhalingstekens weg: gebruik "Voornaam Achternaam" <naam@domein.nl> of alleen naam@domein.nl.',
        'Controleer of het domein na de @ goed gespeld is.',
        'Verstuur het bericht opnieuw.',
      ],
      en: [
        'Open the address in your address book or mail program and remove extra quotes: use "First Last" <name@domain.com> or just name@domain.com.',
        'Check that the domain after the @ is spelled correctly.',
        'Send the message again.',
      ],
    },
    examples: [
      {
        text: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: "<neko@nyaan.jp>: Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
        source: 'Sisimai corpus, lhost-qmail-11.eml',
      },
      {
        text: "<nyaan@example.org>: Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4) --- Below this line is a copy of the message.",
        source: 'Sisimai corpus, lhost-qmail-12.eml',
      },
    ],
    nearMisses: [
      {
        text: "Sorry, I couldn't find any host named nyaan.example.jp. (#5.1.2)",
        why: 'qmail found no host of that name at all: the domain does not exist.',
        expected: 'recipient-domain-not-found',
      },
    ],
  },
  {
    id: 'cloudflare-mx',
    match: {
      phrases: ['_dc-mx.'],
      pattern: /(?<host>_dc-mx\.[a-z0-9.-]+[a-z0-9])/,
      providers: ['cloudflare'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'De MX staat achter de proxy van Cloudflare',
      en: "The MX sits behind Cloudflare's proxy",
    },
    explanation: {
      nl: 'De DNS van het domein staat bij Cloudflare, en de naam waar de MX naar wijst wordt door Cloudflare geproxied (oranje wolk) of is een CNAME. Cloudflare stuurt geen e-mail door en vervangt de MX daarom door een hulpnaam die met _dc-mx begint. Andere servers kunnen daar geen mail op afleveren, dus berichten aan dit domein worden geweigerd.',
      en: "The domain's DNS is at Cloudflare, and the name the MX points to is proxied by Cloudflare (orange cloud) or is a CNAME. Cloudflare does not pass on email, so it replaces the MX with a helper name starting with _dc-mx. Other servers cannot deliver to that name, so messages to this domain are refused.",
    },
    fix: {
      nl: [
        'Log in bij Cloudflare en open de DNS-records van het domein.',
        'Zet het record waar de MX naar wijst (bijvoorbeeld mail.jouwdomein.nl) op DNS only (grijze wolk) in plaats van Proxied.',
        'Is mail.jouwdomein.nl een CNAME, verwijder die dan en maak een A-record met het IP-adres van de mailserver (te vinden in cPanel).',
        'Wacht tot de wijziging zichtbaar is (controleer met een MX-check) en laat de afzender het bericht opnieuw versturen.',
      ],
      en: [
        "Log in to Cloudflare and open the domain's DNS records.",
        'Set the record the MX points to (for example mail.yourdomain.com) to DNS only (grey cloud) instead of Proxied.',
        "If mail.yourdomain.com is a CNAME, delete it and create an A record with the mail server's IP address (shown in cPanel).",
        'Wait until the change is visible (check with an MX lookup) and ask the sender to send the message again.',
      ],
    },
    crossCheck: {
      nl: 'Live DNS: of het MX-doel een CNAME is of naar een Cloudflare-proxyadres wijst in plaats van naar de mailserver.',
      en: "Live DNS: whether the MX target is a CNAME or resolves to a Cloudflare proxy address instead of the mail server.",
    },
    examples: [
      {
        text: "Remote Server returned '554 5.1.2 <_dc-mx.8bd5385daff6.domain.com #5.1.2>'",
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: '554 5.1.2 <_dc-mx.8bd5385daff6.domain.com #5.1.2>',
        source: 'The same reply from the seed article without the Outlook "Remote Server returned" wrapper',
      },
    ],
    nearMisses: [
      {
        text: "Remote Server returned '554 5.1.2 <mail.voorbeeld.nl #5.1.2>'",
        why: 'Same code, but the MX host is an ordinary name, not a Cloudflare _dc-mx helper name.',
        expected: 'recipient-domain-not-found',
      },
    ],
  },
  {
    id: 'mx-invalid-record',
    match: {
      phrases: [
        'invalid dns mx or a/aaaa resource record',
        'all relevant mx records point to non-existent hosts',
        'mx records point to non-existent hosts',
      ],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De MX wijst naar een naam zonder geldig IP-adres',
      en: 'The MX points to a name without a valid IP address',
    },
    explanation: {
      nl: 'Een MX-record moet wijzen naar een hostnaam die zelf een A- (of AAAA-) record heeft. Hier wijst de MX naar een naam die niet bestaat, naar een CNAME, of rechtstreeks naar een IP-adres. De ontvangende of verzendende server vindt daardoor geen geldige mailserver.',
      en: 'An MX record must point to a host name that has its own A (or AAAA) record. Here the MX points to a name that does not exist, to a CNAME, or directly to an IP address. The receiving or sending server therefore finds no valid mail server.',
    },
    fix: {
      nl: [
        'Zoek uit om welk domein het gaat (het afzender- of ontvangerdomein) en bekijk de MX met een MX-check.',
        'Wijst de MX naar bijvoorbeeld mail.jouwdomein.nl en is dat een CNAME: vervang die CNAME door een A-record met het IP-adres van de mailserver.',
        'Of laat de MX wijzen naar een hostnaam die wel een A-record heeft; een MX mag nooit rechtstreeks een IP-adres bevatten.',
      ],
      en: [
        'Find out which domain it is about (the sender or the recipient domain) and look at its MX with an MX check.',
        "If the MX points to, say, mail.yourdomain.com and that is a CNAME: replace the CNAME with an A record holding the mail server's IP address.",
        'Or point the MX to a host name that does have an A record; an MX must never contain an IP address directly.',
      ],
    },
    crossCheck: {
      nl: 'Live DNS: of het MX-doel een CNAME is, een IP-adres is, of geen A/AAAA-record heeft.',
      en: 'Live DNS: whether the MX target is a CNAME, an IP address, or has no A/AAAA record.',
    },
    examples: [
      { text: '550 invalid DNS MX or A/AAAA resource record', source: 'Seed article (email-problemen-debuggen), public sample' },
      {
        text: 'all relevant MX records point to non-existent hosts',
        source: 'Exim dnslookup router message (src/src/routers/dnslookup.c)',
      },
      {
        text: 'all relevant MX records point to non-existent hosts or (invalidly) to IP addresses',
        source: 'Exim dnslookup.c, quoted as the subject of tzo.com helpdesk article 346',
      },
    ],
    nearMisses: [
      {
        text: "Remote Server returned '554 5.1.2 <_dc-mx.8bd5385daff6.domain.com #5.1.2>'",
        why: 'Also an MX that cannot be used, but specifically one hidden behind the Cloudflare proxy.',
        expected: 'cloudflare-mx',
      },
    ],
  },
  {
    id: 'sender-domain-no-nameservers',
    match: {
      phrases: ['missing-nameserver-registration'],
      pattern: new RegExp(`^(?:.*?missing-nameserver-registration: (?<domain>${DOMAIN}))?`),
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Geen nameservers gevonden voor het afzenderdomein',
      en: 'No nameservers found for the sender domain',
    },
    explanation: {
      nl: 'De ontvangende server kon geen nameservers vinden voor {domain}, het domein van je afzenderadres, en vertrouwt het bericht daarom niet. Vaak is dit een tijdelijke storing bij de ontvangende server; soms is de domeinregistratie of de nameserver-instelling echt niet in orde.',
      en: 'The receiving server could not find nameservers for {domain}, the domain of your sender address, and therefore does not trust the message. Often this is a temporary problem at the receiving server; sometimes the domain registration or its nameserver setting really is wrong.',
    },
    fix: {
      nl: [
        'Controleer met een DNS-check (bijvoorbeeld MXToolbox) of je domein nameservers heeft en of die antwoorden.',
        'Zijn de nameservers in orde, verstuur het bericht dan na een uur opnieuw: het lag dan waarschijnlijk aan de ontvangende server.',
        'Ontbreken ze, controleer dan bij je domeinregistratie of het domein actief is en de juiste nameservers heeft, of neem contact op met {support}.',
      ],
      en: [
        'Check with a DNS tool (for example MXToolbox) that your domain has nameservers and that they answer.',
        'If the nameservers are fine, send the message again after an hour: the receiving server was probably at fault.',
        'If they are missing, check with your domain registration that the domain is active and has the right nameservers, or contact {support}.',
      ],
    },
    crossCheck: {
      nl: 'Live NS-records van het afzenderdomein en of die nameservers antwoorden.',
      en: 'Live NS records of the sender domain and whether those nameservers answer.',
    },
    examples: [
      {
        text: '553 Malformed (Missing-NameServer-Registration: domain.nl)',
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<info@domain.nl>: 553 Malformed (Missing-NameServer-Registration: domain.nl)',
        source: "The seed article's reply, written in Exim's Track Delivery form (the wording comes from ASSP's sender-domain check)",
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com>: 550 5.1.7 No such domain neko.example.com.',
        why: 'Another receiver wording about a missing sender domain; not the nameserver-registration check this rule knows.',
        expected: 'sender-address-rejected',
      },
    ],
  },
  {
    id: 'antispam-host-lookup',
    match: {
      phrases: ['antispamcloud.com did not complete'],
      pattern: /host lookup for (?<host>[a-z0-9.-]+) did not complete/,
      providers: ['spamexperts'],
    },
    temporary: true,
    actor: 'hosting-provider',
    title: {
      nl: 'De server kon het spamfilter niet opzoeken',
      en: 'The server could not look up the spam filter',
    },
    explanation: {
      nl: 'Uitgaande mail gaat via het spamfilter van {provider}. De server kon de naam van dat filter niet in DNS opzoeken, doordat de nameservers niet op tijd antwoordden. Het ligt niet aan jouw bericht of instellingen; de server blijft het opnieuw proberen.',
      en: 'Outgoing mail goes through the spam filter of {provider}. The server could not look up the name of that filter in DNS because the nameservers did not answer in time. It is not caused by your message or settings; the server keeps retrying.',
    },
    fix: {
      nl: [
        'Neem contact op met {support} en stuur deze melding mee: er is een probleem met de nameservers dat zij snel kunnen oplossen.',
        'Je hoeft het bericht niet opnieuw te versturen zolang het in de wachtrij staat; controleer later in Bezorging volgen of het is afgeleverd.',
      ],
      en: [
        'Contact {support} and include this message: there is a nameserver problem that they can fix quickly.',
        'You do not need to send the message again while it is still queued; check Track Delivery later to see that it was delivered.',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: 'host lookup for 6049.smtp.antispamcloud.com did not complete',
        source: 'Seed article (email-problemen-debuggen), public sample',
      },
      {
        text: 'host lookup for 6049.smtp.antispamcloud.com did not complete (DNS timeout?)',
        source: 'Exim router wording "host lookup for %s did not complete (DNS timeout?)" (src/src/routers/rf_lookup_hostlist.c) with the seed article\'s host',
      },
    ],
    nearMisses: [
      {
        text: 'host lookup did not complete',
        why: "Exim's DNS timeout for the recipient domain itself, not for the provider's spam filter.",
        expected: 'remote-server-unreachable',
      },
    ],
  },
  {
    id: 'mail-loop',
    match: {
      phrases: [
        'suspected mail loop',
        'possible mail loop',
        'mail loop detected',
        'mail forwarding loop for',
        'maximum forwarding loop count exceeded',
        'aliasing/forwarding loop broken',
        'would create a mail loop',
        'this message is looping',
        'message probably in a routing loop',
        'routing loop detected',
        'too many hops',
        'maximum hop count exceeded',
      ],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het bericht ging in een kringetje rond (mail-lus)',
      en: 'The message went round in circles (mail loop)',
    },
    explanation: {
      nl: 'Elke mailserver die een bericht doorgeeft, zet er een regel bij. Dit bericht kwam zo vaak langs dezelfde servers dat een server het stopte: het werd steeds terug- of doorgestuurd. Meestal komt dat door doorsturingen die naar elkaar wijzen (adres A stuurt door naar B en B weer naar A), of door een domein waarvan de MX-records naar een server wijzen die het bericht weer terugstuurt.',
      en: 'Every mail server that passes a message on adds a line to it. This message passed the same servers so often that a server stopped it: it kept being sent back or forwarded on. Usually this is caused by forwarders that point at each other (address A forwards to B and B back to A), or by a domain whose MX records point to a server that sends the message straight back.',
    },
    fix: {
      nl: [
        'Bekijk de doorstuurregels (forwarders) van het adres in cPanel en van het adres waar naartoe wordt doorgestuurd: haal de doorsturing weg die terugwijst.',
        'Is het ontvangende domein van jou, controleer dan in cPanel bij E-mailroutering en in de DNS of de MX-records naar de juiste server wijzen.',
        'Is het domein niet van jou, stuur de bounce dan naar de ontvanger of diens beheerder: de lus zit aan hun kant.',
      ],
      en: [
        'Look at the forwarders of the address in cPanel and of the address it forwards to: remove the forwarder that points back.',
        "If the receiving domain is yours, check Email Routing in cPanel and the domain's DNS: do the MX records point to the right server?",
        'If the domain is not yours, send the bounce to the recipient or their administrator: the loop is on their side.',
      ],
    },
    examples: [
      { text: 'Too many "Received" headers - suspected mail loop', source: 'Exim: the reply when a message exceeds received_headers_max' },
      { text: '554 5.4.6 Too many hops', source: 'Sendmail, with RFC 3463 X.4.6 (routing loop detected)' },
      { text: '<nekochan@example.org>: mail forwarding loop for nekochan@example.org', source: 'Postfix local(8): the Delivered-To header already names the recipient' },
      { text: "This message is looping: it already has my Delivered-To line. (#5.4.6)", source: 'qmail-local' },
      { text: 'Hop count exceeded - possible mail loop', source: 'Sisimai phrase facts (networkerror)' },
    ],
    nearMisses: [
      { text: 'mail for example.org loops back to myself', why: "The domain's MX points back to the sending server: one server, not a circle of forwards.", expected: 'mx-points-back-here' },
    ],
  },
  {
    id: 'mx-points-back-here',
    match: {
      phrases: ['lowest numbered mx record points to local host', 'remote host address is the local host', 'loops back to myself', 'loop was found in the mail exchanger'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De MX van het domein wijst naar de verzendende server zelf',
      en: "The domain's MX points back to the sending server itself",
    },
    explanation: {
      nl: 'Om het bericht af te leveren zocht de server de MX-records van het domein van de ontvanger op, en die wijzen naar de server zelf. Maar die server beschouwt het domein niet als het zijne, dus zou hij het bericht aan zichzelf doorgeven. Op een cPanel-server gebeurt dat als de E-mailroutering van het domein op "Externe mailserver" staat terwijl de MX nog naar deze server wijst, of als het domein van de server is verhuisd en de MX niet is aangepast.',
      en: 'To deliver the message the server looked up the MX records of the recipient\'s domain, and they point to the server itself. But that server does not treat the domain as its own, so it would hand the message to itself. On a cPanel server this happens when the domain\'s Email Routing is set to "Remote Mail Exchanger" while its MX still points to this server, or when the domain moved away and its MX was not changed.',
    },
    fix: {
      nl: [
        'Komt de mail van dit domein op deze server binnen, zet dan in cPanel bij E-mailroutering het domein op "Lokale mailserver" (of "Automatisch detecteren").',
        'Wordt de mail van dit domein elders ontvangen, laat de MX-records in de DNS van het domein dan naar die andere mailserver wijzen.',
        'Is het domein niet van jou, stuur de bounce dan naar de beheerder van dat domein.',
      ],
      en: [
        'If this domain\'s mail is received on this server, set the domain to "Local Mail Exchanger" (or "Automatically Detect") in cPanel\'s Email Routing.',
        "If this domain's mail is received elsewhere, make the MX records in the domain's DNS point to that other mail server.",
        'If the domain is not yours, send the bounce to the administrator of that domain.',
      ],
    },
    examples: [
      { text: 'lowest numbered MX record points to local host', source: 'Exim: routing error when the MX is this host and the domain is not local' },
      { text: 'remote host address is the local host', source: 'Exim: the smtp transport found its own address among the hosts' },
      { text: '554 5.3.5 mail for example.org loops back to myself', source: 'Sendmail, with RFC 3463 X.3.5 (system incorrectly configured)' },
    ],
    nearMisses: [
      { text: 'Too many "Received" headers - suspected mail loop', why: 'A circle of forwards between servers, not an MX that names the sender.', expected: 'mail-loop' },
      { text: 'all relevant MX records point to non-existent hosts', why: 'The MX names hosts that do not exist, not this server.', expected: 'mx-invalid-record' },
    ],
  },
];
