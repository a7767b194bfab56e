/**
 * Header-style fields ("Name: value", continued on lines that start with
 * white space), as RFC 5322 headers, RFC 3464 delivery-status groups and
 * RFC 5965 feedback reports all write them.
 */

export interface Field {
  /** Lower-case name. */
  readonly key: string;
  /** Unfolded value, white space collapsed. */
  readonly value: string;
}

const FIELD_LINE = /^([A-Za-z0-9][A-Za-z0-9-]{0,75})[ \t]*:[ \t]*(.*)$/;

/**
 * A header field's name as mail programs write them: a letter, then letters, digits and hyphens. Stricter than
 * RFC 5322's printable characters on purpose: "<a@example.org>: host … said:" is no field.
 */
export const FIELD_NAME_SOURCE = '[A-Za-z][A-Za-z0-9-]{0,75}';

/** Fields of one block; lines that are neither fields nor continuations are skipped. */
export function parseFields(block: string): Field[] {
  const fields: Array<{ key: string; value: string }> = [];
  let current: { key: string; value: string } | undefined;
  for (const line of block.split(/\r?\n/)) {
    if (current !== undefined && /^[ \t]/.test(line)) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    const m = FIELD_LINE.exec(line);
    if (m === null) {
      current = undefined;
      continue;
    }
    current = { key: m[1]!.toLowerCase(), value: m[2]!.trim() };
    fields.push(current);
  }
  return fields.map((f) => ({ key: f.key, value: f.value.replace(/\s+/g, ' ').trim() }));
}

export function fieldValue(fields: readonly Field[], key: string): string | undefined {
  return fields.find((f) => f.key === key)?.value;
}

/** "rfc822; user@example.org" → "user@example.org"; "dns; mx.example.net" → "mx.example.net". */
export function typedValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf(';');
  const v = (at >= 0 && at < 20 && !value.slice(0, at).includes('@') ? value.slice(at + 1) : value).trim();
  return v === '' ? undefined : v;
}

/**
 * Only the named fields of a header block, found by one native scan instead
 * of splitting every line (a returned message's header block can be long:
 * DKIM signatures, dozens of Received lines).
 */
const PICKERS = new Map<string, RegExp>();

export function pickFields(block: string, names: readonly string[]): Field[] {
  const key = names.join('|');
  let pattern = PICKERS.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`^(${names.map((n) => n.replace(/-/g, '\\-')).join('|')})[ \\t]*:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'gim');
    PICKERS.set(key, pattern);
  }
  pattern.lastIndex = 0;
  const fields: Field[] = [];
  for (let m = pattern.exec(block); m !== null; m = pattern.exec(block)) {
    fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.replace(/\s+/g, ' ').trim() });
  }
  return fields;
}
