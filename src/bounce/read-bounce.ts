/**
 * Reads one RFC 5322 message into what it reports: its kind and, for a
 * failure report, each bounced recipient with the report's facts and the
 * knowledge base's diagnosis. Standard reports (RFC 6522 multipart/report
 * with RFC 3464 delivery-status) are read field by field; reports written
 * only for people are read from their layout (text-report.ts). Pure apart
 * from the MIME parse; never throws for any bytes (errors become BounceError).
 */
import { classifyWithReport } from '../kb/classify-report';
import { enhancedCodesIn } from '../smtp/reply';
import type { Classification } from '../kb/matcher';
import type { Stage } from '../kb/types';
import { cleanAddress, normaliseAddress } from './addresses';
import { inlineDeliveryStatus, parseDeliveryStatus, type DeliveryStatus, type DsnRecipient } from './dsn';
import { FIELD_NAME_SOURCE, fieldValue, parseFields, pickFields } from './fields';
import { GOOGLE_GROUPS_MEANING, isGoogleGroupsNotice } from './google-groups';
import { hasBounceSubject, isAutoReply, isFeedbackReport, isSystemSender, isUnsubscribeRequest, looksLikeBounce, type MessageKind } from './message-kind';
import { readSesNotice } from './ses-notification';
import { bodyOnlyMessage, decodeWords, headerBlock, MAX_MESSAGE_BYTES, MimeError, parseMime, type MimeMessage } from './mime';
import type { SisimaiReason } from './reasons';
import type { ReaderFailure, ReaderNote } from '../text/reader-notes';
import { stageOf } from './stage';
import { reportReason, type ReasonSource } from './report-reason';
import { failedAddresses, generatedFrom, readablePart, recipientBlock } from './text-report';

interface OriginalMessage {
  readonly messageId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
}


export interface BouncedRecipient {
  readonly index: number;
  readonly recipient: string;
  readonly action?: string;
  readonly status?: string;
  readonly replyCode?: number;
  readonly remoteMta?: string;
  readonly diagnosticCode?: string;
  readonly lastAttemptDate?: string;
  readonly stage?: Stage;
  readonly classification: Classification;
  /** The catalogue reason, or (reasonSource 'status-code') the last-resort reason of the status code. */
  readonly reason: SisimaiReason;
  readonly reasonSource: ReasonSource;
  readonly temporary: boolean;
}

export interface BounceReport {
  readonly kind: MessageKind;
  readonly recipients: readonly BouncedRecipient[];
  /** For a message that is not a failure report: whom it is about (the auto-replier, the complained-about recipient). */
  readonly about?: string;
  /** Everyone a feedback report is about, in its order (`about` is the first). */
  readonly aboutAll?: readonly string[];
  /** A feedback report's RFC 5965 Feedback-Type (`abuse`, `fraud`, `virus`, `opt-out` …), lower case; `opt-out` for a mail program's unsubscribe request. */
  readonly feedbackType?: string;
  readonly reportingMta?: string;
  readonly arrivalDate?: string;
  readonly original: OriginalMessage;
  readonly notes: readonly ReaderNote[];
}

/** A message that gives no report: why, as data (reader-notes.ts has the words). */
export class BounceError extends Error {
  constructor(readonly failure: ReaderFailure) {
    super(failure.code);
  }
}

/** At most this many recipients are diagnosed per message (a report of thousands is a list, not a bounce). */
const MAX_RECIPIENTS = 500;
/** Characters of the readable report handed to the knowledge base when a recipient's own lines say nothing it knows. */
const MAX_REPORT_FOR_KB = 1500;

const ORIGINAL_FIELDS = ['subject', 'from', 'to', 'message-id'];

function originalOf(block: string | undefined): OriginalMessage {
  if (block === undefined) return {};
  const fields = pickFields(headerBlock(block), ORIGINAL_FIELDS);
  const subject = fieldValue(fields, 'subject');
  const from = cleanAddress(fieldValue(fields, 'from'));
  const to = cleanAddress(fieldValue(fields, 'to'));
  const messageId = fieldValue(fields, 'message-id');
  return {
    ...(messageId === undefined ? {} : { messageId }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(subject === undefined ? {} : { subject: decodeWords(subject) }),
  };
}

function header(message: MimeMessage, key: string): string | undefined {
  return message.headers.find((h) => h.key === key)?.value;
}

const REMOTE_HOST_IN_TEXT = /\b(?:host|remote host|server|mx)\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\.?\s*\[?([0-9a-f:.]+)?\]?/i;

/** An RFC 3463 failure code the server wrote inside its words, also qmail/vpopmail's "(#5.1.1)" form. */
function statusInWords(text: string | undefined): string | undefined {
  return enhancedCodesIn(text?.slice(0, 2000) ?? '').find((code) => code[0] !== '2');
}

/** Marks and white space around an address, which are not words. */
const NOT_WORDS = /[\s<>:;,.()"]/;

/**
 * Words beyond the address itself: more than 3 characters outside any
 * white-space separated token holding an address (an "@" with something on
 * both sides), white space and the marks around addresses. Counts only as
 * far as needed: the text may be a whole report.
 */
export function hasServerWords(text: string | undefined): boolean {
  let count = 0;
  for (const token of (text ?? '').split(/\s+/)) {
    const at = token.indexOf('@', 1);
    if (at > 0 && at < token.length - 1) continue;
    for (const ch of token) if (!NOT_WORDS.test(ch) && ++count > 3) return true;
  }
  return false;
}

interface Facts {
  readonly recipient: string;
  readonly dsn?: DsnRecipient;
  /** The recipient's own lines in the readable report. */
  readonly block?: string;
}

/**
 * Sendmail's own bounce gives each failed address the remote server's reply
 * in a "(reason: …)" line; its transcript may end in a status line of its own
 * ("550 5.1.1 jan@example.org... User unknown" after a refused DATA), which is
 * Sendmail's reading, not the receiver's words.
 */
const SENDMAIL_REASON_LINE = /^[ \t]*\(reason: (.+)\)[ \t]*\r?$/m;

/**
 * Whether the delivery-status part's Diagnostic-Code is the reply cut short: a copy that lost the indentation of its
 * folded lines ends the field at its first line, while the readable block, where the same reply stands, goes on with
 * the rest of its sentence (not merely with Postfix's "(in reply to … command)" or a closing bracket).
 */
function cutShort(diagnostic: string | undefined, block: string | undefined): boolean {
  if (diagnostic === undefined || block === undefined) return false;
  // The field's value comes without its type ("smtp;"), as the DSN and SES readers give it.
  const reply = diagnostic.replace(/\s+/g, ' ').trim();
  if (reply.length < 12) return false;
  const flat = block.replace(/\s+/g, ' ');
  const at = flat.indexOf(reply);
  if (at < 0) return false;
  const rest = flat.slice(at + reply.length).trimStart();
  return /^[A-Za-z0-9,[]/.test(rest);
}

/** A code and hyphen at the start, and no white space followed by the same code and a space anywhere after it. */
const UNFINISHED_MULTILINE = /^\s*(\d{3})-(?![\s\S]*\s\1 )/;

/**
 * Whether a reply is only the first line(s) of a multiline reply: RFC 5321 (section 4.2.1) marks every line but the
 * last with a hyphen after the code ("550-5.7.1 …"), so a reply that opens that way and never reaches a line with the
 * code and a space is cut. Sendmail's Diagnostic-Code and "(reason: …)" line keep just the first line; its
 * transcript ("<<< 550-…" down to "<<< 550 …") holds the whole reply.
 */
function unfinishedMultiline(reply: string | undefined): boolean {
  return reply !== undefined && UNFINISHED_MULTILINE.test(reply);
}

function withoutDiagnostic(dsn: DsnRecipient): DsnRecipient {
  const { diagnosticCode: _cut, ...rest } = dsn;
  return rest;
}

function diagnose(facts: Facts, report: string, extraStatus: string | undefined, single: boolean): Omit<BouncedRecipient, 'index'> {
  const given = facts.dsn;
  // A Diagnostic-Code cut short is left out: the readable block holds the whole reply.
  // So is one that holds only the first line of a multiline reply: the transcript further on has all of it.
  const dsn = given !== undefined && (cutShort(given.diagnosticCode, facts.block) || unfinishedMultiline(given.diagnosticCode)) ? withoutDiagnostic(given) : given;
  const reasonLine = facts.block === undefined ? undefined : SENDMAIL_REASON_LINE.exec(facts.block)?.[1];
  const texts = [dsn?.diagnosticCode, unfinishedMultiline(reasonLine) ? undefined : reasonLine, facts.block, report.slice(0, MAX_REPORT_FOR_KB)].filter(
    (t): t is string => t !== undefined && t.trim() !== '',
  );
  // The recipient's own words first; a single-recipient report's stage may stand anywhere in it (a transcript).
  const own = [dsn?.diagnosticCode, facts.block].filter((t): t is string => t !== undefined).join('\n');
  const stage = stageOf(own) ?? (single ? stageOf(report.slice(0, MAX_REPORT_FOR_KB)) : undefined);
  let remoteMta = dsn?.remoteMta;
  if (remoteMta === undefined) {
    const m = REMOTE_HOST_IN_TEXT.exec(facts.block ?? '');
    if (m !== null) remoteMta = m[1]!.toLowerCase();
  }
  const status = dsn?.status ?? extraStatus;
  let classification: Classification | undefined;
  let textStatus: string | undefined;
  // The first text the knowledge base recognises decides. A verdict from the status code alone, where that text holds
  // no reply of the server (only report fields), gives way to words in a later text when the report is about this
  // one recipient only: its readable part then speaks of no one else.
  let byWords: Classification | undefined;
  let byCodeOnly: Classification | undefined;
  for (const text of texts) {
    const c = classifyWithReport(text, { ...(status === undefined ? {} : { status }), ...(stage === undefined ? {} : { stage }), ...(remoteMta === undefined ? {} : { remoteHost: remoteMta }) });
    classification ??= c;
    textStatus ??= c.reply.enhanced;
    if (c.id === 'unknown') continue;
    if (c.tier !== 'status-code') {
      byWords = c;
      break;
    }
    byCodeOnly ??= c;
    if (!single || c.reply.code !== undefined) break;
  }
  classification = byWords ?? byCodeOnly ?? classification ?? classifyWithReport('', status === undefined ? {} : { status });
  const action = dsn?.action;
  // A DSN's "5.0.0" says nothing beyond the class: the server's own code in its words is more exact.
  const effectiveStatus = status === undefined || (/^[45]\.0\.0$/.test(status) && textStatus !== undefined && textStatus[0] === status[0]) ? (classification.reply.enhanced ?? textStatus ?? status ?? statusInWords(texts[0])) : status;
  const replyCode = classification.reply.code;
  const { reason, source: reasonSource } = reportReason(classification, {
    ...(effectiveStatus === undefined ? {} : { status: effectiveStatus }),
    ...(action === undefined ? {} : { action }),
    ...(stage === undefined ? {} : { stage }),
    ...(replyCode === undefined ? {} : { replyCode }),
    words: hasServerWords(dsn?.diagnosticCode ?? facts.block),
    ...(dsn?.localProgram === true ? { localProgram: true } : {}),
  });
  const diagnosticCode = dsn?.diagnosticCode ?? facts.block;
  return {
    recipient: facts.recipient,
    ...(action === undefined ? {} : { action }),
    ...(effectiveStatus === undefined ? {} : { status: effectiveStatus }),
    ...(replyCode === undefined ? {} : { replyCode }),
    ...(remoteMta === undefined ? {} : { remoteMta }),
    ...(diagnosticCode === undefined ? {} : { diagnosticCode }),
    ...(dsn?.lastAttemptDate === undefined ? {} : { lastAttemptDate: dsn.lastAttemptDate }),
    ...(stage === undefined ? {} : { stage }),
    classification,
    reason,
    reasonSource,
    // A failure report means the server gave up; only a "delayed" notice is still being retried: one whose DSN says
    // so, or one written for people that says it keeps trying and quotes no permanent reply.
    temporary:
      action === 'delayed' ||
      (action === undefined && (classification.temporary || (replyCode === undefined && effectiveStatus === undefined)) && STILL_TRYING.test(report.slice(0, 4000))),
  };
}

/** Words of a notice that the sending server keeps trying. */
const STILL_TRYING = /\b(?:will (?:be )?retr|still trying|delayed|postponed|not yet been delivered|will continue)/i;

function deliveryStatusOf(message: MimeMessage, report: string): DeliveryStatus | undefined {
  const merged: DsnRecipient[] = [];
  let first: DeliveryStatus | undefined;
  const bodies = message.deliveryStatus.length > 0 ? message.deliveryStatus : [inlineDeliveryStatus(report) ?? inlineDeliveryStatus(message.text)].filter((b): b is string => b !== undefined);
  for (const body of bodies) {
    const parsed = parseDeliveryStatus(body);
    first ??= parsed;
    merged.push(...parsed.recipients);
  }
  if (first === undefined) return undefined;
  return { ...first, recipients: merged };
}

function senderAddresses(message: MimeMessage, original: OriginalMessage): Set<string> {
  const set = new Set<string>();
  for (const a of message.to) set.add(a.toLowerCase());
  if (message.from !== '') set.add(message.from.toLowerCase());
  if (original.from !== undefined) set.add(original.from.toLowerCase());
  const returnPath = cleanAddress(header(message, 'return-path'));
  if (returnPath !== undefined) set.add(returnPath.toLowerCase());
  return set;
}

/**
 * What a feedback report says, its fields read once per body: whom it is about (RFC 5965 §3.2 lets Original-Rcpt-To
 * appear once per recipient of the complained-about message) and its Feedback-Type (§3.1), when it names one.
 */
function feedbackOf(message: MimeMessage, original: OriginalMessage): { about: string[]; type?: string } {
  let about: string[] = [];
  let type: string | undefined;
  for (const body of [...message.feedbackReports, message.text]) {
    const fields = parseFields(body);
    if (about.length === 0) {
      const rcpts = fields.filter((f) => f.key === 'original-rcpt-to' || f.key === 'removal-recipient');
      about = [...new Set(rcpts.map((f) => cleanAddress(f.value)).filter((a): a is string => a !== undefined))].slice(0, MAX_RECIPIENTS);
    }
    if (type === undefined) {
      const value = fieldValue(fields, 'feedback-type')?.trim().toLowerCase();
      if (value !== undefined && /^[a-z][a-z0-9-]{0,30}$/.test(value)) type = value;
    }
    if (about.length > 0 && type !== undefined) break;
  }
  if (about.length === 0 && original.to !== undefined) about = [original.to];
  return type === undefined ? { about } : { about, type };
}

/**
 * A header field's name as mail programs write them (letters, digits, hyphens). The MIME parser takes any
 * "words: more words" line for a field, so a pasted "<a@example.org>: host … said:" would make a body a header.
 */
const FIELD_NAME = new RegExp(`^${FIELD_NAME_SOURCE}$`);

/** RFC 3464's per-message and per-recipient field names (and X- extensions such as X-Postfix-Sender). */
const DSN_FIELD = /^(?:reporting-mta|dsn-gateway|received-from-mta|arrival-date|original-envelope-id|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|final-log-id|will-retry-until|x-[a-z0-9-]+)$/i;

/**
 * A report's delivery-status fields pasted alone ("Final-Recipient: rfc822; …", "Action: failed", "Status: 5.1.1" …),
 * perhaps with the returned message's headers after them: the MIME layer takes them for a header block, but they are
 * the report itself. A message's own header block never starts with a delivery-status field.
 */
function isDeliveryStatusAlone(message: MimeMessage): boolean {
  const first = message.headers[0]?.key.toLowerCase() ?? '';
  return !first.startsWith('x-') && DSN_FIELD.test(first) && message.headers.some((h) => h.key.toLowerCase() === 'final-recipient');
}

export async function readBounce(bytes: Uint8Array): Promise<BounceReport> {
  if (bytes.length === 0) throw new BounceError({ code: 'empty-file' });
  let message: MimeMessage;
  try {
    message = await parseMime(bytes);
  } catch (error) {
    throw new BounceError(error instanceof MimeError ? { code: 'not-mime' } : { code: 'unreadable' });
  }
  const notes: ReaderNote[] = [];
  if (bytes.length > MAX_MESSAGE_BYTES) notes.push({ code: 'large-message', size: bytes.length, read: MAX_MESSAGE_BYTES });
  const fieldsAlone = isDeliveryStatusAlone(message);
  if (!fieldsAlone && message.headers.some((h) => FIELD_NAME.test(h.key))) return readParsedBounce(message, notes);
  // A bounce's body copied out of a mail program has no header block: it is one when its words say so, when its
  // delivery-status fields are what was copied, or when the knowledge base recognises a delivery failure in the lines
  // about an address it names (a recipient block quoted alone). Anything else without header fields is no message.
  const body = bodyOnlyMessage(bytes);
  const report = readParsedBounce(body, [{ code: 'body-only' }, ...notes], true);
  const recognised = report.recipients.some((r) => r.classification.id !== 'unknown' && hasServerWords(r.diagnosticCode));
  const bounceWords = fieldsAlone || looksLikeBounce(body);
  // A bounce's body whose addresses were cut out when it was copied (a page's "ya...@…"): say so, not "no message".
  if (report.recipients.length === 0 && bounceWords) throw new BounceError({ code: 'bounce-without-address' });
  if (report.recipients.length === 0 || !(bounceWords || recognised)) throw new BounceError({ code: 'no-header-fields' });
  return report;
}

/** The bounce-format part of the reader, on a message the MIME layer has taken apart. */
function readParsedBounce(message: MimeMessage, notes: ReaderNote[] = [], assumeBounce = false): BounceReport {

  const { report, returned } = readablePart(message.text);
  const original = originalOf(message.returnedHeaders ?? returned);
  const base = { original, notes };

  if (isFeedbackReport(message)) {
    const { about, type } = feedbackOf(message, original);
    return { kind: 'feedback-report', recipients: [], ...(about.length === 0 ? {} : { about: about[0]!, aboutAll: about }), ...(type === undefined ? {} : { feedbackType: type }), ...base };
  }
  if (isUnsubscribeRequest(message)) {
    return { kind: 'feedback-report', recipients: [], ...(message.from === '' ? {} : { about: message.from }), feedbackType: 'opt-out', ...base };
  }

  const ses = readSesNotice(message.text);
  if (ses !== undefined && ses.kind !== 'bounce') {
    return { kind: ses.kind, recipients: [], ...(ses.about === undefined ? {} : { about: ses.about }), ...base };
  }
  const dsn = ses === undefined ? deliveryStatusOf(message, report) : { ...(ses.reportingMta === undefined ? {} : { reportingMta: ses.reportingMta }), fields: [], recipients: ses.recipients };
  const dsnRecipients = dsn?.recipients ?? [];
  const perMessage = {
    ...(dsn?.reportingMta === undefined ? {} : { reportingMta: dsn.reportingMta }),
    ...(dsn?.arrivalDate === undefined ? {} : { arrivalDate: dsn.arrivalDate }),
  };
  const failed = dsnRecipients.filter((r) => !/^(?:delivered|relayed|expanded)$/.test(r.action ?? '') && !(r.status?.startsWith('2.') ?? false));
  if (dsnRecipients.length > 0 && failed.length === 0) {
    return { kind: 'delivered', recipients: [], about: dsnRecipients[0]!.finalRecipient!, ...perMessage, ...base };
  }
  // Exim marks its own bounces "Auto-Submitted: auto-replied": a notice from the mail system is never a vacation reply.
  const fromSystem = isSystemSender(message.from) || header(message, 'x-failed-recipients') !== undefined;
  // Nor is one whose subject says it is a failure notice ("Undelivered Mail Returned to Sender" under an
  // Auto-Submitted header, from a sender written in a way not known as the mail system's).
  if (dsnRecipients.length === 0 && !fromSystem && !hasBounceSubject(message) && isAutoReply(message)) {
    return { kind: 'auto-reply', recipients: [], ...(message.from === '' ? {} : { about: message.from }), ...base };
  }
  if (dsnRecipients.length === 0 && !assumeBounce && !looksLikeBounce(message)) return { kind: 'not-a-bounce', recipients: [], ...base };

  const exclude = senderAddresses(message, original);
  const own = new Set(message.to.map((a) => a.toLowerCase()));
  const finds = failedAddresses(report, exclude, own);
  const facts: Facts[] = [];
  if (failed.length > 0) {
    const taken = new Set<string>();
    for (const r of failed) {
      // Exim's report names the address that failed, made from the Final-Recipient by an alias or forwarder.
      const made = generatedFrom(report, r.finalRecipient!).find((g) => !taken.has(g.address.toLowerCase()));
      const address = made?.address ?? r.finalRecipient!;
      const key = address.toLowerCase();
      taken.add(key);
      const i = finds.findIndex((f) => f.address.toLowerCase() === key || (r.originalRecipient?.toLowerCase() === f.address.toLowerCase()));
      const block = i >= 0 ? recipientBlock(report, finds[i]!.at, finds[i + 1]?.at) : undefined;
      facts.push({ recipient: address, dsn: r, ...(block === undefined ? {} : { block }) });
    }
  } else {
    // Exim names them in a header; otherwise the readable report's layout does.
    const listed = (header(message, 'x-failed-recipients') ?? '')
      .split(',')
      .map((a) => cleanAddress(a))
      .filter((a): a is string => a !== undefined);
    // The header is the MTA's envelope view; when none of its addresses is in the report, the report's own list is the better one.
    const headerInReport = listed.some((address) => finds.some((f) => f.address.toLowerCase() === address.toLowerCase()));
    // A greeting to the bounce's own recipient ("kijitora@example.jp 様", Google Groups) is no such list.
    const reportList = finds.filter((f) => !own.has(f.address.toLowerCase()));
    const order = listed.length > 0 && (headerInReport || reportList.length === 0) ? listed.map((address) => finds.find((f) => f.address.toLowerCase() === address.toLowerCase()) ?? { address, at: -1 }) : finds;
    const located = order.filter((f) => f.at >= 0).sort((a, b) => a.at - b.at);
    for (const f of order) {
      const next = located.find((g) => g.at > f.at);
      const block = f.at >= 0 ? recipientBlock(report, f.at, next?.at) : undefined;
      facts.push({ recipient: normaliseAddress(f.address), ...(block === undefined ? {} : { block }) });
    }
    if (facts.length === 0 && original.to !== undefined) {
      facts.push({ recipient: original.to });
      notes.push({ code: 'no-failed-address' });
    }
  }
  if (facts.length > MAX_RECIPIENTS) {
    notes.push({ code: 'many-recipients', count: facts.length, shown: MAX_RECIPIENTS });
    facts.length = MAX_RECIPIENTS;
  }
  // A notice with no server words at all is read for its meaning where its form tells it.
  const forKb = isGoogleGroupsNotice(message.from, report) ? `${GOOGLE_GROUPS_MEANING}\n${report}` : report;
  const recipients = facts.map((f, index) => ({ index, ...diagnose(f, forKb, undefined, facts.length === 1) }));
  const onlyDelayed = recipients.length > 0 && recipients.every((r) => r.action === 'delayed' || (r.action === undefined && r.temporary));
  return { kind: onlyDelayed ? 'delayed' : 'bounce', recipients, ...perMessage, ...base };
}
