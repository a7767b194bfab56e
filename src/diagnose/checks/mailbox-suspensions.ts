/**
 * incoming-suspended and login-suspended: the per-mailbox switches under
 * Email Accounts > Manage > Restrictions (UAPI Email::list_pops_with_disk with
 * get_restrictions=1, reference/cpanel-api.md §3.4). A suspended "receive"
 * refuses mail now; a suspended login keeps the mail but locks the owner out.
 */
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Finding, Subject } from '../model';
import { fieldGaps, gapNote, skippedRowsNote } from '../data-gaps';
import type { Evidence, Part } from '../model';
import type { Localized } from '../../kb/types';
import type { Mailbox } from '../observations';
import { MAILBOXES_SOURCE } from './account-facts';

const MAILBOX_NOUNS = { nl: ['mailbox', 'mailboxen'], en: ['mailbox', 'mailboxes'] } as const;

/**
 * What this check could not see: rows left out, and mailboxes whose switch
 * (`field`) cPanel sent in a form that could not be read (read as "not
 * suspended", so the "all fine" says so).
 */
function suspensionNotes(part: Extract<Part<readonly Mailbox[]>, { ok: true }>, field: string): Evidence[] {
  const unreadable = fieldGaps(part, [field]);
  return [
    ...(unreadable.length > 0
      ? [
          gapNote(
            unreadable.length,
            part.value.length,
            MAILBOX_NOUNS,
            { nl: [`had een onleesbare waarde voor ${field}`, `hadden een onleesbare waarde voor ${field}`], en: [`had an unreadable ${field} value`, `had an unreadable ${field} value`] },
            unreadable.map((g) => g.subject),
          ),
        ]
      : []),
    ...skippedRowsNote(part, part.value.length, MAILBOX_NOUNS),
  ];
}

/** The ok finding: "all fine", or "all fine that cPanel gave in full" with what it could not give. */
function noneSuspended(
  id: 'incoming-suspended' | 'login-suspended',
  account: Subject,
  part: Extract<Part<readonly Mailbox[]>, { ok: true }>,
  field: string,
  [whole, partial]: readonly [Localized<string>, Localized<string>],
): Finding {
  const notes = suspensionNotes(part, field);
  return ok(id, account, notes.length === 0 ? whole : partial, notes);
}

export function checkIncomingSuspended(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const part = input.account.mailboxes;
  if (!part.ok) return [couldNotCheck('incoming-suspended', account, callFailed(part))];
  const suspended = part.value.filter((m) => m.suspendedIncoming);
  if (suspended.length === 0) {
    return [
      noneSuspended('incoming-suspended', account, part, 'suspended_incoming', [
        loc('Alle mailboxen mogen mail ontvangen.', 'Every mailbox may receive mail.'),
        loc('Alle mailboxen die cPanel volledig gaf mogen mail ontvangen.', 'Every mailbox cPanel gave in full may receive mail.'),
      ]),
    ];
  }
  return suspended.map((m) =>
    problem('incoming-suspended', 'critical', { kind: 'mailbox', name: m.email }, {
      title: loc(`${m.email} ontvangt geen mail`, `${m.email} receives no mail`),
      summary: loc(
        `Ontvangen staat uit voor ${m.email}: de server weigert mail voor dit adres, en afzenders krijgen een foutmelding.`,
        `Receiving is switched off for ${m.email}: the server refuses mail for this address and senders get an error.`,
      ),
      evidence: [accountEvidence(MAILBOXES_SOURCE, `${m.email} suspended_incoming`, true)],
      fix: {
        actor: 'account-owner',
        steps: locSteps(
          [
            `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${m.email} en zet onder Beperkingen (Restrictions) 'Inkomende e-mail ontvangen' op Toestaan.`,
            'Vraag afzenders van wie de mail werd geweigerd om het opnieuw te sturen.',
          ],
          [
            `In cPanel, go to Email Accounts, choose Manage for ${m.email} and set 'Receive Incoming Email' under Restrictions to Allow.`,
            'Ask senders whose mail was refused to send it again.',
          ],
        ),
        links: [],
      },
    }),
  );
}

export function checkLoginSuspended(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const part = input.account.mailboxes;
  if (!part.ok) return [couldNotCheck('login-suspended', account, callFailed(part))];
  const suspended = part.value.filter((m) => m.suspendedLogin);
  if (suspended.length === 0) {
    return [
      noneSuspended('login-suspended', account, part, 'suspended_login', [
        loc('Op alle mailboxen kan worden ingelogd.', 'Every mailbox allows logging in.'),
        loc('Op alle mailboxen die cPanel volledig gaf kan worden ingelogd.', 'Every mailbox cPanel gave in full allows logging in.'),
      ]),
    ];
  }
  return suspended.map((m) =>
    problem('login-suspended', 'warning', { kind: 'mailbox', name: m.email }, {
      title: loc(`Inloggen op ${m.email} staat uit`, `Logging in to ${m.email} is switched off`),
      summary: loc(
        `Inloggen is uitgeschakeld voor ${m.email}: mail komt wel binnen, maar webmail en mailprogramma's kunnen hem niet ophalen of ermee versturen.`,
        `Logging in is switched off for ${m.email}: mail still arrives, but webmail and mail programs cannot fetch it or send with it.`,
      ),
      evidence: [accountEvidence(MAILBOXES_SOURCE, `${m.email} suspended_login`, true)],
      fix: {
        actor: 'account-owner',
        steps: locSteps(
          [
            `Was dit niet de bedoeling (bijvoorbeeld na een uitgelekt wachtwoord), wijzig dan eerst het wachtwoord van ${m.email}.`,
            `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${m.email} en zet onder Beperkingen (Restrictions) 'Inloggen' op Toestaan.`,
          ],
          [
            `If this was not intended (for example after a leaked password), first change the password of ${m.email}.`,
            `In cPanel, go to Email Accounts, choose Manage for ${m.email} and set 'Log In' under Restrictions to Allow.`,
          ],
        ),
        links: [],
      },
    }),
  );
}
