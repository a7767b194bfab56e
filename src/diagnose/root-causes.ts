/**
 * Severity and grouping, decided once for every output (CLI, JSON, pages,
 * history): one finding per root cause.
 *
 * - A delivery finding that a set-up problem explains (sender verify fails
 *   because Email Routing is Local while the MX is elsewhere; Gmail refuses
 *   unauthenticated mail because SPF is wrong) is nested under that set-up
 *   finding, which takes the higher of the two severities.
 * - A delivery finding about the sender of mail *to* the account (another
 *   party's domain failing our checks) is marked `outsideAccount`: nothing
 *   for the account to do.
 * - Findings that are parts of one root cause become one finding with
 *   `parts`: the SPF, DKIM and DMARC findings of one domain are "the mail
 *   authentication of that domain" (one card, one place in "Fix these
 *   first", the highest severity of its parts; each part keeps its id and
 *   its fix). Grouped by kind and domain (`RootCauseGroup`), so other views
 *   can refer to the group.
 * - The result is ordered most urgent first: an approaching or reached
 *   sending limit comes before everything else, since it stops all mail.
 * Pure.
 */
import type { DiagnosisId } from '../kb/catalogue';
import { domainOf, scopeOf } from './event-groups';
import { loc } from './finding-helpers';
import type { AuditInput, Finding, FindingStatus, Fix, RootCauseGroup, Severity } from './model';

/**
 * Which set-up findings can be the cause of a delivery finding, most direct
 * first. Built from the catalogue's cross-checks: each refiner of the
 * delivery diagnosis looks at exactly these states.
 */
const EXPLAINED_BY: Partial<Record<DiagnosisId, readonly DiagnosisId[]>> = {
  'sender-verify-failed': ['routing-local-mx-elsewhere', 'form-mail-nonexistent-sender', 'mx-missing', 'mx-cname', 'cloudflare-mx'],
  'gmail-unauthenticated': ['spf-invalid', 'dkim-invalid', 'dmarc-missing'],
  'dmarc-reject': ['spf-invalid', 'dkim-invalid'],
  'spf-invalid': ['spf-invalid'],
  'dkim-invalid': ['dkim-invalid'],
  'mx-invalid-record': ['mx-cname', 'mx-missing', 'cloudflare-mx'],
  'unrouteable-address': ['routing-local-mx-elsewhere', 'routing-remote-mx-here', 'mx-missing'],
  'recipient-mailbox-full': ['mailbox-over-quota'],
  'incoming-suspended': ['incoming-suspended'],
  'outgoing-suspended': ['outgoing-suspended'],
  'outgoing-held': ['outgoing-held'],
  'server-ptr-missing': ['server-ptr-missing'],
  'server-blocklisted': ['server-blocklisted'],
};

/** Diagnoses that stop all of the account's mail soon or now: listed first in "Fix these first". */
const URGENT: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['max-defers-approaching', 'max-defers-failures', 'max-emails-per-hour', 'outgoing-account-locked']);

const STATUS_ORDER: Record<FindingStatus, number> = { problem: 0, 'could-not-check': 1, ok: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const SEVERITY_RANK: Record<Severity, number> = { critical: 2, warning: 1, info: 0 };

/** How many delivery records a finding stands for, its own and the ones it explains. */
export function recordCount(f: Finding): number {
  return (f.count ?? 0) + (f.explains ?? []).reduce((n, e) => n + (e.count ?? 0), 0);
}

export function isUrgent(f: Finding): boolean {
  return f.status === 'problem' && f.outsideAccount !== true && URGENT.has(f.id);
}

/** Most urgent first: the account's problems (urgent ones first), then other parties', then unknowns, then fine. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    Number(a.outsideAccount === true) - Number(b.outsideAccount === true) ||
    Number(isUrgent(b)) - Number(isUrgent(a)) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    recordCount(b) - recordCount(a) ||
    a.id.localeCompare(b.id) ||
    a.subject.name.localeCompare(b.subject.name)
  );
}

/** A finding the account has to act on (what the summary counts). */
export function isOwnProblem(f: Finding): boolean {
  return f.status === 'problem' && f.outsideAccount !== true;
}

/**
 * The names a delivery finding is about: its subject, the DNS names its
 * cross-check looked up and, when the diagnosis is about the sender, its
 * senders and their domains (a refusal about the recipient's side is never
 * caused by the sender's set-up).
 */
function namesOf(d: Finding): Set<string> {
  const names = new Set<string>([d.subject.name.toLowerCase()]);
  const subjectDomain = domainOf(d.subject.name);
  if (subjectDomain !== null) names.add(subjectDomain);
  const aboutSender = scopeOf(d.id) === 'sender' || scopeOf(d.id) === 'sender-domain';
  for (const e of d.evidence) {
    if (e.kind === 'dns') names.add(e.name.toLowerCase());
    if (aboutSender && e.kind === 'event' && e.sender !== null) {
      names.add(e.sender.toLowerCase());
      const domain = domainOf(e.sender);
      if (domain !== null) names.add(domain);
    }
  }
  return names;
}

function causeOf(d: Finding, causes: readonly Finding[]): Finding | undefined {
  const candidates = EXPLAINED_BY[d.id];
  if (candidates === undefined) return undefined;
  const names = namesOf(d);
  for (const id of candidates) {
    const cause = causes.find((s) => s.id === id && s !== d && names.has(s.subject.name.toLowerCase()));
    if (cause !== undefined) return cause;
  }
  return undefined;
}

function ownDomainNames(input: AuditInput): Set<string> {
  return new Set(input.account.domains.ok ? input.account.domains.value.all.map((d) => d.domain.toLowerCase()) : []);
}

/**
 * A delivery finding about the sender of incoming mail whose domain is not
 * the account's: the other party has to act. Decided from the records
 * themselves (every one of them came in) and the subject's domain.
 */
function isOtherPartysProblem(d: Finding, input: AuditInput, own: ReadonlySet<string>): boolean {
  const scope = scopeOf(d.id);
  if (scope !== 'sender' && scope !== 'sender-domain') return false;
  const domain = (domainOf(d.subject.name) ?? d.subject.name).toLowerCase();
  if (own.size === 0 || own.has(domain)) return false;
  if (!input.account.events.ok) return false;
  const records = input.account.events.value.events.filter((e) => e.classification?.id === d.id && (domainOf(e.sender) ?? '') === domain);
  return records.length > 0 && records.every((e) => e.direction === 'incoming');
}

function higher(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Groups findings by root cause and orders them; see the file comment. */
export function groupRootCauses(findings: readonly Finding[], input: AuditInput): Finding[] {
  const own = ownDomainNames(input);
  const problems = findings.filter((f) => f.status === 'problem');
  const nested = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  // One level only: a finding that explains others is not nested itself, and a nested one explains nothing.
  for (const d of problems.filter((f) => f.count !== undefined)) {
    if (nested.has(d)) continue;
    const cause = causeOf(
      d,
      problems.filter((s) => !absorbed.has(s)),
    );
    if (cause === undefined) continue;
    absorbed.add(d);
    let list = nested.get(cause);
    if (list === undefined) nested.set(cause, (list = []));
    list.push(d);
  }
  // A part of a check that could not run (one blocklist of three) next to a problem the same
  // check found for the same subject is said on that problem's card, not on a card of its own.
  const partial = new Map<Finding, Finding[]>();
  for (const u of findings.filter((f) => f.status === 'could-not-check')) {
    const p = problems.find((f) => f.id === u.id && f.subject.kind === u.subject.kind && f.subject.name === u.subject.name);
    if (p === undefined) continue;
    absorbed.add(u);
    partial.set(p, [...(partial.get(p) ?? []), u]);
  }
  const result = findings
    .filter((f) => !absorbed.has(f))
    .map((f): Finding => {
      const unknown = partial.get(f);
      const withUnknown: Finding =
        unknown === undefined ? f : { ...f, evidence: [...f.evidence, ...unknown.flatMap((u) => [{ kind: 'note' as const, text: u.summary }, ...u.evidence])] };
      const explained = nested.get(f);
      if (explained !== undefined) {
        return { ...withUnknown, severity: explained.reduce((s, d) => higher(s, d.severity), f.severity), explains: explained };
      }
      if (f.status === 'problem' && f.count !== undefined && isOtherPartysProblem(f, input, own)) {
        return { ...withUnknown, outsideAccount: true, severity: 'info', ...(f.fix === undefined ? {} : { fix: othersFix(f.fix) }) };
      }
      return withUnknown;
    });
  return groupParts(result).sort(compareFindings);
}

/** The parts of a domain's mail authentication, in the order a card lists them; what each is called. */
const AUTHENTICATION_PARTS: ReadonlyMap<DiagnosisId, string> = new Map<DiagnosisId, string>([
  ['spf-invalid', 'SPF'],
  ['dkim-invalid', 'DKIM'],
  // What the big mailbox providers require beyond "present and valid" is the same record's business.
  ['dkim-key-weak', 'DKIM'],
  ['dmarc-missing', 'DMARC'],
  ['dmarc-invalid', 'DMARC'],
  ['dmarc-no-reports', 'DMARC'],
]);

/** The group a finding is a part of: a set-up finding (not a delivery record) about one of the account's domains. */
function groupOf(f: Finding): RootCauseGroup | undefined {
  if (f.status !== 'problem' || f.outsideAccount === true || f.count !== undefined || f.subject.kind !== 'domain') return undefined;
  return AUTHENTICATION_PARTS.has(f.id) ? { kind: 'authentication', domain: f.subject.name.toLowerCase() } : undefined;
}

/** Two or more parts of one group become one finding, where the first of them stood; a lone part stays as it is. */
function groupParts(findings: readonly Finding[]): Finding[] {
  const byGroup = new Map<string, Finding[]>();
  const keyOf = (g: RootCauseGroup): string => `${g.kind}|${g.domain}`;
  for (const f of findings) {
    const g = groupOf(f);
    if (g === undefined) continue;
    const list = byGroup.get(keyOf(g));
    if (list === undefined) byGroup.set(keyOf(g), [f]);
    else list.push(f);
  }
  const out: Finding[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const g = groupOf(f);
    const parts = g === undefined ? undefined : byGroup.get(keyOf(g));
    if (g === undefined || parts === undefined || parts.length < 2) {
      out.push(f);
      continue;
    }
    if (placed.has(keyOf(g))) continue;
    placed.add(keyOf(g));
    out.push(authenticationCause(g, parts));
  }
  return out;
}

function authenticationCause(group: RootCauseGroup, found: readonly Finding[]): Finding {
  const order = [...AUTHENTICATION_PARTS.keys()];
  const parts = [...found].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  // The delivery records the parts explain belong to the whole; each part keeps its own evidence and fix.
  const explains = parts.flatMap((p) => p.explains ?? []);
  const names = [...new Set(parts.map((p) => AUTHENTICATION_PARTS.get(p.id) ?? p.id))];
  const list = (and: string): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`);
  const name = parts[0]!.subject.name;
  const fix = combinedFix(parts);
  return {
    id: 'mail-authentication',
    reason: 'authfailure',
    status: 'problem',
    severity: parts.reduce((s, p) => higher(s, p.severity), 'info' as Severity),
    subject: { kind: 'domain', name },
    title: loc(`De e-mailauthenticatie van ${name} is niet in orde`, `The mail authentication of ${name} is not in order`),
    summary: loc(
      `${list('en')} van ${name} kloppen niet. Daardoor kunnen ontvangers niet nagaan dat mail van ${name} echt van jou komt: Gmail, Outlook en anderen weigeren die mail of zetten hem bij de spam. Los de onderdelen hieronder op, elk met zijn eigen record.`,
      `${list('and')} of ${name} are not in order. Receivers therefore cannot verify that mail from ${name} really comes from you: Gmail, Outlook and others refuse it or put it in spam. Fix the parts below, each with its own record.`,
    ),
    evidence: [],
    ...(fix === undefined ? {} : { fix }),
    parts: parts.map(({ explains: _explains, ...part }) => part),
    rootCause: group,
    ...(explains.length === 0 ? {} : { explains }),
  };
}

/** The other party acts; a record to publish would be theirs, not the account's. */
function othersFix(fix: Fix): Fix {
  const { record: _record, ...rest } = fix;
  return { ...rest, actor: 'other-side' };
}

/**
 * The parts' fixes as one, for readers of the whole that do not list the parts
 * (the alert mails, the servers overview): every step named for its part, every
 * record. The pages and the terminal show each part's own fix instead.
 */
function combinedFix(parts: readonly Finding[]): Fix | undefined {
  const fixes = parts.flatMap((p) => (p.fix === undefined ? [] : [{ name: AUTHENTICATION_PARTS.get(p.id) ?? p.id, fix: p.fix }]));
  const first = fixes[0];
  if (first === undefined) return undefined;
  const records = fixes.flatMap(({ fix }) => [...(fix.record === undefined ? [] : [fix.record]), ...(fix.moreRecords ?? [])]);
  const steps = (lang: 'nl' | 'en'): string[] => fixes.flatMap(({ name, fix }) => fix.steps[lang].map((step) => `${name}: ${step}`));
  return {
    actor: fixes.some(({ fix }) => fix.actor === 'account-owner') ? 'account-owner' : first.fix.actor,
    steps: { nl: steps('nl'), en: steps('en') },
    ...(records[0] === undefined ? {} : { record: records[0] }),
    ...(records.length > 1 ? { moreRecords: records.slice(1) } : {}),
    links: [...new Set(fixes.flatMap(({ fix }) => fix.links))],
  };
}
