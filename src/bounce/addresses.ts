/** E-mail addresses as bounces write them: in angle brackets, quoted, with "rfc822;" in front, or bare in a sentence. */

/**
 * A mailbox: a local part and a domain (a dotted name, a single host name, or an address literal). A label may hold
 * an underscore: no host name may, but DNS names can (RFC 2181 section 11), and a recipient at such a domain is
 * still the recipient the report names ("allborg@dgh_allborg.dk"). A quoted local part may be empty (RFC 5322's
 * quoted-string: `""@host`, as a program writes an address it was given without a name).
 */
export const ADDRESS_SOURCE = String.raw`(?:"[^"\r\n<>]{0,64}"|[A-Za-z0-9!#$%&'*+/=?^_\`{|}~.-]{1,64})@(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?)*|\[[0-9.:a-fA-F]+\])`;
const ONE_ADDRESS = new RegExp(ADDRESS_SOURCE);

/** The address in a field value ("<a@b>", "rfc822;a@b", "\"a@b\""), lower-cased domain; undefined when there is none. */
export function cleanAddress(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = ONE_ADDRESS.exec(value);
  if (m === null) return undefined;
  return normaliseAddress(m[0]);
}

/**
 * The address as a report's own field writes it, when it is no valid address
 * ("rfc822; jan@#example.org"): a malformed address is often why the mail
 * bounced, and the field is the report's word on who the recipient was. One
 * token with one "@" and something on both sides; undefined otherwise.
 */
export function writtenAddress(value: string | undefined): string | undefined {
  const token = value?.trim().replace(/^<|>$/g, '');
  if (token === undefined || !/^[^\s@<>"]{1,64}@[^\s@<>"]{1,255}$/.test(token)) return undefined;
  return normaliseAddress(token);
}

/**
 * An address as found in a text, without the marks around it that are no part of it: quotes and dots of the sentence,
 * and Markdown's "**" of a bounce pasted into an issue ("<**a@example.org**>"; the domain never takes a "*", and a
 * local part starting with two is allowed but not met in practice; a local part of stars alone is a page's redaction
 * and stays).
 */
export function normaliseAddress(address: string): string {
  const trimmed = address.startsWith('"') ? address : address.replace(/^[.'`]+|[.'`]+$/g, '').replace(/^\*\*(?=[^*@])/, '');
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase().replace(/\.$/, '')}`;
}

/** Addresses that are never a bounced recipient: the mail system itself. */
export function isSystemAddress(address: string): boolean {
  return /^(?:mailer-daemon|mail-daemon|maildaemon|mailerdaemon|double-bounce)$/.test(localPart(address));
}

/**
 * Role addresses a report often names for other reasons ("send mail to
 * postmaster", a no-reply sender): taken as the failed recipient only when a
 * report names no other address — mail to abuse@ or root@ bounces too.
 */
export function isRoleAddress(address: string): boolean {
  return /^(?:postmaster|root|noreply|no-reply|bounce|bounces|abuse|nobody)$/.test(localPart(address));
}

function localPart(address: string): string {
  return address.slice(0, address.lastIndexOf('@')).toLowerCase();
}
