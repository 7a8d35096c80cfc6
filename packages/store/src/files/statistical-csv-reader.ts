/**
 * Streaming reader of a long-format statistical CSV (optionally .gz) straight into the
 * dense region × industry matrix: one pass over the bytes, no intermediate strings for
 * the codes (each distinct code is decoded once), integers parsed from their digits. It
 * has the same contract as the DuckDB reader in statistical-table.ts (which reads
 * Parquet), and the same tests run on both:
 *
 * - a cell absent from the file, empty, or a suppression flag is MISSING (NaN), never 0;
 *   a cell with any missing row is missing; duplicate rows are summed and noted;
 * - `level` keeps the NAICS codes of exactly that many digits (level 2: the sectors, with
 *   the published ranges 31-33, 44-45, 48-49 counted once);
 * - `where` keeps the rows whose named columns hold one of the given values (each distinct
 *   value decided once, statistical-row-filter.ts); `regionPrefix` rolls region codes up to
 *   their first N characters and `absentIsZero` makes absent cells 0 (pivotRows);
 * - any other non-numeric or negative value, an empty code or one with a NUL byte, a
 *   missing column or a short row is an error naming file, line and column
 *   (ImportValidationError), up to 20 per column; nothing is returned half read;
 * - a file over the limits (statistical-limits.ts: distinct regions, industries, cells,
 *   rows, bytes of text after gunzip) is refused where the reader finds it, before the
 *   matrix is allocated and without reading the rest (StatisticalLimitError).
 *
 * CSV as RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks;
 * the delimiter (comma, semicolon, tab or bar) is the most frequent of them in the header;
 * in a semicolon file (Excel in languages that write 380,5) a value with a decimal comma
 * is read as such, dots then grouping thousands (1.234,5); a value without a comma keeps
 * its dot as the decimal mark (12.5), since Excel writes no thousands separators by default;
 * CRLF or LF; a UTF-8 byte-order mark is skipped. Line numbers count records, the header
 * being line 1 (as DuckDB numbers rows).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { ImportValidationError, type ImportIssue } from '../store';
import { ByteInterner, RowColumns, pivotRows } from './statistical-csv-columns';
import { RepeatedRows } from './statistical-duplicates';
import {
  assembleTable,
  checkReadOptions,
  isCodeOfLevel,
  requireColumns,
  SECTOR_RANGES,
  SUPPRESSED_VALUES,
} from './statistical-conventions';
import { count, fail, limitError, megabytes, statisticalLimits } from './statistical-limits';
import { RowFilter, type Field } from './statistical-row-filter';
import type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

const suppressed = new Set(SUPPRESSED_VALUES);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const [QUOTE, LF, CR, SPACE, TAB, SEMICOLON] = [34, 10, 13, 32, 9, 59] as const;
/** A number with a decimal comma, dots grouping thousands only before it (1.234,5). */
const DECIMAL_COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+),\d+$/;
const MAX_ISSUES = 20;
// A code is stored and sent as text: PostgreSQL refuses U+0000 in text and JSON.
const NUL_MESSAGE = 'the code holds a NUL byte (U+0000)';

export async function readStatisticalCsv(
  path: string,
  options: StatisticalTableOptions,
): Promise<StatisticalTable> {
  const file = basename(path);
  checkReadOptions(file, options);
  const t0 = performance.now();
  const yearColumn = options.yearColumn ?? 'year';
  const level = options.level;
  const limits = statisticalLimits(options.limits);

  // Per-row state filled by the scanner.
  let header: string[] | undefined;
  let delimiter = 44;
  let col = { region: -1, industry: -1, value: -1, est: -1, year: -1 };
  let needed = 0;
  let filter: RowFilter | undefined;
  let line = 1;
  const regions = new ByteInterner();
  const codes = new ByteInterner();
  const years = new ByteInterner();
  const codeKeep: number[] = []; // per code id: 1 kept, 0 dropped by the level filter
  let keptCodes = 0;
  const yearKeep: number[] = [];
  const yearSeen: number[] = [];
  const rows = new RowColumns(!!options.establishments);
  const issues = { value: [] as ImportIssue[], est: [] as ImportIssue[], region: [], industry: [] } as Record<
    'value' | 'est' | 'region' | 'industry',
    ImportIssue[]
  >;
  let badRows = 0;
  let negatives = 0;
  const repeated = options.duplicates === 'refuse' ? new RepeatedRows() : undefined;
  const fields: Field[] = [];

  const decode = (bytes: Uint8Array, f: Field): string => {
    const s = Buffer.from(bytes.buffer, bytes.byteOffset + f.start, f.end - f.start).toString('utf8');
    return f.escaped ? s.replaceAll('""', '"') : s;
  };
  /** A value field → number, NaN when suppressed, undefined when bad. */
  const parseValue = (bytes: Uint8Array, f: Field): number | undefined => {
    let v = 0;
    let k = f.start;
    if (k < f.end && !f.escaped) {
      for (; k < f.end; k++) {
        const d = bytes[k]! - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (k === f.end && v <= Number.MAX_SAFE_INTEGER) return v;
    }
    let text = decode(bytes, f).trim();
    if (suppressed.has(text)) return NaN;
    // A semicolon file is Excel's CSV where the comma is the decimal mark: 380,5 and 1.234,5.
    if (delimiter === SEMICOLON && DECIMAL_COMMA.test(text))
      text = text.replaceAll('.', '').replace(',', '.');
    if (!NUMBER.test(text)) return undefined;
    const n = Number(text);
    if (n >= 0) return n;
    if (!options.negativeIsMissing) return undefined;
    negatives++;
    return NaN;
  };
  const valueIssue = (column: string, text: string): ImportIssue => ({
    file,
    row: line,
    field: column,
    message: `"${text}" is not a non-negative number (missing values: empty or ${SUPPRESSED_VALUES.filter(Boolean).join(' ')})`,
  });
  const note = (list: ImportIssue[], issue: ImportIssue) => {
    if (list.length < MAX_ISSUES) list.push(issue);
  };

  const onHeader = (bytes: Uint8Array, n: number) => {
    header = fields.slice(0, n).map((f) => decode(bytes, f).trim());
    const at = (name: string) => header!.indexOf(name);
    col = {
      region: at(options.region),
      industry: at(options.industry),
      value: at(options.value),
      est: options.establishments ? at(options.establishments) : -1,
      year: at(yearColumn),
    };
    requireColumns(file, header!, options, yearColumn);
    if (options.where?.length) filter = new RowFilter(options.where, header!);
    needed = Math.max(col.region, col.industry, col.value, col.est, col.year, filter?.lastIndex ?? -1) + 1;
  };

  /** After a new distinct code: the counts so far against the limits (the matrix is not made yet). */
  const checkCodes = (column: string) => {
    const where = { file, row: line, field: column };
    const R = regions.names.length;
    const over = (limit: 'maxRegions' | 'maxIndustries' | 'maxCells', n: number, found: () => string) => {
      if (n > limits[limit]) throw limitError(limit, limits[limit], where, found());
    };
    over('maxRegions', R, () => `more than ${count(limits.maxRegions)} distinct regions`);
    over('maxIndustries', keptCodes, () => `more than ${count(limits.maxIndustries)} distinct industries`);
    over(
      'maxCells',
      R * keptCodes,
      () =>
        `${count(R)} regions × ${count(keptCodes)} industries so far make more than ${count(limits.maxCells)} cells`,
    );
  };

  /** A new code with a NUL byte: noted, and its row is bad. */
  const hasNul = (code: string, list: ImportIssue[], column: string): boolean => {
    if (!code.includes('\0')) return false;
    note(list, { file, row: line, field: column, message: NUL_MESSAGE });
    badRows++;
    return true;
  };

  const onRow = (bytes: Uint8Array, n: number) => {
    if (n === 1 && fields[0]!.start === fields[0]!.end && !fields[0]!.quoted) return; // blank line
    line++;
    if (line - 1 > limits.maxRows)
      throw limitError(
        'maxRows',
        limits.maxRows,
        { file, row: line, field: '(row)' },
        `more than ${limits.maxRows.toLocaleString('en')} rows`,
      );
    let yearRow = -1;
    if (n < needed) {
      fail([
        {
          file,
          row: line,
          field: '(row)',
          message: `${n} field${n === 1 ? '' : 's'}, but the header has ${header!.length}`,
        },
      ]);
    }
    if (col.year >= 0) {
      const f = fields[col.year]!;
      const y = years.id(bytes, f.start, f.end, f.escaped ? decode(bytes, f) : undefined);
      if (y === yearKeep.length) {
        const text = years.names[y]!.trim();
        yearKeep.push(options.year === undefined || text === String(options.year) ? 1 : 0);
        yearSeen.push(0);
      }
      if (!yearKeep[y]) return;
      yearRow = y;
    }
    if (filter && !filter.keeps(bytes, fields, decode)) return;
    const fi = fields[col.industry]!;
    const c = codes.id(bytes, fi.start, fi.end, fi.escaped ? decode(bytes, fi) : undefined);
    if (c === codeKeep.length) {
      const keep = isCodeOfLevel(codes.names[c]!.trim(), level);
      codeKeep.push(keep ? 1 : 0);
      if (keep) {
        keptCodes++;
        checkCodes(options.industry);
        if (hasNul(codes.names[c]!, issues.industry, options.industry)) return;
      }
    }
    if (!codeKeep[c]) return;
    if (yearRow >= 0) yearSeen[yearRow] = 1;
    const fr = fields[col.region]!;
    let bad = false;
    if (fr.start === fr.end) {
      note(issues.region, { file, row: line, field: options.region, message: 'empty' });
      bad = true;
    }
    if (fi.start === fi.end) {
      note(issues.industry, { file, row: line, field: options.industry, message: 'empty' });
      bad = true;
    }
    const fv = fields[col.value]!;
    const v = parseValue(bytes, fv);
    if (v === undefined) {
      note(issues.value, valueIssue(options.value, decode(bytes, fv).trim()));
      bad = true;
    }
    let e = NaN;
    if (col.est >= 0) {
      const fe = fields[col.est]!;
      const parsed = parseValue(bytes, fe);
      if (parsed === undefined) {
        note(issues.est, valueIssue(options.establishments!, decode(bytes, fe).trim()));
        bad = true;
      } else e = parsed;
    }
    if (bad) {
      badRows++;
      return;
    }
    const known = regions.names.length;
    const r = regions.id(bytes, fr.start, fr.end, fr.escaped ? decode(bytes, fr) : undefined);
    if (regions.names.length > known) {
      checkCodes(options.region);
      if (hasNul(regions.names[r]!, issues.region, options.region)) return;
    }
    const earlier = repeated?.earlier(r, c, line);
    if (earlier !== undefined) {
      const message = `the same region and industry as line ${earlier} (rows are not summed here)`;
      note(issues.region, { file, row: line, field: options.region, message });
      return void badRows++;
    }
    rows.push(r, c, v!, e);
  };

  /**
   * Parses the complete records of bytes[from, to); returns where the first incomplete one
   * starts (all of them when `final`).
   */
  const scan = (bytes: Uint8Array, from: number, to: number, final: boolean): number => {
    let p = from;
    if (header === undefined && p === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) p = 3;
    if (header === undefined) {
      // The delimiter: the most frequent of , ; tab | on the first line.
      const eol = bytes.indexOf(LF, p);
      if (eol < 0 && !final) return p;
      const first = bytes.subarray(p, eol < 0 ? to : eol);
      let best = 0;
      for (const d of [44, 59, 9, 124]) {
        let count = 0;
        for (let k = 0; k < first.length; k++) if (first[k] === d) count++;
        if (count > best) {
          best = count;
          delimiter = d;
        }
      }
    }
    const delim = delimiter;
    while (p < to) {
      const recordStart = p;
      let n = 0;
      let complete = false;
      for (;;) {
        // One field.
        let f = fields[n];
        if (!f) f = fields[n] = { start: 0, end: 0, quoted: false, escaped: false };
        while (p < to && (bytes[p] === SPACE || bytes[p] === TAB)) p++;
        if (p < to && bytes[p] === QUOTE) {
          f.quoted = true;
          f.escaped = false;
          const s = ++p;
          for (;;) {
            if (p >= to) break;
            if (bytes[p] === QUOTE) {
              if (p + 1 < to && bytes[p + 1] === QUOTE) {
                f.escaped = true;
                p += 2;
                continue;
              }
              if (p + 1 >= to && !final) {
                p = to; // the closing quote may be followed by another in the next chunk
                break;
              }
              break;
            }
            p++;
          }
          if (p >= to && !final) return recordStart;
          f.start = s;
          f.end = Math.min(p, to);
          p++; // closing quote
          while (p < to && bytes[p] !== delim && bytes[p] !== LF) p++; // ignore text after it
        } else {
          f.quoted = false;
          f.escaped = false;
          f.start = p;
          while (p < to && bytes[p] !== delim && bytes[p] !== LF) p++;
          let e = p;
          while (e > f.start && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB || bytes[e - 1] === CR)) e--;
          f.end = e;
        }
        // trim inside quotes too (DuckDB trims the codes and values)
        while (f.start < f.end && (bytes[f.start] === SPACE || bytes[f.start] === TAB)) f.start++;
        while (f.end > f.start && (bytes[f.end - 1] === SPACE || bytes[f.end - 1] === TAB)) f.end--;
        n++;
        if (p >= to) {
          if (!final) return recordStart;
          complete = true;
          break;
        }
        if (bytes[p] === LF) {
          p++;
          complete = true;
          break;
        }
        p++; // delimiter
      }
      if (complete) {
        if (header === undefined) onHeader(bytes, n);
        else onRow(bytes, n);
      }
    }
    return p;
  };

  // Stream the file (gunzipped when .gz) in chunks; an incomplete record at the end of a
  // chunk is carried over to the next one. Bytes of text are counted as they come out of
  // gunzip, and reading stops at the limit (a gzip bomb is never inflated whole).
  const input = createReadStream(path, { highWaterMark: 1 << 22 });
  const gunzip = /\.gz$/i.test(path) ? createGunzip({ chunkSize: 1 << 20 }) : undefined;
  const stream: AsyncIterable<Buffer> = gunzip ? input.pipe(gunzip) : input;
  if (gunzip) input.on('error', (error) => gunzip.destroy(error));
  let carry: Buffer | undefined;
  let textBytes = 0;
  try {
    for await (const chunk of stream) {
      textBytes += chunk.length;
      if (textBytes > limits.maxBytes)
        throw limitError(
          'maxBytes',
          limits.maxBytes,
          { file, row: line, field: '(file)' },
          `more than ${megabytes(limits.maxBytes)} of text${gunzip ? ' once decompressed' : ''}`,
        );
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      const rest = scan(bytes, 0, bytes.length, false);
      carry = rest < bytes.length ? Buffer.from(bytes.subarray(rest)) : undefined;
    }
    if (carry) scan(carry, 0, carry.length, true);
  } catch (error) {
    if (error instanceof ImportValidationError) throw error;
    const code = (error as { code?: string }).code;
    fail([
      {
        file,
        row: 0,
        field: '(file)',
        message:
          code === 'ENOENT'
            ? `not found: ${path}`
            : `cannot be read: ${(error as Error).message}${code === 'Z_DATA_ERROR' ? ' (not a gzip file?)' : ''}`,
      },
    ]);
  } finally {
    input.destroy();
    gunzip?.destroy();
  }
  if (header === undefined) fail([{ file, row: 0, field: '(file)', message: 'the file is empty' }]);
  if (badRows > 0) fail([...issues.value, ...issues.est, ...issues.region, ...issues.industry]);
  const timings: Record<string, number> = { scan: performance.now() - t0 };
  const t1 = performance.now();

  let yearsFound: string[] = [];
  if (options.year === undefined && col.year >= 0) {
    const seen = years.names.filter((_, y) => yearSeen[y]).map((s) => s.trim());
    const distinct = [...new Set(seen)].sort();
    if (distinct.length > 1) {
      fail([
        {
          file,
          row: 0,
          field: yearColumn,
          message: `the file has ${distinct.length} years (${distinct.join(', ')}): choose one with --year`,
        },
      ]);
    }
    yearsFound = distinct;
  }
  if (rows.length === 0) {
    fail([
      {
        file,
        row: 0,
        field: options.industry,
        message: 'no rows left after the year, level and where filters',
      },
    ]);
  }

  // Codes → industries (level 2: a sector's 2-digit code counts in its published range).
  const codeNames = codes.names.map((s) => s.trim());
  const target = codeNames.map((code) => (level === 2 ? (SECTOR_RANGES[code] ?? code) : code));
  const { regionList, industryList, values, est, kept, duplicates } = pivotRows(rows, {
    regionNames: regions.names.map((s) => s.trim()),
    codeNames,
    target,
    codeKeep,
    level,
    regionPrefix: options.regionPrefix,
    absentIsZero: options.absentIsZero,
  });
  timings.aggregate = performance.now() - t1;
  return assembleTable({
    regions: regionList,
    industries: industryList,
    values,
    establishments: est,
    rows: kept,
    years: yearsFound,
    duplicates,
    negatives,
    timings,
  });
}
