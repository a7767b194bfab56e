/**
 * form-mail-nonexistent-sender: a website (contact form, WordPress, a shop)
 * sends mail with PHP mail() as a sender that does not exist — the cPanel
 * user at the server's hostname, nobody@…, or a made-up address at one of the
 * account's own domains. Receivers that verify senders refuse it, others
 * file it as spam (seed: "Mail vanaf formulier op eigen website: het kan
 * bijvoorbeeld dat het afzender mailadres niet bestaat").
 */
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import { domainOf } from '../event-groups';
import type { AuditInput, DeliveryEvent, Finding, Part, Subject } from '../model';
import { accountDomains, EVENTS_SOURCE, MAILBOXES_SOURCE, FORWARDERS_SOURCE, recordEvidence } from './account-facts';

const ID = 'form-mail-nonexistent-sender';
const MAX_EXAMPLES = 5;

type Why = 'system' | 'nobody' | 'nonexistent';

function localPart(address: string): string {
  return address.slice(0, address.lastIndexOf('@')).toLowerCase();
}

export function checkFormMailSender(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const { events, domains, mailboxes, forwarders } = input.account;
  if (!events.ok) return [couldNotCheck(ID, account, callFailed(events))];
  const user = input.account.user.toLowerCase();
  const systemSender = `${user}@${input.server.hostname.toLowerCase().replace(/\.$/, '')}`;
  const sent = events.value.events.filter((e) => (e.direction === 'outgoing' || e.direction === 'local') && e.sender !== null && e.sender.includes('@'));

  // Whether an address at an own domain exists needs the domain, mailbox and forwarder lists.
  const missing = [domains, mailboxes, forwarders].find((p): p is Extract<Part<unknown>, { ok: false }> => !p.ok);
  const own = accountDomains(input.account);
  const existing = new Set<string>();
  if (mailboxes.ok) for (const m of mailboxes.value) existing.add(m.email.toLowerCase());
  if (forwarders.ok) for (const f of forwarders.value) existing.add(f.source.toLowerCase());
  // The cPanel user's default address at the main domain is a real (system) mailbox.
  if (domains.ok) existing.add(`${user}@${domains.value.main.domain.toLowerCase()}`);

  const flagged = new Map<string, { why: Why; events: DeliveryEvent[] }>();
  let unverifiable = false;
  for (const e of sent) {
    const sender = e.sender!.toLowerCase();
    const domain = domainOf(sender)!;
    let why: Why | null = null;
    if (sender === systemSender) why = 'system';
    else if (localPart(sender) === 'nobody') why = 'nobody';
    else if (own.has(domain) || e.accountDomain?.toLowerCase() === domain) {
      if (missing !== undefined) unverifiable = true;
      else if (!existing.has(sender)) why = 'nonexistent';
    }
    if (why === null) continue;
    const entry = flagged.get(sender) ?? { why, events: [] };
    entry.events.push(e);
    flagged.set(sender, entry);
  }

  const findings: Finding[] = [...flagged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sender, { why, events: list }]) => {
      const sorted = [...list].sort((a, b) => b.time - a.time);
      const domain = domainOf(sender)!;
      const ownDomain = own.has(domain) ? domain : [...own][0] ?? domain;
      const whyText =
        why === 'system'
          ? loc(
              `${sender} is het systeemadres van cPanel-gebruiker ${user} op de servernaam ${input.server.hostname}, geen echte mailbox.`,
              `${sender} is the system address of cPanel user ${user} at the server name ${input.server.hostname}, not a real mailbox.`,
            )
          : why === 'nobody'
            ? loc(`${sender} is het adres van de webserver (nobody), geen echte mailbox.`, `${sender} is the web server's address (nobody), not a real mailbox.`)
            : loc(
                `${sender} hoort bij je eigen domein ${domain}, maar bestaat daar niet als mailbox of doorstuuradres.`,
                `${sender} belongs to your own domain ${domain}, but does not exist there as a mailbox or forwarder.`,
              );
      return problem(ID, 'warning', { kind: 'mailbox', name: sender }, {
        title: loc(`Website verstuurt mail als ${sender}`, `Website sends mail as ${sender}`),
        summary: loc(
          `${sorted.length} bericht(en) gingen weg met afzender ${sender}, waarschijnlijk vanuit een formulier of script op je website. ${whyText.nl} Ontvangende servers weigeren zulke mail of zetten hem bij de spam.`,
          `${sorted.length} message(s) went out with sender ${sender}, most likely from a form or script on your website. ${whyText.en} Receiving servers refuse such mail or file it as spam.`,
        ),
        evidence: [
          accountEvidence(EVENTS_SOURCE, 'sender', sender),
          ...(why === 'nonexistent'
            ? [accountEvidence(`${MAILBOXES_SOURCE} + ${FORWARDERS_SOURCE}`, `${sender} exists`, false)]
            : []),
          ...sorted.slice(0, MAX_EXAMPLES).map(recordEvidence),
        ],
        fix: {
          actor: 'account-owner',
          steps: locSteps(
            [
              `Maak in cPanel > E-mailaccounts een echte mailbox aan voor de website (bijvoorbeeld website@${ownDomain}), of gebruik een bestaande.`,
              `Laat de website via SMTP met die mailbox versturen in plaats van als ${sender}: in WordPress met de plugin WP Mail SMTP, met server ${input.profile.mailServer}, poort ${input.profile.smtpPort} (SSL) en het e-mailadres en wachtwoord van die mailbox.`,
              'Stel in het formulier het adres van de bezoeker in als "Antwoord aan" (Reply-To), niet als afzender.',
            ],
            [
              `In cPanel > Email Accounts, create a real mailbox for the website (for example website@${ownDomain}), or use an existing one.`,
              `Have the website send through SMTP with that mailbox instead of as ${sender}: in WordPress with the WP Mail SMTP plugin, with server ${input.profile.mailServer}, port ${input.profile.smtpPort} (SSL) and that mailbox's address and password.`,
              "Put the visitor's address in the form's Reply-To, not in the sender.",
            ],
          ),
          links: [],
        },
        count: sorted.length,
        firstSeen: Math.min(...sorted.map((e) => e.time)),
        lastSeen: Math.max(...sorted.map((e) => e.time)),
      });
    });

  if (unverifiable && missing !== undefined) findings.push(couldNotCheck(ID, account, callFailed(missing)));
  if (findings.length === 0) {
    findings.push(ok(ID, account, loc('Alle verstuurde mail had een bestaand afzenderadres.', 'All mail sent had an existing sender address.')));
  }
  return findings;
}
