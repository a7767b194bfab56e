/**
 * Small builders the DNS refiners share: how a cross-check's evidence and a
 * fitted fix are added to the knowledge base's finding, and how a cross-check
 * that could not be made is said (the base finding stays, with a note — never
 * a guess).
 */
import type { Localized } from '../../kb/types';
import type { EventGroup } from '../event-groups';
import { loc } from '../finding-helpers';
import type { Evidence, Finding, Fix, Severity } from '../model';

export function note(text: Localized<string>): Evidence {
  return { kind: 'note', text };
}

interface Refinement {
  readonly evidence?: readonly Evidence[];
  /** Said after the knowledge base's explanation. */
  readonly summary?: Localized<string>;
  readonly fix?: Fix;
  readonly severity?: Severity;
}

export function refine(base: Finding, r: Refinement): Finding {
  return {
    ...base,
    ...(r.severity !== undefined ? { severity: r.severity } : {}),
    ...(r.summary !== undefined ? { summary: loc(`${base.summary.nl} ${r.summary.nl}`, `${base.summary.en} ${r.summary.en}`) } : {}),
    evidence: [...base.evidence, ...(r.evidence ?? [])],
    ...(r.fix !== undefined ? { fix: r.fix } : {}),
  };
}

/** The base finding, saying why its cross-check could not be made. */
export function crossCheckFailed(base: Finding, cause: Localized<string>, evidence: readonly Evidence[] = []): Finding {
  return refine(base, {
    evidence: [...evidence, note(loc(`De controle van account en DNS kon niet worden gedaan: ${cause.nl}`, `The account and DNS cross-check could not be made: ${cause.en}`))],
  });
}

/** The domain a group is about: what the rule captured from the newest text, else the group's subject. */
export function groupDomain(group: EventGroup): string {
  const captured = group.events[0]?.classification?.captures.domain;
  return (captured ?? group.subject.name).toLowerCase().replace(/\.$/, '');
}

/** Replaces the knowledge base's fix steps, keeping its links. */
export function fixWith(base: Finding, actor: Fix['actor'], steps: Fix['steps'], record?: Fix['record']): Fix {
  return { actor, steps, ...(record !== undefined ? { record } : {}), links: base.fix?.links ?? [] };
}
