/** The words of the whole-bounce part of "Explain a bounce", in both languages. */
import type { KindNote } from '../bounce/message-kind';
import type { Lang } from '../kb/types';

const WORDS = {
  nl: {
    uploadLabel: 'Of upload de bounce als .eml-bestand (maximaal 10 MB)',
    tooLarge: 'De bounce is groter dan 10 MB en is niet gelezen.',
    recipient: 'Ontvanger',
    status: 'Status',
    where: 'Waar',
    server: 'Server',
    serverWords: 'Woorden van de server',
    byCode: 'De reden is alleen uit de statuscode afgeleid.',
    notRead: 'Dit bericht kon niet gelezen worden: {error}',
    kinds: {
      'auto-reply': 'Dit is een automatisch antwoord (bijvoorbeeld een afwezigheidsbericht), geen bounce: het bericht is wel aangekomen.',
      'feedback-report': 'Dit is een klachtrapport (ARF): een ontvanger heeft een bericht als spam gemarkeerd. Het is geen bounce.',
      'unsubscribe-request': 'Dit is een afmeldverzoek: het mailprogramma van een ontvanger vraagt namens hem om van een mailinglijst gehaald te worden. Het is geen bounce; haal dit adres van de lijst.',
      'auth-failure-report': 'Dit is een rapport over een mislukte authenticatie (RFC 6591): een ontvangende server meldt een bericht dat de SPF-, DKIM- of DMARC-controle niet doorstond. Het is geen bounce.',
      delivered: 'Dit is een bevestiging van aflevering: het bericht is aangekomen.',
      'not-a-bounce': 'Dit bericht meldt geen mislukte aflevering.',
    } satisfies Record<KindNote, string>,
  },
  en: {
    uploadLabel: 'Or upload the bounce as an .eml file (at most 10 MB)',
    tooLarge: 'The bounce is larger than 10 MB and was not read.',
    recipient: 'Recipient',
    status: 'Status',
    where: 'Where',
    server: 'Server',
    serverWords: "The server's words",
    byCode: 'The reason was read from the status code alone.',
    notRead: 'This message could not be read: {error}',
    kinds: {
      'auto-reply': 'This is an automatic reply (for example an out-of-office message), not a bounce: the message did arrive.',
      'feedback-report': 'This is a complaint report (ARF): a recipient marked a message as spam. It is not a bounce.',
      'unsubscribe-request': "This is an unsubscribe request: a recipient's mail program asks, on their behalf, to be taken off a mailing list. It is not a bounce; remove this address from the list.",
      'auth-failure-report': 'This is an authentication failure report (RFC 6591): a receiving server reports a message that failed the SPF, DKIM or DMARC check. It is not a bounce.',
      delivered: 'This is a delivery confirmation: the message arrived.',
      'not-a-bounce': 'This message does not report a failed delivery.',
    } satisfies Record<KindNote, string>,
  },
} as const;

type BounceWords = (typeof WORDS)[Lang];

export function bounceWords(lang: Lang): BounceWords {
  return WORDS[lang];
}
