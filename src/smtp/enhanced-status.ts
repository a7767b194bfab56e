/**
 * Enhanced mail system status codes, class.subject.detail (RFC 3463), with the
 * later registrations from the IANA "Enumerated Status Codes" registry that
 * receivers use today (RFC 4954, RFC 5248, RFC 7372, RFC 7505, RFC 8689).
 * A closed vocabulary: every known code is a row here, each row says where it
 * is defined.
 */
import type { Localized } from '../text/lang';

type StatusClass = 2 | 4 | 5;

/** RFC 3463 §3.1: the class says whether the failure is permanent. */
const CLASS_MEANING: Record<StatusClass, Localized<string>> = {
  2: { en: 'success', nl: 'gelukt' },
  4: { en: 'temporary failure: the sending server tries again', nl: 'tijdelijke fout: de verzendende server probeert het opnieuw' },
  5: { en: 'permanent failure: the message will not be delivered as it is', nl: 'blijvende fout: het bericht wordt zo niet afgeleverd' },
};

/** RFC 3463 §3.2–§3.9: what the subject digit is about. */
const SUBJECT_MEANING: Record<number, Localized<string>> = {
  0: { en: 'other or undefined', nl: 'overig of niet nader bepaald' },
  1: { en: 'addressing', nl: 'adressering' },
  2: { en: 'the recipient mailbox', nl: 'de mailbox van de ontvanger' },
  3: { en: 'the receiving mail system', nl: 'het ontvangende mailsysteem' },
  4: { en: 'network and routing', nl: 'netwerk en routering' },
  5: { en: 'the mail delivery protocol', nl: 'het protocol voor mailbezorging' },
  6: { en: 'message content or media', nl: 'inhoud of opmaak van het bericht' },
  7: { en: 'security or policy', nl: 'beveiliging of beleid' },
};

interface DetailRow {
  readonly en: string;
  readonly nl: string;
  readonly source: string;
}

/** Keyed by "subject.detail". */
const DETAIL_MEANING: Readonly<Record<string, DetailRow>> = {
  '0.0': { en: 'other undefined status', nl: 'overige, niet nader bepaalde status', source: 'RFC 3463 §3.1' },
  '1.0': { en: 'other address status', nl: 'overig adresprobleem', source: 'RFC 3463 §3.2' },
  '1.1': { en: 'bad destination mailbox address: the mailbox does not exist', nl: 'onjuist ontvangstadres: de mailbox bestaat niet', source: 'RFC 3463 §3.2' },
  '1.2': { en: 'bad destination system address: the domain does not exist or accepts no mail', nl: 'onjuist ontvangend systeem: het domein bestaat niet of neemt geen mail aan', source: 'RFC 3463 §3.2' },
  '1.3': { en: 'bad destination mailbox address syntax', nl: 'ontvangstadres is niet goed geschreven', source: 'RFC 3463 §3.2' },
  '1.4': { en: 'destination mailbox address ambiguous', nl: 'ontvangstadres is niet eenduidig', source: 'RFC 3463 §3.2' },
  '1.5': { en: 'destination address valid', nl: 'ontvangstadres is geldig', source: 'RFC 3463 §3.2' },
  '1.6': { en: 'destination mailbox has moved, no forwarding address', nl: 'mailbox is verhuisd, zonder doorstuuradres', source: 'RFC 3463 §3.2' },
  '1.7': { en: "bad sender's mailbox address syntax", nl: 'afzenderadres is niet goed geschreven', source: 'RFC 3463 §3.2' },
  '1.8': { en: "bad sender's system address: the sender's domain is not accepted", nl: 'afzenderdomein wordt niet geaccepteerd', source: 'RFC 3463 §3.2' },
  '1.9': { en: 'message relayed to a non-compliant mailer', nl: 'bericht doorgegeven aan een niet-conforme mailserver', source: 'RFC 3886' },
  '1.10': { en: 'the recipient domain publishes a null MX: it accepts no mail', nl: 'het domein van de ontvanger heeft een null-MX: het neemt geen mail aan', source: 'RFC 7505 §4.2' },
  '2.0': { en: 'other or undefined mailbox status', nl: 'overig mailboxprobleem', source: 'RFC 3463 §3.3' },
  '2.1': { en: 'mailbox disabled, not accepting messages', nl: 'mailbox is uitgeschakeld en neemt geen berichten aan', source: 'RFC 3463 §3.3' },
  '2.2': { en: 'mailbox full', nl: 'mailbox is vol', source: 'RFC 3463 §3.3' },
  '2.3': { en: 'message length exceeds an administrative limit', nl: 'bericht is groter dan de ingestelde limiet', source: 'RFC 3463 §3.3' },
  '2.4': { en: 'mailing list expansion problem', nl: 'probleem bij het uitvouwen van een mailinglijst', source: 'RFC 3463 §3.3' },
  '3.0': { en: 'other or undefined mail system status', nl: 'overig probleem van het mailsysteem', source: 'RFC 3463 §3.4' },
  '3.1': { en: 'mail system full', nl: 'mailsysteem is vol', source: 'RFC 3463 §3.4' },
  '3.2': { en: 'system not accepting network messages', nl: 'systeem neemt nu geen berichten van buiten aan', source: 'RFC 3463 §3.4' },
  '3.3': { en: 'system not capable of selected features', nl: 'systeem ondersteunt de gevraagde functies niet', source: 'RFC 3463 §3.4' },
  '3.4': { en: 'message too big for system', nl: 'bericht is te groot voor het systeem', source: 'RFC 3463 §3.4' },
  '3.5': { en: 'system incorrectly configured', nl: 'systeem is verkeerd ingesteld', source: 'RFC 3463 §3.4' },
  '4.0': { en: 'other or undefined network or routing status', nl: 'overig netwerk- of routeringsprobleem', source: 'RFC 3463 §3.5' },
  '4.1': { en: 'no answer from host', nl: 'geen antwoord van de server', source: 'RFC 3463 §3.5' },
  '4.2': { en: 'bad connection', nl: 'slechte verbinding', source: 'RFC 3463 §3.5' },
  '4.3': { en: 'directory server failure (e.g. DNS)', nl: 'storing bij een opzoekdienst (bijvoorbeeld DNS)', source: 'RFC 3463 §3.5' },
  '4.4': { en: 'unable to route: no mail server found for the domain', nl: 'geen route: geen mailserver gevonden voor het domein', source: 'RFC 3463 §3.5' },
  '4.5': { en: 'mail system congestion', nl: 'mailsysteem is overbelast', source: 'RFC 3463 §3.5' },
  '4.6': { en: 'routing loop detected', nl: 'routeringslus ontdekt', source: 'RFC 3463 §3.5' },
  '4.7': { en: 'delivery time expired', nl: 'bezorgtijd verlopen', source: 'RFC 3463 §3.5' },
  '5.0': { en: 'other or undefined protocol status', nl: 'overig protocolprobleem', source: 'RFC 3463 §3.6' },
  '5.1': { en: 'invalid command', nl: 'ongeldig commando', source: 'RFC 3463 §3.6' },
  '5.2': { en: 'syntax error', nl: 'syntaxfout', source: 'RFC 3463 §3.6' },
  '5.3': { en: 'too many recipients', nl: 'te veel ontvangers', source: 'RFC 3463 §3.6' },
  '5.4': { en: 'invalid command arguments', nl: 'ongeldige argumenten bij een commando', source: 'RFC 3463 §3.6' },
  '5.5': { en: 'wrong protocol version', nl: 'verkeerde protocolversie', source: 'RFC 3463 §3.6' },
  '5.6': { en: 'authentication exchange line is too long', nl: 'regel voor aanmelden is te lang', source: 'RFC 4954 §6' },
  '6.0': { en: 'other or undefined media error', nl: 'overig probleem met de inhoud', source: 'RFC 3463 §3.7' },
  '6.1': { en: 'media not supported', nl: 'soort inhoud wordt niet ondersteund', source: 'RFC 3463 §3.7' },
  '6.2': { en: 'conversion required and prohibited', nl: 'omzetting nodig maar niet toegestaan', source: 'RFC 3463 §3.7' },
  '6.3': { en: 'conversion required but not supported', nl: 'omzetting nodig maar niet mogelijk', source: 'RFC 3463 §3.7' },
  '6.4': { en: 'conversion with loss performed', nl: 'omzetting met verlies uitgevoerd', source: 'RFC 3463 §3.7' },
  '6.5': { en: 'conversion failed', nl: 'omzetting mislukt', source: 'RFC 3463 §3.7' },
  '6.6': { en: 'message content not available', nl: 'inhoud van het bericht niet beschikbaar', source: 'RFC 4468 §5' },
  '6.7': { en: 'non-ASCII addresses not permitted for that sender or recipient', nl: 'adressen met niet-ASCII-tekens niet toegestaan', source: 'RFC 6531 §3.5' },
  '6.8': { en: 'UTF-8 string reply is required, but not permitted by the client', nl: 'UTF-8-antwoord vereist maar niet toegestaan', source: 'RFC 6531 §3.5' },
  '6.9': { en: 'UTF-8 header message cannot be transferred to one or more recipients', nl: 'bericht met UTF-8-kopregels kan niet worden doorgegeven', source: 'RFC 6531 §3.5' },
  '7.0': { en: 'other or undefined security status', nl: 'overig beveiligings- of beleidsprobleem', source: 'RFC 3463 §3.8' },
  '7.1': { en: 'delivery not authorised, message refused', nl: 'bezorging niet toegestaan, bericht geweigerd', source: 'RFC 3463 §3.8' },
  '7.2': { en: 'mailing list expansion prohibited', nl: 'uitvouwen van de mailinglijst niet toegestaan', source: 'RFC 3463 §3.8' },
  '7.3': { en: 'security conversion required but not possible', nl: 'beveiligingsomzetting nodig maar niet mogelijk', source: 'RFC 3463 §3.8' },
  '7.4': { en: 'security features not supported', nl: 'beveiligingsfuncties niet ondersteund', source: 'RFC 3463 §3.8' },
  '7.5': { en: 'cryptographic failure', nl: 'cryptografische fout', source: 'RFC 3463 §3.8' },
  '7.6': { en: 'cryptographic algorithm not supported', nl: 'cryptografisch algoritme niet ondersteund', source: 'RFC 3463 §3.8' },
  '7.7': { en: 'message integrity failure', nl: 'integriteit van het bericht niet in orde', source: 'RFC 3463 §3.8' },
  '7.8': { en: 'authentication credentials invalid', nl: 'inloggegevens ongeldig', source: 'RFC 4954 §6' },
  '7.9': { en: 'authentication mechanism is too weak', nl: 'aanmeldmethode is te zwak', source: 'RFC 4954 §6' },
  '7.10': { en: 'encryption needed', nl: 'versleuteling vereist', source: 'RFC 5248 §2.4' },
  '7.11': { en: 'encryption required for the requested authentication mechanism', nl: 'versleuteling vereist voor deze aanmeldmethode', source: 'RFC 4954 §6' },
  '7.12': { en: 'a password transition is needed', nl: 'wachtwoord moet worden omgezet', source: 'RFC 4954 §6' },
  '7.13': { en: 'user account disabled', nl: 'gebruikersaccount uitgeschakeld', source: 'RFC 5248 §2.4' },
  '7.14': { en: 'trust relationship required', nl: 'vertrouwensrelatie vereist', source: 'RFC 5248 §2.4' },
  '7.15': { en: 'priority level is too low', nl: 'prioriteit is te laag', source: 'RFC 6710 §5' },
  '7.16': { en: 'message is too big for the specified priority', nl: 'bericht is te groot voor deze prioriteit', source: 'RFC 6710 §5' },
  '7.17': { en: 'mailbox owner has changed', nl: 'eigenaar van de mailbox is veranderd', source: 'RFC 7293 §4' },
  '7.18': { en: 'domain owner has changed', nl: 'eigenaar van het domein is veranderd', source: 'RFC 7293 §4' },
  '7.19': { en: 'RRVS test cannot be completed', nl: 'RRVS-controle kan niet worden uitgevoerd', source: 'RFC 7293 §4' },
  '7.20': { en: 'no passing DKIM signature found', nl: 'geen geldige DKIM-handtekening gevonden', source: 'RFC 7372 §3.1' },
  '7.21': { en: 'no acceptable DKIM signature found', nl: 'geen acceptabele DKIM-handtekening gevonden', source: 'RFC 7372 §3.1' },
  '7.22': { en: 'no valid author-matched DKIM signature found', nl: 'geen geldige DKIM-handtekening van het afzenderdomein gevonden', source: 'RFC 7372 §3.1' },
  '7.23': { en: 'SPF validation failed: the sending server is not allowed by the SPF record', nl: 'SPF-controle mislukt: de verzendende server staat niet in het SPF-record', source: 'RFC 7372 §3.2' },
  '7.24': { en: 'SPF validation error', nl: 'fout bij de SPF-controle', source: 'RFC 7372 §3.2' },
  '7.25': { en: 'reverse DNS validation failed', nl: 'controle van de reverse DNS mislukt', source: 'RFC 7372 §3.3' },
  '7.26': { en: 'multiple authentication checks failed', nl: 'meerdere authenticatiecontroles mislukt', source: 'RFC 7372 §3.4' },
  '7.27': { en: 'the sender address has a null MX', nl: 'het afzenderadres heeft een null-MX', source: 'RFC 7505 §4.2' },
  '7.29': { en: 'ARC validation failure', nl: 'ARC-controle mislukt', source: 'RFC 8617 §5.2.3' },
  '7.30': { en: 'REQUIRETLS support required', nl: 'REQUIRETLS-ondersteuning vereist', source: 'RFC 8689 §5' },
};

interface EnhancedStatus {
  readonly code: string;
  readonly statusClass: StatusClass;
  readonly subject: number;
  readonly detail: number;
}

const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

export function parseEnhancedStatus(code: string): EnhancedStatus | undefined {
  const m = ENHANCED.exec(code);
  if (m === null) return undefined;
  return { code, statusClass: Number(m[1]) as StatusClass, subject: Number(m[2]), detail: Number(m[3]) };
}

export interface EnhancedMeaning {
  readonly classMeaning: string;
  readonly subjectMeaning: string;
  /** Absent when the detail is not registered (the subject still says something). */
  readonly detailMeaning?: string;
  readonly source?: string;
}

export function describeEnhancedStatus(status: EnhancedStatus, lang: 'nl' | 'en'): EnhancedMeaning {
  const subject = SUBJECT_MEANING[status.subject] ?? SUBJECT_MEANING[0]!;
  const detail = DETAIL_MEANING[`${status.subject}.${status.detail}`];
  return {
    classMeaning: CLASS_MEANING[status.statusClass][lang],
    subjectMeaning: subject[lang],
    ...(detail === undefined ? {} : { detailMeaning: detail[lang], source: detail.source }),
  };
}
