/**
 * Reason words in Chinese, Japanese, Korean, Russian, Polish, Czech and Turkish: a subject
 * and its state in one clause, like reason-words.ts, for the bounces that
 * Asian and Eastern European providers write in their own language
 * ("收件人邮件地址（…）不存在", "받는 사람의 메일함 용량이 가득 찼습니다").
 * The words are the languages' ordinary words for a recipient, an address,
 * a mailbox and their states, not any provider's template.
 *
 * Chinese and Japanese write no spaces, so a clause is "no sentence mark in
 * between" (。，；！？ and their ASCII forms); Cyrillic and Polish letters are
 * no word characters to `\b`, so a word's edge is "no letter beside it".
 * Every phrase the scan looks for has at least four characters: a state
 * that is shorter is listed with the characters that follow or precede it.
 */
import type { DiagnosisId } from '../types';
import { words } from './reason-words';
import type { TierEntry } from './tier-entry';

/** Up to forty characters within one clause of Chinese, Japanese or Korean text (an address in brackets may stand between; its dots are no sentence end). */
const CJK_GAP = '[^。，、；！？,;!?\\n]{0,40}?';

/** Subject, then state, within one CJK clause. */
function cjk(subjects: readonly string[], states: readonly string[]): string {
  return `(?:${subjects.join('|')})${CJK_GAP}(?:${states.join('|')})`;
}

/** A word of a language whose letters `\b` does not see (Cyrillic, Polish with diacritics). */
const word = (alternatives: string): string => `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;

/** A CJK state with each of the characters that can follow it (so the scanned phrase has four characters). */
function followed(state: string, next: readonly string[] = ['，', ',', '。', '的', '或']): string[] {
  return next.map((n) => `${state}${n}`);
}

function entry(id: DiagnosisId, phrases: readonly string[], pattern: string, unless: readonly string[] = []): TierEntry {
  return words(id, { phrases: [...new Set(phrases)], pattern: new RegExp(pattern, 'u'), ...(unless.length === 0 ? {} : { unless }) });
}

/** Chinese words that make the sender, not the recipient, the subject ("发件人地址不存在"). */
const ZH_SENDER = ['发件人', '发信人', '發件人', '寄件人', '发信域名', '发件域名'];
const ZH_RECIPIENT = ['收件人', '收件方', '收信人', '对方', '對方', '用户', '用戶', '邮箱', '郵箱', '信箱', '邮件地址', '郵件地址', '地址', '账号', '帐号', '賬號', '帳號', '账户', '帳戶'];
const ZH_NOT_EXIST = ['不存在', '无效', '無效', '找不到', '未找到'];
const ZH_MAILBOX = ['邮箱', '郵箱', '信箱', '空间', '空間', '容量', '配额', '配額'];
const ZH_FULL = ['已满', '已滿', '满了', '滿了', '不足', '不够', '不夠', '超限', '超出'];
const ZH_CONNECT = ['连接', '連接', '连线', '連線'];
const ZH_FAILED = ['失败', '失敗', '超时', '超時'];

const KO_RECIPIENT = ['계정', '주소', '사용자', '수신자', '받는 사람', '받는사람', '아이디'];
const KO_MAILBOX = ['메일함', '편지함', '메일박스', '사서함'];

const JA_RECIPIENT = ['アドレス', 'ユーザ', 'ユーザー', '宛先', 'アカウント', 'メールボックス', '受信者'];

const RU_RECIPIENT = 'ящик\\p{L}*|адрес\\p{L}*|пользовател\\p{L}*|получател\\p{L}*|аккаунт\\p{L}*|учетн\\p{L}+\\s+запис\\p{L}*|учётн\\p{L}+\\s+запис\\p{L}*';
const RU_SENDER = ['ваш ', 'вашего', 'вашей', 'отправител'];

const PL_SENDER = ['twoje konto', 'twoja skrzynka', 'nadawc'];

export const MORE_LANGUAGE_REASON_WORDS: readonly TierEntry[] = [
  // zh: the recipient, its address or account "does not exist" / "is invalid" / "was not found".
  entry(
    'recipient-unknown',
    // The state with the character after it, or with the last character of a subject before it ("地址不存在").
    [...ZH_NOT_EXIST.filter((s) => s.length >= 3).flatMap((s) => followed(s)), ...['人', '方', '户', '戶', '箱', '址', '号', '號'].map((c) => `${c}不存在`)],
    cjk(ZH_RECIPIENT, ZH_NOT_EXIST),
    [...ZH_SENDER, '域名', '主机', '主機', '網域', '服务器', '伺服器', '服務器', 'ip地址'],
  ),
  // zh: the recipient's mailbox, space or quota "is full" / "is not enough".
  entry('recipient-mailbox-full', ['邮箱', '郵箱', '信箱', '空间', '空間', '容量'].flatMap((m) => ['已满', '已滿', '不足', '不够'].map((s) => `${m}${s}`)), cjk(ZH_MAILBOX, ZH_FULL), ZH_SENDER),
  // zh: judged, reported or suspected to be spam ("被多数用户投诉为垃圾邮件", "被识别为垃圾邮件").
  entry(
    'remote-spam-content',
    ['垃圾邮件', '垃圾郵件'],
    `(?:被|为|為|是|涉嫌|疑似|作为|作為|当作|當作|视为|視為|判定|识别|識別|投诉|投訴|属于|屬於)${CJK_GAP}垃圾(?:邮件|郵件)`,
    ['不是垃圾邮件', '非垃圾邮件'],
  ),
  // zh: log in with the authorisation code (授权码, the app password QQ Mail and NetEase give for mail programs) instead
  // of the account's password ("请使用授权码登录"): the login was refused.
  entry('smtp-login-failed', ['使用授权码', '用授权码登', '授权码登录', '授權碼登入', '使用授權碼'], '(?:使用|用)?(?:授权码|授權碼)(?:登录|登陆|登入)|(?:使用|用)(?:授权码|授權碼)'),
  // zh: connecting to the recipient's server "failed" / "timed out".
  entry('remote-server-unreachable', ['服务器失败', '服務器失敗', '系统失败', '系統失敗', '连接失败', '連接失敗', '连接超时', '連接超時'], cjk(ZH_CONNECT, ZH_FAILED), ['登录', '登錄', '数据库', '數據庫']),
  // zh: the recipient refuses mail from the sender ("对方拒收", "收件人设置了拒收").
  entry(
    'recipient-filtered',
    ['对方拒收', '對方拒收', '收件人拒收', '拒绝接收', '拒絕接收', '设置了拒收'],
    cjk(['对方', '對方', '收件人', '收件方'], ['拒收', '拒绝接收', '拒絕接收']),
  ),

  // zh: sending too often ("发送频率过高", the sender's rate) and an IP address or server on a blacklist (黑名单).
  entry('sender-rate-limited', ['频率过高', '頻率過高'], '(?:频率|頻率)(?:过高|過高)'),
  entry('server-blocklisted', ['列入黑名单', '加入黑名单', '在黑名单', '列入黑名單', '在黑名單'], `(?:ip|地址|服务器|伺服器)${CJK_GAP}(?:列入|加入|在)(?:了)?(?:黑名单|黑名單)`, [...ZH_SENDER, '不在黑名单', '不在黑名單']),

  // ko: the recipient has blocked the sender's mail ("받는 사람이 회원님의 메일을 수신차단 하였습니다").
  entry('recipient-filtered', ['수신차단', '수신 차단', '수신거부', '수신 거부'], '수신\\s?(?:차단|거부)'),
  // ko: the mailbox's capacity is full.
  entry('recipient-mailbox-full', ['가득 찼', '가득찼습니다', '용량 초과', '용량을 초과', '용량이 초과', '용량이 부족'], cjk(KO_MAILBOX, ['가득\\s?찼', '용량\\s?초과', '용량을\\s?초과', '용량이\\s?초과', '용량이\\s?부족'])),
  // ko: the account, address or user does not exist (either order: "존재하지 않는 계정", "계정이 존재하지 않습니다").
  entry(
    'recipient-unknown',
    ['존재하지 않', '존재하지않', '찾을 수 없'],
    `${cjk(KO_RECIPIENT, ['존재하지\\s?않', '찾을\\s?수\\s?없'])}|존재하지\\s?않는\\s?(?:이메일\\s?|메일\\s?)?(?:${KO_RECIPIENT.join('|')})`,
    ['도메인', '서버', '보내는 사람'],
  ),

  // ko: classified or blocked as spam ("스팸으로 분류되어").
  entry('remote-spam-content', ['스팸으로', '스팸 메일로'], '스팸\\s?(?:메일)?(?:으로|로)\\s?(?:분류|판단|판정|간주|차단|인식)', ['스팸이 아닙']),

  // ja: the recipient's refusal settings (受信拒否設定, the carriers' domain and address filters); no connection to
  // the server (接続できません).
  entry('recipient-filtered', ['受信拒否'], '受信拒否'),
  entry('remote-server-unreachable', ['接続できません', '接続できない', '接続に失敗'], `(?:サーバ|サーバー|ホスト|相手)${CJK_GAP}(?:接続できません|接続できない|接続に失敗)`, ['ログイン', '認証']),

  // ja: the address or user "does not exist"; the mailbox "is full" / over its capacity.
  entry('recipient-unknown', ['存在しません', '存在しない', '見つかりません'], cjk(JA_RECIPIENT, ['存在しません', '存在しない', '見つかりません']), ['ドメイン', 'サーバ', '送信者', '差出人']),
  entry('recipient-mailbox-full', ['いっぱいです', 'いっぱいのため', '容量を超え', '容量オーバー', '容量超過'], cjk(['メールボックス', '受信箱', '容量', '保存容量'], ['いっぱい', '容量を超え', 'オーバー', '超過'])),

  // ru: the mailbox, address or user "does not exist" / "was not found".
  entry('recipient-unknown', ['не существует', 'не найден', 'не найдена', 'несуществующ'], `${word(RU_RECIPIENT)}[^.;!?\\n]{0,30}?${word('не\\s+существует|не\\s+найден\\p{L}*')}|${word('несуществующ\\p{L}*')}\\s+${word(RU_RECIPIENT)}`, [...RU_SENDER, 'домен', 'сервер']),
  // ru: the mailbox "is full" / "overfilled".
  entry('recipient-mailbox-full', ['переполнен', 'заполнен'], `${word('ящик\\p{L}*|почт\\p{L}*\\s+ящик\\p{L}*')}[^.;!?\\n]{0,30}?${word('переполнен\\p{L}*|заполнен\\p{L}*')}`, RU_SENDER),
  // ru: the mailbox or account "is blocked" / "switched off" / "deleted".
  entry('recipient-disabled', ['заблокирован', 'отключен', 'удален', 'удалён'], `${word(RU_RECIPIENT)}[^.;!?\\n]{0,30}?${word('заблокирован\\p{L}*|отключ[её]н\\p{L}*|удал[её]н\\p{L}*')}`, [...RU_SENDER, 'ip', 'сервер']),
  // ru: the message "is spam" / "looks like spam" / "was judged as spam".
  entry('remote-spam-content', ['как спам', 'спамом'], `${word('как')}\\s+спам(?![\\p{L}])|${word('является|считается|признано|признан\\p{L}*|расценено|расценен\\p{L}*')}\\s+спамом`, ['не спам', 'не является спамом']),

  // pl: the recipient's address, account or mailbox "does not exist" / "unknown" / "not found".
  entry(
    'recipient-unknown',
    ['nie istnieje', 'nieznany', 'nie znaleziono'],
    `${word('adres\\p{L}*|odbiorc\\p{L}*|u[żz]ytkownik\\p{L}*|kont\\p{L}*|skrzynk\\p{L}*')}[^.;!?\\n]{0,30}?${word('nie\\s+istnieje|nieznan\\p{L}*|nie\\s+znaleziono')}`,
    [...PL_SENDER, 'domen', 'serwer'],
  ),
  // cs: the recipient or address "does not exist" / "was not found"; the mailbox "is full".
  entry(
    'recipient-unknown',
    ['neexistuje', 'nenalezen', 'neznámý', 'neznamy'],
    `${word('adres\\p{L}*|p[řr][íi]jemc\\p{L}*|u[žz]ivatel\\p{L}*|schr[áa]nk\\p{L}*|[úu][čc]et\\p{L}*')}[^.;!?\\n]{0,30}?${word('neexistuje|nenalezen\\p{L}*|nezn[áa]m\\p{L}*')}`,
    ['odesílatel', 'odesilatel', 'domén', 'domen', 'server'],
  ),
  entry('recipient-mailbox-full', ['plná', 'plna', 'přeplněná', 'preplnena'], `${word('schr[áa]nk\\p{L}*')}[^.;!?\\n]{0,30}?${word('pln[áa]|p[řr]epln[ěe]n[áa]')}`, ['odesílatel', 'odesilatel']),
  // tr: the recipient's address or user "could not be found" / "does not exist".
  entry(
    'recipient-unknown',
    ['bulunamadı', 'bulunamadi', 'mevcut değil', 'mevcut degil'],
    `${word('al[ıi]c[ıi]\\p{L}*|adres\\p{L}*|kullan[ıi]c[ıi]\\p{L}*|hesab?\\p{L}*')}[^.;!?\\n]{0,30}?${word('bulunamad[ıi]|mevcut\\s+de[ğg]il')}`,
    ['gönderen', 'gonderen', 'alan adı', 'sunucu'],
  ),

  // pl: "this is spam", "marked as spam", "judged spam".
  entry('remote-spam-content', ['jest to spam', 'jako spam', 'za spam'], `${word('jest\\s+to\\s+spam')}|${word('jako\\s+spam|za\\s+spam')}`, ['nie jest to spam', 'nie jest spamem']),
  // pl: the account or mailbox "unavailable" / "blocked" / "inactive".
  entry(
    'recipient-disabled',
    ['niedostępne', 'niedostepne', 'niedostępna', 'niedostepna', 'zablokowane', 'zablokowana', 'nieaktywne', 'nieaktywna'],
    `${word('konto|skrzynka|adres')}[^.;!?\\n]{0,20}?${word('niedost[eę]pn[ea]|zablokowan[ea]|nieaktywn[ea]')}`,
    PL_SENDER,
  ),
];
