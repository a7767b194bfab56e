/**
 * incoming-suspended and login-suspended: the per-mailbox switches under
 * Email Accounts > Manage > Restrictions (UAPI Email::list_pops_with_disk with
 * get_restrictions=1, reference/cpanel-api.md §3.4). A suspended "receive"
 * refuses mail now; a suspended login keeps the mail but locks the owner out.
 */
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Finding, Subject } from '../model';
import { fieldGaps, gapNote, skippedRowsNote } from '../data-gaps';
import type { Evidence, Part, Severity } from '../model';
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

/** One of the per-mailbox switches: its cPanel field, how bad it is when on, and its words. */
interface Switch {
  readonly id: 'incoming-suspended' | 'login-suspended';
  readonly severity: Severity;
  readonly field: 'suspended_incoming' | 'suspended_login';
  readonly isOn: (m: Mailbox) => boolean;
  /** "All fine", and "all fine that cPanel gave in full" for when some rows or fields could not be read. */
  readonly allFine: readonly [Localized<string>, Localized<string>];
  readonly problemWords: (email: string) => Pick<Finding, 'title' | 'summary'> & { readonly steps: Localized<readonly string[]> };
}

const INCOMING: Switch = {
  id: 'incoming-suspended',
  severity: 'critical',
  field: 'suspended_incoming',
  isOn: (m) => m.suspendedIncoming,
  allFine: [
    loc('Alle mailboxen mogen mail ontvangen.', 'Every mailbox may receive mail.'),
    loc('Alle mailboxen die cPanel volledig gaf mogen mail ontvangen.', 'Every mailbox cPanel gave in full may receive mail.'),
  ],
  problemWords: (email) => ({
    title: loc(`${email} ontvangt geen mail`, `${email} receives no mail`),
    summary: loc(
      `Ontvangen staat uit voor ${email}: de server weigert mail voor dit adres, en afzenders krijgen een foutmelding.`,
      `Receiving is switched off for ${email}: the server refuses mail for this address and senders get an error.`,
    ),
    steps: locSteps(
      [
        `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${email} en zet onder Beperkingen (Restrictions) 'Inkomende e-mail ontvangen' op Toestaan.`,
        'Vraag afzenders van wie de mail werd geweigerd om het opnieuw te sturen.',
      ],
      [
        `In cPanel, go to Email Accounts, choose Manage for ${email} and set 'Receive Incoming Email' under Restrictions to Allow.`,
        'Ask senders whose mail was refused to send it again.',
      ],
    ),
  }),
};

const LOGIN: Switch = {
  id: 'login-suspended',
  severity: 'warning',
  field: 'suspended_login',
  isOn: (m) => m.suspendedLogin,
  allFine: [
    loc('Op alle mailboxen kan worden ingelogd.', 'Every mailbox allows logging in.'),
    loc('Op alle mailboxen die cPanel volledig gaf kan worden ingelogd.', 'Every mailbox cPanel gave in full allows logging in.'),
  ],
  problemWords: (email) => ({
    title: loc(`Inloggen op ${email} staat uit`, `Logging in to ${email} is switched off`),
    summary: loc(
      `Inloggen is uitgeschakeld voor ${email}: mail komt wel binnen, maar webmail en mailprogramma's kunnen hem niet ophalen of ermee versturen.`,
      `Logging in is switched off for ${email}: mail still arrives, but webmail and mail programs cannot fetch it or send with it.`,
    ),
    steps: locSteps(
      [
        `Was dit niet de bedoeling (bijvoorbeeld na een uitgelekt wachtwoord), wijzig dan eerst het wachtwoord van ${email}.`,
        `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${email} en zet onder Beperkingen (Restrictions) 'Inloggen' op Toestaan.`,
      ],
      [
        `If this was not intended (for example after a leaked password), first change the password of ${email}.`,
        `In cPanel, go to Email Accounts, choose Manage for ${email} and set 'Log In' under Restrictions to Allow.`,
      ],
    ),
  }),
};

function checkSwitch(input: AuditInput, sw: Switch): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const part = input.account.mailboxes;
  if (!part.ok) return [couldNotCheck(sw.id, account, callFailed(part))];
  const on = part.value.filter(sw.isOn);
  if (on.length === 0) {
    const notes = suspensionNotes(part, sw.field);
    return [ok(sw.id, account, notes.length === 0 ? sw.allFine[0] : sw.allFine[1], notes)];
  }
  return on.map((m) => {
    const { title, summary, steps } = sw.problemWords(m.email);
    return problem(sw.id, sw.severity, { kind: 'mailbox', name: m.email }, {
      title,
      summary,
      evidence: [accountEvidence(MAILBOXES_SOURCE, `${m.email} ${sw.field}`, true)],
      fix: { actor: 'account-owner', steps, links: [] },
    });
  });
}

export function checkIncomingSuspended(input: AuditInput): Finding[] {
  return checkSwitch(input, INCOMING);
}

export function checkLoginSuspended(input: AuditInput): Finding[] {
  return checkSwitch(input, LOGIN);
}
