/**
 * Diagnoses for bounce reasons in general, whoever gives them: the words a
 * text gets when a provider code, a reason phrase (tiers/) or the status
 * code alone decides it. Each rule's own phrases are the specific ones; the
 * broad phrases that lead here live in the tier tables. None of their
 * phrases is one a more specific rule already uses.
 */
import type { Rule } from '../types';

export const generalReasonRules: readonly Rule[] = [
  {
    id: 'receiver-policy',
    match: {
      phrases: ['not accepted for policy reasons', 'rejected for policy reasons', 'denied by policy', 'local policy violation', 'email policy violation detected'],
      // A policy refusal that names the policy (DMARC) is that policy's refusal, with its own fix.
      unless: ['dmarc'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De ontvangende kant weigert het bericht volgens eigen beleid',
      en: "The receiving side's policy refused the message",
    },
    explanation: {
      nl: 'De ontvangende server heeft het bericht geweigerd op grond van zijn eigen regels (beleid), zonder dat er een fout in je account of op de server aan te wijzen is. Welke regel het is, bepaalt alleen de ontvanger: dat kan een filter op afzender, inhoud, land of onderwerp zijn.',
      en: "The receiving server refused the message under its own rules (policy), without a fault in your account or on the server being named. Which rule it is only the receiver decides: it can be a filter on sender, content, country or subject.",
    },
    fix: {
      nl: [
        'Lees de woorden van de ontvangende server in de melding: vaak staat er een link met uitleg bij.',
        'Neem op een andere manier (telefoon, ander adres) contact op met de ontvanger en vraag of hun mailbeheerder je adres toestaat.',
        'Staat er een reden in die over jouw bericht gaat (bijlage, link), pas het bericht daarop aan en stuur het opnieuw.',
      ],
      en: [
        "Read the receiving server's words in the message: there is often a link with an explanation.",
        "Contact the recipient another way (phone, another address) and ask their mail administrator to allow your address.",
        'If the reason concerns your message (an attachment, a link), change the message accordingly and send it again.',
      ],
    },
    examples: [
      { text: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes', source: 'Sisimai corpus, rhost-yahooinc-01.eml (Yahoo reply)' },
      { text: '550 5.7.0 Local Policy Violation', source: 'Sisimai corpus, lhost-postfix-51.eml' },
      { text: '554 5.7.7 Email policy violation detected', source: 'Sisimai corpus, rhost-zoho-02.eml (Zoho reply)' },
    ],
    nearMisses: [
      {
        text: "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. https://support.google.com/a/answer/172179 - gsmtp",
        why: "Google Workspace's own policy text has its own diagnosis with Google's help page.",
        expected: 'google-policy-prohibited',
      },
      {
        text: '550 5.7.1 Local policy violation: DMARC reject for example.org',
        why: "The policy it names is the sender domain's DMARC record, which has its own diagnosis and fix.",
        expected: 'dmarc-reject',
      },
    ],
  },

  {
    id: 'sender-authentication-failed',
    match: {
      phrases: ['spf check failed', 'invalid dkim signature', "doesn't meet the required authentication level", 'yahoo requires all senders to authenticate', 'spf sender invalid', 'dmarc sender invalid', 'dkim authentication failed', 'dkim signature verification failed', 'dkim verification failed', 'due to dkim failure'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger kon niet vaststellen dat het bericht echt van jouw domein komt',
      en: 'The receiver could not verify that the message really comes from your domain',
    },
    explanation: {
      nl: "De ontvangende server controleert met SPF, DKIM en DMARC of een bericht echt van het afzenderdomein komt. Bij dit bericht faalde die controle, en daarom is het geweigerd. Meestal ontbreekt de server in het SPF-record, klopt de DKIM-sleutel in de DNS niet, of verstuurt een andere dienst mail namens het domein zonder dat die in SPF/DKIM staat.",
      en: "The receiving server checks with SPF, DKIM and DMARC whether a message really comes from the sender's domain. For this message that check failed, so it was refused. Usually the server is missing from the SPF record, the DKIM key in DNS does not match, or another service sends mail for the domain without being in SPF/DKIM.",
    },
    fix: {
      nl: [
        'Controleer in cPanel > E-mailbezorgbaarheid (Email Deliverability) of SPF en DKIM voor het domein als geldig worden getoond, en herstel ze daar.',
        'Verstuur je via een andere dienst (nieuwsbrief, webwinkel), voeg die dienst dan toe aan het SPF-record en stel DKIM voor die dienst in.',
        'Staat het probleem er na een uur nog, stuur de volledige melding naar {support}.',
      ],
      en: [
        'In cPanel > Email Deliverability, check that SPF and DKIM for the domain show as valid, and repair them there.',
        'If you send through another service (newsletter, web shop), add that service to the SPF record and set up DKIM for it.',
        'If the problem remains after an hour, send the full message to {support}.',
      ],
    },
    examples: [
      { text: '550 5.7.1 DKIM signature verification failed', source: 'receivers that refuse mail whose DKIM signature does not verify (RFC 6376 section 6.3: a failed signature may be treated as suspicious)' },
      { text: "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level.", source: 'Microsoft, "Strengthening email ecosystem: Outlook\'s new requirements for high-volume senders" (techcommunity.microsoft.com, 2025), error 5.7.515' },
      { text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.', source: 'Yahoo, "SMTP error codes" (senders.yahooinc.com/smtp-error-codes)' },
      { text: '550 5.7.1 Mail rejected: SPF check failed', source: 'phrase "spf check failed" from Sisimai Rhost/Tencent (QQ mail), with the usual 550 5.7.1 prefix' },
    ],
    nearMisses: [
      {
        text: "550 5.7.1 Unauthenticated email from example.nl is not accepted due to domain's DMARC policy. Please contact the administrator of example.nl domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp",
        why: "A refusal under the sender domain's DMARC policy has its own diagnosis that checks the domain's DMARC record.",
        expected: 'dmarc-reject',
      },
    ],
  },

  {
    id: 'recipient-moved',
    match: {
      phrases: ['recipient no longer on server', 'has been replaced by', 'not our customer', 'user has moved'],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger is verhuisd naar een ander adres',
      en: 'The recipient has moved to another address',
    },
    explanation: {
      nl: 'Het adres bestaat niet meer op deze server: de ontvanger is verhuisd of heeft een ander adres gekregen. Soms noemt de melding het nieuwe adres.',
      en: 'The address no longer exists on this server: the recipient has moved or has a new address. Sometimes the message names the new address.',
    },
    fix: {
      nl: ['Vraag de ontvanger op een andere manier om het nieuwe e-mailadres, of gebruik het adres dat in de melding staat.', 'Werk het adres bij in je adresboek en in eventuele mailinglijsten.'],
      en: ['Ask the recipient another way for their new email address, or use the address the message names.', 'Update the address in your address book and any mailing lists.'],
    },
    examples: [
      { text: '550 5.1.6 recipient no longer on server: kijitora@example.go.jp', source: 'Sisimai corpus, lhost-postfix-16.eml (Apple iCloud reply)' },
      { text: '551 not our customer', source: 'Sisimai corpus, lhost-sendmail-22.eml' },
    ],
    nearMisses: [
      { text: '550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table', why: 'The address never existed or was removed; no move is mentioned.', expected: 'recipient-unknown' },
    ],
  },

  {
    id: 'recipient-filtered',
    match: {
      phrases: ['refused due to recipient preferences', 'only accepting mail from specific email addresses', 'message filtered', 'is not accepting any mail', 'has restricted sms e-mail', "on the recipient's block list", "recipient's blocked senders", 'recipient has blocked you', 'blocked by the recipient'],
      // A content filter that says "filtered" and points at its spam rules judged the message, not the sender's name;
      // so does Symantec Email Security.cloud's "Message filtered. Refer to the Troubleshooting page at …" (Sisimai's
      // SpamDetected phrase, Broadcom article 173867).
      unless: ['spam', 'refer to the troubleshooting page'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De ontvanger laat alleen mail van bepaalde afzenders toe',
      en: 'The recipient only accepts mail from certain senders',
    },
    explanation: {
      nl: 'Het adres bestaat, maar de ontvanger (of hun provider) heeft een filter ingesteld dat dit bericht tegenhoudt: bijvoorbeeld alleen mail van bekende afzenders of van een vaste lijst. Aan de verzendende kant is er niets kapot.',
      en: 'The address exists, but the recipient (or their provider) has set a filter that stops this message: for example only mail from known senders or from a fixed list. Nothing is broken on the sending side.',
    },
    fix: {
      nl: ['Vraag de ontvanger op een andere manier om je adres aan hun lijst van toegestane afzenders toe te voegen.', 'Stuur het bericht daarna opnieuw.'],
      en: ['Ask the recipient another way to add your address to their list of allowed senders.', 'Then send the message again.'],
    },
    examples: [
      { text: "550 5.7.1 Blocked because sender is on the recipient's block list", source: 'receivers that apply the recipient\'s own blocked-senders list at delivery' },
      { text: '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences', source: 'Sisimai corpus, rhost-facebook-03.eml (Facebook reply)' },
      { text: '550 5.2.0 Message Filtered', source: 'Sisimai corpus, lhost-receivingses-07.eml (Amazon SES inbound reply)' },
    ],
    nearMisses: [
      { text: '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser', why: 'The mailbox itself is switched off, not filtering.', expected: 'recipient-disabled' },
      { text: '553-Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)', why: "Symantec Email Security.cloud's anti-spam verdict on the message (Broadcom article 173867), not the recipient's sender list.", expected: 'remote-spam-content' },
    ],
  },

  {
    id: 'sender-address-rejected',
    match: {
      // The bare "sender rejected" is left to the reason-phrase tier (Sisimai's rejected phrases): providers write
      // their own code after it ("sender rejected … AUP#CDRBL", Cox: the sending IP is blocked), and their code decides.
      phrases: ['sender address rejected', 'sender is in my black list', 'invalid sender', "can't determine purported responsible address", 'is not a registered gateway user', 'sender domain does not exist', 'sender address domain does not exist', 'sender domain has no'],
      // "IP address rejected" refuses the sending server's address, not the sender's. Postfix also hands a policy
      // service's rate or quota refusal over in its "Sender address rejected:" wrapper ("… You are sending too many
      // emails"): the limit it names is the reason, not the address. Nor is an account it calls compromised: that
      // is the sending account locked.
      unless: [
        'sender address rejected: domain not found', 'sender address rejected: not logged in', 'ip address rejected',
        'too many e', 'too many messages', 'too many mails', 'rate limit', 'sending limit', 'sending quota', 'requests per', 'messages per',
        'compromised',
      ],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger weigert het afzenderadres',
      en: 'The receiver refuses the sender address',
    },
    explanation: {
      nl: 'De ontvangende server vertrouwt het afzenderadres van het bericht niet: het domein ervan bestaat niet of heeft geen geldige DNS, het adres is niet volledig, of de ontvanger heeft dit adres op een eigen lijst gezet. Vaak komt het door een website of script dat mail verstuurt met een afzender als root@servernaam of een niet-bestaand adres.',
      en: "The receiving server does not trust the message's sender address: its domain does not exist or has no valid DNS, the address is incomplete, or the receiver put this address on its own list. Often a website or script sends mail with a sender such as root@servername or an address that does not exist.",
    },
    fix: {
      nl: [
        'Controleer welk afzenderadres het bericht had: het moet een bestaand adres zijn op een domein dat je in cPanel beheert.',
        'Verstuurt een website of formulier de mail, stel daar als afzender een bestaand adres op je eigen domein in.',
        'Noemt de ontvanger een blokkadelijst voor je adres, vraag de ontvanger dan op een andere manier om het vrij te geven.',
      ],
      en: [
        'Check which sender address the message had: it must be an existing address on a domain you manage in cPanel.',
        'If a website or form sends the mail, set an existing address on your own domain as its sender.',
        'If the receiver names a block list for your address, ask the recipient another way to release it.',
      ],
    },
    examples: [
      { text: '550 5.1.8 Sender address domain does not exist', source: 'RFC 3463 X.1.8 (bad sender\'s system address), as receivers word it' },
      { text: "550 5.7.1 can't determine Purported Responsible Address", source: 'Sisimai corpus, lhost-courier-03.eml' },
      { text: '501 5.1.8 Sender address rejected', source: 'Sisimai corpus, lhost-messagingserver-11.eml' },
      { text: "550 'kijitora@nyaan.example.com' is not a registered gateway user", source: 'Sisimai corpus, rfc3464-35.eml' },
    ],
    nearMisses: [
      { text: '550 5.1.0 <bounce@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL', why: "Cox's code says why: the sending IP is blocked for a while.", expected: 'server-blocklisted' },
      { text: 'SMTP error from remote mail server after RCPT TO:<x@y.nl>: 550 Sender verify failed', why: 'A failed callout check of the sender has its own diagnosis that looks at the account.', expected: 'sender-verify-failed' },
      { text: '450 4.7.1 <jan@example.org>: Sender address rejected: you are sending too many messages, slow down', why: "Postfix's wrapper around a policy service's rate limit: the limit is the reason, not the address.", expected: 'sender-rate-limited' },
    ],
  },

  {
    id: 'receiver-system-error',
    match: {
      phrases: ['internal system error', 'could not load drd for domain', 'service currently unavailable', 'upstream error, please check', 'mail system full', 'exceeded storage allocation'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De ontvangende mailserver had een storing',
      en: 'The receiving mail server had a fault',
    },
    explanation: {
      nl: 'De ontvangende server kon het bericht niet aannemen door een fout aan hun kant (een interne storing, een volle schijf, een dienst die niet bereikbaar was). Aan jouw bericht of account ligt het niet. Een tijdelijke fout probeert de server zelf opnieuw.',
      en: "The receiving server could not take the message because of a fault on their side (an internal error, a full disk, a service that could not be reached). It is not your message or account. The server retries a temporary fault by itself.",
    },
    fix: {
      nl: ['Wacht af: een tijdelijke fout lost de server meestal zelf op met een nieuwe poging.', 'Was de fout blijvend, stuur het bericht later opnieuw; blijft het mislukken, laat de ontvanger op een andere manier weten dat hun mailserver je bericht weigert.'],
      en: ['Wait: the server usually overcomes a temporary fault with a later attempt.', 'If the fault was permanent, send the message again later; if it keeps failing, let the recipient know another way that their mail server refuses your message.'],
    },
    examples: [
      { text: '550= 5.3.5 <kuroneko@example.org>... Internal System Error', source: 'Sisimai corpus, lhost-amazonworkmail-03.eml (Amazon WorkMail reply)' },
      { text: '451 Could not load DRD for domain (example.com) rcpt (kijitora@example.com)', source: 'Sisimai corpus, lhost-postfix-40.eml' },
      { text: '421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster for possible reasons why. RsrUEMk60942', source: 'Sisimai corpus, rhost-cloudflare-01.eml (Cloudflare Email Routing reply)' },
    ],
    nearMisses: [
      { text: 'retry time not reached for any host', why: 'The own server is waiting between attempts; no fault at the receiver is named.', expected: 'retry-time-not-reached' },
    ],
  },

  {
    id: 'message-content-rejected',
    match: {
      phrases: ['improper use of 8-bit data in message header', 'headers too large', 'duplicate header', 'message mime complexity exceeds', 'header size exceeds maximum permitted', 'presence of a blocked attachment type', 'blocked attachment type', 'attachment type not allowed', 'attachment type is not allowed'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger weigert de opbouw van het bericht',
      en: 'The receiver refuses how the message is built',
    },
    explanation: {
      nl: 'Het bericht zelf voldoet niet aan wat de ontvangende server toestaat: een bijlage van een type dat hij weigert, te veel of te grote kopregels, een kopregel dubbel, ongeldige tekens in een kopregel of een te ingewikkelde opbouw van bijlagen. Dat komt meestal door het bijgevoegde bestand, of door het programma of de website die het bericht maakte.',
      en: 'The message itself does not meet what the receiving server allows: an attachment of a type it refuses, too many or too large headers, a header twice, invalid characters in a header or too complex a structure of attachments. That usually comes from the file attached, or from the program or website that made the message.',
    },
    fix: {
      nl: [
        'Noemt de melding een bijlage (een geweigerd of verboden bestandstype), verstuur het bestand dan op een andere manier: laat het weg of deel het via een downloadlink. Inpakken in een zip helpt niet bij programma\'s en scripts.',
        'Stuur het bericht opnieuw vanuit een gewoon mailprogramma of webmail, zonder het door te sturen of in te sluiten.',
        'Maakt een website of script het bericht, laat de bouwer dan de kopregels nakijken (de melding noemt welke).',
      ],
      en: [
        'If the message names an attachment (a refused or forbidden file type), send the file another way: leave it out or share it through a download link. Zipping it does not help for programs and scripts.',
        'Send the message again from an ordinary mail program or webmail, without forwarding or embedding it.',
        'If a website or script makes the message, have its developer check the headers (the message names which one).',
      ],
    },
    examples: [
      { text: '550 5.7.1 This email has been rejected due to the presence of a blocked attachment type', source: 'attachment filters of receiving gateways (file type policy); the attachment, not the words, was refused' },
      { text: '550 5.6.9 improper use of 8-bit data in message header', source: 'Sisimai corpus, lhost-sendmail-06.eml' },
      { text: '552 5.6.0 Headers too large (3 max)', source: 'Sisimai corpus, lhost-sendmail-44.eml' },
    ],
    nearMisses: [
      { text: '552 5.3.4 Message size exceeds fixed maximum message size', why: 'The whole message is too large: that has its own diagnosis.', expected: 'message-too-large' },
    ],
  },

  {
    id: 'message-not-rfc-compliant',
    match: {
      phrases: ['not rfc 5322 compliant', 'not rfc 2822 compliant', 'messages with multiple addresses in from', 'rfcmessagenoncompliant', 'bare lf', 'bare cr', 'missing message-id', 'message-id header is missing', 'lone cr or lf', 'nul characters', 'contains nul', 'invalid header', 'malformed header', 'lines too long for transport'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het bericht voldoet niet aan de e-mailstandaard',
      en: 'The message does not follow the email standard',
    },
    explanation: {
      nl: 'De ontvanger eist dat een bericht volgens de e-mailstandaard (RFC 5322) is opgebouwd, en dit bericht doet dat niet: bijvoorbeeld meerdere adressen in Van, een kopregel dubbel, geen Message-ID, of regeleinden met een losse CR of LF. Bijna altijd komt dit door een website, script of apparaat dat zelf mail opbouwt.',
      en: 'The receiver requires a message to be built by the email standard (RFC 5322), and this one is not: for example several addresses in From, a header twice, no Message-ID, or line ends with a bare CR or LF. This almost always comes from a website, script or device that builds mail itself.',
    },
    fix: {
      nl: ['Zoek uit welk programma of welke website het bericht verstuurde (de melding noemt vaak wat er mis is).', 'Laat de bouwer de mail via een gewone mailbibliotheek of via SMTP met je mailaccount versturen, zodat de kopregels kloppen.'],
      en: ['Find out which program or website sent the message (the message often names what is wrong).', "Have its developer send the mail through an ordinary mail library or over SMTP with your mail account, so the headers are right."],
    },
    examples: [
      { text: 'message has lines too long for transport', source: 'Exim smtp transport: a line over the 998 characters of RFC 5322 section 2.1.1' },
      { text: '550 5.6.0 Lone CR or LF in headers (see RFC 5322 section 2.2)', source: 'RFC 5322 section 2.2 (CR and LF only together) as receivers quote it in their refusal' },
      { text: '550-5.7.1 [192.0.2.222 13] Messages with multiple addresses in From: header are not accepted. - gsmtp', source: 'Sisimai corpus, lhost-sendmail-43.eml (Gmail reply)' },
      { text: '550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject 550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has 550-5.7.1 been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant', source: 'Sisimai corpus, rhost-google-08.eml (Gmail reply)' },
      { text: '550-5.7.1 Our system has detected that this message is not RFC 2822 compliant. To reduce the amount of spam sent to Gmail, this message has been blocked.', source: 'Gmail before RFC 5322 replaced RFC 2822 in its wording: the same refusal, the older standard named' },
    ],
    nearMisses: [
      { text: '550 5.6.9 improper use of 8-bit data in message header', why: 'Invalid characters in a header without a standard-compliance verdict: the content diagnosis.', expected: 'message-content-rejected' },
    ],
  },

  {
    id: 'helo-refused',
    match: {
      phrases: ['helo command rejected', 'ehlo command rejected', 'access denied, bad helo', 'invalid helo', 'bad helo', 'helo name rejected'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'De ontvanger weigert de naam waarmee de server zich meldt (HELO)',
      en: 'The receiver refuses the name the server introduces itself with (HELO)',
    },
    explanation: {
      nl: 'Aan het begin van elke verbinding noemt de verzendende server zijn naam (HELO/EHLO). De ontvangende server vond die naam ongeldig: hij bestaat niet in de DNS, is geen volledige naam, of past niet bij het IP-adres. Dat is een instelling van de mailserver, niet van je account.',
      en: "At the start of each connection the sending server gives its name (HELO/EHLO). The receiving server found that name invalid: it does not exist in DNS, is not a full name, or does not match the IP address. That is a mail server setting, not one of your account.",
    },
    fix: {
      nl: ['Stuur de volledige melding naar {support}: de beheerder moet de HELO-naam van de server een geldige naam geven die naar het IP-adres wijst (en omgekeerd).'],
      en: ["Send the full message to {support}: the administrator must give the server's HELO name a valid name that points to its IP address (and back)."],
    },
    examples: [
      { text: '550 5.7.506 Access denied, bad HELO; see https://go.microsoft.com/fwlink/?linkid=2128411', source: 'Microsoft, "Email non-delivery reports and SMTP errors in Exchange Online" (5.7.506); phrase as in Sisimai Rhost/Microsoft' },
      { text: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', source: 'Postfix reject_non_fqdn_helo_hostname reply, postconf(5)' },
    ],
    nearMisses: [
      { text: '550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.5]', why: "The IP address's reverse DNS is missing, not the HELO name.", expected: 'server-ptr-missing' },
    ],
  },

  {
    id: 'sending-quota-exceeded',
    match: {
      phrases: ['daily user sending quota exceeded', 'daily sending quota exceeded', 'daily message quota exceeded', 'submissionquotaexceededexception', 'submission quota exceeded', 'sending limit exceeded', 'message quota exceeded', 'relay quota exceeded', 'outgoing mail quota exceeded'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het verzendquotum bij je mailprovider is op',
      en: "Your mail provider's sending quota is used up",
    },
    explanation: {
      nl: 'Het account waarmee het bericht werd verstuurd, heeft het aantal berichten of ontvangers bereikt dat de provider per dag (of per uur) toestaat. Tot die periode voorbij is, weigert de provider verdere berichten van dit account.',
      en: 'The account the message was sent with has reached the number of messages or recipients its provider allows per day (or per hour). Until that period has passed, the provider refuses further messages from this account.',
    },
    fix: {
      nl: ['Wacht tot de limiet verstreken is (meestal 24 uur) en verstuur het bericht dan opnieuw.', 'Verstuur je veel berichten tegelijk (nieuwsbrief), gebruik daar een dienst voor bulkmail.'],
      en: ['Wait until the limit has passed (usually 24 hours), then send the message again.', 'If you send many messages at once (a newsletter), use a bulk mail service for that.'],
    },
    examples: [
      { text: '550 5.2.2 Submission quota exceeded. Please try again later.', source: 'Microsoft Learn, Exchange Online NDRs: the sender passed the recipient or message rate limits' },
      { text: '550 5.4.5 Daily user sending quota exceeded. https://support.google.com/mail/?p=SendingQuotaExceeded - gsmtp', source: 'Google, "SMTP errors and codes" (support.google.com/a/answer/3726730), 5.4.5' },
      { text: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message', source: 'Microsoft, "Fix email delivery issues for error code 5.2.0 through 5.2.7 in Exchange Online"' },
      { text: 'Throttling failure: Daily message quota exceeded.', source: 'Amazon SES sending quota error, phrase as in Sisimai Reason/TooManyConn' },
    ],
    nearMisses: [
      { text: 'Domain domein.nl has exceeded the max emails per hour (120/100 (120%)) allowed. Message discarded.', why: "The own cPanel server's hourly limit has its own diagnosis.", expected: 'max-emails-per-hour' },
    ],
  },

  {
    id: 'blocklist-query-refused',
    match: {
      phrases: ['error: open resolver', 'error: public resolver', 'query refused', '127.255.255.254', '127.255.255.255', '127.255.255.252', 'excessive number of queries'],
      pattern: /spamhaus|127\.255\.255\.|dnsbl|blocklist|blacklist|query refused|resolver/,
      priority: 1,
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De blokkadelijst weigerde de vraag van de ontvanger (geen vermelding van jou)',
      en: "The blocklist refused the receiver's query (not a listing of yours)",
    },
    explanation: {
      nl: 'De ontvangende server vraagt bij een blokkadelijst (zoals Spamhaus) na of je server erop staat, maar de blokkadelijst weigerde hun vraag: ze gebruiken een openbare DNS-resolver of doen te veel vragen. Het antwoord (zoals 127.255.255.254) is een foutcode, geen vermelding van je server. De fout ligt bij de ontvanger.',
      en: "The receiving server asks a blocklist (such as Spamhaus) whether your server is on it, but the blocklist refused their query: they use a public DNS resolver or ask too often. The answer (such as 127.255.255.254) is an error code, not a listing of your server. The fault is the receiver's.",
    },
    fix: {
      nl: ['Laat de ontvanger op een andere manier weten dat hun mailserver de blokkadelijst via een openbare resolver raadpleegt en daardoor alle mail weigert; hun beheerder moet dat oplossen.', 'Je server hoeft niet van een lijst gehaald te worden.'],
      en: ["Let the recipient know another way that their mail server queries the blocklist through a public resolver and therefore refuses all mail; their administrator has to fix it.", 'Your server does not need to be taken off any list.'],
    },
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/203.0.113.53', source: 'Postfix reply with the Spamhaus return code for an open resolver (spamhaus.org/faqs, "DNSBL return codes 127.255.255.254")' },
      { text: '550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org=127.255.255.254', source: 'Spamhaus DNSBL return codes: 127.255.255.254 = query via public/open resolver (spamhaus.org/faqs/dnsbl-usage)' },
    ],
    nearMisses: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10', why: 'A real listing: the server itself is on the blocklist.', expected: 'server-blocklisted' },
    ],
  },
  {
    id: 'smtp-protocol-error',
    match: {
      phrases: [
        'bad sequence of commands',
        'command parameter not implemented',
        'command not implemented',
        'syntax error, command unrecognized',
        'syntax error, command unrecognised',
        'need rcpt command',
        'need mail command',
        // Sendmail's own wording of the same refusals (srvrsmtp.c: "Need RCPT (recipient)", "Need MAIL before RCPT").
        'need rcpt (recipient)',
        'need mail before rcpt',
      ],
      // A refused step that names what was missing first (RFC 3207's STARTTLS, RFC 4954's AUTH) is about that
      // demand: its own diagnosis tells what to change.
      unless: ['tls required', 'tls is required', 'starttls first', 'starttls command first', 'authentication required', 'authentication is required', 'authenticate first', 'auth first', 'auth required'],
    },
    temporary: 'by-code',
    actor: 'hosting-provider',
    title: {
      nl: 'De servers begrepen elkaar niet (SMTP-protocolfout)',
      en: 'The servers did not understand each other (SMTP protocol error)',
    },
    explanation: {
      nl: 'Tijdens het afleveren weigerde de ontvangende server een stap van het gesprek tussen de mailservers: een opdracht in de verkeerde volgorde, of een die hij niet kent. Meestal volgt dit op een eerdere weigering (alle ontvangers waren al geweigerd, dus mocht het bericht zelf niet meer komen); de echte reden staat dan in het eerdere antwoord in de volledige bounce. Anders ligt het aan de software van een van beide servers.',
      en: 'During delivery the receiving server refused a step of the conversation between the mail servers: a command in the wrong order, or one it does not know. Usually this follows an earlier refusal (all recipients had already been refused, so the message itself could no longer be sent); the real reason is then in the earlier reply in the full bounce. Otherwise it lies with the software of one of the two servers.',
    },
    fix: {
      nl: [
        'Zoek in de volledige bounce naar een eerdere weigering (bijvoorbeeld bij RCPT TO) en volg de uitleg bij die melding.',
        'Staat er geen eerdere weigering in, stuur dan de volledige bounce naar {support}: de beheerder kan zien welke server zich niet aan het protocol houdt.',
      ],
      en: [
        'Look in the full bounce for an earlier refusal (for example after RCPT TO) and follow the explanation of that message.',
        'If there is no earlier refusal, send the full bounce to {support}: the administrator can see which server does not follow the protocol.',
      ],
    },
    examples: [
      { text: '503 5.5.1 Bad sequence of commands', source: 'RFC 5321 section 4.2.2 (reply 503) with RFC 3463 X.5.1 (invalid command)' },
      { text: '504 5.5.4 Command parameter not implemented', source: 'RFC 5321 section 4.2.2 (reply 504)' },
      { text: '503 5.5.1 Error: need RCPT command', source: 'Postfix smtpd(8): DATA without an accepted recipient' },
    ],
    nearMisses: [
      { text: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', why: 'A refused HELO name has its own diagnosis, whatever its protocol status code.', expected: 'helo-refused' },
      { text: 'Error: No valid recipients for this MM', why: 'Every recipient was refused; why is in the refusals, not in the conversation.', expected: 'unknown' },
      { text: '503 5.5.1 Bad sequence of commands: STARTTLS is required first', why: 'The step refused names the demand behind it: an encrypted connection (RFC 3207).', expected: 'tls-required' },
      { text: '503 5.5.1 Bad sequence of commands, authentication required', why: 'The step refused names the demand behind it: a login (RFC 4954).', expected: 'smtp-auth-required' },
    ],
  },
];
