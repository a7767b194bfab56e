/**
 * From a finding to the one change that fixes it, or to "nothing to do here,
 * ask …". Pure: the audit's findings and the account's snapshot come in, a
 * FixPlan goes out. Every value a call carries (domain, mailbox, record) is
 * taken from the account's own snapshot, so a fix can only touch what the
 * audit saw in this account.
 *
 * Calls and parameter names (shared/reference/cpanel-api.md §2.7, §3.3, §3.4,
 * §3.7, §3.8; api.docs.cpanel.net): `Email::set_always_accept(domain,
 * mxcheck)`, `Email::release_outgoing|hold_outgoing|unsuspend_outgoing|
 * suspend_outgoing|unsuspend_incoming|suspend_incoming|unsuspend_login|
 * suspend_login(email)`, WHM `release_outgoing_email|hold_outgoing_email|
 * unsuspend_outgoing_email|suspend_outgoing_email(user)`,
 * `EmailAuth::install_spf_records(domain, record)` (replaces the domain's SPF
 * record, so there is never a second one), `EmailAuth::enable_dkim|
 * disable_dkim(domain)`, `Email::edit_pop_quota(email, domain, quota)` (quota
 * in MB; cPanel caps it at the account's maximum) and `DNS::mass_edit_zone`.
 */
import type { AccountSnapshot, Finding, Subject } from '../diagnose/model';
import type { Mailbox, RoutingSetting } from '../diagnose/observations';
import type { Localized } from '../kb/types';
import type { FixAction, FixCall, FixPlan, FixStep } from './fix-action';

export interface FixRequest {
  readonly findingId: string;
  /** The finding's subject (a domain or a mailbox); needed when the finding is there for more than one. */
  readonly subject?: string;
}

function loc(nl: string, en: string): Localized<string> {
  return { nl, en };
}

function uapi(module: string, func: string, args: Record<string, string>): FixStep {
  return { kind: 'call', call: { api: 'uapi', module, func, args } };
}

function whm(func: string, args: Record<string, string>): FixStep {
  return { kind: 'call', call: { api: 'whm', module: null, func, args } };
}

/** Every problem finding, the ones nested under a root cause with their parent. */
function problems(findings: readonly Finding[]): { finding: Finding; parent: Finding | null }[] {
  const out: { finding: Finding; parent: Finding | null }[] = [];
  for (const f of findings) {
    if (f.status === 'problem') out.push({ finding: f, parent: null });
    // A root cause made of parts (a domain's SPF, DKIM and DMARC) is fixed part by part.
    for (const part of f.parts ?? []) if (part.status === 'problem') out.push({ finding: part, parent: f });
    for (const n of f.explains ?? []) if (n.status === 'problem') out.push({ finding: n, parent: f });
  }
  return out;
}

const ROUTING_WORDS: Record<RoutingSetting | 'unknown', Localized<string>> = {
  auto: loc('automatisch bepalen', 'Automatically Detect Configuration'),
  local: loc('Local Mail Exchanger (mail voor dit domein blijft op deze server)', 'Local Mail Exchanger (mail for this domain stays on this server)'),
  remote: loc('Remote Mail Exchanger (mail gaat naar de MX elders)', 'Remote Mail Exchanger (mail goes to the MX elsewhere)'),
  secondary: loc('Backup Mail Exchanger', 'Backup Mail Exchanger'),
  unknown: loc('onbekend', 'unknown'),
};

function none(finding: Finding, reason: Localized<string>): FixPlan {
  return { kind: 'none', findingId: finding.id, subject: finding.subject, actor: finding.fix?.actor ?? null, reason };
}

function noActionReason(finding: Finding): Localized<string> {
  switch (finding.fix?.actor) {
    case 'other-side':
      return loc(
        'Dit ligt bij de andere kant: de ontvanger of hun mailbeheerder moet het oplossen. Hier valt niets te wijzigen.',
        'This lies with the other side: the recipient or their mail administrator has to fix it. There is nothing to change here.',
      );
    case 'hosting-provider':
      return loc(
        'Dit kan alleen je hostingprovider oplossen (bijvoorbeeld de PTR van het IP-adres of een blokkadelijst). Vraag het hun, met deze bevinding erbij.',
        'Only your hosting provider can fix this (for example the PTR of the IP address or a blocklist). Ask them, with this finding.',
      );
    default:
      return loc(
        'Hiervoor is geen veilige automatische wijziging: volg de stappen bij de bevinding.',
        'There is no safe automatic change for this: follow the steps with the finding.',
      );
  }
}

function mailboxOf(snapshot: AccountSnapshot, subject: Subject): Mailbox | undefined {
  if (subject.kind !== 'mailbox' || !snapshot.mailboxes.ok) return undefined;
  const wanted = subject.name.toLowerCase();
  return snapshot.mailboxes.value.find((m) => m.email === wanted);
}

function ownDomain(snapshot: AccountSnapshot, name: string): boolean {
  if (!snapshot.domains.ok) return false;
  const wanted = name.toLowerCase();
  return snapshot.domains.value.all.some((d) => d.domain === wanted);
}

/** The zone a name lives in: the longest of the account's main, addon and parked domains it falls under (sub domains live in their parent's zone). */
function zoneFor(snapshot: AccountSnapshot, name: string): string | null {
  if (!snapshot.domains.ok) return null;
  const d = snapshot.domains.value;
  const zones = [d.main, ...d.addon, ...d.parked].map((x) => x.domain).sort((a, b) => b.length - a.length);
  const n = name.toLowerCase();
  return zones.find((z) => n === z || n.endsWith(`.${z}`)) ?? null;
}

function mailboxFlag(finding: Finding, mailbox: Mailbox, kind: FixAction['kind'], on: string, off: string, words: { nl: [string, string]; en: [string, string] }, title: Localized<string>): FixAction {
  return {
    kind,
    findingId: finding.id,
    subject: finding.subject,
    severity: finding.severity,
    title,
    before: loc(words.nl[0], words.en[0]),
    after: loc(words.nl[1], words.en[1]),
    apply: uapi('Email', on, { email: mailbox.email }),
    undo: uapi('Email', off, { email: mailbox.email }),
    undoNote: null,
  needsWhm: false,
  };
}

function mailboxAction(finding: Finding, snapshot: AccountSnapshot): FixPlan {
  const mailbox = mailboxOf(snapshot, finding.subject);
  if (mailbox === undefined) {
    return none(finding, loc(`${finding.subject.name} is geen mailbox van dit account.`, `${finding.subject.name} is not a mailbox of this account.`));
  }
  const e = mailbox.email;
  switch (finding.id) {
    case 'outgoing-held':
      return {
        kind: 'action',
        action: mailboxFlag(
          finding, mailbox, 'release-outgoing', 'release_outgoing', 'hold_outgoing',
          { nl: ['uitgaande mail wordt vastgehouden', 'uitgaande mail wordt verstuurd'], en: ['outgoing mail is held', 'outgoing mail is sent'] },
          loc(`Geef de uitgaande mail van ${e} vrij`, `Release the outgoing mail of ${e}`),
        ),
      };
    case 'outgoing-suspended':
      return {
        kind: 'action',
        action: mailboxFlag(
          finding, mailbox, 'allow-outgoing', 'unsuspend_outgoing', 'suspend_outgoing',
          { nl: ['uitgaande mail wordt weggegooid', 'uitgaande mail wordt verstuurd'], en: ['outgoing mail is discarded', 'outgoing mail is sent'] },
          loc(`Sta uitgaande mail van ${e} weer toe`, `Allow outgoing mail from ${e} again`),
        ),
      };
    case 'incoming-suspended':
      return {
        kind: 'action',
        action: mailboxFlag(
          finding, mailbox, 'allow-incoming', 'unsuspend_incoming', 'suspend_incoming',
          { nl: ['binnenkomende mail wordt geweigerd', 'binnenkomende mail wordt afgeleverd'], en: ['incoming mail is refused', 'incoming mail is delivered'] },
          loc(`Sta binnenkomende mail voor ${e} weer toe`, `Allow incoming mail for ${e} again`),
        ),
      };
    case 'login-suspended':
      return {
        kind: 'action',
        action: mailboxFlag(
          finding, mailbox, 'allow-login', 'unsuspend_login', 'suspend_login',
          { nl: ['inloggen is geblokkeerd', 'inloggen is toegestaan'], en: ['logging in is blocked', 'logging in is allowed'] },
          loc(`Sta inloggen op ${e} weer toe`, `Allow logging in to ${e} again`),
        ),
      };
    case 'mailbox-over-quota':
      return quotaAction(finding, mailbox);
    default:
      return none(finding, noActionReason(finding));
  }
}

const MIB = 1024 * 1024;

/** Twice the quota, and at least a quarter more than is in use, in whole 256 MB steps; cPanel caps it at the account's maximum. */
function quotaAction(finding: Finding, mailbox: Mailbox): FixPlan {
  if (typeof mailbox.quotaBytes !== 'number' || mailbox.quotaBytes <= 0) {
    return none(finding, loc(`De quota van ${mailbox.email} is niet bekend of onbeperkt.`, `The quota of ${mailbox.email} is unknown or unlimited.`));
  }
  const oldMb = Math.round(mailbox.quotaBytes / MIB);
  const usedMb = Math.ceil((mailbox.diskUsedBytes ?? 0) / MIB);
  const newMb = Math.ceil(Math.max(oldMb * 2, usedMb * 1.25) / 256) * 256;
  const [local = '', domain = ''] = mailbox.email.split('@');
  return {
    kind: 'action',
    action: {
      kind: 'quota',
      findingId: finding.id,
      subject: finding.subject,
      severity: finding.severity,
      title: loc(`Verhoog de quota van ${mailbox.email} naar ${newMb} MB`, `Raise the quota of ${mailbox.email} to ${newMb} MB`),
      before: loc(`quota ${oldMb} MB (${usedMb} MB in gebruik)`, `quota ${oldMb} MB (${usedMb} MB in use)`),
      after: loc(`quota ${newMb} MB (of het maximum van het account, als dat lager is)`, `quota ${newMb} MB (or the account's maximum, if that is lower)`),
      apply: uapi('Email', 'edit_pop_quota', { email: local, domain, quota: String(newMb) }),
      undo: uapi('Email', 'edit_pop_quota', { email: local, domain, quota: String(oldMb) }),
      undoNote: null,
      needsWhm: false,
    },
  };
}

function routingAction(finding: Finding, snapshot: AccountSnapshot, target: RoutingSetting): FixPlan {
  const domain = finding.subject.name.toLowerCase();
  if (!snapshot.routing.ok) return none(finding, loc('De Email Routing van dit account kon niet gelezen worden.', "This account's Email Routing could not be read."));
  const row = snapshot.routing.value.find((r) => r.domain === domain);
  if (row === undefined) return none(finding, loc(`${domain} staat niet in de Email Routing van dit account.`, `${domain} is not in this account's Email Routing.`));
  const before = row.configured;
  const args = (mxcheck: string): Record<string, string> => ({ domain, mxcheck });
  return {
    kind: 'action',
    action: {
      kind: 'routing',
      findingId: finding.id,
      subject: finding.subject,
      severity: finding.severity,
      title: loc(`Zet Email Routing voor ${domain} op ${ROUTING_WORDS[target].nl}`, `Set Email Routing for ${domain} to ${ROUTING_WORDS[target].en}`),
      before: ROUTING_WORDS[before],
      after: ROUTING_WORDS[target],
      apply: uapi('Email', 'set_always_accept', args(target)),
      undo: before === 'unknown' ? null : uapi('Email', 'set_always_accept', args(before)),
      undoNote: before === 'unknown' ? loc('De vorige instelling was onbekend en kan niet worden teruggezet.', 'The previous setting was unknown and cannot be restored.') : null,
      needsWhm: false,
    },
  };
}

/** Whether the account-wide hold (outgoing-held) or suspension (outgoing-suspended) is on, as WHM reports it. */
function accountFlagOn(finding: Finding, snapshot: AccountSnapshot): boolean {
  if (!snapshot.limits.ok) return false;
  const limits = snapshot.limits.value;
  return (finding.id === 'outgoing-held' ? limits.outgoingMailHold : limits.outgoingMailSuspended) === true;
}

function accountAction(finding: Finding, snapshot: AccountSnapshot, canCallWhm: boolean): FixPlan {
  if (!canCallWhm) {
    return none(
      finding,
      loc(
        'Een blokkade op het hele account kan alleen de beheerder van de server (WHM) opheffen. Vraag het je hostingprovider.',
        'Only the server administrator (WHM) can lift a hold or suspension on the whole account. Ask your hosting provider.',
      ),
    );
  }
  const user = snapshot.user;
  const held = finding.id === 'outgoing-held';
  const action: FixAction = {
    kind: held ? 'release-outgoing-account' : 'allow-outgoing-account',
    findingId: finding.id,
    subject: finding.subject,
    severity: finding.severity,
    title: held ? loc(`Geef de uitgaande mail van account ${user} vrij`, `Release the outgoing mail of account ${user}`) : loc(`Sta uitgaande mail van account ${user} weer toe`, `Allow outgoing mail from account ${user} again`),
    before: held ? loc('uitgaande mail van het hele account wordt vastgehouden', "the whole account's outgoing mail is held") : loc('uitgaande mail van het hele account wordt weggegooid', "the whole account's outgoing mail is discarded"),
    after: loc('uitgaande mail wordt verstuurd', 'outgoing mail is sent'),
    apply: whm(held ? 'release_outgoing_email' : 'unsuspend_outgoing_email', { user }),
    undo: whm(held ? 'hold_outgoing_email' : 'suspend_outgoing_email', { user }),
    undoNote: null,
    needsWhm: true,
  };
  return { kind: 'action', action };
}

function currentRecords(snapshot: AccountSnapshot, part: 'spf' | 'dkim', domain: string): readonly string[] | null {
  const p = snapshot[part];
  if (!p.ok) return null;
  return p.value.find((c) => c.domain === domain)?.currentRecords ?? [];
}

function spfAction(finding: Finding, snapshot: AccountSnapshot): FixPlan {
  const domain = finding.subject.name.toLowerCase();
  const record = finding.fix?.record;
  if (record === undefined || record.type !== 'TXT' || record.name.toLowerCase() !== domain || !/^v=spf1(\s|$)/i.test(record.value)) {
    return none(finding, noActionReason(finding));
  }
  const current = currentRecords(snapshot, 'spf', domain);
  if (current === null) return none(finding, loc('De SPF-gegevens van dit account konden niet gelezen worden.', "This account's SPF data could not be read."));
  if (current.length > 1) {
    return none(
      finding,
      loc(
        `${domain} heeft ${current.length} SPF-records; verwijder er eerst één in de Zone Editor, daarna kan het overgebleven record hier worden aangevuld.`,
        `${domain} has ${current.length} SPF records; remove one in the Zone Editor first, then the one left can be completed here.`,
      ),
    );
  }
  const old = current[0] ?? null;
  const zone = zoneFor(snapshot, domain);
  return {
    kind: 'action',
    action: {
      kind: 'spf',
      findingId: finding.id,
      subject: finding.subject,
      severity: finding.severity,
      title: loc(`Publiceer het aangevulde SPF-record van ${domain}`, `Publish the completed SPF record of ${domain}`),
      before: old === null ? loc('geen SPF-record', 'no SPF record') : loc(old, old),
      after: loc(record.value, record.value),
      apply: uapi('EmailAuth', 'install_spf_records', { domain, record: record.value }),
      undo: zone === null ? null : { kind: 'zone-txt', change: { zone, name: domain, from: record.value, to: old, family: 'spf' } },
      undoNote: zone === null ? loc('De DNS-zone van dit domein is niet bekend.', "This domain's DNS zone is not known.") : null,
      needsWhm: false,
    },
  };
}

function dkimAction(finding: Finding, snapshot: AccountSnapshot): FixPlan {
  const domain = finding.subject.name.toLowerCase();
  const current = currentRecords(snapshot, 'dkim', domain);
  if (current === null) return none(finding, loc('De DKIM-gegevens van dit account konden niet gelezen worden.', "This account's DKIM data could not be read."));
  if (current.length > 0) {
    // A record is published but does not match cPanel's key: turning DKIM on would not change it.
    return none(finding, noActionReason(finding));
  }
  return {
    kind: 'action',
    action: {
      kind: 'dkim',
      findingId: finding.id,
      subject: finding.subject,
      severity: finding.severity,
      title: loc(`Zet DKIM aan voor ${domain}`, `Turn DKIM on for ${domain}`),
      before: loc('geen DKIM-record; mail wordt niet ondertekend', 'no DKIM record; mail is not signed'),
      after: loc(`DKIM aan: cPanel ondertekent de mail en publiceert default._domainkey.${domain}`, `DKIM on: cPanel signs the mail and publishes default._domainkey.${domain}`),
      apply: uapi('EmailAuth', 'enable_dkim', { domain }),
      undo: uapi('EmailAuth', 'disable_dkim', { domain }),
      undoNote: null,
      needsWhm: false,
    },
  };
}

function dmarcAction(finding: Finding, snapshot: AccountSnapshot): FixPlan {
  const domain = finding.subject.name.toLowerCase();
  const record = finding.fix?.record;
  const zone = zoneFor(snapshot, domain);
  if (record === undefined || record.type !== 'TXT' || record.name.toLowerCase() !== `_dmarc.${domain}` || zone === null) return none(finding, noActionReason(finding));
  const change = { zone, name: record.name.toLowerCase(), family: 'dmarc' as const };
  return {
    kind: 'action',
    action: {
      kind: 'dmarc',
      findingId: finding.id,
      subject: finding.subject,
      severity: finding.severity,
      title: loc(`Voeg een DMARC-record toe voor ${domain}`, `Add a DMARC record for ${domain}`),
      before: loc(`geen DMARC-record op ${change.name}`, `no DMARC record at ${change.name}`),
      after: loc(record.value, record.value),
      apply: { kind: 'zone-txt', change: { ...change, from: null, to: record.value } },
      undo: { kind: 'zone-txt', change: { ...change, from: record.value, to: null } },
      undoNote: null,
      needsWhm: false,
    },
  };
}

function planFor(finding: Finding, snapshot: AccountSnapshot, canCallWhm: boolean): FixPlan {
  const s = finding.subject;
  if (finding.outsideAccount === true) return none(finding, noActionReason({ ...finding, fix: finding.fix && { ...finding.fix, actor: 'other-side' } }));
  switch (finding.id) {
    case 'routing-local-mx-elsewhere':
      return s.kind === 'domain' ? routingAction(finding, snapshot, 'remote') : none(finding, noActionReason(finding));
    case 'routing-remote-mx-here':
      return s.kind === 'domain' ? routingAction(finding, snapshot, 'local') : none(finding, noActionReason(finding));
    case 'outgoing-held':
    case 'outgoing-suspended':
      if (s.kind === 'account') return s.name === snapshot.user ? accountAction(finding, snapshot, canCallWhm) : none(finding, noActionReason(finding));
      // The finding names the mailbox the log shows; when the whole account is held or suspended, releasing the mailbox changes nothing.
      if (accountFlagOn(finding, snapshot)) return accountAction(finding, snapshot, canCallWhm);
      return mailboxAction(finding, snapshot);
    case 'incoming-suspended':
    case 'login-suspended':
    case 'mailbox-over-quota':
      return mailboxAction(finding, snapshot);
    case 'spf-invalid':
      return s.kind === 'domain' && ownDomain(snapshot, s.name) ? spfAction(finding, snapshot) : none(finding, noActionReason(finding));
    case 'dkim-invalid':
      return s.kind === 'domain' && ownDomain(snapshot, s.name) ? dkimAction(finding, snapshot) : none(finding, noActionReason(finding));
    case 'dmarc-missing':
      return s.kind === 'domain' && ownDomain(snapshot, s.name) ? dmarcAction(finding, snapshot) : none(finding, noActionReason(finding));
    default:
      return none(finding, noActionReason(finding));
  }
}

/**
 * The plan for one finding of an audit. A finding nested under a root cause
 * ("this causes …") is fixed by fixing that cause, so it gets the cause's plan.
 */
export function planFix(findings: readonly Finding[], snapshot: AccountSnapshot, request: FixRequest, options: { readonly canCallWhm: boolean }): FixPlan {
  const id = request.findingId.trim();
  const all = problems(findings).filter((p) => p.finding.id === id);
  const wanted = request.subject?.trim().toLowerCase();
  const matching = wanted === undefined || wanted === '' ? all : all.filter((p) => p.finding.subject.name.toLowerCase() === wanted);
  const subjects = [...new Set(all.map((p) => p.finding.subject.name))];
  if (matching.length === 0) {
    return {
      kind: 'not-found',
      findingId: id,
      subjects,
      reason:
        all.length === 0
          ? loc(`Deze audit vond geen probleem "${id}" voor dit account.`, `This audit found no problem "${id}" for this account.`)
          : loc(`"${id}" gaat hier over: ${subjects.join(', ')}. Noem er één.`, `"${id}" is about: ${subjects.join(', ')} here. Name one.`),
    };
  }
  const distinct = [...new Set(matching.map((p) => p.finding.subject.name))];
  if (distinct.length > 1) {
    return { kind: 'not-found', findingId: id, subjects, reason: loc(`"${id}" gaat hier over: ${subjects.join(', ')}. Noem er één.`, `"${id}" is about: ${subjects.join(', ')} here. Name one.`) };
  }
  const hit = matching[0] as { finding: Finding; parent: Finding | null };
  const own = planFor(hit.finding, snapshot, options.canCallWhm);
  if (own.kind === 'action' || hit.parent === null) return own;
  const viaCause = planFor(hit.parent, snapshot, options.canCallWhm);
  return viaCause.kind === 'action' ? viaCause : own;
}

/** The call in one line, as a person can repeat it: `UAPI Email::release_outgoing email=…`. */
function describeCall(call: FixCall): string {
  const name = call.api === 'uapi' ? `UAPI ${call.module ?? ''}::${call.func}` : `WHM API 1 ${call.func}`;
  const args = Object.entries(call.args).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [name, ...args].join(' ');
}

/** A step in one line: the call, or the zone edit with what it changes. */
export function describeStep(step: FixStep): string {
  if (step.kind === 'call') return describeCall(step.call);
  const c = step.change;
  const what = c.from === null ? `add TXT ${c.name} ${JSON.stringify(c.to)}` : c.to === null ? `remove TXT ${c.name} ${JSON.stringify(c.from)}` : `edit TXT ${c.name} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`;
  return `UAPI DNS::mass_edit_zone zone=${JSON.stringify(c.zone)} serial=(the zone's current serial) ${what}`;
}

const FIXABLE: Readonly<Record<string, readonly Subject['kind'][]>> = {
  'routing-local-mx-elsewhere': ['domain'],
  'routing-remote-mx-here': ['domain'],
  'outgoing-held': ['mailbox', 'account'],
  'outgoing-suspended': ['mailbox', 'account'],
  'incoming-suspended': ['mailbox'],
  'login-suspended': ['mailbox'],
  'mailbox-over-quota': ['mailbox'],
  'spf-invalid': ['domain'],
  'dkim-invalid': ['domain'],
  'dmarc-missing': ['domain'],
};

/**
 * Whether a finding card may offer "Fix this": a problem of a kind a fix
 * exists for. The preview decides for certain (it reads the account again),
 * and says so when there is nothing to change after all.
 */
export function mayHaveFix(finding: Finding): boolean {
  if (finding.status !== 'problem' || finding.outsideAccount === true) return false;
  return FIXABLE[finding.id]?.includes(finding.subject.kind) === true;
}
