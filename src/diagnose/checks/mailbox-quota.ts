/**
 * mailbox-over-quota: a local mailbox at (or nearly at) its quota. At the
 * quota the server refuses or defers new mail for it (cPanel's
 * virtual_user_overquota routers, reference/cpanel-api.md §6.4); from 90% a
 * single large message can tip it over.
 */
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Finding, Subject } from '../model';
import type { Mailbox } from '../observations';
import { gapNote, skippedRowsNote } from '../data-gaps';
import { diskUseText, hasDiskFigures, MAILBOXES_SOURCE, megabytes } from './account-facts';

const ID = 'mailbox-over-quota';
const NEARLY_FULL = 0.9;

function quotaFinding(m: Mailbox & { diskUsedBytes: number; quotaBytes: number }, full: boolean): Finding {
  const use = diskUseText(m);
  const used = megabytes(m.diskUsedBytes);
  const quota = megabytes(m.quotaBytes);
  const pct = `${Math.round((m.diskUsedBytes / m.quotaBytes) * 1000) / 10}%`;
  return problem(ID, full ? 'critical' : 'warning', { kind: 'mailbox', name: m.email }, {
    title: full
      ? loc(`De mailbox ${m.email} is vol`, `The mailbox ${m.email} is full`)
      : loc(`De mailbox ${m.email} is bijna vol`, `The mailbox ${m.email} is nearly full`),
    summary: full
      ? loc(
          `${m.email} gebruikt ${used} van de ${quota} die hij mag gebruiken. Nieuwe mail voor dit adres wordt geweigerd of teruggestuurd tot er weer ruimte is.`,
          `${m.email} uses ${used} of its ${quota} quota. New mail for this address is refused or returned until there is room again.`,
        )
      : loc(
          `${m.email} gebruikt ${used} van de ${quota} (${pct}). Nog even en nieuwe mail wordt geweigerd.`,
          `${m.email} uses ${used} of its ${quota} quota (${pct}). Soon new mail will be refused.`,
        ),
    evidence: [accountEvidence(MAILBOXES_SOURCE, `${m.email} _diskused / _diskquota`, use)],
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Ga in cPanel naar E-mailaccounts, kies Beheren (Manage) bij ${m.email} en verhoog bij Opslag (Storage) het quotum boven ${used}, of kies Onbeperkt.`,
          `Of ruim de mailbox op: leeg de prullenbak en de spammap en verwijder oude berichten met grote bijlagen (in de webmail of je mailprogramma).`,
          'Staat je mailprogramma op POP3 met "kopie op de server bewaren", zet dan aan dat berichten na een tijd van de server worden verwijderd, of stap over op IMAP.',
        ],
        [
          `In cPanel, go to Email Accounts, choose Manage for ${m.email} and raise the quota under Storage above ${used}, or choose Unlimited.`,
          'Or clean up the mailbox: empty the trash and spam folders and delete old messages with large attachments (in webmail or your mail program).',
          'If your mail program uses POP3 with "leave a copy on the server", let it remove messages from the server after a while, or switch to IMAP.',
        ],
      ),
      links: [],
    },
  });
}

const MAILBOX_NOUNS = { nl: ['mailbox', 'mailboxen'], en: ['mailbox', 'mailboxes'] } as const;

/** One mailbox cPanel gave no disk figures for: that one cannot be judged, the others can. */
function noFiguresFinding(m: Mailbox): Finding {
  return couldNotCheck(
    ID,
    { kind: 'mailbox', name: m.email },
    loc(
      `cPanel gaf geen schijfgebruik of quotum voor ${m.email} (${MAILBOXES_SOURCE}), dus of deze mailbox vol is kon niet worden bepaald.`,
      `cPanel gave no disk use or quota for ${m.email} (${MAILBOXES_SOURCE}), so whether this mailbox is full could not be decided.`,
    ),
    [accountEvidence(MAILBOXES_SOURCE, `${m.email} _diskused / _diskquota`, diskUseText(m))],
  );
}

export function checkMailboxQuota(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const part = input.account.mailboxes;
  if (!part.ok) return [couldNotCheck(ID, account, callFailed(part))];
  const findings: Finding[] = [];
  const withoutFigures = part.value.filter((m) => !hasDiskFigures(m));
  for (const m of part.value) {
    if (!hasDiskFigures(m) || m.quotaBytes === 'unlimited' || m.quotaBytes <= 0) continue;
    const limited = { ...m, quotaBytes: m.quotaBytes };
    if (m.diskUsedBytes >= m.quotaBytes) findings.push(quotaFinding(limited, true));
    else if (m.diskUsedBytes >= NEARLY_FULL * m.quotaBytes) findings.push(quotaFinding(limited, false));
  }
  const notes = [
    ...(withoutFigures.length > 0
      ? [
          gapNote(
            withoutFigures.length,
            part.value.length,
            MAILBOX_NOUNS,
            { nl: ['had geen schijfcijfers', 'hadden geen schijfcijfers'], en: ['had no disk figures', 'had no disk figures'] },
            withoutFigures.map((m) => m.email),
          ),
        ]
      : []),
    ...skippedRowsNote(part, part.value.length, MAILBOX_NOUNS),
  ];
  findings.push(...withoutFigures.map(noFiguresFinding));
  if (findings.some((f) => f.status === 'problem')) return findings;
  const summary =
    notes.length === 0
      ? loc('Geen enkele mailbox zit aan zijn quotum.', 'No mailbox is at its quota.')
      : loc('Geen van de mailboxen met schijfcijfers zit aan zijn quotum.', 'No mailbox with disk figures is at its quota.');
  return [ok(ID, account, summary, notes), ...findings];
}
