/**
 * Reading an SPF record (RFC 7208) far enough to audit it, and writing the
 * corrected one. Pure text work; no DNS.
 */

import { isIPv4, isIPv6 } from 'node:net';

/** RFC 7208 §4.5: an SPF record is a TXT record whose text starts with "v=spf1" followed by a space or nothing. */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(\s|$)/i.test(text.trim());
}

/** The terms after "v=spf1". */
export function spfTerms(text: string): string[] {
  return text.trim().split(/\s+/).slice(1).filter((t) => t !== '');
}

function withoutQualifier(term: string): { qualifier: string; body: string } {
  const first = term[0] ?? '';
  return '+-~?'.includes(first) && first !== '' ? { qualifier: first, body: term.slice(1) } : { qualifier: '+', body: term };
}

function mechanismName(body: string): string {
  return (/^[a-z0-9_.-]+/i.exec(body)?.[0] ?? '').toLowerCase();
}

const LOOKUP_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

/**
 * RFC 7208 §4.6.4: the mechanisms include, a, mx, ptr and exists and the
 * modifier redirect each cost a DNS look-up; more than 10 in one evaluation
 * is a permerror. Counted at the top level only (the includes' own look-ups
 * would add to this, so a count over 10 here is certainly too many).
 */
export function lookupCount(terms: readonly string[]): number {
  let count = 0;
  for (const term of terms) {
    if (/^redirect=/i.test(term)) {
      count++;
      continue;
    }
    const { body } = withoutQualifier(term);
    if (body.includes('=')) continue;
    if (LOOKUP_MECHANISMS.has(mechanismName(body))) count++;
  }
  return count;
}

export const LOOKUP_LIMIT = 10;

/** Whether the terms hold `include:<domain>` with a passing qualifier. */
export function hasInclude(terms: readonly string[], domain: string): boolean {
  const wanted = domain.toLowerCase().replace(/\.$/, '');
  return terms.some((term) => {
    const { qualifier, body } = withoutQualifier(term);
    return qualifier === '+' && body.toLowerCase().replace(/\.$/, '') === `include:${wanted}`;
  });
}

function isAll(term: string): boolean {
  return /^[+\-~?]?all$/i.test(term);
}

function isRedirect(term: string): boolean {
  return /^redirect=/i.test(term);
}

/*
 * RFC 7208 §12 (ABNF), narrowed to what is safe to hand a person to paste
 * into a zone: a domain-spec is labels of letters, digits, "-" and "_"
 * separated by dots, and macros (%{s}, %{d2r.}, %%, %_, %-); no quotes,
 * spaces, control or non-ASCII characters.
 */
const MACRO = String.raw`%\{[slodipvhcrt]\d*r?[-.+,/_=]*\}|%%|%_|%-`;
const DOMAIN_SPEC = new RegExp(String.raw`^(?:[A-Za-z0-9_-]|\.|${MACRO})+$`);
const MODIFIER_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

function validDomainSpec(text: string): boolean {
  return text.length > 0 && text.length <= 253 && DOMAIN_SPEC.test(text) && !text.includes('..');
}

function validCidr(text: string | undefined, max: number): boolean {
  if (text === undefined) return true;
  if (!/^\d{1,3}$/.test(text)) return false;
  return Number(text) <= max;
}

/** `a` and `mx`: [":" domain-spec] ["/" ip4-cidr] ["//" ip6-cidr]. */
function validDualCidrTarget(rest: string): boolean {
  const m = /^(?::([^/]+))?(?:\/(\d{1,3}))?(?:\/\/(\d{1,3}))?$/.exec(rest);
  if (m === null) return false;
  return (m[1] === undefined || validDomainSpec(m[1])) && validCidr(m[2], 32) && validCidr(m[3], 128);
}

/**
 * Whether one term of an existing record is a well-formed mechanism or
 * modifier (RFC 7208 §5, §6, §12) that is safe to copy into a suggested
 * record. Anything else — a typo, text with quotes, control characters or
 * other scripts, a hostile injection — is left out of the suggestion.
 */
function isValidSpfTerm(term: string): boolean {
  if (term.length === 0 || term.length > 255 || !/^[\x21-\x7e]+$/.test(term)) return false;
  const eq = term.indexOf('=');
  const colon = term.indexOf(':');
  if (eq > 0 && (colon < 0 || eq < colon) && !'+-~?'.includes(term[0]!)) {
    const name = term.slice(0, eq);
    const value = term.slice(eq + 1);
    if (!MODIFIER_NAME.test(name)) return false;
    return validDomainSpec(value);
  }
  const { body } = withoutQualifier(term);
  const lower = body.toLowerCase();
  if (lower === 'all') return true;
  const name = mechanismName(body);
  const rest = body.slice(name.length);
  switch (name) {
    case 'include':
    case 'exists':
      return rest.startsWith(':') && validDomainSpec(rest.slice(1));
    case 'a':
    case 'mx':
      return validDualCidrTarget(rest);
    case 'ptr':
      return rest === '' || (rest.startsWith(':') && validDomainSpec(rest.slice(1)));
    case 'ip4': {
      const m = /^:([0-9.]+)(?:\/(\d{1,2}))?$/.exec(rest);
      return m !== null && isIPv4(m[1]!) && validCidr(m[2], 32);
    }
    case 'ip6': {
      const m = /^:([0-9A-Fa-f:.]+)(?:\/(\d{1,3}))?$/.exec(rest);
      return m !== null && isIPv6(m[1]!) && validCidr(m[2], 128);
    }
    default:
      return false;
  }
}

/**
 * One record that keeps every existing mechanism of the given records (in
 * order, without duplicates), adds `extra` terms and `include:<include>` when
 * missing, and ends with the owner's own "all" — except "+all", which lets
 * the whole internet send as the domain, and none at all: those become "~all".
 * A redirect is kept only when there is no "all" (RFC 7208 §6.1: with an
 * "all" present the redirect is never used). Terms that are not valid SPF
 * (isValidSpfTerm) are never copied: the suggestion is ours to vouch for.
 */
export function correctedSpf(records: readonly string[], include: string, extra: readonly string[] = []): string {
  const terms: string[] = [];
  let all: string | undefined;
  let redirect: string | undefined;
  const add = (term: string): void => {
    if (!hasEquivalent(terms, term)) terms.push(term);
  };
  for (const record of records) {
    for (const term of spfTerms(record)) {
      if (!isValidSpfTerm(term)) continue;
      if (isAll(term)) all ??= term;
      else if (isRedirect(term)) redirect ??= term;
      else add(term);
    }
  }
  for (const term of extra) if (isValidSpfTerm(term) && !isAll(term) && !isRedirect(term)) add(term);
  if (!hasInclude(terms, include)) add(`include:${include}`);
  if (all === undefined && redirect !== undefined) return ['v=spf1', ...terms, redirect].join(' ');
  const ending = all === undefined || withoutQualifier(all).qualifier === '+' ? '~all' : all;
  return ['v=spf1', ...terms, ending].join(' ');
}

/** "+a" and "a" are the same mechanism. */
function hasEquivalent(terms: readonly string[], term: string): boolean {
  const wanted = withoutQualifier(term);
  return terms.some((t) => {
    const have = withoutQualifier(t);
    return have.qualifier === wanted.qualifier && have.body.toLowerCase() === wanted.body.toLowerCase();
  });
}
