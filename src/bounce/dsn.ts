/**
 * RFC 3464 delivery-status bodies: one per-message group (Reporting-MTA,
 * Arrival-Date, X-Postfix-Queue-ID …), then one group per recipient
 * (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code …).
 * Groups are separated by empty lines; some MTAs leave those out, so a new
 * recipient group also starts at a second Final-Recipient.
 */
import { fieldValue, parseFields, typedValue, type Field } from './fields';
import { cleanAddress, writtenAddress } from './addresses';

export interface DsnRecipient {
  readonly finalRecipient?: string;
  readonly originalRecipient?: string;
  readonly action?: string;
  readonly status?: string;
  readonly remoteMta?: string;
  readonly diagnosticCode?: string;
  /**
   * The delivery went to a local program (RFC 3464 §2.3.6 diagnostic type
   * "X-Unix": a mail filter or a pipe such as procmail gave the error), or
   * to a "|program" recipient (Sendmail's X-Actual-Recipient).
   */
  readonly localProgram?: boolean;
  readonly lastAttemptDate?: string;
  readonly fields: readonly Field[];
}

export interface DeliveryStatus {
  readonly reportingMta?: string;
  readonly arrivalDate?: string;
  readonly fields: readonly Field[];
  readonly recipients: readonly DsnRecipient[];
}

const RECIPIENT_KEYS = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient']);
const STATUS_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

function recipientOf(fields: readonly Field[]): DsnRecipient {
  const finalRaw = typedValue(fieldValue(fields, 'final-recipient'));
  const actual = typedValue(fieldValue(fields, 'x-actual-recipient'));
  const originalRaw = typedValue(fieldValue(fields, 'original-recipient'));
  // A source route ("@relay:user@host", RFC 5321 §C) is the MTA's internal form (Sun/Oracle Messaging Server): the original address is the one the sender used.
  const internal = finalRaw !== undefined && /^<?@/.test(finalRaw);
  const finalRecipient =
    (internal ? cleanAddress(originalRaw) : undefined) ?? cleanAddress(finalRaw) ?? cleanAddress(actual) ?? cleanAddress(originalRaw) ?? writtenAddress(finalRaw);
  const originalRecipient = cleanAddress(originalRaw);
  const status = STATUS_CODE.exec(fieldValue(fields, 'status') ?? '');
  const diag = typedValue(fieldValue(fields, 'diagnostic-code'));
  const remote = typedValue(fieldValue(fields, 'remote-mta'));
  const action = fieldValue(fields, 'action')?.toLowerCase().split(/[\s(;]/)[0];
  const last = fieldValue(fields, 'last-attempt-date');
  return {
    ...(finalRecipient === undefined ? {} : { finalRecipient }),
    ...(originalRecipient === undefined ? {} : { originalRecipient }),
    ...(action === undefined || action === '' ? {} : { action }),
    ...(status === null ? {} : { status: `${status[1]!}.${status[2]!}.${status[3]!}` }),
    ...(remote === undefined ? {} : { remoteMta: remote }),
    ...(diag === undefined ? {} : { diagnosticCode: diag }),
    ...(/^x-unix\s*;/i.test(fieldValue(fields, 'diagnostic-code') ?? '') || /^x-unix\s*;\s*\|/i.test(fieldValue(fields, 'x-actual-recipient') ?? '') ? { localProgram: true } : {}),
    ...(last === undefined ? {} : { lastAttemptDate: last }),
    fields,
  };
}

/** Splits a body into groups at empty lines. */
function groups(body: string): string[] {
  return body.split(/\r?\n[ \t]*\r?\n/).filter((g) => g.trim() !== '');
}

export function parseDeliveryStatus(body: string): DeliveryStatus {
  let perMessage: Field[] = [];
  const recipientGroups: Field[][] = [];
  for (const group of groups(body)) {
    const fields = parseFields(group);
    if (fields.length === 0) continue;
    if (!fields.some((f) => RECIPIENT_KEYS.has(f.key))) {
      // Fields before any recipient describe the message; a stray group after one belongs to the last recipient.
      if (recipientGroups.length === 0) perMessage = perMessage.concat(fields);
      else recipientGroups[recipientGroups.length - 1]!.push(...fields);
      continue;
    }
    // Groups that run together: a new recipient starts at each repeated recipient field.
    let current: Field[] = [];
    const seen = new Set<string>();
    for (const f of fields) {
      if (RECIPIENT_KEYS.has(f.key) && seen.has(f.key)) {
        recipientGroups.push(current);
        current = [];
        seen.clear();
      }
      if (RECIPIENT_KEYS.has(f.key)) seen.add(f.key);
      // Per-message fields written before the first recipient in the same group.
      if (recipientGroups.length === 0 && seen.size === 0 && current.length === 0 && !RECIPIENT_KEYS.has(f.key) && /^(reporting-mta|arrival-date|received-from-mta|x-postfix|x-original-message-id|original-envelope-id|dsn-gateway)/.test(f.key)) {
        perMessage.push(f);
        continue;
      }
      current.push(f);
    }
    if (current.length > 0) recipientGroups.push(current);
  }
  const reportingMta = typedValue(fieldValue(perMessage, 'reporting-mta'));
  const arrivalDate = fieldValue(perMessage, 'arrival-date');
  return {
    ...(reportingMta === undefined ? {} : { reportingMta }),
    ...(arrivalDate === undefined ? {} : { arrivalDate }),
    fields: perMessage,
    recipients: recipientGroups.map(recipientOf).filter((r) => r.finalRecipient !== undefined),
  };
}

/** Delivery-status text written into the body instead of its own part: from the first recipient-ish field on. */
export function inlineDeliveryStatus(text: string): string | undefined {
  const m = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:/im.exec(text);
  if (m === null) return undefined;
  if (!/^Final-Recipient[ \t]*:/im.test(text.slice(m.index))) return undefined;
  return text.slice(m.index, m.index + 64 * 1024);
}
