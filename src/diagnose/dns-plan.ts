/**
 * Which DNS questions the audit asks for an account, decided from the
 * collected account state (pure). The collector asks them in rounds: the
 * first round's answers (MX hosts, PTR names) decide the second round.
 *
 * Round one: for every mail domain MX, A, NS, SPF (TXT), _dmarc, the DKIM
 * key and A of mail.<domain>; PTR of every server IP; and for the remote
 * domains named in delivery failures whose refiners look at DNS, their MX/A
 * (recipients), NS (senders without nameservers) or SPF/DMARC (senders
 * refused on authentication) — capped, most frequent first. Round two: the
 * addresses of every MX host found, and the forward look-up of every PTR
 * name (forward-confirmed reverse DNS). Then, round by round, the TXT
 * records of the SPF include and redirect targets (spfRound), so the core can
 * count the look-ups RFC 7208 §4.6.4 limits.
 */
import { reverseLookupName, unmapIPv4 } from '../dns/reverse-name';
import type { DnsObservation, DnsRecordType } from '../dns/types';
import type { DiagnosisId } from '../kb/catalogue';
import { mailDomains } from './checks/mail-domains';
import { DKIM_SELECTOR } from './checks/auth-state';
import { domainOf } from './event-groups';
import { dnsKey, type AccountSnapshot, type ServerFacts } from './model';
import { countSpfLookups } from './requirements/spf-lookups';

export interface DnsQuestion {
  readonly type: DnsRecordType;
  readonly name: string;
}

/** At most this many remote domains from the delivery log: enough for the refiners, not a DNS flood. */
export const MAX_REMOTE_DOMAINS = 50;

const RECIPIENT_DOMAIN_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>([
  'recipient-domain-not-found',
  'recipient-null-mx',
  'unrouteable-address',
  'cloudflare-mx',
  'mx-invalid-record',
]);
const SENDER_NS_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['sender-domain-no-nameservers']);
/** Sender domains whose SPF/DKIM/DMARC the authentication refiners show. */
const SENDER_AUTH_IDS: ReadonlySet<DiagnosisId> = new Set<DiagnosisId>(['gmail-unauthenticated', 'dmarc-reject']);

class QuestionList {
  private readonly seen = new Set<string>();
  readonly questions: DnsQuestion[] = [];

  add(type: DnsRecordType, rawName: string): void {
    const name = rawName.trim().toLowerCase().replace(/\.$/, '');
    if (name === '') return;
    const key = dnsKey(type, name);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.questions.push({ type, name });
  }
}

function mailDomainQuestions(list: QuestionList, domain: string): void {
  list.add('MX', domain);
  list.add('A', domain);
  list.add('NS', domain);
  list.add('TXT', domain);
  list.add('TXT', `_dmarc.${domain}`);
  list.add('TXT', `${DKIM_SELECTOR}._domainkey.${domain}`);
  // The conventional mail host. The MX hosts of a change that has not spread
  // yet are only known from the authoritative answers, which come after the
  // rounds; this is the host such a change nearly always points to.
  list.add('A', `mail.${domain}`);
}

/** Remote domains named in classified delivery failures, most frequent first. */
function remoteDomains(account: AccountSnapshot, own: ReadonlySet<string>): { domain: string; need: 'recipient' | 'sender-ns' | 'sender-auth' }[] {
  if (!account.events.ok) return [];
  const counts = new Map<string, { count: number; need: 'recipient' | 'sender-ns' | 'sender-auth' }>();
  for (const event of account.events.value.events) {
    const id = event.classification?.id;
    if (id === undefined) continue;
    const pick = RECIPIENT_DOMAIN_IDS.has(id)
      ? { domain: event.classification?.captures.domain ?? domainOf(event.recipient), need: 'recipient' as const }
      : SENDER_NS_IDS.has(id)
        ? { domain: event.classification?.captures.domain ?? domainOf(event.sender), need: 'sender-ns' as const }
        : SENDER_AUTH_IDS.has(id)
          ? { domain: domainOf(event.sender), need: 'sender-auth' as const }
          : undefined;
    if (pick === undefined || pick.domain === null || pick.domain === undefined || own.has(pick.domain)) continue;
    const key = `${pick.need} ${pick.domain}`;
    const entry = counts.get(key) ?? { count: 0, need: pick.need };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([key, v]) => ({ domain: key.slice(key.indexOf(' ') + 1), need: v.need }));
}

export function firstRound(account: AccountSnapshot, server: ServerFacts): DnsQuestion[] {
  const list = new QuestionList();
  const domains = mailDomains(account);
  const own = new Set<string>();
  if (domains.ok) {
    for (const d of domains.value) {
      own.add(d.domain);
      mailDomainQuestions(list, d.domain);
    }
  }
  if (server.ips.ok) {
    for (const ip of server.ips.value) {
      const name = reverseLookupName(unmapIPv4(ip.trim()));
      if (name !== undefined) list.add('PTR', name);
    }
    // The mail host name's own addresses: a PTR fix must not move it away from the server's main IP.
    list.add('A', server.hostname);
    list.add('AAAA', server.hostname);
  }
  const remote = remoteDomains(account, own);
  const chosen = new Set<string>();
  for (const { domain, need } of remote) {
    if (!chosen.has(domain)) {
      if (chosen.size >= MAX_REMOTE_DOMAINS) continue;
      chosen.add(domain);
    }
    if (need === 'recipient') {
      list.add('MX', domain);
      list.add('A', domain);
    } else if (need === 'sender-ns') {
      list.add('NS', domain);
    } else {
      list.add('TXT', domain);
      list.add('TXT', `_dmarc.${domain}`);
    }
  }
  return list.questions;
}

function isMx(o: DnsObservation): o is DnsObservation<'MX'> {
  return o.type === 'MX';
}

function isPtr(o: DnsObservation): o is DnsObservation<'PTR'> {
  return o.type === 'PTR';
}

export function secondRound(account: AccountSnapshot, answers: ReadonlyMap<string, DnsObservation>): DnsQuestion[] {
  void account;
  const list = new QuestionList();
  for (const answer of answers.values()) {
    if (isMx(answer) && answer.outcome.kind === 'records') {
      for (const record of answer.outcome.records) {
        if (record.exchange === '') continue;
        list.add('A', record.exchange);
        list.add('AAAA', record.exchange);
      }
    } else if (isPtr(answer) && answer.outcome.kind === 'records') {
      // A reverse name under ip6.arpa is confirmed with AAAA, one under in-addr.arpa with A.
      const type = answer.name.endsWith('.ip6.arpa') ? 'AAAA' : 'A';
      for (const record of answer.outcome.records) list.add(type, record.name);
    }
  }
  return list.questions.filter((q) => !answers.has(dnsKey(q.type, q.name)));
}

/** Include and redirect targets asked per round at most: a record with more is over the limit long before. */
const MAX_SPF_TARGETS_PER_ROUND = 40;

/**
 * The next round of the SPF walk: the TXT records of the include and
 * redirect targets the mail domains' SPF records reach and that are not
 * gathered yet (RFC 7208 §4.6.4 counts their look-ups too). Empty when the
 * walk is complete; the collector asks round after round until then, or
 * until its deadline.
 */
export function spfRound(account: AccountSnapshot, answers: ReadonlyMap<string, DnsObservation>): DnsQuestion[] {
  const domains = mailDomains(account);
  if (!domains.ok) return [];
  const list = new QuestionList();
  for (const d of domains.value) {
    for (const name of countSpfLookups(answers, d.domain).missing) {
      if (list.questions.length >= MAX_SPF_TARGETS_PER_ROUND) break;
      list.add('TXT', name);
    }
  }
  return list.questions.filter((q) => !answers.has(dnsKey(q.type, q.name)));
}
