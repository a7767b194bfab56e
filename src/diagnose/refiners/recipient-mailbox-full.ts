/**
 * recipient-mailbox-full: when the full mailbox is one of this account's own,
 * the customer can fix it (raise the quota or clean up) and the disk use
 * proves it; otherwise only the recipient can make room.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import { diskUseText, findMailbox, MAILBOXES_SOURCE, megabytes } from '../checks/account-facts';
import type { Refiner } from './refiner';

export const refineRecipientMailboxFull: Refiner = (group, input, base) => {
  const recipient = group.subject.name;
  const { mailboxes } = input.account;
  // The knowledge base's help link for this diagnosis is the article on restoring deleted mailboxes,
  // which does not help with a full one: it is left out.
  const wrong = input.profile.links.restoreMailbox;
  const links = (base.fix?.links ?? []).filter((url) => url !== wrong);
  if (!mailboxes.ok) return { ...base, evidence: [...base.evidence, { kind: 'note', text: callFailed(mailboxes) }] };
  const mailbox = findMailbox(mailboxes.value, recipient);
  if (mailbox === undefined) {
    return {
      ...base,
      evidence: [...base.evidence, accountEvidence(MAILBOXES_SOURCE, `${recipient} is a mailbox of this account`, false)],
      fix: {
        actor: 'other-side',
        steps: locSteps(
          [
            `Laat ${recipient} via een andere weg dan e-mail weten dat de mailbox vol zit; alleen de ontvanger (of diens provider) kan ruimte maken.`,
            'Verstuur het bericht opnieuw zodra er weer ruimte is (alleen nodig als het al is teruggestuurd).',
          ],
          [
            `Tell ${recipient}, by another way than email, that their mailbox is full; only the recipient (or their provider) can make room.`,
            'Send the message again once there is space (only needed if it was returned).',
          ],
        ),
        links,
      },
    };
  }
  const used = mailbox.diskUsedBytes === null ? null : megabytes(mailbox.diskUsedBytes);
  const quota = mailbox.quotaBytes === 'unlimited' || mailbox.quotaBytes === null ? null : megabytes(mailbox.quotaBytes);
  return {
    ...base,
    summary:
      used === null
        ? loc(
            `${base.summary.nl} ${recipient} is een mailbox van dit account; cPanel gaf er geen schijfcijfers voor.`,
            `${base.summary.en} ${recipient} is a mailbox of this account; cPanel gave no disk figures for it.`,
          )
        : loc(
            `${base.summary.nl} ${recipient} is een mailbox van dit account: hij gebruikt ${used}${quota ? ` van de ${quota}` : ''}.`,
            `${base.summary.en} ${recipient} is a mailbox of this account: it uses ${used}${quota ? ` of its ${quota} quota` : ''}.`,
          ),
    evidence: [...base.evidence, accountEvidence(MAILBOXES_SOURCE, `${recipient} _diskused / _diskquota`, diskUseText(mailbox))],
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${recipient} en verhoog bij Opslag (Storage) het quotum${quota ? ` (nu ${quota})` : ''}.`,
          `Of ruim ${recipient} op: leeg de prullenbak en de spammap en verwijder oude berichten met grote bijlagen.`,
          'Vraag de afzenders om teruggestuurde berichten opnieuw te sturen; uitgestelde berichten komen vanzelf binnen zodra er ruimte is.',
        ],
        [
          `In cPanel, go to Email Accounts, choose Manage for ${recipient} and raise the quota under Storage${quota ? ` (now ${quota})` : ''}.`,
          `Or clean up ${recipient}: empty the trash and spam folders and delete old messages with large attachments.`,
          'Ask the senders to send returned messages again; deferred messages arrive by themselves once there is room.',
        ],
      ),
      links,
    },
  };
};
