/**
 * The receiving side's own policy refused the message: a distribution list
 * that only takes certain senders, an organisation's content or sender rules,
 * KPN's generic "Mail rejected", or a server that will not relay for the
 * recipient's domain. Nothing on the own server is wrong; the fix is with,
 * or through, the other side.
 */
import type { Rule } from '../types';

export const receiverPolicyRules: readonly Rule[] = [
  {
    id: 'exchange-distribution-list-auth',
    match: {
      phrases: [
        'resolver.rst.authrequired',
        'resolver.rst.restrictedtorecipientspermission',
        'resolver.rst.notauthorized',
        'sender not in allowed-senders list',
        'sender not authenticated for group',
      ],
    },
    temporary: false,
    actor: 'other-side',
    title: {
      nl: 'De groepslijst van de ontvanger accepteert je niet als afzender',
      en: "The recipient's distribution list does not accept you as a sender",
    },
    explanation: {
      nl: 'Het adres waar je naartoe schreef is een distributielijst (groep) op een Microsoft Exchange- of Microsoft 365-server. Die lijst is zo ingesteld dat alleen geverifieerde afzenders uit de eigen organisatie, of een lijst met toegestane afzenders, ernaar mogen mailen. Jij valt daarbuiten, dus weigert Exchange het bericht. Aan jouw kant is niets mis.',
      en: 'The address you wrote to is a distribution list (group) on a Microsoft Exchange or Microsoft 365 server. That list is set so that only authenticated senders from its own organisation, or a list of allowed senders, may mail it. You are outside that, so Exchange refuses the message. Nothing is wrong on your side.',
    },
    fix: {
      nl: [
        'Vraag de ontvanger (of de beheerder van die organisatie) om bij de distributielijst het vinkje "alle afzenders moeten geverifieerd zijn" uit te zetten, of jouw adres toe te voegen aan de toegestane afzenders.',
        'Stuur het bericht intussen rechtstreeks naar de persoonlijke adressen van de mensen die je wilt bereiken.',
      ],
      en: [
        'Ask the recipient (or that organisation\'s administrator) to turn off "require that all senders are authenticated" on the distribution list, or to add your address to the allowed senders.',
        'Meanwhile send the message directly to the personal addresses of the people you want to reach.',
      ],
    },
    examples: [
      {
        text: '550 5.7.1 RESOLVER.RST.AuthRequired',
        source: 'seed (email-problemen-debuggen.txt), Exchange bounce quoted in the article',
      },
      {
        text: 'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
        source: 'Sisimai corpus, lhost-exchange2007-04.eml',
      },
      {
        text: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
        source: 'Microsoft support KB 2773786 ("550 5.7.1 NDR when an external user sends an email message to a universal distribution group")',
      },
      {
        text: 'smtp;550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission',
        source: 'Exchange Online reply recorded as test data in a public GitHub repository',
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.1 Unable to relay',
        why: 'Same Exchange code 5.7.1, but the server does not handle the recipient domain at all (relay refused), no distribution-list permission.',
        expected: 'relay-denied',
      },
    ],
  },

  {
    id: 'group-post-refused',
    match: {
      phrases: [
        'may not have permission to post messages to the group',
        'you are not allowed to post to this mailing list',
      ],
    },
    temporary: false,
    actor: 'account-owner',
    title: {
      nl: 'De groep of mailinglijst neemt je bericht niet aan',
      en: 'The group or mailing list does not take your message',
    },
    explanation: {
      nl: 'Het adres waar je naartoe schreef is een groep of mailinglijst (bijvoorbeeld een Google Group). Die weigerde het bericht: de groep bestaat niet (meer) onder dat adres, of alleen leden of toegestane afzenders mogen erin posten en jouw adres hoort daar niet bij. Aan je mailserver is niets mis.',
      en: 'The address you wrote to is a group or mailing list (a Google Group, for example). It refused the message: the group does not exist (any more) at that address, or only members or allowed senders may post to it and your address is not one of them. Nothing is wrong with your mail server.',
    },
    fix: {
      nl: [
        'Controleer of het groepsadres goed gespeld is en of de groep nog bestaat.',
        'Word lid van de groep met het adres waarmee je verstuurt, of vraag de eigenaar van de groep om dat adres toe te staan als afzender.',
      ],
      en: [
        'Check that the group address is spelled right and that the group still exists.',
        "Join the group with the address you send from, or ask the group's owner to allow that address as a sender.",
      ],
    },
    examples: [
      {
        text: "We're writing to let you know that the group you tried to contact (support-team) may not exist, or you may not have permission to post messages to the group.",
        source: 'Google Groups Help, "Messages bounce when sent to a group" (support.google.com/groups), the notice text',
      },
      {
        text: 'You are not allowed to post to this mailing list, and your message has been automatically rejected.',
        source: 'GNU Mailman 2, the rejection notice of Moderate.py (generic_nonmember_action = Reject)',
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
        why: 'An Exchange distribution list that takes only authenticated senders has its own diagnosis.',
        expected: 'exchange-distribution-list-auth',
      },
      {
        text: '550 5.1.1 The email account that you tried to reach does not exist.',
        why: 'A personal mailbox that does not exist is not a group refusing a post.',
        expected: 'recipient-unknown',
      },
    ],
  },
  {
    id: 'google-policy-prohibited',
    match: {
      phrases: ['has a policy that prohibited the mail that you sent', 'policy that prohibited the mail'],
      providers: ['google'],
    },
    temporary: false,
    actor: 'other-side',
    title: {
      nl: 'Een beleidsregel bij de ontvanger (Google Workspace) houdt de mail tegen',
      en: "A policy at the recipient's side (Google Workspace) blocks the message",
    },
    explanation: {
      nl: 'De organisatie van de ontvanger (of die van jou, als je zelf via Google Workspace verstuurt) heeft in Google Workspace regels ingesteld over wat er binnen mag komen: bijvoorbeeld geen bepaalde woorden of bijlagen, een maximale grootte, of alleen mail van bepaalde afzenders (zoals een school die leerlingen alleen met docenten laat mailen). Jouw bericht viel onder zo\'n regel.',
      en: "The recipient's organisation (or yours, if you send through Google Workspace yourself) has set rules in Google Workspace about what may come in: for example no certain words or attachments, a maximum size, or only mail from certain senders (such as a school that lets pupils mail only teachers). Your message fell under such a rule.",
    },
    fix: {
      nl: [
        'Kijk of het bericht iets bevat wat een organisatie zou kunnen tegenhouden: gevoelige gegevens (zoals creditcardnummers), bepaalde bijlagen (bijvoorbeeld .zip of .exe) of een grote bijlage. Verstuur het zonder dat.',
        'Helpt dat niet, vraag de ontvanger dan via een andere weg (telefoon) om zijn beheerder te laten kijken welke regel je bericht tegenhoudt.',
      ],
      en: [
        'Check whether the message contains something an organisation may block: sensitive data (such as credit card numbers), certain attachments (for example .zip or .exe) or a large attachment. Send it without that.',
        'If that does not help, ask the recipient another way (phone) to have their administrator check which rule blocks your message.',
      ],
    },
    examples: [
      {
        text: '550-5.7.1 The user or domain that you are sending to (or from) has a policy that\n550-5.7.1 prohibited the mail that you sent. Please contact your domain\n550-5.7.1 administrator for further details. For more information, please visit\n550 5.7.1 https://support.google.com/a/answer/172179 sb9-20020a1709076d8900b00726f11c4c8esi7135008ejc.669 - gsmtp',
        source: 'seed (email-problemen-debuggen.txt), Google bounce quoted in the article',
      },
      {
        text: '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.',
        source: 'Google Workspace SMTP error reference (550, 5.7.1)',
      },
      {
        text: 'The response from the recipient enterprise administrator was: The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, go to https://support.google.com/a/answer/172179',
        source: 'Google Workspace bounce notification recorded in a public GitHub repository',
      },
    ],
    nearMisses: [
      {
        text: '550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. To best protect our users from spam, the 550-5.7.1 message has been blocked.',
        why: "Same Google 5.7.1, but Gmail's authentication requirement, not an organisation's policy.",
        expected: 'gmail-unauthenticated',
      },
    ],
  },

  {
    id: 'kpn-mail-rejected',
    // "Mail rejected" is generic: a reply code is required, the phrase must open
    // the reply text, and a detected non-KPN provider vetoes the rule. KPN's
    // own IP block ("… has been blacklisted. Please contact abuse@kpn.com") has
    // the same fix: only KPN can say why and lift it.
    match: {
      phrases: ['mail rejected', 'please contact abuse@kpn.com'],
      pattern: /(?:^|: |\] )(?:\[?5\.0\.0\]? )?mail rejected(?:$|[ .;,])|please contact abuse@kpn\.com/,
      codes: [550, 521, 554],
      enhanced: ['5.7.1', '5.0.0', '5.5.0'],
      requireCode: true,
      providers: ['kpn'],
      // KPN's text is the bare "Mail rejected"; a refusal that names its reason ("… due to possible SPAM", "… because
      // the server …", a block list "blocked using" in Postfix's words) is that reason.
      unless: ['due to', 'because', 'spam', 'blocked using'],
    },
    temporary: false,
    actor: 'other-side',
    title: {
      nl: 'KPN weigert de mail',
      en: 'KPN refuses the message',
    },
    explanation: {
      nl: 'Deze melding komt van de mailservers van KPN en de merken die daarop draaien (zoals Planet, XS4ALL en Telfort). Bij een kale "Mail rejected" noemt KPN geen reden: het kan om de inhoud gaan, om de afzender of om het IP-adres van de verzendende server. Staat er dat het IP-adres "blacklisted" is, dan staat de server op de eigen blokkadelijst van KPN. In beide gevallen kan alleen KPN vertellen waarom, en het opheffen.',
      en: 'This reply comes from the mail servers of KPN and the brands running on them (such as Planet, XS4ALL and Telfort). With a bare "Mail rejected" KPN gives no reason: it may be the content, the sender or the sending server\'s IP address. If it says the IP address is "blacklisted", the server is on KPN\'s own block list. Either way only KPN can tell why, and lift it.',
    },
    fix: {
      nl: [
        'Stuur de volledige bounce naar de postmaster-/abusedesk van KPN en vraag waarom de mail wordt tegengehouden en hoe dat op te lossen is.',
        'Of vraag de ontvanger (een KPN-klant) om met de bounce een vraag te stellen op het KPN-forum.',
        'Stuur de bounce ook naar {support}, zodat gekeken kan worden of de server bij KPN geblokkeerd staat.',
      ],
      en: [
        "Send the whole bounce to KPN's postmaster/abuse desk and ask why the mail is held back and how to fix it.",
        'Or ask the recipient (a KPN customer) to post a question with the bounce on the KPN forum.',
        'Also send the bounce to {support}, so they can check whether the server is blocked at KPN.',
      ],
    },
    examples: [
      {
        text: '550 5.7.1 Mail rejected',
        source: 'seed (email-problemen-debuggen.txt), KPN bounce quoted in the article',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<jan@planet.nl>: 550 5.7.1 Mail rejected',
        source: 'the seed\'s KPN reply in Exim\'s "SMTP error from remote mail server" frame (cpanel-api.md §6.2)',
      },
      {
        text: 'host mx.kpnmail.nl[195.121.94.1] refused to talk to me: 521 5.5.0 Your IP [192.0.2.10] has been blacklisted. Please contact abuse@kpn.com for more information.',
        source: 'Postfix log reason from KPN, recorded verbatim ("pulled from a live mail log") as test data in a public GitHub repository',
      },
    ],
    nearMisses: [
      {
        text: '554 Service unavailable; [192.0.2.30] blocked using bl.example.net, reason: Mail rejected because the sending server is listed',
        why: 'A block list that names itself and its reason: not the bare "Mail rejected" of KPN.',
        expected: 'server-blocklisted',
      },
      {
        text: '541 5.7.1 Mail rejected due to antispam policy',
        why: 'Zoho\'s reply: another provider and code 541, the words "mail rejected" alone do not make it KPN.',
        expected: 'receiver-policy',
      },
      {
        text: 'Mail rejected',
        why: 'Without a reply code the two words say nothing about who refused it.',
        expected: 'unknown',
      },
    ],
  },

  {
    id: 'relay-denied',
    match: {
      phrases: [
        'relay access denied',
        'relaying denied',
        'relay denied',
        'unable to relay',
        'relay not permitted',
        'rejected: no relaying',
        'no relaying',
        'not configured to relay mail',
        'insecure mail relay',
      ],
      // Optional: the recipient from "RCPT TO:<x@domain>:" or Postfix's "<x@domain>: …".
      pattern: /^(?:.*?<(?<recipient>[^@<>\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)>:)?/,
      // The own server's "relay … without authentication" is smtp-auth-required.
      unless: ['without authentication', 'smtp authentication', 'smtp auth'],
      stages: ['connect', 'helo', 'mail-from', 'rcpt-to', 'data', 'end-of-data'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De ontvangende server neemt geen mail aan voor dit domein',
      en: 'The receiving server does not take mail for this domain',
    },
    explanation: {
      nl: 'De server waar je bericht heen ging, weigert het door te geven ("relay"): hij beschouwt mail voor {recipient} niet als de zijne. Meestal wijst het MX-record van het domein van de ontvanger naar een server die die mail niet (meer) afhandelt, bijvoorbeeld na een verhuizing naar een andere mailprovider.',
      en: 'The server your message went to refuses to pass it on ("relay"): it does not consider mail for {recipient} its own. Usually the MX record of the recipient\'s domain points to a server that does not (or no longer) handle that mail, for example after a move to another mail provider.',
    },
    fix: {
      nl: [
        'Controleer of het adres van de ontvanger goed gespeld is, vooral het deel na de @.',
        'Klopt het adres, laat de ontvanger dan weten dat zijn mailserver mail voor zijn eigen domein weigert: het MX-record of de instellingen van zijn mailserver moeten worden rechtgezet.',
        'Staat het domein van de ontvanger ook op deze server? Kijk dan in cPanel > E-mail > E-mailroutering of de routering klopt met waar het MX-record naartoe wijst.',
      ],
      en: [
        "Check that the recipient's address is spelled right, especially the part after the @.",
        "If the address is right, tell the recipient that their mail server refuses mail for their own domain: the MX record or their mail server's settings must be corrected.",
        "Is the recipient's domain also on this server? Then check in cPanel > Email > Email Routing that the routing matches where the MX record points.",
      ],
    },
    crossCheck: {
      nl: 'De audit zoekt het live MX-record van het domein van de ontvanger op en kijkt of die servers het domein zouden moeten afhandelen.',
      en: "The audit looks up the live MX record of the recipient's domain and whether those servers should handle the domain.",
    },
    examples: [
      {
        text: '554 5.7.1 <kijitora@example.org>: Relay access denied',
        source: 'Sisimai corpus, lhost-sendmail-07.eml (Postfix receiver)',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<email@adres.nl>:\nhost boox.nl.s200a1.psmtp.com [207.126.147.10]: 554 No relaying allowed - psmtp',
        source: 'Exim bounce quoted by a Dutch hosting provider: https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html',
      },
      {
        text: 'Diagnostic-Code : smtp;550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
        source: 'Sisimai corpus, lhost-mimecast-02.eml',
      },
      {
        text: '550 5.7.0 <norelaying@libsisimai.net>: Recipient address rejected: No relaying. See https://libsisimai.org/en/reason/#norelaying',
        source: 'Sisimai corpus, lhost-dragonfly-15.eml',
      },
      {
        text: '550 5.7.0 Mail relay denied.',
        source: 'Google Workspace SMTP error reference (550, 5.7.0)',
      },
      {
        text: '550 5.4.1 Relay Access Denied',
        source: 'Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (5.4.1)',
      },
      {
        text: '501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail (r) from <nekonyaans@p2.example.com> to <kijitora@example.jp> for 127.0.0.1 (in reply to RCPT TO command)',
        source: 'Sisimai corpus, lhost-postfix-44.eml',
      },
    ],
    nearMisses: [
      {
        text: '550-550 relay through this server without authentication.',
        why: 'This is the own server refusing to relay for a mail program that did not log in (SMTP authentication), not a remote server refusing the recipient domain.',
        expected: 'smtp-auth-required',
      },
      {
        text: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
        why: 'Exchange does know the recipient (a distribution list); it only refuses senders that are not authenticated.',
        expected: 'exchange-distribution-list-auth',
      },
    ],
  },
];
