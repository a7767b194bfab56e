/**
 * What the readers of pasted text and of bounce messages say about their
 * input — a note beside a result, or why there is no result — as data in the
 * pure core, and in words for people at the edges (terminal, JSON, page), in
 * both languages. One place for these sentences, so that a Dutch page never
 * shows an English remark.
 */
import type { Lang, Localized } from './lang';

export type ReaderNote =
  | { readonly code: 'not-utf8' }
  | { readonly code: 'long-input'; readonly size: number; readonly limit: number }
  | { readonly code: 'body-only' }
  | { readonly code: 'large-message'; readonly size: number; readonly read: number }
  | { readonly code: 'no-failed-address' }
  | { readonly code: 'many-recipients'; readonly count: number; readonly shown: number };

export type ReaderFailure =
  | { readonly code: 'empty-line' }
  | { readonly code: 'binary' }
  | { readonly code: 'empty-file' }
  | { readonly code: 'not-mime' }
  | { readonly code: 'no-header-fields' }
  | { readonly code: 'bounce-without-address' }
  | { readonly code: 'empty-mbox' }
  | { readonly code: 'no-such-file' }
  | { readonly code: 'permission-denied' }
  | { readonly code: 'is-folder' }
  | { readonly code: 'unreadable' };

const count = (n: number, lang: Lang): string => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');

export function noteWords(note: ReaderNote, lang: Lang): string {
  const nl = lang === 'nl';
  switch (note.code) {
    case 'not-utf8':
      return nl ? 'de tekst is geen geldige UTF-8; onleesbare bytes zijn vervangen door �' : 'the input is not valid UTF-8; unreadable bytes were replaced by �';
    case 'long-input':
      return nl
        ? `de tekst is erg lang (${count(note.size, lang)} bytes); alleen de eerste ${count(note.limit, lang)} tekens zijn bekeken`
        : `the input is very long (${count(note.size, lang)} bytes); only the first ${count(note.limit, lang)} characters were analysed`;
    case 'body-only':
      return nl ? 'de tekst heeft geen kopregels: hij is gelezen als de inhoud van een bounce' : 'the text has no header fields: it was read as the body of a bounce';
    case 'large-message':
      return nl
        ? `het bericht is erg groot (${count(note.size, lang)} bytes); alleen de eerste ${count(note.read, lang)} bytes zijn gelezen`
        : `the message is very large (${count(note.size, lang)} bytes); only the first ${count(note.read, lang)} bytes were read`;
    case 'no-failed-address':
      return nl ? 'de melding noemt geen mislukt adres; het To-adres van het oorspronkelijke bericht staat erbij' : 'the report names no failed address; the original message’s To address is shown';
    case 'many-recipients':
      return nl
        ? `de melding noemt ${count(note.count, lang)} ontvangers; de eerste ${count(note.shown, lang)} staan hier`
        : `the report lists ${count(note.count, lang)} recipients; the first ${count(note.shown, lang)} are shown`;
  }
}

const FAILURES: Readonly<Record<ReaderFailure['code'], Localized<string>>> = {
  'empty-line': { nl: 'lege regel: niets uit te leggen', en: 'empty line: nothing to explain' },
  binary: { nl: 'binaire gegevens: dit is geen leesbare afleverfout', en: 'binary data: this is not a readable delivery message' },
  'empty-file': { nl: 'het bestand is leeg', en: 'the file is empty' },
  'not-mime': { nl: 'het bericht kon niet als MIME gelezen worden', en: 'the message could not be parsed as MIME' },
  'no-header-fields': { nl: 'dit is geen e-mailbericht (er staan geen kopregels in) en ook niet de inhoud van een bounce', en: 'this is not an e-mail message (it has no header fields), nor the body of a bounce' },
  'bounce-without-address': {
    nl: 'dit lijkt de inhoud van een bounce, maar er staat geen volledig adres van een ontvanger in (met @); plak het hele bericht, met de adressen zoals ze erin stonden',
    en: 'this looks like the body of a bounce, but it names no whole recipient address (with an @); paste the whole message, with its addresses as they were',
  },
  'empty-mbox': { nl: 'de mailbox bevat geen berichten', en: 'the mailbox holds no messages' },
  'no-such-file': { nl: 'dit bestand bestaat niet', en: 'no such file' },
  'permission-denied': { nl: 'geen toestemming om dit bestand te lezen', en: 'permission denied' },
  'is-folder': { nl: 'dit is een map, geen bestand', en: 'this is a folder, not a file' },
  unreadable: { nl: 'kon niet gelezen worden', en: 'could not be read' },
};

export function failureWords(failure: ReaderFailure, lang: Lang): string {
  return FAILURES[failure.code][lang];
}
