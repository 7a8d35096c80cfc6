/**
 * The stores the contract suite runs against: PGlite in memory, and a PostgreSQL
 * server when TEST_DATABASE_URL is set (a fresh database per suite, dropped after).
 * With POLOS_REQUIRE_POSTGRES=1 a missing server is a failure, not a skip.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStore } from '../src/create-store';
import type { SqlStore } from '../src/sql-store';

export interface StoreFactory {
  name: 'pglite' | 'postgres';
  /** `databaseUrl`: the suite's own database (PostgreSQL only). */
  open(): Promise<{ store: SqlStore; dispose(): Promise<void>; databaseUrl?: string }>;
}

const pglite: StoreFactory = {
  name: 'pglite',
  async open() {
    const store = await createStore({ dataDir: 'memory://' });
    await store.migrate();
    return { store, dispose: () => store.close() };
  },
};

const postgres: StoreFactory = {
  name: 'postgres',
  async open() {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set but POLOS_REQUIRE_POSTGRES=1');
    const name = `polos_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const store = await createStore({ databaseUrl: dbUrl.toString() });
    await store.migrate();
    return {
      store,
      databaseUrl: dbUrl.toString(),
      async dispose() {
        await store.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  },
};

export const storeFactories: StoreFactory[] =
  process.env.TEST_DATABASE_URL || process.env.POLOS_REQUIRE_POSTGRES === '1' ? [pglite, postgres] : [pglite];
