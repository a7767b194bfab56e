/**
 * Asks DNS what the audit's plan (diagnose/dns-plan.ts) needs, in two rounds,
 * plus each mail domain's own nameservers for its MX (to see a change that
 * has not spread yet) and the server's IPs on the profile's blocklists.
 * Failures stay in the observations as error outcomes.
 */
import type { ProviderProfile } from '../config/provider-profile';
import { checkBlocklist, type BlocklistResult } from '../dns/blocklist';
import { CachingResolver } from '../dns/caching-resolver';
import type { DnsObservation, DnsResolver } from '../dns/types';
import { firstRound, secondRound, spfRound, type DnsQuestion } from '../diagnose/dns-plan';
import { dnsKey, type AccountSnapshot, type DnsFacts, type ServerFacts } from '../diagnose/model';
import { createLimiter } from '../util/limiter';

/** A resolver that asks only the nameserver at this IP, without recursion. */
export type AuthoritativeResolverFactory = (nameserverIp: string) => DnsResolver;

interface CollectDnsOptions {
  readonly account: AccountSnapshot;
  readonly server: ServerFacts;
  readonly resolver: DnsResolver;
  readonly authoritative?: AuthoritativeResolverFactory;
  readonly profile: ProviderProfile;
  readonly concurrency: number;
}

/**
 * The SPF walk's rounds (include inside include …) stop after this many or
 * this long: RFC 7208 allows 10 look-ups, so a deeper chain is already wrong,
 * and a slow chain of nameservers must not hold up the whole audit.
 */
const SPF_MAX_ROUNDS = 11;
const SPF_DEADLINE_MS = 15_000;

/** Nameservers asked per domain for the propagation check: two disagreeing is enough to tell. */
const NAMESERVERS_PER_DOMAIN = 3;

export async function collectDns(options: CollectDnsOptions): Promise<DnsFacts> {
  const resolver = new CachingResolver(options.resolver);
  const limit = createLimiter(options.concurrency);
  const observations = new Map<string, DnsObservation>();

  const ask = async (questions: readonly DnsQuestion[]): Promise<void> => {
    const fresh = questions.filter((q) => !observations.has(dnsKey(q.type, q.name)));
    const answers = await Promise.all(fresh.map((q) => limit(() => resolver.query(q.name, q.type))));
    for (const answer of answers) observations.set(dnsKey(answer.type, answer.name), answer);
  };

  await ask(firstRound(options.account, options.server));
  await ask(secondRound(options.account, observations));
  const spfStarted = Date.now();
  for (let round = 0; round < SPF_MAX_ROUNDS && Date.now() - spfStarted < SPF_DEADLINE_MS; round++) {
    const next = spfRound(options.account, observations);
    if (next.length === 0) break;
    await ask(next);
  }

  const authoritativeMx = new Map<string, DnsObservation<'MX'>[]>();
  if (options.authoritative !== undefined) {
    const factory = options.authoritative;
    const domains = [...observations.values()].filter((o) => o.type === 'NS' && o.outcome.kind === 'records');
    await Promise.all(
      domains.map(async (ns) => {
        if (ns.outcome.kind !== 'records') return;
        const names = (ns.outcome.records as Array<{ name: string }>).map((r) => r.name).slice(0, NAMESERVERS_PER_DOMAIN);
        const answers: DnsObservation<'MX'>[] = [];
        for (const name of names) {
          const address = await limit(() => resolver.query(name, 'A'));
          if (address.outcome.kind !== 'records') continue;
          const ip = (address.outcome.records[0] as { address: string } | undefined)?.address;
          if (ip === undefined) continue;
          answers.push(await limit(() => factory(ip).query(ns.name, 'MX')));
        }
        authoritativeMx.set(ns.name, answers);
      }),
    );
  }

  const blocklists: BlocklistResult[] = [];
  if (options.server.ips.ok) {
    const checks = options.server.ips.value.flatMap((ip) => options.profile.blocklists.map((zone) => ({ ip, zone })));
    blocklists.push(...(await Promise.all(checks.map(({ ip, zone }) => limit(() => checkBlocklist(resolver, ip, zone))))));
  }
  return { observations, authoritativeMx, blocklists };
}
