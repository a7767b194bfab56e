/**
 * `mail-doctor fix --user USER --finding ID [--subject NAME] [--yes] [--json]`
 * and `mail-doctor fix --undo LOG-ID`. Without --yes it audits, prints the
 * preview and changes nothing; with --yes it applies the one change, keeps it
 * in the fix log (the history store), audits again and prints the new result.
 * Exit: 0 previewed, applied, undone or nothing to do here; 1 cPanel refused
 * (its reason shown) or could not be reached; 2 usage (an unknown finding or
 * log id too).
 */
import type { Writable } from 'node:stream';
import os from 'node:os';
import { applyFix, previewFix, undoFix } from '../audit/apply-fix';
import { gatewayFor, type Connection } from '../audit/connection';
import { listAccounts } from '../cpanel/whm-accounts';
import type { FixAction, FixPlan } from '../fix/fix-action';
import { isFixLogId, type FixLogEntry } from '../fix/fix-log';
import { describeStep } from '../fix/plan-fix';
import type { Lang, Localized } from '../kb/types';
import { localizeReport } from '../report/audit-report';
import { resolveServerName } from '../jobs/server-identity';
import type { HistoryStore } from '../store/history-store';
import { openStore } from '../store/open-store';
import { cpanelUnreachable, settingsFromFlags, type AuditFlags } from './audit-flags';
import { UsageError } from './usage-error';
import { writeOut } from './write-out';
import { formatAudit } from './format-audit';
import { errorLine, forTerminal, jsonForTerminal } from './terminal-text';

interface FixOptions extends AuditFlags {
  readonly user?: string;
  readonly finding?: string;
  readonly subject?: string;
  readonly undo?: string;
  readonly yes: boolean;
  readonly json: boolean;
  /** The history store that keeps the fix log. */
  readonly store: string;
  readonly server?: string;
}

interface FixIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly now: () => number;
  readonly env: NodeJS.ProcessEnv;
}

const W = {
  fix: { nl: 'Oplossing', en: 'Fix' },
  finding: { nl: 'Bevinding', en: 'Finding' },
  before: { nl: 'Nu', en: 'Before' },
  after: { nl: 'Daarna', en: 'After' },
  call: { nl: 'cPanel-aanroep', en: 'cPanel call' },
  undo: { nl: 'Terugdraaien', en: 'Undo' },
  noUndo: { nl: 'kan niet worden teruggedraaid', en: 'cannot be undone' },
  previewOnly: { nl: 'Er is niets gewijzigd. Voer dezelfde opdracht uit met --yes om dit toe te passen.', en: 'Nothing was changed. Run the same command with --yes to apply it.' },
  applied: { nl: 'Toegepast', en: 'Applied' },
  logId: { nl: 'logregel', en: 'log id' },
  gone: { nl: 'Opnieuw gecontroleerd: het probleem is weg.', en: 'Checked again: the problem is gone.' },
  still: { nl: 'Opnieuw gecontroleerd: het probleem is er nog (een DNS-wijziging kan tijd nodig hebben).', en: 'Checked again: the problem is still there (a DNS change can take time).' },
  inEffect: {
    nl: 'Opnieuw gecontroleerd: de wijziging is doorgevoerd. De bevinding blijft staan omdat oudere bezorgregels haar nog tonen of omdat een deel met deze toegang niet te controleren is.',
    en: 'Checked again: the change is in effect. The finding stays because older delivery records still show it, or because part of it cannot be checked with these credentials.',
  },
  undoWith: { nl: 'Terugdraaien met', en: 'Undo with' },
  noAction: { nl: 'Hier is geen automatische oplossing voor.', en: 'There is no automatic fix for this.' },
  refused: { nl: 'cPanel weigerde de wijziging', en: 'cPanel refused the change' },
  failed: { nl: 'De wijziging kon niet worden gedaan', en: 'The change could not be made' },
  undone: { nl: 'Teruggedraaid', en: 'Undone' },
  back: { nl: 'Opnieuw gecontroleerd: de vorige toestand is terug.', en: 'Checked again: the previous state is back.' },
  notBack: { nl: 'Opnieuw gecontroleerd: de bevinding komt niet terug (controleer de toestand zelf).', en: 'Checked again: the finding does not come back (check the state yourself).' },
} satisfies Record<string, Localized<string>>;

function describeAction(a: FixAction, lang: Lang): string {
  const undo = a.undo === null ? `${W.noUndo[lang]}${a.undoNote ? `: ${a.undoNote[lang]}` : ''}` : describeStep(a.undo);
  return [
    `${W.fix[lang]}: ${a.title[lang]}`,
    `  ${W.finding[lang]}: ${a.findingId} (${a.subject.name})`,
    `  ${W.before[lang]}: ${a.before[lang]}`,
    `  ${W.after[lang]}: ${a.after[lang]}`,
    `  ${W.call[lang]}: ${describeStep(a.apply)}`,
    `  ${W.undo[lang]}: ${undo}`,
  ].join('\n');
}

function actionJson(a: FixAction, lang: Lang): Record<string, unknown> {
  return {
    kind: a.kind,
    finding: a.findingId,
    subject: a.subject.name,
    title: a.title[lang],
    before: a.before[lang],
    after: a.after[lang],
    call: describeStep(a.apply),
    step: a.apply,
    undo: a.undo === null ? null : describeStep(a.undo),
    undoNote: a.undoNote?.[lang] ?? null,
  };
}

/** The account must be one these credentials act for: a cPanel token its own, WHM the accounts listaccts shows (a reseller's own). */
async function checkAccount(options: FixOptions, user: string, io: FixIo): Promise<void> {
  const c = options.connection;
  if (c.kind === 'cpanel') {
    if (user !== c.user) throw new UsageError(`a cPanel token only acts for its own account (${c.user}), not ${user}`);
    return;
  }
  const gateway = gatewayFor(c, undefined, io.env);
  try {
    const accounts = await listAccounts(gateway, { search: user, searchType: 'user', searchMethod: 'exact' });
    if (!accounts.some((a) => a.user === user)) throw new UsageError(`no account named ${user} is visible with these credentials`);
  } finally {
    await gateway.close();
  }
}

/** Who is acting, for the log: the WHM or cPanel user of the credentials, or the local user. */
function actor(c: Connection): string {
  if (c.kind === 'local') {
    try {
      return `${os.userInfo().username} (command line)`;
    } catch {
      return 'command line';
    }
  }
  return `${c.user} (command line)`;
}

async function openFixLog(options: FixOptions, io: FixIo): Promise<HistoryStore> {
  const server = await resolveServerName({ flag: options.server, connection: options.connection, env: io.env });
  const opened = await openStore(options.store, { server, now: io.now });
  if (!opened.ok) throw new StoreUnavailable(opened.error);
  return opened.store;
}

class StoreUnavailable extends Error {}

function unreachable(error: unknown): string | undefined {
  if (error instanceof StoreUnavailable) return `the fix log cannot be kept: ${error.message}`;
  return cpanelUnreachable(error);
}

export async function runFix(options: FixOptions, io: FixIo): Promise<number> {
  try {
    if (options.undo !== undefined) {
      if (options.user !== undefined || options.finding !== undefined) throw new UsageError('--undo takes only the log id (and the connection flags)');
      return await undo(options, options.undo, io);
    }
    if (options.user === undefined || options.finding === undefined) throw new UsageError('say what to fix: --user USER --finding ID [--subject NAME], or --undo LOG-ID');
    return await fix(options, options.user, options.finding, io);
  } catch (error) {
    const why = unreachable(error);
    if (why === undefined) throw error;
    await writeOut(io.stderr, errorLine(why));
    return 1;
  }
}

function planWords(plan: Exclude<FixPlan, { kind: 'action' }>, lang: Lang): string {
  return plan.kind === 'none' ? `${plan.findingId} (${plan.subject.name}): ${W.noAction[lang]} ${plan.reason[lang]}` : plan.reason[lang];
}

async function fix(options: FixOptions, user: string, findingId: string, io: FixIo): Promise<number> {
  const { lang } = options;
  await checkAccount(options, user, io);
  const settings = await settingsFromFlags(options, {}, io);
  const { plan } = await previewFix(settings, user, { findingId, ...(options.subject === undefined ? {} : { subject: options.subject }) });
  if (plan.kind !== 'action') {
    if (options.json) await writeOut(io.stdout, `${jsonForTerminal({ status: plan.kind === 'none' ? 'no-action' : 'not-found', user, finding: findingId, actor: plan.kind === 'none' ? plan.actor : null, subjects: plan.kind === 'not-found' ? plan.subjects : undefined, reason: plan.reason[lang] })}\n`);
    else await writeOut(io.stdout, `${forTerminal(planWords(plan, lang))}\n`);
    return plan.kind === 'none' ? 0 : 2;
  }
  const action = plan.action;
  if (!options.yes) {
    if (options.json) await writeOut(io.stdout, `${jsonForTerminal({ status: 'previewed', user, action: actionJson(action, lang) })}\n`);
    else await writeOut(io.stdout, `${forTerminal(describeAction(action, lang))}\n\n${W.previewOnly[lang]}\n`);
    return 0;
  }
  // The log must be writable before anything changes: an applied fix without a record could not be undone from it.
  const store = await openFixLog(options, io);
  try {
    const applied = await applyFix(settings, user, action, actor(options.connection));
    if (!applied.ok) {
      if (options.json) await writeOut(io.stdout, `${jsonForTerminal({ status: applied.refused ? 'refused' : 'failed', user, action: actionJson(action, lang), reason: applied.reason })}\n`);
      else await writeOut(io.stdout, `${forTerminal(describeAction(action, lang))}\n\n${forTerminal(`${applied.refused ? W.refused[lang] : W.failed[lang]}: ${applied.reason}`)}\n`);
      return 1;
    }
    await store.recordFix(applied.entry);
    const report = applied.after.report;
    if (options.json) {
      await writeOut(io.stdout, `${jsonForTerminal({ status: 'applied', user, logId: applied.entry.id, action: actionJson(action, lang), gone: applied.gone, inEffect: applied.inEffect, report: localizeReport(report, lang) })}\n`);
    } else {
      await writeOut(
        io.stdout,
        forTerminal(
          `${W.applied[lang]}: ${action.title[lang]} (${W.logId[lang]} ${applied.entry.id})\n${applied.gone ? W.gone[lang] : applied.inEffect === true ? W.inEffect[lang] : W.still[lang]}\n` +
            (action.undo === null ? '' : `${W.undoWith[lang]}: mail-doctor fix --undo ${applied.entry.id}\n`) +
            `\n${formatAudit(report, lang)}`,
        ),
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function undo(options: FixOptions, id: string, io: FixIo): Promise<number> {
  const { lang } = options;
  if (!isFixLogId(id)) throw new UsageError(`${id} is not a fix log id (they look like fx-0123456789ab)`);
  const store = await openFixLog(options, io);
  try {
    const entry: FixLogEntry | null = await store.fixEntry(id);
    if (entry === null) throw new UsageError(`the fix log in ${store.location} has no entry ${id}`);
    await checkAccount(options, entry.account, io);
    const settings = await settingsFromFlags(options, {}, io);
    const done = await undoFix(settings, entry);
    if (!done.ok) {
      if (options.json) await writeOut(io.stdout, `${jsonForTerminal({ status: done.refused ? 'refused' : 'failed', logId: id, reason: done.reason })}\n`);
      else await writeOut(io.stdout, `${forTerminal(`${done.refused ? W.refused[lang] : W.failed[lang]}: ${done.reason}`)}\n`);
      return 1;
    }
    await store.markFixUndone(id, actor(options.connection), Math.floor(io.now() / 1000));
    if (options.json) {
      await writeOut(io.stdout, `${jsonForTerminal({ status: 'undone', logId: id, user: entry.account, back: done.back, report: localizeReport(done.after.report, lang) })}\n`);
    } else {
      await writeOut(io.stdout, forTerminal(`${W.undone[lang]}: ${entry.title[lang]} (${id})\n${done.back ? W.back[lang] : W.notBack[lang]}\n\n${formatAudit(done.after.report, lang)}`));
    }
    return 0;
  } finally {
    await store.close();
  }
}
