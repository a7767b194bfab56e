/**
 * The rows about the domain's own authentication: SPF, DKIM, DMARC and
 * alignment. SPF, DKIM and a missing DMARC record are judged by the same
 * assessments as the audit's findings (checks/auth-state.ts), so a row that
 * is not met names that finding; what those findings do not judge — a weak
 * key, a malformed DMARC record, no report address — is judged here.
 */
import type { SenderRequirements } from '../../config/sender-requirements';
import type { Localized } from '../../kb/types';
import { assessDkim, assessDmarc, assessSpf, DKIM_SELECTOR, tagList, type Assessment } from '../checks/auth-state';
import { reportAddress } from '../checks/dmarc';
import { isSpfRecord, spfTerms } from '../checks/spf-record';
import { dnsAnswer, loc } from '../finding-helpers';
import type { AuditInput } from '../model';
import { dkimKeySize } from './dkim-key-bits';
import { checkDmarcSyntax } from './dmarc-syntax';
import type { RequirementRow } from './model';
import { relaxedAligned } from './organisational-domain';
import { countSpfLookups } from './spf-lookups';

/** A row without its fixed parts (title, providers, sources, rejections), which evaluate.ts adds. */
export type RowJudgement = Omit<RequirementRow, 'title' | 'providers' | 'sources' | 'rejections' | 'links'> & { readonly links?: readonly string[] };

function fromAssessment(a: Assessment): Pick<RowJudgement, 'status' | 'evidence'> | undefined {
  if (a.issues.length > 0) return { status: 'not-met', evidence: a.issues };
  if (a.unknowns.length > 0) return { status: 'cannot-check', evidence: a.unknowns };
  return undefined;
}

function spfEnding(terms: readonly string[]): Localized<string> | undefined {
  const all = terms.find((t) => /^[+\-~?]?all$/i.test(t));
  if (all === undefined) return loc('Het record eindigt zonder "all": andere servers krijgen "neutral".', 'The record ends without "all": other servers get "neutral".');
  const q = all[0] === '-' || all[0] === '~' || all[0] === '?' || all[0] === '+' ? all[0] : '+';
  const words: Record<string, Localized<string>> = {
    '-': loc('Het record eindigt op -all: andere servers worden geweigerd (hard fail).', 'The record ends with -all: other servers are refused (hard fail).'),
    '~': loc('Het record eindigt op ~all: andere servers krijgen "softfail" (gemarkeerd, niet geweigerd).', 'The record ends with ~all: other servers get "softfail" (marked, not refused).'),
    '?': loc('Het record eindigt op ?all: andere servers krijgen "neutral"; -all of ~all beschermt je domein beter.', 'The record ends with ?all: other servers get "neutral"; -all or ~all protects your domain better.'),
    '+': loc('Het record eindigt op +all: iedere server op internet mag namens je domein versturen.', 'The record ends with +all: every server on the internet may send as your domain.'),
  };
  return words[q];
}

export function spfRow(input: AuditInput, domain: string, req: SenderRequirements): RowJudgement {
  const a = assessSpf(input, domain);
  const judged = fromAssessment(a);
  if (judged !== undefined) return { id: 'spf', ...judged, ...(judged.status === 'not-met' ? { finding: 'spf-invalid' as const } : {}), ...(a.record !== undefined ? { record: a.record } : {}) };
  const walked = countSpfLookups(input.dns.observations, domain);
  const txt = dnsAnswer(input, 'TXT', domain);
  const record = txt?.outcome.kind === 'records' ? txt.outcome.records.map((r) => r.text).find(isSpfRecord) : undefined;
  const limit = req.spfLookupLimit;
  const incomplete = [...walked.failed, ...walked.missing];
  const evidence: Localized<string>[] = [
    loc(`SPF-record van ${domain} staat deze server toe (include:${input.profile.spfInclude}).`, `The SPF record of ${domain} authorises this server (include:${input.profile.spfInclude}).`),
    incomplete.length > 0
      ? loc(`Minstens ${walked.count} van de ${limit} toegestane DNS-opzoekingen; ${incomplete.join(', ')} kon niet worden opgezocht.`, `At least ${walked.count} of the ${limit} DNS lookups allowed; ${incomplete.join(', ')} could not be looked up.`)
      : loc(`${walked.count} van de ${limit} toegestane DNS-opzoekingen (de include:-records meegeteld).`, `${walked.count} of the ${limit} DNS lookups allowed (counting the include: records).`),
    ...(record !== undefined ? [spfEnding(spfTerms(record))].filter((x): x is Localized<string> => x !== undefined) : []),
  ];
  if (incomplete.length > 0) return { id: 'spf', status: 'cannot-check', evidence };
  return { id: 'spf', status: 'met', evidence };
}

export function dkimRow(input: AuditInput, domain: string, req: SenderRequirements): RowJudgement {
  const a = assessDkim(input, domain);
  const judged = fromAssessment(a);
  if (judged !== undefined) return { id: 'dkim', ...judged, ...(judged.status === 'not-met' ? { finding: 'dkim-invalid' as const } : {}), ...(a.record !== undefined ? { record: a.record } : {}) };
  const name = `${DKIM_SELECTOR}._domainkey.${domain}`;
  const txt = dnsAnswer(input, 'TXT', name);
  const key = txt?.outcome.kind === 'records' ? txt.outcome.records.map((r) => tagList(r.text)).find((t) => t.has('p')) : undefined;
  if (key === undefined) return { id: 'dkim', status: 'cannot-check', evidence: [loc(`De DKIM-sleutel op ${name} is niet gevonden.`, `The DKIM key at ${name} was not found.`)] };
  const size = dkimKeySize(key.get('k'), key.get('p') ?? '');
  const on = loc(`DKIM staat aan voor ${domain} en de sleutel op ${name} is die waarmee deze server tekent.`, `DKIM is on for ${domain} and the key at ${name} is the one this server signs with.`);
  if (size.kind === 'unreadable') {
    return { id: 'dkim', status: 'not-met', finding: 'dkim-key-weak', evidence: [on, loc(`De sleutel op ${name} is niet te lezen (${size.why}).`, `The key at ${name} cannot be read (${size.why}).`)] };
  }
  if (size.kind === 'ed25519') {
    return { id: 'dkim', status: 'met', evidence: [on, loc('Het is een Ed25519-sleutel (RFC 8463).', 'It is an Ed25519 key (RFC 8463).')] };
  }
  const bits = loc(`De RSA-sleutel is ${size.bits} bits.`, `The RSA key is ${size.bits} bits.`);
  if (size.bits < req.dkimMinimumBits) {
    return { id: 'dkim', status: 'not-met', finding: 'dkim-key-weak', evidence: [on, bits, loc(`Minimaal ${req.dkimMinimumBits} bits is vereist.`, `At least ${req.dkimMinimumBits} bits is required.`)] };
  }
  const advice = size.bits < req.dkimRecommendedBits ? [loc(`Voldoende; ${req.dkimRecommendedBits} bits wordt aangeraden.`, `Enough; ${req.dkimRecommendedBits} bits is recommended.`)] : [];
  return { id: 'dkim', status: 'met', evidence: [on, bits, ...advice] };
}

/** The report addresses as a person reads them: "a@x.example", not "mailto:a@x.example!10m". */
function reportTo(uris: readonly string[]): string {
  return uris.map((u) => u.replace(/^mailto:/i, '').replace(/![0-9]+[kmgt]?$/i, '')).join(', ');
}

export function dmarcRow(input: AuditInput, domain: string): RowJudgement {
  const contact = reportAddress(input, domain);
  const a = assessDmarc(input, domain, contact);
  const judged = fromAssessment(a);
  if (judged !== undefined) return { id: 'dmarc', ...judged, ...(judged.status === 'not-met' ? { finding: 'dmarc-missing' as const } : {}), ...(a.record !== undefined ? { record: a.record } : {}) };
  const recordName = a.recordName ?? `_dmarc.${domain}`;
  const txt = dnsAnswer(input, 'TXT', recordName);
  const text = txt?.outcome.kind === 'records' ? txt.outcome.records.map((r) => r.text).find((t) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(t.trim())) : undefined;
  if (text === undefined) return { id: 'dmarc', status: 'cannot-check', evidence: [loc(`Het DMARC-record op ${recordName} is niet gevonden.`, `The DMARC record at ${recordName} was not found.`)] };
  const syntax = checkDmarcSyntax(text);
  const found = loc(`DMARC-record op ${recordName}: "${text}".`, `DMARC record at ${recordName}: "${text}".`);
  const policy = syntax.policy ?? 'none';
  const suggested = { name: `_dmarc.${domain}`, type: 'TXT' as const, value: `v=DMARC1; p=${policy}; rua=mailto:${contact}` };
  if (syntax.errors.length > 0) {
    return { id: 'dmarc', status: 'not-met', finding: 'dmarc-invalid', evidence: [found, ...syntax.errors, ...syntax.warnings], record: suggested };
  }
  if (syntax.rua.length === 0) {
    return {
      id: 'dmarc',
      status: 'not-met',
      finding: 'dmarc-no-reports',
      evidence: [found, loc('Er staat geen rapportadres (rua=) in: je ziet niet wie er namens je domein mailt.', 'It has no report address (rua=): you cannot see who sends mail as your domain.'), ...syntax.warnings],
      record: { ...suggested, value: `${text.trim().replace(/;\s*$/, '')}; rua=mailto:${contact}` },
    };
  }
  return {
    id: 'dmarc',
    status: 'met',
    evidence: [found, loc(`Beleid p=${policy}; rapporten naar ${reportTo(syntax.rua)}.`, `Policy p=${policy}; reports to ${reportTo(syntax.rua)}.`), ...syntax.warnings],
  };
}

/**
 * cPanel signs with d= the sending domain itself and Exim sends with the
 * sender's own address as envelope sender, so the From domain aligns as soon
 * as DKIM or SPF works for it (RFC 7489 §3.1, relaxed).
 */
export function alignmentRow(domain: string, spf: RowJudgement, dkim: RowJudgement): RowJudgement {
  const aligned = relaxedAligned(domain, domain);
  const through = [dkim.status === 'met' ? 'DKIM (d=' + domain + ')' : undefined, spf.status === 'met' ? 'SPF (' + domain + ')' : undefined].filter((x): x is string => x !== undefined);
  if (aligned && through.length > 0) {
    return { id: 'alignment', status: 'met', evidence: [loc(`Deze server verstuurt als ${domain} en past bij het From-domein via ${through.join(' en ')}.`, `This server sends as ${domain} and aligns with the From domain through ${through.join(' and ')}.`)] };
  }
  if (spf.status === 'not-met' && dkim.status === 'not-met') {
    return {
      id: 'alignment',
      status: 'not-met',
      finding: dkim.finding ?? 'dkim-invalid',
      evidence: [loc(`Noch DKIM noch SPF slaagt voor ${domain}, dus het From-domein past bij geen van beide; herstel DKIM (of SPF) hierboven.`, `Neither DKIM nor SPF passes for ${domain}, so the From domain aligns with neither; repair DKIM (or SPF) above.`)],
    };
  }
  return { id: 'alignment', status: 'cannot-check', evidence: [loc('Hangt af van SPF en DKIM hierboven, die niet allebei te controleren waren.', 'Depends on SPF and DKIM above, which could not both be checked.')] };
}
