/**
 * What the audit observes about an account, in the core's own words. The
 * cPanel wrappers (src/cpanel) map cPanel's reply shapes onto these types;
 * the checks read only these, so a change to an API wrapper cannot silently
 * change the pure core's contract.
 */

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

/** One domain's Email Routing: what the owner chose, what auto-detection decided, what is in effect. */
export interface EmailRouting {
  readonly domain: string;
  readonly configured: RoutingSetting;
  readonly detected: RoutingMode | null;
  readonly effective: RoutingMode;
  /** The domain is in /etc/localdomains: Exim accepts its mail here. */
  readonly alwaysAccept: boolean;
  readonly mxRecords: readonly { readonly exchange: string; readonly priority: number }[];
}

// ── mailboxes ──────────────────────────────────────────────────────────────

export interface Mailbox {
  readonly email: string;
  readonly user: string;
  readonly domain: string;
  readonly diskUsedBytes: number;
  readonly quotaBytes: number | 'unlimited';
  /** null when the quota is unlimited. */
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
