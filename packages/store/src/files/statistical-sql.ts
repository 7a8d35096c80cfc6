/**
 * The aggregation step of mapping as one SQL statement that DuckDB and PostgreSQL (hence
 * Citus) both run unchanged (docs/scale.md, docs/decisions/107): sum the values of a long
 * region × industry [× year] table by region and industry after the year, `where`, NAICS
 * level and region-prefix filters of the file readers (statistical-table.ts). Only the
 * subset both engines share is used: CAST … AS VARCHAR / DOUBLE PRECISION, trim, substr,
 * length, translate, CASE, a CTE, EXISTS, count/sum/min/max, GROUP BY; identifiers are
 * quoted and the values the user gives (year, `where` values) are parameters ($1, $2, …);
 * the numbers written into the text (level, prefix) are checked integers.
 *
 * The statement returns one row per region × industry (AGGREGATE_COLUMNS); the caller
 * turns them into the matrix (statistical-sql-matrix.ts). A cell with any NULL (missing)
 * row is missing, as in the file readers: count(value) < count(*).
 */
import { SECTOR_RANGES, SUPPRESSED_VALUES } from './statistical-conventions';
import type { StatisticalTableOptions } from './statistical-table-types';

/** How a column of the source is read: numbers as they are, text checked and cast. */
export type SqlColumnKind = 'number' | 'text' | 'other';

/** The columns of the statement's result, in order (statistical-sql-matrix.ts reads them). */
export const AGGREGATE_COLUMNS = [
  'region',
  'industry',
  'n_rows',
  'n_value',
  'value',
  'n_establishments',
  'establishments',
  'n_cells',
  'first_year',
  'last_year',
  'bad_value',
  'bad_establishments',
  'empty_code',
] as const;

export interface AggregationSql {
  /** The statement, the same text for DuckDB and PostgreSQL. */
  text: string;
  /** The values of $1, $2, … (year, then each `where` value), all text. */
  params: string[];
}

/** `"name"`, with inner quotes doubled: a column or table name as written (no case folding). */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The statement that lists a source's columns without reading a row (the same on both engines).
 *
 * @example describeSql('"microdata"') // SELECT * FROM "microdata" AS source LIMIT 0
 */
export function describeSql(relation: string): string {
  return `SELECT * FROM ${relation} AS source LIMIT 0`;
}

/**
 * The kind of a DuckDB column type (its name: BIGINT, DECIMAL(18,3), VARCHAR…).
 *
 * @example duckDbColumnKind('DECIMAL(18,3)') // 'number'
 */
export function duckDbColumnKind(type: string): SqlColumnKind {
  if (
    /^(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|U(BIG|)INT.*|UTINYINT|USMALLINT)$/.test(
      type,
    )
  )
    return 'number';
  return /^VARCHAR/.test(type) ? 'text' : 'other';
}

/** PostgreSQL type OIDs (pg_type): int2, int4, int8, float4, float8, numeric; text, varchar, bpchar. */
const PG_NUMBER_OIDS = new Set([21, 23, 20, 700, 701, 1700]);
const PG_TEXT_OIDS = new Set([25, 1043, 1042]);

/**
 * The kind of a PostgreSQL column from its type OID.
 *
 * @example postgresColumnKind(701) // 'number' (float8)
 */
export function postgresColumnKind(oid: number): SqlColumnKind {
  if (PG_NUMBER_OIDS.has(oid)) return 'number';
  return PG_TEXT_OIDS.has(oid) ? 'text' : 'other';
}

/**
 * The aggregation statement over `relation` (a quoted table or view name, or `(query)`),
 * whose columns are `kinds`, for the read `options` (checked before: checkReadOptions and
 * requireColumns). `regionPrefix` and `level` must be whole numbers.
 *
 * - codes: `trim(CAST(c AS VARCHAR))` (FIPS 01001 stays text when the column is text);
 *   the year likewise, but a number column of years is compared as a number (the year
 *   must then be a whole number: statementFor checks it);
 * - values of a number column: cast to DOUBLE PRECISION, NULL = missing, negative = bad;
 *   of a text column: NULL or a suppression flag (statistical-conventions.ts) = missing,
 *   plain decimals (`12`, `12.5`) are numbers, anything else is bad;
 * - level n ≥ 3: codes of exactly n digits; level 2: two digits but `00`, and the sector
 *   ranges (`31-33`) with their 2-digit codes counted in the range unless the same region
 *   has the range row (NAICS; statistical-table.ts states the same rule for files);
 * - regionPrefix n: `substr(region, 1, n)`, and n_cells counts the original regions so
 *   that summing a prefix's regions is not reported as duplicate rows.
 *
 * @example aggregationSql('"microdata"', kinds, { region: 'region', industry: 'naics', value: 'emp', year: 2021 })
 */
export function aggregationSql(
  relation: string,
  kinds: ReadonlyMap<string, SqlColumnKind>,
  options: StatisticalTableOptions,
): AggregationSql {
  const params: string[] = [];
  const param = (value: string) => {
    params.push(value);
    return `$${params.length}`;
  };
  const text = (column: string) => `trim(CAST(${quoteIdentifier(column)} AS VARCHAR))`;
  const suppressed = `(${SUPPRESSED_VALUES.map(quoteText).join(', ')})`;
  // A plain decimal: digits, an optional point and digits (SIMILAR TO is a whole-string
  // match on both engines; \. is a literal point on both).
  const decimal = `'[0-9]+(\\.[0-9]+)?'`;
  const number = (column: string) => {
    if (kinds.get(column) === 'number') {
      const cast = `CAST(${quoteIdentifier(column)} AS DOUBLE PRECISION)`;
      return { read: cast, bad: `${cast} < 0` };
    }
    const t = text(column);
    return {
      read: `CASE WHEN ${t} SIMILAR TO ${decimal} THEN CAST(${t} AS DOUBLE PRECISION) END`,
      bad: `${t} IS NOT NULL AND ${t} NOT IN ${suppressed} AND NOT ${t} SIMILAR TO ${decimal}`,
    };
  };
  const yearColumn = options.yearColumn ?? 'year';
  const hasYear = kinds.has(yearColumn);
  const filters: string[] = [];
  if (options.year !== undefined) {
    // A number column is compared as a number, so an index or a partition by year is used.
    filters.push(
      kinds.get(yearColumn) === 'number'
        ? `${quoteIdentifier(yearColumn)} = CAST(${param(String(Number(options.year)))} AS INTEGER)`
        : `${text(yearColumn)} = ${param(String(options.year))}`,
    );
  }
  const whereColumns = new Map<string, string[]>();
  for (const [column, value] of options.where ?? [])
    whereColumns.set(column, [...(whereColumns.get(column) ?? []), value]);
  for (const [column, values] of whereColumns)
    filters.push(`${text(column)} IN (${values.map(param).join(', ')})`);
  const code = text(options.industry);
  const digitsOnly = (c: string) => `translate(${c}, '0123456789', '') = ''`;
  let industry = code;
  if (options.level === 2) {
    filters.push(
      `((length(${code}) = 2 AND ${digitsOnly(code)} AND ${code} <> '00') OR (length(${code}) = 5 AND substr(${code}, 3, 1) = '-' AND translate(${code}, '0123456789', '') = '-'))`,
    );
    const cases = Object.entries(SECTOR_RANGES)
      .map(([two, range]) => `WHEN ${quoteText(two)} THEN ${quoteText(range)}`)
      .join(' ');
    industry = `CASE ${code} ${cases} ELSE ${code} END`;
  } else if (options.level !== undefined) {
    filters.push(`length(${code}) = ${integer(options.level)} AND ${digitsOnly(code)}`);
  }
  const value = number(options.value);
  const establishments = options.establishments ? number(options.establishments) : undefined;
  const region = text(options.region);
  const kept = [
    `${region} AS r`,
    `${code} AS code`,
    `${industry} AS i`,
    `${value.read} AS v`,
    `${establishments?.read ?? 'CAST(NULL AS DOUBLE PRECISION)'} AS e`,
    `${hasYear ? text(yearColumn) : 'CAST(NULL AS VARCHAR)'} AS y`,
    `CASE WHEN ${value.bad} THEN 1 ELSE 0 END AS bad_v`,
    `CASE WHEN ${establishments?.bad ?? 'FALSE'} THEN 1 ELSE 0 END AS bad_e`,
    `CASE WHEN ${region} IS NULL OR ${region} = '' OR ${code} IS NULL OR ${code} = '' THEN 1 ELSE 0 END AS bad_k`,
  ];
  const regionOut =
    options.regionPrefix !== undefined ? `substr(r, 1, ${integer(options.regionPrefix)})` : 'r';
  const select = [
    `${regionOut} AS region`,
    'i AS industry',
    'count(*) AS n_rows',
    'count(v) AS n_value',
    'sum(v) AS value',
    'count(e) AS n_establishments',
    'sum(e) AS establishments',
    `${options.regionPrefix !== undefined ? 'count(DISTINCT r)' : '1'} AS n_cells`,
    'min(y) AS first_year',
    'max(y) AS last_year',
    'sum(bad_v) AS bad_value',
    'sum(bad_e) AS bad_establishments',
    'sum(bad_k) AS empty_code',
  ];
  // Level 2: a 2-digit row inside a range is left out when its region has the range row.
  const ranges =
    options.level === 2
      ? '\nWHERE NOT (kept.code <> kept.i AND EXISTS (SELECT 1 FROM kept AS ranges WHERE ranges.r = kept.r AND ranges.code = kept.i))'
      : '';
  const textOut =
    `WITH kept AS (\n  SELECT ${kept.join(',\n    ')}\n  FROM ${relation} AS source` +
    (filters.length ? `\n  WHERE ${filters.join('\n    AND ')}` : '') +
    `\n)\nSELECT ${select.join(',\n  ')}\nFROM kept${ranges}\nGROUP BY ${regionOut}, i`;
  return { text: textOut, params };
}

/** A whole number written into SQL text (never user text): refuses anything else. */
function integer(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not a whole number: ${n}`);
  return String(n);
}
