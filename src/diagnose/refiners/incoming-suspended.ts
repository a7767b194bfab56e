/**
 * incoming-suspended (from a delivery record): the mailbox's suspended_incoming
 * flag shows whether receiving is still switched off, or has been switched on
 * again since the refusal in the log.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import { findMailbox, MAILBOXES_SOURCE } from '../checks/account-facts';
import type { Refiner } from './refiner';

export const refineIncomingSuspended: Refiner = (group, input, base) => {
  const recipient = group.subject.name;
  const { mailboxes } = input.account;
  const links = base.fix?.links ?? [];
  if (!mailboxes.ok) return { ...base, evidence: [...base.evidence, { kind: 'note', text: callFailed(mailboxes) }] };
  const mailbox = findMailbox(mailboxes.value, recipient);
  if (mailbox === undefined) {
    return { ...base, evidence: [...base.evidence, accountEvidence(MAILBOXES_SOURCE, `${recipient} exists`, false)] };
  }
  const evidence = [...base.evidence, accountEvidence(MAILBOXES_SOURCE, `${recipient} suspended_incoming`, mailbox.suspendedIncoming)];
  if (!mailbox.suspendedIncoming) {
    return {
      ...base,
      severity: 'info',
      evidence,
      summary: loc(
        `${base.summary.nl} Inmiddels mag ${recipient} weer mail ontvangen: dat is sindsdien weer aangezet.`,
        `${base.summary.en} ${recipient} may receive mail again now: receiving has been switched on since.`,
      ),
      fix: {
        actor: 'account-owner',
        steps: locSteps(
          [`Vraag afzenders van wie de mail voor ${recipient} werd geweigerd om het opnieuw te sturen.`],
          [`Ask senders whose mail for ${recipient} was refused to send it again.`],
        ),
        links,
      },
    };
  }
  return {
    ...base,
    severity: 'critical',
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${recipient} en zet onder Beperkingen (Restrictions) 'Inkomende e-mail ontvangen' op Toestaan.`,
          'Vraag afzenders van wie de mail werd geweigerd om het opnieuw te sturen. Mail die nog in hun wachtrij stond, komt vanzelf binnen.',
        ],
        [
          `In cPanel, go to Email Accounts, choose Manage for ${recipient} and set 'Receive Incoming Email' under Restrictions to Allow.`,
          'Ask senders whose mail was refused to send it again. Mail still waiting in their queue arrives by itself.',
        ],
      ),
      links,
    },
  };
};
