/**
 * incoming-suspended (from a delivery record): the mailbox's suspended_incoming
 * flag shows whether receiving is still switched off, or has been switched on
 * again since the refusal in the log.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import { findMailbox, MAILBOXES_SOURCE } from '../checks/account-facts';
import { fixWith, refine } from './refine-helpers';
import type { Refiner } from './refiner';

export const refineIncomingSuspended: Refiner = (group, input, base) => {
  const recipient = group.subject.name;
  const { mailboxes } = input.account;
  if (!mailboxes.ok) return refine(base, { evidence: [{ kind: 'note', text: callFailed(mailboxes) }] });
  const mailbox = findMailbox(mailboxes.value, recipient);
  if (mailbox === undefined) {
    return refine(base, { evidence: [accountEvidence(MAILBOXES_SOURCE, `${recipient} exists`, false)] });
  }
  const evidence = [accountEvidence(MAILBOXES_SOURCE, `${recipient} suspended_incoming`, mailbox.suspendedIncoming)];
  if (!mailbox.suspendedIncoming) {
    return refine(base, {
      severity: 'info',
      evidence,
      summary: loc(
        `Inmiddels mag ${recipient} weer mail ontvangen: dat is sindsdien weer aangezet.`,
        `${recipient} may receive mail again now: receiving has been switched on since.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [`Vraag afzenders van wie de mail voor ${recipient} werd geweigerd om het opnieuw te sturen.`],
          [`Ask senders whose mail for ${recipient} was refused to send it again.`],
        ),
      ),
    });
  }
  return refine(base, {
    severity: 'critical',
    evidence,
    fix: fixWith(
      base,
      'account-owner',
      locSteps(
        [
          `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${recipient} en zet onder Beperkingen (Restrictions) 'Inkomende e-mail ontvangen' op Toestaan.`,
          'Vraag afzenders van wie de mail werd geweigerd om het opnieuw te sturen. Mail die nog in hun wachtrij stond, komt vanzelf binnen.',
        ],
        [
          `In cPanel, go to Email Accounts, choose Manage for ${recipient} and set 'Receive Incoming Email' under Restrictions to Allow.`,
          'Ask senders whose mail was refused to send it again. Mail still waiting in their queue arrives by itself.',
        ],
      ),
    ),
  });
};
