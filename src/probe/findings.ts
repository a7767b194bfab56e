/**
 * Probe results as audit findings (pure): each problem and could-not-check
 * of a port or a name becomes a finding about that server and port; a port
 * where everything was fine becomes one "ok" finding that says what we saw.
 */
import type { Finding } from '../diagnose/model';
import { cleanLine } from './judge';
import type { HostResult, ProbeCheck } from './model';
import { portName } from './words';
import { diagnosis } from '../kb/catalogue';

function toFinding(check: ProbeCheck, subjectName: string): Finding {
  return {
    id: check.id,
    reason: diagnosis(check.id).reason,
    status: check.status,
    severity: check.severity,
    subject: { kind: 'server', name: subjectName },
    title: check.title,
    summary: check.summary,
    evidence: check.evidence,
    ...(check.fix === undefined ? {} : { fix: check.fix }),
  };
}

export function probeFindings(results: readonly HostResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const host of results) {
    for (const c of host.checks) findings.push(toFinding(c, host.host));
    for (const port of host.ports) {
      const subject = `${host.host}:${port.port}`;
      for (const c of port.checks) findings.push(toFinding(c, subject));
      const o = port.observation;
      if (port.checks.length > 0 || o === null) continue;
      const pn = portName(port.port, port.service);
      const greeting = cleanLine(o.greeting?.[0] ?? '');
      findings.push({
        id: 'mail-port-closed',
        reason: diagnosis('mail-port-closed').reason,
        status: 'ok',
        severity: 'info',
        subject: { kind: 'server', name: subject },
        title: { nl: 'In orde', en: 'OK' },
        summary: {
          nl: `We maakten zojuist verbinding met ${host.host} op ${pn.nl} en kregen "${greeting}"${o.tls === null ? '' : ` over ${o.tls.version}`}.`,
          en: `We connected to ${host.host} on ${pn.en} just now and got "${greeting}"${o.tls === null ? '' : ` over ${o.tls.version}`}.`,
        },
        evidence: [],
      });
    }
  }
  return findings;
}
