/**
 * Amazon SES sends its bounce, complaint and delivery notices as a JSON
 * document in the body (directly, or inside an SNS envelope's "Message").
 * Field names as in SES's documented notification contents:
 * notificationType, bounce.bouncedRecipients[].{emailAddress, action,
 * status, diagnosticCode}, complaint.complainedRecipients, delivery.recipients.
 */
import { cleanAddress } from './addresses';
import type { DsnRecipient } from './dsn';

type SesNotice =
  | { readonly kind: 'bounce'; readonly recipients: readonly DsnRecipient[]; readonly reportingMta?: string }
  | { readonly kind: 'feedback-report' | 'delivered'; readonly about?: string };

type Json = Record<string, unknown>;

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(object).filter((v): v is Json => v !== undefined) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function parseJson(text: string): Json | undefined {
  try {
    return object(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The notice's JSON object: from its first "{" to the last "}", re-joined where a mail program wrapped its long line. */
function documentOf(text: string): Json | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > 2 * 1024 * 1024) return undefined;
  const body = text.slice(start, end + 1);
  let doc = parseJson(body) ?? parseJson(body.replace(/\r?\n /g, '')) ?? parseJson(body.replace(/\r?\n/g, ''));
  // An SNS envelope carries the SES notice as a string.
  const inner = doc === undefined ? undefined : str(doc.Message);
  if (inner !== undefined) doc = parseJson(inner) ?? doc;
  return doc;
}

export function readSesNotice(text: string): SesNotice | undefined {
  if (!text.includes('notificationType') && !text.includes('eventType')) return undefined;
  const doc = documentOf(text);
  if (doc === undefined) return undefined;
  const type = str(doc.notificationType) ?? str(doc.eventType);
  if (type === 'Bounce') {
    const bounce = object(doc.bounce) ?? {};
    const recipients: DsnRecipient[] = [];
    for (const r of list(bounce.bouncedRecipients)) {
      const address = cleanAddress(str(r.emailAddress));
      if (address === undefined) continue;
      const status = str(r.status);
      const action = str(r.action);
      const diag = str(r.diagnosticCode)?.replace(/^smtp;\s*/i, '');
      recipients.push({
        finalRecipient: address,
        ...(action === undefined ? {} : { action: action.toLowerCase() }),
        ...(status === undefined || !/^[245]\.\d{1,3}\.\d{1,3}$/.test(status) ? {} : { status }),
        ...(diag === undefined ? {} : { diagnosticCode: diag }),
        fields: [],
      });
    }
    const reportingMta = str(bounce.reportingMTA)?.replace(/^dns;\s*/i, '');
    return { kind: 'bounce', recipients, ...(reportingMta === undefined ? {} : { reportingMta }) };
  }
  if (type === 'Complaint') {
    const about = cleanAddress(str(list(object(doc.complaint)?.complainedRecipients)[0]?.emailAddress));
    return { kind: 'feedback-report', ...(about === undefined ? {} : { about }) };
  }
  if (type === 'Delivery') {
    const delivery = object(doc.delivery);
    const first = Array.isArray(delivery?.recipients) ? delivery.recipients[0] : undefined;
    const about = cleanAddress(str(first));
    return { kind: 'delivered', ...(about === undefined ? {} : { about }) };
  }
  return undefined;
}
