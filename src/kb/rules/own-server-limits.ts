/**
 * The own server's sending policy: SMTP authentication, cPanel's hourly
 * limits and its per-mailbox restrictions (hold, suspension), and the
 * outbound spam filter's lock. The cPanel texts are the ones in
 * etc/exim/perl/mail_permissions and etc/exim/acls (reference/cpanel-api.md
 * §6.2, §6.4).
 */
import type { Rule } from '../types';

/** A domain as cPanel prints it: bare, or in single or double quotes. */
const DOMAIN = `["']?(?<domain>[a-z0-9][a-z0-9.-]*[a-z0-9])["']?`;

export const ownServerLimitsRules: readonly Rule[] = [
  // Only the own server's wording: a remote "relaying denied" is relay-denied.
  {
    id: 'smtp-auth-required',
    match: {
      phrases: [
        'relay through this server without authentication',
        'please turn on smtp authentication in your mail client',
        'smtp auth is required for message submission',
      ],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'De uitgaande server wil dat je eerst inlogt',
      en: 'The outgoing server wants you to log in first',
    },
    explanation: {
      nl: 'Je mailprogramma bood een bericht aan de server aan zonder eerst in te loggen. Om te voorkomen dat spammers de server misbruiken, verstuurt hij alleen mail voor afzenders die zich aanmelden met hun e-mailadres en wachtwoord. Dit bericht is daarom niet verstuurd.',
      en: 'Your mail program handed a message to the server without logging in first. To stop spammers from abusing it, the server only sends mail for senders who sign in with their email address and password, so this message was not sent.',
    },
    fix: {
      nl: [
        'Open in je mailprogramma de instellingen van de uitgaande server (SMTP) van dit e-mailaccount.',
        "Zet 'Uitgaande server vereist authenticatie' (of 'Naam en wachtwoord gebruiken') aan, met dezelfde gebruikersnaam (het volledige e-mailadres) en hetzelfde wachtwoord als voor de inkomende mail.",
        'Gebruik als servernaam {mailServer} en poort {smtpPort} met SSL/TLS.',
        'Test het versturen via de webmail: lukt dat wel, dan is de server in orde en zit het probleem in de instellingen van je mailprogramma.',
      ],
      en: [
        'In your mail program, open the outgoing server (SMTP) settings of this email account.',
        "Turn on 'My outgoing server requires authentication' (or 'Use name and password') with the same user name (the full email address) and password as for incoming mail.",
        'Use {mailServer} as the server name and port {smtpPort} with SSL/TLS.',
        'Try sending from webmail: if that works, the server is fine and the problem is in your mail program’s settings.',
      ],
    },
    crossCheck: {
      nl: 'De audit kijkt of het afzenderadres als mailbox bestaat en haalt de juiste instellingen voor je mailprogramma (servernaam, poort, beveiliging) op uit cPanel.',
      en: 'The audit checks that the sending address exists as a mailbox and reads the correct mail program settings (server name, port, security) from cPanel.',
    },
    links: ['outgoingAuth', 'emailSettings'],
    examples: [
      {
        text: '550-550 relay through this server without authentication.',
        source: 'Seed article (email-problemen-debuggen), "Geen enkele e-mail wordt verstuurd"',
      },
      {
        text: '550-Please turn on SMTP Authentication in your mail client.\n550-mail0.bemta0.messagelabs.com [198.51.100.21]:11111 is not permitted to\n550 relay through this server without authentication.',
        source: 'Sisimai corpus, rhost-messagelabs-01.eml (Diagnostic-Code)',
      },
      {
        text: 'host mail.cl-i.net[68.66.248.21] said: 550 SMTP AUTH is required for message submission on port 587 (in reply to RCPT TO command)',
        source: 'Postfix log line quoted in a public GitHub issue (cPanel/Exim server on port 587)',
      },
      {
        text: 'SMTP Error: The following recipients failed: andy.wijang@gmail.com: SMTP AUTH is required for message submission on port 587',
        source: 'PHPMailer error kept in a public repository template (Exim 4.99 on port 587)',
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after RCPT TO:<info@klant.nl>: 550 5.7.1 Relaying denied',
        why: 'The receiving server refuses to relay for the recipient domain (its MX points at a server that does not handle it); logging in on the own server does not change that.',
        expected: 'relay-denied',
      },
      {
        text: '535 Incorrect authentication data',
        why: 'The client did log in, with a wrong user name or password: a login failure, not a missing login.',
        expected: 'smtp-login-failed',
      },
    ],
  },
  {
    id: 'smtp-login-failed',
    match: {
      phrases: [
        'incorrect authentication data',
        'authentication failed',
        'authentication failure',
        'authentication credentials invalid',
        'username and password not accepted',
        'invalid login or password',
        'authentification invalide',
        // Microsoft 365 / Exchange SMTP AUTH (535 5.7.3, 535 5.7.139) and Google's replies when the password is not the kind it takes.
        'authentication unsuccessful',
        'application-specific password required',
        'please log in with your web browser',
      ],
      // A receiver's check of SPF/DKIM/DMARC ("DKIM authentication failed") is about the domain, not a login.
      // A temporary failure of the server's own login service (Postfix: "454 4.7.0 Temporary authentication failure") says nothing about the password.
      // SendGrid answers a login of an account without credits left "Authentication failed: Maximum credits exceeded": a used-up quota.
      // .NET's "Authentication failed because the remote party has closed the transport stream" is a TLS handshake, not a login.
      unless: ['dkim', 'spf', 'dmarc', 'sender authentication', 'temporary authentication failure', 'maximum credits exceeded', 'transport stream'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Inloggen op de uitgaande server mislukte (gebruikersnaam of wachtwoord)',
      en: 'Logging in to the outgoing server failed (user name or password)',
    },
    explanation: {
      nl: 'Je mailprogramma probeerde in te loggen om te versturen, maar de server nam de gebruikersnaam of het wachtwoord niet aan. Meestal is het wachtwoord gewijzigd (of verkeerd opgeslagen) of is als gebruikersnaam niet het volledige e-mailadres ingevuld. Het bericht is niet verstuurd.',
      en: 'Your mail program tried to log in to send, but the server did not accept the user name or password. Usually the password was changed (or saved wrongly), or the user name is not the full email address. The message was not sent.',
    },
    fix: {
      nl: [
        'Vul in de instellingen van de uitgaande server (SMTP) als gebruikersnaam het volledige e-mailadres in en typ het wachtwoord opnieuw.',
        'Weet je het wachtwoord niet meer, stel dan een nieuw in via cPanel > E-mailaccounts > Beheren (Manage), en gebruik dat op al je apparaten.',
        'Mislukt inloggen vaak achter elkaar, dan kan de server je IP-adres tijdelijk blokkeren; vraag {support} dan om het vrij te geven.',
      ],
      en: [
        "In the outgoing server (SMTP) settings, enter the full email address as the user name and type the password again.",
        'If you no longer know the password, set a new one in cPanel > Email Accounts > Manage, and use it on all your devices.',
        'After many failed logins in a row the server may block your IP address for a while; then ask {support} to lift it.',
      ],
    },
    examples: [
      { text: '535 Incorrect authentication data', source: "Exim's reply to a failed SMTP AUTH (the server's authenticators), as cPanel servers give it" },
      { text: '535 5.7.8 Error: authentication failed: authentication failure', source: 'Postfix smtpd(8) with Cyrus SASL / Dovecot SASL, a failed login' },
      { text: "535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials", source: 'Google, "SMTP errors and codes", 535 5.7.8' },
      { text: '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', source: 'Microsoft Learn, "Fix issues with SMTP AUTH client submission" (535 5.7.139)' },
      { text: '535 5.7.3 Authentication unsuccessful', source: 'Microsoft Exchange Server, the SMTP AUTH refusal' },
      { text: '534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor', source: 'Google, "SMTP errors and codes" (534 5.7.9)' },
    ],
    nearMisses: [
      { text: '530 5.7.0 Authentication required', why: 'No login was tried at all: the server wants one.', expected: 'smtp-auth-required' },
      { text: '550 5.7.1 DKIM authentication failed', why: "A receiver's DKIM check is about the sending domain, not a login.", expected: 'sender-authentication-failed' },
    ],
  },
  {
    id: 'max-defers-failures',
    match: {
      phrases: ['has exceeded the max defers and failures per hour'],
      pattern: new RegExp(
        `(?:domain ${DOMAIN} )?has exceeded the max defers and failures per hour ?(?:\\((?<count>\\d+)/(?<limit>\\d+) \\((?<percent>\\d+)%\\)\\))?`,
      ),
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Verzenden gepauzeerd: te veel mislukte berichten in een uur',
      en: 'Sending paused: too many failed messages in one hour',
    },
    explanation: {
      nl: 'De server houdt per domein bij hoeveel uitgaande berichten in het afgelopen uur mislukten of werden uitgesteld. Voor {domain} kwam dat boven de grens. Veel mislukte berichten zijn een bekend teken van spam of een gehackt account, dus de server verstuurt een uur lang niets meer voor dit domein. Berichten uit die periode worden weggegooid en niet later opnieuw geprobeerd. Ook bounces op binnenkomende spam (bijvoorbeeld een automatisch antwoord aan een niet-bestaande afzender) en doorgestuurde mail die elders wordt geweigerd, tellen mee.',
      en: 'The server counts, per domain, how many outgoing messages failed or were deferred in the past hour. For {domain} that count went over the limit. Many failures are a well-known sign of spam or a hacked account, so the server stops sending for this domain for an hour. Messages sent in that period are thrown away, not retried later. Bounces caused by incoming spam (for example an auto-reply to a sender that does not exist) and forwarded mail that another provider refuses count as well.',
    },
    fix: {
      nl: [
        'Verstuur een uur lang niets vanaf dit domein; de blokkade vervalt zodra de mislukte berichten van het afgelopen uur onder de grens zakken.',
        'Kijk in cPanel bij Bezorging volgen welke berichten het afgelopen uur mislukten en haal niet-bestaande adressen uit je adresboek of mailinglijst.',
        'Controleer je Doorstuuradressen en automatische antwoorden: mail die je doorstuurt naar een adres dat weigert, of een autoresponder die op spam antwoordt, telt ook mee.',
        'Verstuur de weggegooide berichten opnieuw als de blokkade voorbij is.',
        'Zie je berichten die je niet zelf hebt verstuurd, wijzig dan meteen het wachtwoord van dat e-mailaccount en neem contact op met {support}.',
      ],
      en: [
        'Send nothing from this domain for an hour; the block lifts once the failures of the past hour drop below the limit.',
        'In cPanel, open Track Delivery to see which messages failed in the past hour, and remove addresses that do not exist from your address book or mailing list.',
        'Check your Forwarders and auto-responders: mail forwarded to an address that refuses it, or an auto-responder replying to spam, counts too.',
        'Send the discarded messages again once the block is over.',
        'If you see messages you did not send yourself, change that email account’s password right away and contact {support}.',
      ],
    },
    crossCheck: {
      nl: 'De audit telt de mislukte en uitgestelde berichten van dit domein in het afgelopen uur (Bezorging volgen), somt ze op, zegt wanneer het venster weer vrij is en leest de grenzen van het account (max_defer_fail_percentage, min_defer_fail_to_trigger_protection).',
      en: 'The audit counts the failed and deferred messages of this domain in the past hour (Track Delivery), lists them, says when the window frees up and reads the account’s limits (max_defer_fail_percentage, min_defer_fail_to_trigger_protection).',
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: 'Domain domein.nl has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: 'enforce_mail_permissions: Domain thedomain.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        source: 'exim_mainlog line quoted in Ultra Web Hosting KB "cPanel Max Defers Occurring for an Account"',
      },
      {
        text: "youremail@address\nDomain 'yourdomain' has exceeded the max defers and failures per hour (10/10 (100%)) allowed. Message discarded.",
        source: 'cPanel bounce quoted in Chillidog Hosting KB "What does Max Defers Failure mean"',
      },
      {
        text: 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n    Domain has exceeded the max defers and failures per hour\n(5/5 (55%)) allowed. Message discarded.',
        source: 'Exim bounce quoted on serverslot.com "Domain has exceeded the max defers and failures per hour"',
      },
    ],
    nearMisses: [
      {
        text: 'Domain domein.nl has exceeded the max emails per hour (101/100 (101%)) allowed. Message discarded.',
        why: 'The number of messages sent per hour is over the limit, not the number of failures.',
        expected: 'max-emails-per-hour',
      },
    ],
  },
  // "Message discarded" is final; "Message will be reattempted later" means the copy waits in the queue.
  {
    id: 'max-emails-per-hour',
    match: {
      phrases: ['has exceeded the max emails per hour'],
      pattern: new RegExp(
        `(?:domain ${DOMAIN} )?has exceeded the max emails per hour(?: ?\\((?:(?<count>\\d+)/)?(?<limit>\\d+)(?: \\((?<percent>\\d+)%\\))?\\)?)?`,
      ),
    },
    temporary: false,
    temporaryWhen: ['will be reattempted later'],
    actor: 'account-owner',
    title: {
      nl: 'Uurlimiet voor verzenden bereikt',
      en: 'Hourly sending limit reached',
    },
    explanation: {
      nl: "Elk domein mag per uur een vast aantal berichten versturen, en {domain} zat daarboven. Wat er met dit bericht gebeurt, staat aan het eind van de melding. Bij 'Message will be reattempted later' staat het in de wachtrij en gaat het vanzelf weg zodra er in een volgend uur weer ruimte is. Bij 'Message discarded' is het weggegooid en komt het niet aan.",
      en: "Each domain may send a fixed number of messages per hour, and {domain} went over it. The end of the message says what happened to this copy. With 'Message will be reattempted later' it waits in the queue and goes out by itself once a later hour has room. With 'Message discarded' it was thrown away and will not arrive.",
    },
    fix: {
      nl: [
        "Staat er 'Message will be reattempted later', dan hoef je niets te doen: de server verstuurt het bericht zodra de limiet het toelaat.",
        "Staat er 'Message discarded', verstuur het bericht dan opnieuw als het volgende uur is begonnen.",
        'Verstuur nieuwsbrieven en grote mailings in kleinere porties, verspreid over meerdere uren, of gebruik een dienst voor bulkmail.',
        'Heb je vaker een hogere limiet nodig, vraag dan aan {support} of dat kan. Verstuurde je zelf niet zoveel, wijzig dan het wachtwoord van het account: het wordt misschien misbruikt.',
      ],
      en: [
        "If it says 'Message will be reattempted later', you need not do anything: the server sends it as soon as the limit allows.",
        "If it says 'Message discarded', send the message again once the next hour has started.",
        'Send newsletters and large mailings in smaller batches spread over several hours, or use a bulk mail service.',
        'If you regularly need a higher limit, ask {support} whether that is possible. If you did not send that much yourself, change the account’s password: it may be misused.',
      ],
    },
    crossCheck: {
      nl: 'De audit leest de uurlimiet van het account (max_email_per_hour), telt de berichten van het afgelopen uur en kijkt of dit exemplaar in de wachtrij staat of is weggegooid.',
      en: 'The audit reads the account’s hourly limit (max_email_per_hour), counts the messages of the past hour and checks whether this copy is queued or was discarded.',
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: '== f@kos.net R=check_mail_permissions defer (-1): Domain pigdog.org has exceeded the max emails per hour (12/10 (120%)) allowed.  Message will be reattempted later',
        source: 'cPanel etc/exim/perl/mail_permissions line 907 (comment), quoted in reference/cpanel-api.md §6.2',
      },
      {
        text: 'Domain "example.com" has exceeded the max emails per hour (2/2 (100%)) allowed. Message will be reattempted later',
        source: 'cPanel forums thread "Email quota" (697029), deferred copy',
      },
      {
        text: 'Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed. Message discarded.',
        source: 'cPanel forums thread "Email quota" (697029), discarded copy',
      },
      {
        text: '550 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
        source: 'SMTP reply kept in a public repository’s bounce-parser tests',
      },
      {
        text: 'Domain example.com has exceeded the max emails per hour (200) allowed. Message discarded.',
        source: 'Older cPanel wording, blog post by jpswade (2009)',
      },
    ],
    nearMisses: [
      {
        text: 'Domain domein.nl has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        why: 'Too many failed or deferred messages, not too many sent ones; the cause and the fix differ.',
        expected: 'max-defers-failures',
      },
      {
        text: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. Please resend your\n450-4.2.1 message at a later time.',
        why: 'A rate limit at the recipient’s mailbox (Gmail), not the own server’s hourly sending limit.',
        expected: 'recipient-rate-limited',
      },
    ],
  },
  {
    id: 'outgoing-suspended',
    match: {
      phrases: ['has an outgoing mail suspension', 'has been suspended'],
      pattern:
        /(?:sender|domain) ["']?(?<sender>[^\s"']+?)["']? has an outgoing mail suspension|outgoing mail from ["']?(?<address>[^\s"']*?)["']? has been suspended|has an outgoing mail suspension/,
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'Verzenden is stopgezet voor dit adres',
      en: 'Sending is suspended for this address',
    },
    explanation: {
      nl: 'Het versturen van mail vanaf {sender} is op de server uitgeschakeld. Dat gebeurt meestal automatisch nadat er vanaf het account veel spam is verstuurd, vaak omdat het wachtwoord is uitgelekt. Zolang die blokkade staat, worden uitgaande berichten weggegooid; ze worden niet later alsnog verstuurd.',
      en: 'Sending mail from {sender} has been switched off on the server. This usually happens automatically after the account sent a lot of spam, often because its password leaked. While the block is in place, outgoing messages are thrown away; they are not sent later.',
    },
    fix: {
      nl: [
        'Zoek eerst de oorzaak: wijzig het wachtwoord van het e-mailaccount en controleer de computers en telefoons die het account gebruiken op malware.',
        "Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij het account en zet onder Beperkingen (Restrictions) 'Uitgaande e-mail verzenden' weer op Toestaan.",
        'Staat de blokkade op het hele hostingaccount, of kun je hem niet zelf opheffen, neem dan contact op met {support}.',
        'Verstuur daarna de berichten die zijn weggegooid opnieuw.',
      ],
      en: [
        'Find the cause first: change the email account’s password and check the computers and phones that use the account for malware.',
        "In cPanel, go to Email Accounts, choose Manage for the account and set 'Send Outgoing Email' under Restrictions back to Allow.",
        'If the block is on the whole hosting account, or you cannot lift it yourself, contact {support}.',
        'Then send the discarded messages again.',
      ],
    },
    crossCheck: {
      nl: 'De audit kijkt of de mailbox suspended_outgoing heeft (Email::list_pops_with_disk met get_restrictions=1) of het hele account outgoing_mail_suspended.',
      en: 'The audit checks whether the mailbox has suspended_outgoing (Email::list_pops_with_disk with get_restrictions=1) or the whole account has outgoing_mail_suspended.',
    },
    examples: [
      {
        text: 'Sender info@voorbeeld.nl has an outgoing mail suspension. Message discarded.',
        source: 'Seed article (email-problemen-debuggen); address as in the public samples',
      },
      {
        text: '** test@gmail.com F=<cpaneluser@host.abc.com> R=enforce_mail_permissions: Domain abc.com has an outgoing mail suspension. Message discarded.',
        source: 'Exim log line quoted in 24x7serversecurity.com "Domain has an outgoing mail hold"',
      },
      {
        text: 'The following address(es) failed:\n\n  dgarcia89@gmail.com\n    Domain homequotelink.com has an outgoing mail suspension.  Message discarded.',
        source: 'Real cPanel bounce kept as a test fixture in a public repository',
      },
      {
        text: 'Outgoing mail from "info@voorbeeld.nl" has been suspended.',
        source: 'cPanel etc/exim/perl/mail_permissions text (reference/cpanel-api.md §6.4), address filled in',
      },
      {
        // The text cPanel's Exim sends when it could not tell which account sent the message: the quotes stay empty.
        text: '550 Outgoing mail from "" has been suspended.',
        source: 'cPanel etc/exim/perl/mail_permissions text (reference/cpanel-api.md §6.4), with no address to fill in',
      },
    ],
    nearMisses: [
      {
        text: 'Sender info@voorbeeld.nl has an outgoing mail hold. Message will be reattempted later',
        why: 'A hold keeps the messages in the queue until it is released; a suspension throws them away.',
        expected: 'outgoing-held',
      },
      {
        text: 'Mail to info@voorbeeld.nl has been suspended',
        why: 'Incoming mail for the mailbox is switched off, not sending.',
        expected: 'incoming-suspended',
      },
    ],
  },
  {
    id: 'outgoing-held',
    match: {
      phrases: ['has an outgoing mail hold'],
      pattern: /(?:(?:sender|domain) ["']?(?<sender>[^\s"']+?)["']? )?has an outgoing mail hold/,
    },
    temporary: true,
    actor: 'account-owner',
    title: {
      nl: 'Uitgaande mail wordt vastgehouden',
      en: 'Outgoing mail is on hold',
    },
    explanation: {
      nl: "Op de uitgaande mail van {sender} staat een 'hold'. De server neemt je berichten wel aan, maar houdt ze in de wachtrij in plaats van ze te versturen. Zo'n hold wordt automatisch gezet als een account verdacht veel verstuurt, of met de hand door een beheerder. De berichten gaan pas weg als de hold is opgeheven; blijft hij dagen staan, dan komen ze uiteindelijk terug als onbestelbaar.",
      en: "Outgoing mail from {sender} is on hold. The server accepts your messages but keeps them in the queue instead of sending them. A hold is set automatically when an account sends suspiciously much, or by hand by an administrator. The messages only leave once the hold is released; if it stays for days they eventually come back as undeliverable.",
    },
    fix: {
      nl: [
        'Zoek uit waarom de hold is gezet. Verstuurde het account veel meer dan normaal, wijzig dan het wachtwoord en controleer je apparaten op malware.',
        "Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij het account en zet onder Beperkingen (Restrictions) 'Uitgaande e-mail verzenden' van Vasthouden (Hold) op Toestaan.",
        'De vastgehouden berichten worden daarna vanzelf verstuurd; kijk in Bezorging volgen of ze zijn afgeleverd. Staan er spamberichten tussen, vraag dan {support} om die uit de wachtrij te halen voordat je de hold opheft.',
      ],
      en: [
        'Find out why the hold was set. If the account sent far more than usual, change its password and check your devices for malware.',
        "In cPanel, go to Email Accounts, choose Manage for the account and change 'Send Outgoing Email' under Restrictions from Hold to Allow.",
        'The held messages are then sent by themselves; check Track Delivery to see them delivered. If spam is among them, ask {support} to remove it from the queue before you release the hold.',
      ],
    },
    crossCheck: {
      nl: 'De audit kijkt of de mailbox hold_outgoing heeft of het account outgoing_mail_hold, en hoeveel berichten er worden vastgehouden.',
      en: 'The audit checks whether the mailbox has hold_outgoing or the account has outgoing_mail_hold, and how many messages are being held.',
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: 'Domain example.com has an outgoing mail hold. Message will be reattempted later',
        source: 'cPanel bounce quoted in 24x7serversupport.com "Domain Has an Outgoing Mail Hold"',
      },
      {
        text: 'Sender user@example.com has an outgoing mail hold.\nMessage will be reattempted later.',
        source: 'Error quoted in Cynet help "Outgoing mail hold" (address obfuscated there, filled in)',
      },
      {
        text: 'Sender email@domain.xx has an outgoing mail hold.',
        source: 'Serverweb knowledge base "WHM: Sender has an outgoing mail hold"',
      },
      {
        text: '2026-04-11 12:00:00 Sender office@example.com has an outgoing mail hold',
        source: 'exim_mainlog line kept as a test fixture in a public cPanel monitoring repository',
      },
    ],
    nearMisses: [
      {
        text: 'Sender info@voorbeeld.nl has an outgoing mail suspension. Message discarded.',
        why: 'A suspension discards the messages; a hold keeps them queued.',
        expected: 'outgoing-suspended',
      },
    ],
  },
  // The outbound filter (SpamExperts) answers 451, so Exim keeps retrying; only an unlock helps.
  {
    id: 'outgoing-account-locked',
    match: {
      phrases: [
        'your account has been locked. please contact your administrator',
        'your account has been locked please contact your administrator',
        // Outbound relays of hosting providers, about the sending address or account ([CSR], [ITR] …): not an IP's reputation at a receiver.
        'unsolicited email originating from your address',
        'detected unusual activity from your account',
      ],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'Afzender op slot gezet door het spamfilter voor uitgaande mail',
      en: 'Sender locked by the outgoing spam filter',
    },
    explanation: {
      nl: 'Alle uitgaande mail gaat langs een spamfilter. Vanaf dit adres of domein is in korte tijd veel mail verstuurd die het filter als spam beoordeelde, en daarom heeft het filter de afzender op slot gezet. De server probeert het bericht nog een tijdje opnieuw, maar zolang het slot erop zit komt het niet door.',
      en: 'All outgoing mail passes a spam filter. This address or domain sent a lot of mail in a short time that the filter judged to be spam, so the filter locked the sender. The server keeps retrying the message for a while, but it will not get through while the lock is on.',
    },
    fix: {
      nl: [
        'Stuur de foutmelding naar {support} en vraag om de oorzaak te zoeken en de afzender in het spamfilter te ontgrendelen.',
        'Herken je de verstuurde mail niet, wijzig dan meteen het wachtwoord van het e-mailaccount en controleer je computer op malware.',
        'Verstuur nieuwsbrieven en mailings niet rechtstreeks vanuit je mailbox, maar via een dienst die daarvoor bedoeld is.',
      ],
      en: [
        'Send the error to {support} and ask them to find the cause and unlock the sender in the spam filter.',
        'If you do not recognise the mail that was sent, change the email account’s password right away and check your computer for malware.',
        'Do not send newsletters and mailings straight from your mailbox; use a service made for that.',
      ],
    },
    examples: [
      {
        text: 'SMTP error from remote mail server after end of data: 451 Your account has been locked. Please contact your administrator.',
        source: 'Seed article (email-problemen-debuggen)',
      },
      {
        text: '451 Your account has been locked. Please contact your administrator.',
        source: 'Seed article (email-problemen-debuggen), the bare reply of the outbound filter',
      },
      {
        text: '2026-05-04 09:12:44 1uBxQe-0004kR-7c == info@voorbeeld.nl R=smart_route T=remote_smtp defer (-46) H=6049.smtp.antispamcloud.com [185.201.17.12]: SMTP error from remote mail server after end of data: 451 Your account has been locked. Please contact your administrator.',
        source: 'Constructed: the seed’s reply in Exim main-log form (reference/cpanel-api.md §6.1); host and ids illustrative',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address. Contact your service provider for support',
        source: 'Exim bounce from a shared host whose outbound relay refused the sender, quoted on pastebin.com (jkRvWMuH)',
      },
      {
        text: '550 5.7.1 [ITR] Our system has detected unusual activity from your account. (0.50)',
        source: 'Exim bounce from a shared host, quoted in a public GitHub gist (malwador/cbb32629f983b2e1db6b)',
      },
    ],
    nearMisses: [
      {
        text: '421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
        why: "Google about the sending server's IP, not about one sender's account at the outgoing filter.",
        expected: 'ip-reputation-throttled',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 550 Message contained spam content (antispamcloud.spam.lnkphs01)',
        why: 'The same filter rejected one message as spam; the sender itself is not locked.',
        expected: 'spamexperts-spam-content',
      },
    ],
  },
  // recipient-disabled also knows "disabled recipient address" (a remote server about its own
  // mailbox). The pattern admits only this server's own wording (its reject-log line, cPanel's
  // discard text, the ACL's "mail to … has been suspended"), and there priority 1 lets it win.
  {
    id: 'incoming-suspended',
    match: {
      phrases: ['disabled recipient address', 'has been suspended'],
      pattern:
        /(?:mail to|rejected rcpt) <?(?<recipient>[^\s<>:]+?)>?(?: has been suspended|: disabled recipient address)|disabled recipient address \(discarding\)/,
      unless: ['smtp error from remote mail server', 'remote server returned', ' said: '],
      priority: 1,
    },
    temporary: 'by-code',
    temporaryWhen: ['defer (', 'temporarily rejected'],
    actor: 'account-owner',
    title: {
      nl: 'Ontvangen van mail staat uit voor dit adres',
      en: 'Incoming mail is suspended for this address',
    },
    explanation: {
      nl: 'Mail voor {recipient} wordt niet aangenomen, omdat ontvangen op de server is uitgeschakeld: voor deze mailbox, of voor het hele hostingaccount als dat is opgeschort. Afzenders krijgen een foutmelding, of hun bericht blijft bij hen in de wachtrij staan tot ontvangen weer aan staat.',
      en: 'Mail for {recipient} is not accepted because receiving is switched off on the server: for this mailbox, or for the whole hosting account if that has been suspended. Senders get an error, or their message waits in their queue until receiving is switched on again.',
    },
    fix: {
      nl: [
        "Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij het account en zet onder Beperkingen (Restrictions) 'Inkomende e-mail ontvangen' op Toestaan.",
        'Is het hele hostingaccount opgeschort (cPanel meldt dat, of je kunt niet inloggen), neem dan contact op met {support}.',
        'Vraag afzenders van wie de mail werd geweigerd om het opnieuw te sturen. Mail die nog in hun wachtrij stond, komt vanzelf binnen.',
      ],
      en: [
        "In cPanel, go to Email Accounts, choose Manage for the account and set 'Receive Incoming Email' under Restrictions to Allow.",
        'If the whole hosting account is suspended (cPanel says so, or you cannot log in), contact {support}.',
        'Ask senders whose mail was refused to send it again. Mail still waiting in their queue arrives by itself.',
      ],
    },
    crossCheck: {
      nl: 'De audit kijkt of de mailbox suspended_incoming heeft (Email::list_pops_with_disk met get_restrictions=1) en of het hele account is opgeschort.',
      en: 'The audit checks whether the mailbox has suspended_incoming (Email::list_pops_with_disk with get_restrictions=1) and whether the whole account is suspended.',
    },
    examples: [
      {
        text: 'Disabled recipient address (discarding)',
        source: 'cPanel Cpanel/Email/Config/SuspendedDelivery.pm, "discard" setting',
      },
      {
        text: 'Mail to info@voorbeeld.nl has been suspended',
        source: 'cPanel ACL text (etc/exim/acls, reference/cpanel-api.md §6.4), address filled in',
      },
      {
        text: '2026-05-04 10:01:17 H=mail-wr1-f41.google.com [209.85.221.41] F=<klant@gmail.com> rejected RCPT <info@voorbeeld.nl>: Disabled recipient address',
        source: 'Constructed: cPanel’s reply in Exim reject-log form (reference/cpanel-api.md §6.2); hosts illustrative',
      },
    ],
    nearMisses: [
      {
        text: 'Outgoing mail from "info@voorbeeld.nl" has been suspended.',
        why: 'Sending from the mailbox is suspended, not receiving.',
        expected: 'outgoing-suspended',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<rhonda@designsplus.ca>: 525 5.7.13 Disabled recipient address',
        why: 'Another server refuses mail for its own (disabled) mailbox; nothing on this account needs changing.',
        expected: 'recipient-disabled',
      },
      {
        text: '525 5.7.13 Disabled recipient address',
        why: 'cPanel’s reply for suspended accounts, but as a bare reply it is what any remote cPanel server answers for its own mailbox; only the own reject-log line shows it is this server.',
        expected: 'recipient-disabled',
      },
    ],
  },
];
