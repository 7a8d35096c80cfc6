/** Reading small CSV files into records keyed by header, with their line numbers. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** Line number in the file where the record starts (header = line 1). */
  line: number;
  values: Record<string, string>;
}

/** Parses CSV text with a header row. Empty cells stay empty strings. */
export function parseCsv(text: string): { columns: string[]; records: CsvRecord[] } {
  const rows = parse(text, {
    bom: true,
    relax_column_count: false,
    skip_empty_lines: true,
    info: true,
  }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  const header = rows[0]?.record.map((c) => c.trim()) ?? [];
  const records = rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])),
  }));
  return { columns: header, records };
}

export function readCsvFile(path: string): { columns: string[]; records: CsvRecord[] } {
  return parseCsv(readFileSync(path, 'utf8'));
}
