/**
 * UAPI's generic filter / sort / paginate parameters (shared/reference/
 * cpanel-api.md §1.3): `api.filter_column_N`/`api.filter_type_N`/
 * `api.filter_term_N`, `api.sort_column_N`/`api.sort_reverse_N`/
 * `api.sort_method_N`, `api.paginate_start`/`api.paginate_size`. Applied to
 * any list a UAPI function returns.
 */
type Row = Record<string, unknown>;

function matches(value: unknown, type: string, term: string): boolean {
  const text = value === null || value === undefined ? '' : String(value);
  const num = Number(value);
  switch (type) {
    case 'eq':
      return text === term;
    case 'ne':
      return text !== term;
    case 'lt':
      return num < Number(term);
    case 'gt':
      return num > Number(term);
    case 'contains':
      return text.toLowerCase().includes(term.toLowerCase());
    case 'begins':
      return text.toLowerCase().startsWith(term.toLowerCase());
    case 'ends':
      return text.toLowerCase().endsWith(term.toLowerCase());
    case 'matches':
      try {
        return new RegExp(term).test(text);
      } catch {
        return false;
      }
    case 'defined':
      return value !== null && value !== undefined;
    case 'undefined':
      return value === null || value === undefined;
    default:
      return true;
  }
}

function indexed(args: Record<string, string>, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 0; args[`${prefix}_${i}`] !== undefined; i += 1) out.push(args[`${prefix}_${i}`] as string);
  if (out.length === 0 && args[prefix] !== undefined) out.push(args[prefix] as string);
  return out;
}

export function applyUapiListParams(data: unknown, args: Record<string, string>): { data: unknown; metadata: Record<string, unknown> } {
  if (!Array.isArray(data)) return { data, metadata: {} };
  let rows = data as Row[];
  const metadata: Record<string, unknown> = {};

  const columns = indexed(args, 'api.filter_column');
  if (columns.length > 0) {
    const before = rows.length;
    columns.forEach((column, i) => {
      const type = args[`api.filter_type_${i}`] ?? args['api.filter_type'] ?? 'contains';
      const term = args[`api.filter_term_${i}`] ?? args['api.filter_term'] ?? '';
      rows = rows.filter((row) => matches(row[column], type, term));
    });
    metadata.filter = { records_before_filter: before };
  }

  const sortColumns = indexed(args, 'api.sort_column');
  if (sortColumns.length > 0) {
    rows = [...rows].sort((a, b) => {
      for (let i = 0; i < sortColumns.length; i += 1) {
        const column = sortColumns[i] as string;
        const reverse = (args[`api.sort_reverse_${i}`] ?? args['api.sort_reverse']) === '1';
        const method = args[`api.sort_method_${i}`] ?? args['api.sort_method'] ?? 'lexicographic';
        const av = a[column];
        const bv = b[column];
        const cmp = method.startsWith('numeric') ? Number(av) - Number(bv) : String(av ?? '').localeCompare(String(bv ?? ''));
        if (cmp !== 0) return reverse ? -cmp : cmp;
      }
      return 0;
    });
  }

  if (args['api.paginate'] === '1' || args['api.paginate_size'] !== undefined) {
    const size = Math.max(1, Number(args['api.paginate_size'] ?? '20'));
    const start = Math.max(1, Number(args['api.paginate_start'] ?? '1'));
    const total = rows.length;
    rows = rows.slice(start - 1, start - 1 + size);
    metadata.paginate = {
      start_result: start,
      results_per_page: size,
      total_results: total,
      total_pages: Math.ceil(total / size),
      current_page: Math.floor((start - 1) / size) + 1,
    };
  }
  return { data: rows, metadata };
}
