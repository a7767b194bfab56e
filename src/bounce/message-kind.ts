/**
 * What kind of message it is, when it is not a failure report: an
 * auto-reply (RFC 3834, vacation notices), a complaint report (RFC 5965
 * ARF), a success notice, or something else entirely.
 */
import type { MimeMessage } from './mime';

export type MessageKind = 'bounce' | 'delayed' | 'auto-reply' | 'feedback-report' | 'delivered' | 'not-a-bounce';

function header(message: MimeMessage, key: string): string | undefined {
  return message.headers.find((h) => h.key === key)?.value;
}

/** Sender addresses of mail systems: a message from them is a system notice. */
const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon|mail\.delivery\.system|mail-delivery-system|bounces?|double-bounce|nobody|mailer|mdaemon|mail_daemon|mail-notifier|mailadmin|mail_admin|mailer_daemon|administrator)(?:@|$)/i;

/** Subjects of failure notices, in the languages of the corpus MTAs and Mail Doctor's users. */
const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery status notification|delivery (?:has )?fail|delivery failure|failure notice|returned mail|mail delivery (?:failed|failure|system|subsystem|problem)|non-?delivery|could not (?:be )?deliver|delivery notification|unable to deliver|mail could not be delivered|message not delivered|nicht zustellbar|unzustellbar|non remis|échec de la remise|niet afgeleverd|onbestelbaar|kan niet worden bezorgd|rejected|bounce|error sending|delivery problem|warning: could not send|message you sent|returned to sender|delayed mail|delivery delayed|delivery warning|delivery report|email sending failed|notification de statut|permanent error|failed delivery|mail system error|nondeliverable|sysadmin|dsn|delivery error|erro|fehler|系统退信|不能|エラー|配信|送信失敗/i;

/**
 * Readable-text words of failure notices: the common sentences, Exchange's diagnostic heading in its languages,
 * Gmail's "response from the remote server", Exim's "SMTP error from remote mail server" and Postfix's "(in reply to
 * RCPT TO command)" (a bounce's recipient block quoted alone), Russian and Chinese providers' words.
 */
const BOUNCE_TEXT =
  /could not be delivered|couldn't be delivered|was not delivered|delivery (?:has )?failed|delivery to the following recipient|permanent(?:ly)? (?:error|fatal|failure)|the following address(?:es)?(?:\(es\))? (?:failed|had)|unable to deliver|undeliverable|i'm afraid i wasn't able to deliver|did not reach the following recipient|message could not be sent|was rejected|your message (?:to|wasn't|was not|cannot|could not)|delivery (?:to|of) (?:the )?following|returned mail|failed recipient|user unknown|unknown user|mailbox (?:full|unavailable)|has been delayed|has been postponed|retry timeout exceeded|message has not yet been delivered|nicht zugestellt|n'a pas pu être remis|kon niet worden afgeleverd|invalid (?:user|recipient) address|error message below|no such user|diagnostic information for administrators|diagnoseinformationen für administratoren|informations de diagnostic pour les administrateurs|informazioni di diagnostica per gli amministratori|diagnostische gegevens voor beheerders|diagnóstico para administradores|remote server returned|the response from the remote server was|the error that the other server returned was|did not reach some or all of the intended recipients|could not be reached|smtp error from remote|\(in reply to (?:rcpt to|mail from|end of data|data|helo|ehlo) command\)|не может быть доставлено|не доставлено|недоставк|退信|被退回/i;

/**
 * Subjects of automatic replies: the English and the localised prefixes mail
 * clients and servers put before them (Outlook's "Automatic reply:" in its
 * languages: Automatische Antwort, Réponse automatique, Respuesta
 * automática, Risposta automatica, Resposta automática, Automatisch
 * antwoord, Automatyczna odpowiedź, Automatická odpověď, Automatiskt/
 * Automatisk svar, Automaattinen vastaus, Otomatik yanıt, Automatikus
 * válasz, Автоматический ответ, 自動応答, 自动回复), also in brackets.
 */
const AUTO_REPLY_SUBJECT =
  /^\[?(?:auto(?:matic)?[ -]?(?:reply|response|antwort|réponse)|auto:|autoreply|out of (?:the )?office|abwesen|absence|vacation|congés|afwezig|automatisch antwoord|réponse automatique|respuesta automática|risposta automatica|resposta automática|automatyczna odpowied|automatická odpověď|automatisk(?:t)? svar|automaattinen vastaus|otomatik yanıt|automatikus válasz|автоматический ответ|自動応答|自动回复|不在)/i;

export function isSystemSender(address: string): boolean {
  return SYSTEM_SENDER.test(address);
}

/** Hotmail's complaint reports (JMRP) carry no report part: only this subject marks them. */
const COMPLAINT_SUBJECT = /^complaint about message from /i;

/**
 * An unsubscribe request a mail program sent for its user to a list's
 * RFC 2369 List-Unsubscribe mailto address: Apple Mail and iOS Mail mark it
 * "X-Apple-Unsubscribe: true" and write "Apple Mail sent this email to
 * unsubscribe from the message …". The recipient's answer to a mailing,
 * like an ARF opt-out report, not a reply by a person.
 */
const UNSUBSCRIBE_TEXT = /^\s*(?:apple|ios|macos) mail sent this (?:e-?mail|message) to unsubscribe\b/i;

export function isUnsubscribeRequest(message: MimeMessage): boolean {
  if (header(message, 'x-apple-unsubscribe')?.trim().toLowerCase() === 'true') return true;
  return UNSUBSCRIBE_TEXT.test(message.text.slice(0, 512));
}

/**
 * Which words describe a message that is no failure report: its kind, or for
 * a feedback report the kind of feedback when that is not a complaint (an
 * unsubscribe request, an RFC 6591 authentication-failure report).
 */
export type KindNote = Exclude<MessageKind, 'bounce' | 'delayed'> | 'unsubscribe-request' | 'auth-failure-report';

export function kindNoteOf(kind: string, feedbackType: string | null | undefined): KindNote {
  if (kind === 'feedback-report' && feedbackType === 'opt-out') return 'unsubscribe-request';
  if (kind === 'feedback-report' && feedbackType === 'auth-failure') return 'auth-failure-report';
  return kind === 'auto-reply' || kind === 'feedback-report' || kind === 'delivered' ? kind : 'not-a-bounce';
}

export function isFeedbackReport(message: MimeMessage): boolean {
  if (message.feedbackReports.length > 0) return true;
  if (COMPLAINT_SUBJECT.test(message.subject.trim())) return true;
  if (/report-type\s*=\s*"?feedback-report/.test(message.contentType)) return true;
  return /^Feedback-Type:\s*\S+/im.test(message.text) && /^(?:User-Agent|Version|Original-Rcpt-To|Original-Mail-From):/im.test(message.text);
}

/**
 * A refusal by the recipient's mail store in the form RFC 5429 gives a Sieve
 * "reject": a disposition notification (RFC 8098) saying the message was
 * deleted by an automatic action, with the reason in its readable part —
 * Dovecot's delivery agent and Pigeonhole ("Your message to <a> was
 * automatically rejected: Quota exceeded"), Cyrus's sieve.
 */
function isSieveRejection(message: MimeMessage): boolean {
  if (!/report-type\s*=\s*"?disposition-notification/i.test(message.contentType)) return false;
  return /^Disposition:\s*automatic-action\/MDN-sent-automatically\s*;\s*deleted\b/im.test(message.dispositionNotifications.join('\n'));
}

export function isAutoReply(message: MimeMessage): boolean {
  const auto = header(message, 'auto-submitted')?.toLowerCase() ?? '';
  // A Sieve "reject" (RFC 5429) answers "auto-replied (rejected)" (Dovecot Pigeonhole, Cyrus): a refusal, not a reply.
  if (auto.startsWith('auto-replied')) return !isSieveRejection(message);
  if (header(message, 'x-autoreply') !== undefined || header(message, 'x-autorespond') !== undefined || header(message, 'x-auto-response-suppress')?.toLowerCase() === 'all') {
    if (!looksLikeBounce(message)) return true;
  }
  const precedence = header(message, 'precedence')?.toLowerCase() ?? '';
  if (precedence === 'auto_reply') return true;
  return AUTO_REPLY_SUBJECT.test(message.subject.trim());
}

/** Whether the subject is one of a failure notice's ("Undelivered Mail Returned to Sender", "Unzustellbar: …"). */
export function hasBounceSubject(message: MimeMessage): boolean {
  return BOUNCE_SUBJECT.test(message.subject);
}

/** Signs that a message reports a failure, whatever its layout. */
export function looksLikeBounce(message: MimeMessage): boolean {
  if (message.deliveryStatus.length > 0) return true;
  if (header(message, 'x-failed-recipients') !== undefined) return true;
  if (/report-type\s*=\s*"?delivery-status/.test(message.contentType)) return true;
  if (SYSTEM_SENDER.test(message.from)) return true;
  if (hasBounceSubject(message)) return true;
  const head = message.text.slice(0, 8192);
  // Line breaks inside a sentence ("could not\nbe delivered") are spaces to the words: tried when the text as it is says nothing.
  return BOUNCE_TEXT.test(head) || BOUNCE_TEXT.test(head.replace(/\s+/g, ' '));
}
