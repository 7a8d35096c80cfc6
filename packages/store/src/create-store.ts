/**
 * Opens the platform database: a PostgreSQL server when `databaseUrl` is a
 * `postgres://` URL, otherwise PGlite with its data in `dataDir` (in memory for
 * `memory://` or no folder). The same migrations and queries run on both. A PGlite
 * folder is durable (fsync per commit) unless `durability: 'relaxed'`.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockFolder } from './backup/folder-lock';
import { PGliteDialect } from './pglite-dialect';
import { pgliteOptions } from './pglite-durability';
import type { Database } from './database';
import { SqlStore } from './sql-store';
import type { StoreOptions } from './store';

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * @example
 * const store = await createStore({ dataDir: '.polos' });
 * await store.migrate();
 */
export async function createStore(options: StoreOptions = {}): Promise<SqlStore> {
  if (options.readOnly && !isPostgresUrl(options.databaseUrl))
    throw new Error('a read-only store is a PostgreSQL read replica: give its postgres:// URL');
  const { db, kind } = await openDatabase(options);
  return new SqlStore(db, kind, options.readOnly ?? false);
}

/**
 * The database `createStore` wraps, typed by its schema and not migrated (tests of a
 * migration, bulk fixtures); `db.destroy()` closes it.
 */
export async function openDatabase(
  options: StoreOptions = {},
): Promise<{ db: Kysely<Database>; kind: 'pglite' | 'postgres' }> {
  if (isPostgresUrl(options.databaseUrl)) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover, an administrator's
    // pg_terminate_backend) is an 'error' event on the pool: without a listener Node would
    // crash the process. The pool drops that client and opens a new one on the next query.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`, 'PolosDatabaseWarning');
    });
    // Fail fast with a clear message when the server is unreachable.
    const client = await pool.connect().catch(async (error: unknown) => {
      await pool.end();
      throw new Error(
        `cannot connect to DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    client.release();
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
  }
  const dataDir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // One process per folder (backup/folder-lock.ts); released when the database closes.
  const release = dataDir ? lockFolder(dataDir) : () => {};
  try {
    // On disk: durable unless asked otherwise (pglite-durability.ts); in memory there is nothing to flush.
    const pglite = dataDir ? new PGlite(pgliteOptions(dataDir, options.durability)) : new PGlite();
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite, release) });
    // Kysely closes a driver only once it has run a query: run one, so `destroy()` always
    // closes PGlite and releases the folder.
    await sql`select 1`.execute(db);
    return { db, kind: 'pglite' };
  } catch (error) {
    release();
    throw error;
  }
}
