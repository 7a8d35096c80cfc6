/**
 * Reads a long-format statistical table (one row per region × industry [× year]) from CSV
 * (optionally .gz) or Parquet into the dense region × industry matrix the core takes
 * (`RegionIndustryMatrix`, docs/methods/mapping.md). CSV goes through the streaming reader
 * of statistical-csv-reader.ts; Parquet through DuckDB, aggregating in SQL. Contract:
 *
 * - A cell that is absent from the file, empty, or a suppression flag (`D`, `S`, `N`, `X`,
 *   `(D)`, `NA`, `-`, …) is MISSING (NaN), never 0; a cell with any missing row is missing.
 * - `level` (2–6) keeps the NAICS codes with exactly that many digits: `00` (all sectors)
 *   and codes of other levels are dropped, so totals are never double counted. At level 2
 *   the published sector ranges (`31-33`, `44-45`, `48-49`) are the sectors; a 2-digit code
 *   inside a range (31, 32, 33, …) is counted in the range unless the file also has the
 *   range row for the same region (then the 2-digit rows are dropped).
 * - `where` keeps the rows whose named columns hold one of the given values; `regionPrefix`
 *   sums the regions of one code prefix (municipality → state), not reported as duplicates;
 *   `absentIsZero` makes a cell with no row 0 (files that omit zeros), not missing.
 * - Any other non-numeric value, a negative value, or a missing column is an error naming
 *   file, line and column (ImportValidationError).
 * - A table over the limits (statistical-limits.ts) is refused before its matrix is made
 *   (StatisticalLimitError); the CSV reader also stops reading there. DuckDB checks the
 *   rows of a Parquet file from its metadata before reading it, and the distinct regions
 *   and industries after its group-by.
 */
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportIssue } from '../store';
import { readStatisticalCsv } from './statistical-csv-reader';
import {
  assembleTable,
  checkReadOptions,
  requireColumns,
  SECTOR_RANGES,
  SUPPRESSED_VALUES,
} from './statistical-conventions';
import { fail, limitError, statisticalLimits } from './statistical-limits';
import type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

export type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

const SUPPRESSED = SUPPRESSED_VALUES;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteString = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function scalarRows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows() as unknown[][];
}

/**
 * CSV and CSV.gz are read by the streaming reader (statistical-csv-reader.ts, several
 * times faster), Parquet by DuckDB; both keep the contract above (the same tests run on both).
 *
 * @example const { matrix } = await readStatisticalTable('cbp.csv.gz', { region: 'fips', industry: 'naics', value: 'emp', year: 2021, level: 6 });
 */
export async function readStatisticalTable(
  path: string,
  options: StatisticalTableOptions,
): Promise<StatisticalTable> {
  checkReadOptions(basename(path), options);
  return /\.parquet$/i.test(path)
    ? readStatisticalTableWithDuckDB(path, options)
    : readStatisticalCsv(path, options);
}

/** The DuckDB reader (CSV, CSV.gz, Parquet); `readStatisticalTable` uses it for Parquet. */
export async function readStatisticalTableWithDuckDB(
  path: string,
  options: StatisticalTableOptions,
): Promise<StatisticalTable> {
  if (options.duplicates === 'refuse')
    throw new Error('duplicates: refuse is read by the streaming CSV reader only (the uploads)');
  const file = basename(path);
  if (!existsSync(path)) fail([{ file, row: 0, field: '(file)', message: `not found: ${path}` }]);
  checkReadOptions(file, options);
  const timings: Record<string, number> = {};
  let t = performance.now();
  // Loaded on first use: DuckDB's native module costs ~0.1 s at start-up (docs/decisions/052).
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const parquet = /\.parquet$/i.test(path);
    const limits = statisticalLimits(options.limits);
    const count = (n: number) => n.toLocaleString('en');
    if (parquet) {
      // The row count is in the Parquet metadata: no scan.
      const [n] = (
        await scalarRows(connection, `SELECT count(*) FROM read_parquet(${quoteString(path)})`)
      )[0]!;
      if (Number(n) > limits.maxRows)
        throw limitError(
          'maxRows',
          limits.maxRows,
          { file, row: 0, field: '(row)' },
          `${count(Number(n))} rows, more than ${count(limits.maxRows)}`,
        );
    }
    const yearColumn = options.yearColumn ?? 'year';
    // Codes stay text (FIPS 01001, NAICS 00): the region, industry and year columns are read
    // as VARCHAR; values keep DuckDB's detected type, and are checked as text only when the
    // detected type is not numeric (suppression flags such as D or (NA)).
    const csvOptions = (types: string[]) =>
      `header = true${types.length ? `, types = {${types.map((c) => `${quoteString(c)}: 'VARCHAR'`).join(', ')}}` : ''}`;
    const readSource = (types: string[]) =>
      parquet ? `read_parquet(${quoteString(path)})` : `read_csv(${quoteString(path)}, ${csvOptions(types)})`;
    const header = await scalarRows(
      connection,
      parquet
        ? `DESCRIBE SELECT * FROM ${readSource([])}`
        : `DESCRIBE SELECT * FROM read_csv(${quoteString(path)}, header = true, all_varchar = true) LIMIT 0`,
    );
    const columns = header.map((r) => String(r[0]));
    requireColumns(file, columns, options, yearColumn);
    const whereColumns = new Map<string, string[]>();
    for (const [column, value] of options.where ?? [])
      whereColumns.set(column, [...(whereColumns.get(column) ?? []), value]);
    const numbers = [options.value, options.establishments];
    const textColumns = [
      ...new Set([
        options.region,
        options.industry,
        ...(columns.includes(yearColumn) ? [yearColumn] : []),
        ...[...whereColumns.keys()].filter((c) => !numbers.includes(c)),
      ]),
    ];
    const source = readSource(textColumns);
    const types = new Map(
      (await scalarRows(connection, `DESCRIBE SELECT * FROM ${source}`)).map((r) => [
        String(r[0]),
        String(r[1]),
      ]),
    );
    const numericType =
      /^(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT)$/;
    const q = quoteIdent;
    const text = (c: string) => `trim(CAST(${q(c)} AS VARCHAR))`;
    const suppressed = `(${SUPPRESSED.map(quoteString).join(', ')})`;
    const isNumeric = (c: string) => numericType.test(types.get(c) ?? '');
    // Numbers: NULL when suppressed; 'bad' flags values that are neither numbers nor flags.
    const read = (c: string) =>
      isNumeric(c)
        ? `CAST(${q(c)} AS DOUBLE)`
        : `CASE WHEN ${text(c)} IS NULL OR ${text(c)} IN ${suppressed} THEN NULL ELSE TRY_CAST(${text(c)} AS DOUBLE) END`;
    // negativeIsMissing: a negative number reads as NULL instead of an error (not counted here).
    const num = (c: string) =>
      options.negativeIsMissing ? `CASE WHEN ${read(c)} < 0 THEN NULL ELSE ${read(c)} END` : read(c);
    const negative = options.negativeIsMissing ? 'FALSE' : null;
    const bad = (c: string) =>
      isNumeric(c)
        ? (negative ?? `${q(c)} < 0`)
        : `(${text(c)} IS NOT NULL AND ${text(c)} NOT IN ${suppressed} AND (TRY_CAST(${text(c)} AS DOUBLE) IS NULL${
            negative ? '' : ` OR TRY_CAST(${text(c)} AS DOUBLE) < 0`
          }))`;
    const filters: string[] = [];
    if (options.year !== undefined)
      filters.push(`${text(yearColumn)} = ${quoteString(String(options.year))}`);
    for (const [column, values] of whereColumns)
      filters.push(`${text(column)} IN (${values.map(quoteString).join(', ')})`);
    const industry = text(options.industry);
    let industryExpr = industry;
    if (options.level !== undefined) {
      if (options.level === 2) {
        filters.push(
          `(regexp_full_match(${industry}, '[0-9]{2}') AND ${industry} <> '00' OR regexp_full_match(${industry}, '[0-9]{2}-[0-9]{2}'))`,
        );
        const cases = Object.entries(SECTOR_RANGES)
          .map(([code, range]) => `WHEN ${quoteString(code)} THEN ${quoteString(range)}`)
          .join(' ');
        industryExpr = `CASE ${industry} ${cases} ELSE ${industry} END`;
      } else {
        filters.push(`regexp_full_match(${industry}, '[0-9]{${options.level}}')`);
      }
    }
    const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    const region = text(options.region);
    const estSelect = options.establishments ? `, ${num(options.establishments)} AS e` : '';
    const badTest = [options.value, ...(options.establishments ? [options.establishments] : [])]
      .map(bad)
      .concat([`${region} IS NULL`, `${region} = ''`, `${industry} IS NULL`, `${industry} = ''`])
      .join(' OR ');
    // One pass: filter and group by (region, code); n rows, value missing if any row is.
    const yearAgg =
      options.year === undefined && columns.includes(yearColumn)
        ? `, min(${q(yearColumn)}) AS y0, max(${q(yearColumn)}) AS y1`
        : '';
    const estGroup = options.establishments
      ? ', CASE WHEN count(e) < count(*) THEN NULL ELSE sum(e) END AS e'
      : '';
    await connection.run(
      `CREATE TEMP TABLE kept AS SELECT r, any_value(i) AS i, code, count(*) AS n, CASE WHEN count(v) < count(*) THEN NULL ELSE sum(v) END AS v${estGroup}, bool_or(bad) AS bad${yearAgg}
       FROM (SELECT ${region} AS r, ${industryExpr} AS i, ${industry} AS code, ${num(options.value)} AS v${estSelect}, (${badTest}) AS bad${
         yearAgg ? `, ${text(yearColumn)} AS ${q(yearColumn)}` : ''
       } FROM ${source} ${where}) GROUP BY r, code`,
    );
    timings.scan = performance.now() - t;
    t = performance.now();
    const badCount = Number((await scalarRows(connection, 'SELECT count(*) FROM kept WHERE bad'))[0]![0]);
    if (badCount > 0) {
      // Only now number the lines (DuckDB keeps a CSV's order in a single scan): line = row + 1.
      const issues: ImportIssue[] = [];
      const checks: Array<[string, string]> = [
        [options.value, bad(options.value)],
        ...(options.establishments
          ? [[options.establishments, bad(options.establishments)] as [string, string]]
          : []),
        [options.region, `(${region} IS NULL OR ${region} = '')`],
        [options.industry, `(${industry} IS NULL OR ${industry} = '')`],
      ];
      for (const [column, test] of checks) {
        const rows = await scalarRows(
          connection,
          `SELECT line, value FROM (SELECT row_number() OVER () + 1 AS line, ${text(column)} AS value, ${test} AS b${
            filters.length ? `, (${filters.join(' AND ')}) AS kept` : ', true AS kept'
          } FROM ${source}) WHERE b AND kept ORDER BY line LIMIT 20`,
        );
        for (const [line, value] of rows) {
          issues.push({
            file,
            row: Number(line),
            field: column,
            message:
              column === options.region || column === options.industry
                ? 'empty'
                : `"${String(value)}" is not a non-negative number (missing values: empty or ${SUPPRESSED.filter(Boolean).join(' ')})`,
          });
        }
      }
      fail(issues);
    }
    let years: string[] = [];
    if (options.year === undefined && columns.includes(yearColumn)) {
      const [y0, y1] = (await scalarRows(connection, 'SELECT min(y0), max(y1) FROM kept'))[0]!.map(String);
      years = [y0!];
      if (y0 !== y1) {
        years = (
          await scalarRows(
            connection,
            `SELECT DISTINCT ${text(yearColumn)} AS y FROM ${source} ${where} ORDER BY y`,
          )
        ).map((r) => String(r[0]));
        fail([
          {
            file,
            row: 0,
            field: yearColumn,
            message: `the file has ${years.length} years (${years.join(', ')}): choose one with --year`,
          },
        ]);
      }
    }
    if (options.level === 2) {
      // A region that has the range row (31-33) must not also count its 31, 32, 33 rows.
      await connection.run(
        `DELETE FROM kept WHERE code <> i AND (r, i) IN (SELECT r, i FROM kept WHERE code = i AND i LIKE '%-%')`,
      );
    }
    // base: one row per original region × industry; agg: the same rolled up to the prefix.
    const sums = `sum(n) AS n, CASE WHEN count(v) < count(*) THEN NULL ELSE sum(v) END AS v${
      options.establishments ? ', CASE WHEN count(e) < count(*) THEN NULL ELSE sum(e) END AS e' : ''
    }`;
    if (options.level === 2) {
      await connection.run(`CREATE TEMP TABLE base AS SELECT r, i, ${sums} FROM kept GROUP BY r, i`);
    } else {
      await connection.run('CREATE VIEW base AS SELECT * FROM kept');
    }
    if (options.regionPrefix !== undefined) {
      await connection.run(
        `CREATE TEMP TABLE agg AS SELECT left(r, ${options.regionPrefix}) AS r, i, ${sums} FROM base GROUP BY 1, i`,
      );
    } else {
      await connection.run('CREATE VIEW agg AS SELECT * FROM base');
    }
    const [keptRows, cellsRows] = (await scalarRows(connection, 'SELECT sum(n), count(*) FROM base'))[0]!.map(
      Number,
    );
    const kept = keptRows ?? 0;
    if (!cellsRows) {
      fail([
        {
          file,
          row: 0,
          field: options.industry,
          message: 'no rows left after the year, level and where filters',
        },
      ]);
    }
    const [R, P0] = (
      await scalarRows(connection, 'SELECT count(DISTINCT r), count(DISTINCT i) FROM base')
    )[0]!.map(Number) as [number, number];
    const at = { file, row: 0, field: '(file)' };
    if (kept > limits.maxRows)
      throw limitError('maxRows', limits.maxRows, at, `more than ${count(limits.maxRows)} rows`);
    if (R > limits.maxRegions)
      throw limitError(
        'maxRegions',
        limits.maxRegions,
        { ...at, field: options.region },
        `${count(R)} distinct regions`,
      );
    if (P0 > limits.maxIndustries)
      throw limitError(
        'maxIndustries',
        limits.maxIndustries,
        { ...at, field: options.industry },
        `${count(P0)} distinct industries`,
      );
    if (R * P0 > limits.maxCells)
      throw limitError(
        'maxCells',
        limits.maxCells,
        at,
        `${count(R)} regions × ${count(P0)} industries make more than ${count(limits.maxCells)} cells`,
      );
    const regions = (await scalarRows(connection, 'SELECT DISTINCT r FROM agg ORDER BY r')).map((x) =>
      String(x[0]),
    );
    const industries = (await scalarRows(connection, 'SELECT DISTINCT i FROM agg ORDER BY i')).map((x) =>
      String(x[0]),
    );
    const P = industries.length;
    const absent = options.absentIsZero ? 0 : NaN;
    const values = new Float64Array(regions.length * P).fill(absent);
    const est = options.establishments ? new Float64Array(regions.length * P).fill(absent) : undefined;
    const result = await connection.run(
      `WITH ri AS (SELECT r, CAST(row_number() OVER (ORDER BY r) - 1 AS INTEGER) AS ri FROM (SELECT DISTINCT r FROM agg)),
            ii AS (SELECT i, CAST(row_number() OVER (ORDER BY i) - 1 AS INTEGER) AS ii FROM (SELECT DISTINCT i FROM agg))
       SELECT ri.ri * ${P} + ii.ii AS cell, v${options.establishments ? ', e' : ''} FROM agg JOIN ri USING (r) JOIN ii USING (i)`,
    );
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const n = chunk.rowCount;
      const cv = chunk.getColumnVector(0);
      const vv = chunk.getColumnVector(1);
      const ev = est ? chunk.getColumnVector(2) : undefined;
      for (let k = 0; k < n; k++) {
        const cell = cv.getItem(k) as number;
        const v = vv.getItem(k) as number | null;
        values[cell] = v === null ? NaN : v;
        if (est && ev) {
          const e = ev.getItem(k) as number | null;
          est[cell] = e === null ? NaN : e;
        }
      }
    }
    timings.aggregate = performance.now() - t;
    return assembleTable({
      regions,
      industries,
      values,
      establishments: est,
      rows: kept,
      years,
      duplicates: kept - cellsRows!,
      timings,
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
