/**
 * Gathers everything the audit needs for one account: its mail set-up from
 * cPanel, its recent delivery records, and the live DNS of its domains.
 * The only I/O of the audit; independent calls run concurrently with a bound.
 * Every failure is kept as a value (a failed Part, a DNS error outcome).
 */
import { getDomains } from '../cpanel/domains';
import { getClientSettings } from '../cpanel/client-settings';
import { validateDkim, validateDmarc, validatePtr, validateSpf } from '../cpanel/email-auth';
import { listEmailRouting } from '../cpanel/email-routing';
import { listDomainForwarders, listForwarders } from '../cpanel/forwarders';
import type { CpanelGateway } from '../cpanel/gateway';
import { listMailboxes } from '../cpanel/mailboxes';
import { getSpamSettings } from '../cpanel/spam-settings';
import { searchDeliveriesAsRoot, searchDeliveriesAsUser, type DeliveryRecord, type DeliverySearch } from '../cpanel/track-delivery';
import { getUserInformation } from '../cpanel/account-info';
import { listAccounts } from '../cpanel/whm-accounts';
import type { ProviderProfile } from '../config/provider-profile';
import type { DnsResolver } from '../dns/types';
import type { AccountLimits, AccountSnapshot, AuditInput, AuditWindow, Part, ServerFacts } from '../diagnose/model';
import type { Observed } from '../diagnose/observations';
import type { Classifier } from '../kb/matcher';
import { collectDns, type AuthoritativeResolverFactory } from './collect-dns';
import { toDeliveryEvent } from './delivery-events';
import { createLimiter } from '../util/limiter';
import { settle } from './settle';

export interface CollectOptions {
  /** Bound to the account (a cPanel token, LiveAPI, or WHM/CLI with `account`). */
  readonly gateway: CpanelGateway;
  readonly user: string;
  readonly window: AuditWindow;
  readonly now: number;
  readonly resolver: DnsResolver;
  /** Asks one authoritative nameserver directly (for MX propagation); absent: that check cannot run. */
  readonly authoritative?: AuthoritativeResolverFactory;
  readonly profile: ProviderProfile;
  readonly classifier: Classifier;
  readonly serverHostname: string;
  /** Track Delivery cap per record type (cPanel's maximum is 5000). */
  readonly maxRecordsPerType?: number;
  /** Calls in flight at once, towards cPanel and towards DNS. */
  readonly concurrency?: number;
  /**
   * Reads delivery records from somewhere else than Track Delivery (Exim's
   * main log, for root); given the account's domains once they are known.
   */
  readonly deliverySource?: { readonly name: string; read(domains: readonly string[], window: AuditWindow): AsyncIterable<DeliveryRecord> };
}

const DEFAULT_MAX_RECORDS = 5000;

function mailDomains(snapshotDomains: AccountSnapshot['domains']): string[] {
  if (!snapshotDomains.ok) return [];
  const d = snapshotDomains.value;
  return [d.main, ...d.addon, ...d.parked, ...d.sub].map((x) => x.domain);
}

async function collectLimits(gateway: CpanelGateway, user: string): Promise<AccountLimits> {
  if (gateway.canCallWhm) {
    const [account] = await listAccounts(gateway, { search: user, searchType: 'user', searchMethod: 'exact' });
    if (account === undefined) throw new Error(`WHM listaccts does not show the account ${user}`);
    return {
      maxEmailsPerHour: account.maxEmailPerHour,
      maxDeferFailPercentage: account.maxDeferFailPercentage,
      minDeferFailToTrigger: account.minDeferFailToTriggerProtection === 'unlimited' ? 5 : account.minDeferFailToTriggerProtection,
      outgoingMailHold: account.outgoingMailHold,
      outgoingMailSuspended: account.outgoingMailSuspended,
    };
  }
  const info = (await getUserInformation(gateway)).value;
  return {
    maxEmailsPerHour: info.maxEmailsPerHour,
    maxDeferFailPercentage: info.maxDeferFailPercentage,
    // Not visible to the user; cPanel's default (WHM Tweak Settings) is 5.
    minDeferFailToTrigger: 5,
    outgoingMailHold: null,
    outgoingMailSuspended: null,
  };
}

export async function collectAccount(options: CollectOptions): Promise<AuditInput> {
  const { gateway, user, window } = options;
  const concurrency = options.concurrency ?? 4;
  const limit = createLimiter(concurrency);
  const run = <T>(call: string, step: () => Promise<T>): Promise<Part<T>> => limit(() => settle(call, step));
  /** A call read row by row: its gaps travel with the part. */
  const observe = async <T>(call: string, step: () => Promise<Observed<T>>): Promise<Part<T>> => withGaps(await run(call, step));
  const trackCall = gateway.canCallWhm ? 'WHM API 1 emailtrack_search' : 'cPanel API 2 EmailTrack::search';
  const source = options.deliverySource;

  const [domains, routing, mailboxes, spam, info, limits, deliveries] = await Promise.all([
    run('UAPI DomainInfo::domains_data', () => getDomains(gateway)),
    observe('UAPI Email::list_mxs', () => listEmailRouting(gateway)),
    observe('UAPI Email::list_pops_with_disk', () => listMailboxes(gateway)),
    observe('UAPI Email::get_spam_settings', () => getSpamSettings(gateway)),
    observe('UAPI Variables::get_user_information', () => getUserInformation(gateway)),
    run(gateway.canCallWhm ? 'WHM API 1 listaccts' : 'UAPI Variables::get_user_information', () => collectLimits(gateway, user)),
    run(source?.name ?? trackCall, async (): Promise<DeliverySearch> => {
      if (source !== undefined) {
        const records: DeliveryRecord[] = [];
        const domainsPart = await settle('UAPI DomainInfo::domains_data', () => getDomains(gateway));
        if (!domainsPart.ok) throw new Error(`the account's domains are unknown: ${domainsPart.error}`);
        for await (const r of source.read(domainsPart.value.all.map((d) => d.domain), window)) records.push(r);
        return { records, overflowed: false, gaps: [] };
      }
      const query = {
        since: window.since,
        until: window.until,
        types: { success: true, defer: true, failure: true, inprogress: false },
        maxResultsByType: options.maxRecordsPerType ?? DEFAULT_MAX_RECORDS,
      };
      return gateway.canCallWhm ? searchDeliveriesAsRoot(gateway, user, query) : searchDeliveriesAsUser(gateway, query);
    }),
  ]);

  const names = mailDomains(domains);
  const firstMailbox = mailboxes.ok ? mailboxes.value[0]?.email : undefined;
  const [forwarders, domainForwarders, spf, dkim, ptr, dmarc, clientSettings] = await Promise.all([
    // `domain` is required by the docs: one call per domain of the account.
    domains.ok ? observe('UAPI Email::list_forwarders', () => perDomain(names, concurrency, (d) => listForwarders(gateway, d))) : Promise.resolve(domains),
    domains.ok ? observe('UAPI Email::list_domain_forwarders', () => perDomain(names, concurrency, (d) => listDomainForwarders(gateway, d))) : Promise.resolve(domains),
    domains.ok ? observe('UAPI EmailAuth::validate_current_spfs', () => validateSpf(gateway, names)) : Promise.resolve(domains),
    domains.ok ? observe('UAPI EmailAuth::validate_current_dkims', () => validateDkim(gateway, names)) : Promise.resolve(domains),
    domains.ok ? observe('UAPI EmailAuth::validate_current_ptrs', () => validatePtr(gateway, names)) : Promise.resolve(domains),
    domains.ok ? observe('UAPI EmailAuth::validate_current_dmarcs', () => validateDmarc(gateway, names)) : Promise.resolve(domains),
    firstMailbox === undefined
      ? Promise.resolve<Part<null>>({ ok: true, value: null })
      : run('UAPI Email::get_client_settings', () => getClientSettings(gateway, firstMailbox)),
  ]);

  const events: AccountSnapshot['events'] = deliveries.ok
    ? withGaps({
        ok: true,
        value: {
          value: {
            events: deliveries.value.records.map((r) => toDeliveryEvent(r, user, options.classifier)),
            overflowed: deliveries.value.overflowed,
          },
          gaps: deliveries.value.gaps,
        },
      })
    : deliveries;

  const account: AccountSnapshot = {
    user,
    contactEmail: info.ok ? info.value.contactEmail : null,
    locale: info.ok ? info.value.locale : null,
    domains,
    routing,
    mailboxes,
    forwarders: forwarders as AccountSnapshot['forwarders'],
    domainForwarders: domainForwarders as AccountSnapshot['domainForwarders'],
    spam,
    clientSettings,
    spf: spf as AccountSnapshot['spf'],
    dkim: dkim as AccountSnapshot['dkim'],
    ptr: ptr as AccountSnapshot['ptr'],
    dmarc: dmarc as AccountSnapshot['dmarc'],
    limits,
    events,
  };

  const server: ServerFacts = { hostname: options.serverHostname, ips: serverIps(account) };
  const dns = await collectDns({
    account,
    server,
    resolver: options.resolver,
    ...(options.authoritative === undefined ? {} : { authoritative: options.authoritative }),
    profile: options.profile,
    concurrency,
  });
  return { account, server, dns, window, now: options.now, profile: options.profile };
}

/** Moves a row-by-row reply's gaps onto its part (a part without gaps carries none). */
function withGaps<T>(part: Part<Observed<T>>): Part<T> {
  if (!part.ok) return part;
  return part.value.gaps.length > 0 ? { ok: true, value: part.value.value, gaps: part.value.gaps } : { ok: true, value: part.value.value };
}

/**
 * One call per domain, at most `concurrency` at once (its own bound: the
 * outer limiter holds a slot for the whole step), rows and gaps joined in
 * domain order.
 */
async function perDomain<T>(
  domains: readonly string[],
  concurrency: number,
  call: (domain: string) => Promise<Observed<T[]>>,
): Promise<Observed<T[]>> {
  const limit = createLimiter(concurrency);
  const parts = await Promise.all(domains.map((domain) => limit(() => call(domain))));
  return { value: parts.flatMap((p) => p.value), gaps: parts.flatMap((p) => p.gaps) };
}

/**
 * The addresses this account's mail leaves from: what cPanel's PTR validation
 * names, else the IPs of its domains.
 */
function serverIps(account: AccountSnapshot): Part<readonly string[]> {
  const ips = new Set<string>();
  if (account.ptr.ok) for (const p of account.ptr.value) if (p.ipAddress !== null) ips.add(p.ipAddress);
  if (ips.size === 0 && account.domains.ok) for (const d of account.domains.value.all) if (d.ip !== null) ips.add(d.ip);
  if (ips.size > 0) return { ok: true, value: [...ips] };
  if (!account.ptr.ok) return account.ptr;
  if (!account.domains.ok) return account.domains;
  return { ok: false, call: 'UAPI EmailAuth::validate_current_ptrs', error: 'cPanel named no IP address for this account' };
}
