/**
 * Refusals because of what is in the message: spam scores (remote, the
 * outbound filter, SpamAssassin in webmail), blocklisted links and addresses,
 * malformed headers, attachments, size and viruses.
 */
import type { Rule } from '../types';

export const contentRules: readonly Rule[] = [
  {
    id: 'remote-spam-content',
    match: {
      phrases: [
        'high probability of spam',
        'message rejected as spam',
        'has been scored as spam',
        'spam message rejected',
        'message content rejected, ube',
        'message content rejected',
        'mail rejete. mail rejected. ofr_506',
        'recipient address rejected: spam detected',
        'spam detected',
        'message contains spam',
        'blocked due to spam content',
        'high spam score',
        'rejected due to spam classification',
      ],
      // "marked as spam source" is a verdict on the sending IP, not on the message.
      unless: ['spam source'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger zag je bericht als spam',
      en: 'The receiver took your message for spam',
    },
    explanation: {
      nl: 'De server van de ontvanger heeft de inhoud van je bericht gescand en vond dat het te veel op spam leek. Dat komt meestal door bepaalde woorden, veel links, een link naar een site die vaak in spam voorkomt, of door een bijlage. Het bericht is niet afgeleverd.',
      en: 'The receiving server scanned the content of your message and found it looked too much like spam. That is usually caused by certain words, many links, a link to a site often seen in spam, or an attachment. The message was not delivered.',
    },
    fix: {
      nl: [
        'Kijk kritisch naar het bericht: haal overbodige links weg (ook in je handtekening), gebruik geen verkorte links en geen schreeuwerige onderwerpregel.',
        'Stuur bijlagen als PDF of via een link naar een bestandsdienst, niet als zip of document met macro’s.',
        'Zorg dat SPF en DKIM van je domein in orde zijn (je SPF-record hoort include:{spfInclude} te bevatten); dat verlaagt de spamscore.',
        'Blijft het misgaan, stuur de foutmelding dan door naar {support}.',
      ],
      en: [
        'Look at the message critically: remove links you do not need (signature included), avoid shortened links and shouting subject lines.',
        'Send attachments as PDF or as a link to a file service, not as a zip or a document with macros.',
        'Make sure your domain’s SPF and DKIM are in order (your SPF record should contain include:{spfInclude}); that lowers the spam score.',
        'If it keeps failing, forward the error to {support}.',
      ],
    },
    links: ['spamPrevention', 'spf', 'dkim'],
    examples: [
      { text: '554 5.7.1 [P2] Message blocked due to spam content in the message.', source: 'AT&T / Yahoo postmaster, content block reply [P2]' },
      {
        text: 'SMTP error from remote mail server after end of data: 550 High probability of spam',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'SMTP error from remote mail server after end of data:\nhost exchange.tsohost.co.uk [195.62.29.126]: 550 5.7.1 Message rejected as spam by Content Filtering.',
        source: 'Exim bounce pasted on pastebin.com (zFzcEWws)',
      },
      {
        text: '550 5.7.1 Message content rejected, UBE, id=00000-22-225',
        source: 'Sisimai corpus, lhost-barracuda-01.eml (Diagnostic-Code)',
      },
      {
        text: '<kijitora@example.jp>: host mta.example.com[192.0.2.225] said: 554\n    5.6.0 This message has been scored as spam with a probability of more than\n    90% (in reply to end of DATA command)',
        source: 'Sisimai corpus, lhost-postfix-39.eml',
      },
      {
        text: '550 5.7.0 <spamdetected@libsisimai.net>: Recipient address rejected: Spam detected. See https://libsisimai.org/en/reason/#spamdetected',
        source: 'Sisimai corpus, lhost-dragonfly-20.eml',
      },
      {
        text: 'SMTP error from remote mail server after end of data:\n    host smtp.wanadoo.fr [192.0.2.1]: 550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]',
        source: 'Sisimai corpus, rhost-franceptt-03.eml (Orange; Sisimai records it as spamdetected)',
      },
      {
        text: 'Diagnostic-Code: SMTP; 550 5.7.1 message content rejected',
        source: 'Sisimai corpus, lhost-sendmail-38.eml',
      },
      {
        text: '<grpeake@grpeake.plus.com> failed: grpeake.plus.com->MX:\n552 Spam Message Rejected',
        source: 'Halon gateway bounce pasted on pastebin.com (3T4bwyuY)',
      },
    ],
    nearMisses: [
      {
        text: '550 Mailbox unavailable. See http://www.example.org/spam-policy.html',
        why: 'The word "spam" is only part of a link to a policy page; the refusal itself gives no spam verdict, only RFC 5321\'s "mailbox unavailable".',
        expected: 'recipient-unknown',
      },
      {
        text: '550 Message contained spam content (antispamcloud.spam.lnkphs01)',
        why: 'The own outbound filter stopped it before it left; a false positive is reported through support, not fixed with the receiver.',
        expected: 'spamexperts-spam-content',
      },
      {
        text: 'SMTP-fout: [550] This message was classified as SPAM and may not be delivered',
        why: 'SpamAssassin on the own server refused it in webmail; it never reached a receiver.',
        expected: 'outgoing-spamassassin',
      },
    ],
  },
  {
    id: 'spamexperts-spam-content',
    match: {
      phrases: ['message contained spam content'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het spamfilter voor uitgaande mail hield je bericht tegen',
      en: 'The outgoing spam filter stopped your message',
    },
    explanation: {
      nl: 'Voordat je mail de server verlaat, controleert een spamfilter voor uitgaande mail (SpamExperts) elk bericht. Dit bericht kreeg een hoge spamscore, meestal door een link of een stuk tekst dat vaak in spam voorkomt, en is daarom teruggestuurd zonder te worden verzonden. De code tussen haakjes zegt welk onderdeel van het filter aansloeg.',
      en: 'Before your mail leaves the server, an outgoing spam filter (SpamExperts) checks every message. This one got a high spam score, usually because of a link or a piece of text often seen in spam, so it was returned without being sent. The code in brackets names the part of the filter that fired.',
    },
    fix: {
      nl: [
        'Is het een gewoon, gewenst bericht, stuur de foutmelding (met het oorspronkelijke bericht) dan door naar {support}; die meldt het als vals alarm, zodat vergelijkbare mail voortaan wel doorkomt.',
        'Moet het nu meteen weg, haal dan de links weg of pas de tekst aan en verstuur het opnieuw.',
      ],
      en: [
        'If it is an ordinary, wanted message, forward the error (with the original message) to {support}; they report it as a false positive so similar mail gets through from then on.',
        'If it has to go out now, remove the links or change the text and send it again.',
      ],
    },
    examples: [
      {
        text: '550 Message contained spam content (antispamcloud.spam.lnkphs01)',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 Message contained spam content (antispamcloud.spam.lnkphs01)',
        source: 'Constructed: the seed’s reply in Exim’s bounce form (no second public capture found)',
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after end of data: 550 High probability of spam',
        why: 'The receiving server scored it as spam, not the own outbound filter.',
        expected: 'remote-spam-content',
      },
    ],
  },
  {
    id: 'outgoing-spamassassin',
    match: {
      // cPanel's Exim ACL when outgoing mail is scanned ("SpamAssassin as cpaneleximscanner detected OUTGOING smtp
      // message as spam"); the same ACL logs "… as NOT spam" for a message it let through.
      phrases: ['this message was classified as spam and may not be delivered', 'cpaneleximscanner detected outgoing'],
      unless: ['as not spam'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De server weigerde je bericht als spam te versturen',
      en: 'The server refused to send your message as spam',
    },
    explanation: {
      nl: 'Berichten die je via de webmail verstuurt, en op veel servers ook die uit je mailprogramma, worden op de server eerst door SpamAssassin gecontroleerd. Dit bericht had zoveel kenmerken van spam dat de server het niet wilde versturen; zo voorkomt hij dat hij zelf op zwarte lijsten belandt.',
      en: 'Messages you send from webmail, and on many servers those from your mail program too, are first checked by SpamAssassin on the server. This one had so many signs of spam that the server would not send it; that way the server keeps itself off blocklists.',
    },
    fix: {
      nl: [
        'Pas de tekst aan: minder links, geen zinnen in hoofdletters of met rijen uitroeptekens, en een duidelijke onderwerpregel.',
        'Verstuurde je het via de webmail, verstuur het dan vanuit je mailprogramma, ingelogd op de uitgaande server {mailServer}.',
        'Lukt beide niet, stuur de melding dan naar {support}.',
      ],
      en: [
        'Change the text: fewer links, no sentences in capitals or with rows of exclamation marks, and a clear subject line.',
        'If you sent it from webmail, send it from your mail program instead, logged in to the outgoing server {mailServer}.',
        'If neither works, send the error to {support}.',
      ],
    },
    crossCheck: {
      nl: 'De audit kijkt naar de SpamAssassin-instellingen van het account (aan of uit, drempelwaarde).',
      en: 'The audit looks at the account’s SpamAssassin settings (on or off, threshold).',
    },
    links: ['spamPrevention'],
    examples: [
      {
        text: 'SMTP-fout: [550] This message was classified as SPAM and may not be delivered',
        source: 'Seed article (email-problemen-debuggen), Roundcube in Dutch',
      },
      {
        text: '550 This message was classified as SPAM and may not be delivered',
        source: 'Brixly help article "Understanding and resolving the 550 This message was classified as SPAM error"',
      },
      {
        text: 'SMTP Error: [550] This message was classified as SPAM and may not be delivered',
        source: 'Constructed: the cPanel ACL text (reference/cpanel-api.md §6.4) with the prefix English Roundcube puts before it',
      },
      {
        text: '2026-03-02 10:14:07 1vQx2a-0003Lp-2k H=(laptop) [192.0.2.40]:51522 F=<ans@voorbeeld.nl> rejected after DATA: "SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as spam (URIBL domains: ) (Spam score: 6.2) (Subject: Offerte)"',
        source: "Constructed: cPanel's Exim ACL when outgoing mail is scanned, in main-log form; host, ids and score illustrative",
      },
    ],
    nearMisses: [
      {
        text: '2026-03-02 10:15:40 1vQx3b-0003Lq-4m H=(laptop) [192.0.2.40]:51530 Warning: "SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as NOT spam (-0.1)"',
        why: 'The same scan letting a message through: a warning in the log, nothing was refused.',
        expected: 'unknown',
      },
      {
        text: 'SMTP error from remote mail server after end of data:\nhost exchange.tsohost.co.uk [195.62.29.126]: 550 5.7.1 Message rejected as spam by Content Filtering.',
        why: 'The receiving server rejected it after it left; SpamAssassin on the own server let it go.',
        expected: 'remote-spam-content',
      },
    ],
  },
  {
    id: 'url-blocklisted',
    match: {
      phrases: ['a url in this email', 'blacklisted url in message', 'blocked url', 'blocklisted url', 'blacklisted url', 'link to a domain on our blocklist', 'contains a blocked link'],
      // Optional: the link and the list, for the explanation, where the reply names them.
      pattern: /^(?:.*?a url in this email(?: \((?<url>[^)]+)\))?(?: is listed on (?<list>\S+?)(?=\.?(?:\s|$)))?)?/,
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Een link in je bericht staat op een zwarte lijst',
      en: 'A link in your message is on a blocklist',
    },
    explanation: {
      nl: 'In je bericht staat {url}, en dat adres staat op {list}, een lijst met domeinen die in spam worden gebruikt. Daarom weigerde de ontvangende server het bericht. Het ligt niet aan je mailserver of je e-mailadres, maar aan die ene link.',
      en: 'Your message contains {url}, and that address is on {list}, a list of domains used in spam. That is why the receiving server refused the message. It is not your mail server or your address, only that one link.',
    },
    fix: {
      nl: [
        'Verstuur het bericht opnieuw zonder die link; kijk ook in je handtekening en in geciteerde eerdere berichten.',
        'Gebruik geen verkorte links (zoals bit.ly of ow.ly): die staan vaak op zulke lijsten.',
        'Is het je eigen website, controleer dan of de site niet gehackt is en vraag daarna de beheerder van de lijst om verwijdering.',
      ],
      en: [
        'Send the message again without that link; also check your signature and quoted earlier messages.',
        'Avoid shortened links (such as bit.ly or ow.ly): they often end up on such lists.',
        'If it is your own website, check that the site has not been hacked, then ask the list’s operator for removal.',
      ],
    },
    links: ['spamPrevention'],
    examples: [
      { text: '554 5.7.1 Message rejected due to a blocked URL', source: 'URI blocklist checks of receiving filters (SURBL/URIBL-style), the refusal wording' },
      {
        text: '550 A URL in this email (voorbeeld . xyz) is listed on multi.uribl.com. Please resolve and retry',
        source: 'Seed article (email-problemen-debuggen), as in the public samples',
      },
      {
        text: 'smtp;550 A URL in this email (goededeal . com) is listed on https://spamrl.com/. Please resolve and retry',
        source: 'Bounce texts collected in a public repository (Tele2 and other receivers)',
      },
      {
        text: '550 A URL in this email (goqualivo.com) is listed on https://www.surbl.org/lists',
        source: 'Gmail-relayed bounce quoted in a public repository incident note (2026)',
      },
      {
        text: '2026-04-06 00:14:42 [2815675] 1w9aQ8-00BoU7-Qc F=aerocesnaescuela@gmail.com H=mail-pf1-f171.google.com [209.85.210.171] I=[45.173.0.25]:25 P=esmtps rejected by local_scan(): A URL in this email (ow . ly/iuvu50XSIHi) is listed on https://www.surbl.org/lists',
        source: 'exim4 main-log line quoted in a public repository',
      },
      {
        text: '550-REJECTED - Blacklisted URL in message. (example.com) in [black].\n550-See http://lookup.uribl.com. - Blacklisted Link - X=pascal',
        source: 'Sisimai corpus, lhost-imailserver-06.eml',
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.1 Recipients have complained about included content (B-URL)',
        why: 'Strato’s own complaint list, not a public URL blocklist; Strato is the one to ask.',
        expected: 'strato-burl',
      },
    ],
  },
  {
    id: 'strato-burl',
    match: {
      phrases: ['recipients have complained about included content', '(b-url)'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Strato weigert een link in je bericht (B-URL)',
      en: 'Strato refuses a link in your message (B-URL)',
    },
    explanation: {
      nl: "De ontvanger heeft zijn mail bij Strato. Strato houdt een eigen lijst bij van links waarover ontvangers hebben geklaagd (de 'B-URL'-lijst), en je bericht bevat zo'n link. Dat kan ook een link in je handtekening zijn.",
      en: "The recipient's mail is hosted at Strato. Strato keeps its own list of links that recipients complained about (the 'B-URL' list), and your message contains one of them. It may also be a link in your signature.",
    },
    fix: {
      nl: [
        'Verstuur het bericht opnieuw zonder links, ook zonder links in de handtekening; dan komt het normaal gesproken wel aan.',
        'Weet je welke link het is en is die in orde, vraag de ontvanger dan om het bij Strato te melden, of neem zelf contact op met de support van Strato.',
      ],
      en: [
        'Send the message again without any links, including the ones in your signature; it normally gets through then.',
        'If you know which link it is and it is legitimate, ask the recipient to raise it with Strato, or contact Strato support yourself.',
      ],
    },
    examples: [
      {
        text: '550 5.7.1 Recipients have complained about included content (B-URL)',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'Die Antwort vom Remoteserver ist: 550 5.7.1 Recipients have complained about included content (B-URL)',
        source: 'Gmail bounce (German) quoted in a public repository incident note (2026)',
      },
      {
        text: 'SMTP error from remote mail server after end of data: host smtpin.rzone.de [81.169.145.97]: 550 5.7.1 Recipients have complained about included content (B-URL)',
        source: 'Constructed: the seed’s reply in Exim’s bounce form, Strato MX as remote host',
      },
    ],
    nearMisses: [
      {
        text: '550 A URL in this email (voorbeeld . xyz) is listed on multi.uribl.com. Please resolve and retry',
        why: 'A public URL blocklist, not Strato’s own complaint list.',
        expected: 'url-blocklisted',
      },
    ],
  },
  {
    id: 'known-spam-address',
    match: {
      phrases: ['contains a known spam email address'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Je bericht bevat een e-mailadres dat als spam bekendstaat',
      en: 'Your message contains an address known for spam',
    },
    explanation: {
      nl: 'Ergens in het bericht staat een e-mailadres dat eerder voor spam is gebruikt en daarom op een zwarte lijst staat: in de tekst, in een bijlage of als antwoordadres (Reply-To). Het filter weigert elk bericht waarin dat adres voorkomt, hoe onschuldig de rest ook is.',
      en: 'Somewhere in the message there is an email address that was used for spam before and is therefore blocklisted: in the text, in an attachment or as the reply-to address. The filter refuses every message that contains it, however harmless the rest is.',
    },
    fix: {
      nl: [
        'Zoek het adres op: kijk in de tekst, in geciteerde eerdere berichten, in bijlagen en bij het antwoordadres.',
        'Verstuur het bericht opnieuw zonder dat adres.',
        'Kun je niet vinden welk adres het is, stuur de foutmelding dan naar {support}.',
      ],
      en: [
        'Find the address: look in the text, in quoted earlier messages, in attachments and at the reply-to address.',
        'Send the message again without that address.',
        'If you cannot find which address it is, send the error to {support}.',
      ],
    },
    examples: [
      {
        text: '550 This message contains a known spam email address.',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 This message contains a known spam email address.',
        source: 'Constructed: the seed’s reply in Exim’s bounce form (no second public capture found)',
      },
    ],
    nearMisses: [
      {
        text: '550 Message contained spam content (antispamcloud.spam.lnkphs01)',
        why: 'The filter scored the whole content as spam; no single blocklisted address is named.',
        expected: 'spamexperts-spam-content',
      },
    ],
  },
  {
    id: 'references-header-too-long',
    match: {
      phrases: ['references header is too long'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De References-kop van het bericht is te lang',
      en: 'The message’s References header is too long',
    },
    explanation: {
      nl: "Elk antwoord in een e-mailgesprek neemt in de kop 'References' een verwijzing naar alle eerdere berichten mee. In een heel lange reeks antwoorden wordt die kop zo lang dat servers het bericht als afwijkend zien en weigeren.",
      en: "Every reply in an email conversation carries a reference to all earlier messages in its 'References' header. In a very long chain of replies that header grows so long that servers see the message as abnormal and refuse it.",
    },
    fix: {
      nl: [
        'Begin een nieuw bericht in plaats van op de lange reeks te antwoorden, en kopieer zo nodig de tekst die je wilt houden.',
        'Wil je zien hoe lang de kop is, open dan het verzonden bericht en bekijk de bron (het origineel).',
      ],
      en: [
        'Start a new message instead of replying to the long chain, and copy over any text you want to keep.',
        'To see how long the header is, open the sent message and view its source (the original).',
      ],
    },
    examples: [
      {
        text: '550 References header is too long',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 References header is too long',
        source: 'Constructed: the seed’s reply in Exim’s bounce form (no second public capture found)',
      },
    ],
    nearMisses: [
      {
        text: 'Diagnostic-Code: SMTP; 552 5.6.0 Headers too large (3 max)',
        why: 'Too many headers of one kind, not an overlong References header; starting a new conversation does not help.',
        expected: 'message-content-rejected',
      },
    ],
  },
  {
    id: 'header-illegal-bom',
    match: {
      phrases: ['headers contain illegal bom', 'illegal bom'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Onzichtbaar ongeldig teken (BOM) in een kopregel',
      en: 'Invisible invalid character (BOM) in a header',
    },
    explanation: {
      nl: 'In een van de kopregels van het bericht, bijvoorbeeld het onderwerp of de naam van de afzender, staat een byte-order mark (BOM): een onzichtbaar teken dat aangeeft hoe tekst is gecodeerd. In een kopregel mag dat niet staan, dus de server weigert het bericht. Meestal komt het van een script of website die de mail maakt, of van tekst die uit een ander programma is geplakt.',
      en: 'One of the message’s header lines, for example the subject or the sender’s name, contains a byte-order mark (BOM): an invisible character that tells how text is encoded. It is not allowed in a header, so the server refuses the message. It usually comes from a script or website that builds the mail, or from text pasted from another program.',
    },
    fix: {
      nl: [
        'Komt het bericht van je website of een script, sla de scriptbestanden dan op als UTF-8 zonder BOM en controleer de teksten die het in onderwerp en afzender zet.',
        'Typ het onderwerp en de afzendernaam opnieuw in plaats van ze te plakken.',
        'Verstuur het bericht daarna opnieuw.',
      ],
      en: [
        'If the message comes from your website or a script, save the script files as UTF-8 without BOM and check the text it puts into subject and sender.',
        'Retype the subject and the sender name instead of pasting them.',
        'Then send the message again.',
      ],
    },
    links: ['wordpressSmtp'],
    examples: [
      {
        text: '550 Headers contain illegal BOM',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 Headers contain illegal BOM',
        source: 'Constructed: the seed’s reply in Exim’s bounce form (no second public capture found)',
      },
    ],
    nearMisses: [
      {
        text: 'Diagnostic-Code: SMTP; 550 5.6.9 improper use of 8-bit data in message header',
        why: 'Unencoded 8-bit characters in a header, not a byte-order mark; the sender’s mail program must encode them.',
        expected: 'message-content-rejected',
      },
    ],
  },
  {
    id: 'executable-in-archive',
    match: {
      phrases: ['executable files are not allowed in compressed files'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Programmabestand in een zip-bijlage geweigerd',
      en: 'Program file inside a compressed attachment refused',
    },
    explanation: {
      nl: 'Een bijlage is een gecomprimeerd bestand (zoals .zip of .rar) met daarin een uitvoerbaar programma of script (.exe, .js, .bat en dergelijke). Omdat virussen vaak zo worden verspreid, weigert de ontvangende server zulke berichten, ook als het bestand onschuldig is.',
      en: 'An attachment is a compressed file (such as .zip or .rar) that holds an executable program or script (.exe, .js, .bat and the like). Because viruses are often spread that way, the receiving server refuses such messages, even when the file is harmless.',
    },
    fix: {
      nl: [
        'Zet het bestand op een bestandsdienst (zoals WeTransfer of een gedeelde map) en stuur alleen de link.',
        'Moet het per mail, vraag de ontvanger dan welk bestandstype hij wel aanneemt.',
      ],
      en: [
        'Put the file on a file transfer service (such as WeTransfer or a shared folder) and send only the link.',
        'If it has to go by email, ask the recipient which file type they do accept.',
      ],
    },
    examples: [
      {
        text: '550 Executable files are not allowed in compressed files',
        source: 'Seed article (email-problemen-debuggen); the same wording is in Sisimai’s ContentError table',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 Executable files are not allowed in compressed files',
        source: 'Constructed: the seed’s reply in Exim’s bounce form (no second public capture found)',
      },
    ],
    nearMisses: [
      {
        text: '550 Virus Detected; Content Rejected',
        why: 'A virus scanner found malware; the file type alone was not the problem.',
        expected: 'virus-detected',
      },
    ],
  },
  {
    id: 'message-too-large',
    match: {
      phrases: [
        'message size exceeds',
        'exceeds maximum message size',
        'message too large',
        'message too big',
        'message file too big',
        'message length exceeds',
        'mail size limit exceeded',
      ],
      unless: ['mailbox full', 'mailbox size', 'mailbox exceeds', 'quota'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Bericht te groot voor de ontvanger',
      en: 'Message too large for the receiver',
    },
    explanation: {
      nl: 'Het bericht is met bijlagen groter dan de ontvangende server aanneemt. Die grens bepaalt de ontvanger, niet jouw server. Let op: bijlagen worden bij het versturen ongeveer een derde groter door de manier waarop ze worden ingepakt.',
      en: 'With its attachments the message is larger than the receiving server accepts. The receiver sets that limit, not your server. Note that attachments grow by about a third when sent, because of the way they are encoded.',
    },
    fix: {
      nl: [
        'Zet grote bestanden op een bestandsdienst of in een gedeelde map en stuur de link.',
        "Of maak de bijlagen kleiner (foto's verkleinen, bestanden comprimeren) of verdeel ze over meerdere berichten.",
        'Verstuur het bericht daarna opnieuw.',
      ],
      en: [
        'Put large files on a file transfer service or in a shared folder and send the link.',
        'Or make the attachments smaller (resize photos, compress files) or spread them over several messages.',
        'Then send the message again.',
      ],
    },
    examples: [
      {
        text: '552 5.2.3 Message size exceeds fixed maximum message size (10485760)',
        source: 'Sisimai corpus, lhost-sendmail-05.eml (Diagnostic-Code)',
      },
      {
        text: '2019-01-21 09:47:20 1glWAm-0060Zi-0F ** narayanparab@rnfiservices.in R=smart_route T=remote_smtp H=linux-outbound-1.shared.c1-tx.colo [10.86.210.5]: SMTP error from remote mail server after pipelined MAIL FROM:<admin@mumpay24.com> SIZE=50408535: 552 5.3.4 Message size exceeds fixed limit',
        source: 'cPanel exim_mainlog excerpt pasted on pastebin.com (sHtnjXMr)',
      },
      {
        text: 'host mta5.am0.yahoodns.net [98.138.112.38]\nSMTP error from remote mail server after MAIL FROM:<info@voorbeeld.nl> SIZE=44728831:\n552 message size exceeds maximum message size',
        source: 'Exim bounce from Yahoo pasted on pastebin.com (MAjBV3zj), sender address obfuscated there and filled in',
      },
      {
        text: '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
        source: 'Sisimai corpus, lhost-exchange2007-03.eml (Diagnostic-Code)',
      },
      {
        text: '552 5.3.4 Message too large',
        source: 'Sisimai corpus, lhost-receivingses-05.eml (Diagnostic-Code)',
      },
      {
        text: 'The error that the other server returned was: 552 552 5.3.4 Error: message file too big (state 18).',
        source: 'Gmail bounce pasted on pastebin.com (HCfTUB06)',
      },
    ],
    nearMisses: [
      {
        text: '552 5.2.2 Mailbox full',
        why: 'The recipient’s mailbox has no room left; the message itself may be small.',
        expected: 'recipient-mailbox-full',
      },
    ],
  },
  {
    id: 'virus-detected',
    match: {
      phrases: [
        'recipient address rejected: virus detected',
        'virus detected',
        'virus was found',
        'contains malware',
        'infected with a virus',
        'contains a virus',
        'infected with virus',
        '- infected:',
        // amavisd-new's log line for a message it stopped: "Blocked INFECTED (virus name)".
        'blocked infected',
        'potentially harmful attachment',
        'malicious content',
        'malicious attachment',
        'banned attachment',
      ],
      unless: ['no virus detected', 'spam/virus'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De virusscanner van de ontvanger vond iets in je bericht',
      en: 'The receiver’s virus scanner flagged your message',
    },
    explanation: {
      nl: 'De ontvangende server heeft het bericht gescand en daarin een virus of ander schadelijk bestand gevonden, meestal in een bijlage. Het bericht is geweigerd. Soms is het vals alarm, maar neem het serieus: een besmette computer kan ongemerkt zulke bijlagen meesturen.',
      en: 'The receiving server scanned the message and found a virus or other harmful content in it, usually in an attachment. The message was refused. It is sometimes a false alarm, but take it seriously: an infected computer can add such attachments without you noticing.',
    },
    fix: {
      nl: [
        'Scan de computer waarmee je het bericht verstuurde met een actuele virusscanner.',
        'Verstuur het bericht opnieuw zonder de verdachte bijlage, of met een schone versie van het bestand.',
        'Zie je verzonden berichten die je niet herkent, wijzig dan het wachtwoord van het e-mailaccount.',
      ],
      en: [
        'Scan the computer you sent the message from with an up-to-date virus scanner.',
        'Send the message again without the suspicious attachment, or with a clean copy of the file.',
        'If you see sent messages you do not recognise, change the email account’s password.',
      ],
    },
    examples: [
      { text: '554 5.7.1 This message has been blocked because it contains a potentially harmful attachment', source: 'attachment and malware filters of receiving gateways (the security verdict, not a policy)' },
      { text: '554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature', source: 'amavisd-new, the reply its virus check gives ("Reject, id=... - INFECTED: <name>", README.customize)' },
      {
        text: '<nyaan@libsisimai.org>: host 127.0.0.1[127.0.0.1] said: 550 Virus Detected;\n    Content Rejected (in reply to end of DATA command)',
        source: 'Sisimai corpus, lhost-postfix-62.eml',
      },
      {
        text: 'host mail.linuxpl.com [78.46.73.197]\nSMTP error from remote mail server after end of data:\n550 Virus was found: SecuriteInfo.com.Spam-4697.UNOFFICIAL',
        source: 'Exim bounce pasted on pastebin.com (FqnNEiV5)',
      },
      {
        text: '550 5.7.0 <virusdetected@libsisimai.net>: Recipient address rejected: Virus detected. See https://libsisimai.org/en/reason/#virusdetected',
        source: 'Sisimai corpus, lhost-dragonfly-25.eml',
      },
      {
        text: '550 This message contains malware (Eicar-Test-Signature)',
        source: 'Exim spec, "Content scanning at ACL time": the documented ACL message "This message contains malware ($malware_name)", name filled in',
      },
      {
        text: 'Your message was infected with a virus. You should download a virus scanner and check your computer for viruses.',
        source: 'Sisimai documentation, Sisimai::Reason::VirusDetected (example bounce text)',
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.1 Message content rejected, UBE, id=00000-22-225',
        why: 'A spam filter rejected the content; no virus was named.',
        expected: 'remote-spam-content',
      },
    ],
  },
];
