/** What a probe run produces: per host, per port, the observation and its judged checks. */
import type { Evidence, Fix, Severity } from '../diagnose/model';
import type { DnsObservation } from '../dns/types';
import type { DiagnosisId } from '../kb/catalogue';
import type { Localized } from '../kb/types';
import type { ProbeObservation } from './observation';
import type { ProbeService } from './services';

/** One thing wrong, or one thing that could not be found out, on one port (or for the host). */
export interface ProbeCheck {
  readonly id: DiagnosisId;
  readonly status: 'problem' | 'could-not-check';
  readonly severity: Severity;
  readonly title: Localized<string>;
  readonly summary: Localized<string>;
  readonly evidence: readonly Evidence[];
  readonly fix?: Fix;
}

export interface PortResult {
  readonly port: number;
  readonly service: ProbeService;
  /** The address connected to; null when none was (the host did not resolve, or may not be connected to). */
  readonly address: string | null;
  readonly observation: ProbeObservation | null;
  /** Empty when everything checked was fine. */
  readonly checks: readonly ProbeCheck[];
}

/** Where a host name to probe came from: typed by an administrator, the provider profile, or the account. */
export type HostSource = 'command-line' | 'profile' | 'account';

export interface HostResult {
  readonly host: string;
  readonly source: HostSource;
  /** The addresses the name resolved to (A then AAAA). */
  readonly addresses: readonly string[];
  readonly dns: readonly DnsObservation[];
  /** About the name itself: it does not resolve, or points where no one can connect. */
  readonly checks: readonly ProbeCheck[];
  readonly ports: readonly PortResult[];
}
