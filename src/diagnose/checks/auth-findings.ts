/** Turns an authentication assessment of one domain into the finding a check reports. */
import type { DiagnosisId } from '../../kb/catalogue';
import type { Localized } from '../../kb/types';
import { couldNotCheck, loc, ok, problem } from '../finding-helpers';
import type { Finding, Fix, Severity } from '../model';
import type { Assessment } from './auth-state';

interface AuthTexts {
  readonly title: Localized<string>;
  /** Why it matters, after the issues found. */
  readonly consequence: Localized<string>;
  readonly fix: Fix;
  readonly fine: Localized<string>;
}

export function joinIssues(issues: readonly Localized<string>[]): Localized<string> {
  return loc(issues.map((i) => i.nl).join(' '), issues.map((i) => i.en).join(' '));
}

export function assessmentFinding(id: DiagnosisId, severity: Severity, domain: string, a: Assessment, texts: AuthTexts): Finding {
  const subject = { kind: 'domain' as const, name: domain };
  if (a.issues.length > 0) {
    const found = joinIssues(a.issues);
    return problem(id, severity, subject, {
      title: texts.title,
      summary: loc(`${found.nl} ${texts.consequence.nl}`, `${found.en} ${texts.consequence.en}`),
      evidence: a.evidence,
      fix: texts.fix,
    });
  }
  const unknown = a.unknowns[0];
  if (unknown !== undefined) return couldNotCheck(id, subject, unknown, a.evidence);
  return ok(id, subject, texts.fine, a.evidence);
}
