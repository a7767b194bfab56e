/**
 * RFC 7208 §4.6.4 counted the way a receiver counts: every include, a, mx,
 * ptr, exists and redirect costs one DNS look-up, the includes' and the
 * redirect's own records included, and more than 10 make the whole check a
 * permerror; look-ups that find nothing ("void") are limited to 2. Walked
 * over the TXT answers the collector gathered (diagnose/dns-plan.ts asks the
 * targets round by round), so this stays pure; the walk also tells the plan
 * which targets it still needs. A loop is cut where it closes.
 */
import type { DnsObservation } from '../../dns/types';
import { dnsKey } from '../model';
import { isSpfRecord, spfTerms } from '../checks/spf-record';

interface SpfLookupCount {
  /** Look-ups counted, up to where the walk could go. */
  readonly count: number;
  /** Include or redirect targets that answered "no such name" or "no record". */
  readonly voids: number;
  /** Targets whose TXT answer is not among the gathered ones (yet): the count is then at least `count`. */
  readonly missing: readonly string[];
  /** Targets whose look-up failed (timeout, SERVFAIL): the count is then at least `count`. */
  readonly failed: readonly string[];
  /** Targets that include a record already on the path. */
  readonly loops: readonly string[];
  /** Each followed target with the look-ups its own record costs, for the evidence. */
  readonly steps: readonly { readonly name: string; readonly lookups: number }[];
}

const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);
/** Beyond this many look-ups the walk stops: the verdict is already "too many". */
const STOP_AFTER = 50;

function termParts(term: string): { name: string; target: string | undefined } {
  const body = '+-~?'.includes(term[0] ?? '') ? term.slice(1) : term;
  const redirect = /^redirect=(.+)$/i.exec(body);
  if (redirect !== null) return { name: 'redirect', target: redirect[1] };
  const m = /^([a-z0-9_.-]+)(?::([^/]+))?/i.exec(body);
  return { name: (m?.[1] ?? '').toLowerCase(), target: m?.[2] };
}

function txtOf(observations: ReadonlyMap<string, DnsObservation>, name: string): DnsObservation | undefined {
  return observations.get(dnsKey('TXT', name));
}

export function countSpfLookups(observations: ReadonlyMap<string, DnsObservation>, domain: string): SpfLookupCount {
  let count = 0;
  let voids = 0;
  const missing: string[] = [];
  const failed: string[] = [];
  const loops: string[] = [];
  const steps: { name: string; lookups: number }[] = [];

  const walk = (name: string, path: readonly string[], top: boolean): void => {
    if (count > STOP_AFTER) return;
    const obs = txtOf(observations, name);
    if (obs === undefined) {
      missing.push(name);
      return;
    }
    if (obs.outcome.kind === 'error') {
      failed.push(name);
      return;
    }
    const records = obs.outcome.kind === 'records' ? (obs.outcome.records as readonly { text: string }[]).map((r) => r.text).filter(isSpfRecord) : [];
    if (records.length !== 1) {
      if (!top && (obs.outcome.kind === 'nxdomain' || obs.outcome.kind === 'nodata')) voids++;
      return;
    }
    const terms = spfTerms(records[0]!);
    const hasAll = terms.some((t) => /^[+\-~?]?all$/i.test(t));
    const before = count;
    const targets: string[] = [];
    for (const term of terms) {
      const { name: mech, target } = termParts(term);
      if (mech === 'redirect') {
        // RFC 7208 §6.1: a redirect next to an "all" is never used.
        if (hasAll || target === undefined) continue;
        count++;
        targets.push(target);
      } else if (LOOKUP_MECHANISMS.has(mech)) {
        count++;
        if (mech === 'include' && target !== undefined) targets.push(target);
      }
    }
    if (!top) steps.push({ name, lookups: count - before });
    for (const raw of targets) {
      const target = raw.toLowerCase().replace(/\.$/, '');
      // A macro (%{i} …) is expanded per message; it cannot be followed from here.
      if (target.includes('%')) continue;
      if (path.includes(target)) {
        loops.push(target);
        continue;
      }
      walk(target, [...path, target], false);
    }
  };
  const start = domain.toLowerCase().replace(/\.$/, '');
  walk(start, [start], true);
  return { count, voids, missing, failed, loops, steps };
}
