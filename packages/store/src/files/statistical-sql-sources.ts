/**
 * Runs the aggregation statement of statistical-sql.ts, the same text, on its two engines
 * and streams its rows into the matrix (statistical-sql-matrix.ts):
 *
 * - PostgreSQL (hence Citus): a table or a query of a server, rows fetched through a
 *   cursor (pg-cursor) in batches, so only the aggregated cells cross the network;
 * - DuckDB: a CSV or Parquet file, seen as a view of the name the statement reads.
 *
 * Connection problems, an unknown table and a query the server refuses are
 * ImportValidationErrors naming the flag (`--source`, `--table`, `--query`); the source is
 * named without its password (`redactSourceUrl`).
 */
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { checkReadOptions, requireColumns } from './statistical-conventions';
import { fail } from './statistical-limits';
import {
  aggregationSql,
  describeSql,
  duckDbColumnKind,
  postgresColumnKind,
  quoteIdentifier,
  type SqlColumnKind,
} from './statistical-sql';
import { SqlAggregateMatrix } from './statistical-sql-matrix';
import type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

/** A read through SQL: the table, and the statement and parameters that made it. */
export interface StatisticalSqlTable extends StatisticalTable {
  sql: { text: string; params: string[] };
}

/** Where the microdata are on a PostgreSQL server: a table (`schema.table` allowed) or a query. */
export type PostgresStatisticalSource = { url: string } & (
  { table: string; query?: undefined } | { query: string; table?: undefined }
);

/** Rows fetched per round trip from the server's cursor. */
const BATCH_ROWS = 10_000;

/** A table name as `--table` takes it: a name or schema.name, letters, digits and _. */
export const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * The URL without its password (user name, host, port and database kept; a `password`
 * parameter dropped), for messages and run.json.
 *
 * @example redactSourceUrl('postgres://ana:secret@db/stats') // 'postgres://ana@db/stats'
 */
export function redactSourceUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.searchParams.delete('password');
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** The relation the statement reads: the quoted table name, or the query in parentheses. */
function relationOf(source: PostgresStatisticalSource): string {
  if (source.table !== undefined) return source.table.split('.').map(quoteIdentifier).join('.');
  return `(${source.query.trim().replace(/;+\s*$/, '')})`;
}

/** Checks the options and the columns, then writes the statement for these column kinds. */
function statementFor(
  name: string,
  relation: string,
  kinds: Map<string, SqlColumnKind>,
  options: StatisticalTableOptions,
) {
  const yearColumn = options.yearColumn ?? 'year';
  requireColumns(name, [...kinds.keys()], options, yearColumn);
  if (
    options.year !== undefined &&
    kinds.get(yearColumn) === 'number' &&
    !Number.isInteger(Number(options.year))
  )
    fail([
      {
        file: name,
        row: 0,
        field: yearColumn,
        message: `--year: a whole number for a column of numbers, not "${options.year}"`,
      },
    ]);
  for (const column of [options.value, options.establishments])
    if (column && kinds.get(column) === 'other')
      fail([
        { file: name, row: 1, field: column, message: `column "${column}" is neither a number nor text` },
      ]);
  return aggregationSql(relation, kinds, options);
}

function refuseUnsupported(options: StatisticalTableOptions): void {
  if (options.duplicates === 'refuse' || options.negativeIsMissing)
    throw new Error('duplicates: refuse and negativeIsMissing are options of the file readers only');
}

/**
 * Aggregates a table or query of a PostgreSQL server into the matrix.
 *
 * @example await readStatisticalPostgres({ url: 'postgres://ana@db/stats', table: 'microdata' }, { region: 'region', industry: 'naics', value: 'emp', year: 2021 })
 */
export async function readStatisticalPostgres(
  source: PostgresStatisticalSource,
  options: StatisticalTableOptions,
): Promise<StatisticalSqlTable> {
  refuseUnsupported(options);
  const shown = redactSourceUrl(source.url);
  const name = source.table ?? 'query';
  checkReadOptions(name, options);
  if (source.table !== undefined && !TABLE_NAME.test(source.table))
    fail([{ file: shown, row: 0, field: '--table', message: `not a table name: "${source.table}"` }]);
  const relation = relationOf(source);
  const client = new pg.Client({ connectionString: source.url });
  const sourceFailure = (error: unknown, flag: string): never => {
    const e = error as { code?: string; message?: string };
    const message = (e.message ?? String(error)).replaceAll(source.url, shown);
    return fail([{ file: shown, row: 0, field: flag, message: `${e.code ? `${e.code}: ` : ''}${message}` }]);
  };
  const timings: Record<string, number> = {};
  let t = performance.now();
  try {
    await client.connect();
  } catch (error) {
    return sourceFailure(error, '--source');
  }
  try {
    const flag = source.table !== undefined ? '--table' : '--query';
    const described = await client
      .query({ text: describeSql(relation), rowMode: 'array' })
      .catch((error: unknown) => sourceFailure(error, flag));
    const kinds = new Map(described.fields.map((f) => [f.name, postgresColumnKind(f.dataTypeID)]));
    const sql = statementFor(name, relation, kinds, options);
    const matrix = new SqlAggregateMatrix(name, options, timings);
    const cursor = client.query(new Cursor(sql.text, sql.params, { rowMode: 'array' }));
    try {
      for (;;) {
        const rows = (await cursor
          .read(BATCH_ROWS)
          .catch((error: unknown) => sourceFailure(error, flag))) as unknown[][];
        if (rows.length === 0) break;
        for (const row of rows) matrix.add(row);
      }
    } finally {
      await cursor.close().catch(() => undefined);
    }
    timings.aggregate = performance.now() - t;
    t = performance.now();
    return { ...matrix.table(), sql };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Aggregates a CSV, CSV.gz or Parquet file with DuckDB through the same statement: the
 * file is a temporary view named `as` (__Default:__ `source`), so the statement's text is
 * the one PostgreSQL runs on a table of that name. Codes (region, industry, year, `where`
 * columns) of a CSV are read as text, as the file readers do.
 *
 * @example await readStatisticalSqlFile('microdata.parquet', options, { as: 'microdata' })
 */
export async function readStatisticalSqlFile(
  path: string,
  options: StatisticalTableOptions,
  { as = 'source' }: { as?: string } = {},
): Promise<StatisticalSqlTable> {
  refuseUnsupported(options);
  const file = basename(path);
  checkReadOptions(file, options);
  if (!existsSync(path)) fail([{ file, row: 0, field: '(file)', message: `not found: ${path}` }]);
  const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
  const textColumns = [
    options.region,
    options.industry,
    options.yearColumn ?? 'year',
    ...(options.where ?? []).map(([c]) => c),
  ];
  const timings: Record<string, number> = {};
  const t = performance.now();
  // Loaded on first use: DuckDB's native module costs ~0.1 s at start-up (docs/decisions/052).
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const relation = quoteIdentifier(as);
    let view = `read_parquet(${quote(path)})`;
    if (!/\.parquet$/i.test(path)) {
      // read_csv refuses types for columns the file lacks: those are named by requireColumns.
      const header = await connection.runAndReadAll(
        `DESCRIBE SELECT * FROM read_csv(${quote(path)}, header = true, all_varchar = true)`,
      );
      const present = new Set(header.getRows().map((r) => String(r[0])));
      const types = [...new Set(textColumns)].filter((c) => present.has(c));
      view = `read_csv(${quote(path)}, header = true${
        types.length ? `, types = {${types.map((c) => `${quote(c)}: 'VARCHAR'`).join(', ')}}` : ''
      })`;
    }
    await connection.run(`CREATE TEMP VIEW ${relation} AS SELECT * FROM ${view}`);
    const described = await connection.run(describeSql(relation));
    const names = described.columnNames();
    const types = described.columnTypes();
    const kinds = new Map(names.map((n, k) => [n, duckDbColumnKind(String(types[k]))]));
    const sql = statementFor(file, relation, kinds, options);
    const matrix = new SqlAggregateMatrix(file, options, timings);
    const result = await connection.stream(sql.text, sql.params);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const row of chunk.getRows()) matrix.add(row);
    }
    timings.aggregate = performance.now() - t;
    return { ...matrix.table(), sql };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
