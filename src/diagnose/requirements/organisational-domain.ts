/**
 * The organisational domain (RFC 7489 §3.2) for relaxed alignment, without
 * shipping the Public Suffix List: the registrable domain is the last two
 * labels, or the last three when a two-letter country TLD has a second-level
 * registry label under it (co.uk, com.au, org.nz, ac.jp …). That covers the
 * ccTLDs that sell names only at the third level; it does not know private
 * suffixes (github.io), which an account's mail domain never is. Used only to
 * compare names the server itself uses (the From domain, the DKIM d= it signs
 * with, the envelope domain it sends as, its PTR name), so a rare miss makes
 * a comparison stricter, never "aligned" by mistake.
 */

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ltd', 'plc', 'nom', 'gen', 'or', 'ne', 'go', 'sch', 'mil', 'biz', 'info']);

export function organisationalDomain(name: string): string {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.').filter((l) => l !== '');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Relaxed alignment (RFC 7489 §3.1): the two names share their organisational domain. */
export function relaxedAligned(a: string, b: string): boolean {
  return organisationalDomain(a) === organisationalDomain(b);
}
