/**
 * forwarder-breaks-spf: a forwarder passes mail on to an outside provider
 * with the original sender, and that provider's SPF check fails (seed: "Dan is
 * er sprake van dat je een automatische forwarder aan hebt staan naar een
 * mailbox elders"). The audit finds the forwarder — the one to the refusing
 * address, else one to the refusing provider, else any to outside — so the
 * fix can name it.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import { domainOf } from '../event-groups';
import type { Evidence } from '../model';
import type { DomainForwarder, Forwarder } from '../observations';
import {
  accountDomains,
  DOMAIN_FORWARDERS_SOURCE,
  domainForwarderText,
  findMailbox,
  FORWARDERS_SOURCE,
  forwarderText,
} from '../checks/account-facts';
import type { Refiner } from './refiner';

/** Domains of one mail provider: a refusal from one of them points at a forwarder to any of them. */
const PROVIDER_FAMILIES: readonly (readonly string[])[] = [
  ['gmail.com', 'googlemail.com'],
  ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.nl', 'live.nl', 'outlook.nl', 'hotmail.co.uk', 'live.co.uk'],
  ['yahoo.com', 'ymail.com', 'yahoo.co.uk', 'rocketmail.com'],
  ['icloud.com', 'me.com', 'mac.com'],
];

function sameProvider(a: string, b: string): boolean {
  if (a === b) return true;
  return PROVIDER_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

export const refineForwarderBreaksSpf: Refiner = (group, input, base) => {
  const { forwarders, domainForwarders, mailboxes } = input.account;
  const links = base.fix?.links ?? [];
  const own = accountDomains(input.account);
  const evidence: Evidence[] = [...base.evidence];
  if (!forwarders.ok) evidence.push({ kind: 'note', text: callFailed(forwarders) });
  if (!domainForwarders.ok) evidence.push({ kind: 'note', text: callFailed(domainForwarders) });
  if (!forwarders.ok && !domainForwarders.ok) return { ...base, evidence };

  const recipients = new Set(group.events.map((e) => e.recipient?.toLowerCase()).filter((r): r is string => r !== undefined));
  const refusing = new Set([group.subject.name, ...[...recipients].map((r) => domainOf(r)).filter((d): d is string => d !== null)]);
  const outside = (forwarders.ok ? forwarders.value : []).filter(
    (f) => f.kind === 'address' && f.destinationDomain !== null && !own.has(f.destinationDomain),
  );
  const outsideDomains = (domainForwarders.ok ? domainForwarders.value : []).filter((f) => !own.has(f.destinationDomain));

  const exact = outside.filter((f) => recipients.has(f.destination.trim().toLowerCase()));
  const provider = outside.filter((f) => [...refusing].some((d) => sameProvider(f.destinationDomain!, d)));
  const chosen: Forwarder[] = exact.length > 0 ? exact : provider.length > 0 ? provider : outside;
  const chosenDomains: DomainForwarder[] = outsideDomains.filter((f) => [...refusing].some((d) => sameProvider(f.destinationDomain, d)));
  const domainCandidates = chosenDomains.length > 0 ? chosenDomains : exact.length + provider.length === 0 ? outsideDomains : [];

  if (chosen.length === 0 && domainCandidates.length === 0) {
    evidence.push({
      kind: 'note',
      text: loc(
        'Op dit account staat geen doorstuuradres naar een externe provider. Misschien is het al verwijderd, of stuurt een filter of de mailbox zelf de mail door.',
        'This account has no forwarder to an outside provider. It may have been removed already, or a filter or the mailbox itself forwards the mail.',
      ),
    });
    return { ...base, evidence };
  }

  const names = [...chosen.map(forwarderText), ...domainCandidates.map(domainForwarderText)];
  evidence.push(...chosen.map((f) => accountEvidence(FORWARDERS_SOURCE, 'forwarder to an outside provider', forwarderText(f))));
  evidence.push(...domainCandidates.map((f) => accountEvidence(DOMAIN_FORWARDERS_SOURCE, 'domain forwarder to an outside domain', domainForwarderText(f))));
  // Fetching by POP/IMAP needs a mailbox to log in to; a bare forwarder address has none.
  const withoutMailbox = mailboxes.ok ? chosen.filter((f) => findMailbox(mailboxes.value, f.source) === undefined).map((f) => f.source) : [];
  const server = input.profile.mailServer;
  const list = names.join('; ');

  return {
    ...base,
    summary: loc(`${base.summary.nl} Het doorstuuradres: ${list}.`, `${base.summary.en} The forwarder: ${list}.`),
    evidence,
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Verwijder in cPanel > E-mail > Doorstuuradressen: ${list}.`,
          ...(withoutMailbox.length > 0
            ? [`Maak in cPanel > E-mailaccounts een mailbox aan voor ${withoutMailbox.join(', ')}, zodat de mail daar blijft staan.`]
            : []),
          `Laat de externe mailbox de mail ophalen via POP3 of IMAP (in Gmail: "Mail uit andere accounts ophalen") met server ${server}, poort ${input.profile.pop3Port} (POP3) of ${input.profile.imapPort} (IMAP) en het adres en wachtwoord van de mailbox hier; of lees je mail in een mailprogramma of de webmail.`,
          'Vraag de afzender het geweigerde bericht zo nodig opnieuw te sturen; het staat wel al in je mailbox op deze server.',
        ],
        [
          `In cPanel > Email > Forwarders, delete: ${list}.`,
          ...(withoutMailbox.length > 0 ? [`In cPanel > Email Accounts, create a mailbox for ${withoutMailbox.join(', ')} so the mail stays there.`] : []),
          `Have the outside mailbox fetch the mail through POP3 or IMAP (in Gmail: "Check mail from other accounts") with server ${server}, port ${input.profile.pop3Port} (POP3) or ${input.profile.imapPort} (IMAP) and the address and password of the mailbox here; or read your mail in a mail program or webmail.`,
          'Ask the sender to send the refused message again if needed; it is already in your mailbox on this server.',
        ],
      ),
      links,
    },
  };
};
