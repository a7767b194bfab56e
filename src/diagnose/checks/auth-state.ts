/**
 * The authentication state of one domain — SPF, DKIM, DMARC — from cPanel's
 * Email Deliverability checks and the live DNS, as issues (something is
 * wrong), unknowns (something could not be checked) and the evidence used.
 * Shared by the state checks and by the refiners of delivery failures that
 * hinge on authentication.
 */
import type { AuthCheck } from '../observations';
import type { Localized } from '../../kb/types';
import { skippedRows } from '../data-gaps';
import { accountEvidence, callFailed, dnsAnswer, dnsEvidence, dnsFailed, loc, notLookedUp } from '../finding-helpers';
import type { AuditInput, Evidence, Part, RecordToPublish } from '../model';
import { parentOwnDomain } from './mail-domains';
import { countSpfLookups } from '../requirements/spf-lookups';
import { correctedSpf, hasInclude, isSpfRecord, lookupCount, LOOKUP_LIMIT, spfTerms } from './spf-record';

export interface Assessment {
  readonly issues: readonly Localized<string>[];
  readonly unknowns: readonly Localized<string>[];
  readonly evidence: readonly Evidence[];
  /** The record that fixes the issues, when one can be given exactly. */
  readonly record?: RecordToPublish;
}

const SPF_CALL = 'UAPI EmailAuth::validate_current_spfs';
const DKIM_CALL = 'UAPI EmailAuth::validate_current_dkims';
const DMARC_CALL = 'UAPI EmailAuth::validate_current_dmarcs';
export const PTR_CALL = 'UAPI EmailAuth::validate_current_ptrs';

interface CpanelVerdict {
  readonly row?: AuthCheck;
  readonly issue?: Localized<string>;
  readonly unknown?: Localized<string>;
  readonly evidence: readonly Evidence[];
}

/**
 * cPanel's verdict for a domain. No row for the domain is no verdict (the
 * live DNS still decides); state ERROR is "cPanel could not check".
 */
function cpanelVerdict(part: Part<readonly AuthCheck[]>, domain: string, call: string, what: string): CpanelVerdict {
  if (!part.ok) return { unknown: callFailed(part), evidence: [] };
  const row = part.value.find((r) => r.domain === domain);
  if (row === undefined) {
    // A row left out as unreadable may have been this domain's: say so, and let the live DNS decide.
    const left = skippedRows(part);
    const note = loc(
      `Het antwoord van ${call} had geen leesbare regel voor ${domain} (${left.length} regel(s) overgeslagen); alleen de DNS telt.`,
      `The reply of ${call} had no readable row for ${domain} (${left.length} row(s) left out); only the DNS counts.`,
    );
    return { evidence: left.length > 0 ? [{ kind: 'note', text: note }] : [] };
  }
  const evidence = [
    accountEvidence(call, `${domain} state`, row.state),
    ...(row.expected !== null && !row.valid ? [accountEvidence(call, `${domain} expected`, row.expected)] : []),
    ...(row.error !== null ? [accountEvidence(call, `${domain} error`, row.error)] : []),
  ];
  if (row.valid) return { row, evidence };
  if (row.couldNotCheck) {
    return {
      row,
      unknown: loc(`cPanel kon ${what} van ${domain} niet controleren (${row.error ?? row.state}).`, `cPanel could not check ${what} of ${domain} (${row.error ?? row.state}).`),
      evidence,
    };
  }
  return {
    row,
    issue: loc(`cPanel Email Deliverability geeft ${what} van ${domain} de status ${row.state}.`, `cPanel Email Deliverability gives ${what} of ${domain} the state ${row.state}.`),
    evidence,
  };
}

function txtTexts(input: AuditInput, name: string): { texts?: string[]; unknown?: Localized<string>; evidence: Evidence[] } {
  const obs = dnsAnswer(input, 'TXT', name);
  if (obs === undefined) return { unknown: notLookedUp('TXT', name), evidence: [] };
  if (obs.outcome.kind === 'error') return { unknown: dnsFailed(obs), evidence: [dnsEvidence(obs)] };
  const texts = obs.outcome.kind === 'records' ? obs.outcome.records.map((r) => r.text) : [];
  return { texts, evidence: [dnsEvidence(obs)] };
}

function collect(parts: readonly { issue?: Localized<string>; unknown?: Localized<string> }[]): { issues: Localized<string>[]; unknowns: Localized<string>[] } {
  return {
    issues: parts.flatMap((p) => (p.issue !== undefined ? [p.issue] : [])),
    unknowns: parts.flatMap((p) => (p.unknown !== undefined ? [p.unknown] : [])),
  };
}

/** cPanel suggests SPF as mechanisms or as a whole record; either way, its terms. */
function expectedSpfTerms(expected: string | null | undefined): string[] {
  if (expected === null || expected === undefined || expected.trim() === '') return [];
  const text = expected.trim();
  return isSpfRecord(text) ? spfTerms(text) : text.split(/\s+/);
}

export function assessSpf(input: AuditInput, domain: string): Assessment {
  const include = input.profile.spfInclude;
  const cpanel = cpanelVerdict(input.account.spf, domain, SPF_CALL, 'SPF');
  const live = txtTexts(input, domain);
  const liveIssues: Localized<string>[] = [];
  let record: RecordToPublish | undefined;
  if (live.texts !== undefined) {
    const spf = live.texts.filter(isSpfRecord);
    const terms = spf.flatMap(spfTerms);
    if (spf.length === 0) {
      liveIssues.push(loc(`${domain} heeft geen SPF-record (geen TXT-record dat begint met v=spf1).`, `${domain} has no SPF record (no TXT record starting with v=spf1).`));
    } else if (spf.length > 1) {
      // RFC 7208 §4.5: more than one record is a permerror; receivers treat the domain as having a broken SPF.
      liveIssues.push(loc(`${domain} heeft ${spf.length} SPF-records; er mag er maar één zijn, anders is SPF ongeldig.`, `${domain} has ${spf.length} SPF records; there may be only one, otherwise SPF is invalid.`));
    }
    if (spf.length > 0 && !hasInclude(terms, include)) {
      liveIssues.push(loc(`Het SPF-record van ${domain} bevat geen include:${include}, dus deze server mag volgens SPF niet namens ${domain} versturen.`, `The SPF record of ${domain} lacks include:${include}, so according to SPF this server may not send for ${domain}.`));
    }
    // The includes' own look-ups count too (RFC 7208 §4.6.4), as far as the collector could follow them.
    const walked = spf.length === 1 ? countSpfLookups(input.dns.observations, domain) : undefined;
    const count = spf.length === 1 ? Math.max(lookupCount(terms), walked?.count ?? 0) : 0;
    if (count > LOOKUP_LIMIT) {
      liveIssues.push(loc(`Het SPF-record van ${domain} vraagt ${count} DNS-opzoekingen (de include:-records meegeteld); boven de ${LOOKUP_LIMIT} is het hele record ongeldig (RFC 7208 §4.6.4).`, `The SPF record of ${domain} needs ${count} DNS lookups (counting the include: records); above ${LOOKUP_LIMIT} the whole record is invalid (RFC 7208 §4.6.4).`));
    }
    const voidLimit = input.profile.senderRequirements.spfVoidLookupLimit;
    if (walked !== undefined && walked.voids > voidLimit) {
      liveIssues.push(loc(`Het SPF-record van ${domain} verwijst ${walked.voids} keer naar een naam zonder SPF-record; boven de ${voidLimit} mogen ontvangers SPF als fout beoordelen (RFC 7208 §4.6.4).`, `The SPF record of ${domain} refers ${walked.voids} times to a name without an SPF record; above ${voidLimit} receivers may judge SPF as an error (RFC 7208 §4.6.4).`));
    }
    if (liveIssues.length > 0 || cpanel.issue !== undefined) {
      record = { name: domain, type: 'TXT', value: correctedSpf(spf, include, expectedSpfTerms(cpanel.row?.expected)) };
    }
  }
  const { issues, unknowns } = collect([cpanel, live]);
  return {
    issues: [...liveIssues, ...issues],
    unknowns,
    evidence: [...cpanel.evidence, ...live.evidence],
    ...(record !== undefined ? { record } : {}),
  };
}

/** The tags of a DKIM key or DMARC record: "k=v; k2=v2" (RFC 6376 §3.2, RFC 7489 §6.4). */
export function tagList(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ''));
  }
  return tags;
}

export const DKIM_SELECTOR = 'default';

export function assessDkim(input: AuditInput, domain: string): Assessment {
  const name = `${DKIM_SELECTOR}._domainkey.${domain}`;
  const cpanel = cpanelVerdict(input.account.dkim, domain, DKIM_CALL, 'DKIM');
  const live = txtTexts(input, name);
  const liveIssues: Localized<string>[] = [];
  const expected = cpanel.row?.expected ?? null;
  if (live.texts !== undefined) {
    const keys = live.texts.filter((t) => tagList(t).has('p'));
    const key = keys[0];
    if (key === undefined) {
      liveIssues.push(loc(`Er staat geen DKIM-sleutel op ${name} (geen TXT-record met p=).`, `There is no DKIM key at ${name} (no TXT record with p=).`));
    } else if (keys.length > 1) {
      liveIssues.push(loc(`Er staan ${keys.length} DKIM-records op ${name}; ontvangers kiezen er willekeurig één.`, `There are ${keys.length} DKIM records at ${name}; receivers pick one at random.`));
    } else if (tagList(key).get('p') === '') {
      // RFC 6376 §3.6.1: an empty p= means the key was revoked.
      liveIssues.push(loc(`De DKIM-sleutel op ${name} is leeg (p=): de sleutel is ingetrokken.`, `The DKIM key at ${name} is empty (p=): the key has been revoked.`));
    } else if (expected !== null && tagList(expected).has('p') && tagList(expected).get('p') !== tagList(key).get('p')) {
      liveIssues.push(loc(`De DKIM-sleutel op ${name} is een andere dan waarmee deze server tekent.`, `The DKIM key at ${name} differs from the one this server signs with.`));
    }
  }
  const { issues, unknowns } = collect([cpanel, live]);
  const all = [...liveIssues, ...issues];
  const record: RecordToPublish | undefined =
    all.length > 0 && expected !== null && expected.trim() !== '' ? { name, type: 'TXT', value: expected } : undefined;
  return { issues: all, unknowns, evidence: [...cpanel.evidence, ...live.evidence], ...(record !== undefined ? { record } : {}) };
}

export interface DmarcAssessment extends Assessment {
  /** The policy in force (p=), from the domain's own record or the one it inherits. */
  readonly policy?: string;
  /** Where the record was found. */
  readonly recordName?: string;
}

/** The DMARC records at a name, or why they are not known. RFC 7489 §6.4: the record starts with v=DMARC1. */
function dmarcRecords(input: AuditInput, domain: string): { records?: string[]; unknown?: Localized<string>; evidence: Evidence[] } {
  const live = txtTexts(input, `_dmarc.${domain}`);
  if (live.texts === undefined) return live;
  return { records: live.texts.filter((t) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(t.trim())), evidence: live.evidence };
}

/** cPanel's DMARC state (cPanel 124+), shown beside the live record; the live record decides. */
function cpanelDmarcEvidence(input: AuditInput, domain: string): Evidence[] {
  const part = input.account.dmarc;
  if (!part.ok || !part.value.available) return [];
  const row = part.value.value.find((r) => r.domain === domain);
  return row === undefined ? [] : [accountEvidence(DMARC_CALL, `${domain} state`, row.state)];
}

export function assessDmarc(input: AuditInput, domain: string, contact: string): DmarcAssessment {
  const own = dmarcRecords(input, domain);
  const cpanel = cpanelDmarcEvidence(input, domain);
  if (own.records === undefined) return { issues: [], unknowns: [own.unknown ?? notLookedUp('TXT', `_dmarc.${domain}`)], evidence: [...cpanel, ...own.evidence] };
  let records = own.records;
  let recordName = `_dmarc.${domain}`;
  let evidence = [...cpanel, ...own.evidence];
  if (records.length === 0) {
    // RFC 7489 §6.6.3: without its own record a sub-domain falls under its organisational domain's policy.
    const parent = parentOwnDomain(input.account, domain);
    if (parent !== undefined) {
      const inherited = dmarcRecords(input, parent.domain);
      if (inherited.records === undefined) {
        return { issues: [], unknowns: [inherited.unknown ?? notLookedUp('TXT', `_dmarc.${parent.domain}`)], evidence: [...evidence, ...inherited.evidence] };
      }
      evidence = [...evidence, ...inherited.evidence];
      if (inherited.records.length > 0) {
        records = inherited.records;
        recordName = `_dmarc.${parent.domain}`;
      }
    }
  }
  const record: RecordToPublish = { name: `_dmarc.${domain}`, type: 'TXT', value: `v=DMARC1; p=none; rua=mailto:${contact}` };
  if (records.length === 0) {
    return { issues: [loc(`${domain} heeft geen DMARC-record op _dmarc.${domain}.`, `${domain} has no DMARC record at _dmarc.${domain}.`)], unknowns: [], evidence, record };
  }
  if (records.length > 1) {
    // RFC 7489 §6.6.3: several records means no DMARC record applies at all.
    return { issues: [loc(`Er staan ${records.length} DMARC-records op ${recordName}; dan geldt er geen enkele.`, `There are ${records.length} DMARC records at ${recordName}; then none of them applies.`)], unknowns: [], evidence, record: { ...record, name: recordName } };
  }
  const policy = tagList(records[0]!).get('p');
  return { issues: [], unknowns: [], evidence, recordName, ...(policy !== undefined ? { policy: policy.toLowerCase() } : {}) };
}
