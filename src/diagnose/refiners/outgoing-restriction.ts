/**
 * What outgoing-suspended and outgoing-held share: the restriction can sit on
 * the mailbox (Email Accounts > Manage > Restrictions, UAPI
 * list_pops_with_disk suspended_outgoing / hold_outgoing) or on the whole
 * cPanel account (WHM outgoing_mail_suspended / outgoing_mail_hold, which only
 * the hosting provider can lift). The log shows it was there; the flags show
 * whether it still is.
 */
import { accountEvidence, callFailed } from '../finding-helpers';
import type { EventGroup } from '../event-groups';
import type { AuditInput, Evidence } from '../model';
import { findMailbox, MAILBOXES_SOURCE } from '../checks/account-facts';
import { LIMITS_SOURCE } from '../checks/hourly-defer-fail';

interface RestrictionState {
  /** The address the records were sent from. */
  readonly sender: string;
  /** The mailbox's own flag; null when it cannot be read or the sender is no mailbox. */
  readonly onMailbox: boolean | null;
  /** The account-wide flag; null when unknown. */
  readonly onAccount: boolean | null;
  readonly evidence: readonly Evidence[];
}

function restrictionState(group: EventGroup, input: AuditInput, kind: 'suspend' | 'hold'): RestrictionState {
  const sender = group.subject.name;
  const { mailboxes, limits } = input.account;
  const evidence: Evidence[] = [];
  let onMailbox: boolean | null = null;
  if (!mailboxes.ok) {
    evidence.push({ kind: 'note', text: callFailed(mailboxes) });
  } else if (sender.includes('@')) {
    // A record without a sender address has no mailbox to look up; only the account flag can tell.
    const mailbox = findMailbox(mailboxes.value, sender);
    if (mailbox !== undefined) {
      onMailbox = kind === 'suspend' ? mailbox.suspendedOutgoing : mailbox.holdOutgoing;
      evidence.push(accountEvidence(MAILBOXES_SOURCE, `${sender} ${kind === 'suspend' ? 'suspended_outgoing' : 'hold_outgoing'}`, onMailbox));
    } else {
      evidence.push(accountEvidence(MAILBOXES_SOURCE, `${sender} exists`, false));
    }
  }
  let onAccount: boolean | null = null;
  if (limits.ok) {
    onAccount = kind === 'suspend' ? limits.value.outgoingMailSuspended : limits.value.outgoingMailHold;
    if (onAccount !== null) evidence.push(accountEvidence(LIMITS_SOURCE, kind === 'suspend' ? 'outgoing_mail_suspended' : 'outgoing_mail_hold', onAccount));
  } else {
    evidence.push({ kind: 'note', text: callFailed(limits) });
  }
  return { sender, onMailbox, onAccount, evidence };
}

function supportName(input: AuditInput): string {
  return input.profile.supportEmail ?? input.profile.supportUrl ?? input.profile.name;
}

/** What both outgoing refiners start from: the state, with its own evidence, and who to ask. */
interface RestrictionContext extends RestrictionState {
  readonly support: string;
}

export function restrictionContext(group: EventGroup, input: AuditInput, kind: 'suspend' | 'hold'): RestrictionContext {
  return { ...restrictionState(group, input, kind), support: supportName(input) };
}
