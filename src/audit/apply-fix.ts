/**
 * The safe fixes at the edge: audit → plan (pure, src/fix) → carry out the
 * one cPanel call → audit again through the same one audit path, so the page
 * or the command shows the new result. Nothing here writes before the caller
 * has the person's confirmation: `previewFix` only reads.
 */
import { randomBytes } from 'node:crypto';
import { CpanelCallError, isCpanelError } from '../cpanel/errors';
import type { CpanelGateway } from '../cpanel/gateway';
import { makeChange, massEditZone, parseZone } from '../cpanel/changes';
import { withNested, type Finding, type Severity } from '../diagnose/model';
import type { FixAction, FixPlan, FixStep } from '../fix/fix-action';
import type { FixLogEntry } from '../fix/fix-log';
import { describeStep, planFix, type FixRequest } from '../fix/plan-fix';
import { zoneEditFor } from '../fix/zone-edit';
import { changeInEffect } from '../fix/change-in-effect';
import { auditAccount, type AuditedAccount, type AuditSettings } from './audit-account';

type StepOutcome =
  | { readonly ok: true }
  /** `refused`: cPanel (or the zone as it is now) said no, with its reason; otherwise cPanel could not be reached. */
  | { readonly ok: false; readonly refused: boolean; readonly reason: string };

/** Carries out one step with a gateway bound to the account. */
async function carryOut(gateway: CpanelGateway, step: FixStep): Promise<StepOutcome> {
  try {
    if (step.kind === 'call') {
      await makeChange(gateway, step.call.api, step.call.module, step.call.func, step.call.args);
      return { ok: true };
    }
    const zone = await parseZone(gateway, step.change.zone);
    const edit = zoneEditFor(zone, step.change);
    if (!edit.ok) return { ok: false, refused: true, reason: edit.reason.en };
    await massEditZone(gateway, edit.args);
    return { ok: true };
  } catch (error) {
    if (error instanceof CpanelCallError) return { ok: false, refused: true, reason: error.message };
    if (isCpanelError(error) || error instanceof Error) return { ok: false, refused: false, reason: error.message };
    return { ok: false, refused: false, reason: String(error) };
  }
}

export interface Previewed {
  readonly plan: FixPlan;
  readonly audited: AuditedAccount;
}

/** Audits the account and plans the fix for one finding; changes nothing. */
export async function previewFix(settings: AuditSettings, user: string, request: FixRequest): Promise<Previewed> {
  const audited = await auditAccount(settings, user);
  const probe = settings.openGateway(user);
  const canCallWhm = probe.canCallWhm;
  await probe.close();
  if (audited.account === undefined) throw new Error('the audit returned no account snapshot');
  return { plan: planFix(audited.report.findings, audited.account, request, { canCallWhm }), audited };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/**
 * Whether the problem is still there at (at least) the severity it had: after
 * a fix a check may keep the delivery records as advice ("the hold has been
 * released since"), which is the problem gone, not still there. A part of a
 * root cause (the SPF of a domain) counts like a finding of its own.
 */
function stillThere(findings: readonly Finding[], findingId: string, subject: string, severity: Severity): boolean {
  const s = subject.toLowerCase();
  return findings.some((f) =>
    withNested(f).some((x) => x.status === 'problem' && x.id === findingId && x.subject.name.toLowerCase() === s && RANK[x.severity] >= RANK[severity]),
  );
}

export type Applied =
  | {
      readonly ok: true;
      readonly entry: FixLogEntry;
      readonly after: AuditedAccount;
      /** No longer a problem at the severity it had. */
      readonly gone: boolean;
      /** The new audit sees the change itself (null: it cannot tell). */
      readonly inEffect: boolean | null;
    }
  | { readonly ok: false; readonly refused: boolean; readonly reason: string };

async function withGateway<T>(settings: AuditSettings, user: string, work: (g: CpanelGateway) => Promise<T>): Promise<T> {
  const gateway = settings.openGateway(user);
  try {
    return await work(gateway);
  } finally {
    await gateway.close();
  }
}

function newFixLogId(): string {
  return `fx-${randomBytes(6).toString('hex')}`;
}

/** Applies the action (the person confirmed it), then audits again; the entry is for the caller to keep in the fix log. */
export async function applyFix(settings: AuditSettings, user: string, action: FixAction, by: string): Promise<Applied> {
  const outcome = await withGateway(settings, user, (g) => carryOut(g, action.apply));
  if (!outcome.ok) return outcome;
  const entry: FixLogEntry = {
    id: newFixLogId(),
    at: Math.floor(settings.clock() / 1000),
    by,
    account: user,
    findingId: action.findingId,
    subject: action.subject.name,
    severity: action.severity,
    kind: action.kind,
    title: action.title,
    call: describeStep(action.apply),
    step: action.apply,
    before: action.before,
    after: action.after,
    undo: action.undo,
    undoneAt: null,
    undoneBy: null,
  };
  const after = await auditAccount(settings, user);
  const gone = !stillThere(after.report.findings, action.findingId, action.subject.name, action.severity);
  return { ok: true, entry, after, gone, inEffect: after.account === undefined ? null : changeInEffect(action, after.account) };
}

export type Undone =
  | { readonly ok: true; readonly after: AuditedAccount; readonly back: boolean }
  | { readonly ok: false; readonly refused: boolean; readonly reason: string };

/** Takes a logged fix back, then audits again: `back` says whether the original problem shows again (the state is as before). */
export async function undoFix(settings: AuditSettings, entry: FixLogEntry): Promise<Undone> {
  if (entry.undo === null) return { ok: false, refused: true, reason: 'cPanel offers no way to take this change back' };
  if (entry.undoneAt !== null) return { ok: false, refused: true, reason: `this fix was already undone by ${entry.undoneBy ?? 'someone'}` };
  const undo = entry.undo;
  const outcome = await withGateway(settings, entry.account, (g) => carryOut(g, undo));
  if (!outcome.ok) return outcome;
  const after = await auditAccount(settings, entry.account);
  return { ok: true, after, back: stillThere(after.report.findings, entry.findingId, entry.subject, entry.severity) };
}
