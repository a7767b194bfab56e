/**
 * Small look-ups in the account snapshot that several account checks and
 * refiners share: which domains are the account's, which addresses exist,
 * how a mailbox's disk use reads. cPanel's own call names are the evidence
 * sources, so a person can repeat the look-up.
 */
import type { DomainForwarder, Forwarder, Mailbox } from '../observations';
import type { AccountSnapshot, DeliveryEvent, Evidence } from '../model';

export const MAILBOXES_SOURCE = 'UAPI Email::list_pops_with_disk';
export const FORWARDERS_SOURCE = 'UAPI Email::list_forwarders';
export const DOMAIN_FORWARDERS_SOURCE = 'UAPI Email::list_domain_forwarders';
export const SPAM_SOURCE = 'UAPI Email::get_spam_settings';
export const CLIENT_SETTINGS_SOURCE = 'UAPI Email::get_client_settings';
export const EVENTS_SOURCE = 'Track Delivery (EmailTrack::search)';

/**
 * The account's domains, lower-cased. When the domain list did not arrive, the
 * domains of its mailboxes and forwarders still are the account's: a smaller
 * set, never a wrong one.
 */
export function accountDomains(account: AccountSnapshot): Set<string> {
  const names = new Set<string>();
  if (account.domains.ok) for (const d of account.domains.value.all) names.add(d.domain.toLowerCase());
  if (account.mailboxes.ok) for (const m of account.mailboxes.value) names.add(m.domain.toLowerCase());
  if (account.forwarders.ok) for (const f of account.forwarders.value) {
    const at = f.source.lastIndexOf('@');
    if (at > 0) names.add(f.source.slice(at + 1).toLowerCase());
  }
  if (account.domainForwarders.ok) for (const f of account.domainForwarders.value) names.add(f.domain.toLowerCase());
  return names;
}

export function findMailbox(mailboxes: readonly Mailbox[], address: string | null): Mailbox | undefined {
  if (address === null) return undefined;
  const a = address.toLowerCase();
  return mailboxes.find((m) => m.email.toLowerCase() === a);
}

/** cPanel shows mailbox sizes in MB of 1024×1024 bytes. */
export function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return `${mb >= 100 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** "12 MB / 1024 MB (1.2%)"; a figure cPanel did not give reads "?". */
export function diskUseText(m: Mailbox): string {
  const used = m.diskUsedBytes === null ? '?' : megabytes(m.diskUsedBytes);
  if (m.quotaBytes === 'unlimited') return `${used} / unlimited`;
  if (m.quotaBytes === null) return `${used} / ?`;
  const pct = m.quotaBytes > 0 && m.diskUsedBytes !== null ? Math.round((m.diskUsedBytes / m.quotaBytes) * 1000) / 10 : null;
  return `${used} / ${megabytes(m.quotaBytes)}${pct === null ? '' : ` (${pct}%)`}`;
}

/** Whether cPanel gave both disk figures for the mailbox. */
export function hasDiskFigures(m: Mailbox): m is Mailbox & { diskUsedBytes: number; quotaBytes: number | 'unlimited' } {
  return m.diskUsedBytes !== null && m.quotaBytes !== null;
}

export function forwarderText(f: Forwarder): string {
  return `${f.source} → ${f.destination}`;
}

export function domainForwarderText(f: DomainForwarder): string {
  return `${f.domain} → ${f.destinationDomain}`;
}

/** The program a pipe forwarder runs: "|/home/u/ticket.php" → "/home/u/ticket.php". */
export function pipeProgram(destination: string): string {
  return destination.trim().replace(/^"?\|\s*/, '').replace(/"$/, '').trim();
}

/**
 * A delivery record as evidence (the same shape delivery-findings.ts gives);
 * kept here so the refiners need not import the module that imports them.
 */
export function recordEvidence(event: DeliveryEvent): Evidence {
  return { kind: 'event', time: event.time, outcome: event.outcome, sender: event.sender, recipient: event.recipient, message: event.message };
}
