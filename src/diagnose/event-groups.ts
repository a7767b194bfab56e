/**
 * Folds the classified delivery records into groups: a thousand identical
 * deferrals are one finding with a count and a few examples, not a thousand
 * findings. What a group is "about" depends on the diagnosis: an own-server
 * limit is about the sending domain, an unknown recipient about that
 * recipient, a blocklisting about the server.
 */
import type { DiagnosisId } from '../kb/catalogue';
import type { DeliveryEvent, Subject } from './model';

type GroupScope = 'sender-domain' | 'sender' | 'recipient' | 'recipient-domain' | 'server' | 'forwarder-target';

/** How each diagnosis groups; anything not listed groups by the recipient's domain. */
const SCOPES: Partial<Record<DiagnosisId, GroupScope>> = {
  'smtp-auth-required': 'sender',
  'max-defers-failures': 'sender-domain',
  'max-emails-per-hour': 'sender-domain',
  'outgoing-suspended': 'sender',
  'outgoing-held': 'sender',
  'outgoing-account-locked': 'sender-domain',
  'incoming-suspended': 'recipient',
  'gmail-unauthenticated': 'sender-domain',
  'dmarc-reject': 'sender-domain',
  'spf-invalid': 'sender-domain',
  'dkim-invalid': 'sender-domain',
  'domain-reputation-low': 'sender-domain',
  'sender-verify-failed': 'sender-domain',
  'sender-domain-no-nameservers': 'sender-domain',
  'microsoft-blocklist': 'server',
  'ip-reputation-throttled': 'server',
  'server-blocklisted': 'server',
  'server-ptr-missing': 'server',
  'tls-required': 'server',
  'antispam-host-lookup': 'server',
  'recipient-unknown': 'recipient',
  'recipient-address-rejected': 'recipient',
  'recipient-disabled': 'recipient',
  'recipient-mailbox-full': 'recipient',
  'forwarder-breaks-spf': 'forwarder-target',
  'pipe-forwarder-failed': 'recipient',
  'remote-spam-content': 'sender',
  'spamexperts-spam-content': 'sender',
  'outgoing-spamassassin': 'sender',
  'url-blocklisted': 'sender',
  'strato-burl': 'sender',
  'known-spam-address': 'sender',
  'references-header-too-long': 'sender',
  'header-illegal-bom': 'sender',
  'executable-in-archive': 'sender',
  'message-too-large': 'sender',
  'virus-detected': 'sender',
};

export interface EventGroup {
  readonly id: DiagnosisId;
  readonly subject: Subject;
  /** Newest first. */
  readonly events: readonly DeliveryEvent[];
}

export function domainOf(address: string | null): string | null {
  if (address === null) return null;
  const at = address.lastIndexOf('@');
  return at < 0 ? null : address.slice(at + 1).toLowerCase();
}

/**
 * The IP a server-wide refusal is about: the one the text names ("[203.0.113.20]
 * blocked using …"), else the server's own sending address, so that the
 * delivery finding and the state check of the same IP have one subject.
 */
function serverSubject(event: DeliveryEvent, serverName: string): Subject {
  const named = event.classification?.captures.ip ?? /\[((?:\d{1,3}\.){3}\d{1,3})\]/.exec(event.message)?.[1];
  return { kind: 'server', name: named ?? serverName };
}

function subjectFor(scope: GroupScope, event: DeliveryEvent, serverName: string): Subject {
  switch (scope) {
    case 'sender':
      return { kind: 'mailbox', name: event.sender?.toLowerCase() ?? 'unknown sender' };
    case 'sender-domain': {
      // A limit text names the domain it counts against ("Domain x has exceeded …"); for forwarded
      // mail the envelope sender is someone else's, so the text's domain comes first.
      const named = event.classification?.captures.domain?.toLowerCase();
      return { kind: 'domain', name: named ?? domainOf(event.sender) ?? event.accountDomain ?? 'unknown domain' };
    }
    case 'recipient':
      return { kind: 'mailbox', name: event.recipient?.toLowerCase() ?? 'unknown recipient' };
    case 'recipient-domain':
      return { kind: 'domain', name: domainOf(event.recipient) ?? 'unknown domain' };
    case 'server':
      return serverSubject(event, serverName);
    case 'forwarder-target':
      return { kind: 'forwarder', name: domainOf(event.recipient) ?? 'unknown domain' };
  }
}

export function scopeOf(id: DiagnosisId): GroupScope {
  return SCOPES[id] ?? 'recipient-domain';
}

/** `serverName` names server-wide groups whose text does not say which IP it is about. */
export function groupEvents(events: readonly DeliveryEvent[], serverName = 'server'): EventGroup[] {
  const groups = new Map<string, { id: DiagnosisId; subject: Subject; events: DeliveryEvent[] }>();
  for (const event of events) {
    const c = event.classification;
    if (c === null) continue;
    const subject = subjectFor(scopeOf(c.id), event, serverName);
    const key = `${c.id}\u0000${subject.kind}\u0000${subject.name}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { id: c.id, subject, events: [] };
      groups.set(key, group);
    }
    group.events.push(event);
  }
  return [...groups.values()].map((g) => ({ ...g, events: [...g.events].sort((a, b) => b.time - a.time) }));
}
