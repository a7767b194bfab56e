/**
 * What the audit observes about an account, in the core's own words. The
 * cPanel wrappers (src/cpanel) map cPanel's reply shapes onto these types;
 * the checks read only these, so a change to an API wrapper cannot silently
 * change the pure core's contract.
 */

/**
 * A row or field of a reply that did not fit. The rest of the reply still
 * counts; the gap travels with it so the report can say what was left out
 * ("1 of 12 mailboxes had no disk figures") instead of the whole call
 * becoming "could not check".
 */
export interface DataGap {
  /** The call the reply came from, as people can repeat it ("UAPI Email::list_pops_with_disk"). */
  readonly call: string;
  /**
   * row-skipped: the row lacked what it cannot do without (or had a value there this
   *   version cannot read, such as an unknown record type) and was left out;
   * field-missing: a field was absent and a default or "unknown" stands in;
   * field-invalid: a field had a value of the wrong type;
   * value-unknown: a field had a value this version does not know, kept as "unknown".
   */
  readonly kind: 'row-skipped' | 'field-missing' | 'field-invalid' | 'value-unknown';
  /** What the row is about (a mailbox address, a domain, a privilege), when the row says. */
  readonly subject: string | null;
  /** The reply's own field names. */
  readonly fields: readonly string[];
}

/** What a call observed, with the rows and fields that did not fit. */
export interface Observed<T> {
  readonly value: T;
  readonly gaps: readonly DataGap[];
}

/** A value that may not exist on this server (e.g. a function added in a later cPanel version). */
export type Availability<T> =
  | { readonly available: true; readonly value: T }
  | { readonly available: false; readonly reason: string };

// ── domains ────────────────────────────────────────────────────────────────

export type DomainKind = 'main' | 'addon' | 'sub' | 'parked';

export interface AccountDomain {
  readonly domain: string;
  readonly kind: DomainKind;
  readonly documentRoot: string | null;
  readonly ip: string | null;
}

export interface AccountDomains {
  readonly main: AccountDomain;
  readonly addon: readonly AccountDomain[];
  readonly sub: readonly AccountDomain[];
  readonly parked: readonly AccountDomain[];
  /** Every domain, main first: the list a diagnosis walks. */
  readonly all: readonly AccountDomain[];
}

// ── Email Routing ──────────────────────────────────────────────────────────

export type RoutingMode = 'local' | 'remote' | 'secondary';
export type RoutingSetting = 'auto' | RoutingMode;

/**
 * One domain's Email Routing: what the owner chose, what auto-detection
 * decided, what is in effect. A value the server sends that this version
 * does not know is kept as "unknown", never guessed.
 */
export interface EmailRouting {
  readonly domain: string;
  readonly configured: RoutingSetting | 'unknown';
  /** null when the server did not say. */
  readonly detected: RoutingSetting | 'unknown' | null;
  /** From the local/remote/secondary flags; null when the row has none (a domain without MX entries). */
  readonly effective: RoutingMode | null;
  /** The domain is in /etc/localdomains: Exim accepts its mail here. null when the row does not say. */
  readonly alwaysAccept: boolean | null;
  readonly mxRecords: readonly { readonly exchange: string; readonly priority: number }[];
}

// ── mailboxes ──────────────────────────────────────────────────────────────

export interface Mailbox {
  readonly email: string;
  readonly user: string;
  readonly domain: string;
  /** null when the server gave no disk figures for this mailbox. */
  readonly diskUsedBytes: number | null;
  /** null when the server gave no quota for this mailbox. */
  readonly quotaBytes: number | 'unlimited' | null;
  /** null when the quota is unlimited or a figure is missing. */
  readonly diskUsedPercent: number | null;
  readonly suspendedLogin: boolean;
  readonly suspendedIncoming: boolean;
  readonly suspendedOutgoing: boolean;
  readonly holdOutgoing: boolean;
}

// ── forwarders ─────────────────────────────────────────────────────────────

export type ForwardKind = 'address' | 'pipe' | 'fail' | 'blackhole' | 'other';

export interface Forwarder {
  readonly source: string;
  readonly destination: string;
  readonly kind: ForwardKind;
  /** Domain part of an address destination (e.g. gmail.com), lower-cased; null for pipes and the like. */
  readonly destinationDomain: string | null;
}

export interface DomainForwarder {
  readonly domain: string;
  readonly destinationDomain: string;
}

// ── spam and client settings ───────────────────────────────────────────────

export interface SpamSettings {
  readonly spamAssassinEnabled: boolean;
  readonly spamBoxEnabled: boolean;
  readonly autoDeleteEnabled: boolean;
  readonly autoDeleteScore: number | null;
  readonly rewritesSubjects: boolean;
  readonly spamAsAcl: boolean;
}

export interface ClientSettings {
  readonly account: string;
  readonly incoming: { readonly host: string; readonly port: number; readonly service: string; readonly username: string | null };
  readonly outgoing: { readonly host: string; readonly port: number; readonly insecurePort: number | null; readonly username: string | null };
  readonly mailDomain: string | null;
  readonly plaintextAuthenticationAllowed: boolean;
}

// ── Email Deliverability ───────────────────────────────────────────────────

export interface AuthCheck {
  readonly domain: string;
  /** The server's state word, upper-cased (VALID, INVALID, MISSING, MISMATCH, …). */
  readonly state: string;
  readonly valid: boolean;
  /** The server could not evaluate it (state ERROR): never read as "missing". */
  readonly couldNotCheck: boolean;
  /** The record (or mechanisms, for SPF) the server suggests. */
  readonly expected: string | null;
  readonly currentRecords: readonly string[];
  readonly error: string | null;
}

export interface PtrCheck extends AuthCheck {
  readonly ipAddress: string | null;
  readonly helo: string | null;
  readonly ptrNames: readonly string[];
}

// ── a DNS zone as cPanel stores it (for the fixes that edit one) ───────────

/** One record line of a zone file (`DNS::parse_zone`), its name made absolute and lower-cased, its data decoded. */
export interface ZoneLine {
  readonly lineIndex: number;
  readonly name: string;
  readonly type: string;
  readonly ttl: number;
  readonly data: readonly string[];
}

export interface StoredZone {
  readonly zone: string;
  /** The SOA serial `DNS::mass_edit_zone` must be given. */
  readonly serial: string;
  readonly records: readonly ZoneLine[];
}
