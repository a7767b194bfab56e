/**
 * Bounce phrasings in more languages (Chinese, simplified and traditional;
 * Japanese beyond multilingual-phrases.ts; Indonesian), each entry naming
 * the provider page or server text it comes from.
 *
 * Only wording found in a provider's own reply table, help page or a
 * server's localised reject text is listed; languages for which no such
 * wording was found are left out rather than translated.
 */
import { reasonPhrase } from './phrase-entry';
import type { TierEntry } from './tier-entry';

const QQ = 'Tencent QQ Mail help, bounce keywords table (service.mail.qq.com, "退信"; copy at qqmailbox.com/transceivers/169.html)';
const TENCENT_EXMAIL = 'Tencent Exmail (企业邮箱) resellers\' help on bounces (qqmail.zj.cn/article/159.htm, tjhaoyao.com/news_in/2630)';
const NETEASE = 'NetEase Mail, "企业退信的常见问题" bounce code table (help.163.com/09/1224/17/5RAJ4LMH00753VB8.html)';
const SINA = 'Sina Mail SMTP reply list with Chinese explanations (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html)';
const VPOPMAIL_ZH = 'vpopmail over-quota message as a Chinese qmail-toaster installs it (domains/.over-quota.msg)';
const EMAILHOST_CN = 'emailhost.com.cn help, bounce categories ("[退信] 收件人不存在", "[退信] 邮件过大", "[退信] 域名不存在")';
const TNET_HK = 'TNET (Hong Kong) support, "郵件退信專題" (tnet.hk/support/email/reemail_old.php)';
const MICROSOFT_JA = 'Microsoft Support (ja-jp), "初心者でもわかる Outlook: 配信不能メールが戻ってくる"';
const GMAIL_JA = 'Google Gmail Help (hl=ja), answer 6596 "バウンスまたは拒否されたメールを修正する"';
const DTI_JA = 'DTI / DREAM.jp technical info, error mail examples (dream.jp/support/techinfo/mail/error/error05.html)';
const GMAIL_ID = 'Google Gmail Help (hl=id), answer 6596, common bounce replies';
const GODADDY_ID = 'GoDaddy Bantuan (id-id), "Perbaiki email yang ditolak dengan kesalahan pentalan" (help 40685)';

/** Words that make the sender, not the recipient, the subject in Chinese ("发件人域名不存在"). */
const ZH_SENDER = ['发件人', '发信人', '發件人', '寄件人', '发信域名'];

export const MORE_LANGUAGE_PHRASES: readonly TierEntry[] = [
  // zh: "this user does not exist", "this user has not opened a QQ mailbox" (QQ Mail's own bounce words)
  reasonPhrase('recipient-unknown', { phrases: ['该用户不存在', '该用户未开通qq邮箱'], unless: ZH_SENDER }, QQ),
  // zh: "the requested user does not exist" (NetEase's gloss of "550 Invalid User")
  reasonPhrase('recipient-unknown', { phrases: ['请求的用户不存在'], unless: ZH_SENDER }, NETEASE),
  // zh: "recipient does not exist" as a bounce category
  reasonPhrase('recipient-unknown', { phrases: ['收件人不存在'], unless: ZH_SENDER }, EMAILHOST_CN),
  // zh-Hant: "the other side's user does not exist"
  reasonPhrase('recipient-unknown', { phrases: ['對方用戶不存在', '对方用户不存在'], unless: ZH_SENDER }, TNET_HK),

  // zh: "recipient's space is insufficient" (QQ), "the user's mailbox space is full" (vpopmail), "recipient's mailbox is full"
  reasonPhrase('recipient-mailbox-full', { phrases: ['收件人空间不足'] }, QQ),
  reasonPhrase('recipient-mailbox-full', { phrases: ['用户的邮箱空间已满'] }, VPOPMAIL_ZH),
  reasonPhrase('recipient-mailbox-full', { phrases: ['收件人邮箱已满', '收件人郵箱已滿'] }, TENCENT_EXMAIL),
  // zh-Hant: "the other side's mailbox space is not enough"
  reasonPhrase('recipient-mailbox-full', { phrases: ['對方郵箱空間不夠', '对方邮箱空间不够'] }, TNET_HK),

  // zh: "the size of the letter sent exceeds [the maximum NetEase accepts]", "mail size exceeds the limit", "mail too large"
  reasonPhrase('message-too-large', { phrases: ['发送的信件大小超过'] }, NETEASE),
  reasonPhrase('message-too-large', { phrases: ['邮件大小超过限制'] }, SINA),
  reasonPhrase('message-too-large', { phrases: ['邮件过大'] }, EMAILHOST_CN),
  reasonPhrase('message-too-large', { phrases: ['發送的郵件過大', '发送的邮件过大'] }, TNET_HK),

  // zh: "recognised by the system as spam", "the body carries the features of spam" (NetEase DT:SPM)
  reasonPhrase('remote-spam-content', { phrases: ['被系统识别为垃圾邮件', '邮件正文带有垃圾邮件特征'] }, NETEASE),

  // zh: "mailbox locked" (Sina's gloss of "550 user is locked"); zh-Hant: "account disabled"
  reasonPhrase('recipient-disabled', { phrases: ['邮箱被锁'], unless: ZH_SENDER }, SINA),
  reasonPhrase('recipient-disabled', { phrases: ['帳號被禁用', '帐号被禁用'], unless: ZH_SENDER }, TNET_HK),

  // zh: "domain does not exist" as a bounce category; zh-Hant: "cannot look up the other side's server name"
  reasonPhrase('recipient-domain-not-found', { phrases: ['域名不存在'], unless: ZH_SENDER }, EMAILHOST_CN),
  reasonPhrase('recipient-domain-not-found', { phrases: ['無法查找對方服務器名稱'], unless: ZH_SENDER }, TNET_HK),

  // ja: "unknown address", "user not found" (the reasons Outlook's NDRs give in Japanese)
  reasonPhrase('recipient-unknown', { phrases: ['不明なアドレスです', 'ユーザーが見つかりません'] }, MICROSOFT_JA),
  // ja: "the mail account you sent to does not exist" (Gmail's Japanese for "The email account that you tried to reach does not exist")
  reasonPhrase('recipient-unknown', { phrases: ['送信先のメール アカウントは存在しません', '送信先のメールアカウントは存在しません'] }, GMAIL_JA),
  // ja: "the user of <address> is not registered"
  reasonPhrase('recipient-unknown', { phrases: ['のユーザーは登録されていません'] }, DTI_JA),

  // id: "the email account you tried to reach does not exist", "message marked as spam" (Gmail's Indonesian)
  reasonPhrase('recipient-unknown', { phrases: ['akun email yang anda coba hubungi tidak ada'] }, GMAIL_ID),
  reasonPhrase('remote-spam-content', { phrases: ['pesan ditandai sebagai spam'] }, GMAIL_ID),
  // id: "account storage limit", "account disabled", "account does not exist" (GoDaddy's Indonesian bounce table)
  reasonPhrase('recipient-mailbox-full', { phrases: ['batasan penyimpanan akun'] }, GODADDY_ID),
  reasonPhrase('recipient-disabled', { phrases: ['akun dinonaktifkan'] }, GODADDY_ID),
  reasonPhrase('recipient-unknown', { phrases: ['akun tidak ada'] }, GODADDY_ID),
];
