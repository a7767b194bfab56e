/**
 * Basic SMTP reply codes (RFC 5321 §4.2.2–§4.2.3, RFC 4954 §6 for 530/535/538)
 * in plain words, for texts no rule recognises.
 */
import type { Localized } from '../text/lang';

export const REPLY_CODE_MEANING: Readonly<Record<number, Localized<string>>> = {
  421: { en: 'the receiving service is not available right now and closed the connection', nl: 'de ontvangende dienst is nu niet beschikbaar en verbrak de verbinding' },
  450: { en: 'the mailbox is unavailable for now (busy, or refused for the moment)', nl: 'de mailbox is nu niet beschikbaar (bezet, of tijdelijk geweigerd)' },
  451: { en: 'the receiving server had a local problem and asked to try later', nl: 'de ontvangende server had een lokaal probleem en vroeg het later opnieuw te proberen' },
  452: { en: 'the receiving server has too little storage for now', nl: 'de ontvangende server heeft nu te weinig opslagruimte' },
  454: { en: 'TLS is not available for now', nl: 'TLS is nu niet beschikbaar' },
  455: { en: 'the server cannot handle these parameters now', nl: 'de server kan deze parameters nu niet verwerken' },
  500: { en: 'the receiving server did not understand a command', nl: 'de ontvangende server begreep een commando niet' },
  501: { en: 'a command had wrong arguments', nl: 'een commando had verkeerde argumenten' },
  502: { en: 'a command is not implemented', nl: 'een commando wordt niet ondersteund' },
  503: { en: 'commands were sent in the wrong order', nl: 'commando’s kwamen in de verkeerde volgorde' },
  504: { en: 'a command parameter is not implemented', nl: 'een parameter van een commando wordt niet ondersteund' },
  521: { en: 'the receiving host does not accept mail', nl: 'de ontvangende server neemt geen mail aan' },
  530: { en: 'authentication is required', nl: 'aanmelden is verplicht' },
  535: { en: 'the login (user name or password) was not accepted', nl: 'de aanmelding (gebruikersnaam of wachtwoord) werd niet geaccepteerd' },
  538: { en: 'encryption is required for this login method', nl: 'versleuteling is verplicht voor deze aanmeldmethode' },
  550: { en: 'the receiving server refused the message or the mailbox is unavailable', nl: 'de ontvangende server weigerde het bericht of de mailbox is niet beschikbaar' },
  551: { en: 'the user is not local to that server', nl: 'de gebruiker zit niet op die server' },
  552: { en: 'the message exceeds a storage allocation (mailbox full or message too large)', nl: 'het bericht past niet (mailbox vol of bericht te groot)' },
  553: { en: 'the mailbox name is not allowed (wrong address syntax or refused address)', nl: 'de mailboxnaam is niet toegestaan (verkeerd geschreven of geweigerd adres)' },
  554: { en: 'the transaction failed: the receiving server refused the message', nl: 'de overdracht is mislukt: de ontvangende server weigerde het bericht' },
  556: { en: 'the domain does not accept mail', nl: 'het domein neemt geen mail aan' },
};

/** RFC 5321 §4.2.1: the first digit says temporary (4) or permanent (5). */
export function isTemporaryCode(code: number): boolean {
  return code >= 400 && code < 500;
}
