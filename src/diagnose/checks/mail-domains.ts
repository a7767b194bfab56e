/**
 * Which of the account's domains are mail domains, and whether a name is one
 * of the account's own domains. Main, addon and parked domains can always
 * receive mail in cPanel; a sub-domain only counts when it is used for mail
 * (it has mailboxes or forwarders, or Email Routing holds MX entries for it),
 * so that a sub-domain that only serves a website is not audited as if it
 * should have SPF, DKIM and an MX.
 */
import type { AccountDomain } from '../observations';
import { domainOf } from '../event-groups';
import type { AccountSnapshot, Part } from '../model';

function isMailSubdomain(account: AccountSnapshot, domain: string): boolean {
  const mailboxes = account.mailboxes.ok && account.mailboxes.value.some((m) => m.domain === domain);
  const forwarders = account.forwarders.ok && account.forwarders.value.some((f) => domainOf(f.source) === domain);
  const routing = account.routing.ok && account.routing.value.some((r) => r.domain === domain && r.mxRecords.length > 0);
  return mailboxes || forwarders || routing;
}

/** The mail domains, main first; the failed part when the domain list could not be read. */
export function mailDomains(account: AccountSnapshot): Part<readonly AccountDomain[]> {
  if (!account.domains.ok) return account.domains;
  const all = account.domains.value.all;
  const seen = new Set<string>();
  const result: AccountDomain[] = [];
  for (const d of all) {
    if (seen.has(d.domain)) continue;
    if (d.kind === 'sub' && !isMailSubdomain(account, d.domain)) continue;
    seen.add(d.domain);
    result.push(d);
  }
  return { ok: true, value: result };
}

/** The account's own domain with this name, if it is one (any kind). */
export function ownDomain(account: AccountSnapshot, name: string): AccountDomain | undefined {
  if (!account.domains.ok) return undefined;
  const wanted = name.toLowerCase().replace(/\.$/, '');
  return account.domains.value.all.find((d) => d.domain === wanted);
}

/**
 * The closest account domain that `name` lies under (not `name` itself):
 * where a sub-domain's DMARC policy comes from when it has none of its own.
 */
export function parentOwnDomain(account: AccountSnapshot, name: string): AccountDomain | undefined {
  if (!account.domains.ok) return undefined;
  const candidates = account.domains.value.all.filter((d) => d.kind !== 'sub' && name.endsWith(`.${d.domain}`));
  return candidates.sort((a, b) => b.domain.length - a.domain.length)[0];
}

export function accountSubject(account: AccountSnapshot): { kind: 'account'; name: string } {
  return { kind: 'account', name: account.user };
}
