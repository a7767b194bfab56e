/**
 * What Mail Doctor learns from DNS, as plain data. The resolver port
 * (`DnsResolver`) is the only way the core asks DNS anything; every answer,
 * including every failure, comes back as a `DnsObservation` value.
 *
 * "There is no such record" (`nxdomain`, `nodata`) and "we could not find out"
 * (`error`) are different outcomes and must stay different all the way to the
 * report: a missing SPF record is a problem for the account owner, a DNS
 * timeout is not evidence of anything.
 */

export type DnsRecordType = 'A' | 'AAAA' | 'MX' | 'CNAME' | 'NS' | 'TXT' | 'PTR' | 'SOA';

interface AddressRecord {
  readonly address: string;
}

export interface MxRecord {
  readonly preference: number;
  /** Lower case, no trailing dot. "" is the null MX of RFC 7505 (the domain accepts no mail). */
  readonly exchange: string;
}

/** CNAME, NS and PTR all point at one domain name. */
interface NameRecord {
  /** Lower case, no trailing dot. */
  readonly name: string;
}

interface TxtRecord {
  /**
   * The character-strings of this one record joined with nothing between
   * them: RFC 7208 §3.3 says an SPF record split in chunks of ≤255 octets is
   * read as their concatenation, without spaces. DKIM (RFC 6376 §3.6.2.2) and
   * DMARC read TXT the same way.
   */
  readonly text: string;
  /** The character-strings as they were on the wire (RFC 1035 §3.3.14). */
  readonly chunks: readonly string[];
}

interface SoaRecord {
  readonly mname: string;
  readonly rname: string;
  readonly serial: number;
  readonly refresh: number;
  readonly retry: number;
  readonly expire: number;
  /** The negative-caching TTL (RFC 2308 §4). */
  readonly minimum: number;
}

interface DnsRecordByType {
  A: AddressRecord;
  AAAA: AddressRecord;
  MX: MxRecord;
  CNAME: NameRecord;
  NS: NameRecord;
  PTR: NameRecord;
  TXT: TxtRecord;
  SOA: SoaRecord;
}

export type DnsRecord<T extends DnsRecordType = DnsRecordType> = DnsRecordByType[T];

/** `not-public`: not asked at all, the server's address is in a special-purpose range (dns/special-ranges.ts). */
type DnsErrorReason = 'timeout' | 'servfail' | 'refused' | 'network' | 'malformed' | 'not-public' | 'other';

export type DnsOutcome<T extends DnsRecordType = DnsRecordType> =
  | {
      readonly kind: 'records';
      readonly records: readonly DnsRecord<T>[];
      /** The smallest TTL of the records returned. */
      readonly ttl?: number;
      /** The AA bit: the answering server is authoritative for the name (RFC 1035 §4.1.1). */
      readonly authoritative?: boolean;
    }
  /** The name does not exist at all (RCODE 3, RFC 1035 §4.1.1; RFC 8020: nor does anything below it). */
  | { readonly kind: 'nxdomain'; readonly authoritative?: boolean }
  /** The name exists but holds no record of this type (RFC 2308 §2.2). */
  | { readonly kind: 'nodata'; readonly authoritative?: boolean }
  /** Nothing is known: the question could not be answered. Never read this as "no record". */
  | { readonly kind: 'error'; readonly reason: DnsErrorReason; readonly detail: string };

export type DnsErrorOutcome = Extract<DnsOutcome, { kind: 'error' }>;

export interface DnsObservation<T extends DnsRecordType = DnsRecordType> {
  /** The name asked for: lower case, no trailing dot. */
  readonly name: string;
  readonly type: T;
  /** The server that answered, or the one asked last when none answered ("IP" or "IP:PORT", IPv6 in brackets). */
  readonly server: string;
  /** When the answer (or the failure) came, ISO 8601. */
  readonly at: string;
  readonly outcome: DnsOutcome<T>;
  /**
   * The aliases the name went through before the records were found, in
   * order: `mail.example.com` → CNAME `mx.host.example` gives
   * `['mx.host.example']`. Absent when the name is not an alias. An MX
   * exchange that is an alias is forbidden by RFC 2181 §10.3, and this is how
   * it shows.
   */
  readonly cnameChain?: readonly string[];
}

/**
 * The DNS port. Implementations never throw or reject for DNS failures
 * (timeouts, SERVFAIL, unreachable servers, garbage on the wire): those are
 * `error` outcomes.
 */
export interface DnsResolver {
  query<T extends DnsRecordType>(name: string, type: T): Promise<DnsObservation<T>>;
}

/** Lower case without the trailing dot: DNS names compare case-insensitively (RFC 4343). */
export function normalizeDnsName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
