/** Assembles the report from the audit input and its findings (pure). */
import { diagnose } from '../diagnose/diagnose';
import type { AuditInput } from '../diagnose/model';
import { unreadSources } from '../diagnose/problem-sources';
import { evaluateRequirements } from '../diagnose/requirements/evaluate';
import type { AuditReport } from './audit-report';

export function buildReport(input: AuditInput): AuditReport {
  const events = input.account.events.ok ? input.account.events.value.events : [];
  return {
    user: input.account.user,
    generatedAt: new Date(input.now * 1000).toISOString(),
    window: input.window,
    findings: diagnose(input),
    events: [...events].sort((a, b) => b.time - a.time),
    eventsIncomplete: input.account.events.ok && input.account.events.value.overflowed,
    unreadSources: unreadSources(input),
    ...(input.account.domains.ok ? { domains: input.account.domains.value.all.map((d) => d.domain) } : {}),
    requirements: evaluateRequirements(input),
  };
}
