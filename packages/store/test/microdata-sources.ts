/**
 * Shared by the tests of mapping from SQL sources (store's statistical-sql.test.ts, the CLI's
 * map-source.test.ts): the same microdata as a Parquet file (written by DuckDB from a CSV,
 * codes kept as text) and in a throw-away database of the test PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Writes `csv` as Parquet at `parquet`, reading the `text` columns as VARCHAR (codes keep their zeros). */
export async function csvToParquet(csv: string, parquet: string, text: readonly string[]): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const types = text.map((c) => `'${c}': 'VARCHAR'`).join(', ');
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true, types = {${types}})) TO '${parquet}' (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface TestDatabase {
  /** Its URL on the test server. */
  url: string;
  /** Drops it (with force). */
  drop(): Promise<void>;
}

/**
 * A new database on the server of TEST_DATABASE_URL, or null when none is set (an error
 * with POLOS_REQUIRE_POSTGRES=1, as `npm test` sets it).
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase | null> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    if (process.env.POLOS_REQUIRE_POSTGRES === '1')
      throw new Error('TEST_DATABASE_URL is not set but POLOS_REQUIRE_POSTGRES=1');
    return null;
  }
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = (statement: string) => runStatements(server, statement);
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * Creates the table `microdata (county, naics, year, state, emp, estab)` in the database at
 * `url` and inserts `rows` (text cells as in the CSV: an empty `emp` is NULL). `emp` is of
 * `empType` (integer, or double precision for fractional values).
 */
export async function loadMicrodataTable(
  url: string,
  rows: readonly string[][],
  empType: 'integer' | 'double precision' = 'integer',
): Promise<void> {
  await withDatabase(url, async (client) => {
    await client.query(
      `create table microdata (county text, naics text, year integer, state text, emp ${empType}, estab integer)`,
    );
    for (const [county, naics, year, state, emp, estab] of rows)
      await client.query('insert into microdata values ($1, $2, $3, $4, $5, $6)', [
        county,
        naics,
        Number(year),
        state,
        emp === '' ? null : Number(emp),
        Number(estab),
      ]);
  });
}

/** Runs `statements` in order on the database at `url`. */
export const runStatements = (url: string, ...statements: string[]): Promise<void> =>
  withDatabase(url, async (client) => {
    for (const statement of statements) await client.query(statement);
  });

async function withDatabase(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
