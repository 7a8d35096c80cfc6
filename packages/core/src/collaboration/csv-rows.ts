/**
 * Shared plumbing of the data/eu-lac-collaboration row parsers: rows come already split
 * (header → cell text; the file reading is the caller's), each row is turned into a
 * candidate object and checked by a zod schema, and every problem is reported with the
 * row number and the CSV column it comes from. A file with one bad row gives no items
 * (nothing half-read).
 */
import type { z } from 'zod';

/** One CSV row: column name → cell text (as written, not trimmed). */
export type CsvRow = Readonly<Record<string, string | undefined>>;

export interface RowError {
  /** Line in the file: the header is row 1, so the first data row is row 2. */
  row: number;
  /** The CSV column at fault. */
  field: string;
  message: string;
}

export type RowsResult<T> = { ok: true; items: T[] } | { ok: false; errors: RowError[] };

/** Reads cells of one row and records the errors found while converting them. */
export class RowReader {
  readonly errors: RowError[] = [];
  constructor(
    private readonly row: CsvRow,
    readonly rowNumber: number,
  ) {}

  /** The trimmed cell, or null when empty; a missing column is an error. */
  text(field: string): string | null {
    const v = this.row[field];
    if (v === undefined) {
      this.fail(field, 'the column is missing');
      return null;
    }
    const t = v.trim();
    return t === '' ? null : t;
  }

  /** A `;`-separated list, trimmed, empty parts dropped. */
  list(field: string): string[] {
    const t = this.text(field);
    return t === null
      ? []
      : t
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  }

  /** A whole number, or null when empty. */
  integer(field: string): number | null {
    const t = this.text(field);
    if (t === null) return null;
    if (!/^-?\d+$/.test(t)) {
      this.fail(field, `"${t}" is not a whole number`);
      return null;
    }
    return Number(t);
  }

  fail(field: string, message: string): void {
    this.errors.push({ row: this.rowNumber, field, message });
  }
}

/**
 * Parse every row: `toCandidate` reads the cells, `schema` validates the candidate, and
 * `columnOf` names the CSV column behind a schema field (for zod's errors).
 */
export function parseRows<S extends z.ZodType>(
  rows: readonly CsvRow[],
  schema: S,
  toCandidate: (r: RowReader) => unknown,
  columnOf: (schemaField: string) => string,
): RowsResult<z.output<S>> {
  const items: z.output<S>[] = [];
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const reader = new RowReader(row, i + 2);
    const candidate = toCandidate(reader);
    errors.push(...reader.errors);
    const parsed = schema.safeParse(candidate);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const top = issue.path.length > 0 ? String(issue.path[0]) : '';
      errors.push({ row: i + 2, field: columnOf(top), message: issue.message });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items };
}

/** Errors for ids that appear twice. */
export function duplicateIdErrors(ids: readonly string[], field: string): RowError[] {
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) errors.push({ row: i + 2, field, message: `"${id}" repeats row ${first}` });
    else seen.set(id, i + 2);
  });
  return errors;
}
