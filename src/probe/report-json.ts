/**
 * The JSON form of a probe result (`mail-doctor probe --json`), in one
 * language. Pure.
 */
import type { Evidence } from '../diagnose/model';
import type { Lang } from '../kb/types';
import { certificateNameMatches, chainTrusted } from './certificate';
import { authOffered, cleanLine } from './judge';
import type { HostResult, PortResult, ProbeCheck } from './model';

function evidenceText(e: Evidence, lang: Lang): string {
  switch (e.kind) {
    case 'note':
      return e.text[lang];
    case 'dns':
      return `DNS ${e.type} ${e.name} @${e.server ?? '?'}: ${e.outcome}${e.records.length > 0 ? ` ${e.records.join(', ')}` : ''}`;
    default:
      return JSON.stringify(e);
  }
}

/** What the port showed, shared by every check entry of that port. */
export function portFacts(port: PortResult): Record<string, unknown> {
  const o = port.observation;
  const t = o?.tls ?? null;
  const c = t?.certificate ?? null;
  const afterTls = o === null ? null : o.capabilitiesAfterTls;
  return {
    port: port.port,
    service: port.service,
    address: port.address,
    banner: o?.greeting === null || o === null ? null : o.greeting.map(cleanLine).join('\n'),
    tls:
      t === null
        ? null
        : {
            version: t.version,
            cipher: t.cipher,
            certificate:
              c === null
                ? null
                : { subject: c.subject, altNames: c.altNames, issuer: c.issuer, notBefore: c.notBefore, notAfter: c.notAfter, trusted: chainTrusted(t.chainError), nameMatches: certificateNameMatches(o?.host ?? '', c) },
          },
    auth: o === null ? [] : authOffered(port.service, t !== null ? afterTls : o.capabilitiesBeforeTls),
  };
}

function checkJson(check: ProbeCheck, lang: Lang): Record<string, unknown> {
  return {
    status: check.status,
    id: check.id,
    severity: check.severity,
    title: check.title[lang],
    summary: check.summary[lang],
    evidence: check.evidence.map((e) => evidenceText(e, lang)),
    fix: check.fix === undefined ? null : { actor: check.fix.actor, steps: check.fix.steps[lang], links: check.fix.links },
  };
}

const NO_PORT = { port: null, service: null, address: null, banner: null, tls: null, auth: [] };

/**
 * `{"host", "source", "addresses", "checks": [...]}`: one entry per problem or
 * could-not-check of each port; a port with none has one entry with status
 * "ok" and id null. Checks about the name itself have port null.
 */
export function hostJson(result: HostResult, lang: Lang): Record<string, unknown> {
  const checks: Record<string, unknown>[] = result.checks.map((c) => ({ ...NO_PORT, ...checkJson(c, lang) }));
  for (const port of result.ports) {
    const facts = portFacts(port);
    if (port.checks.length === 0) {
      const o = port.observation;
      const ok = o === null ? [] : [`${o.address}:${o.port} ${o.elapsedMs} ms`];
      checks.push({ ...facts, status: 'ok', id: null, severity: 'info', title: null, summary: null, evidence: ok, fix: null });
    }
    for (const c of port.checks) checks.push({ ...facts, ...checkJson(c, lang) });
  }
  return { host: result.host, source: result.source, addresses: result.addresses, checks };
}
