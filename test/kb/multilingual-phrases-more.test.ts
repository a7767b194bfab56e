/**
 * Reason phrases in more languages (Chinese, Japanese, Indonesian): each
 * entry's documented wording is recognised, and look-alikes are not.
 */
import { MORE_LANGUAGE_PHRASES } from '../../src/kb/tiers/multilingual-phrases-more';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // zh: QQ Mail
  { text: '550 该用户不存在 <jan@example.org>', id: 'recipient-unknown', tier: 'reason-phrase', note: 'QQ Mail bounce keywords: 该用户不存在 (this user does not exist)' },
  { text: '550 jan@example.org 该用户未开通QQ邮箱', id: 'recipient-unknown', tier: 'reason-phrase', note: 'QQ Mail bounce keywords: 该用户未开通QQ邮箱 (no QQ mailbox opened)' },
  { text: '552 收件人空间不足', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'QQ Mail bounce keywords: 收件人空间不足 (recipient out of space)' },
  // zh: NetEase
  { text: '550 请求的用户不存在', id: 'recipient-unknown', tier: 'reason-phrase', note: 'NetEase bounce table: "550 Invalid User 请求的用户不存在"' },
  { text: '552 发送的信件大小超过了网易邮箱允许接收的最大限制', id: 'message-too-large', tier: 'reason-phrase', note: 'NetEase bounce table: the gloss of "exceeded mailsize limit"' },
  { text: '451 邮件正文带有垃圾邮件特征或发送环境缺乏规范性，被临时拒收', id: 'remote-spam-content', tier: 'reason-phrase', note: 'NetEase bounce table: the gloss of 451 DT:SPM' },
  { text: '554 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件', id: 'remote-spam-content', tier: 'reason-phrase', note: 'NetEase bounce table: the gloss of 554 DT:SPM, without the code' },
  { text: '554 DT:SPM 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件', id: 'remote-spam-content', tier: 'provider-code', note: 'NetEase bounce table: with the DT:SPM code the provider-code tier decides' },
  // zh: Sina
  { text: '552 邮件大小超过限制', id: 'message-too-large', tier: 'reason-phrase', note: 'Sina reply list: "552 message is too long. (邮件大小超过限制)"' },
  { text: '550 用户状态异常 (邮箱被锁)', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Sina reply list: "550 user is locked. (邮箱被锁)"' },
  // zh: others
  { text: '552 邮件被拒绝,用户的邮箱空间已满.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'vpopmail .over-quota.msg as a Chinese qmail-toaster sets it' },
  { text: '552 收件人邮箱已满，无法接收邮件', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Tencent Exmail help: 收件人邮箱已满' },
  { text: '552 收件人郵箱已滿', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Tencent Exmail help (traditional script): 收件人郵箱已滿' },
  { text: '550 退信: 收件人不存在', id: 'recipient-unknown', tier: 'reason-phrase', note: 'emailhost.com.cn bounce category 收件人不存在' },
  { text: '552 退信: 邮件过大', id: 'message-too-large', tier: 'reason-phrase', note: 'emailhost.com.cn bounce category 邮件过大' },
  { text: '550 退信: 域名不存在 example.org', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'emailhost.com.cn bounce category 域名不存在' },
  // zh-Hant: TNET
  { text: '550 退信: 對方用戶不存在', id: 'recipient-unknown', tier: 'reason-phrase', note: 'TNET bounce guide: 對方用戶不存在' },
  { text: '552 退信: 對方郵箱空間不夠,無法接收新郵件', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'TNET bounce guide: 對方郵箱空間不夠' },
  { text: '552 退信: 發送的郵件過大,造成接收方服務器拒收', id: 'message-too-large', tier: 'reason-phrase', note: 'TNET bounce guide: 發送的郵件過大' },
  { text: '550 退信: 帳號被禁用(凍結、鎖定、刪除等)', id: 'recipient-disabled', tier: 'reason-phrase', note: 'TNET bounce guide: 帳號被禁用' },
  { text: '550 退信: 無法查找對方服務器名稱(域或主機)', id: 'recipient-domain-not-found', tier: 'reason-phrase', note: 'TNET bounce guide: 無法查找對方服務器名稱' },
  // ja
  { text: '550 不明なアドレスです', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Microsoft Support ja-jp: the NDR reason 不明なアドレスです' },
  { text: '550 ユーザーが見つかりません: jan@example.org', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Microsoft Support ja-jp: the NDR reason ユーザーが見つかりません' },
  { text: '550 送信先のメール アカウントは存在しません', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Gmail Help ja: 送信先のメール アカウントは存在しません' },
  { text: '原因: <jan@example.org> のユーザーは登録されていません', id: 'recipient-unknown', tier: 'reason-phrase', note: 'DTI error mail example: のユーザーは登録されていません' },
  // id
  { text: '550 Akun email yang Anda coba hubungi tidak ada', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Gmail Help id: "Akun email yang Anda coba hubungi" tidak ada' },
  { text: '550 Pesan ditandai sebagai spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Gmail Help id: "Pesan ditandai sebagai spam"' },
  { text: '552 Batasan penyimpanan akun', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'GoDaddy Bantuan id: Batasan penyimpanan akun' },
  { text: '550 Akun dinonaktifkan', id: 'recipient-disabled', tier: 'reason-phrase', note: 'GoDaddy Bantuan id: Akun dinonaktifkan' },
  { text: '550 Akun tidak ada: jan@example.org', id: 'recipient-unknown', tier: 'reason-phrase', note: 'GoDaddy Bantuan id: Akun tidak ada' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '553 发件人域名不存在', id: 'unknown', tier: 'unknown', note: "the sender's domain (发件人域名) does not exist: not the recipient's" },
  { text: '550 发件人不存在 (该用户不存在)', id: 'unknown', tier: 'unknown', note: 'the sender (发件人) is the user that does not exist' },
  { text: '550 5.1.8 该用户不存在', id: 'sender-address-rejected', tier: 'status-code', note: 'X.1.8 is about the sender: the phrase does not overrule the direction' },
  { text: '550 邮件被拒收', id: 'unknown', tier: 'unknown', note: '"the mail was refused" names no reason' },
  { text: '550 Akun email yang Anda coba hubungi dinonaktifkan', id: 'unknown', tier: 'unknown', note: 'the same Gmail opening with "disabled" (dinonaktifkan) is not an unknown account' },
];

describeTierTable('the reason phrases in more languages', MORE_LANGUAGE_PHRASES, EXAMPLES, NEAR_MISSES);
