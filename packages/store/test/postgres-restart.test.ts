/**
 * A PostgreSQL server that closes the store's idle connections (a restart, a failover,
 * pg_terminate_backend) must not crash the process: the next query opens a new one.
 * Runs only against a real server (TEST_DATABASE_URL).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { storeFactories } from './test-stores';

const postgres = storeFactories.find((f) => f.name === 'postgres');

describe.skipIf(!postgres)('PostgreSQL closes idle connections', () => {
  it('the store survives and answers the next query', async () => {
    const { store, dispose, databaseUrl } = await postgres!.open();
    try {
      await store.countUsers();
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      // Close every connection of the suite's own database, as a restart would.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const killed = await admin.query<{ n: number }>(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1',
        [new URL(databaseUrl!).pathname.slice(1)],
      );
      await admin.end();
      expect(killed.rows[0]!.n).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(await store.countUsers()).toBe(0);
      process.off('warning', onWarning);
      expect(warnings.some((w) => w.includes('PostgreSQL closed an idle connection'))).toBe(true);
    } finally {
      await dispose();
    }
  });
});
