/**
 * Reason words in the languages bounces arrive in besides English (Dutch
 * first, for the customers this product serves; German, French, Spanish,
 * Italian, Portuguese): the same subject-and-state reading as
 * reason-words.ts, for the reasons whose fixed phrases in these languages
 * cannot hold every word order ("Het account van de ontvanger is
 * gedeactiveerd", "Das Konto des Empfängers wurde deaktiviert"). The words
 * are the languages' ordinary words for an account, a message, an IP
 * address and their states; states are also matched as servers write them
 * without accents or umlauts.
 */
import type { DiagnosisId } from '../types';
import { spellings } from './multilingual-phrases';
import { alternatives, GAP, words } from './reason-words';
import type { TierEntry } from './tier-entry';

/** A subject (a pattern source) and its states in one language. */
interface Family {
  readonly subject: string;
  readonly states: readonly string[];
}

function familyEntry(id: DiagnosisId, families: readonly Family[], unless: readonly string[] = []): TierEntry {
  const states = (f: Family): string[] => [...new Set(f.states.flatMap(spellings))];
  const sources = families.map((f) => String.raw`\b${f.subject}\b${GAP}(?:${alternatives(states(f))})(?![\p{L}\p{N}])`);
  return words(id, {
    phrases: [...new Set(families.flatMap(states))],
    pattern: new RegExp(sources.join('|'), 'u'),
    ...(unless.length === 0 ? {} : { unless }),
  });
}

export const LANGUAGE_REASON_WORDS: readonly TierEntry[] = [
  // The recipient's account or mailbox is switched off or closed (not the sender's own: "uw account", "Ihr Konto",
  // "votre compte" …). "Blocked" is left out, as in English: an address "blocked" may as well be the sender's.
  familyEntry(
    'recipient-disabled',
    [
      { subject: String.raw`(?:account|mailbox|postvak|postbus|e-?mailadres|adres|gebruiker)`, states: ['gedeactiveerd', 'uitgeschakeld', 'opgeheven', 'verwijderd', 'gesloten', 'inactief', 'niet actief', 'niet meer actief', 'geschorst', 'opgeschort'] },
      { subject: String.raw`(?:konto|postfach|mailbox|account|benutzer|e-?mail-adresse|adresse)`, states: ['deaktiviert', 'gesperrt', 'gelöscht', 'geschlossen', 'stillgelegt', 'inaktiv', 'nicht aktiv', 'nicht mehr aktiv'] },
      { subject: String.raw`(?:compte|bo[iî]te|adresse|utilisateur)`, states: ['désactivé', 'désactivée', 'suspendu', 'suspendue', 'fermé', 'fermée', 'supprimé', 'supprimée', 'inactif', 'inactive'] },
      { subject: String.raw`(?:cuenta|buz[oó]n|direcci[oó]n|usuario)`, states: ['desactivada', 'desactivado', 'deshabilitada', 'deshabilitado', 'suspendida', 'suspendido', 'cerrada', 'cerrado', 'inactiva', 'inactivo'] },
      { subject: String.raw`(?:account|casella|indirizzo|utente)`, states: ['disattivato', 'disattivata', 'disabilitato', 'disabilitata', 'sospeso', 'sospesa', 'chiuso', 'chiusa'] },
      { subject: String.raw`(?:conta|caixa|endere[cç]o|usu[aá]rio)`, states: ['desativada', 'desativado', 'suspensa', 'suspenso', 'encerrada', 'encerrado', 'inativa', 'inativo'] },
    ],
    ['uw account', 'uw mailbox', 'je account', 'ihr konto', 'ihr postfach', 'votre compte', 'su cuenta', 'tu cuenta', 'il tuo account', 'sua conta', 'wachtwoord', 'passwort', 'mot de passe', 'contraseña', 'password', 'senha'],
  ),

  // The recipient's domain does not exist (Exchange's localised "the domain was not found"; either word order, as in
  // "no se encontró el dominio"). The sender's domain has its own words (the conditions of every recipient id).
  familyEntry('recipient-domain-not-found', [
    { subject: String.raw`(?:domein|domeinnaam)`, states: ['niet gevonden', 'bestaat niet', 'onbekend'] },
    { subject: String.raw`(?:dom[aä]ne|domain|domaene)`, states: ['nicht gefunden', 'existiert nicht', 'nicht vorhanden', 'unbekannt'] },
    { subject: String.raw`(?:domaine)`, states: ['introuvable', "n'existe pas", 'inconnu', 'inexistant'] },
    { subject: String.raw`(?:dominio)`, states: ['no existe', 'desconocido', 'no encontrado', 'inexistente', 'non trovato', 'non esiste', 'sconosciuto'] },
    { subject: String.raw`(?:dom[ií]nio)`, states: ['não encontrado', 'não existe', 'desconhecido', 'inexistente'] },
  ]),
  // The same with the state first: "no se encontró el dominio", "impossible de trouver le domaine".
  words('recipient-domain-not-found', {
    phrases: ['el dominio', 'le domaine', 'il dominio'],
    pattern: /(?:\bno\s+se\s+(?:encontr[oó]|pudo\s+encontrar)|\bimpossible\s+de\s+trouver|\bimpossibile\s+trovare)\s+(?:el\s+dominio|le\s+domaine|il\s+dominio)\b/u,
  }),

  // The message or an attachment is larger than the receiver takes.
  familyEntry('message-too-large', [
    { subject: String.raw`(?:bericht|e-?mail|mail|bijlagen?)`, states: ['te groot'] },
    { subject: String.raw`(?:nachricht|e-?mail|mail|anh[aä]nge?|anhaenge)`, states: ['zu groß', 'zu gross'] },
    { subject: String.raw`(?:message|courriel|e-?mail|pi[eè]ces?\s+jointes?)`, states: ['trop gros', 'trop volumineux', 'trop volumineuse', 'trop grand', 'trop grande'] },
    { subject: String.raw`(?:mensaje|correo|adjuntos?)`, states: ['demasiado grande', 'muy grande'] },
    { subject: String.raw`(?:messaggio|allegati?|e-?mail)`, states: ['troppo grande'] },
    { subject: String.raw`(?:mensagem|anexos?|e-?mail)`, states: ['muito grande', 'grande demais'] },
  ]),

  // The sending IP address or server is on a block list.
  familyEntry(
    'server-blocklisted',
    [
      { subject: String.raw`(?:ip|ip-adres|server|mailserver|host)`, states: ['zwarte lijst', 'blokkeerlijst', 'blacklist', 'blocklist'] },
      { subject: String.raw`(?:ip|ip-adresse|server|mailserver|host)`, states: ['schwarze liste', 'schwarzen liste', 'sperrliste', 'blacklist', 'blocklist'] },
      { subject: String.raw`(?:ip|adresse ip|serveur)`, states: ['liste noire', 'blacklist'] },
      { subject: String.raw`(?:ip|direcci[oó]n ip|servidor)`, states: ['lista negra', 'blacklist'] },
      { subject: String.raw`(?:ip|indirizzo ip|server)`, states: ['lista nera', 'blacklist'] },
      { subject: String.raw`(?:ip|endere[cç]o ip|servidor)`, states: ['lista negra', 'blacklist'] },
    ],
    ['afzender', 'absender', 'expéditeur', 'expediteur', 'remitente', 'mittente', 'remetente'],
  ),

  // The recipient's address, user or mailbox does not exist or was not found (not the sender's, not a domain's).
  familyEntry(
    'recipient-unknown',
    [
      { subject: String.raw`(?:ontvanger|adres|e-?mailadres|gebruiker|mailbox|postvak|account)`, states: ['niet gevonden', 'bestaat niet', 'onbekend', 'ongeldig'] },
      { subject: String.raw`(?:empf[aä]nger|empfaenger|adresse|e-?mail-adresse|benutzer|postfach|konto)`, states: ['nicht gefunden', 'existiert nicht', 'unbekannt', 'ungültig'] },
      { subject: String.raw`(?:destinataire|adresse|utilisateur|bo[iî]te|compte)`, states: ['introuvable', 'inconnu', 'inconnue', 'inexistant', 'inexistante', "n'existe pas", 'n’existe pas', 'invalide'] },
      { subject: String.raw`(?:destinatario|direcci[oó]n|usuario|buz[oó]n|cuenta)`, states: ['no existe', 'desconocido', 'desconocida', 'no encontrado', 'no encontrada', 'inexistente', 'inválida', 'inválido'] },
      { subject: String.raw`(?:destinatario|indirizzo|utente|casella|account)`, states: ['non esiste', 'sconosciuto', 'inesistente', 'non trovato', 'non valido'] },
      { subject: String.raw`(?:destinat[aá]rio|endere[cç]o|usu[aá]rio|caixa|conta)`, states: ['não existe', 'desconhecido', 'inexistente', 'não encontrado', 'inválido'] },
    ],
    ['afzender', 'absender', 'expéditeur', 'expediteur', 'remitente', 'mittente', 'remetente', 'domein', 'domain', 'domaine', 'dominio', 'domínio', 'dominio', 'wachtwoord', 'passwort', 'mot de passe', 'contraseña', 'password', 'senha'],
  ),

  // Exchange's reports in these languages: "<name> is niet gevonden op <domein>", "<nom> est introuvable sur
  // <domaine>", "No se encontró <nombre> en <dominio>", "<nome> non è stato trovato in <dominio>", "<nome> não foi
  // encontrado em <domínio>": an unknown recipient at the domain, whatever the local part is.
  words('recipient-unknown', {
    phrases: ['niet gevonden op', 'introuvable sur', 'no se encontró', 'no se encontro', 'no se encuentra en', 'stato trovato in', 'foi encontrado em', 'foi encontrada em'],
    // Also Domino's Spanish reports: "<nombre> no se encuentra en el Directorio de Domino" (… "en la Libreta").
    pattern: /\bniet\s+gevonden\s+op\b|\bintrouvable\s+sur\b|\bno\s+se\s+encontr[óo]\s+\S+\s+en\b|\bno\s+se\s+encuentra\s+en\s+(?:el\s+directorio|la\s+libreta)\b|\bnon\s+[èe]\s+stato\s+trovato\s+in\b|\bn[ãa]o\s+foi\s+encontrad[oa]\s+em\b/u,
    unless: ['afzender', 'expéditeur', 'remitente', 'mittente', 'remetente', 'server', 'serveur', 'servidor'],
  }),

  // The address the sender typed was not found, as Exchange's reports say it with the address far from its state
  // ("L'adresse de messagerie que vous avez entrée est introuvable", "No se encontró la dirección de correo
  // electrónico", "Impossibile trovare l'indirizzo", "O endereço de email que você inseriu não foi encontrado").
  words('recipient-unknown', {
    phrases: ['est introuvable', 'no se encontró la', 'no se encontro la', 'impossibile trovare', 'não foi encontrado', 'nao foi encontrado'],
    pattern:
      /\b(?:adresse|destinataire)\b[^.;!?\n]{0,60}?\best\s+introuvable\b|\bno\s+se\s+encontr[óo]\s+la\s+direcci[óo]n\b|\bimpossibile\s+trovare\s+(?:l['’]\s*)?(?:indirizzo|destinatario|utente)\b|(?:endere[çc]o|destinat[áa]rio|usu[áa]rio)[^.;!?\n]{0,60}?\bn[ãa]o\s+foi\s+encontrad[oa](?![\p{L}])/u,
    unless: ['expéditeur', 'expediteur', 'remitente', 'mittente', 'remetente', 'domaine', 'dominio', 'domínio', 'serveur', 'servidor', 'server'],
  }),

  // German: a recipient that takes mail only from some senders, as Exchange's German reports say it ("Die
  // Übermittlung an diese Adresse ist eingeschränkt", "Sie haben keine Berechtigung, an diesen Empfänger zu senden").
  words('exchange-distribution-list-auth', {
    phrases: ['keine berechtigung', 'ist eingeschränkt', 'ist eingeschraenkt'],
    pattern: /\bkeine\s+berechtigung\b[^.;!?\n]{0,40}?\bzu\s+senden\b|(?<![\p{L}])(?:übermittlung|uebermittlung|zustellung)\s+an\s+diese\s+adresse\s+ist\s+eingeschr(?:ä|ae)nkt(?![\p{L}])/u,
  }),

  // German: "<Empfänger> wurde (in <Domäne>) nicht gefunden", as Exchange's German reports say an unknown recipient
  // ("… wurde in example.de nicht gefunden"); not a domain, server or page that was not found.
  words('recipient-unknown', {
    phrases: ['nicht gefunden', 'wurde nicht in'],
    pattern: /\bwurde\s+(?:in\s+\S+\s+)?nicht\s+(?:in\s+\S+\s+)?gefunden\b/u,
    unless: ['absender', 'domain', 'domäne', 'server', 'host', 'seite', 'datei'],
  }),

  // The receiving server does not relay for the sender.
  familyEntry('relay-denied', [
    { subject: String.raw`(?:relay|relaying|doorsturen)`, states: ['niet toegestaan', 'geweigerd', 'verboden'] },
    { subject: String.raw`(?:relay|relaying|weiterleitung)`, states: ['nicht erlaubt', 'nicht gestattet', 'verweigert', 'verboten'] },
    { subject: String.raw`(?:relais|relayage)`, states: ['non autorisé', 'refusé', 'interdit'] },
    { subject: String.raw`(?:relay|retransmisi[oó]n)`, states: ['no permitido', 'denegado', 'rechazado'] },
  ]),
];
