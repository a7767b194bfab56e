/**
 * Email Routing against the live MX (routing-local-mx-elsewhere,
 * routing-remote-mx-here). With routing Local, Exim delivers mail for the
 * domain into the mailboxes here, also mail sent from this server (website
 * forms, colleagues) — while the rest of the world delivers to where the MX
 * points. With routing Remote, Exim sends the domain's mail away and refuses
 * it as a destination, while the MX brings it here. Either way mail is lost
 * or bounces, and receivers' sender verification fails (seed article).
 */
import type { AccountDomain, EmailRouting, RoutingMode } from '../observations';
import { skippedRows } from '../data-gaps';
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, Evidence, Finding, Subject } from '../model';
import { currentMailExchangers, mxList, type MailTarget } from './mail-exchangers';
import { accountSubject, mailDomains } from './mail-domains';
import { isThisServer, serverAddressEvidence, thisServerAddresses } from './this-server';

const LOCAL = 'routing-local-mx-elsewhere';
const REMOTE = 'routing-remote-mx-here';
const SOURCE = 'UAPI Email::list_mxs';

function isMode(value: string | null): value is RoutingMode {
  return value === 'local' || value === 'remote' || value === 'secondary';
}

/**
 * What the routing does now: the owner's choice, else what auto-detection
 * decided, else the flags of the mode in effect; null when the row says none
 * of these (a row without flags, a value this version does not know).
 */
export function routingMode(row: EmailRouting): RoutingMode | null {
  if (isMode(row.configured)) return row.configured;
  if (isMode(row.detected)) return row.detected;
  return row.effective;
}

function routingEvidence(row: EmailRouting): Evidence[] {
  return [
    accountEvidence(SOURCE, `${row.domain} mxcheck`, row.configured),
    ...(isMode(row.configured) ? [] : [accountEvidence(SOURCE, `${row.domain} detected`, row.detected ?? row.effective ?? 'none')]),
  ];
}

type RoutingVerdict =
  | { readonly kind: 'fine'; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'local-mx-elsewhere'; readonly hosts: readonly MailTarget[]; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'remote-mx-here'; readonly hosts: readonly MailTarget[]; readonly evidence: readonly Evidence[] }
  | { readonly kind: 'unknown'; readonly cause: ReturnType<typeof loc>; readonly evidence: readonly Evidence[] }
  /** Nothing to compare: no routing row, secondary routing, no MX that resolves. */
  | { readonly kind: 'not-applicable'; readonly evidence: readonly Evidence[] };

/** Compares one domain's routing with where its MX points. Used by the check and by refiners. */
export function routingVerdict(input: AuditInput, domain: string): RoutingVerdict {
  const routing = input.account.routing;
  if (!routing.ok) return { kind: 'unknown', cause: callFailed(routing), evidence: [] };
  const row = routing.value.find((r) => r.domain === domain);
  if (row === undefined && skippedRows(routing).length > 0) {
    return {
      kind: 'unknown',
      cause: loc(
        `Het antwoord van ${SOURCE} had geen leesbare regel voor ${domain}: een of meer regels konden niet worden gelezen.`,
        `The reply of ${SOURCE} had no readable row for ${domain}: one or more rows could not be read.`,
      ),
      evidence: [],
    };
  }
  if (row === undefined) return { kind: 'not-applicable', evidence: [] };
  const mode = routingMode(row);
  const base = routingEvidence(row);
  if (mode === null) {
    return {
      kind: 'unknown',
      cause: loc(
        `De regel van cPanel's E-mailroutering voor ${domain} (${SOURCE}) noemt geen routering: geen keuze, geen gedetecteerde modus en geen local/remote/secondary-vlaggen.`,
        `cPanel's Email Routing row for ${domain} (${SOURCE}) names no routing: no choice, no detected mode and no local/remote/secondary flags.`,
      ),
      evidence: base,
    };
  }
  if (mode === 'secondary') return { kind: 'not-applicable', evidence: base };
  const mail = currentMailExchangers(input, domain);
  const evidence = [...base, ...mail.evidence];
  if (mail.kind === 'unknown') return { kind: 'unknown', cause: mail.cause, evidence };
  if (mail.kind !== 'targets') return { kind: 'not-applicable', evidence };
  const local = thisServerAddresses(input);
  if (!local.ok) return { kind: 'unknown', cause: callFailed(local), evidence };
  const withServer = [...evidence, serverAddressEvidence(local.value)];
  const here = mail.targets.filter((t) => isThisServer(t.resolution, local.value));
  const elsewhere = mail.targets.filter((t) => t.resolution.kind === 'resolved' && !isThisServer(t.resolution, local.value));
  const unknown = mail.targets.flatMap((t) => (t.resolution.kind === 'unknown' ? [t.resolution] : []))[0];
  if (mode === 'remote') {
    if (here.length > 0) return { kind: 'remote-mx-here', hosts: here, evidence: withServer };
  } else {
    if (here.length > 0) return { kind: 'fine', evidence: withServer };
    // A host that could not be resolved might be this server: no verdict.
    if (unknown === undefined && elsewhere.length > 0) return { kind: 'local-mx-elsewhere', hosts: elsewhere, evidence: withServer };
    // MX hosts without any address are mx-missing's to report.
    if (unknown === undefined) return { kind: 'not-applicable', evidence: withServer };
  }
  if (unknown !== undefined) return { kind: 'unknown', cause: unknown.cause, evidence: withServer };
  return { kind: 'fine', evidence: withServer };
}

function localMxElsewhereFinding(domain: string, hosts: readonly MailTarget[], evidence: readonly Evidence[]): Finding {
  const names = mxList(hosts);
  return problem(LOCAL, 'critical', { kind: 'domain', name: domain }, {
    title: loc(
      `E-mailroutering van ${domain} staat op lokaal, maar de MX wijst naar ${names}`,
      `Email Routing for ${domain} is Local, but the MX points to ${names}`,
    ),
    summary: loc(
      `Mail voor ${domain} van buitenaf gaat naar ${names}, niet naar deze server. Toch levert deze server mail voor ${domain} (bijvoorbeeld van je website of collega's) af in de mailboxen hier, waar niemand hem leest, en andere servers kunnen je afzenderadres niet controleren.`,
      `Mail for ${domain} from outside goes to ${names}, not to this server. Yet this server delivers mail for ${domain} (for example from your website or colleagues) into the mailboxes here, where nobody reads it, and other servers cannot verify your sender address.`,
    ),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Open in cPanel E-mailroutering, kies ${domain} en zet de routering op "Remote Mail Exchanger" (externe mailserver): je mail staat bij ${names}.`,
          `Moeten de mailboxen juist op deze server staan? Laat dan de MX van ${domain} naar deze server wijzen (mail.${domain}) in plaats van naar ${names}.`,
        ],
        [
          `In cPanel open Email Routing, choose ${domain} and set the routing to "Remote Mail Exchanger": your mail is hosted at ${names}.`,
          `Should the mailboxes be on this server instead? Then point the MX of ${domain} to this server (mail.${domain}) instead of ${names}.`,
        ],
      ),
      links: [],
    },
  });
}

function remoteMxHereFinding(domain: string, hosts: readonly MailTarget[], evidence: readonly Evidence[]): Finding {
  const names = mxList(hosts);
  return problem(REMOTE, 'critical', { kind: 'domain', name: domain }, {
    title: loc(
      `E-mailroutering van ${domain} staat op extern, maar de MX wijst naar deze server`,
      `Email Routing for ${domain} is Remote, but the MX points to this server`,
    ),
    summary: loc(
      `De MX van ${domain} (${names}) brengt de mail naar deze server, maar omdat de routering op "Remote Mail Exchanger" staat neemt deze server die mail niet aan voor de mailboxen hier: ze wordt geweigerd of doorgestuurd naar een server die er niets mee doet.`,
      `The MX of ${domain} (${names}) brings the mail to this server, but because the routing is "Remote Mail Exchanger" this server does not accept it for the mailboxes here: it is refused or sent on to a server that does nothing with it.`,
    ),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Open in cPanel E-mailroutering, kies ${domain} en zet de routering op "Local Mail Exchanger" (lokale mailserver).`,
          `Staat je mail echt bij een andere provider? Laat dan de MX van ${domain} naar die provider wijzen in plaats van naar ${names}.`,
        ],
        [
          `In cPanel open Email Routing, choose ${domain} and set the routing to "Local Mail Exchanger".`,
          `Is your mail really hosted by another provider? Then point the MX of ${domain} to that provider instead of ${names}.`,
        ],
      ),
      links: [],
    },
  });
}

function domainFindings(input: AuditInput, d: AccountDomain): Finding[] {
  const subject: Subject = { kind: 'domain', name: d.domain };
  const verdict = routingVerdict(input, d.domain);
  // Report an undecided or passed check under the diagnosis that applies to the routing set.
  const row = input.account.routing.ok ? input.account.routing.value.find((r) => r.domain === d.domain) : undefined;
  const id = row !== undefined && routingMode(row) === 'remote' ? REMOTE : LOCAL;
  switch (verdict.kind) {
    case 'local-mx-elsewhere':
      return [localMxElsewhereFinding(d.domain, verdict.hosts, verdict.evidence)];
    case 'remote-mx-here':
      return [remoteMxHereFinding(d.domain, verdict.hosts, verdict.evidence)];
    case 'unknown':
      return [couldNotCheck(id, subject, verdict.cause, verdict.evidence)];
    case 'fine':
      return [
        ok(id, subject, loc(`De E-mailroutering van ${d.domain} past bij de MX.`, `The Email Routing of ${d.domain} matches its MX.`), verdict.evidence),
      ];
    case 'not-applicable':
      return [];
  }
}

export function checkRoutingMx(input: AuditInput): Finding[] {
  const domains = mailDomains(input.account);
  if (!domains.ok) return [couldNotCheck(LOCAL, accountSubject(input.account), callFailed(domains))];
  if (!input.account.routing.ok) return [couldNotCheck(LOCAL, accountSubject(input.account), callFailed(input.account.routing))];
  return domains.value.flatMap((d) => domainFindings(input, d));
}
