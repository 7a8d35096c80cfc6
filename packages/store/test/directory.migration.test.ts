/**
 * Migration 008 (the organisation directory; decision 076) goes down to 007 — the profile
 * columns go, the organisations stay and are still found by their name — and up again:
 * the columns come back with their defaults and the stemmed Spanish search finds the row.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import { migratedDatabase, storeFactories } from './test-stores';

const profileColumns = sql<{ column_name: string }>`select column_name from information_schema.columns
  where table_schema = current_schema() and table_name = 'organisations'
    and column_name in ('kind', 'nace_divisions', 'publication_status', 'dataset_id')
  order by column_name`;

const found = (words: string, config: string) => sql<{ id: string }>`select id from organisations
  where search @@ plainto_tsquery(${config}::regconfig, polos_fold(${words})) order by id`;

describe.each(storeFactories)('Migration 008 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('down to 007 keeps the organisations and their name search; up again restores the profile columns and the stemmed search', async () => {
    const { db } = opened;
    await sql`insert into organisations (id, name, country, sector_description)
      values ('mx-test-clusters', 'Clúster Automotriz de Prueba', 'MX', 'fabricación de vehículos')`.execute(
      db,
    );
    expect((await found('vehiculo', 'spanish').execute(db)).rows).toEqual([{ id: 'mx-test-clusters' }]);

    await migrateDatabase(db, '007-organisation-admins');
    expect((await profileColumns.execute(db)).rows).toEqual([]);
    expect((await found('cluster automotriz', 'simple').execute(db)).rows).toEqual([
      { id: 'mx-test-clusters' },
    ]);

    expect(await migrateDatabase(db)).toContain('008-organisation-directory');
    expect((await profileColumns.execute(db)).rows.map((r) => r.column_name)).toEqual([
      'dataset_id',
      'kind',
      'nace_divisions',
      'publication_status',
    ]);
    const row = await sql<{ publication_status: string; nace_divisions: string[] }>`select publication_status,
      nace_divisions from organisations where id = 'mx-test-clusters'`.execute(db);
    expect(row.rows[0]).toEqual({ publication_status: 'published', nace_divisions: [] });
    expect((await found('automotriz', 'spanish').execute(db)).rows).toEqual([{ id: 'mx-test-clusters' }]);
  }, 120_000);
});
