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
    info: { bytes: number };
  }>;
  const header = rows[0]?.record.map((c) => c.trim()) ?? [];
  // csv-parse's own line count is where a record ENDS, and it counts a CRLF inside a quoted
  // cell twice; so count line breaks (CRLF, CR or LF = one) from the byte where each record
  // starts: just after the previous record, past any empty lines.
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; offset < to; offset++) {
      const b = bytes[offset];
      if (b === 0x0a || (b === 0x0d && bytes[offset + 1] !== 0x0a)) line++;
    }
  };
  const records: CsvRecord[] = [];
  rows.forEach(({ record, info }, i) => {
    let start = offset;
    while (bytes[start] === 0x0a || bytes[start] === 0x0d) start++;
    advance(start);
    if (i > 0) {
      records.push({
        line,
        values: Object.fromEntries(header.map((column, j) => [column, record[j] ?? ''])),
      });
    }
    advance(info.bytes);
  });
  return { columns: header, records };
}

export function readCsvFile(path: string): { columns: string[]; records: CsvRecord[] } {
  return parseCsv(readFileSync(path, 'utf8'));
}
