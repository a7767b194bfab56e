/**
 * Reason words in Chinese, Japanese, Korean, Russian and Polish: a subject
 * and its state in one clause, in scripts without spaces or outside `\b`;
 * not for the sender, not for a domain or server, not the opposite verdict.
 */
import { MORE_LANGUAGE_REASON_WORDS } from '../../src/kb/tiers/reason-words-more-languages';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '退信原因：收件人邮件地址（anna@example.cn）不存在，邮件无法送达。', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Chinese: the recipient’s address does not exist' },
  { text: '550 收件人邮箱空间不足', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Chinese: the recipient’s mailbox space is not enough' },
  { text: '535 Error: 请用授权码登录邮箱客户端', id: 'smtp-login-failed', tier: 'reason-phrase', note: 'Chinese: log in with the authorisation code (app password), not the account password' },
  { text: '出错原因：该邮件被多数用户投诉为垃圾邮件。', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Chinese: reported as spam by many users' },
  { text: '退信原因：连接收件方邮件系统失败，导致邮件被系统退回。', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Chinese: connecting to the recipient’s mail system failed' },
  { text: '退信原因：对方拒收了您的邮件', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Chinese: the other side refuses your mail' },
  { text: '받는 사람이 회원님의 메일을 수신차단 하였습니다.', id: 'recipient-filtered', tier: 'reason-phrase', note: 'Korean: the recipient blocked your mail' },
  { text: '실패 사유 : 받는 사람의 메일함 용량이 가득 찼습니다.', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Korean: the recipient’s mailbox is full' },
  { text: '실패 사유 : 존재하지 않는 계정입니다.', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Korean: an account that does not exist' },
  { text: '宛先のメールアドレスは存在しません', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Japanese: the address does not exist' },
  { text: '宛先の受信箱が容量オーバーです', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Japanese: the inbox is over its capacity' },
  { text: '相手の受信拒否設定により送信できませんでした', id: 'recipient-filtered', tier: 'reason-phrase', note: "Japanese: the recipient's refusal settings" },
  { text: 'メールサーバーに接続できませんでした', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Japanese: no connection to the server' },
  { text: '메일이 스팸으로 분류되어 발송이 차단되었습니다', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Korean: classified as spam' },
  { text: '존재하지 않는 이메일 주소입니다', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Korean: an email address that does not exist' },
  { text: '发送频率过高，请稍后再试', id: 'sender-rate-limited', tier: 'reason-phrase', note: 'Chinese: sending too often' },
  { text: '您的IP地址已被列入黑名单', id: 'server-blocklisted', tier: 'reason-phrase', note: 'Chinese: the IP address is on a blacklist' },
  { text: '550 Ящик получателя не найден в системе', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Russian: the recipient’s mailbox was not found' },
  { text: '552 Почтовый ящик получателя переполнен', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Russian: the recipient’s mailbox is overfilled' },
  { text: '550 Ящик получателя заблокирован', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Russian: the recipient’s mailbox is blocked' },
  { text: '554 Сообщение определено как спам', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Russian: judged as spam' },
  { text: '554 Nie przyjmiemy tej wiadomosci poniewaz jest to spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Polish: this is spam' },
  { text: '550 Konto odbiorcy jest zablokowane', id: 'recipient-disabled', tier: 'reason-phrase', note: 'Polish: the recipient’s account is blocked' },
  { text: '550 Adres e-mail odbiorcy nie istnieje', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Polish: the recipient’s address does not exist' },
  { text: '550 Adresát neexistuje', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Czech: the addressee does not exist' },
  { text: '552 Schránka příjemce je plná', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Czech: the recipient’s mailbox is full' },
  { text: '550 Alıcı adresi bulunamadı', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Turkish: the recipient’s address was not found' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '发件人地址不存在', id: 'unknown', tier: 'unknown', note: 'Chinese: the sender’s address, not the recipient’s' },
  { text: '未找到主机或域名服务器，地址不存在', id: 'unknown', tier: 'unknown', note: 'Chinese: a host or domain, not a mailbox' },
  { text: '这封邮件不是垃圾邮件', id: 'unknown', tier: 'unknown', note: 'Chinese: the opposite verdict' },
  { text: '登录服务器连接失败', id: 'unknown', tier: 'unknown', note: 'Chinese: a login connection, not the receiving server' },
  { text: '보내는 사람의 주소가 존재하지 않습니다', id: 'unknown', tier: 'unknown', note: 'Korean: the sender’s address' },
  { text: '550 Ваш почтовый ящик заблокирован', id: 'unknown', tier: 'unknown', note: 'Russian: the sender’s own mailbox' },
  { text: '250 Жалоба на спам принята', id: 'unknown', tier: 'unknown', note: 'Russian: a spam complaint accepted, no verdict on a message' },
  { text: '550 Twoje konto jest zablokowane', id: 'unknown', tier: 'unknown', note: 'Polish: the sender’s own account' },
  { text: '550 Adres nadawcy nie istnieje', id: 'unknown', tier: 'unknown', note: 'Polish: the sender’s address' },
  { text: '550 Gönderen adresi bulunamadı', id: 'unknown', tier: 'unknown', note: 'Turkish: the sender’s address' },
  { text: 'ログインサーバーに接続できませんでした。認証エラー', id: 'unknown', tier: 'unknown', note: 'Japanese: a login, not the receiving server' },
  { text: '这封邮件不是垃圾邮件，发件人不在黑名单', id: 'unknown', tier: 'unknown', note: 'Chinese: no spam and not on a blacklist' },
  { text: '该IP不在黑名单中', id: 'unknown', tier: 'unknown', note: 'Chinese: an IP address that is not on a blacklist' },
];

describeTierTable('reason words in Chinese, Japanese, Korean, Russian and Polish', MORE_LANGUAGE_REASON_WORDS, EXAMPLES, NEAR_MISSES);
