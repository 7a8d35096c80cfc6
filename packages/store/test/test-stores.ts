/**
 * The stores the contract suite runs against: PGlite in memory, and a PostgreSQL
 * server when TEST_DATABASE_URL is set (a fresh database per suite, dropped after).
 * With POLOS_REQUIRE_POSTGRES=1 a missing server is a failure, not a skip.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import { openDatabase } from '../src/create-store';
import type { Database } from '../src/database';
import { SqlStore } from '../src/sql-store';

export interface OpenedDatabase {
  /** The suite's own database, typed by the schema (bulk fixtures, migration tests). */
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /** `databaseUrl`: the suite's own database (PostgreSQL only). */
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export interface StoreFactory {
  name: 'pglite' | 'postgres';
  /** A fresh database, not migrated. */
  openDatabase(): Promise<OpenedDatabase>;
  /** A fresh, migrated store over a fresh database. */
  open(): Promise<{ store: SqlStore; db: Kysely<Database>; dispose(): Promise<void>; databaseUrl?: string }>;
}

async function openMigrated(factory: StoreFactory) {
  const { db, kind, databaseUrl, dispose } = await factory.openDatabase();
  const store = new SqlStore(db, kind);
  await store.migrate();
  return { store, db, databaseUrl, dispose };
}

const pglite: StoreFactory = {
  name: 'pglite',
  async openDatabase() {
    const { db, kind } = await openDatabase({ dataDir: 'memory://' });
    return { db, kind, dispose: () => db.destroy() };
  },
  open: () => openMigrated(pglite),
};

const postgres: StoreFactory = {
  name: 'postgres',
  async openDatabase() {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set but POLOS_REQUIRE_POSTGRES=1');
    const name = `polos_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const { db, kind } = await openDatabase({ databaseUrl: dbUrl.toString() });
    return {
      db,
      kind,
      databaseUrl: dbUrl.toString(),
      async dispose() {
        await db.destroy();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  },
  open: () => openMigrated(postgres),
};

export const storeFactories: StoreFactory[] =
  process.env.TEST_DATABASE_URL || process.env.POLOS_REQUIRE_POSTGRES === '1' ? [pglite, postgres] : [pglite];

/**
 * A database of `factory` migrated to the latest version for one suite: opened before its
 * tests, disposed after. Call in a `describe`; read `.db` inside the tests.
 */
export function migratedDatabase(factory: StoreFactory): { readonly db: OpenedDatabase['db'] } {
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await factory.openDatabase();
    await migrateDatabase(opened.db);
  }, 120_000);
  afterAll(() => opened?.dispose());
  return {
    get db() {
      if (!opened) throw new Error('the database is opened in beforeAll');
      return opened.db;
    },
  };
}
