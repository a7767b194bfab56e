/**
 * Whether the audit after a fix sees the change itself, read from the
 * account's new snapshot. A finding can outlive its fix for honest reasons
 * (older delivery records still show the hold; as the cPanel user the
 * account-wide flags cannot be read, so the check cannot rule them out), so
 * the pages and the command say "the change is in effect" apart from "the
 * problem is gone". null: the snapshot cannot tell.
 */
import type { AccountSnapshot } from '../diagnose/model';
import type { FixAction } from './fix-action';

function mailbox(snapshot: AccountSnapshot, name: string) {
  return snapshot.mailboxes.ok ? snapshot.mailboxes.value.find((m) => m.email === name.toLowerCase()) : undefined;
}

export function changeInEffect(action: FixAction, snapshot: AccountSnapshot): boolean | null {
  const subject = action.subject.name.toLowerCase();
  const step = action.apply;
  switch (action.kind) {
    case 'routing': {
      if (!snapshot.routing.ok || step.kind !== 'call') return null;
      const row = snapshot.routing.value.find((r) => r.domain === subject);
      return row === undefined ? null : row.configured === step.call.args.mxcheck;
    }
    case 'release-outgoing':
      return mailbox(snapshot, subject)?.holdOutgoing === false ? true : mailbox(snapshot, subject) === undefined ? null : false;
    case 'allow-outgoing':
      return mailbox(snapshot, subject)?.suspendedOutgoing === false ? true : mailbox(snapshot, subject) === undefined ? null : false;
    case 'allow-incoming':
      return mailbox(snapshot, subject)?.suspendedIncoming === false ? true : mailbox(snapshot, subject) === undefined ? null : false;
    case 'allow-login':
      return mailbox(snapshot, subject)?.suspendedLogin === false ? true : mailbox(snapshot, subject) === undefined ? null : false;
    case 'quota': {
      const box = mailbox(snapshot, subject);
      if (box === undefined || step.kind !== 'call') return null;
      const wanted = Number(step.call.args.quota) * 1024 * 1024;
      return box.quotaBytes === 'unlimited' || (typeof box.quotaBytes === 'number' && box.quotaBytes >= wanted);
    }
    case 'release-outgoing-account':
    case 'allow-outgoing-account': {
      if (!snapshot.limits.ok) return null;
      const flag = action.kind === 'release-outgoing-account' ? snapshot.limits.value.outgoingMailHold : snapshot.limits.value.outgoingMailSuspended;
      return flag === null ? null : !flag;
    }
    case 'spf': {
      if (!snapshot.spf.ok || step.kind !== 'call') return null;
      const row = snapshot.spf.value.find((c) => c.domain === subject);
      return row === undefined ? null : row.currentRecords.includes(step.call.args.record ?? '');
    }
    case 'dkim': {
      if (!snapshot.dkim.ok) return null;
      const row = snapshot.dkim.value.find((c) => c.domain === subject);
      return row === undefined ? null : row.currentRecords.length > 0;
    }
    case 'dmarc': {
      if (!snapshot.dmarc.ok || !snapshot.dmarc.value.available || step.kind !== 'zone-txt') return null;
      const row = snapshot.dmarc.value.value.find((c) => c.domain === subject);
      return row === undefined ? null : row.currentRecords.includes(step.change.to ?? '');
    }
  }
}
