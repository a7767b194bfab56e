/**
 * Reason words in Danish, Norwegian, Swedish, Finnish, Hungarian, Greek,
 * Romanian, Indonesian and Malay, Vietnamese, Hebrew, Arabic and Thai: the
 * three reasons a bounce most often gives — no such recipient, a full
 * mailbox, judged to be spam — as a subject and its state in one clause, like
 * reason-words.ts. The words are the languages' ordinary words for a user,
 * an address, a mailbox and their states, not any provider's template.
 *
 * Each entry is proposed by its short state words and confirmed by its
 * pattern (subject and state within one clause), so that the phrase
 * automaton stays small: these scripts take two or three bytes a letter.
 * Letters outside ASCII are no word characters to `\b`, so a word's edge is
 * "no letter beside it"; Thai writes no spaces between words, so there a
 * clause is "no sentence mark in between".
 */
import type { DiagnosisId } from '../types';
import { words } from './reason-words';
import type { TierEntry } from './tier-entry';

/** A word whose letters `\b` may not see: no letter or digit on either side. */
const word = (alternatives: string): string => `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;

/** Subject, then a few words of the same clause (up to `gap` characters), then state. */
const clause = (subject: string, state: string, gap = 30): string => `${word(subject)}[^.;!?\\n]{0,${gap}}?${word(state)}`;

/**
 * Hebrew and Arabic write short prepositions and the article as part of the
 * next word ("כדואר זבל", "as junk mail"; "كبريد", "as mail"): the word may
 * carry them and still be the word.
 */
const HE_PREFIX = '[כבלהוש]{0,2}';
const AR_PREFIX = '(?:[وفبكل]{0,2}(?:ال)?)';
const prefixed = (prefix: string, alternatives: string): string => `(?<![\\p{L}\\p{N}])${prefix}(?:${alternatives})(?![\\p{L}\\p{N}])`;

function entry(id: DiagnosisId, phrases: readonly string[], pattern: string, unless: readonly string[] = []): TierEntry {
  return words(id, { phrases: [...new Set(phrases)], pattern: new RegExp(pattern, 'u'), ...(unless.length === 0 ? {} : { unless }) });
}

// Danish, Norwegian and Swedish share most of their mail words.
const SCANDI_RECIPIENT = 'bruger\\p{L}*|bruker\\p{L}*|anv[äa]ndare\\p{L}*|modtager\\p{L}*|mottaker\\p{L}*|mottagare\\p{L}*|mottagaren|adresse\\p{L}*|adress\\p{L}*|konto\\p{L}*|postkasse\\p{L}*';
const SCANDI_MAILBOX = 'postkasse\\p{L}*|brevl[åa]d\\p{L}*|indbakke\\p{L}*|innboks\\p{L}*|inkorg\\p{L}*';
const SCANDI_SENDER = ['afsender', 'avsender', 'avsändare'];

export const FURTHER_LANGUAGE_REASON_WORDS: readonly TierEntry[] = [
  // da/no/sv: the user, recipient or address "does not exist", "is unknown" ("Adressen findes ikke", "ukjent bruker").
  entry(
    'recipient-unknown',
    ['findes ikke', 'finnes ikke', 'finns inte', 'eksisterer ikke', 'existerar inte', 'ukendt', 'ukjent', 'okänd'],
    `${clause(SCANDI_RECIPIENT, 'findes\\s+ikke|finnes\\s+ikke|finns\\s+inte|eksisterer\\s+ikke|existerar\\s+inte')}|${word('ukendt|ukjent|ok[äa]nd')}\\s+(?:${SCANDI_RECIPIENT})`,
    [...SCANDI_SENDER, 'domæne', 'domene', 'domän'],
  ),
  // da/no/sv: the mailbox or inbox "is full".
  entry('recipient-mailbox-full', ['er fuld', 'er full', 'är full'], clause(SCANDI_MAILBOX, 'er\\s+fuld|er\\s+full|[äa]r\\s+full'), SCANDI_SENDER),
  // da/no/sv: judged or marked "as spam" / as junk mail (skräppost, søppelpost).
  entry('remote-spam-content', ['som spam', 'skräppost', 'søppelpost'], `${word('som')}\\s+(?:spam|skr[äa]ppost|s[øo]ppelpost)(?![\\p{L}])`, ['ikke spam', 'inte spam', 'ikke som spam', 'inte som spam']),

  // fi: an unknown user or recipient; the address or user "does not exist" / "is not found".
  entry(
    'recipient-unknown',
    ['tuntematon', 'ei ole olemassa', 'ei löydy', 'ei loydy'],
    `${word('tuntematon')}\\s+(?:k[äa]ytt[äa]j[äa]\\p{L}*|vastaanottaj\\p{L}*|osoite\\p{L}*)|${clause('osoite\\p{L}*|osoitetta|k[äa]ytt[äa]j\\p{L}*|vastaanottaj\\p{L}*|tili\\p{L}*', 'ei\\s+ole\\s+olemassa|ei\\s+l[öo]ydy')}`,
    ['lähettäjä', 'lahettaja', 'verkkotunnus', 'palvelin'],
  ),
  // fi: the mailbox "is full".
  entry('recipient-mailbox-full', ['täynnä', 'taynna'], clause('postilaatik\\p{L}*|saapuneet|s[äa]hk[öo]postilaatik\\p{L}*', 't[äa]ynn[äa]'), ['lähettäjä']),
  // fi: classified as spam (roskaposti).
  entry('remote-spam-content', ['roskapost'], `${word('roskapost\\p{L}*')}`, ['ei roskapost']),

  // hu: an unknown user or recipient; the address or mailbox "does not exist".
  entry(
    'recipient-unknown',
    ['ismeretlen', 'nem létezik', 'nem letezik'],
    `${word('ismeretlen')}\\s+(?:felhaszn[áa]l[óo]\\p{L}*|c[íi]mzett\\p{L}*|c[íi]m\\p{L}*)|${clause('c[íi]m\\p{L}*|felhaszn[áa]l[óo]\\p{L}*|postafi[óo]k\\p{L}*|fi[óo]k\\p{L}*', 'nem\\s+l[ée]tezik')}`,
    ['feladó', 'felado', 'küldő', 'domain', 'szerver'],
  ),
  // hu: the mailbox "is full" (megtelt, tele).
  entry('recipient-mailbox-full', ['megtelt'], clause('postafi[óo]k\\p{L}*|t[áa]rhely\\p{L}*', 'megtelt'), ['feladó']),
  // hu: judged spam (spamnek, levélszemét).
  entry('remote-spam-content', ['spamnek', 'spamként', 'levélszemét', 'levelszemet'], word('spamnek|spamk[ée]nt|lev[ée]lszem[ée]t\\p{L}*'), ['nem spam']),

  // el: an unknown user or recipient; the address, user or account "does not exist".
  entry(
    'recipient-unknown',
    ['άγνωστος', 'άγνωστη', 'δεν υπάρχει'],
    `${word('άγνωστ\\p{L}*')}\\s+(?:χρήστ\\p{L}*|παραλήπτ\\p{L}*|διεύθυνσ\\p{L}*)|${clause('διεύθυνσ\\p{L}*|χρήστ\\p{L}*|λογαριασμ\\p{L}*|παραλήπτ\\p{L}*', 'δεν\\s+υπάρχει')}`,
    ['αποστολέ', 'τομέα', 'διακομιστ'],
  ),
  // el: the mailbox "is full".
  entry('recipient-mailbox-full', ['πλήρες', 'γεμάτο'], clause('γραμματοκιβώτι\\p{L}*|θυρίδα\\p{L}*', 'πλήρες|γεμάτο'), ['αποστολέ']),

  // ro: an unknown user or recipient; the address "does not exist".
  entry(
    'recipient-unknown',
    ['necunoscut', 'nu există', 'nu exista'],
    `${word('utilizator\\p{L}*|destinatar\\p{L}*')}\\s+${word('necunoscut\\p{L}*')}|${clause('adres\\p{L}*|utilizator\\p{L}*|destinatar\\p{L}*|cont\\p{L}*', 'nu\\s+exist[ăa]')}`,
    ['expeditor', 'domeniu', 'server'],
  ),
  // ro: the mailbox "is full" (căsuța poștală / cutia poștală este plină).
  entry('recipient-mailbox-full', ['plină', 'plina'], clause('c[ăa]su[țţt]\\p{L}*|cuti\\p{L}*', 'plin[ăa]', 45), ['expeditor']),
  // ro: judged "as spam" / considered spam.
  entry('remote-spam-content', ['ca spam', 'considerat spam', 'considerată spam'], word('ca\\s+spam|considerat[ăa]?\\s+spam'), ['nu este spam']),

  // id/ms: an unknown user or recipient; the address, user or account "was not found" / "does not exist".
  entry(
    'recipient-unknown',
    ['tidak dikenal', 'tidak ditemukan', 'tidak wujud', 'tidak ada'],
    `${word('pengguna|penerima|alamat|akun|akaun')}[^.;!?\\n]{0,30}?${word('tidak\\s+(?:dikenal|ditemukan|wujud|ada)')}`,
    ['pengirim', 'domain', 'server'],
  ),
  // id/ms: the mailbox or inbox "is full".
  entry('recipient-mailbox-full', ['penuh'], clause('kotak\\s+(?:surat|masuk)|peti\\s+mel|kuota|mailbox', '(?:sudah\\s+|telah\\s+)?penuh'), ['pengirim']),
  // id/ms: judged "as spam".
  entry('remote-spam-content', ['sebagai spam', 'dianggap spam'], word('sebagai\\s+spam|dianggap\\s+spam'), ['bukan spam']),

  // vi: the user, address, account or mailbox "does not exist".
  entry(
    'recipient-unknown',
    ['không tồn tại', 'khong ton tai'],
    clause('người\\s+dùng|địa\\s+chỉ|tài\\s+khoản|hộp\\s+thư|người\\s+nhận|nguoi\\s+dung|dia\\s+chi|tai\\s+khoan|hop\\s+thu', 'không\\s+tồn\\s+tại|khong\\s+ton\\s+tai'),
    ['người gửi', 'tên miền', 'máy chủ'],
  ),
  // vi: the mailbox "is full" (đã đầy).
  entry('recipient-mailbox-full', ['đã đầy', 'thư đầy', 'da day'], clause('hộp\\s+thư|hop\\s+thu', '(?:đã\\s+)?đầy|da\\s+day'), ['người gửi']),
  // vi: judged spam (thư rác).
  entry('remote-spam-content', ['thư rác', 'thu rac'], `${word('là|bị|như|la|bi')}\\s+(?:thư\\s+rác|thu\\s+rac)`, ['không phải thư rác']),

  // he: an unknown user or recipient; the address "does not exist".
  entry(
    'recipient-unknown',
    ['לא ידוע', 'לא קיים', 'לא קיימת', 'אינו קיים', 'אינה קיימת'],
    clause('משתמש|נמען|הנמען|כתובת|הכתובת|תיבת\\s+הדואר|חשבון', 'לא\\s+ידוע\\p{L}*|לא\\s+קיימ?\\p{L}*|אינו\\s+קיים|אינה\\s+קיימת'),
    ['שולח', 'דומיין', 'שרת'],
  ),
  // he: the mailbox "is full".
  entry('recipient-mailbox-full', ['מלאה'], clause('תיבת\\s+(?:ה)?דואר|תיבה', 'מלאה'), ['שולח']),
  // he: junk mail (דואר זבל).
  entry('remote-spam-content', ['דואר זבל'], prefixed(HE_PREFIX, 'דואר\\s+זבל'), ['אינו דואר זבל']),

  // ar: an unknown user or recipient; the address "does not exist".
  entry(
    'recipient-unknown',
    ['غير معروف', 'غير موجود'],
    clause('مستخدم|المستخدم|المستلم|مستلم|العنوان|عنوان|الحساب|حساب|صندوق\\s+البريد', 'غير\\s+معروف\\p{L}*|غير\\s+موجود\\p{L}*'),
    ['المرسل', 'النطاق', 'الخادم'],
  ),
  // ar: the mailbox "is full".
  entry('recipient-mailbox-full', ['ممتلئ', 'ممتلئة'], clause('صندوق\\s+(?:بريد|البريد)\\p{L}*|البريد', 'ممتلئ\\p{L}*'), ['المرسل']),
  // ar: junk or unwanted mail (بريد عشوائي / مزعج / غير مرغوب).
  entry('remote-spam-content', ['بريد عشوائي', 'بريد مزعج', 'غير مرغوب'], `${prefixed(AR_PREFIX, 'بريد\\s+(?:عشوائي|مزعج)')}|${word('غير\\s+مرغوب\\s+(?:فيه|فيها)')}`, []),

  // th (no spaces between words): the user or address "not found"; the mailbox "full"; spam.
  entry('recipient-unknown', ['ไม่พบผู้ใช้', 'ไม่มีผู้ใช้', 'ไม่พบที่อยู่'], '(?:ไม่พบ|ไม่มี)(?:ผู้ใช้|ที่อยู่|บัญชี)', ['ผู้ส่ง']),
  entry('recipient-mailbox-full', ['เต็ม'], '(?:กล่องจดหมาย|พื้นที่)[^.!?\\n]{0,20}?เต็ม', ['ผู้ส่ง']),
  entry('remote-spam-content', ['สแปม', 'จดหมายขยะ'], '(?:เป็น|ว่าเป็น)(?:สแปม|จดหมายขยะ)', []),
];
