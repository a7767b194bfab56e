/**
 * What the audit works on and what it produces. Collected once at the edge
 * (collect/), then every check is a pure function of an `AuditInput`.
 *
 * Every piece of account state is a `Part`: it either arrived, or the call
 * that should have brought it failed — and then the checks that need it say
 * `could-not-check` naming that call, never "ok" and never "missing". A part
 * that arrived may carry gaps: single rows or fields that did not fit, which
 * the checks name in their evidence while judging everything else.
 */
import type { AccountDomains, DataGap, AuthCheck, Availability, ClientSettings, DomainForwarder, EmailRouting, Forwarder, Mailbox, PtrCheck, SpamSettings } from './observations';
import type { ProviderProfile } from '../config/provider-profile';
import type { BlocklistResult } from '../dns/blocklist';
import type { DnsObservation, DnsRecordType } from '../dns/types';
import type { DiagnosisId, Reason } from '../kb/catalogue';
import type { Classification } from '../kb/matcher';
import type { Actor, Localized } from '../kb/types';

export type Part<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** Rows or fields of the reply that did not fit and were skipped or defaulted; absent or empty when everything fitted. */
      readonly gaps?: readonly DataGap[];
    }
  | { readonly ok: false; readonly error: string; readonly call: string };

export type Outcome = 'delivered' | 'deferred' | 'failed' | 'rejected' | 'in-progress' | 'filtered' | 'archived';
export type Direction = 'outgoing' | 'incoming' | 'local';

/** One Track Delivery record (or Exim log line), parsed and classified. */
export interface DeliveryEvent {
  /** Unix seconds of the delivery attempt (or arrival when there is none). */
  readonly time: number;
  readonly outcome: Outcome;
  readonly direction: Direction;
  readonly sender: string | null;
  readonly recipient: string | null;
  readonly message: string;
  readonly router: string | null;
  readonly transport: string | null;
  readonly remoteHost: string | null;
  readonly remoteIp: string | null;
  readonly messageId: string | null;
  readonly senderAuth: string | null;
  readonly senderHost: string | null;
  readonly spamScore: number | null;
  /** The cPanel domain the message was sent from (Track Delivery `domain`). */
  readonly accountDomain: string | null;
  /** Set for failures, deferrals and rejections; delivered mail is not classified. */
  readonly classification: Classification | null;
}

/** The account's limits, from WHM `listaccts` (root) or UAPI user information (as the user). */
export interface AccountLimits {
  readonly maxEmailsPerHour: number | 'unlimited';
  readonly maxDeferFailPercentage: number | 'unlimited';
  /** cPanel only blocks a domain once this many defers+failures happened in the hour. */
  readonly minDeferFailToTrigger: number;
  readonly outgoingMailHold: boolean | null;
  readonly outgoingMailSuspended: boolean | null;
}

export interface AccountSnapshot {
  readonly user: string;
  readonly contactEmail: string | null;
  readonly locale: string | null;
  readonly domains: Part<AccountDomains>;
  readonly routing: Part<readonly EmailRouting[]>;
  readonly mailboxes: Part<readonly Mailbox[]>;
  readonly forwarders: Part<readonly Forwarder[]>;
  readonly domainForwarders: Part<readonly DomainForwarder[]>;
  readonly spam: Part<SpamSettings>;
  readonly clientSettings: Part<ClientSettings | null>;
  readonly spf: Part<readonly AuthCheck[]>;
  readonly dkim: Part<readonly AuthCheck[]>;
  readonly ptr: Part<readonly PtrCheck[]>;
  readonly dmarc: Part<Availability<readonly AuthCheck[]>>;
  readonly limits: Part<AccountLimits>;
  readonly events: Part<{ readonly events: readonly DeliveryEvent[]; readonly overflowed: boolean }>;
}

export interface ServerFacts {
  readonly hostname: string;
  /** The IPs the server sends mail from. */
  readonly ips: Part<readonly string[]>;
}

/** DNS answers gathered for the audit, keyed by `dnsKey(type, name)`. A key that is absent was not looked up. */
export interface DnsFacts {
  readonly observations: ReadonlyMap<string, DnsObservation>;
  /** MX answers of each mail domain as each of its authoritative nameservers gives them. */
  readonly authoritativeMx: ReadonlyMap<string, readonly DnsObservation<'MX'>[]>;
  readonly blocklists: readonly BlocklistResult[];
}

export function dnsKey(type: DnsRecordType, name: string): string {
  return `${type} ${name.toLowerCase().replace(/\.$/, '')}`;
}

export interface AuditWindow {
  /** Unix seconds. */
  readonly since: number;
  readonly until: number;
}

export interface AuditInput {
  readonly account: AccountSnapshot;
  readonly server: ServerFacts;
  readonly dns: DnsFacts;
  readonly window: AuditWindow;
  /** Unix seconds; the clock is an input like everything else. */
  readonly now: number;
  readonly profile: ProviderProfile;
}

export type FindingStatus = 'problem' | 'ok' | 'could-not-check';
export type Severity = 'critical' | 'warning' | 'info';

export interface Subject {
  readonly kind: 'account' | 'domain' | 'mailbox' | 'forwarder' | 'message' | 'server';
  readonly name: string;
}

/** What a finding is based on, with the values, so a person can verify it. */
export type Evidence =
  | {
      readonly kind: 'event';
      readonly time: number;
      readonly outcome: Outcome;
      readonly sender: string | null;
      readonly recipient: string | null;
      readonly message: string;
    }
  | { readonly kind: 'account'; readonly source: string; readonly field: string; readonly value: string }
  | {
      readonly kind: 'dns';
      readonly name: string;
      readonly type: DnsRecordType;
      readonly server: string | null;
      /** "records", "nxdomain", "nodata", or "error: timeout" … */
      readonly outcome: string;
      readonly records: readonly string[];
    }
  | { readonly kind: 'blocklist'; readonly zone: string; readonly ip: string; readonly status: string; readonly codes: readonly string[]; readonly meaning: string | null }
  | { readonly kind: 'note'; readonly text: Localized<string> };

/** A DNS record the owner should publish, exactly as it must be entered. */
export interface RecordToPublish {
  readonly name: string;
  readonly type: DnsRecordType;
  readonly value: string;
}

export interface Fix {
  readonly actor: Actor;
  readonly steps: Localized<readonly string[]>;
  readonly record?: RecordToPublish;
  /** Further records the same fix needs, in the order to publish them (the MX after its host's A record). */
  readonly moreRecords?: readonly RecordToPublish[];
  readonly links: readonly string[];
}

export interface Finding {
  readonly id: DiagnosisId;
  readonly reason: Reason;
  readonly status: FindingStatus;
  readonly severity: Severity;
  readonly subject: Subject;
  readonly title: Localized<string>;
  /** One or two sentences: what is wrong here, with the real names. */
  readonly summary: Localized<string>;
  readonly evidence: readonly Evidence[];
  readonly fix?: Fix;
  /** For grouped delivery records: how many there were, and the time span. */
  readonly count?: number;
  readonly firstSeen?: number;
  readonly lastSeen?: number;
  /**
   * Set when the cause lies with someone else (the sender of mail *to* the
   * account): shown as "nothing for you to do", never counted as the
   * account's problem.
   */
  readonly outsideAccount?: boolean;
  /**
   * Delivery findings this finding is the root cause of: their records are
   * shown under it ("these 14 bounces are caused by this"), not as a card
   * of their own, and they are not counted again.
   */
  readonly explains?: readonly Finding[];
  /**
   * Set on a finding that is one root cause made of several findings (the
   * mail authentication of one domain: its SPF, DKIM and DMARC findings),
   * with what groups them. Each part keeps its id, evidence and fix; the
   * whole is one card, counted once, at the highest severity of its parts.
   */
  readonly parts?: readonly Finding[];
  readonly rootCause?: RootCauseGroup;
}

/** A finding with the findings nested in it: the delivery findings it explains and the parts of its root cause. */
export function withNested(f: Finding): readonly Finding[] {
  return [f, ...(f.explains ?? []), ...(f.parts ?? [])];
}

/** What makes several findings one root cause: their kind, and the domain they are about. */
export interface RootCauseGroup {
  readonly kind: 'authentication';
  readonly domain: string;
}

/** A check: one diagnosis (or a few close ones), pure. */
export type Check = (input: AuditInput) => readonly Finding[];
