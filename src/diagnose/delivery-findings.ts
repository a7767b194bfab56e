/**
 * Turns the grouped delivery records into findings: the knowledge base's
 * explanation and fix for the group, the records as evidence, and — for the
 * text+state diagnoses — a refiner that cross-checks the account and DNS and
 * picks the fix that fits this account (refiners/).
 */
import { explain } from '../kb/explain';
import type { Classification } from '../kb/matcher';
import { LANGS, type Lang, type Localized } from '../kb/types';
import { diagnosis } from '../kb/catalogue';
import { groupEvents, type EventGroup } from './event-groups';
import type { AuditInput, DeliveryEvent, Evidence, Finding, Severity } from './model';
import { REFINERS } from './refiners';

/** Examples kept per group: enough to recognise the messages, not a copy of the log. */
const EXAMPLES_PER_GROUP = 5;

function eventEvidence(event: DeliveryEvent): Evidence {
  return {
    kind: 'event',
    time: event.time,
    outcome: event.outcome,
    sender: event.sender,
    recipient: event.recipient,
    message: event.message,
  };
}

function severityOf(c: Classification): Severity {
  if (c.temporary) return 'warning';
  if (c.actor === 'other-side' || c.actor === undefined) return 'warning';
  return 'critical';
}

function bothLanguages(render: (lang: Lang) => string): Localized<string> {
  return { nl: render('nl'), en: render('en') };
}

/** The finding the knowledge base alone gives for a group. */
function baseFinding(group: EventGroup, input: AuditInput): Finding {
  const newest = group.events[0]!;
  const c = newest.classification!;
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, explain(c, lang, input.profile)])) as Record<Lang, ReturnType<typeof explain>>;
  const times = group.events.map((e) => e.time);
  return {
    id: group.id,
    reason: diagnosis(group.id).reason,
    status: 'problem',
    severity: severityOf(c),
    subject: group.subject,
    title: bothLanguages((lang) => texts[lang].title),
    summary: bothLanguages((lang) => texts[lang].explanation),
    evidence: group.events.slice(0, EXAMPLES_PER_GROUP).map(eventEvidence),
    fix: {
      actor: c.actor ?? 'other-side',
      steps: { nl: texts.nl.fix, en: texts.en.fix },
      links: texts.en.links.map((l) => l.url),
    },
    count: group.events.length,
    firstSeen: Math.min(...times),
    lastSeen: Math.max(...times),
  };
}

export function deliveryFindings(input: AuditInput): Finding[] {
  if (!input.account.events.ok) return [];
  const serverName = input.server.ips.ok ? (input.server.ips.value[0] ?? input.server.hostname) : input.server.hostname;
  return groupEvents(input.account.events.value.events, serverName).map((group) => {
    const base = baseFinding(group, input);
    const refine = REFINERS[group.id];
    return refine === undefined ? base : refine(group, input, base);
  });
}
