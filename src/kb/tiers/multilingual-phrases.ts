/**
 * Reason phrases in the languages bounces arrive in besides English (and the
 * plain English spam verdicts): Dutch,
 * German, French, Spanish, Italian and Portuguese, and the commonest
 * phrasings in Russian, Polish, Swedish, Czech, Turkish and Japanese. Written from the wording
 * of those languages' mail servers and providers (the common phrasings of a
 * full mailbox, an unknown user, spam, a block …); a longer phrase wins over
 * a shorter one, so "el dominio no existe" names the domain, "no existe" the
 * user.
 */
import type { DiagnosisId } from '../types';
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const SOURCE = 'common bounce wording in nl, de, fr, es, it, pt, ru, pl, sv, cs, tr, ja (providers\' localised replies)';

/**
 * A phrase as servers also write it without accents: many mail systems keep
 * to ASCII, writing German umlauts as ae/oe/ue and ß as ss, and dropping the
 * accents of French, Spanish, Italian and Portuguese ("boite pleine",
 * "Speicherplatz ueberschritten").
 */
export function spellings(phrase: string): string[] {
  const german = phrase.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const bare = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  return [phrase, german, bare];
}

function say(id: DiagnosisId, phrases: readonly string[], priority = 0, unless: readonly string[] = []): TierEntry {
  return reasonPhrase(id, { phrases: [...new Set(phrases.flatMap(spellings))], ...(priority === 0 ? {} : { priority }), ...(unless.length === 0 ? {} : { unless }) }, SOURCE);
}

/**
 * "virus detected" (Sisimai's VirusDetected phrase) with the virus's name in
 * between, as scanners write it ("virus Eicar-Test-Signature detected");
 * "no virus" is the opposite verdict.
 */
const VIRUS_NAMED: TierEntry = reasonPhrase(
  'virus-detected',
  { phrases: ['virus'], pattern: /\bvirus\b[^.;:]{1,80}\b(?:detected|found)\b/, unless: ['no virus', 'virus scan', 'virus check', 'antivirus', 'anti-virus'] },
  'Sisimai phrase facts (VirusDetected: "virus detected"), with the name scanners put in between',
);

/**
 * "The mailbox … is full" with words in between ("das Postfach des Empfängers
 * ist voll", "la boîte aux lettres du destinataire est pleine"): the verb
 * phrase is what the scan finds, the pattern checks that a mailbox is what is
 * full. Per language: the verb phrase, then the nouns for a mailbox.
 */
const FULL_WITH_WORDS_BETWEEN: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  // German puts the verb last in a subordinate clause: "…, da das Postfach des Empfängers voll ist".
  [['ist voll', 'voll ist'], /\b(?:postfach|mailbox|e-mail-postfach)\b[^.;]{0,50}\b(?:ist voll|voll ist)\b/],
  // Dutch too puts the verb last in a subordinate clause: "…, omdat de mailbox van de ontvanger vol is".
  [['is vol', 'vol is', 'zit vol'], /\b(?:mailbox|postvak|postbus|brievenbus)\b[^.;]{0,50}\b(?:is vol|vol is|zit vol)\b/],
  [['est pleine'], /\b(?:bo[iî]te|messagerie)\b[^.;]{0,50}\best pleine\b/],
  [['está lleno', 'esta lleno', 'está llena', 'esta llena'], /\b(?:buz[oó]n|casilla)\b[^.;]{0,50}\best[aá] llen[oa]\b/],
  // "è" is no word character for \b: a space before it marks the word's start.
  [['è piena', 'e piena'], /\bcasella\b[^.;]{0,50}\s[èe] piena\b/],
  [['está cheia', 'esta cheia', 'está lotada', 'esta lotada'], /\bcaixa\b[^.;]{0,50}\best[aá] (?:cheia|lotada)\b/],
  [['jest pełna', 'jest pelna'], /\bskrzynka\b[^.;]{0,50}\bjest pe[łl]na\b/],
];

const MAILBOX_FULL_WORDS_BETWEEN: readonly TierEntry[] = FULL_WITH_WORDS_BETWEEN.map(([phrases, pattern]) => reasonPhrase('recipient-mailbox-full', { phrases, pattern }, SOURCE));

export const MULTILINGUAL_PHRASES: readonly TierEntry[] = [
  VIRUS_NAMED,
  ...MAILBOX_FULL_WORDS_BETWEEN,
  say('recipient-mailbox-full', [
    // nl
    'mailbox is vol', 'mailbox vol', 'postvak is vol', 'postbus is vol', 'postvak vol', 'postbus vol', 'quotum overschreden',
    // de
    'postfach voll', 'postfach ist voll', 'mailbox voll', 'mailbox ist voll', 'speicherplatz überschritten', 'quota überschritten', 'speicherkontingent',
    // fr
    'boîte pleine', 'boite pleine', 'boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte de réception pleine', 'quota dépassé', 'boite du destinataire pleine',
    // es
    'buzón lleno', 'buzon lleno', 'buzón de correo lleno', 'casilla llena', 'casilla de correo llena', 'cuota excedida', 'cuota de almacenamiento',
    // it
    'casella piena', 'casella di posta piena', 'quota superata', 'spazio esaurito',
    // pt
    'caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'cota excedida', 'quota excedida',
    // ru, pl, sv, cs, tr, ja
    'ящик переполнен', 'почтовый ящик переполнен', 'превышен размер почтового ящика',
    'skrzynka jest pełna', 'skrzynka pełna', 'przepełniona skrzynka',
    'brevlådan är full', 'postlådan är full',
    'schránka je plná', 'plná schránka',
    'posta kutusu dolu',
    'メールボックスがいっぱい', 'メールボックスの容量', '容量オーバー',
  ]),
  say('recipient-unknown', [
    'onbekende gebruiker', 'gebruiker onbekend', 'ontvanger onbekend', 'onbekende ontvanger', 'adres bestaat niet', 'e-mailadres bestaat niet', 'mailbox bestaat niet',
    'ontvanger is onbekend', 'adres is onbekend', 'adres is niet bekend', 'ontvanger is niet bekend', 'gebruiker is onbekend',
    'benutzer unbekannt', 'unbekannter benutzer', 'empfänger unbekannt', 'unbekannter empfänger', 'empfängeradresse unbekannt', 'adresse existiert nicht', 'postfach existiert nicht', 'mailbox existiert nicht',
    'empfänger nicht gefunden', 'empfänger wurde nicht gefunden', 'benutzer nicht gefunden', 'ontvanger niet gevonden', 'gebruiker niet gevonden',
    'empfänger ist unbekannt', 'benutzer ist unbekannt', 'adresse des empfängers ist ungültig', 'empfängeradresse ist ungültig', 'ungültige empfängeradresse', 'ungültiger empfänger',
    'utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue', 'adresse introuvable', 'adresse e-mail introuvable', 'adresse email introuvable', 'adresse électronique introuvable', 'destinataire introuvable', 'utilisateur introuvable', 'adresse invalide', 'utilisateur inexistant', 'destinataire inexistant', 'adresse inexistante',
    'usuario desconocido', 'destinatario desconocido', 'dirección no existe', 'direccion no existe', 'destinatario no encontrado', 'usuario no encontrado',
    'utente sconosciuto', 'destinatario sconosciuto', 'indirizzo inesistente', 'utente inesistente', 'destinatario inesistente', 'casella inesistente', 'destinatario non trovato', 'utente non trovato',
    'usuário desconhecido', 'utilizador desconhecido', 'destinatário desconhecido', 'endereço inexistente', 'destinatário não encontrado', 'usuário não encontrado',
    'пользователь не найден', 'пользователь не существует', 'адрес не существует', 'получатель не найден', 'нет такого пользователя',
    'użytkownik nie istnieje', 'nieznany użytkownik', 'adres nie istnieje', 'odbiorca nie istnieje',
    'okänd användare', 'användaren finns inte', 'adressen finns inte',
    'neznámý uživatel', 'uživatel neexistuje', 'adresa neexistuje',
    'kullanıcı bulunamadı', 'bilinmeyen kullanıcı', 'böyle bir kullanıcı yok',
    '宛先不明', 'ユーザが存在しません', 'ユーザーが存在しません', '存在しないユーザ', 'そのようなユーザはいません',
  ]),
  // "Does not exist" alone: the recipient, unless the words say it is the domain that does not exist.
  say('recipient-unknown', ['bestaat niet', 'existiert nicht', "n'existe pas", 'no existe', 'non esiste', 'não existe'], 0, ['domein', 'domäne', 'domaene', 'domain', 'domaine', 'dominio', 'domínio']),
  say('recipient-domain-not-found', [
    'domein bestaat niet', 'domein onbekend',
    'domain existiert nicht', 'domäne existiert nicht', 'domain unbekannt', 'domäne unbekannt', 'unbekannte domain', 'unbekannte domäne',
    "domaine n'existe pas", 'domaine inconnu', 'domaine introuvable', 'domaine inexistant',
    'el dominio no existe', 'dominio desconocido',
    'dominio non esiste', 'dominio inesistente', 'dominio sconosciuto',
    'domínio não existe', 'domínio inexistente', 'domínio desconhecido',
  ]),
  say('recipient-disabled', [
    'mailbox is uitgeschakeld', 'account is opgeheven', 'account opgeheven', 'mailbox opgeheven', 'adres is opgeheven', 'adres is niet meer in gebruik', 'mailbox is niet meer in gebruik', 'account is niet meer in gebruik', 'account is geblokkeerd', 'mailbox is geblokkeerd',
    'postfach gesperrt', 'konto gesperrt', 'postfach deaktiviert', 'konto deaktiviert', 'postfach ist gesperrt', 'konto ist gesperrt', 'mailbox ist gesperrt', 'mailbox gesperrt', 'account gesperrt', 'account ist gesperrt',
    'compte désactivé', 'boîte désactivée', 'compte suspendu', 'boite du destinataire archivee',
    'cuenta deshabilitada', 'cuenta desactivada', 'cuenta suspendida', 'buzón desactivado',
    'account disabilitato', 'casella disabilitata', 'account sospeso',
    'conta desativada', 'conta suspensa', 'caixa desativada',
  ]),
  say('remote-spam-content', [
    // en: the plain verdict, however the server words it
    'flagged as spam', 'marked as spam', 'identified as spam', 'detected as spam', 'classified as spam', 'considered spam', 'considered as spam',
    'als spam aangemerkt', 'als spam gemarkeerd', 'als spam herkend', 'beschouwd als spam', 'geweigerd als spam', 'als spam geweigerd',
    'als spam is herkend', 'als spam is aangemerkt', 'als spam is gemarkeerd', 'als spam is beoordeeld', 'als spam wordt gezien',
    'als spam erkannt', 'als spam eingestuft', 'als spam abgelehnt', 'als spam zurückgewiesen', 'spamverdacht', 'spam erkannt',
    'considéré comme spam', 'identifié comme spam', 'détecté comme spam', 'classé comme spam', 'refusé comme spam', 'rejeté comme spam', 'pourriel',
    'considerado spam', 'considerado como spam', 'detectado como spam', 'rechazado por spam', 'rechazado como spam', 'correo no deseado',
    'lijkt op spam', 'spam lijkt', 'sieht nach spam aus', 'ressemble à du spam', 'ressemble à un spam', 'parece spam', 'parece ser spam', 'sembra spam',
    'considerato spam', 'identificato come spam', 'rilevato come spam', 'rifiutato come spam', 'classificato come spam', 'classificata come spam', 'riconosciuto come spam',
    'clasificado como spam', 'marcado como spam', 'classificada como spam', 'classificado como spam', 'marcada como spam',
    'considerada spam', 'identificado como spam', 'rejeitada como spam', 'rejeitado como spam', 'mensagem indesejada',
    // refused because of spam: nl, de, fr, es, it, pt
    'geweigerd wegens spam', 'geweigerd vanwege spam', 'abgelehnt wegen spam', 'pour cause de spam', 'refusé pour spam', 'rejeté pour spam',
    'rechazada por spam', 'bloqueado por spam', 'rifiutato per spam', 'rejeitado por spam', 'recusado por spam', 'recusada por spam',
    'отклонено как спам', 'распознано как спам', 'похоже на спам',
    'odrzucono jako spam', 'uznano za spam',
    'klassades som skräppost', 'klassat som spam',
    'označeno jako spam',
    'spam olarak algılandı',
    '迷惑メールと判定',
  ]),
  say('virus-detected', [
    'virus gevonden', 'virus aangetroffen', 'virus gedetecteerd',
    'virus gefunden', 'virus entdeckt', 'virus erkannt',
    'virus détecté', 'virus trouvé',
    'virus detectado', 'virus encontrado',
    'virus rilevato', 'virus trovato',
    'vírus detectado', 'vírus encontrado',
    // "because of a virus"
    'wegens virus', 'wegens een virus', 'wegen eines virus', 'wegen virus', 'à cause d\'un virus', 'en raison d\'un virus', 'por contener un virus', 'a causa di un virus', 'por conter um vírus',
    // "contains a virus"
    'bevat een virus', 'enthält einen virus', 'enthält viren', 'contient un virus', 'contiene un virus', 'contiene virus', 'contém um vírus', 'contém vírus',
  ]),
  say('message-too-large', [
    'bericht is te groot', 'bericht te groot',
    'nachricht zu groß', 'nachricht ist zu groß', 'nachricht zu gross', 'e-mail zu groß',
    'message trop volumineux', 'message trop gros', 'taille du message dépasse', 'message est trop volumineux', 'trop volumineux',
    'mensaje demasiado grande', 'mensaje excede el tamaño',
    'messaggio troppo grande', 'dimensione del messaggio supera',
    'mensagem muito grande', 'mensagem excede o tamanho',
    'размер сообщения превышает', 'сообщение слишком большое',
    'wiadomość jest za duża', 'wiadomość za duża',
    'meddelandet är för stort',
    'zpráva je příliš velká',
    'ileti çok büyük',
    'メールサイズが大きすぎ', 'サイズ超過',
  ]),
  say('relay-denied', [
    'relayen niet toegestaan', 'doorsturen niet toegestaan',
    'relaying nicht erlaubt', 'relay nicht erlaubt', 'relaying verweigert', 'relay nicht gestattet',
    'relais refusé', 'relais interdit', 'relayage refusé',
    'relay no permitido', 'retransmisión denegada', 'reenvío no permitido',
    'relay non consentito', 'relaying negato', 'inoltro non consentito',
    'relay não permitido', 'retransmissão negada',
  ]),
  say('server-blocklisted', [
    'ip-adres staat op een zwarte lijst', 'ip-adres geblokkeerd', 'ip geblokkeerd', 'ip-adres is geblokkeerd', 'berichten van uw ip-adres', 'berichten van je ip-adres',
    'ip-adresse blockiert', 'ip-adresse gesperrt', 'ip blockiert', 'ip gesperrt', 'auf einer blacklist', 'auf einer sperrliste', 'ip-adresse ist blockiert', 'ip-adresse ist gesperrt',
    'adresse ip bloquée', 'ip bloquée', 'ip source bloquée', 'adresse ip bloquee', 'ip bloquee', 'ip source bloquee', 'liste noire', 'adresse ip est bloquée', 'ip est bloquée',
    'ip bloqueada', 'dirección ip bloqueada', 'lista negra', 'ip está bloqueada',
    'ip bloccato', 'indirizzo ip bloccato', 'lista nera', 'ip è bloccato', 'indirizzo ip è bloccato',
    'endereço ip bloqueado', 'ip bloqueado', 'ip está bloqueado',
  ]),
  // The sender address refused ("sender rejected").
  say('sender-address-rejected', [
    'afzender geweigerd', 'afzenderadres geweigerd', 'afzender wordt geweigerd', 'afzender niet toegestaan',
    'absender abgelehnt', 'absenderadresse abgelehnt', 'absender nicht erlaubt', 'absender nicht zugelassen',
    'expéditeur refusé', 'expéditeur rejeté', 'expéditeur non autorisé', 'adresse de l\'expéditeur refusée',
    'remitente rechazado', 'remitente no permitido', 'remitente no autorizado',
    'mittente rifiutato', 'mittente non consentito', 'mittente non autorizzato',
    'remetente rejeitado', 'remetente recusado', 'remetente não autorizado', 'remetente não permitido',
  ]),
  // The sender on a block list ("sender is blacklisted"): longer than the bare "black list" of a listed IP.
  say('sender-address-rejected', [
    'afzender staat op een zwarte lijst', 'afzender staat op de zwarte lijst',
    'absender steht auf einer sperrliste', 'absender steht auf der blacklist', 'absender auf der blacklist',
    'expéditeur sur liste noire', 'expéditeur est sur liste noire', 'expéditeur figure sur une liste noire',
    'remitente en lista negra', 'remitente está en lista negra',
    'mittente in lista nera', 'mittente è in lista nera',
    'remetente na lista negra', 'remetente está na lista negra',
  ]),
  // The receiving server could not be reached.
  say('remote-server-unreachable', [
    'server is niet bereikbaar', 'server is tijdelijk niet bereikbaar', 'mailserver is niet bereikbaar',
    'server nicht erreichbar', 'server ist nicht erreichbar', 'mailserver nicht erreichbar',
    'serveur injoignable', 'serveur inaccessible', 'serveur est injoignable',
    'servidor inaccesible', 'servidor no accesible', 'servidor no disponible',
    'server non raggiungibile', 'server irraggiungibile',
    'servidor inacessível', 'servidor indisponível',
  ]),
  // The sending account's own daily limit ("daily sending limit reached").
  say('sending-quota-exceeded', [
    'dagelijkse verzendlimiet', 'verzendlimiet bereikt', 'verzendlimiet overschreden',
    'tägliches sendelimit', 'sendelimit erreicht', 'sendelimit überschritten', 'versandlimit erreicht',
    'limite d\'envoi quotidienne', 'limite d\'envoi atteinte', 'limite d\'envoi dépassée',
    'límite de envío diario', 'límite de envío alcanzado', 'límite de envío superado',
    'limite di invio giornaliero', 'limite di invio raggiunto', 'limite di invio superato',
    'limite de envio diário', 'limite de envio atingido', 'limite de envio excedido',
  ]),
  // SPF or DKIM checked and failed.
  say('sender-authentication-failed', [
    'spf-controle mislukt', 'dkim-controle mislukt', 'spf-verificatie mislukt', 'dkim-verificatie mislukt',
    'spf-prüfung fehlgeschlagen', 'dkim-prüfung fehlgeschlagen', 'spf-überprüfung fehlgeschlagen',
    'échec de la vérification spf', 'échec de la vérification dkim', 'vérification spf échouée',
    'verificación spf fallida', 'verificación dkim fallida', 'fallo de spf',
    'verifica spf fallita', 'verifica dkim fallita', 'controllo spf fallito',
    'verificação spf falhou', 'verificação dkim falhou', 'falha na verificação spf',
  ]),
  // The recipient address refused without a reason ("recipient rejected").
  say('recipient-address-rejected', [
    'ontvanger geweigerd', 'ontvangeradres geweigerd',
    'empfänger abgelehnt', 'empfängeradresse abgelehnt',
    'destinataire refusé', 'destinataire rejeté',
    'destinatario rechazado',
    'destinatario rifiutato',
    'destinatário rejeitado', 'destinatário recusado',
  ]),
  // The receiving server wants a login first (RFC 4954's 530).
  say('smtp-auth-required', [
    'authenticatie vereist', 'authenticatie is vereist', 'aanmelding vereist', 'inloggen vereist', 'moet eerst inloggen', 'eerst inloggen',
    'müssen sich zuerst anmelden', 'vous devez vous authentifier', 'debe autenticarse', 'è necessario autenticarsi', 'precisa se autenticar',
    'authentifizierung erforderlich', 'authentifizierung ist erforderlich', 'anmeldung erforderlich',
    'authentification requise', 'authentification obligatoire', 'authentification nécessaire',
    'autenticación requerida', 'se requiere autenticación', 'autenticación obligatoria',
    'autenticazione richiesta', 'autenticazione obbligatoria', 'è richiesta l\'autenticazione',
    'autenticação necessária', 'autenticação obrigatória', 'autenticação requerida',
  ]),
  // Too many connections from the sending server at once (Sisimai's toomanyconn; "trop de connexions" is among its facts).
  say('sender-rate-limited', [
    'te veel verbindingen', 'te veel gelijktijdige verbindingen',
    'zu viele verbindungen', 'zu viele gleichzeitige verbindungen',
    'trop de connexions', 'trop de connexions simultanées',
    'demasiadas conexiones', 'demasiadas conexiones simultáneas',
    'troppe connessioni', 'troppe connessioni simultanee',
    'demasiadas conexões', 'muitas conexões', 'muitas conexões simultâneas',
  ]),
  // "Refused" and "blocked" alone say least: any phrase that names a reason wins over them.
  say('receiver-policy', [
    'geweigerd door beleid', 'in strijd met het beleid', 'bericht geweigerd', 'geblokkeerd',
    'aus richtliniengründen abgelehnt', 'nachricht abgelehnt', 'blockiert',
    'refusé pour des raisons de politique', 'message refusé', 'service refusé', 'service refuse', 'bloqué',
    'rechazado por política', 'mensaje rechazado', 'bloqueado',
    'rifiutato per policy', 'messaggio rifiutato', 'bloccato',
    'rejeitado por política', 'mensagem rejeitada', 'recusado',
  ], -1),
];
