/**
 * sender-verify-failed: the receiver could not reach the sender address.
 * The seed article names two causes on the own side: the sender address does
 * not exist, or the sender domain's Email Routing is Local while its MX
 * points elsewhere (Microsoft 365, Google Workspace) — then cPanel answers
 * for the domain itself and the outside world cannot verify it.
 */
import { domainOf, type EventGroup } from '../event-groups';
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import type { AuditInput, Evidence, Finding } from '../model';
import { mxList } from '../checks/mail-exchangers';
import { ownDomain } from '../checks/mail-domains';
import { routingMode, routingVerdict } from '../checks/routing-mx';
import type { Refiner } from './refiner';
import { crossCheckFailed, fixWith, note, refine } from './refine-helpers';

function sendersOf(group: EventGroup, domain: string): string[] {
  const senders = group.events.map((e) => (e.classification?.captures.sender ?? e.sender ?? '').toLowerCase());
  return [...new Set(senders.filter((s) => domainOf(s) === domain))];
}

/** Senders with no mailbox and no forwarder; `missing` is absent (with the cause) when that cannot be told. */
function missingSenders(input: AuditInput, domain: string, senders: readonly string[]): { missing?: string[]; evidence: Evidence[]; cause?: ReturnType<typeof loc> } {
  const { mailboxes, forwarders, domainForwarders } = input.account;
  if (!mailboxes.ok) return { evidence: [], cause: callFailed(mailboxes) };
  if (!forwarders.ok) return { evidence: [], cause: callFailed(forwarders) };
  const whole = domainForwarders.ok && domainForwarders.value.some((f) => f.domain === domain);
  const exists = new Set([...mailboxes.value.map((m) => m.email), ...forwarders.value.map((f) => f.source)]);
  const missing = whole ? [] : senders.filter((s) => !exists.has(s));
  const onDomain = mailboxes.value.filter((m) => m.domain === domain).map((m) => m.email);
  return {
    missing,
    evidence: [accountEvidence('UAPI Email::list_pops_with_disk', `mailboxes of ${domain}`, onDomain.join(', ') || '(none)')],
  };
}

/** The routing mode in effect for the domain, or undefined when it cannot be read. */
function routingModeOf(input: AuditInput, domain: string): 'local' | 'remote' | 'secondary' | undefined {
  if (!input.account.routing.ok) return undefined;
  const row = input.account.routing.value.find((r) => r.domain === domain);
  return row === undefined ? undefined : routingMode(row) ?? undefined;
}

/**
 * The sender is the cPanel user at the server's host name: website mail sent
 * with PHP mail() and no sender set. Nobody can verify that address.
 */
function systemSender(input: AuditInput, base: Finding, senders: readonly string[]): Finding {
  const mailbox = input.account.mailboxes.ok ? input.account.mailboxes.value[0]?.email : undefined;
  const who = senders.join(', ') || input.server.hostname;
  const use = mailbox ?? loc('een bestaand e-mailadres van je eigen domein', 'an existing address of your own domain');
  const useNl = typeof use === 'string' ? use : use.nl;
  const useEn = typeof use === 'string' ? use : use.en;
  return refine(base, {
    evidence: [note(loc(`${who} is het systeemadres van de server (${input.server.hostname}), geen mailbox.`, `${who} is the server's system address (${input.server.hostname}), not a mailbox.`))],
    summary: loc(
      `De afzender ${who} is het systeemadres van de server: zo verstuurt een website- of scriptformulier mail zonder ingesteld afzenderadres, en dat adres kan niemand controleren.`,
      `The sender ${who} is the server's system address: that is how a website form or script sends mail without a sender address set, and nobody can verify that address.`,
    ),
    fix: fixWith(
      base,
      'account-owner',
      locSteps(
        [`Laat je website via SMTP versturen met een bestaand e-mailaccount als afzender, bijvoorbeeld ${useNl} (in WordPress met een plug-in als WP Mail SMTP).`, 'Verstuur het bericht daarna opnieuw.'],
        [`Have your website send through SMTP with an existing email account as sender, for example ${useEn} (in WordPress with a plug-in such as WP Mail SMTP).`, 'Then send the message again.'],
      ),
    ),
  });
}

export const refineSenderVerifyFailed: Refiner = (group, input, base) => {
  const domain = group.subject.name;
  if (!input.account.domains.ok) return crossCheckFailed(base, callFailed(input.account.domains));
  if (domain === input.server.hostname.toLowerCase()) return systemSender(input, base, sendersOf(group, domain));
  if (ownDomain(input.account, domain) === undefined) {
    return refine(base, {
      evidence: [note(loc(`${domain} is geen domein van dit account; de afzender moet zijn eigen adres of DNS in orde maken.`, `${domain} is not a domain of this account; the sender must fix their own address or DNS.`))],
    });
  }
  const verdict = routingVerdict(input, domain);
  const senders = sendersOf(group, domain);
  // Whether a sender exists can only be seen here when the domain's mail lives here.
  const hostedHere = verdict.kind !== 'local-mx-elsewhere' && routingModeOf(input, domain) === 'local';
  const existence = hostedHere ? missingSenders(input, domain, senders) : { evidence: [] };
  const missing = existence.missing ?? [];
  const senderStepNl = `Verstuur vanaf een adres dat bestaat: ${missing.join(', ')} is geen mailbox of doorstuuradres. Maak het aan in E-mailaccounts of Doorstuuradressen, of gebruik een bestaand adres (ook in formulieren en scripts van je website).`;
  const senderStepEn = `Send from an address that exists: ${missing.join(', ')} is no mailbox or forwarder. Create it in Email Accounts or Forwarders, or use an existing address (in your website's forms and scripts too).`;

  if (verdict.kind === 'local-mx-elsewhere' || verdict.kind === 'remote-mx-here') {
    const names = mxList(verdict.hosts);
    const local = verdict.kind === 'local-mx-elsewhere';
    const nl = [
      local
        ? `Zet in cPanel E-mailroutering de routering voor ${domain} op "Remote Mail Exchanger": de MX wijst naar ${names}, dus daar staat je mail, niet op deze server.`
        : `Zet in cPanel E-mailroutering de routering voor ${domain} op "Local Mail Exchanger": de MX (${names}) wijst naar deze server.`,
      ...(missing.length > 0 ? [senderStepNl] : []),
      'Verstuur het bericht daarna opnieuw.',
    ];
    const en = [
      local
        ? `In cPanel Email Routing set the routing for ${domain} to "Remote Mail Exchanger": the MX points to ${names}, so that is where your mail lives, not on this server.`
        : `In cPanel Email Routing set the routing for ${domain} to "Local Mail Exchanger": the MX (${names}) points to this server.`,
      ...(missing.length > 0 ? [senderStepEn] : []),
      'Then send the message again.',
    ];
    return refine(base, {
      evidence: [...verdict.evidence, ...existence.evidence],
      summary: local
        ? loc(`Hier is de oorzaak gevonden: de E-mailroutering van ${domain} staat op lokaal, terwijl de MX naar ${names} wijst.`, `The cause was found here: the Email Routing of ${domain} is Local while the MX points to ${names}.`)
        : loc(`Hier is de oorzaak gevonden: de E-mailroutering van ${domain} staat op extern, terwijl de MX naar deze server wijst.`, `The cause was found here: the Email Routing of ${domain} is Remote while the MX points to this server.`),
      fix: fixWith(base, 'account-owner', locSteps(nl, en)),
    });
  }
  if (missing.length > 0) {
    return refine(base, {
      evidence: [...verdict.evidence, ...existence.evidence],
      summary: loc(`${missing.join(', ')} bestaat niet op dit account, dus antwoorden en controles naar dat adres lopen dood.`, `${missing.join(', ')} does not exist on this account, so replies and checks to that address go nowhere.`),
      fix: fixWith(base, 'account-owner', locSteps([senderStepNl, 'Verstuur het bericht daarna opnieuw.'], [senderStepEn, 'Then send the message again.'])),
    });
  }
  const unknown = verdict.kind === 'unknown' ? verdict.cause : existence.cause;
  if (unknown !== undefined) return crossCheckFailed(base, unknown, [...verdict.evidence, ...existence.evidence]);
  const checked = hostedHere
    ? loc(`De afzender bestaat en de E-mailroutering van ${domain} past bij de MX.`, `The sender exists and the Email Routing of ${domain} matches its MX.`)
    : loc(
        `De E-mailroutering van ${domain} past bij de MX; de mailboxen staan niet op deze server, dus of de afzender bestaat is hier niet te zien.`,
        `The Email Routing of ${domain} matches its MX; the mailboxes are not on this server, so whether the sender exists cannot be seen here.`,
      );
  return refine(base, { evidence: [...verdict.evidence, ...existence.evidence, ...(verdict.kind === 'fine' ? [note(checked)] : [])] });
};
