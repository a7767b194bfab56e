/**
 * The recipient's side: the address does not exist, is switched off or full,
 * receives too fast, greylists — and the checks a receiver runs on our sender
 * (sender verification) and on local pipe forwarders.
 */
import { SENDER_STATUS, TRANSIENT_REPLY_CODES } from '../tiers/conditions';
import type { Rule } from '../types';

/** The recipient: after "RCPT TO:<", a reply's leading "<…>" or a log line's "** ". Never vetoes. */
const RCPT_TO = /^(?:(?:.*?rcpt to:<|<|\*\* )(?<recipient>[^<>\s@]+@[a-z0-9.-]*[a-z0-9]))?/;

export const recipientRules: readonly Rule[] = [
  {
    id: 'recipient-unknown',
    match: {
      phrases: [
        'the email account that you tried to reach does not exist',
        'user unknown',
        'unknown user',
        'no such user',
        'unknown or illegal user',
        'unknown or illegal alias',
        'recipient not found',
        'recipientnotfound',
        'recipnotfound',
        'no such recipient',
        'unknown recipient',
        'invalid recipient',
        'mailbox not found',
        'mailbox does not exist',
        'user does not exist',
        'account does not exist',
        'address does not exist',
        'no mailbox here by that name',
        'addressee unknown',
        'user not found',
        "this user doesn't have a",
        'requested action not taken: mailbox unavailable',
        'recipient address rejected: user unknown',
        'user unknown in virtual mailbox table',
        'user unknown in local recipient table',
        'user unknown in relay recipient table',
        // Exchange Online's and Outlook.com's notice for people.
        "because the address couldn't be found",
      ],
      pattern: RCPT_TO,
      codes: [450, 451, 452, 511, 550, 551, 553, 554],
      // A sender check quotes the callout's "User unknown" for OUR address: that is sender-verify-failed.
      // A reply that names a DNS resource record as the problem (IONOS: "mailbox unavailable | invalid DNS PTR resource record") is not about the mailbox.
      // GMX/WEB.DE put the generic "Requested action not taken: mailbox unavailable" before their policy block.
      // "Too many invalid recipients" is a verdict on the sender's habits, not on this address.
      unless: ['sender verify', 'verification failed for', 'verification failed while checking', 'sender address', 'sender rejected', 'unknown sender', 'authentication required', 'authentication is required', 'requires authentication', 'require authentication', 'authentication failed', 'authentication failure', 'sender authentication', 'smtp authentication', 'resource record', 'policy restrictions', 'too many invalid recipients'],
      // RFC 3463 X.1.7/X.1.8 are about the sender's address: a "user unknown" with them is the sender's.
      notEnhanced: SENDER_STATUS,
      stages: ['rcpt-to', 'data', 'end-of-data', 'routing'],
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Dit e-mailadres bestaat niet',
      en: 'This email address does not exist',
    },
    explanation: {
      nl: 'De ontvangende server kent {recipient} niet. Het domein achter de @ klopt wel (anders was de server niet gevonden), maar het deel ervóór bestaat daar niet of niet meer. Meestal is het een tikfout of een oud adres.',
      en: 'The receiving server does not know {recipient}. The domain after the @ is right (otherwise the server would not have been found), but the part before it does not exist there, or no longer exists. Usually it is a typo or an old address.',
    },
    fix: {
      nl: [
        'Controleer de spelling van het deel vóór de @, letter voor letter (punten, streepjes, verwisselde letters).',
        'Vraag de ontvanger via een andere weg (telefoon, website) naar het juiste adres.',
        'Verwijder het adres uit je adresboek, je nieuwsbrieflijst of je doorstuuradressen als het niet meer bestaat; blijvende bounces tellen mee voor de limiet op mislukte berichten per uur.',
      ],
      en: [
        'Check the spelling of the part before the @, letter by letter (dots, hyphens, swapped letters).',
        'Ask the recipient for the right address another way (phone, website).',
        'Remove the address from your address book, mailing list or Forwarders if it no longer exists; repeated bounces count towards the hourly limit on failed messages.',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: '550-5.1.1 The email account that you tried to reach does not exist.',
        source: 'Seed article (email-problemen-debuggen), Gmail bounce',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>: host mx.example.jp [192.0.2.153]: 550 5.1.1 <kijitora@example.jp>... User Unknown',
        source: 'Sisimai corpus, lhost-exim-02.eml',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<xxxx@xxxx.net>: host 192.0.2.22 [192.0.2.22]: 550 5.1.1 <xxxx@xxxx.net>: Recipient address rejected: User unknown in local recipient table',
        source: 'Sisimai corpus, lhost-exim-61.eml',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<kijitora@icloud.example.com>: host mx2.me.com.akadns.net [192.0.2.17]: 550 5.1.1 unknown or illegal alias: kijitora@icloud.example.com',
        source: 'Sisimai corpus, lhost-exim-59.eml',
      },
      {
        text: '550 No such user here',
        source: 'RFC 5321 Appendix D.1 (typical SMTP transaction scenario)',
      },
      {
        text: '550 5.1.1 Requested action not taken: mailbox unavailable',
        source: 'Sisimai corpus, lhost-sendmail-32.eml',
      },
      {
        text: '550 5.1.1 <test-of-zhzkndneko@privaterelay.appleid.com>: user not found',
        source: 'Sisimai corpus, rhost-apple-05.eml (iCloud)',
      },
      {
        text: 'Sorry, no mailbox here by that name. (#5.1.1)',
        source: 'Sisimai corpus, lhost-qmail-21.eml (qmail)',
      },
      {
        text: "Your message wasn't delivered to jan@contoso.com because the address couldn't be found, or is unable to receive mail.",
        source: 'Microsoft, "Fix email delivery issues for error code 5.1.1 in Exchange Online" (the NDR text)',
      },
      {
        // qmail-remote with the SMTP AUTH patch notes it had no login before what the server said: no demand for one.
        text: 'User and password not set, continuing without authentication. 192.0.2.1 does not like recipient. Remote host said: 550 Invalid recipient: jan',
        source: "qmail-remote's SMTP AUTH patch (its notice when no login is configured), then qmail's own words",
      },
    ],
    nearMisses: [
      {
        text: '550 5.7.1 Invalid recipient: authentication required for relay',
        why: 'The refusal names a login the server demands: relaying needs authentication, the address may well exist.',
        expected: 'smtp-auth-required',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<klant@extern.nl>: 550-Verification failed for <janet-at-atd.com@triggeremails.com> 550-Called:   67.192.126.210 550-Sent:     RCPT TO:<janet-at-atd.com@triggeremails.com> 550-Response: 550 <janet-at-atd.com@triggeremails.com>: Recipient address rejected: User unknown in local recipient table 550 Sender verify failed',
        why: 'The "User unknown" is the callout answer about the SENDER address; the receiver refused because our sender could not be verified.',
        expected: 'sender-verify-failed',
      },
      {
        text: '5.1.0 Address rejected',
        why: 'Address rejected without saying why: the mailbox may be missing or full.',
        expected: 'recipient-address-rejected',
      },
    ],
  },
  {
    id: 'recipient-address-rejected',
    match: {
      phrases: ['5.1.0 address rejected', 'address rejected', 'recipient rejected'],
      // Only the bare "Address rejected" (or "Recipient address rejected.", "Recipient rejected") reply:
      // "Recipient address rejected: <reason>" names its reason and belongs to the rule for that reason.
      pattern: /(?:^|[:>'"] |#5\.1\.0 |recipient )address rejected(?![:a-z])|(?:^|[:>'"] )recipient rejected(?![:a-z])/,
      enhanced: ['5.1.0'],
      stages: ['rcpt-to', 'data', 'end-of-data'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De ontvanger weigert het adres zonder reden',
      en: 'The recipient server rejected the address without saying why',
    },
    explanation: {
      nl: 'De server van de ontvanger accepteert berichten voor {recipient} niet, maar zegt niet waarom. In de praktijk bestaat de mailbox niet (meer), of kan hij niets ontvangen, bijvoorbeeld omdat hij vol zit.',
      en: "The recipient's server does not accept mail for {recipient}, but does not say why. In practice the mailbox does not exist (any more), or it cannot receive anything, for example because it is full.",
    },
    fix: {
      nl: [
        'Controleer of het adres goed gespeld is.',
        'Bel of app de ontvanger en vraag of het adres nog werkt en of de mailbox vol zit.',
        'Stuur het bericht opnieuw zodra de ontvanger het heeft opgelost, of gebruik een ander adres van de ontvanger.',
      ],
      en: [
        'Check that the address is spelled correctly.',
        'Call or message the recipient and ask whether the address still works and whether the mailbox is full.',
        'Send the message again once the recipient has fixed it, or use another address of theirs.',
      ],
    },
    examples: [
      { text: '5.1.0 Address rejected', source: 'Seed article (email-problemen-debuggen)' },
      {
        text: 'Remote SMTP Server Returned: 550 #5.1.0 Address rejected',
        source: 'Bounce quoted in a public forum post about a Postfix server (code corpus)',
      },
      {
        text: '550 <nyaan@example.jp>: Recipient address rejected.',
        source: 'Postfix check_recipient_access with a bare REJECT: the restriction names no reason',
      },
      {
        text: "The response from the remote server was: 550 #5.1.0 Address rejected.",
        source: 'Gmail bounce of a message to stifel.com, quoted in a public bounce-parsing test (code corpus)',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<ravishankar.sriv@intel.com>: 550 #5.1.0 Address rejected.',
        source: 'Reply quoted on the linux-kernel mailing list (2024, "550 #5.1.0 Address rejected. (in reply to RCPT TO command)"), written in Exim\'s Track Delivery form',
      },
    ],
    nearMisses: [
      {
        text: '550 5.1.1 <jan@voorbeeld.nl>: Recipient address rejected: User unknown in virtual mailbox table',
        why: 'Postfix names the reason (user unknown): the address does not exist.',
        expected: 'recipient-unknown',
      },
      {
        text: '450 4.2.0 <jan@voorbeeld.nl>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/voorbeeld.nl.html',
        why: 'Also "Recipient address rejected", but the reason is greylisting, a planned temporary refusal.',
        expected: 'greylisted',
      },
    ],
  },
  {
    id: 'recipient-disabled',
    match: {
      phrases: [
        'the email account that you tried to reach is disabled',
        'the email account that you tried to reach is inactive',
        'this account has been disabled or discontinued',
        'mailbox is inactive and has been disabled',
        'account has been disabled',
        'account is disabled',
        'user account disabled',
        'disabled recipient address',
        'mailbox disabled',
        'mailbox is disabled',
        'mailbox is inactive',
        'account is inactive',
        'mailbox is frozen',
        'recipient account is blocked',
      ],
      pattern: RCPT_TO,
      codes: [450, 525, 550, 551, 552, 554],
      // The sender's own account stopped from sending ("message sending for this account is disabled") is no
      // recipient's state.
      unless: ['sender account', 'sending account', 'your account', 'outgoing', 'authentication', 'out of storage space', 'message sending', 'sending for this account', 'sender address rejected'],
      stages: ['rcpt-to', 'data', 'end-of-data'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De mailbox van de ontvanger is uitgeschakeld',
      en: "The recipient's mailbox has been switched off",
    },
    explanation: {
      nl: 'De mailbox van {recipient} bestaat wel, maar is door de ontvanger of zijn provider uitgezet, of wordt al lang niet meer gebruikt. Zolang dat zo is, komt er niets aan.',
      en: 'The mailbox of {recipient} exists, but it has been switched off by its owner or their provider, or has not been used for a long time. Nothing gets through while it stays that way.',
    },
    fix: {
      nl: [
        'Neem op een andere manier contact op met de ontvanger (telefoon, ander e-mailadres) en vraag naar een adres dat wel werkt.',
        'Haal het adres uit je adresboek of verzendlijst als het niet meer gebruikt wordt.',
      ],
      en: [
        'Contact the recipient another way (phone, another email address) and ask for an address that works.',
        'Remove the address from your address book or mailing list if it is no longer used.',
      ],
    },
    examples: [
      {
        text: '550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 000000000000eee.000 - gsmtp',
        source: 'Sisimai corpus, lhost-amazonses-20.eml',
      },
      {
        text: '550-5.2.1 The email account that you tried to reach is inactive. For more 550-5.2.1 information, go to 550 5.2.1  https://support.google.com/mail/?p=DisabledUser neko-15789a6671ag7789128947.22 - gsmtp',
        source: 'Sisimai corpus, rhost-google-07.eml',
      },
      {
        text: '525 5.7.13 <neko-nyaan@example.org>: Recipient address rejected: Disabled recipient address',
        source: 'Sisimai corpus, lhost-dragonfly-27.eml',
      },
      {
        text: 'Sorry your message to mikeneko@example.com cannot be delivered. This account has been disabled or discontinued [#102].',
        source: 'Sisimai corpus, lhost-x2-02.eml',
      },
      {
        text: '550 Mailbox is frozen. See http://mail.i.ua/err/3/',
        source: 'Sisimai corpus, rhost-iua-01.eml',
      },
    ],
    nearMisses: [
      {
        text: "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please 552-5.2.2 direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm",
        why: 'Gmail calls the mailbox inactive because it is full: the cause is the storage, so the recipient can fix it by making room.',
        expected: 'recipient-mailbox-full',
      },
      {
        text: '550 5.7.1 <piet@example.org>: Sender address rejected: mailbox disabled',
        why: "Postfix's sender restriction: the disabled mailbox is the sender's own, refused at the sending relay.",
        expected: 'sender-address-rejected',
      },
    ],
  },
  {
    id: 'recipient-mailbox-full',
    match: {
      phrases: [
        'mailbox full',
        'mailbox is full',
        'mailbox quota exceeded',
        'quota exceeded',
        'quota exceed',
        'over quota',
        'user is over quota',
        // The same written as one word ("User account is overquota"), as servers and cPanel's routers spell it.
        'overquota',
        'out of storage space',
        "recipient's mailbox is full",
        'disk quota exceeded',
        'exceeded storage allocation',
        // cPanel's routers for local mailboxes over their quota, as they appear in R=… of a log line.
        'virtual_user_overquota',
        'virtual_user_maildir_overquota',
        'localuser_overquota',
        'mailbox is full and cannot receive any more emails',
      ],
      pattern: RCPT_TO,
      codes: [422, 450, 452, 522, 550, 552, 554],
      // A policy service's quota ("Policy Rejection- Quota Exceeded") counts the sender's mail, not the mailbox.
      // maildrop's "Timeout quota exceeded" is its own time limit for one delivery, not the mailbox's space.
      unless: ['sending quota', 'send quota', 'relay quota', 'submission quota', 'sending limit', 'outgoing', 'max emails per hour', 'policy rejection', 'timeout quota'],
      stages: ['rcpt-to', 'data', 'end-of-data', 'routing'],
    },
    temporary: 'by-code',
    actor: 'other-side',
    title: {
      nl: 'De mailbox van de ontvanger is vol',
      en: "The recipient's mailbox is full",
    },
    explanation: {
      nl: 'De mailbox van {recipient} heeft geen ruimte meer (het quotum is bereikt). Bij een tijdelijke melding (4.2.2) probeert de server het nog een tijd opnieuw; bij een definitieve melding (5.2.2) is het bericht teruggestuurd en moet je het later opnieuw versturen.',
      en: "The mailbox of {recipient} has no space left (its quota is reached). With a temporary reply (4.2.2) the server keeps retrying for a while; with a permanent one (5.2.2) the message has been returned and you need to send it again later.",
    },
    fix: {
      nl: [
        'Laat de ontvanger weten dat de mailbox vol zit, via een andere weg dan e-mail.',
        'Is het een mailbox op je eigen account? Open in cPanel E-mailaccounts, kies bij die mailbox Beheren en verhoog het quotum, of ruim oude mail, de prullenbak en de spammap op.',
        'Verstuur het bericht opnieuw zodra er weer ruimte is (alleen nodig als het al is teruggestuurd).',
      ],
      en: [
        'Tell the recipient that their mailbox is full, by another way than email.',
        'Is it a mailbox on your own account? In cPanel open Email Accounts, choose Manage for that mailbox and raise the quota, or clean up old mail, the trash and the spam folder.',
        'Send the message again once there is space (only needed if it was returned).',
      ],
    },
    crossCheck: {
      nl: 'Als de ontvanger een mailbox op dit account is: hoeveel ruimte die gebruikt tegenover het ingestelde quotum.',
      en: 'If the recipient is a mailbox on this account: its disk usage compared with its quota.',
    },
    // No help article fits a full mailbox (the provider's "restore" article is about deleted mailboxes).
    links: [],
    examples: [
      {
        text: '552 5.2.2 Recipient account is overquota',
        source: "Written from the word as servers spell it in one (cPanel's overquota routers, Gmail's OverQuotaTemp)",
      },
      {
        text: '2013-10-24 07:17:45 1VZ4sD-0000ab-11 ** email@example.org R=virtual_user_maildir_overquota: Mailbox quota exceeded',
        source: 'cPanel exim_mainlog line quoted in webx.net "Mailbox quota exceeded – How cPanel manages mailbox quotas"',
      },
      {
        text: "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please 552-5.2.2 direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm",
        source: 'Sisimai corpus, rhost-google-05.eml',
      },
      {
        text: 'mailbox is full: retry timeout exceeded',
        source: 'Sisimai corpus, lhost-exim-07.eml (Exim appendfile)',
      },
      {
        text: '550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000"',
        source: 'Sisimai corpus, lhost-office365-12.eml (Microsoft)',
      },
      {
        text: '552 5.2.2 <neko@nyaaan.example.org> Quota exceeded (mailbox for user is full)',
        source: 'Sisimai corpus, lhost-postfix-63.eml (Dovecot LMTP)',
      },
      {
        text: '452 4.2.2 Mailbox is full and cannot receive any more emails',
        source: 'Dovecot quota-status reply as configured in the ISPmail guide (workaround.org, "Quotas")',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>: 450 4.2.2 <kijitora@example.jp>... Mailbox Full',
        source: 'Reply from the Sisimai corpus, lhost-qmail-06.eml ("Remote host said: 450 4.2.2 … Mailbox Full"), written in Exim\'s Track Delivery form',
      },
    ],
    nearMisses: [
      {
        text: '422 4.2.2 Greylisted, please try again in a few moments.',
        why: 'Same enhanced code 4.2.2, but the server greylists: a planned first refusal, nothing is full.',
        expected: 'greylisted',
      },
      {
        text: '550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered.',
        why: 'The mailbox receives too much mail at once; it is not out of space.',
        expected: 'recipient-rate-limited',
      },
      {
        text: 'delivery to jo@example.org deferred: maildrop: Timeout quota exceeded while running the filter',
        why: "maildrop's time limit for one delivery ran out; the mailbox's space is not the matter.",
        expected: 'unknown',
      },
    ],
  },
  {
    id: 'recipient-rate-limited',
    match: {
      phrases: [
        'receiving mail at a rate that',
        'receiving email at a rate that',
        'receiving mail too quickly',
        'receiving email too quickly',
        'has exceeded their message rate limit',
      ],
      pattern: RCPT_TO,
      codes: [421, 450, 451, 452, 550],
      stages: ['rcpt-to', 'data', 'end-of-data'],
    },
    temporary: 'by-code',
    temporaryWhen: ['please resend your message at a later time'],
    actor: 'other-side',
    title: {
      nl: 'De ontvanger krijgt te veel mail tegelijk',
      en: 'The recipient is receiving too much mail at once',
    },
    explanation: {
      nl: 'De mailbox van {recipient} ontvangt op dit moment zoveel berichten dat de provider van de ontvanger tijdelijk niets meer aanneemt. Dat ligt niet aan jouw bericht of jouw server. Bij een 4xx-melding probeert de server het later vanzelf opnieuw.',
      en: "The mailbox of {recipient} is receiving so many messages right now that the recipient's provider temporarily accepts nothing more. It is not caused by your message or your server. With a 4xx reply the server retries later by itself.",
    },
    fix: {
      nl: [
        'Wacht af: bij een tijdelijke melding wordt het bericht later vanzelf opnieuw aangeboden. In Bezorging volgen zie je wanneer het alsnog is afgeleverd.',
        'Is het bericht teruggestuurd (5xx-melding), verstuur het dan over een paar uur opnieuw.',
        'Blijft het gebeuren, laat de ontvanger dan weten dat zijn mailbox overspoeld wordt (bijvoorbeeld door een doorstuurregel of een mailinglijst).',
      ],
      en: [
        'Wait: with a temporary reply the message is offered again later by itself. Track Delivery shows when it got through.',
        'If the message was returned (5xx reply), send it again in a few hours.',
        'If it keeps happening, tell the recipient their mailbox is being flooded (for example by a forwarding rule or a mailing list).',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: 'SMTP error from remote mail server after RCPT TO:<test@gmail.com>: 550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. For more 550-5.2.1 information, please visit 550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm p41si4843565qte.548 - gsmtp',
        source: 'Exim bounce pasted on pastebin.com/SpZumxtS (Gmail)',
      },
      {
        text: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time. If the user is able to receive mail at that 450-4.2.1 time, your message will be delivered. For more information, please 450-4.2.1 visit 450 4.2.1 https://support.google.com/mail/?p=ReceivingRate 13si703206wrw.433 - gsmtp',
        source: 'Postfix log pasted on pastebin.com/7XTHEi9g (Gmail)',
      },
      {
        text: '450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.',
        source: 'Google Workspace "Gmail SMTP errors and codes" reference',
      },
      {
        text: 'Diagnostic-Code: smtp; 550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. For more 550-5.2.1 information, please visit 550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm p131si8414989oif.118 - gsmtp',
        source: 'Sisimai corpus, lhost-postfix-59.eml',
      },
      {
        text: 'SMTP error from remote mail server after end of data: 451 4.5.1 The recipient <wordpressslog@yandex.com> has exceeded their message rate limit. Try again later. 1446150023-UcDbgKZo2p-KNrSNI7u: retry timeout exceeded',
        source: 'Exim bounce from Yandex pasted on pastebin.com/pEBS5hy4',
      },
    ],
    nearMisses: [
      {
        text: '452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp',
        why: 'Also a temporary Gmail refusal for one recipient, but because the inbox is full.',
        expected: 'recipient-mailbox-full',
      },
    ],
  },
  {
    id: 'greylisted',
    match: {
      phrases: [
        'greylist',
        'graylist',
        'grey-listed',
        'gray-listed',
        'grey listed',
        'deferred due to greylisting',
        'recipient address rejected: greylisted',
      ],
      pattern: RCPT_TO,
      // Any transient reply (RFC 5321 section 4.2.1: first digit 4, second 0-5); receivers pick their own, such as 457.
      codes: TRANSIENT_REPLY_CODES,
      // A sender callout that was itself greylisted is a sender-verify problem.
      unless: ['sender verify', 'not greylisted'],
    },
    temporary: true,
    actor: 'other-side',
    title: {
      nl: 'Tijdelijk uitgesteld door greylisting',
      en: 'Temporarily deferred by greylisting',
    },
    explanation: {
      nl: 'De ontvangende server weigert bewust de eerste poging van een afzender die hij nog niet kent, en neemt het bericht pas bij een volgende poging aan. Echte mailservers proberen het opnieuw; veel spamprogramma\'s niet. Er is niets mis: het bericht komt alleen een paar minuten later aan.',
      en: "The receiving server deliberately refuses the first attempt from a sender it does not know yet and accepts a later attempt. Real mail servers retry; many spam tools do not. Nothing is wrong: the message just arrives a few minutes later.",
    },
    fix: {
      nl: [
        'Je hoeft niets te doen: de server probeert het automatisch opnieuw, meestal binnen 5 tot 30 minuten.',
        'Kijk eventueel later in Bezorging volgen of het bericht daarna is afgeleverd.',
        'Zie je dit bij mail die jij ontvangt en is de vertraging hinderlijk, dan kun je in cPanel greylisting per domein uitzetten.',
      ],
      en: [
        'You do not need to do anything: the server retries automatically, usually within 5 to 30 minutes.',
        'If you like, check Track Delivery later to see that the message was delivered.',
        'If you see this for mail you receive and the delay bothers you, you can switch greylisting off per domain in cPanel.',
      ],
    },
    links: ['trackDelivery'],
    examples: [
      {
        text: '450 4.2.0 <schaefer@alphanet.ch>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/alphanet.ch.html',
        source: 'Postgrey reply captured in an SMTP client session log (code corpus)',
      },
      {
        text: "2021-05-04 13:37:00 +0100 H=mail.remotehost.tld [123.123.123.123]:1337 X=TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128 CV=no F=<mail@sender.tld> temporarily rejected RCPT <mail@recipient.tld>: Deferred due to greylisting. Host: '123.123.123.123' From: 'mail@sender.tld' To: 'mail@recipient.tld' SPF: 'none'",
        source: "cPanel greylisting ACL log line (cpanel-api.md §6.4), as captured in a public Exim log-parser test",
      },
      {
        text: '422 4.2.2 Greylisted, please try again in a few moments.',
        source: 'Stalwart mail server greylist.sieve (stalwartlabs/mail-server)',
      },
      {
        text: 'SMTP error from remote mail server after RCPT TO:<kas@threefound.com>: 450 4.2.0 <kas@threefound.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/threefound.com.html',
        source: 'Postgrey reply from a public Postfix log (code corpus), written in Exim\'s Track Delivery form',
      },
    ],
    nearMisses: [
      {
        text: 'SMTP error from remote mail server after RCPT TO:<jan@voorbeeld.nl>: 451 Temporary local problem - please try later',
        why: 'A temporary refusal that does not say greylisting; its cause is unknown.',
        expected: 'unknown',
      },
      {
        text: '451-response to "RCPT TO:<fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>" from smtp.cs.tcd.ie [134.226.32.56] was: 450 4.2.0 <fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/cs.tcd.ie.html 451-Could not complete sender verify callout for 451-<fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>.',
        why: 'The receiver could not verify our sender address (its callout was greylisted): a sender verification failure.',
        expected: 'sender-verify-failed',
      },
    ],
  },
  // The wrapper "Verification failed for <sender> … Sender verify failed" quotes the callout's own
  // reply, which may contain any other rule's phrase ("User unknown", "Unrouteable address",
  // "Greylisted"). The wrapper decides the meaning, hence priority 1.
  {
    id: 'sender-verify-failed',
    match: {
      phrases: [
        'sender verify failed',
        'sender verify fail for',
        'sender verify defer for',
        'could not complete sender verify',
        'unable to verify sender',
        'verification failed for',
        'sender verification failed',
        'postmaster verification failed while checking',
        'unroutable sender address',
        'sender address rejected: domain not found',
        'sender address rejected: unverified address',
        'sender address rejected: user unknown',
        'domain of sender address',
        // The receiver looked the sender address up and found nothing.
        'sender address does not exist',
        'sender rejected: address does not exist',
        'unknown sender',
      ],
      pattern:
        /^(?:.*?(?:verification failed for|verify fail for|verify defer for|callout for|while checking|f=)\s?<?(?<sender>[^<>\s@]+@[a-z0-9.-]*[a-z0-9]))?/,
      unless: ['certificate verification', 'certificate verify', 'dkim verification', 'dmarc verification', 'spf verification'],
      priority: 1,
    },
    temporary: 'by-code',
    temporaryWhen: ['temporarily rejected rcpt', 'sender verify defer for'],
    actor: 'account-owner',
    title: {
      nl: 'De ontvanger kon het afzenderadres niet controleren',
      en: "The receiving server could not verify the sender's address",
    },
    explanation: {
      nl: 'Voordat de ontvangende server een bericht aanneemt, kijkt hij of er naar {sender} teruggemaild kan worden. Dat lukte niet: het adres bestaat niet, of mail voor dat domein komt nergens aan. Vaak staat het domein op deze server op lokale aflevering terwijl de MX naar een andere mailprovider wijst (zoals Microsoft 365 of Google Workspace), of andersom.',
      en: 'Before accepting a message, the receiving server checks that mail can be sent back to {sender}. That failed: the address does not exist, or mail for that domain does not arrive anywhere. Often the domain is set to local delivery on this server while its MX points to another mail provider (such as Microsoft 365 or Google Workspace), or the other way round.',
    },
    fix: {
      nl: [
        'Verstuur vanaf een adres dat echt bestaat en mail kan ontvangen (let op website-formulieren en scripts die een verzonnen afzender gebruiken).',
        'Open in cPanel E-mailroutering voor het afzenderdomein: staat de MX bij een andere provider, kies dan de externe mailserver (Remote Mail Exchanger); staan de mailboxen op deze server, kies dan de lokale mailserver (Local Mail Exchanger).',
        'Controleer of de MX van het afzenderdomein naar een server wijst waar de mailbox echt bestaat. Staat de website op een andere server dan de mail, maak dan een A-record voor mail.jouwdomein en laat de MX daarnaar wijzen.',
        'Is dit een melding over mail die jij ontvangt, dan moet de afzender zijn adres of DNS in orde maken.',
      ],
      en: [
        'Send from an address that really exists and can receive mail (watch out for website forms and scripts that use a made-up sender).',
        'In cPanel open Email Routing for the sender domain: if its MX is at another provider choose Remote Mail Exchanger; if the mail lives on this server choose Local Mail Exchanger.',
        "Check that the sender domain's MX points to a server where the mailbox really exists. If the website runs on another server than the mail, add an A record for mail.yourdomain and point the MX to it.",
        'If this is about mail you receive, the sender must fix their address or DNS.',
      ],
    },
    crossCheck: {
      nl: 'Of het afzenderadres bestaat, en of de E-mailroutering van het afzenderdomein (lokaal of extern) past bij waar de live MX naartoe wijst.',
      en: "Whether the sender address exists, and whether the sender domain's Email Routing (local or remote) matches where its live MX points.",
    },
    links: ['emailRouting', 'wordpressSmtp'],
    examples: [
      { text: '550 Mail rejected: sender address does not exist', source: 'receivers that verify the envelope sender before accepting (sender callout), the refusal when it does not exist' },
      { text: '550 verification failed for <info@voorbeeld.nl>', source: 'Seed article (email-problemen-debuggen), public sample' },
      { text: '451 unable to verify sender', source: 'Seed article (email-problemen-debuggen), public sample' },
      {
        text: 'H=(exim.test.ex) [V4NET.0.0.97] sender verify fail for <junkjunk@exim.test.ex>: Unrouteable address',
        source: 'Exim test suite log (Exim/exim test/log), quoted in cpanel-api.md §6.2',
      },
      {
        text: 'H=(exim.test.ex) [V4NET.0.0.97] F=<junkjunk@exim.test.ex> rejected RCPT <postmaster@exim.test.ex>: Sender verify failed',
        source: 'Exim test suite log (Exim/exim test/log), quoted in cpanel-api.md §6.2',
      },
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 550 Unroutable sender address',
        source: 'Sisimai corpus, lhost-exim-36.eml',
      },
      {
        text: '553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist',
        source: 'Sisimai corpus, lhost-sendmail-04.eml',
      },
      {
        text: 'host mail.sdb.k12.wi.us[205.213.112.13] said: 550-Verification failed for <janet-at-atd.com@triggeremails.com> 550-Called:   67.192.126.210 550-Sent:     RCPT TO:<janet-at-atd.com@triggeremails.com> 550-Response: 550 <janet-at-atd.com@triggeremails.com>: Recipient address rejected: User unknown in local recipient table 550-Sender verification failed (Sending test bounce to 550 janet-at-atd.com@triggeremails.com failed). (in reply to RCPT TO command)',
        source: 'Postfix log line with an Exim callout rejection, quoted in a public bounce-parser test (code corpus)',
      },
      {
        text: '550-Postmaster verification failed while checking <george@reilly.org> 550-Called:   205.158.62.206 550-Sent:     RCPT TO:<postmaster@reilly.org> 550-Response: 550 <postmaster@reilly.org>: User unknown 550-Several RFCs state that you are required to have a postmaster 550-mailbox for each mail domain. This host does not accept mail 550-from domains whose servers reject the postmaster address. 550 Sender verify failed',
        source: 'SourceForge (Exim) rejection quoted in a public blog post (code corpus)',
      },
      {
        text: '451-response to "RCPT TO:<fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>" from smtp.cs.tcd.ie [134.226.32.56] was: 450 4.2.0 <fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/cs.tcd.ie.html 451-Could not complete sender verify callout for 451-<fg07participants-bounces+arash=dcs.qmul.ac.uk@cs.tcd.ie>. 451-The mail server(s) for the domain may be temporarily unreachable, or 451-they may be permanently unreachable from this server.',
        source: 'Exim callout deferral in a public Postfix log (code corpus); Exim verify.c wording',
      },
    ],
    nearMisses: [
      {
        text: '550 unrouteable address',
        why: 'Unrouteable on its own is about the RECIPIENT address; only inside a sender check is it about ours.',
        expected: 'unrouteable-address',
      },
      {
        text: 'SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com>: 550 5.1.7 No such domain neko.example.com.',
        why: 'Same stage (MAIL FROM), but no sender verification is mentioned; this receiver wording is not one the rule knows.',
        expected: 'sender-address-rejected',
      },
    ],
  },
  {
    id: 'pipe-forwarder-failed',
    match: {
      phrases: [
        'pipe to |',
        'address_pipe transport returned',
        'pipe transport returned',
        'pipe process failed to exec',
        't=virtual_address_pipe',
        't=address_pipe',
      ],
      pattern: /^(?:.*?(?:pipe to \||from command: |failed to exec ")(?<program>[^\s"]+))?/,
    },
    temporary: 'by-code',
    actor: 'account-owner',
    title: {
      nl: 'Het programma achter een doorstuuradres faalde',
      en: 'The program behind a forwarder failed',
    },
    explanation: {
      nl: 'Een doorstuuradres geeft inkomende mail niet aan een mailbox maar aan een programma of script ({program}), bijvoorbeeld een ticketsysteem of een website-script. Dat programma gaf een fout of kon niet gestart worden, dus de mail is niet verwerkt en de afzender krijgt een bounce.',
      en: 'A forwarder does not hand incoming mail to a mailbox but to a program or script ({program}), for example a ticket system or a website script. That program returned an error or could not be started, so the mail was not processed and the sender gets a bounce.',
    },
    fix: {
      nl: [
        'Open in cPanel Doorstuuradressen en zoek het doorstuuradres dat naar een programma verwijst (een pad dat met | begint).',
        'Controleer of het script op dat pad nog bestaat, uitvoerbaar is (rechten 755) en bovenaan de juiste interpreter heeft (bijvoorbeeld #!/usr/bin/php -q).',
        'Test het script en bekijk de foutmelding in de bounce; een exitcode 127 betekent meestal dat het programma of de interpreter niet gevonden wordt.',
        'Gebruik je het script niet meer, verwijder dan het doorstuuradres of laat het naar een gewone mailbox wijzen.',
      ],
      en: [
        'In cPanel open Forwarders and find the forwarder that points to a program (a path starting with |).',
        'Check that the script at that path still exists, is executable (permissions 755) and names the right interpreter on its first line (for example #!/usr/bin/php -q).',
        'Test the script and read the error in the bounce; exit code 127 usually means the program or its interpreter cannot be found.',
        'If you no longer use the script, delete the forwarder or point it to a normal mailbox.',
      ],
    },
    crossCheck: {
      nl: 'Welk doorstuuradres naar een programma doorstuurt (pipe) en naar welk pad.',
      en: 'Which forwarder pipes to a program, and to which path.',
    },
    examples: [
      {
        text: 'pipe to |/usr/local/nyaan/bin/neko kijitora@example.com /home/nyaan/.neko generated by kijitora@example.com',
        source: 'Sisimai corpus, lhost-exim-44.eml',
      },
      {
        text: 'pipe to |/usr/local/neko/bin/cat kijitora@example.com /home/neko/.cat generated by kijitora@example.com The following text was generated during the delivery attempt: [2016-04-29 23:34:45 +0900] info [cat] Failed to read response template /home/neko/.cat/kijitora@example.com: No such file or directory',
        source: 'Sisimai corpus, lhost-exim-53.eml',
      },
      {
        text: 'Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command: /home/user/mail-test.php',
        source: 'Exim pipe transport wording (src/src/transports/pipe.c), as quoted in a public cPanel mail-piping README (code corpus)',
      },
    ],
    nearMisses: [
      {
        text: "2018-04-16 18:29:01 1f8DYT-0004dY-50 cancelled by system filter: local deliveries only",
        why: 'A local delivery stopped by the system filter, not a failing program behind a forwarder.',
        expected: 'unknown',
      },
    ],
  },
];
