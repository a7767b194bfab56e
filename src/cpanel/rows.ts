/**
 * Per-row and per-field reading of cPanel data. One odd row (a mailbox
 * without disk figures, a routing row without its flags, a third-party
 * privilege with a value of its own) must not throw away the rest of the
 * reply: a row that names nothing usable is skipped, a field that does not
 * fit is defaulted, and each is recorded as a DataGap that travels with the
 * result. The call fails only when its envelope says so (envelope.ts) or
 * when nothing usable is left.
 */
import { z } from 'zod';
import type { DataGap, Observed } from '../diagnose/observations';
import { CallDescription, CpanelShapeError } from './errors';

/** "UAPI Email::list_mxs", "WHM API 1 myprivs": the call as a person can repeat it (no account, no transport). */
function callName(call: CallDescription): string {
  const api = call.api === 'uapi' ? 'UAPI' : call.api === 'api2' ? 'API 2' : 'WHM API 1';
  return `${api} ${call.module !== undefined ? `${call.module}::${call.func}` : call.func}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the fields of one row, collecting what did not fit. */
export class RowReader {
  /** What the row is about, once a field has said (an address, a domain). */
  subject: string | null = null;
  private readonly missing: string[] = [];
  private readonly invalid: string[] = [];
  private readonly unknown: string[] = [];

  constructor(readonly raw: Readonly<Record<string, unknown>>) {}

  has(key: string): boolean {
    return this.raw[key] !== undefined && this.raw[key] !== null;
  }

  /** A field the row cannot do without: undefined (and noted) when absent or unreadable. */
  required<T>(key: string, schema: z.ZodType<T>): T | undefined {
    if (!this.has(key)) {
      this.missing.push(key);
      return undefined;
    }
    return this.parse(key, schema);
  }

  /** A field cPanel documents for every row: absent or unreadable → the fallback, noted. */
  expected<T, F>(key: string, schema: z.ZodType<T>, fallback: F): T | F {
    if (!this.has(key)) {
      this.missing.push(key);
      return fallback;
    }
    return this.parse(key, schema) ?? fallback;
  }

  /** A field that is often absent (absent → the fallback, silently); an unreadable value is noted. */
  optional<T, F>(key: string, schema: z.ZodType<T>, fallback: F): T | F {
    if (!this.has(key)) return fallback;
    return this.parse(key, schema) ?? fallback;
  }

  /** Notes a field whose value this version does not know (kept as "unknown" by the caller). */
  noteUnknown(key: string): void {
    this.unknown.push(key);
  }

  /** Notes fields that are absent together (e.g. the routing flags), as one gap. */
  noteMissing(...keys: string[]): void {
    this.missing.push(...keys);
  }

  gaps(call: string): DataGap[] {
    const out: DataGap[] = [];
    if (this.missing.length > 0) out.push({ call, kind: 'field-missing', subject: this.subject, fields: [...this.missing] });
    if (this.invalid.length > 0) out.push({ call, kind: 'field-invalid', subject: this.subject, fields: [...this.invalid] });
    if (this.unknown.length > 0) out.push({ call, kind: 'value-unknown', subject: this.subject, fields: [...this.unknown] });
    return out;
  }

  skipped(call: string): DataGap {
    return { call, kind: 'row-skipped', subject: this.subject, fields: [...this.missing, ...this.invalid, ...this.unknown] };
  }

  private parse<T>(key: string, schema: z.ZodType<T>): T | undefined {
    const parsed = schema.safeParse(this.raw[key]);
    if (parsed.success) return parsed.data;
    this.invalid.push(key);
    return undefined;
  }
}

/**
 * Reads a list reply row by row. `read` returns undefined for a row that
 * names nothing usable. cPanel sends an empty list as null.
 */
export function readRows<T>(data: unknown, call: CallDescription, read: (row: RowReader) => T | undefined): Observed<T[]> {
  if (data === null || data === undefined) return { value: [], gaps: [] };
  if (!Array.isArray(data)) throw new CpanelShapeError(call, ['(root): expected a list of rows']);
  const name = callName(call);
  const value: T[] = [];
  const gaps: DataGap[] = [];
  for (const raw of data) {
    if (!isRecord(raw)) {
      gaps.push({ call: name, kind: 'row-skipped', subject: null, fields: [] });
      continue;
    }
    const reader = new RowReader(raw);
    const row = read(reader);
    if (row === undefined) {
      gaps.push(reader.skipped(name));
    } else {
      value.push(row);
      gaps.push(...reader.gaps(name));
    }
  }
  if (data.length > 0 && value.length === 0) {
    throw new CpanelShapeError(call, [`none of the ${data.length} rows could be read (${describeGaps(gaps)})`]);
  }
  return { value, gaps };
}

/** Reads a reply that is one object (settings, user information) field by field. */
export function readObject<T>(data: unknown, call: CallDescription, read: (row: RowReader) => T | undefined): Observed<T> {
  if (!isRecord(data)) throw new CpanelShapeError(call, ['(root): expected an object']);
  const reader = new RowReader(data);
  const value = read(reader);
  if (value === undefined) throw new CpanelShapeError(call, [`nothing usable (${describeGaps([reader.skipped(callName(call))])})`]);
  return { value, gaps: reader.gaps(callName(call)) };
}

function describeGaps(gaps: readonly DataGap[]): string {
  const fields = [...new Set(gaps.flatMap((g) => g.fields))];
  return fields.length > 0 ? `missing or unreadable: ${fields.slice(0, 5).join(', ')}` : 'no row is an object';
}
