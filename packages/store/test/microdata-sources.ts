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
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
